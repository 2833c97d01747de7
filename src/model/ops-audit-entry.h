/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-audit-entry.h: one row of the approval audit trail (SPEC §4): who did
 * what, when, on whose behalf, with which comment, in which round, and the
 * operating-system account that entered it; chained with SHA-256 (see
 * ops_audit_canonical_row()). The trail only grows.
 *
 * Properties (readable and writable unless noted, notify only on change):
 *   id                 gint64   the row's sequence number (1, 2, …)
 *   request-id         gint64
 *   request-name       string   the request's document name (when listing)
 *   at                 gint64   Unix seconds UTC
 *   actor-id, actor-name            who acted (the substitute when one acted)
 *   on-behalf-of-id, on-behalf-of-name  the approver a substitute acted for
 *                                   (0/NULL when acting for oneself)
 *   action             int      OpsAuditAction
 *   action-label       string   read-only, translated
 *   actor-label        string   read-only: "X" or "X for Y" (translated)
 *   level              guint    the chain level concerned (0 = none)
 *   level-label        string   that level's label ("部门负责人") when known
 *   round              guint
 *   comment            string   decision comment, change list, number, …
 *   os-user            string   g_get_user_name() of the process that wrote it
 *   hash, prev-hash    string   SHA-256 hex of this row / of the previous row
 */
#pragma once

#include <glib-object.h>

#include "core/ops-approval-rules.h"

G_BEGIN_DECLS

#define OPS_TYPE_AUDIT_ENTRY (ops_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (OpsAuditEntry, ops_audit_entry, OPS, AUDIT_ENTRY, GObject)

OpsAuditEntry *ops_audit_entry_new                   (void);
/* A deep copy (a new object with the same values). (transfer full) */
OpsAuditEntry *ops_audit_entry_copy                  (OpsAuditEntry *self);
gint64         ops_audit_entry_get_id                (OpsAuditEntry *self);
void           ops_audit_entry_set_id                (OpsAuditEntry *self, gint64 id);
gint64         ops_audit_entry_get_request_id        (OpsAuditEntry *self);
void           ops_audit_entry_set_request_id        (OpsAuditEntry *self, gint64 request_id);
const char    *ops_audit_entry_get_request_name      (OpsAuditEntry *self);
void           ops_audit_entry_set_request_name      (OpsAuditEntry *self, const char *request_name);
gint64         ops_audit_entry_get_at                (OpsAuditEntry *self);
void           ops_audit_entry_set_at                (OpsAuditEntry *self, gint64 at);
gint64         ops_audit_entry_get_actor_id          (OpsAuditEntry *self);
void           ops_audit_entry_set_actor_id          (OpsAuditEntry *self, gint64 actor_id);
const char    *ops_audit_entry_get_actor_name        (OpsAuditEntry *self);
void           ops_audit_entry_set_actor_name        (OpsAuditEntry *self, const char *actor_name);
gint64         ops_audit_entry_get_on_behalf_of_id   (OpsAuditEntry *self);
void           ops_audit_entry_set_on_behalf_of_id   (OpsAuditEntry *self, gint64 on_behalf_of_id);
const char    *ops_audit_entry_get_on_behalf_of_name (OpsAuditEntry *self);
void           ops_audit_entry_set_on_behalf_of_name (OpsAuditEntry *self, const char *on_behalf_of_name);
OpsAuditAction ops_audit_entry_get_action            (OpsAuditEntry *self);
void           ops_audit_entry_set_action            (OpsAuditEntry *self, OpsAuditAction action);
guint          ops_audit_entry_get_level             (OpsAuditEntry *self);
void           ops_audit_entry_set_level             (OpsAuditEntry *self, guint level);
const char    *ops_audit_entry_get_level_label       (OpsAuditEntry *self);
void           ops_audit_entry_set_level_label       (OpsAuditEntry *self, const char *level_label);
guint          ops_audit_entry_get_round             (OpsAuditEntry *self);
void           ops_audit_entry_set_round             (OpsAuditEntry *self, guint round);
const char    *ops_audit_entry_get_comment           (OpsAuditEntry *self);
void           ops_audit_entry_set_comment           (OpsAuditEntry *self, const char *comment);
const char    *ops_audit_entry_get_os_user           (OpsAuditEntry *self);
void           ops_audit_entry_set_os_user           (OpsAuditEntry *self, const char *os_user);
const char    *ops_audit_entry_get_hash              (OpsAuditEntry *self);
void           ops_audit_entry_set_hash              (OpsAuditEntry *self, const char *hash);
const char    *ops_audit_entry_get_prev_hash         (OpsAuditEntry *self);
void           ops_audit_entry_set_prev_hash         (OpsAuditEntry *self, const char *prev_hash);
/* "张三" or "李四 for 张三" (translated). Free with g_free(). */
char          *ops_audit_entry_dup_actor_label       (OpsAuditEntry *self);


G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-action-item.h: an action item (待办任务) that a finalised resolution
 * became (SPEC §1 "After"), and one entry of its append-only revision
 * history. Plain records filled by the store.
 */
#pragma once

#include <glib-object.h>

#include "core/ops-meeting-rules.h"

G_BEGIN_DECLS

/* OpsActionItem ----------------------------------------------------------
 * Properties: id, meeting-id (gint64, 0 when the meeting was deleted after
 * retention), meeting-topic, meeting-starts-at (gint64), resolution-id,
 * owner-id, owner-name, content, due-date (the current, i.e. latest revised,
 * "YYYY-MM-DD"), original-due-date, status (int, OpsActionStatus), overdue
 * (boolean, filled by the store: not done/cancelled and due before today),
 * last-reason (the reason of the newest revision that gave one, "" if none),
 * revision-count (uint), updated-at (gint64). */
#define OPS_TYPE_ACTION_ITEM (ops_action_item_get_type ())
G_DECLARE_FINAL_TYPE (OpsActionItem, ops_action_item, OPS, ACTION_ITEM, GObject)

OpsActionItem  *ops_action_item_new                    (void);
OpsActionItem  *ops_action_item_copy                   (OpsActionItem *self);
gint64          ops_action_item_get_id                 (OpsActionItem *self);
void            ops_action_item_set_id                 (OpsActionItem *self, gint64 id);
gint64          ops_action_item_get_meeting_id         (OpsActionItem *self);
void            ops_action_item_set_meeting_id         (OpsActionItem *self, gint64 id);
const char     *ops_action_item_get_meeting_topic      (OpsActionItem *self);
void            ops_action_item_set_meeting_topic      (OpsActionItem *self, const char *topic);
gint64          ops_action_item_get_meeting_starts_at  (OpsActionItem *self);
void            ops_action_item_set_meeting_starts_at  (OpsActionItem *self, gint64 instant);
gint64          ops_action_item_get_resolution_id      (OpsActionItem *self);
void            ops_action_item_set_resolution_id      (OpsActionItem *self, gint64 id);
gint64          ops_action_item_get_owner_id           (OpsActionItem *self);
void            ops_action_item_set_owner_id           (OpsActionItem *self, gint64 id);
const char     *ops_action_item_get_owner_name         (OpsActionItem *self);
void            ops_action_item_set_owner_name         (OpsActionItem *self, const char *name);
const char     *ops_action_item_get_content            (OpsActionItem *self);
void            ops_action_item_set_content            (OpsActionItem *self, const char *content);
const char     *ops_action_item_get_due_date           (OpsActionItem *self);
void            ops_action_item_set_due_date           (OpsActionItem *self, const char *date);
const char     *ops_action_item_get_original_due_date  (OpsActionItem *self);
void            ops_action_item_set_original_due_date  (OpsActionItem *self, const char *date);
OpsActionStatus ops_action_item_get_status             (OpsActionItem *self);
void            ops_action_item_set_status             (OpsActionItem *self, OpsActionStatus status);
gboolean        ops_action_item_get_overdue            (OpsActionItem *self);
void            ops_action_item_set_overdue            (OpsActionItem *self, gboolean overdue);
const char     *ops_action_item_get_last_reason        (OpsActionItem *self);
void            ops_action_item_set_last_reason        (OpsActionItem *self, const char *reason);
guint           ops_action_item_get_revision_count     (OpsActionItem *self);
void            ops_action_item_set_revision_count     (OpsActionItem *self, guint n);
gint64          ops_action_item_get_updated_at         (OpsActionItem *self);
void            ops_action_item_set_updated_at         (OpsActionItem *self, gint64 instant);
/* TRUE when the due date was revised (due-date != original-due-date). */
gboolean        ops_action_item_is_revised             (OpsActionItem *self);

/* OpsActionRevision ------------------------------------------------------
 * Properties (all set by the store): id, action-item-id, at (gint64), by-id,
 * by-name, old-status, new-status (int, OpsActionStatus), old-due-date,
 * new-due-date ("YYYY-MM-DD"), reason, note. */
#define OPS_TYPE_ACTION_REVISION (ops_action_revision_get_type ())
G_DECLARE_FINAL_TYPE (OpsActionRevision, ops_action_revision, OPS, ACTION_REVISION, GObject)

OpsActionRevision *ops_action_revision_new                (void);
gint64          ops_action_revision_get_id             (OpsActionRevision *self);
void            ops_action_revision_set_id             (OpsActionRevision *self, gint64 id);
gint64          ops_action_revision_get_action_item_id (OpsActionRevision *self);
void            ops_action_revision_set_action_item_id (OpsActionRevision *self, gint64 id);
gint64          ops_action_revision_get_at             (OpsActionRevision *self);
void            ops_action_revision_set_at             (OpsActionRevision *self, gint64 instant);
gint64          ops_action_revision_get_by_id          (OpsActionRevision *self);
void            ops_action_revision_set_by_id          (OpsActionRevision *self, gint64 id);
const char     *ops_action_revision_get_by_name        (OpsActionRevision *self);
void            ops_action_revision_set_by_name        (OpsActionRevision *self, const char *name);
OpsActionStatus ops_action_revision_get_old_status     (OpsActionRevision *self);
void            ops_action_revision_set_old_status     (OpsActionRevision *self, OpsActionStatus status);
OpsActionStatus ops_action_revision_get_new_status     (OpsActionRevision *self);
void            ops_action_revision_set_new_status     (OpsActionRevision *self, OpsActionStatus status);
const char     *ops_action_revision_get_old_due_date   (OpsActionRevision *self);
void            ops_action_revision_set_old_due_date   (OpsActionRevision *self, const char *date);
const char     *ops_action_revision_get_new_due_date   (OpsActionRevision *self);
void            ops_action_revision_set_new_due_date   (OpsActionRevision *self, const char *date);
const char     *ops_action_revision_get_reason         (OpsActionRevision *self);
void            ops_action_revision_set_reason         (OpsActionRevision *self, const char *reason);
const char     *ops_action_revision_get_note           (OpsActionRevision *self);
void            ops_action_revision_set_note           (OpsActionRevision *self, const char *note);

G_END_DECLS

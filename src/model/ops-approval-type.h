/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-type.h: a document type of the approval engine (SPEC §4) with
 * its approval chain. Built-in types (codes "policy" 制度文件, "contract" 合同,
 * "expense" 费用报销, "other" 其他) are seeded by the migration with the chain
 * department head (1 day) → division leader (2) → general manager (3); users
 * add their own types and edit any chain in Preferences.
 *
 * Properties (readable and writable unless noted, notify only on change):
 *   id       gint64   0 for a type not yet saved
 *   code     string   stable id, [a-z0-9-] (built-ins: policy, contract, …)
 *   name     string   display name; for built-ins the store fills the
 *                     translated name (制度文件 …) and ignores edits
 *   prefix   string   archive-number TYPE part, [A-Z0-9]{1,12} ("POLICY")
 *   builtin  boolean  TRUE for the four seeded types (cannot be deleted)
 *   in-use   boolean  filled by the store: requests use the type (then it
 *                     cannot be deleted)
 *   levels   GListModel of OpsApprovalLevel, read-only property; change it
 *            with the functions below (positions are renumbered 1..n)
 */
#pragma once

#include <gio/gio.h>

#include "model/ops-approval-level.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_TYPE (ops_approval_type_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalType, ops_approval_type, OPS, APPROVAL_TYPE, GObject)

OpsApprovalType  *ops_approval_type_new             (void);
/* A deep copy (a new object with the same values). (transfer full) */
OpsApprovalType  *ops_approval_type_copy            (OpsApprovalType *self);
gint64            ops_approval_type_get_id          (OpsApprovalType *self);
void              ops_approval_type_set_id          (OpsApprovalType *self, gint64 id);
const char       *ops_approval_type_get_code        (OpsApprovalType *self);
void              ops_approval_type_set_code        (OpsApprovalType *self, const char *code);
const char       *ops_approval_type_get_name        (OpsApprovalType *self);
void              ops_approval_type_set_name        (OpsApprovalType *self, const char *name);
const char       *ops_approval_type_get_prefix      (OpsApprovalType *self);
void              ops_approval_type_set_prefix      (OpsApprovalType *self, const char *prefix);
gboolean          ops_approval_type_get_builtin     (OpsApprovalType *self);
void              ops_approval_type_set_builtin     (OpsApprovalType *self, gboolean builtin);
gboolean          ops_approval_type_get_in_use      (OpsApprovalType *self);
void              ops_approval_type_set_in_use      (OpsApprovalType *self, gboolean in_use);
/* The chain (transfer none), a GListModel of OpsApprovalLevel in order. */
GListModel       *ops_approval_type_get_levels      (OpsApprovalType  *self);
guint             ops_approval_type_get_n_levels    (OpsApprovalType  *self);
/* The level at 0-based @index (transfer none) or NULL. */
OpsApprovalLevel *ops_approval_type_get_level       (OpsApprovalType  *self,
                                                     guint             index);
/* Appends @level (a reference is taken; its position is set to n). */
void              ops_approval_type_append_level    (OpsApprovalType  *self,
                                                     OpsApprovalLevel *level);
void              ops_approval_type_remove_level    (OpsApprovalType  *self,
                                                     guint             index);
/* Moves the level at @from to @to (0-based), renumbering positions. */
void              ops_approval_type_move_level      (OpsApprovalType  *self,
                                                     guint             from,
                                                     guint             to);
void              ops_approval_type_clear_levels    (OpsApprovalType  *self);
/* "部门负责人-分管领导-总经理". Free with g_free(). */
char             *ops_approval_type_dup_chain_label (OpsApprovalType  *self);


G_END_DECLS

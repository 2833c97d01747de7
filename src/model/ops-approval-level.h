/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-level.h: one level of an approval chain (SPEC §4): who
 * approves at that position — a role resolved from the applicant's
 * department (department head, division leader) or from the directory
 * (general manager, administration, …: the active holder with the lowest
 * id), or one named person — and the deadline in working days.
 *
 * Properties (readable and writable, notify only on change):
 *   position       guint    1-based position in the chain
 *   role           guint    one OpsRole bit, or 0 when the level names a person
 *   person-id      gint64   the person when role is 0, else 0
 *   person-name    string   filled by the store
 *   deadline-days  int      1–30 working days (default by position: 1, 2, 3)
 *   label          string   read-only: the role's translated label, or the
 *                           person's name ("部门负责人", "张三")
 */
#pragma once

#include <glib-object.h>

#include "core/ops-approval-rules.h"
#include "core/ops-roles.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_LEVEL (ops_approval_level_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalLevel, ops_approval_level, OPS, APPROVAL_LEVEL, GObject)

OpsApprovalLevel *ops_approval_level_new               (void);
/* A deep copy (a new object with the same values). (transfer full) */
OpsApprovalLevel *ops_approval_level_copy              (OpsApprovalLevel *self);
guint             ops_approval_level_get_position      (OpsApprovalLevel *self);
void              ops_approval_level_set_position      (OpsApprovalLevel *self, guint position);
OpsRole           ops_approval_level_get_role          (OpsApprovalLevel *self);
void              ops_approval_level_set_role          (OpsApprovalLevel *self, OpsRole role);
gint64            ops_approval_level_get_person_id     (OpsApprovalLevel *self);
void              ops_approval_level_set_person_id     (OpsApprovalLevel *self, gint64 person_id);
const char       *ops_approval_level_get_person_name   (OpsApprovalLevel *self);
void              ops_approval_level_set_person_name   (OpsApprovalLevel *self, const char *person_name);
int               ops_approval_level_get_deadline_days (OpsApprovalLevel *self);
void              ops_approval_level_set_deadline_days (OpsApprovalLevel *self, int deadline_days);
/* A new level at 1-based @position with @role (or 0) and @person_id (or 0)
 * and the default deadline of that position. (transfer full) */
OpsApprovalLevel *ops_approval_level_new_full          (guint position, OpsRole role, gint64 person_id);
/* The role label or the person's name; "" when neither is set. */
const char       *ops_approval_level_get_label         (OpsApprovalLevel *self);


G_END_DECLS

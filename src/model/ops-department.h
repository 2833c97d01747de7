/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-department.h: one department (SPEC §0): its name, its head (部门负责人)
 * and its division leader (分管领导), both people of the directory.
 *
 * Properties (readable and writable, notify only on change):
 *   id            gint64   0 for a department not yet saved
 *   name          string   required, unique
 *   head-id       gint64   0 = none
 *   head-name     string   filled by the store when listing
 *   leader-id     gint64   0 = none
 *   leader-name   string   filled by the store when listing
 *   member-count  guint    active members, filled by the store when listing
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OPS_TYPE_DEPARTMENT (ops_department_get_type ())
G_DECLARE_FINAL_TYPE (OpsDepartment, ops_department, OPS, DEPARTMENT, GObject)

OpsDepartment *ops_department_new              (void);
OpsDepartment *ops_department_copy             (OpsDepartment *self);

gint64      ops_department_get_id           (OpsDepartment *self);
void        ops_department_set_id           (OpsDepartment *self, gint64 id);
const char *ops_department_get_name         (OpsDepartment *self);
void        ops_department_set_name         (OpsDepartment *self, const char *name);
gint64      ops_department_get_head_id      (OpsDepartment *self);
void        ops_department_set_head_id      (OpsDepartment *self, gint64 id);
const char *ops_department_get_head_name    (OpsDepartment *self);
void        ops_department_set_head_name    (OpsDepartment *self, const char *name);
gint64      ops_department_get_leader_id    (OpsDepartment *self);
void        ops_department_set_leader_id    (OpsDepartment *self, gint64 id);
const char *ops_department_get_leader_name  (OpsDepartment *self);
void        ops_department_set_leader_name  (OpsDepartment *self, const char *name);
guint       ops_department_get_member_count (OpsDepartment *self);
void        ops_department_set_member_count (OpsDepartment *self, guint count);

G_END_DECLS

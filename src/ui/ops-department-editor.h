/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-department-editor.h: the modal window that creates, edits or deletes a
 * department and names its head and division leader.
 *
 * Signals: saved (OpsDepartment *department) — emitted after the store
 * confirmed the save, with the record as stored.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_DEPARTMENT_EDITOR (ops_department_editor_get_type ())
G_DECLARE_FINAL_TYPE (OpsDepartmentEditor, ops_department_editor, OPS, DEPARTMENT_EDITOR, OpsEditor)

/* @department (nullable): the department to edit (copied), or NULL for a new
 * one. Returns (transfer none) a new window: set transient-for, present. */
GtkWidget *ops_department_editor_new (OpsContext    *context,
                                      OpsDepartment *department);

G_END_DECLS

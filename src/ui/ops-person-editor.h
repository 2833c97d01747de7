/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-person-editor.h: the modal window that creates or edits one person of
 * the directory, and deletes, deactivates or reactivates an existing one.
 *
 * Signals: saved (OpsPerson *person) — emitted after the store confirmed a
 * save (or an activation change), with the record as stored.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_PERSON_EDITOR (ops_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (OpsPersonEditor, ops_person_editor, OPS, PERSON_EDITOR, OpsEditor)

/* @person (nullable): the person to edit (copied, never modified), or NULL
 * to create a new one. Returns (transfer none) a new window: set its
 * transient-for and present it. */
GtkWidget *ops_person_editor_new (OpsContext *context,
                                  OpsPerson  *person);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-substitute-editor.h: the modal window (Preferences → Approvals →
 * Substitutes) that names a substitute for an approver over a date range:
 * from the first to the last day (inclusive) the substitute may decide every
 * step waiting for that approver, and the trail reads "X for Y". The store
 * allows it for the approver themself or Administration; its refusal shows
 * inline, keeping what was chosen.
 *
 * Signal ::saved (OpsSubstitute *substitute): after the store confirmed it.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_SUBSTITUTE_EDITOR (ops_substitute_editor_get_type ())
G_DECLARE_FINAL_TYPE (OpsSubstituteEditor, ops_substitute_editor, OPS, SUBSTITUTE_EDITOR, OpsEditor)

/* A new substitute; the approver starts as the current user. Returns
 * (transfer none) a new window: set transient-for, present. */
GtkWidget *ops_substitute_editor_new (OpsContext *context);

G_END_DECLS

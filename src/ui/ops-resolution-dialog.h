/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-resolution-dialog.h: the modal window that adds or edits one draft
 * resolution of a meeting: conclusion, owner, deadline. Any field may stay
 * empty in a draft; finalising (from the meeting view) needs all three.
 *
 * Signals: saved (OpsResolution *resolution) — after the store confirmed the
 * save, with the record as stored.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_RESOLUTION_DIALOG (ops_resolution_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OpsResolutionDialog, ops_resolution_dialog, OPS, RESOLUTION_DIALOG, OpsEditor)

/* @resolution (nullable): the draft to edit (copied), or NULL for a new one
 * of meeting @meeting_id. Returns (transfer none) a new window: set its
 * transient-for and present it. */
GtkWidget *ops_resolution_dialog_new (OpsContext    *context,
                                      gint64         meeting_id,
                                      OpsResolution *resolution);

G_END_DECLS

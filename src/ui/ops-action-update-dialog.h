/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-action-update-dialog.h: the modal window that updates one action item
 * (new status, revised due date, reason, note) and shows its revision
 * history. An overdue item needs a reason and a new date later than today;
 * the dialog says so and the store refuses without them.
 *
 * Signals: saved (OpsActionItem *item) — after the store confirmed the
 * update, with the item as stored.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACTION_UPDATE_DIALOG (ops_action_update_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OpsActionUpdateDialog, ops_action_update_dialog, OPS, ACTION_UPDATE_DIALOG, OpsEditor)

/* @item: the action item to update (copied). Returns (transfer none) a new
 * window: set its transient-for and present it. */
GtkWidget *ops_action_update_dialog_new (OpsContext    *context,
                                         OpsActionItem *item);

G_END_DECLS

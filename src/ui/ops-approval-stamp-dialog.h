/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-stamp-dialog.h: the window in which administration records
 * that an approved request was stamped (by the current user, now) and to
 * whom it was distributed.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_STAMP_DIALOG (ops_approval_stamp_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalStampDialog, ops_approval_stamp_dialog, OPS, APPROVAL_STAMP_DIALOG, OpsEditor)

/* Returns (transfer none) a new window for @request (copied). */
GtkWidget *ops_approval_stamp_dialog_new (OpsContext         *context,
                                          OpsApprovalRequest *request);

G_END_DECLS

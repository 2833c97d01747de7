/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-link-dialog.h: the window that links a major request to the
 * special meeting that decided on it, and to that meeting's resolution.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_LINK_DIALOG (ops_approval_link_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalLinkDialog, ops_approval_link_dialog, OPS, APPROVAL_LINK_DIALOG, OpsEditor)

/* Returns (transfer none) a new window for @request (copied). */
GtkWidget *ops_approval_link_dialog_new (OpsContext         *context,
                                         OpsApprovalRequest *request);

G_END_DECLS

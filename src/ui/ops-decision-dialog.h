/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-decision-dialog.h: the window in which the approver of the current
 * level (or their substitute) approves, returns or rejects a request, with
 * the comment the decision needs. The store checks the person, the state
 * and the comment; on a refusal the window stays with what was typed.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_DECISION_DIALOG (ops_decision_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OpsDecisionDialog, ops_decision_dialog, OPS, DECISION_DIALOG, OpsEditor)

/* Returns (transfer none) a new window for deciding @request (copied):
 * set its transient-for and present it. */
GtkWidget *ops_decision_dialog_new (OpsContext          *context,
                                    OpsApprovalRequest  *request,
                                    OpsApprovalDecision  decision);

G_END_DECLS

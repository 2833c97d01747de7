/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-view.h: the detail of one approval request: its fields and
 * documents, each level of its chain, the linked meeting, stamping and
 * distribution, the actions the current user may take on it (the store
 * decides; its refusals are shown), and the timeline from the audit trail.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_VIEW (ops_approval_view_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalView, ops_approval_view, OPS, APPROVAL_VIEW, AdwBin)

GtkWidget *ops_approval_view_new         (void);
void       ops_approval_view_set_context (OpsApprovalView *self,
                                          OpsContext      *context);
/* Shows the request @id (0: nothing). Reads it again when called with the
 * same id (after a change). */
void       ops_approval_view_show        (OpsApprovalView *self,
                                          gint64           id);
gint64     ops_approval_view_get_id      (OpsApprovalView *self);
/* (nullable) (transfer none) the request as last read. */
GObject   *ops_approval_view_get_request (OpsApprovalView *self);

G_END_DECLS

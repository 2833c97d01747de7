/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-editor.h: the modal window that creates an approval request
 * or edits one that is a draft or was returned for changes: name, type,
 * purpose, date, major flag, the final document and attachments (copied by
 * the store on its worker), then Save Draft or Save and Submit (Resubmit).
 *
 * Signals: saved (OpsApprovalRequest *request) — emitted after the store
 * confirmed the save (and the submission, when asked), with the request as
 * stored.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_EDITOR (ops_approval_editor_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalEditor, ops_approval_editor, OPS, APPROVAL_EDITOR, OpsEditor)

/* @request (nullable): the request to edit (copied, never modified), or NULL
 * for a new one. Returns (transfer none) a new window: set its
 * transient-for and present it. */
GtkWidget *ops_approval_editor_new      (OpsContext         *context,
                                         OpsApprovalRequest *request);

/* Adds @file to what is copied on the next save: as the final document
 * (replacing a chosen one) when @final, else as an attachment. The file
 * choosers call it; so can tests. */
void       ops_approval_editor_add_file (OpsApprovalEditor  *self,
                                         GFile              *file,
                                         gboolean            final);

G_END_DECLS

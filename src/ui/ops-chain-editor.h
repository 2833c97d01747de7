/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-chain-editor.h: the modal window (opened from Preferences → Approvals)
 * that creates a user-defined document type or edits a type's approval
 * chain: code, name and archive prefix, and the ordered levels — each a
 * role or a person with a deadline in working days — added, removed and
 * moved. The store checks every rule (who may change chains, codes,
 * prefixes, 1–10 levels, deadlines 1–30) and its refusals show inline,
 * keeping everything as typed.
 *
 * Signal ::saved (OpsApprovalType *type): after the store confirmed the
 * save, before the window closes.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_CHAIN_EDITOR (ops_chain_editor_get_type ())
G_DECLARE_FINAL_TYPE (OpsChainEditor, ops_chain_editor, OPS, CHAIN_EDITOR, OpsEditor)

/* @type (nullable): the type to edit (copied, with its levels), or NULL for
 * a new user-defined type. Returns (transfer none) a new window: set
 * transient-for, present. */
GtkWidget *ops_chain_editor_new (OpsContext      *context,
                                 OpsApprovalType *type);

G_END_DECLS

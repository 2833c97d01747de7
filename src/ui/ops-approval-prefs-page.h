/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-prefs-page.h: the "Approvals" page of Preferences: the
 * document types (built-in and user-defined) with their approval chains —
 * add a type, edit a chain (OpsChainEditor), delete an unused user-defined
 * type — and the approvers' substitutes (add with OpsSubstituteEditor,
 * remove). Everything is read and written through the store, off the UI
 * thread; the lists follow ::changed "approvals".
 *
 * Property: context (OpsContext; set once, by the Preferences window).
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_PREFS_PAGE (ops_approval_prefs_page_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalPrefsPage, ops_approval_prefs_page, OPS, APPROVAL_PREFS_PAGE, AdwPreferencesPage)

/* Sets the context (once) and loads the lists. */
void        ops_approval_prefs_page_set_context (OpsApprovalPrefsPage *self,
                                                 OpsContext           *context);
OpsContext *ops_approval_prefs_page_get_context (OpsApprovalPrefsPage *self);

G_END_DECLS

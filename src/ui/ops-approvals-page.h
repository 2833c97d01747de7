/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approvals-page.h: the Approvals section: requests waiting for me, my
 * requests and all of them, with search and filters, beside the selected
 * request (OpsApprovalView); a banner when the audit trail did not verify.
 */
#pragma once

#include "ui/ops-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVALS_PAGE (ops_approvals_page_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalsPage, ops_approvals_page, OPS, APPROVALS_PAGE, OpsPage)

/* Returns (transfer floating) a new Approvals page; set its "context". */
GtkWidget *ops_approvals_page_new             (void);

/* Shows (@message not NULL) or hides (NULL) the banner that says the audit
 * trail does not verify; @message names the row and what to do. */
void       ops_approvals_page_set_audit_alert (OpsApprovalsPage *self,
                                               const char       *message);

G_END_DECLS

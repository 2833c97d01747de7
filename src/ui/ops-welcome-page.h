/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-welcome-page.h: "Who are you?": choose yourself from the directory or
 * add yourself. Shown on first start and in the Switch User dialog.
 *
 * Signal ::chosen (OpsPerson *person): the person picked or just created.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_WELCOME_PAGE (ops_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (OpsWelcomePage, ops_welcome_page, OPS, WELCOME_PAGE, AdwBin)

OpsWelcomePage *ops_welcome_page_new           (void);
void            ops_welcome_page_set_context   (OpsWelcomePage *self,
                                                OpsContext     *context);
/* TRUE in the Switch User dialog (no welcome text). */
void            ops_welcome_page_set_switching (OpsWelcomePage *self,
                                                gboolean        switching);

G_END_DECLS

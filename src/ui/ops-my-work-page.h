/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-my-work-page.h: the start page: what needs the current user. Each
 * workflow adds its items; until then it says so honestly.
 */
#pragma once

#include "ui/ops-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_MY_WORK_PAGE (ops_my_work_page_get_type ())
G_DECLARE_FINAL_TYPE (OpsMyWorkPage, ops_my_work_page, OPS, MY_WORK_PAGE, OpsPage)

GtkWidget *ops_my_work_page_new (void);

G_END_DECLS

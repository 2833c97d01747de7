/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-action-items-page.h: the Action Items section: the weekly tracking
 * view of every meeting's action items, with filters by owner ("Mine"),
 * status, due week and meeting, and the update dialog with its history.
 */
#pragma once

#include "ui/ops-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_ACTION_ITEMS_PAGE (ops_action_items_page_get_type ())
G_DECLARE_FINAL_TYPE (OpsActionItemsPage, ops_action_items_page, OPS, ACTION_ITEMS_PAGE, OpsPage)

/* Returns (transfer floating) a new Action Items page; set its "context". */
GtkWidget *ops_action_items_page_new (void);

G_END_DECLS

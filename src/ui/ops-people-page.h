/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-people-page.h: the People section: the directory of people and the
 * departments, with search, filters, sortable tables and the editors.
 */
#pragma once

#include "ui/ops-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_PEOPLE_PAGE (ops_people_page_get_type ())
G_DECLARE_FINAL_TYPE (OpsPeoplePage, ops_people_page, OPS, PEOPLE_PAGE, OpsPage)

/* Returns (transfer floating) a new People page; set its "context". */
GtkWidget *ops_people_page_new (void);

G_END_DECLS

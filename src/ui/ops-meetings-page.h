/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meetings-page.h: the Meetings section: upcoming, past or all meetings
 * with search and filters, the flags of each meeting on its row, the
 * meeting's detail beside the list, the meeting editor, and the calendar
 * (.ics) export.
 */
#pragma once

#include "ui/ops-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_MEETINGS_PAGE (ops_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (OpsMeetingsPage, ops_meetings_page, OPS, MEETINGS_PAGE, OpsPage)

/* Returns (transfer floating) a new Meetings page; set its "context". */
GtkWidget *ops_meetings_page_new (void);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-row.h: the list item factory of the Meetings list: a row per
 * OpsMeeting with its time, topic, place, host, attendee count and flag
 * badges. Badges are named "meeting-badge-<flag>" ("materials", "long",
 * "minutes-late", "awaiting-review", "actions-overdue"), the topic label
 * "meeting-row-topic".
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns (transfer full) a factory for a GtkListView of OpsMeeting. */
GtkListItemFactory *ops_meeting_row_factory_new (void);

G_END_DECLS

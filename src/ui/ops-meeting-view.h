/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-view.h: the detail pane of one meeting — header with flags,
 * agenda and materials, the sign-in sheet, resolutions, minutes (draft →
 * submitted → approved → distributed), archive and delete. The Meetings page
 * embeds it as the detail of its master–detail layout.
 *
 * Properties: context (OpsContext), meeting-id (gint64, 0 = nothing shown;
 * read-only, follows ops_meeting_view_show()).
 * Signals: "edit-requested" (gint64 meeting_id): the user pressed Edit; the
 * page opens the meeting editor. "deleted" (gint64 meeting_id): the meeting
 * was deleted from the view; the page clears its selection.
 */
#pragma once

#include <gtk/gtk.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_MEETING_VIEW (ops_meeting_view_get_type ())
G_DECLARE_FINAL_TYPE (OpsMeetingView, ops_meeting_view, OPS, MEETING_VIEW, GtkWidget)

/* Returns (transfer floating) a new, empty meeting view. */
GtkWidget *ops_meeting_view_new         (void);
/* Sets the context (store + current user); the view reloads on the store's
 * ::changed "meetings" / "action-items" and on current-user changes. */
void       ops_meeting_view_set_context (OpsMeetingView *self,
                                         OpsContext     *context);
/* Shows meeting @meeting_id (loaded asynchronously); 0 shows nothing
 * (an empty state asking to select a meeting). */
void       ops_meeting_view_show        (OpsMeetingView *self,
                                         gint64          meeting_id);
gint64     ops_meeting_view_get_meeting_id (OpsMeetingView *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-view-private.h: the fields of OpsMeetingView, shared by
 * ops-meeting-view.c (loading, header, agenda, materials, approvals),
 * ops-meeting-view-actions.c (edit, materials sent, archive, delete) and
 * ops-meeting-view-record.c (sign-in sheet, resolutions, minutes).
 */
#pragma once

#include <adwaita.h>

#include "ui/ops-meeting-view.h"

G_BEGIN_DECLS

struct _OpsMeetingView
{
  GtkWidget       parent_instance;

  OpsContext     *context;
  gulong          changed_id;
  gulong          user_id;
  GCancellable   *load_cancellable;   /* the newest get_meeting */
  GCancellable   *cancellable;        /* writes; cancelled in dispose */
  GCancellable   *approvals_cancellable; /* the linked approval requests */
  OpsMeeting     *meeting;            /* with children, or NULL */
  gint64          meeting_id;
  guint           busy;               /* writes under way */
  guint           minutes_dirty : 1;  /* the text differs from the store's */
  guint           filling : 1;        /* the view is setting the text itself */

  /* Template children */
  GtkStack       *stack;
  AdwStatusPage  *status_page;
  GtkSpinner     *spinner;
  GtkLabel       *topic_label;
  GtkLabel       *when_label;
  GtkLabel       *goal_label;
  GtkBox         *flags_box;
  AdwActionRow   *place_row;
  GtkLinkButton  *place_link;
  AdwActionRow   *host_row;
  AdwActionRow   *note_taker_row;
  AdwActionRow   *number_row;
  AdwActionRow   *resources_row;
  AdwActionRow   *state_row;
  AdwActionRow   *archive_row;
  AdwPreferencesGroup *agenda_group;
  GtkListBox     *agenda_list;
  AdwPreferencesGroup *materials_group;
  GtkListBox     *materials_list;
  AdwPreferencesGroup *attendance_group;
  GtkListBox     *attendance_list;
  AdwPreferencesGroup *resolutions_group;
  GtkListBox     *resolutions_list;
  AdwPreferencesGroup *minutes_group;
  GtkBox         *steps_box;
  GtkLabel       *minutes_due_label;
  GtkTextView    *minutes_text;
  GtkLabel       *minutes_hint_label;
  AdwPreferencesGroup *approvals_group;
  GtkListBox     *approvals_list;
};

/* The current user's id (0 = nobody). */
gint64     ops_meeting_view_current_user_id (OpsMeetingView *self);
/* TRUE when the current user is the meeting's host or note-taker. */
gboolean   ops_meeting_view_can_record      (OpsMeetingView *self);
gboolean   ops_meeting_view_is_host         (OpsMeetingView *self);
/* "2023-09-01 14:00" in local time (transfer full); "" for 0. */
char      *ops_meeting_view_format_time     (gint64          instant);
/* A dim row that says @text, for an empty list. */
GtkWidget *ops_meeting_view_placeholder_row (const char     *text);

/* A store write started by the view: counted as busy until its callback
 * runs; the callback gets back @self (a new reference, or NULL after
 * dispose cancelled the write) — see ops-meeting-view.c. */
void       ops_meeting_view_begin_write     (OpsMeetingView *self);
/* Ends a write given its _finish @error: returns FALSE (touching nothing)
 * when cancelled; on another error shows a dialog headed @heading and
 * returns FALSE; TRUE on success. */
gboolean   ops_meeting_view_end_write       (OpsMeetingView *self,
                                             const char     *heading,
                                             const GError   *error);
void       ops_meeting_view_update_actions  (OpsMeetingView *self);
void       ops_meeting_view_reload          (OpsMeetingView *self);

/* Emit the view's signals (from ops-meeting-view-actions.c). */
void       ops_meeting_view_emit_edit_requested (OpsMeetingView *self);
void       ops_meeting_view_emit_deleted    (OpsMeetingView *self,
                                             gint64          meeting_id);

/* ops-meeting-view-actions.c */
void       ops_meeting_view_actions_class_init (GtkWidgetClass *widget_class);

/* ops-meeting-view-record.c */
void       ops_meeting_view_fill_record     (OpsMeetingView *self);
void       ops_meeting_view_record_update_actions (OpsMeetingView *self);
void       ops_meeting_view_record_class_init (GtkWidgetClass *widget_class);
void       ops_meeting_view_record_init     (OpsMeetingView *self);

G_END_DECLS

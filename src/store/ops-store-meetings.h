/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-store-meetings.h: the store's meetings API (SPEC §1): meetings and
 * series, attendees, materials, sign-in, resolutions, minutes, archive and
 * retention, and action items with their revision history. Included by
 * ops-store.h; implemented in ops-store-meetings.c (list, get, save,
 * series, delete, retention setting), ops-store-meeting-materials.c,
 * ops-store-meeting-record.c (sign-in, resolutions, minutes, archive) and
 * ops-store-actions.c.
 *
 * Every call is an _async/_finish pair run on the store's worker. Writes
 * check their rules in the store (validation, states, who may do what
 * against the current user) and fail with OPS_STORE_ERROR and a translated
 * message that says what happened and what to do. Writes emit ::changed
 * "meetings" and/or "action-items".
 */
#pragma once

#include <gio/gio.h>

#include "store/ops-store.h"
#include "core/ops-meeting-rules.h"
#include "model/ops-meeting.h"
#include "model/ops-meeting-parts.h"
#include "model/ops-action-item.h"

G_BEGIN_DECLS

/* Filters ---------------------------------------------------------------- */

typedef enum {
  OPS_MEETING_SCOPE_UPCOMING,  /* not ended yet (ends_at > now), start ascending */
  OPS_MEETING_SCOPE_PAST,      /* ended (ends_at <= now), start descending */
  OPS_MEETING_SCOPE_ALL,       /* everything, start descending */
} OpsMeetingScope;

typedef enum {
  OPS_MEETING_STATE_ANY,
  OPS_MEETING_STATE_PLANNED,          /* not started yet */
  OPS_MEETING_STATE_MINUTES_PENDING,  /* started; minutes none/draft/submitted */
  OPS_MEETING_STATE_DONE,             /* minutes approved or distributed, not archived */
  OPS_MEETING_STATE_ARCHIVED,
} OpsMeetingStateFilter;

typedef struct {
  const char           *search;        /* topic, goal, place, host, note-taker; NULL = all */
  gint64                host_id;       /* 0 = any host */
  gint64                department_id; /* 0 = any (organising department or an attendee's) */
  OpsMeetingScope       scope;
  OpsMeetingStateFilter state;
  gint64                series_id;     /* 0 = any */
  gint64                person_id;     /* 0 = any; else meetings this person hosts,
                                          takes notes of or attends */
} OpsMeetingFilter;

typedef enum {
  OPS_ACTION_FILTER_ANY,
  OPS_ACTION_FILTER_OPEN,      /* open or in progress */
  OPS_ACTION_FILTER_OVERDUE,   /* open or in progress, due before today */
  OPS_ACTION_FILTER_DONE,      /* done or cancelled */
} OpsActionStatusFilter;

typedef struct {
  const char           *search;      /* content, meeting topic, owner; NULL = all */
  gint64                owner_id;    /* 0 = any */
  gint64                meeting_id;  /* 0 = any */
  OpsActionStatusFilter status;
  const char           *due_from;    /* "YYYY-MM-DD" inclusive, NULL = open */
  const char           *due_to;      /* "YYYY-MM-DD" inclusive, NULL = open */
} OpsActionItemFilter;

/* How far an edit of a series occurrence reaches. */
typedef enum {
  OPS_SERIES_EDIT_THIS,        /* only this occurrence */
  OPS_SERIES_EDIT_FOLLOWING,   /* this and every later occurrence of its series */
} OpsSeriesEdit;

/* Meetings --------------------------------------------------------------- */

/* (transfer full) GListModel of OpsMeeting without children, with the
 * names, counts (attendees, present/late/absent, open and overdue actions),
 * retention-until and flags filled. UPCOMING sorts by start ascending, PAST
 * and ALL descending. @total receives the matches ignoring @range. */
void        ops_store_list_meetings_async   (OpsStore            *self,
                                             const OpsMeetingFilter *filter,
                                             OpsRange             range,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GListModel *ops_store_list_meetings_finish  (OpsStore            *self,
                                             GAsyncResult        *result,
                                             guint               *total,
                                             GError             **error);

/* (transfer full) one meeting with every child (attendees with their
 * sign-in, agenda by position, materials, resolutions by position, action
 * items). OPS_STORE_ERROR_NOT_FOUND when it no longer exists. */
void        ops_store_get_meeting_async     (OpsStore            *self,
                                             gint64               id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsMeeting *ops_store_get_meeting_finish    (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Inserts (id 0) or updates the "before" part of a meeting: topic, goal,
 * host, note-taker, department, times, place, software-tested, resources,
 * the attendee list (people and guests; a kept attendee keeps its sign-in,
 * matched by id, else by person), the agenda (replaced, in list order) and
 * the materials' titles (adding and removing material files goes through
 * the material calls). Validation: topic 1–200 characters; host and
 * note-taker active people; ends after starts; a place (online: an
 * http(s) URL); agenda items with a title and 1–600 minutes; resources
 * 1–200 characters; guests by name; no NUL, valid UTF-8. The current user
 * must be chosen; updating needs the host, the note-taker or the
 * ADMINISTRATION role. With @scope FOLLOWING on an occurrence of a series,
 * the same changes apply to this and every later occurrence that has not
 * started: fields copied, times shifted by the same change of start and
 * duration, attendees/agenda/resources replaced (sign-in of later ones is
 * empty anyway). Returns (transfer full) the saved meeting read back with
 * its children. */
void        ops_store_save_meeting_async    (OpsStore            *self,
                                             OpsMeeting          *meeting,
                                             OpsSeriesEdit        scope,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsMeeting *ops_store_save_meeting_finish   (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Creates a series from @first (validated like a save; id must be 0): the
 * occurrences from ops_meeting_expand_series() (@freq WEEKLY or MONTHLY,
 * @interval ≥ 1, at least one of @count ≥ 1 and @until, at most 520),
 * each its own meeting with the same series-id, fields, attendees, agenda
 * and resources, keeping the duration. Returns (transfer full) a GListModel
 * of the created OpsMeeting (with children), first first. */
void        ops_store_create_series_async   (OpsStore            *self,
                                             OpsMeeting          *first,
                                             OpsRecurFreq         freq,
                                             guint                interval,
                                             guint                count,
                                             const GDate         *until,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GListModel *ops_store_create_series_finish  (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* The series' recurrence, for the calendar export: @freq, @interval,
 * @count, @until (NULL when none; free with g_free()). FALSE with
 * OPS_STORE_ERROR_NOT_FOUND when the series does not exist. Reader-free
 * convenience done on the worker. */
typedef struct {
  gint64       id;
  OpsRecurFreq freq;
  guint        interval;
  guint        count;
  char        *until;       /* "YYYY-MM-DD" or NULL */
} OpsMeetingSeries;
void        ops_meeting_series_free         (OpsMeetingSeries    *series);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsMeetingSeries, ops_meeting_series_free)
void        ops_store_get_series_async      (OpsStore            *self,
                                             gint64               series_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/* (transfer full) */
OpsMeetingSeries *ops_store_get_series_finish (OpsStore          *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* (transfer full) GListModel of the active OpsPerson of a department,
 * sorted by name: the editor adds each as an attendee ("whole
 * department"). */
void        ops_store_list_department_members_async  (OpsStore   *self,
                                             gint64               department_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GListModel *ops_store_list_department_members_finish (OpsStore   *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Deletes a meeting. A meeting that has started (or has minutes, sign-ins
 * or finalised resolutions) is kept until its retention date: before it the
 * store refuses with OPS_STORE_ERROR_IN_USE "… kept until YYYY-MM-DD …".
 * A planned meeting that has not started and has no minutes may be deleted
 * (cancelled). Needs the host or ADMINISTRATION. Its material files are
 * removed after the commit; its action items stay (meeting-id 0). */
void        ops_store_delete_meeting_async  (OpsStore            *self,
                                             gint64               id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_delete_meeting_finish (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Materials -------------------------------------------------------------- */

/* Copies @source on the worker into "<files dir>/meetings/<id>/" under a
 * unique name and records it with @title (NULL or blank: the file's name).
 * Host, note-taker or ADMINISTRATION. Returns (transfer full) the saved
 * OpsMaterial. A failed copy leaves nothing behind. */
void        ops_store_add_material_file_async  (OpsStore         *self,
                                             gint64               meeting_id,
                                             GFile               *source,
                                             const char          *title,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsMaterial *ops_store_add_material_file_finish (OpsStore        *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Records a link (@uri with a scheme, e.g. https:, file:, smb:).
 * Returns (transfer full) the saved OpsMaterial. */
void        ops_store_add_material_link_async  (OpsStore         *self,
                                             gint64               meeting_id,
                                             const char          *title,
                                             const char          *uri,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsMaterial *ops_store_add_material_link_finish (OpsStore        *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Removes a material (and its stored file, after the commit). Refused
 * before the retention date once the meeting has taken place. */
void        ops_store_remove_material_async (OpsStore            *self,
                                             gint64               material_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_remove_material_finish (OpsStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* The absolute path of a stored material file, or NULL for a link. No I/O:
 * callable from the UI thread. Free with g_free(). */
char       *ops_store_dup_material_path     (OpsStore            *self,
                                             OpsMaterial         *material);

/* Records that the materials went out now, to @sent_to (free text, e.g.
 * "全体参会人员"; NULL or blank: the attendees' names). Host or note-taker. */
void        ops_store_record_materials_sent_async  (OpsStore     *self,
                                             gint64               meeting_id,
                                             const char          *sent_to,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_record_materials_sent_finish (OpsStore     *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Sign-in ---------------------------------------------------------------- */

/* Sets one attendee's sign-in. PRESENT and LATE take @checked_in_at (0 =
 * now) and the grace rule decides which of the two it is; ABSENT and UNKNOWN
 * clear the time. A check-in more than a day before the start or after the
 * meeting's end + 1 day is refused. Host or note-taker. */
void        ops_store_set_attendance_async  (OpsStore            *self,
                                             gint64               attendee_id,
                                             OpsAttendance        attendance,
                                             gint64               checked_in_at,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_set_attendance_finish (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Resolutions ------------------------------------------------------------ */

/* Inserts (id 0, appended last) or updates a draft resolution of
 * @meeting_id; any field may be empty; a finalised one is refused. An owner
 * must be an active person; a deadline must be a date on or after the
 * meeting's day. Host or note-taker; not once archived. Returns (transfer
 * full) the saved OpsResolution. */
void        ops_store_save_resolution_async (OpsStore            *self,
                                             OpsResolution       *resolution,
                                             gint64               meeting_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsResolution *ops_store_save_resolution_finish (OpsStore        *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Finalises a resolution: refused with OPS_STORE_ERROR_INVALID naming what is
 * missing (conclusion, owner, deadline) unless all three are set; then
 * creates its action item (status OPEN, content = conclusion, due = the
 * deadline) in the same transaction. Host or note-taker. Returns (transfer
 * full) the finalised OpsResolution (action-item-id set). */
void        ops_store_finalise_resolution_async  (OpsStore       *self,
                                             gint64               resolution_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsResolution *ops_store_finalise_resolution_finish (OpsStore    *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Removes a draft resolution (a finalised one is refused). */
void        ops_store_remove_resolution_async  (OpsStore         *self,
                                             gint64               resolution_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_remove_resolution_finish (OpsStore         *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Minutes ---------------------------------------------------------------- */

/* Saves the minutes' text: NONE/DRAFT → DRAFT (minutes returned by the
 * host are DRAFT again). Refused once SUBMITTED, APPROVED or DISTRIBUTED.
 * Note-taker or host; not once archived. */
void        ops_store_save_minutes_async    (OpsStore            *self,
                                             gint64               meeting_id,
                                             const char          *text,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_save_minutes_finish   (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* DRAFT (or NONE with saved text) → SUBMITTED: needs non-blank saved text
 * and a meeting that has started (now >= starts). Note-taker or host.
 * Records the submission time (late when after ends + 24 h) and clears
 * the host's return comment. */
void        ops_store_submit_minutes_async  (OpsStore            *self,
                                             gint64               meeting_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_submit_minutes_finish (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* SUBMITTED → APPROVED. Only the meeting's host: anyone else gets
 * OPS_STORE_ERROR_PERMISSION_DENIED naming the host. */
void        ops_store_approve_minutes_async (OpsStore            *self,
                                             gint64               meeting_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_approve_minutes_finish (OpsStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* SUBMITTED → DRAFT with the host's @comment (required). Only the host. */
void        ops_store_return_minutes_async  (OpsStore            *self,
                                             gint64               meeting_id,
                                             const char          *comment,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_return_minutes_finish (OpsStore            *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* APPROVED → DISTRIBUTED: records the time and the attendees' names as the
 * recipients. Host or note-taker. */
void        ops_store_distribute_minutes_async  (OpsStore        *self,
                                             gint64               meeting_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_distribute_minutes_finish (OpsStore        *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Archive and retention -------------------------------------------------- */

/* Archives a meeting whose minutes are APPROVED or DISTRIBUTED under the
 * name "YYYY-MM-topic". Host, note-taker or ADMINISTRATION. */
void        ops_store_archive_meeting_async (OpsStore            *self,
                                             gint64               meeting_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_archive_meeting_finish (OpsStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* The retention setting ("meetings.retention-years", default 1), read on
 * the worker. */
void        ops_store_get_meeting_retention_years_async  (OpsStore *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/* Returns the years (≥ 1); 0 with @error set on failure. */
guint       ops_store_get_meeting_retention_years_finish (OpsStore *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Sets the years: 1–100; below 1 refused (the law's minimum). Needs
 * ADMINISTRATION or GENERAL_MANAGER. Emits ::changed "meetings". */
void        ops_store_set_meeting_retention_years_async  (OpsStore *self,
                                             guint                years,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    ops_store_set_meeting_retention_years_finish (OpsStore *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Action items (ops-store-actions.c) ------------------------------------ */

/* (transfer full) GListModel of OpsActionItem sorted by due date, then
 * meeting start, then id; overdue, last-reason and revision-count filled. */
void        ops_store_list_action_items_async   (OpsStore        *self,
                                             const OpsActionItemFilter *filter,
                                             OpsRange             range,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GListModel *ops_store_list_action_items_finish  (OpsStore        *self,
                                             GAsyncResult        *result,
                                             guint               *total,
                                             GError             **error);
/* (transfer full) one action item. */
void        ops_store_get_action_item_async     (OpsStore        *self,
                                             gint64               id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsActionItem *ops_store_get_action_item_finish (OpsStore        *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Updates status and/or due date, appending one OpsActionRevision.
 * @new_due_date NULL = unchanged; @reason and @note may be NULL. An overdue
 * item (before the update) refuses any update without a @reason AND a
 * @new_due_date later than today (also when closing it). A @new_due_date
 * before today is refused for any item. Owner,
 * the meeting's host or note-taker. Returns (transfer full) the updated
 * item. */
void        ops_store_update_action_item_async  (OpsStore        *self,
                                             gint64               id,
                                             OpsActionStatus      new_status,
                                             const char          *new_due_date,
                                             const char          *reason,
                                             const char          *note,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
OpsActionItem *ops_store_update_action_item_finish (OpsStore     *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* (transfer full) GListModel of OpsActionRevision of item @id, oldest
 * first. */
void        ops_store_list_action_revisions_async  (OpsStore     *self,
                                             gint64               id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GListModel *ops_store_list_action_revisions_finish (OpsStore     *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS

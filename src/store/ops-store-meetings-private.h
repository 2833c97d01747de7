/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-meetings-private.h: what the meetings files of src/store/ share:
 * the queries that read meetings and action items from any connection (the
 * write connection on the worker, or a reader's), so that the store and
 * the reader build exactly the same records. Each prepares and finalises
 * its own statements. Never included outside src/store/ and tests/. */
#pragma once

#include "store/ops-store-private.h"

G_BEGIN_DECLS

/* The settings key of the retention years. */
#define OPS_MEETINGS_RETENTION_KEY "meetings.retention-years"

/* What a meeting query needs besides the filter. */
typedef struct {
  gint64      now;              /* Unix seconds: scopes and flags */
  const char *today;            /* local "YYYY-MM-DD": overdue action items */
  guint       retention_years;  /* ≥ 1 */
  gint64      id;               /* 0 = any; else only this meeting */
  gint64      starts_from;      /* 0 = open; else starts_at >= this */
  gint64      starts_before;    /* 0 = open; else starts_at < this */
  gboolean    ascending;        /* order by start ascending (else descending) */
} OpsMeetingQuery;

/* The retention setting (default 1, never below 1). */
gboolean    ops_meetings_read_retention_years (sqlite3              *db,
                                               guint                *years,
                                               GError              **error);

/* Appends (transfer full) the matching OpsMeeting (without children) to
 * @out; @total (optional) receives the number of matches ignoring @range. */
gboolean    ops_meetings_query               (sqlite3                *db,
                                              const OpsMeetingFilter *filter,
                                              const OpsMeetingQuery  *query,
                                              OpsRange                range,
                                              GPtrArray              *out,
                                              guint                  *total,
                                              GError                **error);

/* Fills every child of @meeting (attendees, agenda, materials, resources,
 * resolutions, action items as of @today). */
gboolean    ops_meetings_read_children       (sqlite3                *db,
                                              OpsMeeting             *meeting,
                                              const char             *today,
                                              GError                **error);

/* (transfer full) One meeting with its children; NULL with
 * OPS_STORE_ERROR_NOT_FOUND when there is none. */
OpsMeeting *ops_meetings_read_meeting        (sqlite3                *db,
                                              gint64                  id,
                                              GError                **error);

/* Appends (transfer full) the matching OpsActionItem to @out (sorted by due
 * date, meeting start, id); @id 0 = any. */
gboolean    ops_actions_query                (sqlite3                   *db,
                                              const OpsActionItemFilter *filter,
                                              gint64                     id,
                                              const char                *today,
                                              OpsRange                   range,
                                              GPtrArray                 *out,
                                              guint                     *total,
                                              GError                   **error);

/* (transfer full) The series @id; NULL with NOT_FOUND. */
OpsMeetingSeries *ops_meetings_read_series   (sqlite3                *db,
                                              gint64                  id,
                                              GError                **error);

/* The local "YYYY-MM-DD" of now. Free with g_free(). */
char       *ops_meetings_today               (gint64                  now);

/* The instant of local midnight starting @date ("YYYY-MM-DD"); FALSE when
 * @date is not a valid date. */
gboolean    ops_meetings_local_midnight      (const char             *date,
                                              gint64                 *instant);

/* Shared by the meetings files of the store (ops-store-meetings-common.c).
 * All run on the worker thread with the write connection. */

/* What the rules need to know about one meeting. */
typedef struct {
  gint64           id;
  gint64           series_id;
  gint64           host_id;
  gint64           note_taker_id;
  gint64           starts_at;
  gint64           ends_at;
  gint64           archived_at;
  gint64           submitted_at;
  OpsMinutesState  minutes_state;
  char            *topic;
  char            *host_name;
  char            *note_taker_name;
  char            *minutes_text;
} OpsMeetingInfo;

void        ops_meeting_info_clear            (OpsMeetingInfo         *info);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OpsMeetingInfo, ops_meeting_info_clear)

/* Who may do something to a meeting. */
typedef enum {
  OPS_MEETING_ACTOR_HOST       = 1 << 0,
  OPS_MEETING_ACTOR_NOTE_TAKER = 1 << 1,
  OPS_MEETING_ACTOR_ADMIN      = 1 << 2,  /* a person with the ADMINISTRATION role */
} OpsMeetingActor;

/* An id with a text, an instant and a value: the data of small operations. */
typedef struct {
  gint64  id;
  char   *text;
  gint64  instant;
  int     value;
} OpsMeetingsIdText;

OpsMeetingsIdText *ops_meetings_id_text_new  (gint64                  id,
                                              const char             *text);
void        ops_meetings_id_text_free         (gpointer                data);

/* Binds @id, or NULL when 0. */
void        ops_meetings_bind_id              (sqlite3_stmt           *stmt,
                                              int                     index,
                                              gint64                  id);
/* Binds @instant, or NULL when 0. */
void        ops_meetings_bind_instant         (sqlite3_stmt           *stmt,
                                              int                     index,
                                              gint64                  instant);
/* @value trimmed, "" for NULL. (transfer full) */
char       *ops_meetings_strip_or_empty       (const char             *value);
/* "2023-09-01 14:00" local, for messages. (transfer full) */
char       *ops_meetings_format_local         (gint64                  instant);
/* Sets NOT_FOUND for a meeting that is gone; returns FALSE. */
gboolean    ops_meetings_not_found            (GError                **error);
/* Reads what the rules need about meeting @id into @info. */
gboolean    ops_meetings_read_info            (OpsStore               *self,
                                              gint64                  id,
                                              OpsMeetingInfo         *info,
                                              GError                **error);
/* The current user @user_id must be active and one of @allowed for the
 * meeting @info; @action is the translated thing to do. */
gboolean    ops_meetings_require_actor        (OpsStore               *self,
                                              gint64                  user_id,
                                              const OpsMeetingInfo   *info,
                                              OpsMeetingActor         allowed,
                                              const char             *action,
                                              GError                **error);
/* Somebody active is chosen as the current user. */
gboolean    ops_meetings_require_current_user (OpsStore               *self,
                                              gint64                  user_id,
                                              GError                **error);
/* INVALID when the meeting is archived. */
gboolean    ops_meetings_refuse_archived      (const OpsMeetingInfo   *info,
                                              GError                **error);
/* Person @id exists (and is active when @must_be_active); @field names the
 * field in the message. */
gboolean    ops_meetings_check_person         (OpsStore               *self,
                                              gint64                  id,
                                              gboolean                must_be_active,
                                              const char             *field,
                                              GError                **error);
gboolean    ops_meetings_retention_years      (OpsStore               *self,
                                              guint                  *years,
                                              GError                **error);
/* IN_USE "… kept until YYYY-MM-DD …" while a @held meeting's records must
 * be kept; @materials_only words it for removing a material. */
gboolean    ops_meetings_check_retention      (OpsStore               *self,
                                              const OpsMeetingInfo   *info,
                                              gboolean                held,
                                              gboolean                materials_only,
                                              GError                **error);
/* TRUE in @held when the meeting took place or has records to keep. */
gboolean    ops_meetings_is_held              (OpsStore               *self,
                                              const OpsMeetingInfo   *info,
                                              gboolean               *held,
                                              GError                **error);
/* Removes a stored material file (relative to the files folder). */
void        ops_meetings_remove_stored_file   (OpsStore               *self,
                                              const char             *file_name);
/* The attendees' names joined with ", " (translated). (transfer full) */
char       *ops_meetings_attendee_names       (OpsStore               *self,
                                              gint64                  meeting_id,
                                              GError                **error);
/* The "before" part (ops-store-meeting-write.c). */
/* Validates every field of @m except who may save it; @check_new_people:
 * people added as attendees must be active. */
gboolean    ops_meetings_validate             (OpsStore               *self,
                                              OpsMeeting             *m,
                                              gboolean                check_new_people,
                                              GError                **error);
/* Inserts (@id 0) or updates the meeting's own row with @starts/@ends and
 * @series_id (0 = none); sets @out_id. */
gboolean    ops_meetings_write_row            (OpsStore               *self,
                                              sqlite3                *db,
                                              OpsMeeting             *m,
                                              gint64                  id,
                                              gint64                  starts,
                                              gint64                  ends,
                                              gint64                  series_id,
                                              gint64                 *out_id,
                                              GError                **error);
/* Makes the meeting's attendees those of @attendees; with @keep an attendee
 * already there (same id or person) keeps its row and sign-in. */
gboolean    ops_meetings_write_attendees      (OpsStore               *self,
                                              sqlite3                *db,
                                              gint64                  meeting_id,
                                              GListModel             *attendees,
                                              gboolean                keep,
                                              GError                **error);
/* Replaces the agenda (positions in list order). */
gboolean    ops_meetings_write_agenda         (OpsStore               *self,
                                              sqlite3                *db,
                                              gint64                  meeting_id,
                                              GListModel             *agenda,
                                              GError                **error);
/* Replaces the resources (duplicates dropped). */
gboolean    ops_meetings_write_resources      (OpsStore               *self,
                                              sqlite3                *db,
                                              gint64                  meeting_id,
                                              const char * const     *resources,
                                              GError                **error);
/* Attendees (kept), agenda, resources and material titles of @m. */
gboolean    ops_meetings_write_children       (OpsStore               *self,
                                              sqlite3                *db,
                                              gint64                  meeting_id,
                                              OpsMeeting             *m,
                                              gboolean                keep_attendees,
                                              GError                **error);

/* Rows of materials and resolutions, shared by the store and the reader
 * (ops-store-reader-meetings.c). */
#define OPS_MEETINGS_MATERIAL_COLUMNS \
  "id, meeting_id, title, file_name, original_name, uri, added_at"
#define OPS_MEETINGS_RESOLUTION_SELECT \
  "SELECT r.id, r.meeting_id, r.position, r.conclusion, r.owner_id, p.name," \
  " r.due_date, r.finalised," \
  " (SELECT i.id FROM action_items i WHERE i.resolution_id = r.id)" \
  " FROM meeting_resolutions r LEFT JOIN people p ON p.id = r.owner_id"
OpsMaterial   *ops_meetings_material_from_row   (sqlite3_stmt *stmt);
OpsResolution *ops_meetings_resolution_from_row (sqlite3_stmt *stmt);

G_END_DECLS

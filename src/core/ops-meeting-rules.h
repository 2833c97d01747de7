/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-rules.h: the rules of meetings (SPEC §1) as pure functions on
 * plain values (GLib only): the sign-in grace period, the 24 h rules for
 * materials and minutes, the 90-minute warning, retention dates, archive
 * names, series expansion, the flags shown in lists, and the enums of the
 * meetings workflow with their stored identifiers and translated labels.
 *
 * Instants are gint64 Unix seconds (UTC); local dates and wall-clock times
 * use the process's local time zone (g_date_time_new_now_local() and
 * friends). Dates are "YYYY-MM-DD" strings.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Enums ------------------------------------------------------------------ */

/* Sign-in state of one attendee. */
typedef enum {
  OPS_ATTENDANCE_UNKNOWN,   /* not signed in (yet) */
  OPS_ATTENDANCE_PRESENT,   /* at or before start + 5 minutes */
  OPS_ATTENDANCE_LATE,      /* after start + 5 minutes */
  OPS_ATTENDANCE_ABSENT,
} OpsAttendance;

/* Where a meeting takes place. */
typedef enum {
  OPS_PLACE_ROOM,           /* place = a room's name */
  OPS_PLACE_ONLINE,         /* place = a meeting URL; "software tested" applies */
} OpsPlaceKind;

/* The minutes' life: none (no draft yet) → draft → submitted → approved (by
 * the host) → distributed. */
typedef enum {
  OPS_MINUTES_NONE,
  OPS_MINUTES_DRAFT,
  OPS_MINUTES_SUBMITTED,
  OPS_MINUTES_APPROVED,
  OPS_MINUTES_DISTRIBUTED,
} OpsMinutesState;

/* An action item's status. */
typedef enum {
  OPS_ACTION_OPEN,
  OPS_ACTION_IN_PROGRESS,
  OPS_ACTION_DONE,
  OPS_ACTION_CANCELLED,
} OpsActionStatus;

/* Recurrence of a series. */
typedef enum {
  OPS_RECUR_NONE,
  OPS_RECUR_WEEKLY,
  OPS_RECUR_MONTHLY,
} OpsRecurFreq;

/* What the lists flag on a meeting (SPEC §1, §7). */
typedef enum {
  OPS_MEETING_FLAG_NONE              = 0,
  OPS_MEETING_FLAG_MATERIALS_AT_RISK = 1 << 0, /* < 24 h to start, materials not sent */
  OPS_MEETING_FLAG_LONG              = 1 << 1, /* planned over 90 minutes */
  OPS_MEETING_FLAG_MINUTES_LATE      = 1 << 2, /* not submitted by, or submitted after, due */
  OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW = 1 << 3, /* submitted, not approved */
  OPS_MEETING_FLAG_ACTIONS_OVERDUE   = 1 << 4, /* an open action item is past due */
} OpsMeetingFlags;

/* Stored identifiers (the CHECK values of data/sql/0003-meetings.sql) and
 * the inverse. Unknown identifiers give the first value (UNKNOWN, ROOM, NONE,
 * OPEN, NONE) and @ok (when not NULL) FALSE. Static strings. */
const char     *ops_attendance_to_id       (OpsAttendance    attendance);
OpsAttendance   ops_attendance_from_id     (const char      *id,
                                            gboolean        *ok);
const char     *ops_place_kind_to_id       (OpsPlaceKind     kind);
OpsPlaceKind    ops_place_kind_from_id     (const char      *id,
                                            gboolean        *ok);
const char     *ops_minutes_state_to_id    (OpsMinutesState  state);
OpsMinutesState ops_minutes_state_from_id  (const char      *id,
                                            gboolean        *ok);
const char     *ops_action_status_to_id    (OpsActionStatus  status);
OpsActionStatus ops_action_status_from_id  (const char      *id,
                                            gboolean        *ok);
/* "weekly", "monthly" (NULL for NONE). */
const char     *ops_recur_freq_to_id       (OpsRecurFreq     freq);
OpsRecurFreq    ops_recur_freq_from_id     (const char      *id,
                                            gboolean        *ok);

/* Translated labels ("Present" / "出席", "Awaiting review"…). Static. */
const char     *ops_attendance_to_label    (OpsAttendance    attendance);
const char     *ops_place_kind_to_label    (OpsPlaceKind     kind);
const char     *ops_minutes_state_to_label (OpsMinutesState  state);
const char     *ops_action_status_to_label (OpsActionStatus  status);
const char     *ops_recur_freq_to_label    (OpsRecurFreq     freq);
/* Translated label of one resource: "room" → "Room", "projector",
 * "microphone"; custom text is returned as it is. Static or @resource. */
const char     *ops_meeting_resource_to_label (const char   *resource);
/* Translated labels of every flag set in @flags joined with ", " ("" when
 * none). Free with g_free(). */
char           *ops_meeting_flags_to_label (OpsMeetingFlags  flags);

/* Rules ------------------------------------------------------------------ */

/* Sign-in grace: on time up to start + 5 minutes inclusive. */
#define OPS_MEETING_GRACE_SECONDS (5 * 60)
/* Materials should be out 24 h before the start; minutes are due 24 h after
 * the end. */
#define OPS_MEETING_MATERIALS_LEAD_SECONDS (24 * 60 * 60)
#define OPS_MEETING_MINUTES_DUE_SECONDS    (24 * 60 * 60)
/* A planned length over this many minutes is warned about (not refused). */
#define OPS_MEETING_LONG_MINUTES 90
/* Retention: minutes, materials and sign-in sheets kept at least this many
 * years after the meeting; the default of the setting. */
#define OPS_MEETING_MIN_RETENTION_YEARS 1
#define OPS_MEETING_MAX_RETENTION_YEARS 100
/* Most occurrences a series may have. */
#define OPS_MEETING_MAX_OCCURRENCES 520
/* Longest archive name, in characters. */
#define OPS_MEETING_ARCHIVE_NAME_CHARS 80

/* PRESENT when @checked_in_at <= @starts_at + OPS_MEETING_GRACE_SECONDS
 * (also for an early check-in), else LATE. */
OpsAttendance   ops_meeting_attendance_for_check_in (gint64 starts_at,
                                                     gint64 checked_in_at);

/* When minutes are due: @ends_at + 24 h. */
gint64          ops_meeting_minutes_due    (gint64           ends_at);

/* At risk: materials not sent (@materials_sent_at == 0), and @now is within
 * 24 h before @starts_at (now >= starts − 24 h) and before the meeting's end
 * (now < @ends_at). (The contract's three-argument form plus @ends_at.) */
gboolean        ops_meeting_materials_at_risk (gint64        starts_at,
                                               gint64        ends_at,
                                               gint64        materials_sent_at,
                                               gint64        now);

/* TRUE when the planned length (ends − starts) is over 90 minutes. */
gboolean        ops_meeting_is_long        (gint64           starts_at,
                                            gint64           ends_at);

/* Late minutes: @submitted_at == 0 (not submitted) and @now is after the due
 * time, or submitted after the due time. */
gboolean        ops_meeting_minutes_late   (gint64           ends_at,
                                            gint64           submitted_at,
                                            gint64           now);

/* All the list flags from plain values. @open_actions_overdue is the number
 * of open/in-progress action items past due (from the store). A meeting's
 * minutes are only late once it has ended; a cancelled/future meeting has no
 * minutes flags. */
OpsMeetingFlags ops_meeting_compute_flags  (gint64           starts_at,
                                            gint64           ends_at,
                                            gint64           materials_sent_at,
                                            OpsMinutesState  minutes_state,
                                            gint64           minutes_submitted_at,
                                            guint            open_actions_overdue,
                                            gint64           now);

/* The last day the records of a meeting starting at @starts_at must be kept:
 * its local date plus @years years ("YYYY-MM-DD"; Feb 29 → Feb 28 in a
 * non-leap year). @years < 1 is treated as 1. Free with g_free(). */
char           *ops_meeting_retention_until (gint64          starts_at,
                                             guint           years);

/* The archive name "YYYY-MM-topic" from the local month of @starts_at and
 * @topic trimmed, with / \ : * ? " < > | and control characters replaced by
 * '-', the whole truncated to OPS_MEETING_ARCHIVE_NAME_CHARS characters (at a
 * character boundary; invalid UTF-8 is made valid first). An empty topic
 * gives "YYYY-MM-meeting". Free with g_free(). */
char           *ops_meeting_archive_name   (gint64           starts_at,
                                            const char      *topic);

/* The starts of a series' occurrences, as a GArray of gint64 Unix seconds,
 * the first being @first_start itself. The local wall-clock time of
 * @first_start is kept on every occurrence (across DST changes, in
 * @first_start's time zone). WEEKLY adds 7 × @interval days; MONTHLY adds
 * @interval months on the same day of the month, or the month's last day when
 * it is shorter (Jan 31 → Feb 28/29 → Mar 31: always counted from the first).
 * Stops after @count occurrences (0 = no count limit) or after the local date
 * @until (NULL = no date limit), and at OPS_MEETING_MAX_OCCURRENCES. With
 * both limits 0/NULL, or @freq NONE, only the first. @interval 0 counts as 1.
 * (transfer full) */
GArray         *ops_meeting_expand_series  (GDateTime       *first_start,
                                            OpsRecurFreq     freq,
                                            guint            interval,
                                            guint            count,
                                            const GDate     *until);

/* The local date "YYYY-MM-DD" of @instant (local time zone). Free with
 * g_free(). */
char           *ops_meeting_local_date     (gint64           instant);

/* TRUE when an action item with @status and current @due_date is overdue on
 * @today (both "YYYY-MM-DD"): not DONE or CANCELLED and due < today. */
gboolean        ops_action_item_is_overdue (OpsActionStatus  status,
                                            const char      *due_date,
                                            const char      *today);

G_END_DECLS

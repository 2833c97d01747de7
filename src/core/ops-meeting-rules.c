/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-rules.c: the meetings workflow's rules (SPEC §1) on plain
 * values: grace period, 24 h rules, flags, retention, archive names, series
 * expansion, and the enums' stored identifiers and labels.
 */

#define G_LOG_DOMAIN "opsdesk-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ops-meeting-rules.h"

/* Identifier tables ------------------------------------------------------ */

typedef struct
{
  int         value;
  const char *id;     /* stored in the database: never translate or change */
  const char *label;  /* N_() source string */
} EnumInfo;

static const EnumInfo attendance_info[] = {
  { OPS_ATTENDANCE_UNKNOWN, "unknown", N_("Not signed in") },
  { OPS_ATTENDANCE_PRESENT, "present", N_("Present") },
  { OPS_ATTENDANCE_LATE,    "late",    N_("Late") },
  { OPS_ATTENDANCE_ABSENT,  "absent",  N_("Absent") },
  { 0, NULL, NULL }
};

static const EnumInfo place_info[] = {
  { OPS_PLACE_ROOM,   "room",   N_("Room") },
  { OPS_PLACE_ONLINE, "online", N_("Online") },
  { 0, NULL, NULL }
};

static const EnumInfo minutes_info[] = {
  { OPS_MINUTES_NONE,        "none",        N_("No minutes yet") },
  { OPS_MINUTES_DRAFT,       "draft",       N_("Draft") },
  { OPS_MINUTES_SUBMITTED,   "submitted",   N_("Submitted") },
  { OPS_MINUTES_APPROVED,    "approved",    N_("Approved") },
  { OPS_MINUTES_DISTRIBUTED, "distributed", N_("Distributed") },
  { 0, NULL, NULL }
};

static const EnumInfo action_info[] = {
  { OPS_ACTION_OPEN,        "open",        N_("Not started") },
  { OPS_ACTION_IN_PROGRESS, "in-progress", N_("In progress") },
  { OPS_ACTION_DONE,        "done",        N_("Done") },
  { OPS_ACTION_CANCELLED,   "cancelled",   N_("Cancelled") },
  { 0, NULL, NULL }
};

static const EnumInfo recur_info[] = {
  { OPS_RECUR_NONE,    NULL,      N_("Does not repeat") },
  { OPS_RECUR_WEEKLY,  "weekly",  N_("Weekly") },
  { OPS_RECUR_MONTHLY, "monthly", N_("Monthly") },
  { 0, NULL, NULL }
};

static const EnumInfo *
enum_lookup (const EnumInfo *table,
             int             value)
{
  for (guint i = 0; table[i].label != NULL; i++)
    if (table[i].value == value)
      return &table[i];
  return NULL;
}

static int
enum_from_id (const EnumInfo *table,
              const char     *id,
              gboolean       *ok)
{
  for (guint i = 0; id != NULL && table[i].label != NULL; i++)
    if (g_strcmp0 (table[i].id, id) == 0)
      {
        if (ok != NULL)
          *ok = TRUE;
        return table[i].value;
      }
  if (ok != NULL)
    *ok = FALSE;
  return table[0].value;
}

static const char *
enum_to_id (const EnumInfo *table,
            int             value)
{
  const EnumInfo *info = enum_lookup (table, value);

  return info != NULL ? info->id : NULL;
}

static const char *
enum_to_label (const EnumInfo *table,
               int             value)
{
  const EnumInfo *info = enum_lookup (table, value);

  return info != NULL ? g_dgettext (GETTEXT_PACKAGE, info->label) : "";
}

const char *
ops_attendance_to_id (OpsAttendance attendance)
{
  return enum_to_id (attendance_info, attendance);
}

OpsAttendance
ops_attendance_from_id (const char *id,
                        gboolean   *ok)
{
  return enum_from_id (attendance_info, id, ok);
}

const char *
ops_place_kind_to_id (OpsPlaceKind kind)
{
  return enum_to_id (place_info, kind);
}

OpsPlaceKind
ops_place_kind_from_id (const char *id,
                        gboolean   *ok)
{
  return enum_from_id (place_info, id, ok);
}

const char *
ops_minutes_state_to_id (OpsMinutesState state)
{
  return enum_to_id (minutes_info, state);
}

OpsMinutesState
ops_minutes_state_from_id (const char *id,
                           gboolean   *ok)
{
  return enum_from_id (minutes_info, id, ok);
}

const char *
ops_action_status_to_id (OpsActionStatus status)
{
  return enum_to_id (action_info, status);
}

OpsActionStatus
ops_action_status_from_id (const char *id,
                           gboolean   *ok)
{
  return enum_from_id (action_info, id, ok);
}

const char *
ops_recur_freq_to_id (OpsRecurFreq freq)
{
  return enum_to_id (recur_info, freq);
}

OpsRecurFreq
ops_recur_freq_from_id (const char *id,
                        gboolean   *ok)
{
  return enum_from_id (recur_info, id, ok);
}

const char *
ops_attendance_to_label (OpsAttendance attendance)
{
  return enum_to_label (attendance_info, attendance);
}

const char *
ops_place_kind_to_label (OpsPlaceKind kind)
{
  return enum_to_label (place_info, kind);
}

const char *
ops_minutes_state_to_label (OpsMinutesState state)
{
  return enum_to_label (minutes_info, state);
}

const char *
ops_action_status_to_label (OpsActionStatus status)
{
  return enum_to_label (action_info, status);
}

const char *
ops_recur_freq_to_label (OpsRecurFreq freq)
{
  return enum_to_label (recur_info, freq);
}

const char *
ops_meeting_resource_to_label (const char *resource)
{
  if (g_strcmp0 (resource, "room") == 0)
    /* TRANSLATORS: a resource to book for a meeting */
    return _("Room");
  if (g_strcmp0 (resource, "projector") == 0)
    /* TRANSLATORS: a resource to book for a meeting */
    return _("Projector");
  if (g_strcmp0 (resource, "microphone") == 0)
    /* TRANSLATORS: a resource to book for a meeting */
    return _("Microphone");
  return resource != NULL ? resource : "";
}

char *
ops_meeting_flags_to_label (OpsMeetingFlags flags)
{
  static const struct { OpsMeetingFlags flag; const char *label; } flag_info[] = {
    { OPS_MEETING_FLAG_MATERIALS_AT_RISK,       N_("Materials not sent") },
    { OPS_MEETING_FLAG_LONG,                    N_("Over 90 minutes") },
    { OPS_MEETING_FLAG_MINUTES_LATE,            N_("Minutes late") },
    { OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW, N_("Minutes awaiting review") },
    { OPS_MEETING_FLAG_ACTIONS_OVERDUE,         N_("Action items overdue") },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (flag_info); i++)
    {
      if ((flags & flag_info[i].flag) == 0)
        continue;
      if (text->len > 0)
        /* TRANSLATORS: separates the flags of a meeting in a list */
        g_string_append (text, _(", "));
      g_string_append (text, g_dgettext (GETTEXT_PACKAGE, flag_info[i].label));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Rules ------------------------------------------------------------------ */

OpsAttendance
ops_meeting_attendance_for_check_in (gint64 starts_at,
                                     gint64 checked_in_at)
{
  return checked_in_at <= starts_at + OPS_MEETING_GRACE_SECONDS
         ? OPS_ATTENDANCE_PRESENT : OPS_ATTENDANCE_LATE;
}

gint64
ops_meeting_minutes_due (gint64 ends_at)
{
  return ends_at + OPS_MEETING_MINUTES_DUE_SECONDS;
}

gboolean
ops_meeting_materials_at_risk (gint64 starts_at,
                               gint64 ends_at,
                               gint64 materials_sent_at,
                               gint64 now)
{
  return materials_sent_at == 0
         && now >= starts_at - OPS_MEETING_MATERIALS_LEAD_SECONDS
         && now < ends_at;
}

gboolean
ops_meeting_is_long (gint64 starts_at,
                     gint64 ends_at)
{
  return ends_at - starts_at > (gint64) OPS_MEETING_LONG_MINUTES * 60;
}

gboolean
ops_meeting_minutes_late (gint64 ends_at,
                          gint64 submitted_at,
                          gint64 now)
{
  gint64 due = ops_meeting_minutes_due (ends_at);

  if (submitted_at == 0)
    return now > due;
  return submitted_at > due;
}

OpsMeetingFlags
ops_meeting_compute_flags (gint64          starts_at,
                           gint64          ends_at,
                           gint64          materials_sent_at,
                           OpsMinutesState minutes_state,
                           gint64          minutes_submitted_at,
                           guint           open_actions_overdue,
                           gint64          now)
{
  OpsMeetingFlags flags = OPS_MEETING_FLAG_NONE;

  if (ops_meeting_materials_at_risk (starts_at, ends_at, materials_sent_at, now))
    flags |= OPS_MEETING_FLAG_MATERIALS_AT_RISK;
  if (ops_meeting_is_long (starts_at, ends_at))
    flags |= OPS_MEETING_FLAG_LONG;
  if (now >= ends_at || minutes_submitted_at != 0)
    {
      gint64 submitted = minutes_state >= OPS_MINUTES_SUBMITTED ? minutes_submitted_at : 0;

      if (ops_meeting_minutes_late (ends_at, submitted, now))
        flags |= OPS_MEETING_FLAG_MINUTES_LATE;
    }
  if (minutes_state == OPS_MINUTES_SUBMITTED)
    flags |= OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW;
  if (open_actions_overdue > 0)
    flags |= OPS_MEETING_FLAG_ACTIONS_OVERDUE;

  return flags;
}

/* Fills @date with the local date of @instant. */
static void
local_gdate (gint64  instant,
             GDate  *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (instant);

  g_date_clear (date, 1);
  if (dt == NULL)
    {
      g_date_set_dmy (date, 1, G_DATE_JANUARY, 1970);
      return;
    }
  g_date_set_dmy (date, g_date_time_get_day_of_month (dt),
                  g_date_time_get_month (dt), g_date_time_get_year (dt));
}

static char *
format_gdate (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

char *
ops_meeting_local_date (gint64 instant)
{
  GDate date;

  local_gdate (instant, &date);
  return format_gdate (&date);
}

char *
ops_meeting_retention_until (gint64 starts_at,
                             guint  years)
{
  GDate date;

  local_gdate (starts_at, &date);
  /* g_date_add_years() turns Feb 29 into Feb 28 in a non-leap year. */
  g_date_add_years (&date, MAX (years, OPS_MEETING_MIN_RETENTION_YEARS));
  return format_gdate (&date);
}

static gboolean
is_illegal_in_file_name (gunichar c)
{
  return c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"'
         || c == '<' || c == '>' || c == '|' || g_unichar_iscntrl (c)
         || c == 0x2028 || c == 0x2029;
}

char *
ops_meeting_archive_name (gint64      starts_at,
                          const char *topic)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (starts_at);
  g_autofree char *valid = g_utf8_make_valid (topic != NULL ? topic : "", -1);
  g_autoptr(GString) name = g_string_new (NULL);
  const char *p;
  guint n_chars;

  g_strstrip (valid);

  if (dt != NULL)
    g_string_append_printf (name, "%04d-%02d-", g_date_time_get_year (dt),
                            g_date_time_get_month (dt));
  else
    g_string_append (name, "1970-01-");
  n_chars = 8;

  if (*valid == '\0')
    g_string_append (name, "meeting");

  for (p = valid; *p != '\0' && n_chars < OPS_MEETING_ARCHIVE_NAME_CHARS;
       p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_illegal_in_file_name (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }

  return g_string_free (g_steal_pointer (&name), FALSE);
}

GArray *
ops_meeting_expand_series (GDateTime    *first_start,
                           OpsRecurFreq  freq,
                           guint         interval,
                           guint         count,
                           const GDate  *until)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  GTimeZone *tz;
  GDate first_date;
  gint64 first;
  int hour, minute;
  double seconds;

  g_return_val_if_fail (first_start != NULL, starts);

  first = g_date_time_to_unix (first_start);
  g_array_append_val (starts, first);

  if (freq == OPS_RECUR_NONE || (count == 0 && (until == NULL || !g_date_valid (until))))
    return starts;
  if (count == 1)
    return starts;

  interval = MAX (interval, 1);
  tz = g_date_time_get_timezone (first_start);
  hour = g_date_time_get_hour (first_start);
  minute = g_date_time_get_minute (first_start);
  seconds = g_date_time_get_seconds (first_start);
  g_date_clear (&first_date, 1);
  g_date_set_dmy (&first_date, g_date_time_get_day_of_month (first_start),
                  g_date_time_get_month (first_start),
                  g_date_time_get_year (first_start));

  for (guint k = 1; k < OPS_MEETING_MAX_OCCURRENCES; k++)
    {
      g_autoptr(GDateTime) dt = NULL;
      GDate date = first_date;
      gint64 start;

      if (count != 0 && starts->len >= count)
        break;

      /* Always counted from the first, so that Jan 31 → Feb 28 → Mar 31. */
      if (freq == OPS_RECUR_WEEKLY)
        g_date_add_days (&date, 7 * interval * k);
      else
        g_date_add_months (&date, interval * k);

      if (!g_date_valid (&date) || g_date_get_year (&date) > 9000)
        break;
      if (until != NULL && g_date_valid (until) && g_date_compare (&date, until) > 0)
        break;

      dt = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), hour, minute, seconds);
      if (dt == NULL)
        break;
      start = g_date_time_to_unix (dt);
      g_array_append_val (starts, start);
    }

  return starts;
}

gboolean
ops_action_item_is_overdue (OpsActionStatus  status,
                            const char      *due_date,
                            const char      *today)
{
  if (status == OPS_ACTION_DONE || status == OPS_ACTION_CANCELLED)
    return FALSE;
  if (due_date == NULL || today == NULL)
    return FALSE;
  return strcmp (due_date, today) < 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-meeting-rules.c: unit tests of the meetings rules (core/): grace
 * period edges, the 24 h rules, flags, retention dates, archive names and
 * series expansion across month ends and DST.
 */

#include "config.h"

#include <locale.h>

#include "core/ops-meeting-rules.h"

/* 2023-09-01 14:00 in Asia/Shanghai (the tests run with TZ=Asia/Shanghai). */
#define Q3_START ((gint64) 1693548000)
#define HOUR ((gint64) 3600)

static gint64
local_instant (const char *tz_id,
               int year, int month, int day, int hour, int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (tz_id);
  g_autoptr(GDateTime) dt = NULL;

  g_assert_nonnull (tz);
  dt = g_date_time_new (tz, year, month, day, hour, minute, 0);
  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static char *
format_in (const char *tz_id,
           gint64      instant)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (tz_id);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) dt = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (dt, "%Y-%m-%d %H:%M");
}

static void
test_local_time_zone (void)
{
  g_autofree char *date = ops_meeting_local_date (Q3_START);
  /* 2023-09-01 00:30 local is 2023-08-31 in UTC: the local date counts. */
  g_autofree char *early = ops_meeting_local_date (local_instant ("Asia/Shanghai", 2023, 9, 1, 0, 30));

  g_assert_cmpint (local_instant ("Asia/Shanghai", 2023, 9, 1, 14, 0), ==, Q3_START);
  g_assert_cmpstr (date, ==, "2023-09-01");
  g_assert_cmpstr (early, ==, "2023-09-01");
}

static void
test_grace_period (void)
{
  gint64 start = Q3_START;

  g_assert_cmpint (ops_meeting_attendance_for_check_in (start, start - HOUR), ==, OPS_ATTENDANCE_PRESENT);
  g_assert_cmpint (ops_meeting_attendance_for_check_in (start, start), ==, OPS_ATTENDANCE_PRESENT);
  g_assert_cmpint (ops_meeting_attendance_for_check_in (start, start + 4 * 60 + 59), ==, OPS_ATTENDANCE_PRESENT);
  /* start + 5:00 is still on time, + 5:01 is late */
  g_assert_cmpint (ops_meeting_attendance_for_check_in (start, start + 5 * 60), ==, OPS_ATTENDANCE_PRESENT);
  g_assert_cmpint (ops_meeting_attendance_for_check_in (start, start + 5 * 60 + 1), ==, OPS_ATTENDANCE_LATE);
  g_assert_cmpint (ops_meeting_attendance_for_check_in (start, start + HOUR), ==, OPS_ATTENDANCE_LATE);
}

static void
test_24h_rules (void)
{
  gint64 start = Q3_START;
  gint64 end = start + 90 * 60;

  /* Minutes due 24 h after the end. */
  g_assert_cmpint (ops_meeting_minutes_due (end), ==, end + 24 * HOUR);
  g_assert_false (ops_meeting_minutes_late (end, 0, end + 24 * HOUR));
  g_assert_true (ops_meeting_minutes_late (end, 0, end + 24 * HOUR + 1));
  g_assert_false (ops_meeting_minutes_late (end, end + 24 * HOUR, end + 100 * HOUR));
  g_assert_true (ops_meeting_minutes_late (end, end + 24 * HOUR + 1, end + 100 * HOUR));

  /* Materials: at risk from 24 h before the start until the end. */
  g_assert_false (ops_meeting_materials_at_risk (start, end, 0, start - 24 * HOUR - 1));
  g_assert_true (ops_meeting_materials_at_risk (start, end, 0, start - 24 * HOUR));
  g_assert_true (ops_meeting_materials_at_risk (start, end, 0, start - 1));
  g_assert_true (ops_meeting_materials_at_risk (start, end, 0, end - 1));
  g_assert_false (ops_meeting_materials_at_risk (start, end, 0, end));
  g_assert_false (ops_meeting_materials_at_risk (start, end, start - 48 * HOUR, start - 1));

  /* Over 90 minutes. */
  g_assert_false (ops_meeting_is_long (start, start + 90 * 60));
  g_assert_true (ops_meeting_is_long (start, start + 91 * 60));
}

static void
test_flags (void)
{
  gint64 start = Q3_START;
  gint64 end = start + 2 * HOUR;
  OpsMeetingFlags flags;
  g_autofree char *label = NULL;

  flags = ops_meeting_compute_flags (start, end, 0, OPS_MINUTES_NONE, 0, 0, start - HOUR);
  g_assert_cmpint (flags, ==, OPS_MEETING_FLAG_MATERIALS_AT_RISK | OPS_MEETING_FLAG_LONG);

  flags = ops_meeting_compute_flags (start, end, start - 48 * HOUR, OPS_MINUTES_NONE, 0, 0,
                                     end + 25 * HOUR);
  g_assert_cmpint (flags, ==, OPS_MEETING_FLAG_LONG | OPS_MEETING_FLAG_MINUTES_LATE);

  flags = ops_meeting_compute_flags (start, start + HOUR, 1, OPS_MINUTES_SUBMITTED,
                                     start + 2 * HOUR, 2, start + 3 * HOUR);
  g_assert_cmpint (flags, ==, OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW | OPS_MEETING_FLAG_ACTIONS_OVERDUE);

  /* Approved, but submitted after the due time: still flagged as late. */
  flags = ops_meeting_compute_flags (start, start + HOUR, 1, OPS_MINUTES_APPROVED,
                                     start + 30 * HOUR, 0, start + 100 * HOUR);
  g_assert_cmpint (flags, ==, OPS_MEETING_FLAG_MINUTES_LATE);

  /* A future meeting has no minutes flags. */
  flags = ops_meeting_compute_flags (start, start + HOUR, 1, OPS_MINUTES_NONE, 0, 0, start - 100 * HOUR);
  g_assert_cmpint (flags, ==, OPS_MEETING_FLAG_NONE);

  label = ops_meeting_flags_to_label (OPS_MEETING_FLAG_LONG | OPS_MEETING_FLAG_MINUTES_LATE);
  g_assert_cmpstr (label, ==, "Over 90 minutes, Minutes late");
}

static void
test_retention (void)
{
  g_autofree char *one = ops_meeting_retention_until (Q3_START, 1);
  g_autofree char *zero = ops_meeting_retention_until (Q3_START, 0);
  g_autofree char *three = ops_meeting_retention_until (Q3_START, 3);
  g_autofree char *leap1 = ops_meeting_retention_until (local_instant ("Asia/Shanghai", 2024, 2, 29, 9, 0), 1);
  g_autofree char *leap4 = ops_meeting_retention_until (local_instant ("Asia/Shanghai", 2024, 2, 29, 9, 0), 4);
  /* 2023-12-31 23:30 local is 15:30 UTC: the local date counts. */
  g_autofree char *late = ops_meeting_retention_until (local_instant ("Asia/Shanghai", 2023, 12, 31, 23, 30), 1);
  /* 2024-01-01 00:30 local is still 2023 in UTC. */
  g_autofree char *early = ops_meeting_retention_until (local_instant ("Asia/Shanghai", 2024, 1, 1, 0, 30), 1);

  g_assert_cmpstr (one, ==, "2024-09-01");
  g_assert_cmpstr (zero, ==, "2024-09-01");
  g_assert_cmpstr (three, ==, "2026-09-01");
  g_assert_cmpstr (leap1, ==, "2025-02-28");
  g_assert_cmpstr (leap4, ==, "2028-02-29");
  g_assert_cmpstr (late, ==, "2024-12-31");
  g_assert_cmpstr (early, ==, "2025-01-01");
}

static void
test_archive_name (void)
{
  g_autofree char *q3 = ops_meeting_archive_name (Q3_START, "Q3销售目标分解");
  g_autofree char *padded = ops_meeting_archive_name (Q3_START, "  周例会  ");
  g_autofree char *illegal = ops_meeting_archive_name (Q3_START, "a/b\\c:d*e?f\"g<h>i|j\tk");
  g_autofree char *empty = ops_meeting_archive_name (Q3_START, "   ");
  g_autofree char *invalid = ops_meeting_archive_name (Q3_START, "bad\xff" "byte");
  g_autoptr(GString) long_topic = g_string_new (NULL);
  g_autofree char *truncated = NULL;

  g_assert_cmpstr (q3, ==, "2023-09-Q3销售目标分解");
  g_assert_cmpstr (padded, ==, "2023-09-周例会");
  g_assert_cmpstr (illegal, ==, "2023-09-a-b-c-d-e-f-g-h-i-j-k");
  g_assert_cmpstr (empty, ==, "2023-09-meeting");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_true (g_str_has_prefix (invalid, "2023-09-bad"));
  g_assert_true (g_str_has_suffix (invalid, "byte"));

  for (guint i = 0; i < 100; i++)
    g_string_append (long_topic, "销");
  truncated = ops_meeting_archive_name (Q3_START, long_topic->str);
  g_assert_true (g_utf8_validate (truncated, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (truncated, -1), ==, OPS_MEETING_ARCHIVE_NAME_CHARS);
  g_assert_true (g_str_has_prefix (truncated, "2023-09-销销"));
}

static void
assert_series (GArray             *starts,
               const char         *tz_id,
               const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  g_assert_cmpuint (starts->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = format_in (tz_id, g_array_index (starts, gint64, i));

      g_assert_cmpstr (text, ==, expected[i]);
    }
}

static void
test_series_month_ends (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) jan31 = g_date_time_new (tz, 2024, 1, 31, 9, 30, 0);
  g_autoptr(GDateTime) aug31 = g_date_time_new (tz, 2023, 8, 31, 9, 30, 0);
  g_autoptr(GArray) monthly = ops_meeting_expand_series (jan31, OPS_RECUR_MONTHLY, 1, 5, NULL);
  g_autoptr(GArray) bimonthly = ops_meeting_expand_series (aug31, OPS_RECUR_MONTHLY, 2, 4, NULL);
  const char * const monthly_expected[] = {
    "2024-01-31 09:30", "2024-02-29 09:30", "2024-03-31 09:30",
    "2024-04-30 09:30", "2024-05-31 09:30", NULL
  };
  const char * const bimonthly_expected[] = {
    "2023-08-31 09:30", "2023-10-31 09:30", "2023-12-31 09:30",
    "2024-02-29 09:30", NULL
  };

  assert_series (monthly, "Asia/Shanghai", monthly_expected);
  assert_series (bimonthly, "Asia/Shanghai", bimonthly_expected);
}

static void
test_series_weekly_until (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2023, 12, 18, 9, 0, 0);
  g_autoptr(GDate) until = g_date_new_dmy (8, G_DATE_JANUARY, 2024);
  g_autoptr(GArray) weekly = ops_meeting_expand_series (first, OPS_RECUR_WEEKLY, 1, 0, until);
  g_autoptr(GArray) once = ops_meeting_expand_series (first, OPS_RECUR_NONE, 1, 10, NULL);
  g_autoptr(GArray) unlimited = ops_meeting_expand_series (first, OPS_RECUR_WEEKLY, 1, 0, NULL);
  g_autoptr(GArray) capped = ops_meeting_expand_series (first, OPS_RECUR_WEEKLY, 1, 10000, NULL);
  const char * const expected[] = {
    "2023-12-18 09:00", "2023-12-25 09:00", "2024-01-01 09:00", "2024-01-08 09:00", NULL
  };

  assert_series (weekly, "Asia/Shanghai", expected);
  g_assert_cmpuint (once->len, ==, 1);
  g_assert_cmpuint (unlimited->len, ==, 1);
  g_assert_cmpuint (capped->len, ==, OPS_MEETING_MAX_OCCURRENCES);
}

static void
test_series_dst (void)
{
  /* Europe/Berlin switches to summer time on 2024-03-31: the weekly meeting
   * stays at 10:00 local, so the UTC distance is 7 days minus one hour. */
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) first = g_date_time_new (tz, 2024, 3, 25, 10, 0, 0);
  g_autoptr(GArray) weekly = ops_meeting_expand_series (first, OPS_RECUR_WEEKLY, 1, 3, NULL);
  const char * const expected[] = {
    "2024-03-25 10:00", "2024-04-01 10:00", "2024-04-08 10:00", NULL
  };

  assert_series (weekly, "Europe/Berlin", expected);
  g_assert_cmpint (g_array_index (weekly, gint64, 1) - g_array_index (weekly, gint64, 0),
                   ==, 7 * 24 * HOUR - HOUR);
  g_assert_cmpint (g_array_index (weekly, gint64, 2) - g_array_index (weekly, gint64, 1),
                   ==, 7 * 24 * HOUR);
}

static void
test_ids_round_trip (void)
{
  gboolean ok;

  for (int i = OPS_ATTENDANCE_UNKNOWN; i <= OPS_ATTENDANCE_ABSENT; i++)
    {
      g_assert_cmpint (ops_attendance_from_id (ops_attendance_to_id (i), &ok), ==, i);
      g_assert_true (ok);
    }
  for (int i = OPS_MINUTES_NONE; i <= OPS_MINUTES_DISTRIBUTED; i++)
    {
      g_assert_cmpint (ops_minutes_state_from_id (ops_minutes_state_to_id (i), &ok), ==, i);
      g_assert_true (ok);
    }
  for (int i = OPS_ACTION_OPEN; i <= OPS_ACTION_CANCELLED; i++)
    {
      g_assert_cmpint (ops_action_status_from_id (ops_action_status_to_id (i), &ok), ==, i);
      g_assert_true (ok);
    }
  g_assert_cmpint (ops_place_kind_from_id ("online", &ok), ==, OPS_PLACE_ONLINE);
  g_assert_true (ok);
  g_assert_cmpint (ops_recur_freq_from_id ("monthly", &ok), ==, OPS_RECUR_MONTHLY);
  g_assert_true (ok);
  g_assert_cmpint (ops_minutes_state_from_id ("bogus", &ok), ==, OPS_MINUTES_NONE);
  g_assert_false (ok);
  g_assert_cmpstr (ops_meeting_resource_to_label ("projector"), ==, "Projector");
  g_assert_cmpstr (ops_meeting_resource_to_label ("白板"), ==, "白板");
}

static void
test_action_overdue (void)
{
  g_assert_true (ops_action_item_is_overdue (OPS_ACTION_OPEN, "2023-09-05", "2023-09-06"));
  g_assert_true (ops_action_item_is_overdue (OPS_ACTION_IN_PROGRESS, "2023-09-05", "2023-09-06"));
  g_assert_false (ops_action_item_is_overdue (OPS_ACTION_OPEN, "2023-09-06", "2023-09-06"));
  g_assert_false (ops_action_item_is_overdue (OPS_ACTION_DONE, "2023-09-05", "2023-09-06"));
  g_assert_false (ops_action_item_is_overdue (OPS_ACTION_CANCELLED, "2023-09-05", "2023-09-06"));
}

int
main (int   argc,
      char *argv[])
{
  /* Local dates and archive names use the local time zone. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting-rules/local-time-zone", test_local_time_zone);
  g_test_add_func ("/meeting-rules/grace-period", test_grace_period);
  g_test_add_func ("/meeting-rules/24h-rules", test_24h_rules);
  g_test_add_func ("/meeting-rules/flags", test_flags);
  g_test_add_func ("/meeting-rules/retention", test_retention);
  g_test_add_func ("/meeting-rules/archive-name", test_archive_name);
  g_test_add_func ("/meeting-rules/series-month-ends", test_series_month_ends);
  g_test_add_func ("/meeting-rules/series-weekly-until", test_series_weekly_until);
  g_test_add_func ("/meeting-rules/series-dst", test_series_dst);
  g_test_add_func ("/meeting-rules/ids", test_ids_round_trip);
  g_test_add_func ("/meeting-rules/action-overdue", test_action_overdue);

  return g_test_run ();
}

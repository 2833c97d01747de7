/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-calendar.c: unit tests of the working-day calendar and ISO dates.
 */

#include "config.h"

#include <locale.h>

#include "core/ops-calendar.h"

static GDate *
date_new (const char *iso)
{
  GDate *date = g_date_new ();

  g_assert_true (ops_date_parse_iso (iso, date));
  return date;
}

static void
set_day (OpsCalendar *calendar,
         const char  *iso,
         OpsDayKind   kind)
{
  g_autoptr(GDate) date = date_new (iso);

  ops_calendar_set_day (calendar, date, kind);
}

static gboolean
is_working (OpsCalendar *calendar,
            const char  *iso)
{
  g_autoptr(GDate) date = date_new (iso);

  return ops_calendar_is_working_day (calendar, date);
}

/* Adds @n working days to @iso and returns the result as text. */
static char *
add_iso (OpsCalendar *calendar,
         const char  *iso,
         guint        n)
{
  g_autoptr(GDate) start = date_new (iso);
  GDate result;

  g_date_clear (&result, 1);
  ops_calendar_add_working_days (calendar, start, n, &result);
  g_assert_true (g_date_valid (&result));

  return ops_date_to_iso (&result);
}

static gint
count_iso (OpsCalendar *calendar,
           const char  *from_iso,
           const char  *to_iso)
{
  g_autoptr(GDate) from = date_new (from_iso);
  g_autoptr(GDate) to = date_new (to_iso);

  return ops_calendar_count_working_days (calendar, from, to);
}

static void
assert_weekday (const char   *iso,
                GDateWeekday  expected)
{
  g_autoptr(GDate) date = date_new (iso);

  g_assert_cmpint (g_date_get_weekday (date), ==, expected);
}

/* The day-by-day definition the fast code must agree with. */
static gint
naive_count (OpsCalendar *calendar,
             guint32      from,
             guint32      to)
{
  guint32 lo = MIN (from, to);
  guint32 hi = MAX (from, to);
  gint n = 0;

  for (guint32 j = lo + 1; j <= hi; j++)
    {
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_julian (&d, j);
      if (ops_calendar_is_working_day (calendar, &d))
        n++;
    }

  return to >= from ? n : -n;
}

/* 2026 as published: New Year Jan 1–3, National Day Oct 1–7 with a make-up
 * Saturday Oct 10, plus a scattering of random marks in 2020–2030. */
static OpsCalendar *
make_busy_calendar (void)
{
  OpsCalendar *calendar = ops_calendar_new ();
  g_autoptr(GDate) base = date_new ("2020-01-01");
  guint32 base_julian = g_date_get_julian (base);

  for (guint i = 0; i < 300; i++)
    {
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_julian (&d, base_julian + (guint32) g_test_rand_int_range (0, 3653));
      ops_calendar_set_day (calendar, &d,
                            g_test_rand_bit () ? OPS_DAY_KIND_HOLIDAY : OPS_DAY_KIND_WORKDAY);
    }

  return calendar;
}

static void
test_weekday_facts (void)
{
  /* Every weekday the other tests rely on, checked with GDate first. */
  assert_weekday ("2025-12-31", G_DATE_WEDNESDAY);
  assert_weekday ("2026-01-01", G_DATE_THURSDAY);
  assert_weekday ("2026-01-02", G_DATE_FRIDAY);
  assert_weekday ("2026-01-03", G_DATE_SATURDAY);
  assert_weekday ("2026-01-04", G_DATE_SUNDAY);
  assert_weekday ("2026-01-05", G_DATE_MONDAY);
  assert_weekday ("2026-09-30", G_DATE_WEDNESDAY);
  assert_weekday ("2026-10-01", G_DATE_THURSDAY);
  assert_weekday ("2026-10-07", G_DATE_WEDNESDAY);
  assert_weekday ("2026-10-08", G_DATE_THURSDAY);
  assert_weekday ("2026-10-10", G_DATE_SATURDAY);
  assert_weekday ("2026-10-12", G_DATE_MONDAY);
  assert_weekday ("2024-02-28", G_DATE_WEDNESDAY);
  assert_weekday ("2024-02-29", G_DATE_THURSDAY);
  assert_weekday ("2024-03-01", G_DATE_FRIDAY);
  assert_weekday ("2023-02-28", G_DATE_TUESDAY);
}

static void
test_default_weekends (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();

  g_assert_false (is_working (calendar, "2026-01-03"));   /* Saturday */
  g_assert_false (is_working (calendar, "2026-01-04"));   /* Sunday */
  g_assert_true (is_working (calendar, "2026-01-05"));    /* Monday */
  g_assert_true (is_working (calendar, "2026-01-01"));    /* unmarked Thursday */
  g_assert_cmpuint (ops_calendar_get_n_marks (calendar), ==, 0);

  /* A plain week has five working days, whatever day it starts on. */
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDate) from = date_new ("2026-01-05");
      g_autoptr(GDate) to = NULL;

      g_date_add_days (from, i);
      to = g_date_copy (from);
      g_date_add_days (to, 7);
      g_assert_cmpint (ops_calendar_count_working_days (calendar, from, to), ==, 5);
    }

  {
    g_autofree char *friday = add_iso (calendar, "2026-01-08", 1);
    g_autofree char *monday = add_iso (calendar, "2026-01-09", 1);
    g_autofree char *from_saturday = add_iso (calendar, "2026-01-10", 1);

    g_assert_cmpstr (friday, ==, "2026-01-09");
    g_assert_cmpstr (monday, ==, "2026-01-12");
    g_assert_cmpstr (from_saturday, ==, "2026-01-12");
  }
}

static void
test_year_end (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  g_autofree char *next = NULL;
  g_autofree char *second = NULL;

  set_day (calendar, "2026-01-01", OPS_DAY_KIND_HOLIDAY);
  set_day (calendar, "2026-01-02", OPS_DAY_KIND_HOLIDAY);

  g_assert_false (is_working (calendar, "2026-01-01"));
  g_assert_false (is_working (calendar, "2026-01-02"));

  next = add_iso (calendar, "2025-12-31", 1);
  g_assert_cmpstr (next, ==, "2026-01-05");
  second = add_iso (calendar, "2025-12-31", 2);
  g_assert_cmpstr (second, ==, "2026-01-06");

  g_assert_cmpint (count_iso (calendar, "2025-12-31", "2026-01-05"), ==, 1);
  g_assert_cmpint (count_iso (calendar, "2025-12-31", "2026-01-04"), ==, 0);
  g_assert_cmpint (count_iso (calendar, "2025-12-30", "2026-01-05"), ==, 2);
  /* Across the whole year boundary: Dec 29–31 and Jan 5–9. */
  g_assert_cmpint (count_iso (calendar, "2025-12-28", "2026-01-09"), ==, 8);
}

static void
test_national_day (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  const char *expected[] = {
    "2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12",
  };

  for (guint day = 1; day <= 7; day++)
    {
      g_autofree char *iso = g_strdup_printf ("2026-10-%02u", day);

      set_day (calendar, iso, OPS_DAY_KIND_HOLIDAY);
      g_assert_false (is_working (calendar, iso));
    }
  set_day (calendar, "2026-10-10", OPS_DAY_KIND_WORKDAY);
  g_assert_true (is_working (calendar, "2026-10-10"));
  g_assert_false (is_working (calendar, "2026-10-11"));

  for (guint n = 0; n < G_N_ELEMENTS (expected); n++)
    {
      g_autofree char *got = add_iso (calendar, "2026-09-30", n);

      g_assert_cmpstr (got, ==, expected[n]);
      g_assert_cmpint (count_iso (calendar, "2026-09-30", expected[n]), ==, (gint) n);
    }

  /* The whole holiday week counts nothing; the make-up Saturday counts one. */
  g_assert_cmpint (count_iso (calendar, "2026-09-30", "2026-10-07"), ==, 0);
  g_assert_cmpint (count_iso (calendar, "2026-10-09", "2026-10-11"), ==, 1);
  /* October 2026: 22 weekdays, minus 5 weekday holidays, plus 1 make-up day. */
  g_assert_cmpint (count_iso (calendar, "2026-09-30", "2026-10-31"), ==, 18);
}

static void
test_make_up_saturday (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  g_autoptr(GDate) saturday = date_new ("2026-10-10");
  OpsDayKind kind = OPS_DAY_KIND_HOLIDAY;
  g_autofree char *without = NULL;
  g_autofree char *with = NULL;

  without = add_iso (calendar, "2026-10-09", 1);
  g_assert_cmpstr (without, ==, "2026-10-12");
  g_assert_false (ops_calendar_get_day (calendar, saturday, NULL));

  ops_calendar_set_day (calendar, saturday, OPS_DAY_KIND_WORKDAY);
  with = add_iso (calendar, "2026-10-09", 1);
  g_assert_cmpstr (with, ==, "2026-10-10");
  g_assert_true (ops_calendar_get_day (calendar, saturday, &kind));
  g_assert_cmpint (kind, ==, OPS_DAY_KIND_WORKDAY);
  g_assert_cmpint (count_iso (calendar, "2026-10-09", "2026-10-12"), ==, 2);

  /* A later mark replaces an earlier one. */
  ops_calendar_set_day (calendar, saturday, OPS_DAY_KIND_HOLIDAY);
  g_assert_false (ops_calendar_is_working_day (calendar, saturday));
  g_assert_true (ops_calendar_get_day (calendar, saturday, &kind));
  g_assert_cmpint (kind, ==, OPS_DAY_KIND_HOLIDAY);
  g_assert_cmpuint (ops_calendar_get_n_marks (calendar), ==, 1);

  ops_calendar_clear_day (calendar, saturday);
  g_assert_false (ops_calendar_get_day (calendar, saturday, NULL));
  g_assert_cmpuint (ops_calendar_get_n_marks (calendar), ==, 0);
  g_assert_cmpint (count_iso (calendar, "2026-10-09", "2026-10-12"), ==, 1);

  /* A make-up mark on a weekday and a holiday mark on a weekend change nothing. */
  set_day (calendar, "2026-10-14", OPS_DAY_KIND_WORKDAY);
  set_day (calendar, "2026-10-17", OPS_DAY_KIND_HOLIDAY);
  g_assert_cmpint (count_iso (calendar, "2026-10-11", "2026-10-18"), ==, 5);
}

static void
test_zero_and_negative (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  g_autofree char *same_weekday = NULL;
  g_autofree char *same_weekend = NULL;
  g_autofree char *same_holiday = NULL;

  set_day (calendar, "2026-01-01", OPS_DAY_KIND_HOLIDAY);
  set_day (calendar, "2026-01-02", OPS_DAY_KIND_HOLIDAY);

  same_weekday = add_iso (calendar, "2026-01-05", 0);
  same_weekend = add_iso (calendar, "2026-01-03", 0);
  same_holiday = add_iso (calendar, "2026-01-01", 0);
  g_assert_cmpstr (same_weekday, ==, "2026-01-05");
  g_assert_cmpstr (same_weekend, ==, "2026-01-03");
  g_assert_cmpstr (same_holiday, ==, "2026-01-01");

  g_assert_cmpint (count_iso (calendar, "2026-01-05", "2026-01-05"), ==, 0);
  g_assert_cmpint (count_iso (calendar, "2026-01-03", "2026-01-03"), ==, 0);

  g_assert_cmpint (count_iso (calendar, "2026-01-05", "2025-12-31"), ==, -1);
  g_assert_cmpint (count_iso (calendar, "2026-01-09", "2025-12-28"), ==, -8);
  g_assert_cmpint (count_iso (calendar, "2026-01-04", "2025-12-31"), ==, 0);

  /* result may alias start */
  {
    g_autoptr(GDate) d = date_new ("2025-12-31");

    ops_calendar_add_working_days (calendar, d, 1, d);
    g_assert_cmpuint (g_date_get_day (d), ==, 5);
    g_assert_cmpuint (g_date_get_month (d), ==, G_DATE_JANUARY);
  }
}

static void
test_leap_years (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  g_autofree char *leap1 = add_iso (calendar, "2024-02-28", 1);
  g_autofree char *leap2 = add_iso (calendar, "2024-02-28", 2);
  g_autofree char *plain = add_iso (calendar, "2023-02-28", 1);
  g_autofree char *century = add_iso (calendar, "2100-02-26", 1);   /* Friday; 2100 is not leap */

  g_assert_cmpstr (leap1, ==, "2024-02-29");
  g_assert_cmpstr (leap2, ==, "2024-03-01");
  g_assert_cmpstr (plain, ==, "2023-03-01");
  g_assert_cmpstr (century, ==, "2100-03-01");
  assert_weekday ("2100-02-26", G_DATE_FRIDAY);
  assert_weekday ("2100-03-01", G_DATE_MONDAY);

  /* 2024 has 262 weekdays, 2023 has 260. */
  g_assert_cmpint (count_iso (calendar, "2023-12-31", "2024-12-31"), ==, 262);
  g_assert_cmpint (count_iso (calendar, "2022-12-31", "2023-12-31"), ==, 260);
}

static void
test_inverse_property (void)
{
  g_autoptr(OpsCalendar) calendar = make_busy_calendar ();
  g_autoptr(GDate) base = date_new ("2019-06-01");
  guint32 base_julian = g_date_get_julian (base);

  for (guint i = 0; i < 3000; i++)
    {
      GDate start, result;
      guint n = (guint) g_test_rand_int_range (0, 400);

      g_date_clear (&start, 1);
      g_date_clear (&result, 1);
      g_date_set_julian (&start, base_julian + (guint32) g_test_rand_int_range (0, 4000));

      ops_calendar_add_working_days (calendar, &start, n, &result);
      g_assert_true (g_date_valid (&result));
      g_assert_cmpint (g_date_compare (&result, &start), >=, 0);

      if (n > 0)
        g_assert_true (ops_calendar_is_working_day (calendar, &result));
      else
        g_assert_cmpint (g_date_compare (&result, &start), ==, 0);

      g_assert_cmpint (ops_calendar_count_working_days (calendar, &start, &result), ==, (gint) n);
      g_assert_cmpint (ops_calendar_count_working_days (calendar, &result, &start), ==, -(gint) n);
    }
}

static void
test_count_matches_naive (void)
{
  g_autoptr(OpsCalendar) calendar = make_busy_calendar ();
  g_autoptr(GDate) base = date_new ("2019-06-01");
  guint32 base_julian = g_date_get_julian (base);

  for (guint i = 0; i < 500; i++)
    {
      GDate from, to;
      guint32 a = base_julian + (guint32) g_test_rand_int_range (0, 4500);
      guint32 b = base_julian + (guint32) g_test_rand_int_range (0, 4500);

      g_date_clear (&from, 1);
      g_date_clear (&to, 1);
      g_date_set_julian (&from, a);
      g_date_set_julian (&to, b);

      g_assert_cmpint (ops_calendar_count_working_days (calendar, &from, &to), ==,
                       naive_count (calendar, a, b));
    }

  /* Ten years end to end. */
  {
    g_autoptr(GDate) from = date_new ("2020-01-01");
    g_autoptr(GDate) to = date_new ("2030-01-01");

    g_assert_cmpint (ops_calendar_count_working_days (calendar, from, to), ==,
                     naive_count (calendar, g_date_get_julian (from), g_date_get_julian (to)));
  }
}

static void
test_large_n (void)
{
  g_autoptr(OpsCalendar) empty = ops_calendar_new ();
  g_autoptr(OpsCalendar) marked = ops_calendar_new ();
  g_autoptr(GDate) start = date_new ("2026-01-07");

  /* A mark far away forces the day-by-day path: both paths must agree. */
  set_day (marked, "1900-01-01", OPS_DAY_KIND_HOLIDAY);

  /* From each day of the week, weekends included. */
  for (guint day = 0; day < 7; day++)
    {
      GDate from;

      g_date_clear (&from, 1);
      g_date_set_julian (&from, g_date_get_julian (start) + day);

      for (guint n = 1; n < 40; n++)
        {
          GDate fast, slow;

          g_date_clear (&fast, 1);
          g_date_clear (&slow, 1);
          ops_calendar_add_working_days (empty, &from, n, &fast);
          ops_calendar_add_working_days (marked, &from, n, &slow);
          g_assert_cmpint (g_date_compare (&fast, &slow), ==, 0);
          g_assert_true (ops_calendar_is_working_day (empty, &fast));
          g_assert_cmpint (ops_calendar_count_working_days (empty, &from, &fast), ==, (gint) n);
        }
    }

  {
    GDate fast, slow;

    g_date_clear (&fast, 1);
    g_date_clear (&slow, 1);
    ops_calendar_add_working_days (empty, start, 100000, &fast);
    ops_calendar_add_working_days (marked, start, 100000, &slow);
    g_assert_cmpint (g_date_compare (&fast, &slow), ==, 0);
    g_assert_cmpint (ops_calendar_count_working_days (empty, start, &fast), ==, 100000);
  }
}

static void
test_out_of_range (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  g_autoptr(OpsCalendar) marked = ops_calendar_new ();
  g_autoptr(GDate) start = date_new ("9999-12-30");
  GDate result;


  set_day (marked, "2026-01-01", OPS_DAY_KIND_HOLIDAY);

  /* The last day GDate holds, 65535-12-31, is a Tuesday. */
  g_date_set_dmy (start, 27, G_DATE_DECEMBER, 65535);
  g_assert_cmpint (g_date_get_weekday (start), ==, G_DATE_FRIDAY);
  g_date_clear (&result, 1);
  ops_calendar_add_working_days (calendar, start, 2, &result);
  g_assert_true (g_date_valid (&result));
  g_assert_cmpuint (g_date_get_day (&result), ==, 31);

  ops_calendar_add_working_days (calendar, start, 3, &result);
  g_assert_false (g_date_valid (&result));
  ops_calendar_add_working_days (marked, start, 3, &result);
  g_assert_false (g_date_valid (&result));
  ops_calendar_add_working_days (calendar, start, G_MAXUINT, &result);
  g_assert_false (g_date_valid (&result));
}

static void
test_boxed (void)
{
  GType type = ops_calendar_get_type ();
  OpsCalendar *calendar = ops_calendar_new ();
  OpsCalendar *copy;
  GValue value = G_VALUE_INIT;

  g_assert_true (G_TYPE_IS_BOXED (type));
  g_assert_cmpstr (g_type_name (type), ==, "OpsCalendar");

  /* A copy is the same calendar with one more reference. */
  copy = g_boxed_copy (type, calendar);
  g_assert_true (copy == calendar);
  set_day (calendar, "2026-01-01", OPS_DAY_KIND_HOLIDAY);
  g_assert_false (is_working (copy, "2026-01-01"));
  g_boxed_free (type, copy);

  g_value_init (&value, type);
  g_value_set_boxed (&value, calendar);
  ops_calendar_unref (calendar);
  /* The GValue still holds it. */
  g_assert_false (is_working (g_value_get_boxed (&value), "2026-01-01"));
  g_value_unset (&value);
}

static void
test_parse_iso (void)
{
  const char *rejected[] = {
    "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00",
    "2024-04-31", "2024-2-3", "2024-02-3", " 2024-02-03", "2024-02-03 ",
    "2024-02-03x", "2024/02/03", "20240203", "", "0000-01-01", "+024-02-03",
    "2024-0a-03", "2024-02-03\n", "２０２４-02-03", "-024-02-03", "2024--2-03",
  };
  const char *accepted[] = {
    "2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01", "9999-12-31",
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (rejected); i++)
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, 2000);
      if (ops_date_parse_iso (rejected[i], &date))
        g_error ("accepted “%s”", rejected[i]);
      g_assert_false (g_date_valid (&date));
      g_assert_false (ops_date_parse_iso (rejected[i], NULL));
    }
  g_assert_false (ops_date_parse_iso (NULL, &date));

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *back = NULL;

      g_date_clear (&date, 1);
      if (!ops_date_parse_iso (accepted[i], &date))
        g_error ("refused “%s”", accepted[i]);
      back = ops_date_to_iso (&date);
      g_assert_cmpstr (back, ==, accepted[i]);
    }

  g_assert_true (ops_date_parse_iso ("2024-02-29", &date));
  g_assert_cmpuint (g_date_get_year (&date), ==, 2024);
  g_assert_cmpuint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_cmpuint (g_date_get_day (&date), ==, 29);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/calendar/weekday-facts", test_weekday_facts);
  g_test_add_func ("/calendar/default-weekends", test_default_weekends);
  g_test_add_func ("/calendar/year-end", test_year_end);
  g_test_add_func ("/calendar/national-day", test_national_day);
  g_test_add_func ("/calendar/make-up-saturday", test_make_up_saturday);
  g_test_add_func ("/calendar/zero-and-negative", test_zero_and_negative);
  g_test_add_func ("/calendar/leap-years", test_leap_years);
  g_test_add_func ("/calendar/inverse-property", test_inverse_property);
  g_test_add_func ("/calendar/count-matches-naive", test_count_matches_naive);
  g_test_add_func ("/calendar/large-n", test_large_n);
  g_test_add_func ("/calendar/out-of-range", test_out_of_range);
  g_test_add_func ("/calendar/boxed", test_boxed);
  g_test_add_func ("/calendar/parse-iso", test_parse_iso);

  return g_test_run ();
}

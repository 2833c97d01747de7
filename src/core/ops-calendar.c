/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-calendar.c: the working-day calendar (weekends, holidays, make-up days).
 */

#define G_LOG_DOMAIN "opsdesk-core"

#include "config.h"

#include "ops-calendar.h"

#include <string.h>

/*
 * The marks live in a hash table keyed by Julian day number (GDate's: day 1
 * is Monday, 1 January of year 1). A mark's value is kind + 1 so that no
 * value is NULL. A mutex guards the table: a calendar loaded by the store's
 * worker thread is read on the main thread and by exports.
 *
 * Counting does not walk day by day: the weekdays in a range come from
 * arithmetic on Julian numbers, then each mark inside the range moves the
 * count by one where it changes a day's status (a holiday on a weekday, a
 * make-up working day on a weekend).
 */

struct _OpsCalendar
{
  grefcount   ref_count;
  GMutex      mutex;
  GHashTable *marks;   /* julian (guint) → kind + 1 */
};

G_DEFINE_BOXED_TYPE (OpsCalendar, ops_calendar, ops_calendar_ref, ops_calendar_unref)

/* Last valid Julian day of GDate: 31 December 65535. */
#define OPS_MAX_JULIAN 23936166u

#define MARK_TO_POINTER(kind) GINT_TO_POINTER ((gint) (kind) + 1)
#define POINTER_TO_MARK(p)    ((OpsDayKind) (GPOINTER_TO_INT (p) - 1))

/**
 * ops_calendar_new:
 *
 * Creates a calendar with no holidays and no make-up days: Monday to Friday
 * are working days.
 *
 * Returns: (transfer full): a new calendar; release with ops_calendar_unref().
 */
OpsCalendar *
ops_calendar_new (void)
{
  OpsCalendar *self = g_new0 (OpsCalendar, 1);

  g_ref_count_init (&self->ref_count);
  g_mutex_init (&self->mutex);
  self->marks = g_hash_table_new (g_direct_hash, g_direct_equal);

  return self;
}

/**
 * ops_calendar_ref:
 * @self: a calendar
 *
 * Returns: (transfer full): @self with one more reference. Thread-safe.
 */
OpsCalendar *
ops_calendar_ref (OpsCalendar *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * ops_calendar_unref:
 * @self: (transfer full): a calendar
 *
 * Drops one reference; the last one frees the calendar. Thread-safe.
 */
void
ops_calendar_unref (OpsCalendar *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    {
      g_hash_table_unref (self->marks);
      g_mutex_clear (&self->mutex);
      g_free (self);
    }
}

static inline gboolean
julian_is_weekend (guint32 julian)
{
  /* Julian day 1 is a Monday: (julian - 1) % 7 is 0 for Monday … 6 for Sunday. */
  return (julian - 1) % 7 >= 5;
}

/* Weekdays (Monday to Friday) among Julian days 1 … @julian. */
static inline gint64
weekdays_up_to (guint32 julian)
{
  return (gint64) (julian / 7) * 5 + MIN (julian % 7, 5);
}

/* Caller holds the mutex. */
static gboolean
is_working_julian_locked (OpsCalendar *self,
                          guint32      julian)
{
  gpointer value;

  value = g_hash_table_lookup (self->marks, GUINT_TO_POINTER (julian));
  if (value != NULL)
    return POINTER_TO_MARK (value) == OPS_DAY_KIND_WORKDAY;

  return !julian_is_weekend (julian);
}

void
ops_calendar_set_day (OpsCalendar *self,
                      const GDate *date,
                      OpsDayKind   kind)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (kind == OPS_DAY_KIND_HOLIDAY || kind == OPS_DAY_KIND_WORKDAY);

  g_mutex_lock (&self->mutex);
  g_hash_table_insert (self->marks,
                       GUINT_TO_POINTER (g_date_get_julian (date)),
                       MARK_TO_POINTER (kind));
  g_mutex_unlock (&self->mutex);
}

void
ops_calendar_clear_day (OpsCalendar *self,
                        const GDate *date)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_mutex_lock (&self->mutex);
  g_hash_table_remove (self->marks, GUINT_TO_POINTER (g_date_get_julian (date)));
  g_mutex_unlock (&self->mutex);
}

/**
 * ops_calendar_get_day:
 * @self: a calendar
 * @date: a valid date
 * @kind: (out) (optional): the mark of @date, when it has one
 *
 * Added to the header's API: tells whether @date carries a mark (a holiday or
 * a make-up working day), as opposed to following the weekend rule.
 *
 * Returns: %TRUE when @date is marked.
 */
gboolean
ops_calendar_get_day (OpsCalendar *self,
                      const GDate *date,
                      OpsDayKind  *kind)
{
  gpointer value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  g_mutex_lock (&self->mutex);
  value = g_hash_table_lookup (self->marks, GUINT_TO_POINTER (g_date_get_julian (date)));
  g_mutex_unlock (&self->mutex);

  if (value == NULL)
    return FALSE;

  if (kind != NULL)
    *kind = POINTER_TO_MARK (value);

  return TRUE;
}

/**
 * ops_calendar_get_n_marks:
 * @self: a calendar
 *
 * Added to the header's API. Returns: how many days carry a mark.
 */
guint
ops_calendar_get_n_marks (OpsCalendar *self)
{
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  g_mutex_lock (&self->mutex);
  n = g_hash_table_size (self->marks);
  g_mutex_unlock (&self->mutex);

  return n;
}

gboolean
ops_calendar_is_working_day (OpsCalendar *self,
                             const GDate *date)
{
  gboolean working;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  g_mutex_lock (&self->mutex);
  working = is_working_julian_locked (self, g_date_get_julian (date));
  g_mutex_unlock (&self->mutex);

  return working;
}

/**
 * ops_calendar_add_working_days:
 * @self: a calendar
 * @start: a valid date
 * @n: working days to add
 * @result: (out caller-allocates): the @n-th working day after @start
 *
 * @result may be the same GDate as @start. If the answer would lie beyond
 * the last date GDate can hold (year 65535), @result is left invalid
 * (g_date_valid() returns %FALSE).
 */
void
ops_calendar_add_working_days (OpsCalendar *self,
                               const GDate *start,
                               guint        n,
                               GDate       *result)
{
  guint32 julian;
  guint remaining = n;
  gboolean overflow = FALSE;

  g_return_if_fail (self != NULL);
  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (result != NULL);

  julian = g_date_get_julian (start);

  g_mutex_lock (&self->mutex);
  while (remaining > 0)
    {
      /* With no marks, whole weeks can be skipped: 5 working days each. */
      if (g_hash_table_size (self->marks) == 0 && remaining > 5)
        {
          guint weeks = (remaining - 1) / 5;

          if ((guint64) julian + (guint64) weeks * 7 > OPS_MAX_JULIAN)
            {
              overflow = TRUE;
              break;
            }
          julian += weeks * 7;
          remaining -= weeks * 5;
          continue;
        }

      if (julian >= OPS_MAX_JULIAN)
        {
          overflow = TRUE;
          break;
        }

      julian++;
      if (is_working_julian_locked (self, julian))
        remaining--;
    }
  g_mutex_unlock (&self->mutex);

  if (overflow)
    {
      g_date_clear (result, 1);
      return;
    }

  g_date_set_julian (result, julian);
}

typedef struct
{
  guint32 lo;    /* exclusive */
  guint32 hi;    /* inclusive */
  gint64  delta;
} CountMarks;

static void
count_marks_in_range (gpointer key,
                      gpointer value,
                      gpointer user_data)
{
  CountMarks *cm = user_data;
  guint32 julian = GPOINTER_TO_UINT (key);
  gboolean weekend;

  if (julian <= cm->lo || julian > cm->hi)
    return;

  weekend = julian_is_weekend (julian);

  switch (POINTER_TO_MARK (value))
    {
    case OPS_DAY_KIND_HOLIDAY:
      if (!weekend)
        cm->delta--;
      break;

    case OPS_DAY_KIND_WORKDAY:
      if (weekend)
        cm->delta++;
      break;

    default:
      g_assert_not_reached ();
    }
}

gint
ops_calendar_count_working_days (OpsCalendar *self,
                                 const GDate *from,
                                 const GDate *to)
{
  CountMarks cm;
  guint32 a, b;
  gint sign = 1;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  a = g_date_get_julian (from);
  b = g_date_get_julian (to);

  if (a == b)
    return 0;

  if (b < a)
    {
      guint32 tmp = a;

      a = b;
      b = tmp;
      sign = -1;
    }

  cm.lo = a;
  cm.hi = b;
  cm.delta = weekdays_up_to (b) - weekdays_up_to (a);

  g_mutex_lock (&self->mutex);
  g_hash_table_foreach (self->marks, count_marks_in_range, &cm);
  g_mutex_unlock (&self->mutex);

  /* At most ~24 million days: fits a gint. */
  return sign * (gint) cm.delta;
}

/**
 * ops_date_parse_iso:
 * @text: (nullable): text such as "2026-03-01"
 * @result: (out caller-allocates) (optional): the parsed date
 *
 * Accepts exactly four digits, '-', two digits, '-', two digits and nothing
 * else, naming a date that exists. On failure @result is cleared (invalid).
 *
 * Returns: %TRUE when @text is a valid date.
 */
gboolean
ops_date_parse_iso (const char *text,
                    GDate      *result)
{
  static const guint digit_pos[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  guint year, month, day;

  if (result != NULL)
    g_date_clear (result, 1);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (digit_pos); i++)
    {
      if (!g_ascii_isdigit (text[digit_pos[i]]))
        return FALSE;
    }

  year = (guint) ((text[0] - '0') * 1000 + (text[1] - '0') * 100 +
                  (text[2] - '0') * 10 + (text[3] - '0'));
  month = (guint) ((text[5] - '0') * 10 + (text[6] - '0'));
  day = (guint) ((text[8] - '0') * 10 + (text[9] - '0'));

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  if (result != NULL)
    g_date_set_dmy (result, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

/**
 * ops_date_to_iso:
 * @date: a valid date
 *
 * Returns: (transfer full): "YYYY-MM-DD"; free with g_free().
 */
char *
ops_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

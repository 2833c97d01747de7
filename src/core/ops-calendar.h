/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-calendar.h: the company's working-day calendar.
 *
 * Weekends (Saturday, Sunday) are days off unless marked as make-up working
 * days (调休); holidays are days off even on a weekday. Every "N working days"
 * rule of the workflows goes through this calendar. No UI, no SQL.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  OPS_DAY_KIND_HOLIDAY = 0,   /* a day off on what would be a working day */
  OPS_DAY_KIND_WORKDAY = 1,   /* a make-up working day on a weekend (调休) */
} OpsDayKind;

typedef struct _OpsCalendar OpsCalendar;

OpsCalendar *ops_calendar_new                  (void);
OpsCalendar *ops_calendar_ref                  (OpsCalendar   *self);
void         ops_calendar_unref                (OpsCalendar   *self);
GType        ops_calendar_get_type             (void) G_GNUC_CONST;

/* Marks @date as a holiday or a make-up working day. Replaces an earlier mark. */
void         ops_calendar_set_day              (OpsCalendar   *self,
                                                const GDate   *date,
                                                OpsDayKind     kind);
void         ops_calendar_clear_day            (OpsCalendar   *self,
                                                const GDate   *date);

/* Added: TRUE when @date carries a mark; its kind goes to @kind (may be NULL). */
gboolean     ops_calendar_get_day              (OpsCalendar   *self,
                                                const GDate   *date,
                                                OpsDayKind    *kind);
/* Added: the number of marked days. */
guint        ops_calendar_get_n_marks          (OpsCalendar   *self);

gboolean     ops_calendar_is_working_day       (OpsCalendar   *self,
                                                const GDate   *date);

/* Sets @result to the @n-th working day after @start (@start itself is not
 * counted). @n == 0 gives @start unchanged. @n must be >= 0. */
void         ops_calendar_add_working_days     (OpsCalendar   *self,
                                                const GDate   *start,
                                                guint          n,
                                                GDate         *result);

/* Counts the working days in the half-open range (@from, @to]: the number of
 * working days one must add to @from to reach @to. Negative when @to is before
 * @from (then it counts (@to, @from] and negates). Inverse of
 * ops_calendar_add_working_days() when @to is a working day. */
gint         ops_calendar_count_working_days   (OpsCalendar   *self,
                                                const GDate   *from,
                                                const GDate   *to);

/* Parses "YYYY-MM-DD" strictly (rejects 2024-02-30, 2024-2-3, trailing text).
 * Returns FALSE on any invalid input. */
gboolean     ops_date_parse_iso                (const char    *text,
                                                GDate         *result);
/* Formats as "YYYY-MM-DD"; free with g_free(). */
char        *ops_date_to_iso                   (const GDate   *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsCalendar, ops_calendar_unref)

G_END_DECLS

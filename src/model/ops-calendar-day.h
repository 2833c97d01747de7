/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-calendar-day.h: one marked day of the company calendar: a holiday or a
 * make-up working day (调休), with an optional name ("国庆节").
 *
 * Properties: date (string "YYYY-MM-DD"), kind (int, OpsDayKind),
 * kind-label (string, read-only, translated), name (string).
 */
#pragma once

#include <glib-object.h>
#include "core/ops-calendar.h"

G_BEGIN_DECLS

#define OPS_TYPE_CALENDAR_DAY (ops_calendar_day_get_type ())
G_DECLARE_FINAL_TYPE (OpsCalendarDay, ops_calendar_day, OPS, CALENDAR_DAY, GObject)

OpsCalendarDay *ops_calendar_day_new       (const char *date,
                                            OpsDayKind  kind,
                                            const char *name);
const char *ops_calendar_day_get_date      (OpsCalendarDay *self);
OpsDayKind  ops_calendar_day_get_kind      (OpsCalendarDay *self);
const char *ops_calendar_day_get_name      (OpsCalendarDay *self);
/* "Holiday" / "Make-up working day", translated. Static string. */
const char *ops_calendar_day_get_kind_label (OpsCalendarDay *self);

G_END_DECLS

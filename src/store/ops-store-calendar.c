/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-calendar.c: the company calendar in the store: holidays and
 * make-up working days, and the OpsCalendar snapshot for day arithmetic. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-private.h"

static const char *
kind_to_id (OpsDayKind kind)
{
  switch (kind)
    {
    case OPS_DAY_KIND_WORKDAY:
      return "workday";
    case OPS_DAY_KIND_HOLIDAY:
    default:
      return "holiday";
    }
}

static OpsDayKind
kind_from_id (const char *id)
{
  return g_strcmp0 (id, "workday") == 0 ? OPS_DAY_KIND_WORKDAY : OPS_DAY_KIND_HOLIDAY;
}

/* List ------------------------------------------------------------------------ */

static gboolean
list_calendar_days_op (OpsStore    *self,
                       sqlite3     *db,
                       OpsStoreOp  *op,
                       GError     **error)
{
  g_autoptr(GListStore) days = g_list_store_new (OPS_TYPE_CALENDAR_DAY);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self, "SELECT date, kind, name FROM calendar_days ORDER BY date", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items,
                     ops_calendar_day_new (ops_store_column_text (stmt, 0),
                                           kind_from_id (ops_store_column_text (stmt, 1)),
                                           ops_store_column_text (stmt, 2)));
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the company calendar"));
      return FALSE;
    }

  g_list_store_splice (days, 0, 0, items->pdata, items->len);
  op->result = g_steal_pointer (&days);
  op->result_free = g_object_unref;
  return TRUE;
}

void
ops_store_list_calendar_days_async (OpsStore            *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, list_calendar_days_op, OPS_TXN_READ, NULL, NULL,
                   cancellable, ops_store_list_calendar_days_async, callback, user_data);
}

/**
 * ops_store_list_calendar_days_finish:
 *
 * Returns: (transfer full): a GListModel of OpsCalendarDay sorted by date, or
 * %NULL with @error.
 */
GListModel *
ops_store_list_calendar_days_finish (OpsStore      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_calendar_days_async, NULL, error);
}

/* Set and remove ----------------------------------------------------------- */

typedef struct {
  char       *date;
  OpsDayKind  kind;
  char       *name;
} DayData;

static void
day_data_free (gpointer data)
{
  DayData *day = data;

  g_free (day->date);
  g_free (day->name);
  g_free (day);
}

static gboolean
require_calendar_role (sqlite3     *db,
                       OpsStoreOp  *op,
                       GError     **error)
{
  return ops_store_require_role (db, op->current_user,
                                 OPS_ROLE_ADMINISTRATION | OPS_ROLE_GENERAL_MANAGER,
                                 _("change the company calendar"), error);
}

static gboolean
set_calendar_day_op (OpsStore    *self,
                     sqlite3     *db,
                     OpsStoreOp  *op,
                     GError     **error)
{
  DayData *day = op->data;
  g_autofree char *name = day->name != NULL ? ops_strip_dup (day->name) : g_strdup ("");
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;
  GDate date;
  gboolean weekend;
  int rc;

  if (!require_calendar_role (db, op, error))
    return FALSE;

  if (!ops_validate_date (_("Date"), day->date, &validation_error) ||
      !ops_validate_text (_("Name"), name, -1, FALSE, OPS_MAX_NAME_CHARS, &validation_error))
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID, validation_error->message);
      g_error_free (validation_error);
      return FALSE;
    }

  if (day->kind != OPS_DAY_KIND_HOLIDAY && day->kind != OPS_DAY_KIND_WORKDAY)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Kind: choose whether %s is a holiday or a make-up working day."),
                   day->date);
      return FALSE;
    }

  if (!ops_date_parse_iso (day->date, &date))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Date: “%s” is not a date. Write it as YYYY-MM-DD, for example 2026-10-01."),
                   day->date);
      return FALSE;
    }

  weekend = g_date_get_weekday (&date) == G_DATE_SATURDAY ||
            g_date_get_weekday (&date) == G_DATE_SUNDAY;
  if (day->kind == OPS_DAY_KIND_HOLIDAY && weekend)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Date: %s is a Saturday or Sunday, which is a day off anyway. Mark only weekdays as holidays."),
                   day->date);
      return FALSE;
    }
  if (day->kind == OPS_DAY_KIND_WORKDAY && !weekend)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Date: %s is a weekday, which is a working day anyway. Make-up working days are Saturdays or Sundays on which people work."),
                   day->date);
      return FALSE;
    }

  stmt = ops_store_stmt (self,
                         "INSERT INTO calendar_days (date, kind, name) VALUES (?1, ?2, ?3)"
                         " ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name",
                         error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, day->date);
  ops_store_bind_text (stmt, 2, kind_to_id (day->kind));
  ops_store_bind_text (stmt, 3, name);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("mark the day in the company calendar"));
      return FALSE;
    }

  op->changed = OPS_CHANGED_CALENDAR;
  return TRUE;
}

void
ops_store_set_calendar_day_async (OpsStore            *self,
                                  const char          *date,
                                  OpsDayKind           kind,
                                  const char          *name,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  DayData *day;

  g_return_if_fail (OPS_IS_STORE (self));

  day = g_new0 (DayData, 1);
  day->date = g_strdup (date);
  day->kind = kind;
  day->name = g_strdup (name);

  ops_store_queue (self, set_calendar_day_op, OPS_TXN_WRITE, day, day_data_free,
                   cancellable, ops_store_set_calendar_day_async, callback, user_data);
}

gboolean
ops_store_set_calendar_day_finish (OpsStore      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_set_calendar_day_async, NULL, error) != NULL;
}

static gboolean
remove_calendar_day_op (OpsStore    *self,
                        sqlite3     *db,
                        OpsStoreOp  *op,
                        GError     **error)
{
  DayData *day = op->data;
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!require_calendar_role (db, op, error))
    return FALSE;

  if (!ops_validate_date (_("Date"), day->date, &validation_error))
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID, validation_error->message);
      g_error_free (validation_error);
      return FALSE;
    }

  stmt = ops_store_stmt (self, "DELETE FROM calendar_days WHERE date = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, day->date);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("remove the day from the company calendar"));
      return FALSE;
    }

  /* Removing a day that is not marked changes nothing and is not an error. */
  if (sqlite3_changes (db) > 0)
    op->changed = OPS_CHANGED_CALENDAR;
  return TRUE;
}

void
ops_store_remove_calendar_day_async (OpsStore            *self,
                                     const char          *date,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  DayData *day;

  g_return_if_fail (OPS_IS_STORE (self));

  day = g_new0 (DayData, 1);
  day->date = g_strdup (date);

  ops_store_queue (self, remove_calendar_day_op, OPS_TXN_WRITE, day, day_data_free,
                   cancellable, ops_store_remove_calendar_day_async, callback, user_data);
}

gboolean
ops_store_remove_calendar_day_finish (OpsStore      *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_remove_calendar_day_async, NULL, error) != NULL;
}

/* Snapshot ------------------------------------------------------------------ */

OpsCalendar *
ops_store_read_calendar (sqlite3  *db,
                         GError  **error)
{
  const char *what = _("read the company calendar");
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare (db, "SELECT date, kind FROM calendar_days", what, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;

      /* The CHECK constraint guarantees the format. */
      if (ops_date_parse_iso (ops_store_column_text (stmt, 0), &date))
        ops_calendar_set_day (calendar, &date, kind_from_id (ops_store_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, what);
      return NULL;
    }
  return g_steal_pointer (&calendar);
}

static gboolean
load_calendar_op (OpsStore    *self,
                  sqlite3     *db,
                  OpsStoreOp  *op,
                  GError     **error)
{
  g_autoptr(OpsCalendar) calendar = ops_store_read_calendar (db, error);

  if (calendar == NULL)
    return FALSE;
  op->result = g_steal_pointer (&calendar);
  op->result_free = (GDestroyNotify) ops_calendar_unref;
  return TRUE;
}

void
ops_store_load_calendar_async (OpsStore            *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, load_calendar_op, OPS_TXN_READ, NULL, NULL,
                   cancellable, ops_store_load_calendar_async, callback, user_data);
}

/**
 * ops_store_load_calendar_finish:
 *
 * Returns: (transfer full): the calendar, or %NULL with @error.
 */
OpsCalendar *
ops_store_load_calendar_finish (OpsStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_load_calendar_async, NULL, error);
}

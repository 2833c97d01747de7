/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-meetings.c: meetings in the store (SPEC §1): listing, reading,
 * saving the "before" part (with series and "this and following"),
 * department members, deleting within the retention rules, and the
 * retention setting. Every rule is checked here against op->current_user,
 * not only in the forms. The rest of the workflow is in
 * ops-store-meeting-materials.c, ops-store-meeting-record.c (sign-in,
 * resolutions, minutes, archive), ops-store-meeting-work.c (My Work),
 * ops-store-actions.c; shared helpers in ops-store-meetings-common.c and
 * the shared reads in ops-store-reader-meetings.c. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/ops-calendar.h"
#include "core/ops-validate.h"
#include "store/ops-store-meetings-private.h"

/* @instant moved to the local date of @instant + @day_delta days at the
 * local time of day of @time_of. */
static gint64
shift_to_time_of_day (gint64 instant,
                      int    day_delta,
                      gint64 time_of)
{
  g_autoptr(GDateTime) base = g_date_time_new_from_unix_local (instant);
  g_autoptr(GDateTime) clock = g_date_time_new_from_unix_local (time_of);
  g_autoptr(GDateTime) moved = NULL;
  g_autoptr(GDateTime) result = NULL;

  if (base == NULL || clock == NULL)
    return instant;
  moved = g_date_time_add_days (base, day_delta);
  result = g_date_time_new_local (g_date_time_get_year (moved), g_date_time_get_month (moved),
                                  g_date_time_get_day_of_month (moved),
                                  g_date_time_get_hour (clock), g_date_time_get_minute (clock),
                                  g_date_time_get_seconds (clock));
  return result != NULL ? g_date_time_to_unix (result) : instant;
}

static int
local_days_between (gint64 from,
                    gint64 to)
{
  GDate a, b;
  g_autofree char *from_date = ops_meeting_local_date (from);
  g_autofree char *to_date = ops_meeting_local_date (to);

  if (!ops_date_parse_iso (from_date, &a) || !ops_date_parse_iso (to_date, &b))
    return 0;
  return g_date_days_between (&a, &b);
}

/* Save a meeting ---------------------------------------------------------------- */

typedef struct {
  OpsMeeting    *meeting;
  OpsSeriesEdit  scope;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->meeting);
  g_free (save);
}

static gboolean
save_meeting_op (OpsStore    *self,
                 sqlite3     *db,
                 OpsStoreOp  *op,
                 GError     **error)
{
  SaveData *save = op->data;
  OpsMeeting *m = save->meeting;
  gint64 id = ops_meeting_get_id (m);
  gint64 starts = ops_meeting_get_starts_at (m);
  gint64 ends = ops_meeting_get_ends_at (m);
  g_auto(OpsMeetingInfo) info = { 0 };

  if (id != 0)
    {
      if (!ops_meetings_read_info (self, id, &info, error))
        return FALSE;
      if (!ops_meetings_require_actor (self, op->current_user, &info,
                          OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER | OPS_MEETING_ACTOR_ADMIN,
                          _("change the meeting"), error))
        return FALSE;
      if (!ops_meetings_refuse_archived (&info, error))
        return FALSE;
    }
  else if (!ops_meetings_require_current_user (self, op->current_user, error))
    {
      /* Anyone active may call a meeting. */
      return FALSE;
    }

  if (!ops_meetings_validate (self, m, TRUE, error))
    return FALSE;

  if (!ops_meetings_write_row (self, db, m, id, starts, ends, id != 0 ? info.series_id : 0, &id, error))
    return FALSE;
  if (!ops_meetings_write_children (self, db, id, m, TRUE, error))
    return FALSE;

  if (save->scope == OPS_SERIES_EDIT_FOLLOWING && info.series_id != 0)
    {
      g_autoptr(GArray) later = g_array_new (FALSE, FALSE, sizeof (gint64));
      int day_delta = local_days_between (info.starts_at, starts);
      gint64 duration = ends - starts;
      gint64 now = ops_store_now ();
      sqlite3_stmt *stmt;
      int rc;

      stmt = ops_store_stmt (self,
                             "SELECT id, starts_at FROM meetings WHERE series_id = ?1 AND id != ?2"
                             " AND starts_at > ?3 AND starts_at > ?4 AND archived_at IS NULL"
                             " ORDER BY starts_at",
                             error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, info.series_id);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_int64 (stmt, 3, info.starts_at);
      sqlite3_bind_int64 (stmt, 4, now);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

          g_array_append_vals (later, pair, 2);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          ops_store_set_sqlite_error (error, db, rc, _("save the following meetings"));
          return FALSE;
        }

      for (guint i = 0; i + 1 < later->len; i += 2)
        {
          gint64 other_id = g_array_index (later, gint64, i);
          gint64 other_starts = shift_to_time_of_day (g_array_index (later, gint64, i + 1),
                                                      day_delta, starts);
          gint64 written;

          if (!ops_meetings_write_row (self, db, m, other_id, other_starts, other_starts + duration,
                                  info.series_id, &written, error))
            return FALSE;
          if (!ops_meetings_write_attendees (self, db, other_id, ops_meeting_get_attendees (m), TRUE, error) ||
              !ops_meetings_write_agenda (self, db, other_id, ops_meeting_get_agenda (m), error) ||
              !ops_meetings_write_resources (self, db, other_id, ops_meeting_get_resources (m), error))
            return FALSE;
        }
    }

  op->result = ops_meetings_read_meeting (db, id, error);
  op->result_free = g_object_unref;
  if (op->result == NULL)
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_save_meeting_async (OpsStore            *self,
                              OpsMeeting          *meeting,
                              OpsSeriesEdit        scope,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  SaveData *save;

  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_MEETING (meeting));

  save = g_new0 (SaveData, 1);
  /* The worker gets its own copy: @meeting belongs to the caller's thread. */
  save->meeting = ops_meeting_copy (meeting);
  save->scope = scope;
  ops_store_queue (self, save_meeting_op, OPS_TXN_WRITE, save, save_data_free,
                   cancellable, ops_store_save_meeting_async, callback, user_data);
}

/**
 * ops_store_save_meeting_finish:
 *
 * Returns: (transfer full): the meeting as saved, with its children.
 */
OpsMeeting *
ops_store_save_meeting_finish (OpsStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_meeting_async, NULL, error);
}

/* Series ---------------------------------------------------------------------- */

typedef struct {
  OpsMeeting   *first;
  OpsRecurFreq  freq;
  guint         interval;
  guint         count;
  char         *until;
} SeriesData;

static void
series_data_free (gpointer data)
{
  SeriesData *series = data;

  g_clear_object (&series->first);
  g_free (series->until);
  g_free (series);
}

static gboolean
create_series_op (OpsStore    *self,
                  sqlite3     *db,
                  OpsStoreOp  *op,
                  GError     **error)
{
  SeriesData *series = op->data;
  OpsMeeting *m = series->first;
  gint64 starts = ops_meeting_get_starts_at (m);
  gint64 duration = ops_meeting_get_ends_at (m) - starts;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GArray) occurrences = NULL;
  g_autoptr(GPtrArray) created = g_ptr_array_new_with_free_func (g_object_unref);
  GDate until;
  gint64 series_id;
  sqlite3_stmt *stmt;

  if (!ops_meetings_require_current_user (self, op->current_user, error))
    return FALSE;
  if (ops_meeting_get_id (m) != 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("This meeting already exists: a series starts from a new meeting."));
      return FALSE;
    }
  if (series->freq != OPS_RECUR_WEEKLY && series->freq != OPS_RECUR_MONTHLY)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Repeat: choose weekly or monthly."));
      return FALSE;
    }
  if (series->interval < 1 || series->interval > 52)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Repeat: choose an interval between 1 and 52."));
      return FALSE;
    }
  g_date_clear (&until, 1);
  if (series->until != NULL && !ops_date_parse_iso (series->until, &until))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Repeat until: “%s” is not a date. Choose the last day of the series."),
                   series->until);
      return FALSE;
    }
  if (series->count == 0 && series->until == NULL)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Repeat: say how many times, or until when, the meeting repeats."));
      return FALSE;
    }
  if (series->count > OPS_MEETING_MAX_OCCURRENCES)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Repeat: a series can have at most %d meetings."), OPS_MEETING_MAX_OCCURRENCES);
      return FALSE;
    }
  if (!ops_meetings_validate (self, m, TRUE, error))
    return FALSE;

  first = g_date_time_new_from_unix_local (starts);
  occurrences = ops_meeting_expand_series (first, series->freq, series->interval, series->count,
                                           series->until != NULL ? &until : NULL);

  stmt = ops_store_stmt (self,
                         "INSERT INTO meeting_series (freq, interval, count, until, created)"
                         " VALUES (?1, ?2, ?3, ?4, ?5)",
                         error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, ops_recur_freq_to_id (series->freq));
  sqlite3_bind_int (stmt, 2, (int) series->interval);
  sqlite3_bind_int (stmt, 3, (int) series->count);
  ops_store_bind_text (stmt, 4, series->until);
  sqlite3_bind_int64 (stmt, 5, ops_store_now ());
  if (!ops_store_step_done (db, stmt, _("save the meeting series"), error))
    return FALSE;
  series_id = sqlite3_last_insert_rowid (db);

  for (guint i = 0; i < occurrences->len; i++)
    {
      gint64 start = g_array_index (occurrences, gint64, i);
      gint64 id;

      if (!ops_meetings_write_row (self, db, m, 0, start, start + duration, series_id, &id, error) ||
          !ops_meetings_write_attendees (self, db, id, ops_meeting_get_attendees (m), FALSE, error) ||
          !ops_meetings_write_agenda (self, db, id, ops_meeting_get_agenda (m), error) ||
          !ops_meetings_write_resources (self, db, id, ops_meeting_get_resources (m), error))
        return FALSE;
    }

  {
    OpsMeetingFilter filter = { NULL, 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, series_id, 0 };
    gint64 now = ops_store_now ();
    g_autofree char *today = ops_meetings_today (now);
    OpsMeetingQuery query = { now, today, 1, 0, 0, 0, TRUE };

    if (!ops_meetings_retention_years (self, &query.retention_years, error) ||
        !ops_meetings_query (db, &filter, &query, OPS_RANGE_ALL, created, NULL, error))
      return FALSE;
    for (guint i = 0; i < created->len; i++)
      if (!ops_meetings_read_children (db, g_ptr_array_index (created, i), today, error))
        return FALSE;
  }

  op->result = ops_store_list_model (created, OPS_TYPE_MEETING);
  op->result_free = g_object_unref;
  op->total = created->len;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_create_series_async (OpsStore            *self,
                               OpsMeeting          *first,
                               OpsRecurFreq         freq,
                               guint                interval,
                               guint                count,
                               const GDate         *until,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  SeriesData *series;

  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_MEETING (first));

  series = g_new0 (SeriesData, 1);
  series->first = ops_meeting_copy (first);
  series->freq = freq;
  series->interval = interval;
  series->count = count;
  if (until != NULL && g_date_valid (until))
    series->until = ops_date_to_iso (until);
  ops_store_queue (self, create_series_op, OPS_TXN_WRITE, series, series_data_free,
                   cancellable, ops_store_create_series_async, callback, user_data);
}

/**
 * ops_store_create_series_finish:
 *
 * Returns: (transfer full): a GListModel of the created OpsMeeting.
 */
GListModel *
ops_store_create_series_finish (OpsStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_create_series_async, NULL, error);
}

static gboolean
get_series_op (OpsStore    *self,
               sqlite3     *db,
               OpsStoreOp  *op,
               GError     **error)
{
  op->result = ops_meetings_read_series (db, *(gint64 *) op->data, error);
  op->result_free = (GDestroyNotify) ops_meeting_series_free;
  return op->result != NULL;
}

void
ops_store_get_series_async (OpsStore            *self,
                            gint64               series_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, get_series_op, OPS_TXN_READ, g_memdup2 (&series_id, sizeof series_id),
                   g_free, cancellable, ops_store_get_series_async, callback, user_data);
}

OpsMeetingSeries *
ops_store_get_series_finish (OpsStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_get_series_async, NULL, error);
}

/* List and get ------------------------------------------------------------------ */

typedef struct {
  OpsMeetingFilter filter;
  char            *search;
  OpsRange         range;
} ListData;

static void
list_data_free (gpointer data)
{
  ListData *list = data;

  g_free (list->search);
  g_free (list);
}

static gboolean
list_meetings_op (OpsStore    *self,
                  sqlite3     *db,
                  OpsStoreOp  *op,
                  GError     **error)
{
  ListData *list = op->data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = ops_store_now ();
  g_autofree char *today = ops_meetings_today (now);
  OpsMeetingQuery query = { now, today, 1, 0, 0, 0, list->filter.scope == OPS_MEETING_SCOPE_UPCOMING };

  list->filter.search = list->search;
  if (!ops_meetings_retention_years (self, &query.retention_years, error) ||
      !ops_meetings_query (db, &list->filter, &query, list->range, items, &op->total, error))
    return FALSE;

  op->result = ops_store_list_model (items, OPS_TYPE_MEETING);
  op->result_free = g_object_unref;
  return TRUE;
}

void
ops_store_list_meetings_async (OpsStore               *self,
                               const OpsMeetingFilter *filter,
                               OpsRange                range,
                               GCancellable           *cancellable,
                               GAsyncReadyCallback     callback,
                               gpointer                user_data)
{
  ListData *list;

  g_return_if_fail (OPS_IS_STORE (self));

  list = g_new0 (ListData, 1);
  if (filter != NULL)
    {
      list->filter = *filter;
      list->search = g_strdup (filter->search);
    }
  else
    list->filter.scope = OPS_MEETING_SCOPE_ALL;
  list->filter.search = NULL;
  list->range = range;
  ops_store_queue (self, list_meetings_op, OPS_TXN_READ, list, list_data_free,
                   cancellable, ops_store_list_meetings_async, callback, user_data);
}

/**
 * ops_store_list_meetings_finish:
 *
 * Returns: (transfer full): a GListModel of OpsMeeting.
 */
GListModel *
ops_store_list_meetings_finish (OpsStore      *self,
                                GAsyncResult  *result,
                                guint         *total,
                                GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_meetings_async, total, error);
}

static gboolean
get_meeting_op (OpsStore    *self,
                sqlite3     *db,
                OpsStoreOp  *op,
                GError     **error)
{
  op->result = ops_meetings_read_meeting (db, *(gint64 *) op->data, error);
  op->result_free = g_object_unref;
  return op->result != NULL;
}

void
ops_store_get_meeting_async (OpsStore            *self,
                             gint64               id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, get_meeting_op, OPS_TXN_READ, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_get_meeting_async, callback, user_data);
}

/**
 * ops_store_get_meeting_finish:
 *
 * Returns: (transfer full): the meeting with its children.
 */
OpsMeeting *
ops_store_get_meeting_finish (OpsStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_get_meeting_async, NULL, error);
}

/* Department members ----------------------------------------------------------- */

static gboolean
list_department_members_op (OpsStore    *self,
                            sqlite3     *db,
                            OpsStoreOp  *op,
                            GError     **error)
{
  OpsPersonFilter filter = { NULL, *(gint64 *) op->data, FALSE };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (filter.department_id == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Choose a department to add its members."));
      return FALSE;
    }

  stmt = ops_store_prepare_people_query (db, &filter, 0, OPS_PERSON_ORDER_NAME,
                                         OPS_RANGE_ALL, FALSE, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, ops_store_person_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the department's members"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  op->result = ops_store_list_model (items, OPS_TYPE_PERSON);
  op->result_free = g_object_unref;
  op->total = items->len;
  return TRUE;
}

void
ops_store_list_department_members_async (OpsStore            *self,
                                         gint64               department_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, list_department_members_op, OPS_TXN_READ,
                   g_memdup2 (&department_id, sizeof department_id), g_free,
                   cancellable, ops_store_list_department_members_async, callback, user_data);
}

/**
 * ops_store_list_department_members_finish:
 *
 * Returns: (transfer full): a GListModel of OpsPerson.
 */
GListModel *
ops_store_list_department_members_finish (OpsStore      *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_department_members_async, NULL, error);
}

/* Delete a meeting --------------------------------------------------------------- */

static gboolean
delete_meeting_op (OpsStore    *self,
                   sqlite3     *db,
                   OpsStoreOp  *op,
                   GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *files_dir = ops_store_dup_files_dir (self);
  g_autofree char *folder = NULL;
  sqlite3_stmt *stmt;
  gboolean held;
  int rc;

  if (!ops_meetings_read_info (self, id, &info, error))
    return FALSE;
  if (!ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_ADMIN,
                      _("delete the meeting"), error))
    return FALSE;
  if (!ops_meetings_is_held (self, &info, &held, error))
    return FALSE;
  if (!ops_meetings_check_retention (self, &info, held, FALSE, error))
    return FALSE;

  stmt = ops_store_stmt (self, "SELECT file_name FROM meeting_materials WHERE meeting_id = ?1"
                               " AND file_name IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (files, g_strdup (ops_store_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("delete the meeting"));
      return FALSE;
    }

  stmt = ops_store_stmt (self, "DELETE FROM meetings WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ops_store_step_done (db, stmt, _("delete the meeting"), error))
    return FALSE;

  for (guint i = 0; i < files->len; i++)
    ops_meetings_remove_stored_file (self, g_ptr_array_index (files, i));
  folder = g_strdup_printf ("%s/meetings/%" G_GINT64_FORMAT, files_dir, id);
  g_rmdir (folder);

  op->changed = OPS_CHANGED_MEETINGS | OPS_CHANGED_ACTIONS;
  return TRUE;
}

void
ops_store_delete_meeting_async (OpsStore            *self,
                                gint64               id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, delete_meeting_op, OPS_TXN_WRITE, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_delete_meeting_async, callback, user_data);
}

gboolean
ops_store_delete_meeting_finish (OpsStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_delete_meeting_async, NULL, error) != NULL;
}

/* Retention setting ----------------------------------------------------------- */

static gboolean
get_retention_op (OpsStore    *self,
                  sqlite3     *db,
                  OpsStoreOp  *op,
                  GError     **error)
{
  guint years;

  if (!ops_meetings_retention_years (self, &years, error))
    return FALSE;
  op->result = GUINT_TO_POINTER (years);
  op->result_free = NULL;
  return TRUE;
}

void
ops_store_get_meeting_retention_years_async (OpsStore            *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, get_retention_op, OPS_TXN_READ, NULL, NULL,
                   cancellable, ops_store_get_meeting_retention_years_async, callback, user_data);
}

guint
ops_store_get_meeting_retention_years_finish (OpsStore      *self,
                                              GAsyncResult  *result,
                                              GError       **error)
{
  return GPOINTER_TO_UINT (ops_store_finish_op (self, result, ops_store_get_meeting_retention_years_async,
                                                NULL, error));
}

static gboolean
set_retention_op (OpsStore    *self,
                  sqlite3     *db,
                  OpsStoreOp  *op,
                  GError     **error)
{
  guint years = GPOINTER_TO_UINT (op->data);
  sqlite3_stmt *stmt;

  if (!ops_store_require_role (db, op->current_user,
                               OPS_ROLE_ADMINISTRATION | OPS_ROLE_GENERAL_MANAGER,
                               _("change how long meeting records are kept"), error))
    return FALSE;
  if (years < OPS_MEETING_MIN_RETENTION_YEARS)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Meeting records must be kept at least one year: the retention cannot be shorter. Choose 1 year or more."));
      return FALSE;
    }
  if (years > OPS_MEETING_MAX_RETENTION_YEARS)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Choose a retention of at most %d years."), OPS_MEETING_MAX_RETENTION_YEARS);
      return FALSE;
    }

  stmt = ops_store_stmt (self,
                         "INSERT INTO settings (key, value) VALUES ('" OPS_MEETINGS_RETENTION_KEY "', ?1)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) years);
  if (!ops_store_step_done (db, stmt, _("save the retention setting"), error))
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_set_meeting_retention_years_async (OpsStore            *self,
                                             guint                years,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, set_retention_op, OPS_TXN_WRITE, GUINT_TO_POINTER (years), NULL,
                   cancellable, ops_store_set_meeting_retention_years_async, callback, user_data);
}

gboolean
ops_store_set_meeting_retention_years_finish (OpsStore      *self,
                                              GAsyncResult  *result,
                                              GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_set_meeting_retention_years_async, NULL, error) != NULL;
}


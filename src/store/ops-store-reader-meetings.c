/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-reader-meetings.c: reading meetings and action items from any
 * connection — the queries shared by the store's worker and the reader
 * (ops-store-meetings-private.h) — and the reader's meetings API
 * (ops-store-reader.h) used by the exports. */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "store/ops-store-meetings-private.h"
#include "store/ops-store-reader.h"

/* Helpers ------------------------------------------------------------------ */

char *
ops_meetings_today (gint64 now)
{
  return ops_meeting_local_date (now);
}

gboolean
ops_meetings_local_midnight (const char *date,
                             gint64     *instant)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  dt = g_date_time_new_local (y, m, d, 0, 0, 0);
  if (dt == NULL)
    return FALSE;
  *instant = g_date_time_to_unix (dt);
  return TRUE;
}

/* Finalises @stmt; FALSE with @error unless @rc is SQLITE_DONE. */
static gboolean
finish_stmt (sqlite3       *db,
             sqlite3_stmt  *stmt,
             int            rc,
             const char    *what,
             GError       **error)
{
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, what);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
ops_meetings_read_retention_years (sqlite3  *db,
                                   guint    *years,
                                   GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *years = OPS_MEETING_MIN_RETENTION_YEARS;
  stmt = ops_store_prepare (db, "SELECT value FROM settings WHERE key = '" OPS_MEETINGS_RETENTION_KEY "'",
                            _("read the retention setting"), error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gint64 value = sqlite3_column_int64 (stmt, 0);

      *years = (guint) CLAMP (value, OPS_MEETING_MIN_RETENTION_YEARS,
                              OPS_MEETING_MAX_RETENTION_YEARS);
      rc = SQLITE_DONE;
    }
  return finish_stmt (db, stmt, rc, _("read the retention setting"), error);
}

/* Meetings ----------------------------------------------------------------- */

#define MEETING_SELECT \
  "SELECT m.id, m.series_id, m.topic, m.goal, m.host_id, h.name, m.note_taker_id, n.name," \
  " m.department_id, d.name, m.starts_at, m.ends_at, m.place_kind, m.place," \
  " m.software_tested, m.materials_sent_at, m.materials_sent_to, m.minutes_state," \
  " m.minutes_text, m.minutes_submitted_at, m.minutes_approved_at," \
  " m.minutes_distributed_at, m.minutes_distributed_to, m.minutes_return_comment," \
  " m.archived_at, m.archive_name," \
  " (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id)," \
  " (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.attendance = 'present')," \
  " (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.attendance = 'late')," \
  " (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.attendance = 'absent')," \
  " (SELECT count(*) FROM action_items i WHERE i.meeting_id = m.id" \
  "    AND i.status IN ('open', 'in-progress'))," \
  " (SELECT count(*) FROM action_items i WHERE i.meeting_id = m.id" \
  "    AND i.status IN ('open', 'in-progress') AND i.due_date < ?9)"

#define MEETING_FROM \
  " FROM meetings m JOIN people h ON h.id = m.host_id JOIN people n ON n.id = m.note_taker_id" \
  " LEFT JOIN departments d ON d.id = m.department_id"

/* The WHERE clause for @filter and @query: fixed fragments for the active
 * filters only, so that SQLite can use the indexes (an "?N = 0 OR …" term
 * cannot); every value stays a bound parameter (numbers as bound by
 * bind_meeting_query()). */
static void
append_meeting_where (GString                *sql,
                      const OpsMeetingFilter *filter,
                      const OpsMeetingQuery  *query,
                      gboolean                searching)
{
  g_string_append (sql, " WHERE 1");
  if (searching)
    g_string_append (sql, " AND (m.topic LIKE ?1 ESCAPE '\\' OR m.goal LIKE ?1 ESCAPE '\\'"
                          " OR m.place LIKE ?1 ESCAPE '\\' OR h.name LIKE ?1 ESCAPE '\\'"
                          " OR n.name LIKE ?1 ESCAPE '\\' OR m.archive_name LIKE ?1 ESCAPE '\\')");
  if (filter != NULL && filter->host_id != 0)
    g_string_append (sql, " AND m.host_id = ?2");
  if (filter != NULL && filter->department_id != 0)
    g_string_append (sql, " AND m.id IN (SELECT id FROM meetings WHERE department_id = ?3"
                          " UNION SELECT a.meeting_id FROM meeting_attendees a"
                          " JOIN people p ON p.id = a.person_id WHERE p.department_id = ?3)");
  if (filter != NULL && filter->scope == OPS_MEETING_SCOPE_UPCOMING)
    g_string_append (sql, " AND m.ends_at > ?8");
  else if (filter != NULL && filter->scope == OPS_MEETING_SCOPE_PAST)
    g_string_append (sql, " AND m.ends_at <= ?8");
  switch (filter != NULL ? filter->state : OPS_MEETING_STATE_ANY)
    {
    case OPS_MEETING_STATE_PLANNED:
      g_string_append (sql, " AND m.starts_at > ?8");
      break;
    case OPS_MEETING_STATE_MINUTES_PENDING:
      g_string_append (sql, " AND m.starts_at <= ?8 AND m.minutes_state IN ('none', 'draft', 'submitted')");
      break;
    case OPS_MEETING_STATE_DONE:
      g_string_append (sql, " AND m.minutes_state IN ('approved', 'distributed') AND m.archived_at IS NULL");
      break;
    case OPS_MEETING_STATE_ARCHIVED:
      g_string_append (sql, " AND m.archived_at IS NOT NULL");
      break;
    case OPS_MEETING_STATE_ANY:
    default:
      break;
    }
  if (filter != NULL && filter->series_id != 0)
    g_string_append (sql, " AND m.series_id = ?6");
  if (filter != NULL && filter->person_id != 0)
    g_string_append (sql, " AND m.id IN (SELECT id FROM meetings WHERE host_id = ?7"
                          " UNION SELECT id FROM meetings WHERE note_taker_id = ?7"
                          " UNION SELECT meeting_id FROM meeting_attendees WHERE person_id = ?7)");
  if (query->id != 0)
    g_string_append (sql, " AND m.id = ?10");
  if (query->starts_from != 0)
    g_string_append (sql, " AND m.starts_at >= ?11");
  if (query->starts_before != 0)
    g_string_append (sql, " AND m.starts_at < ?12");
}

/* The page: the ids are chosen (filtered, sorted, limited) first, so that
 * the counts and names are computed for the rows shown only. */
static char *
meeting_list_sql (const OpsMeetingFilter *filter,
                  const OpsMeetingQuery  *query,
                  gboolean                searching)
{
  const char *order = query->ascending ? " ORDER BY m.starts_at, m.id" : " ORDER BY m.starts_at DESC, m.id DESC";
  GString *sql = g_string_new (MEETING_SELECT MEETING_FROM " WHERE m.id IN (SELECT m.id" MEETING_FROM);

  append_meeting_where (sql, filter, query, searching);
  g_string_append (sql, order);
  g_string_append (sql, " LIMIT ?14 OFFSET ?15)");
  g_string_append (sql, order);
  return g_string_free (sql, FALSE);
}

static char *
meeting_count_sql (const OpsMeetingFilter *filter,
                   const OpsMeetingQuery  *query,
                   gboolean                searching)
{
  GString *sql = g_string_new ("SELECT count(*)" MEETING_FROM);

  append_meeting_where (sql, filter, query, searching);
  return g_string_free (sql, FALSE);
}

static void
bind_meeting_query (sqlite3_stmt           *stmt,
                    const OpsMeetingFilter *filter,
                    const OpsMeetingQuery  *query,
                    OpsRange                range)
{
  g_autofree char *pattern = ops_store_like_pattern (filter != NULL ? filter->search : NULL);

  ops_store_bind_text (stmt, 1, pattern);
  sqlite3_bind_int64 (stmt, 2, filter != NULL ? filter->host_id : 0);
  sqlite3_bind_int64 (stmt, 3, filter != NULL ? filter->department_id : 0);
  sqlite3_bind_int (stmt, 4, filter != NULL ? (int) filter->scope : OPS_MEETING_SCOPE_ALL);
  sqlite3_bind_int (stmt, 5, filter != NULL ? (int) filter->state : OPS_MEETING_STATE_ANY);
  sqlite3_bind_int64 (stmt, 6, filter != NULL ? filter->series_id : 0);
  sqlite3_bind_int64 (stmt, 7, filter != NULL ? filter->person_id : 0);
  sqlite3_bind_int64 (stmt, 8, query->now);
  ops_store_bind_text (stmt, 9, query->today);
  sqlite3_bind_int64 (stmt, 10, query->id);
  sqlite3_bind_int64 (stmt, 11, query->starts_from);
  sqlite3_bind_int64 (stmt, 12, query->starts_before);
  sqlite3_bind_int (stmt, 13, query->ascending ? 1 : 0);
  sqlite3_bind_int64 (stmt, 14, ops_store_range_limit (range));
  sqlite3_bind_int64 (stmt, 15, range.offset);
}

static OpsMeeting *
meeting_from_row (sqlite3_stmt          *stmt,
                  const OpsMeetingQuery *query)
{
  OpsMeeting *m = ops_meeting_new ();
  g_autofree char *retention = NULL;
  guint overdue;

  ops_meeting_set_id (m, sqlite3_column_int64 (stmt, 0));
  ops_meeting_set_series_id (m, sqlite3_column_int64 (stmt, 1));
  ops_meeting_set_topic (m, ops_store_column_text (stmt, 2));
  ops_meeting_set_goal (m, ops_store_column_text (stmt, 3));
  ops_meeting_set_host_id (m, sqlite3_column_int64 (stmt, 4));
  ops_meeting_set_host_name (m, ops_store_column_text (stmt, 5));
  ops_meeting_set_note_taker_id (m, sqlite3_column_int64 (stmt, 6));
  ops_meeting_set_note_taker_name (m, ops_store_column_text (stmt, 7));
  ops_meeting_set_department_id (m, sqlite3_column_int64 (stmt, 8));
  ops_meeting_set_department_name (m, ops_store_column_text_or_null (stmt, 9));
  ops_meeting_set_starts_at (m, sqlite3_column_int64 (stmt, 10));
  ops_meeting_set_ends_at (m, sqlite3_column_int64 (stmt, 11));
  ops_meeting_set_place_kind (m, ops_place_kind_from_id (ops_store_column_text (stmt, 12), NULL));
  ops_meeting_set_place (m, ops_store_column_text (stmt, 13));
  ops_meeting_set_software_tested (m, sqlite3_column_int (stmt, 14) != 0);
  ops_meeting_set_materials_sent_at (m, sqlite3_column_int64 (stmt, 15));
  ops_meeting_set_materials_sent_to (m, ops_store_column_text (stmt, 16));
  ops_meeting_set_minutes_state (m, ops_minutes_state_from_id (ops_store_column_text (stmt, 17), NULL));
  ops_meeting_set_minutes_text (m, ops_store_column_text (stmt, 18));
  ops_meeting_set_minutes_submitted_at (m, sqlite3_column_int64 (stmt, 19));
  ops_meeting_set_minutes_approved_at (m, sqlite3_column_int64 (stmt, 20));
  ops_meeting_set_minutes_distributed_at (m, sqlite3_column_int64 (stmt, 21));
  ops_meeting_set_minutes_distributed_to (m, ops_store_column_text (stmt, 22));
  ops_meeting_set_minutes_return_comment (m, ops_store_column_text (stmt, 23));
  ops_meeting_set_archived_at (m, sqlite3_column_int64 (stmt, 24));
  ops_meeting_set_stored_archive_name (m, ops_store_column_text_or_null (stmt, 25));
  ops_meeting_set_attendee_count (m, (guint) sqlite3_column_int64 (stmt, 26));
  ops_meeting_set_present_count (m, (guint) sqlite3_column_int64 (stmt, 27));
  ops_meeting_set_late_count (m, (guint) sqlite3_column_int64 (stmt, 28));
  ops_meeting_set_absent_count (m, (guint) sqlite3_column_int64 (stmt, 29));
  ops_meeting_set_open_actions (m, (guint) sqlite3_column_int64 (stmt, 30));
  overdue = (guint) sqlite3_column_int64 (stmt, 31);
  ops_meeting_set_overdue_actions (m, overdue);

  retention = ops_meeting_retention_until (ops_meeting_get_starts_at (m), query->retention_years);
  ops_meeting_set_retention_until (m, retention);
  ops_meeting_set_flags (m, ops_meeting_compute_flags (ops_meeting_get_starts_at (m),
                                                       ops_meeting_get_ends_at (m),
                                                       ops_meeting_get_materials_sent_at (m),
                                                       ops_meeting_get_minutes_state (m),
                                                       ops_meeting_get_minutes_submitted_at (m),
                                                       overdue, query->now));
  return m;
}

gboolean
ops_meetings_query (sqlite3                *db,
                    const OpsMeetingFilter *filter,
                    const OpsMeetingQuery  *query,
                    OpsRange                range,
                    GPtrArray              *out,
                    guint                  *total,
                    GError                **error)
{
  const char *what = _("read the meetings");
  g_autofree char *pattern = ops_store_like_pattern (filter != NULL ? filter->search : NULL);
  g_autofree char *list_sql = meeting_list_sql (filter, query, pattern != NULL);
  sqlite3_stmt *stmt;
  int rc;

  if (total != NULL)
    {
      g_autofree char *count_sql = meeting_count_sql (filter, query, pattern != NULL);

      stmt = ops_store_prepare (db, count_sql, what, error);
      if (stmt == NULL)
        return FALSE;
      bind_meeting_query (stmt, filter, query, range);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *total = (guint) sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_DONE;
        }
      if (!finish_stmt (db, stmt, rc, what, error))
        return FALSE;
    }

  stmt = ops_store_prepare (db, list_sql, what, error);
  if (stmt == NULL)
    return FALSE;
  bind_meeting_query (stmt, filter, query, range);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, meeting_from_row (stmt, query));
  return finish_stmt (db, stmt, rc, what, error);
}

/* Children ----------------------------------------------------------------- */

static gboolean
read_attendees (sqlite3     *db,
                OpsMeeting  *meeting,
                GError     **error)
{
  const char *what = _("read the attendees");
  g_autoptr(GListStore) list = g_list_store_new (OPS_TYPE_ATTENDEE);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare (db,
                            "SELECT a.id, a.person_id, coalesce(p.name, a.guest_name), d.name,"
                            " a.attendance, a.checked_in_at"
                            " FROM meeting_attendees a LEFT JOIN people p ON p.id = a.person_id"
                            " LEFT JOIN departments d ON d.id = p.department_id"
                            " WHERE a.meeting_id = ?1 ORDER BY a.id",
                            what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsAttendee) a = ops_attendee_new ();

      ops_attendee_set_id (a, sqlite3_column_int64 (stmt, 0));
      ops_attendee_set_person_id (a, sqlite3_column_int64 (stmt, 1));
      ops_attendee_set_name (a, ops_store_column_text (stmt, 2));
      ops_attendee_set_department_name (a, ops_store_column_text_or_null (stmt, 3));
      ops_attendee_set_attendance (a, ops_attendance_from_id (ops_store_column_text (stmt, 4), NULL));
      ops_attendee_set_checked_in_at (a, sqlite3_column_int64 (stmt, 5));
      g_list_store_append (list, a);
    }
  if (!finish_stmt (db, stmt, rc, what, error))
    return FALSE;
  ops_meeting_set_attendees (meeting, G_LIST_MODEL (list));
  return TRUE;
}

static gboolean
read_agenda (sqlite3     *db,
             OpsMeeting  *meeting,
             GError     **error)
{
  const char *what = _("read the agenda");
  g_autoptr(GListStore) list = g_list_store_new (OPS_TYPE_AGENDA_ITEM);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare (db,
                            "SELECT g.id, g.position, g.title, g.presenter_id, p.name, g.minutes"
                            " FROM meeting_agenda g LEFT JOIN people p ON p.id = g.presenter_id"
                            " WHERE g.meeting_id = ?1 ORDER BY g.position",
                            what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsAgendaItem) item = ops_agenda_item_new ();

      ops_agenda_item_set_id (item, sqlite3_column_int64 (stmt, 0));
      ops_agenda_item_set_position (item, (guint) sqlite3_column_int64 (stmt, 1));
      ops_agenda_item_set_title (item, ops_store_column_text (stmt, 2));
      ops_agenda_item_set_presenter_id (item, sqlite3_column_int64 (stmt, 3));
      ops_agenda_item_set_presenter_name (item, ops_store_column_text_or_null (stmt, 4));
      ops_agenda_item_set_minutes (item, (guint) sqlite3_column_int64 (stmt, 5));
      g_list_store_append (list, item);
    }
  if (!finish_stmt (db, stmt, rc, what, error))
    return FALSE;
  ops_meeting_set_agenda (meeting, G_LIST_MODEL (list));
  return TRUE;
}

/* A material from a row of OPS_MEETINGS_MATERIAL_COLUMNS. (transfer full) */
OpsMaterial *
ops_meetings_material_from_row (sqlite3_stmt *stmt)
{
  OpsMaterial *material = ops_material_new ();

  ops_material_set_id (material, sqlite3_column_int64 (stmt, 0));
  ops_material_set_meeting_id (material, sqlite3_column_int64 (stmt, 1));
  ops_material_set_title (material, ops_store_column_text (stmt, 2));
  ops_material_set_file_name (material, ops_store_column_text_or_null (stmt, 3));
  ops_material_set_original_name (material, ops_store_column_text (stmt, 4));
  ops_material_set_uri (material, ops_store_column_text_or_null (stmt, 5));
  ops_material_set_added_at (material, sqlite3_column_int64 (stmt, 6));
  return material;
}

/* A resolution from a row of OPS_MEETINGS_RESOLUTION_SELECT. (transfer full) */
OpsResolution *
ops_meetings_resolution_from_row (sqlite3_stmt *stmt)
{
  OpsResolution *r = ops_resolution_new ();

  ops_resolution_set_id (r, sqlite3_column_int64 (stmt, 0));
  ops_resolution_set_meeting_id (r, sqlite3_column_int64 (stmt, 1));
  ops_resolution_set_position (r, (guint) sqlite3_column_int64 (stmt, 2));
  ops_resolution_set_conclusion (r, ops_store_column_text (stmt, 3));
  ops_resolution_set_owner_id (r, sqlite3_column_int64 (stmt, 4));
  ops_resolution_set_owner_name (r, ops_store_column_text_or_null (stmt, 5));
  ops_resolution_set_due_date (r, ops_store_column_text_or_null (stmt, 6));
  ops_resolution_set_finalised (r, sqlite3_column_int (stmt, 7) != 0);
  ops_resolution_set_action_item_id (r, sqlite3_column_int64 (stmt, 8));
  return r;
}

static gboolean
read_materials (sqlite3     *db,
                OpsMeeting  *meeting,
                GError     **error)
{
  const char *what = _("read the materials");
  g_autoptr(GListStore) list = g_list_store_new (OPS_TYPE_MATERIAL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare (db,
                            "SELECT " OPS_MEETINGS_MATERIAL_COLUMNS
                            " FROM meeting_materials WHERE meeting_id = ?1 ORDER BY id",
                            what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsMaterial) material = ops_meetings_material_from_row (stmt);

      g_list_store_append (list, material);
    }
  if (!finish_stmt (db, stmt, rc, what, error))
    return FALSE;
  ops_meeting_set_materials (meeting, G_LIST_MODEL (list));
  return TRUE;
}

static gboolean
read_resources (sqlite3     *db,
                OpsMeeting  *meeting,
                GError     **error)
{
  const char *what = _("read the resources");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) resources = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare (db,
                            "SELECT resource FROM meeting_resources WHERE meeting_id = ?1 ORDER BY position",
                            what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, ops_store_column_text (stmt, 0));
  if (!finish_stmt (db, stmt, rc, what, error))
    return FALSE;
  resources = g_strv_builder_end (builder);
  ops_meeting_set_resources (meeting, (const char * const *) resources);
  return TRUE;
}

static gboolean
read_resolutions (sqlite3     *db,
                  OpsMeeting  *meeting,
                  GError     **error)
{
  const char *what = _("read the resolutions");
  g_autoptr(GListStore) list = g_list_store_new (OPS_TYPE_RESOLUTION);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare (db,
                            OPS_MEETINGS_RESOLUTION_SELECT
                            " WHERE r.meeting_id = ?1 ORDER BY r.position, r.id",
                            what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsResolution) r = ops_meetings_resolution_from_row (stmt);

      g_list_store_append (list, r);
    }
  if (!finish_stmt (db, stmt, rc, what, error))
    return FALSE;
  ops_meeting_set_resolutions (meeting, G_LIST_MODEL (list));
  return TRUE;
}

gboolean
ops_meetings_read_children (sqlite3     *db,
                            OpsMeeting  *meeting,
                            const char  *today,
                            GError     **error)
{
  OpsActionItemFilter filter = { NULL, 0, ops_meeting_get_id (meeting), OPS_ACTION_FILTER_ANY, NULL, NULL };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) model = NULL;

  if (!read_attendees (db, meeting, error) ||
      !read_agenda (db, meeting, error) ||
      !read_materials (db, meeting, error) ||
      !read_resources (db, meeting, error) ||
      !read_resolutions (db, meeting, error))
    return FALSE;

  if (!ops_actions_query (db, &filter, 0, today, OPS_RANGE_ALL, items, NULL, error))
    return FALSE;
  model = ops_store_list_model (items, OPS_TYPE_ACTION_ITEM);
  ops_meeting_set_action_items (meeting, model);
  return TRUE;
}

OpsMeeting *
ops_meetings_read_meeting (sqlite3  *db,
                           gint64    id,
                           GError  **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = ops_store_now ();
  g_autofree char *today = ops_meetings_today (now);
  OpsMeetingFilter filter = { NULL, 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, 0, 0 };
  OpsMeetingQuery query = { now, today, 1, id, 0, 0, FALSE };
  OpsMeeting *meeting;

  if (!ops_meetings_read_retention_years (db, &query.retention_years, error))
    return NULL;
  if (!ops_meetings_query (db, &filter, &query, OPS_RANGE_ALL, out, NULL, error))
    return NULL;
  if (out->len == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This meeting no longer exists: someone may have deleted it meanwhile. Reload the list."));
      return NULL;
    }

  meeting = g_object_ref (g_ptr_array_index (out, 0));
  if (!ops_meetings_read_children (db, meeting, today, error))
    {
      g_object_unref (meeting);
      return NULL;
    }
  return meeting;
}

OpsMeetingSeries *
ops_meetings_read_series (sqlite3  *db,
                          gint64    id,
                          GError  **error)
{
  const char *what = _("read the meeting series");
  OpsMeetingSeries *series = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare (db, "SELECT id, freq, interval, count, until FROM meeting_series WHERE id = ?1",
                            what, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      series = g_new0 (OpsMeetingSeries, 1);
      series->id = sqlite3_column_int64 (stmt, 0);
      series->freq = ops_recur_freq_from_id (ops_store_column_text (stmt, 1), NULL);
      series->interval = (guint) sqlite3_column_int64 (stmt, 2);
      series->count = (guint) sqlite3_column_int64 (stmt, 3);
      series->until = g_strdup (ops_store_column_text_or_null (stmt, 4));
      sqlite3_finalize (stmt);
      return series;
    }
  if (rc == SQLITE_DONE)
    {
      sqlite3_finalize (stmt);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This meeting series no longer exists. Reload the list."));
      return NULL;
    }
  finish_stmt (db, stmt, rc, what, error);
  return NULL;
}

void
ops_meeting_series_free (OpsMeetingSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->until);
  g_free (series);
}

/* Action items ------------------------------------------------------------- */

#define ACTION_SELECT \
  "SELECT i.id, coalesce(i.meeting_id, 0), coalesce(m.topic, i.meeting_topic)," \
  " coalesce(m.starts_at, i.meeting_starts_at), coalesce(i.resolution_id, 0)," \
  " i.owner_id, p.name, i.content, i.due_date, i.original_due_date, i.status, i.updated," \
  " (SELECT count(*) FROM action_item_revisions v WHERE v.action_item_id = i.id)," \
  " (SELECT v.reason FROM action_item_revisions v WHERE v.action_item_id = i.id" \
  "    AND v.reason != '' ORDER BY v.at DESC, v.id DESC LIMIT 1)"
#define ACTION_FROM \
  " FROM action_items i JOIN people p ON p.id = i.owner_id" \
  " LEFT JOIN meetings m ON m.id = i.meeting_id"

/* Fixed fragments for the active filters only (see append_meeting_where()). */
static char *
action_sql (const OpsActionItemFilter *filter,
            gint64                     id,
            gboolean                   searching,
            gboolean                   count_only)
{
  GString *sql = g_string_new (count_only ? "SELECT count(*)" ACTION_FROM : ACTION_SELECT ACTION_FROM);

  g_string_append (sql, " WHERE 1");
  if (searching)
    g_string_append (sql, " AND (i.content LIKE ?1 ESCAPE '\\'"
                          " OR coalesce(m.topic, i.meeting_topic) LIKE ?1 ESCAPE '\\'"
                          " OR p.name LIKE ?1 ESCAPE '\\')");
  if (filter != NULL && filter->owner_id != 0)
    g_string_append (sql, " AND i.owner_id = ?2");
  if (filter != NULL && filter->meeting_id != 0)
    g_string_append (sql, " AND i.meeting_id = ?3");
  switch (filter != NULL ? filter->status : OPS_ACTION_FILTER_ANY)
    {
    case OPS_ACTION_FILTER_OPEN:
      g_string_append (sql, " AND i.status IN ('open', 'in-progress')");
      break;
    case OPS_ACTION_FILTER_OVERDUE:
      g_string_append (sql, " AND i.status IN ('open', 'in-progress') AND i.due_date < ?7");
      break;
    case OPS_ACTION_FILTER_DONE:
      g_string_append (sql, " AND i.status IN ('done', 'cancelled')");
      break;
    case OPS_ACTION_FILTER_ANY:
    default:
      break;
    }
  if (filter != NULL && filter->due_from != NULL && *filter->due_from != '\0')
    g_string_append (sql, " AND i.due_date >= ?5");
  if (filter != NULL && filter->due_to != NULL && *filter->due_to != '\0')
    g_string_append (sql, " AND i.due_date <= ?6");
  if (id != 0)
    g_string_append (sql, " AND i.id = ?8");
  if (!count_only)
    g_string_append (sql, " ORDER BY i.due_date, coalesce(m.starts_at, i.meeting_starts_at), i.id"
                          " LIMIT ?9 OFFSET ?10");
  return g_string_free (sql, FALSE);
}

static void
bind_action_query (sqlite3_stmt              *stmt,
                   const OpsActionItemFilter *filter,
                   gint64                     id,
                   const char                *today,
                   OpsRange                   range)
{
  g_autofree char *pattern = ops_store_like_pattern (filter != NULL ? filter->search : NULL);

  ops_store_bind_text (stmt, 1, pattern);
  sqlite3_bind_int64 (stmt, 2, filter != NULL ? filter->owner_id : 0);
  sqlite3_bind_int64 (stmt, 3, filter != NULL ? filter->meeting_id : 0);
  sqlite3_bind_int (stmt, 4, filter != NULL ? (int) filter->status : OPS_ACTION_FILTER_ANY);
  ops_store_bind_text (stmt, 5, filter != NULL && filter->due_from != NULL && *filter->due_from != '\0'
                                ? filter->due_from : NULL);
  ops_store_bind_text (stmt, 6, filter != NULL && filter->due_to != NULL && *filter->due_to != '\0'
                                ? filter->due_to : NULL);
  ops_store_bind_text (stmt, 7, today);
  sqlite3_bind_int64 (stmt, 8, id);
  sqlite3_bind_int64 (stmt, 9, ops_store_range_limit (range));
  sqlite3_bind_int64 (stmt, 10, range.offset);
}

static OpsActionItem *
action_from_row (sqlite3_stmt *stmt,
                 const char   *today)
{
  OpsActionItem *item = ops_action_item_new ();
  OpsActionStatus status = ops_action_status_from_id (ops_store_column_text (stmt, 10), NULL);

  ops_action_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  ops_action_item_set_meeting_id (item, sqlite3_column_int64 (stmt, 1));
  ops_action_item_set_meeting_topic (item, ops_store_column_text (stmt, 2));
  ops_action_item_set_meeting_starts_at (item, sqlite3_column_int64 (stmt, 3));
  ops_action_item_set_resolution_id (item, sqlite3_column_int64 (stmt, 4));
  ops_action_item_set_owner_id (item, sqlite3_column_int64 (stmt, 5));
  ops_action_item_set_owner_name (item, ops_store_column_text (stmt, 6));
  ops_action_item_set_content (item, ops_store_column_text (stmt, 7));
  ops_action_item_set_due_date (item, ops_store_column_text (stmt, 8));
  ops_action_item_set_original_due_date (item, ops_store_column_text (stmt, 9));
  ops_action_item_set_status (item, status);
  ops_action_item_set_updated_at (item, sqlite3_column_int64 (stmt, 11));
  ops_action_item_set_revision_count (item, (guint) sqlite3_column_int64 (stmt, 12));
  ops_action_item_set_last_reason (item, ops_store_column_text (stmt, 13));
  ops_action_item_set_overdue (item, ops_action_item_is_overdue (status,
                                                                 ops_store_column_text (stmt, 8),
                                                                 today));
  return item;
}

gboolean
ops_actions_query (sqlite3                   *db,
                   const OpsActionItemFilter *filter,
                   gint64                     id,
                   const char                *today,
                   OpsRange                   range,
                   GPtrArray                 *out,
                   guint                     *total,
                   GError                   **error)
{
  const char *what = _("read the action items");
  g_autofree char *pattern = ops_store_like_pattern (filter != NULL ? filter->search : NULL);
  g_autofree char *list_sql = action_sql (filter, id, pattern != NULL, FALSE);
  sqlite3_stmt *stmt;
  int rc;

  if (total != NULL)
    {
      g_autofree char *count_sql = action_sql (filter, id, pattern != NULL, TRUE);

      stmt = ops_store_prepare (db, count_sql, what, error);
      if (stmt == NULL)
        return FALSE;
      bind_action_query (stmt, filter, id, today, range);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *total = (guint) sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_DONE;
        }
      if (!finish_stmt (db, stmt, rc, what, error))
        return FALSE;
    }

  stmt = ops_store_prepare (db, list_sql, what, error);
  if (stmt == NULL)
    return FALSE;
  bind_action_query (stmt, filter, id, today, range);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, action_from_row (stmt, today));
  return finish_stmt (db, stmt, rc, what, error);
}

/* The reader's API (ops-store-reader.h) ---------------------------------- */

gboolean
ops_store_reader_foreach_meeting (OpsStoreReader  *self,
                                  const char      *from_date,
                                  const char      *to_date,
                                  OpsMeetingFunc   func,
                                  gpointer         user_data,
                                  GCancellable    *cancellable,
                                  GError         **error)
{
  sqlite3 *db;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = ops_store_now ();
  g_autofree char *today = ops_meetings_today (now);
  OpsMeetingFilter filter = { NULL, 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, 0, 0 };
  OpsMeetingQuery query = { now, today, 1, 0, 0, 0, TRUE };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  db = ops_store_reader_get_db (self);

  if (from_date != NULL && !ops_meetings_local_midnight (from_date, &query.starts_from))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("The start date “%s” is not a date. Write it as YYYY-MM-DD, e.g. 2023-09-01."),
                   from_date);
      return FALSE;
    }
  if (to_date != NULL)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      gint64 midnight;

      if (!ops_meetings_local_midnight (to_date, &midnight))
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("The end date “%s” is not a date. Write it as YYYY-MM-DD, e.g. 2023-09-30."),
                       to_date);
          return FALSE;
        }
      /* The end date is inclusive: up to the next local midnight. */
      start = g_date_time_new_from_unix_local (midnight);
      end = g_date_time_add_days (start, 1);
      query.starts_before = g_date_time_to_unix (end);
    }

  if (!ops_meetings_read_retention_years (db, &query.retention_years, error))
    return FALSE;
  if (!ops_meetings_query (db, &filter, &query, OPS_RANGE_ALL, out, NULL, error))
    return FALSE;

  for (guint i = 0; i < out->len; i++)
    {
      OpsMeeting *meeting = g_ptr_array_index (out, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!ops_meetings_read_children (db, meeting, today, error))
        return FALSE;
      if (!func (meeting, user_data))
        return TRUE;
    }
  return TRUE;
}

OpsMeeting *
ops_store_reader_get_meeting (OpsStoreReader  *self,
                              gint64           id,
                              GError         **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ops_meetings_read_meeting (ops_store_reader_get_db (self), id, error);
}

GPtrArray *
ops_store_reader_get_series (OpsStoreReader    *self,
                             gint64             series_id,
                             OpsMeetingSeries **series,
                             GError           **error)
{
  sqlite3 *db;
  g_autoptr(OpsMeetingSeries) found = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = ops_store_now ();
  g_autofree char *today = ops_meetings_today (now);
  OpsMeetingFilter filter = { NULL, 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, series_id, 0 };
  OpsMeetingQuery query = { now, today, 1, 0, 0, 0, TRUE };

  g_return_val_if_fail (self != NULL, NULL);

  db = ops_store_reader_get_db (self);
  found = ops_meetings_read_series (db, series_id, error);
  if (found == NULL)
    return NULL;
  if (!ops_meetings_read_retention_years (db, &query.retention_years, error))
    return NULL;
  if (!ops_meetings_query (db, &filter, &query, OPS_RANGE_ALL, out, NULL, error))
    return NULL;
  for (guint i = 0; i < out->len; i++)
    if (!ops_meetings_read_children (db, g_ptr_array_index (out, i), today, error))
      return NULL;

  if (series != NULL)
    *series = g_steal_pointer (&found);
  return g_steal_pointer (&out);
}

gboolean
ops_store_reader_foreach_action_item (OpsStoreReader            *self,
                                      const OpsActionItemFilter *filter,
                                      OpsActionItemFunc          func,
                                      gpointer                   user_data,
                                      GCancellable              *cancellable,
                                      GError                   **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = ops_meetings_today (ops_store_now ());

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!ops_actions_query (ops_store_reader_get_db (self), filter, 0, today,
                          OPS_RANGE_ALL, out, NULL, error))
    return FALSE;

  for (guint i = 0; i < out->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!func (g_ptr_array_index (out, i), user_data))
        return TRUE;
    }
  return TRUE;
}

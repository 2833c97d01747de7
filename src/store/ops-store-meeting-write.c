/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-meeting-write.c: validating and writing the "before" part of a
 * meeting (its row, attendees, agenda, resources, material titles), shared
 * by saving a meeting, "this and following" and creating a series. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-meetings-private.h"

/* Longest planned meeting: a day. */
#define MAX_MEETING_SECONDS (24 * 60 * 60)
#define MAX_ATTENDEES 2000
#define MAX_AGENDA_ITEMS 100
#define MAX_RESOURCES 50

/* Validation of the "before" part ------------------------------------------ */

static gboolean
validate_place (OpsPlaceKind   kind,
                const char    *place,
                GError       **error)
{
  GError *validation_error = NULL;

  if (kind == OPS_PLACE_ONLINE)
    {
      const char *scheme;

      if (!ops_validate_text (_("Online link"), place, -1, TRUE, 2000, &validation_error))
        return ops_store_invalid (validation_error, error);
      scheme = g_uri_peek_scheme (place);
      if (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("Online link: “%s” is not a web link. Paste the meeting's link starting with https://."),
                       place);
          return FALSE;
        }
      return TRUE;
    }

  if (!ops_validate_text (_("Room"), place, -1, TRUE, OPS_MAX_SHORT_CHARS, &validation_error))
    return ops_store_invalid (validation_error, error);
  return TRUE;
}

/* Validates every field of @m except who may save it. */
gboolean
ops_meetings_validate (OpsStore    *self,
                  OpsMeeting  *m,
                  gboolean     check_new_people,
                  GError     **error)
{
  GError *validation_error = NULL;
  g_autofree char *topic = ops_strip_dup (ops_meeting_get_topic (m));
  g_autofree char *place = ops_strip_dup (ops_meeting_get_place (m));
  gint64 starts = ops_meeting_get_starts_at (m);
  gint64 ends = ops_meeting_get_ends_at (m);
  const char * const *resources = ops_meeting_get_resources (m);
  GListModel *attendees = ops_meeting_get_attendees (m);
  GListModel *agenda = ops_meeting_get_agenda (m);
  guint n;

  if (!ops_validate_text (_("Topic"), topic, -1, TRUE, OPS_MAX_SHORT_CHARS, &validation_error) ||
      !ops_validate_text (_("Goal"), ops_meeting_get_goal (m), -1, FALSE, OPS_MAX_LONG_CHARS, &validation_error))
    return ops_store_invalid (validation_error, error);

  if (ops_meeting_get_host_id (m) == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Host: choose who hosts the meeting."));
      return FALSE;
    }
  if (ops_meeting_get_note_taker_id (m) == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Note-taker: choose who takes the minutes."));
      return FALSE;
    }
  if (!ops_meetings_check_person (self, ops_meeting_get_host_id (m), TRUE, _("Host"), error) ||
      !ops_meetings_check_person (self, ops_meeting_get_note_taker_id (m), TRUE, _("Note-taker"), error))
    return FALSE;

  if (ops_meeting_get_department_id (m) != 0)
    {
      sqlite3_stmt *stmt = ops_store_stmt (self, "SELECT 1 FROM departments WHERE id = ?1", error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ops_meeting_get_department_id (m));
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("Department: the department chosen no longer exists. Choose another one."));
          return FALSE;
        }
    }

  if (starts <= 0 || ends <= 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Time: choose when the meeting starts and ends."));
      return FALSE;
    }
  if (ends <= starts)
    {
      g_autofree char *s = ops_meetings_format_local (starts);
      g_autofree char *e = ops_meetings_format_local (ends);

      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Time: the meeting ends (%s) before it starts (%s). Choose an end after the start."),
                   e, s);
      return FALSE;
    }
  if (ends - starts > MAX_MEETING_SECONDS)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Time: a meeting cannot last longer than a day. Split it into one meeting per day."));
      return FALSE;
    }

  if (!validate_place (ops_meeting_get_place_kind (m), place, error))
    return FALSE;

  for (guint i = 0; resources[i] != NULL; i++)
    if (!ops_validate_text (_("Resource"), resources[i], -1, TRUE, OPS_MAX_SHORT_CHARS, &validation_error))
      return ops_store_invalid (validation_error, error);
  if (g_strv_length ((char **) resources) > MAX_RESOURCES)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Resources: at most %d resources can be booked for one meeting."), MAX_RESOURCES);
      return FALSE;
    }

  n = g_list_model_get_n_items (attendees);
  if (n > MAX_ATTENDEES)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Attendees: at most %d people can attend one meeting."), MAX_ATTENDEES);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) a = g_list_model_get_item (attendees, i);

      if (ops_attendee_get_person_id (a) == 0)
        {
          g_autofree char *name = ops_strip_dup (ops_attendee_get_name (a));

          if (!ops_validate_text (_("Guest's name"), name, -1, TRUE, OPS_MAX_NAME_CHARS, &validation_error))
            return ops_store_invalid (validation_error, error);
        }
      else if (!ops_meetings_check_person (self, ops_attendee_get_person_id (a),
                              check_new_people && ops_attendee_get_id (a) == 0,
                              _("Attendees"), error))
        return FALSE;
    }

  n = g_list_model_get_n_items (agenda);
  if (n > MAX_AGENDA_ITEMS)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Agenda: at most %d items fit in one meeting."), MAX_AGENDA_ITEMS);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *title = ops_strip_dup (ops_agenda_item_get_title (item));
      guint minutes = ops_agenda_item_get_minutes (item);

      if (!ops_validate_text (_("Agenda item"), title, -1, TRUE, OPS_MAX_SHORT_CHARS, &validation_error))
        return ops_store_invalid (validation_error, error);
      if (minutes < 1 || minutes > 600)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("Agenda item “%s”: allot between 1 and 600 minutes."), title);
          return FALSE;
        }
      if (ops_agenda_item_get_presenter_id (item) != 0 &&
          !ops_meetings_check_person (self, ops_agenda_item_get_presenter_id (item), FALSE, _("Presenter"), error))
        return FALSE;
    }

  n = g_list_model_get_n_items (ops_meeting_get_materials (m));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (ops_meeting_get_materials (m), i);
      g_autofree char *title = ops_strip_dup (ops_material_get_title (material));

      if (!ops_validate_text (_("Material's title"), title, -1, TRUE, OPS_MAX_SHORT_CHARS, &validation_error))
        return ops_store_invalid (validation_error, error);
    }

  return TRUE;
}

/* Writing a meeting ---------------------------------------------------------- */

/* Inserts (@id 0) or updates the meeting's own row with @starts/@ends.
 * Sets @out_id. */
gboolean
ops_meetings_write_row (OpsStore    *self,
                   sqlite3     *db,
                   OpsMeeting  *m,
                   gint64       id,
                   gint64       starts,
                   gint64       ends,
                   gint64       series_id,
                   gint64      *out_id,
                   GError     **error)
{
  g_autofree char *topic = ops_strip_dup (ops_meeting_get_topic (m));
  g_autofree char *goal = ops_meetings_strip_or_empty (ops_meeting_get_goal (m));
  g_autofree char *place = ops_strip_dup (ops_meeting_get_place (m));
  OpsPlaceKind kind = ops_meeting_get_place_kind (m);
  sqlite3_stmt *stmt;

  if (id == 0)
    stmt = ops_store_stmt (self,
                           "INSERT INTO meetings (topic, goal, host_id, note_taker_id, department_id,"
                           " starts_at, ends_at, place_kind, place, software_tested, series_id,"
                           " created, updated)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                           error);
  else
    stmt = ops_store_stmt (self,
                           "UPDATE meetings SET topic = ?1, goal = ?2, host_id = ?3, note_taker_id = ?4,"
                           " department_id = ?5, starts_at = ?6, ends_at = ?7, place_kind = ?8,"
                           " place = ?9, software_tested = ?10, series_id = ?11, updated = ?12"
                           " WHERE id = ?13",
                           error);
  if (stmt == NULL)
    return FALSE;

  ops_store_bind_text (stmt, 1, topic);
  ops_store_bind_text (stmt, 2, goal);
  sqlite3_bind_int64 (stmt, 3, ops_meeting_get_host_id (m));
  sqlite3_bind_int64 (stmt, 4, ops_meeting_get_note_taker_id (m));
  ops_meetings_bind_id (stmt, 5, ops_meeting_get_department_id (m));
  sqlite3_bind_int64 (stmt, 6, starts);
  sqlite3_bind_int64 (stmt, 7, ends);
  ops_store_bind_text (stmt, 8, ops_place_kind_to_id (kind));
  ops_store_bind_text (stmt, 9, place);
  sqlite3_bind_int (stmt, 10, kind == OPS_PLACE_ONLINE && ops_meeting_get_software_tested (m));
  ops_meetings_bind_id (stmt, 11, series_id);
  sqlite3_bind_int64 (stmt, 12, ops_store_now ());
  if (id != 0)
    sqlite3_bind_int64 (stmt, 13, id);

  if (!ops_store_step_done (db, stmt, _("save the meeting"), error))
    return FALSE;
  *out_id = id != 0 ? id : sqlite3_last_insert_rowid (db);
  return TRUE;
}

/* Makes the meeting's attendees those of @attendees. With @keep, an attendee
 * already there (same id, or same person) keeps its row and sign-in. */
gboolean
ops_meetings_write_attendees (OpsStore    *self,
                 sqlite3     *db,
                 gint64       meeting_id,
                 GListModel  *attendees,
                 gboolean     keep,
                 GError     **error)
{
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) persons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) existing = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *what = _("save the attendees");
  guint n = g_list_model_get_n_items (attendees);
  sqlite3_stmt *stmt;
  int rc;

  if (keep)
    {
      stmt = ops_store_stmt (self, "SELECT id FROM meeting_attendees WHERE meeting_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (existing, id);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          ops_store_set_sqlite_error (error, db, rc, what);
          return FALSE;
        }
    }
  else
    {
      stmt = ops_store_stmt (self, "DELETE FROM meeting_attendees WHERE meeting_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      if (!ops_store_step_done (db, stmt, what, error))
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) a = g_list_model_get_item (attendees, i);
      gint64 person_id = ops_attendee_get_person_id (a);
      gint64 row_id = 0;

      /* The same person twice is the same attendee. */
      if (person_id != 0)
        {
          if (g_hash_table_contains (persons, &person_id))
            continue;
          g_hash_table_add (persons, g_memdup2 (&person_id, sizeof person_id));
        }

      if (keep)
        {
          stmt = ops_store_stmt (self,
                                 "SELECT id FROM meeting_attendees WHERE meeting_id = ?1"
                                 " AND ((?2 != 0 AND id = ?2) OR (?3 != 0 AND person_id = ?3))"
                                 " ORDER BY id = ?2 DESC LIMIT 1",
                                 error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, meeting_id);
          sqlite3_bind_int64 (stmt, 2, ops_attendee_get_id (a));
          sqlite3_bind_int64 (stmt, 3, person_id);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            row_id = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
          if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            {
              ops_store_set_sqlite_error (error, db, rc, what);
              return FALSE;
            }
          if (row_id != 0 && g_hash_table_contains (kept, &row_id))
            row_id = 0;
        }

      if (row_id != 0)
        {
          g_autofree char *guest = person_id == 0 ? ops_strip_dup (ops_attendee_get_name (a)) : g_strdup ("");

          stmt = ops_store_stmt (self,
                                 "UPDATE meeting_attendees SET person_id = ?2, guest_name = ?3,"
                                 " attendance = CASE WHEN person_id IS ?2 THEN attendance ELSE 'unknown' END,"
                                 " checked_in_at = CASE WHEN person_id IS ?2 THEN checked_in_at ELSE NULL END"
                                 " WHERE id = ?1",
                                 error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, row_id);
          ops_meetings_bind_id (stmt, 2, person_id);
          ops_store_bind_text (stmt, 3, guest);
          if (!ops_store_step_done (db, stmt, what, error))
            return FALSE;
        }
      else
        {
          g_autofree char *guest = person_id == 0 ? ops_strip_dup (ops_attendee_get_name (a)) : g_strdup ("");

          stmt = ops_store_stmt (self,
                                 "INSERT INTO meeting_attendees (meeting_id, person_id, guest_name)"
                                 " VALUES (?1, ?2, ?3)",
                                 error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, meeting_id);
          ops_meetings_bind_id (stmt, 2, person_id);
          ops_store_bind_text (stmt, 3, guest);
          if (!ops_store_step_done (db, stmt, what, error))
            return FALSE;
          row_id = sqlite3_last_insert_rowid (db);
        }
      g_hash_table_add (kept, g_memdup2 (&row_id, sizeof row_id));
    }

  for (guint i = 0; i < existing->len; i++)
    {
      gint64 id = g_array_index (existing, gint64, i);

      if (g_hash_table_contains (kept, &id))
        continue;
      stmt = ops_store_stmt (self, "DELETE FROM meeting_attendees WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!ops_store_step_done (db, stmt, what, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
ops_meetings_write_agenda (OpsStore    *self,
              sqlite3     *db,
              gint64       meeting_id,
              GListModel  *agenda,
              GError     **error)
{
  const char *what = _("save the agenda");
  guint n = g_list_model_get_n_items (agenda);
  sqlite3_stmt *stmt;

  stmt = ops_store_stmt (self, "DELETE FROM meeting_agenda WHERE meeting_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!ops_store_step_done (db, stmt, what, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *title = ops_strip_dup (ops_agenda_item_get_title (item));

      stmt = ops_store_stmt (self,
                             "INSERT INTO meeting_agenda (meeting_id, position, title, presenter_id, minutes)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)",
                             error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      ops_store_bind_text (stmt, 3, title);
      ops_meetings_bind_id (stmt, 4, ops_agenda_item_get_presenter_id (item));
      sqlite3_bind_int (stmt, 5, (int) ops_agenda_item_get_minutes (item));
      if (!ops_store_step_done (db, stmt, what, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ops_meetings_write_resources (OpsStore            *self,
                 sqlite3             *db,
                 gint64               meeting_id,
                 const char * const  *resources,
                 GError             **error)
{
  const char *what = _("save the resources");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int position = 0;

  stmt = ops_store_stmt (self, "DELETE FROM meeting_resources WHERE meeting_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!ops_store_step_done (db, stmt, what, error))
    return FALSE;

  for (guint i = 0; resources != NULL && resources[i] != NULL; i++)
    {
      g_autofree char *resource = ops_strip_dup (resources[i]);

      if (g_hash_table_contains (seen, resource))
        continue;
      stmt = ops_store_stmt (self,
                             "INSERT INTO meeting_resources (meeting_id, position, resource)"
                             " VALUES (?1, ?2, ?3)",
                             error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_int (stmt, 2, position++);
      ops_store_bind_text (stmt, 3, resource);
      if (!ops_store_step_done (db, stmt, what, error))
        return FALSE;
      g_hash_table_add (seen, g_steal_pointer (&resource));
    }
  return TRUE;
}

/* Updates the titles of the materials listed in @m that belong to it. */
static gboolean
write_material_titles (OpsStore    *self,
                       sqlite3     *db,
                       gint64       meeting_id,
                       OpsMeeting  *m,
                       GError     **error)
{
  GListModel *materials = ops_meeting_get_materials (m);
  guint n = g_list_model_get_n_items (materials);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (materials, i);
      g_autofree char *title = ops_strip_dup (ops_material_get_title (material));
      sqlite3_stmt *stmt;

      if (ops_material_get_id (material) == 0)
        continue;
      stmt = ops_store_stmt (self,
                             "UPDATE meeting_materials SET title = ?3 WHERE id = ?1 AND meeting_id = ?2"
                             " AND title != ?3",
                             error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ops_material_get_id (material));
      sqlite3_bind_int64 (stmt, 2, meeting_id);
      ops_store_bind_text (stmt, 3, title);
      if (!ops_store_step_done (db, stmt, _("save the materials"), error))
        return FALSE;
    }
  return TRUE;
}

/* Writes the children of a new or updated meeting. */
gboolean
ops_meetings_write_children (OpsStore    *self,
                sqlite3     *db,
                gint64       meeting_id,
                OpsMeeting  *m,
                gboolean     keep_attendees,
                GError     **error)
{
  return ops_meetings_write_attendees (self, db, meeting_id, ops_meeting_get_attendees (m), keep_attendees, error) &&
         ops_meetings_write_agenda (self, db, meeting_id, ops_meeting_get_agenda (m), error) &&
         ops_meetings_write_resources (self, db, meeting_id, ops_meeting_get_resources (m), error) &&
         write_material_titles (self, db, meeting_id, m, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-meetings-common.c: helpers shared by the meetings files of the
 * store: who may act on a meeting, what the rules need to know about it,
 * retention checks, small binding and text helpers. */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/ops-calendar.h"
#include "core/ops-validate.h"
#include "store/ops-store-meetings-private.h"

/* Helpers ------------------------------------------------------------------ */

void
ops_meetings_bind_id (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id != 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

void
ops_meetings_bind_instant (sqlite3_stmt *stmt,
                      int           index,
                      gint64        instant)
{
  if (instant != 0)
    sqlite3_bind_int64 (stmt, index, instant);
  else
    sqlite3_bind_null (stmt, index);
}

char *
ops_meetings_strip_or_empty (const char *value)
{
  return value != NULL ? ops_strip_dup (value) : g_strdup ("");
}

/* "2023-09-01 14:00" in local time, for messages. */
char *
ops_meetings_format_local (gint64 instant)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (instant);

  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

gboolean
ops_meetings_not_found (GError **error)
{
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
               _("This meeting no longer exists: someone may have deleted it meanwhile. Reload the list."));
  return FALSE;
}


void
ops_meeting_info_clear (OpsMeetingInfo *info)
{
  g_clear_pointer (&info->topic, g_free);
  g_clear_pointer (&info->host_name, g_free);
  g_clear_pointer (&info->note_taker_name, g_free);
  g_clear_pointer (&info->minutes_text, g_free);
}


gboolean
ops_meetings_read_info (OpsStore     *self,
           gint64        id,
           OpsMeetingInfo  *info,
           GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self,
                         "SELECT m.id, coalesce(m.series_id, 0), m.host_id, m.note_taker_id,"
                         " m.starts_at, m.ends_at, coalesce(m.archived_at, 0),"
                         " coalesce(m.minutes_submitted_at, 0), m.minutes_state, m.topic,"
                         " h.name, n.name, m.minutes_text"
                         " FROM meetings m JOIN people h ON h.id = m.host_id"
                         " JOIN people n ON n.id = m.note_taker_id WHERE m.id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return ops_meetings_not_found (error);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the meeting"));
      return FALSE;
    }
  info->id = sqlite3_column_int64 (stmt, 0);
  info->series_id = sqlite3_column_int64 (stmt, 1);
  info->host_id = sqlite3_column_int64 (stmt, 2);
  info->note_taker_id = sqlite3_column_int64 (stmt, 3);
  info->starts_at = sqlite3_column_int64 (stmt, 4);
  info->ends_at = sqlite3_column_int64 (stmt, 5);
  info->archived_at = sqlite3_column_int64 (stmt, 6);
  info->submitted_at = sqlite3_column_int64 (stmt, 7);
  info->minutes_state = ops_minutes_state_from_id (ops_store_column_text (stmt, 8), NULL);
  info->topic = g_strdup (ops_store_column_text (stmt, 9));
  info->host_name = g_strdup (ops_store_column_text (stmt, 10));
  info->note_taker_name = g_strdup (ops_store_column_text (stmt, 11));
  info->minutes_text = g_strdup (ops_store_column_text (stmt, 12));
  sqlite3_reset (stmt);
  return TRUE;
}


/* Checks that the current user @user_id is active and one of @allowed for
 * the meeting @info; @action is the translated thing to do ("approve the
 * minutes"). */
gboolean
ops_meetings_require_actor (OpsStore           *self,
               gint64              user_id,
               const OpsMeetingInfo  *info,
               OpsMeetingActor               allowed,
               const char         *action,
               GError            **error)
{
  sqlite3_stmt *stmt;
  gboolean active, admin;
  int rc;

  if (user_id == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("Choose who you are first (menu → Switch User), then try again."));
      return FALSE;
    }

  stmt = ops_store_stmt (self,
                         "SELECT p.active, EXISTS (SELECT 1 FROM person_roles r"
                         " WHERE r.person_id = p.id AND r.role = 'administration')"
                         " FROM people p WHERE p.id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("The current user is no longer in the directory. Choose who you are (menu → Switch User), then try again."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("check who you are"));
      return FALSE;
    }
  active = sqlite3_column_int (stmt, 0) != 0;
  admin = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_reset (stmt);

  if (!active)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("You have been deactivated and can no longer act in Opsdesk. Switch to your own account (menu → Switch User)."));
      return FALSE;
    }

  if (((allowed & OPS_MEETING_ACTOR_HOST) && user_id == info->host_id) ||
      ((allowed & OPS_MEETING_ACTOR_NOTE_TAKER) && user_id == info->note_taker_id) ||
      ((allowed & OPS_MEETING_ACTOR_ADMIN) && admin))
    return TRUE;

  if (allowed == OPS_MEETING_ACTOR_HOST)
    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                 /* TRANSLATORS: "Only the host of “Q3 targets”, 王建国, can approve the minutes. …" */
                 _("Only the host of “%s”, %s, can %s. Ask %s to do it, or switch user (menu → Switch User) if you are %s."),
                 info->topic, info->host_name, action, info->host_name, info->host_name);
  else if (allowed & OPS_MEETING_ACTOR_ADMIN)
    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                 _("Only the host (%s), the note-taker (%s) or administration can %s for “%s”. Ask one of them, or switch user (menu → Switch User)."),
                 info->host_name, info->note_taker_name, action, info->topic);
  else
    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                 _("Only the host (%s) or the note-taker (%s) can %s for “%s”. Ask one of them, or switch user (menu → Switch User)."),
                 info->host_name, info->note_taker_name, action, info->topic);
  return FALSE;
}

/* Anyone active may call a meeting: checks that somebody active is chosen. */
gboolean
ops_meetings_require_current_user (OpsStore  *self,
                      gint64     user_id,
                      GError   **error)
{
  OpsMeetingInfo nobody = { 0 };

  /* With no allowed role, ops_meetings_require_actor() only passes the checks of who the
   * user is; it then refuses, which is the one error we do not want. */
  if (user_id == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("Choose who you are first (menu → Switch User), then try again."));
      return FALSE;
    }
  nobody.host_id = user_id;
  nobody.topic = (char *) "";
  nobody.host_name = (char *) "";
  nobody.note_taker_name = (char *) "";
  return ops_meetings_require_actor (self, user_id, &nobody, OPS_MEETING_ACTOR_HOST, "", error);
}

gboolean
ops_meetings_refuse_archived (const OpsMeetingInfo  *info,
                 GError            **error)
{
  if (info->archived_at == 0)
    return TRUE;
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
               _("“%s” is archived and can no longer change. Its records are kept as they were archived."),
               info->topic);
  return FALSE;
}

/* Checks that person @id exists (and is active when @must_be_active); @field
 * names the field for the message. */
gboolean
ops_meetings_check_person (OpsStore    *self,
              gint64       id,
              gboolean     must_be_active,
              const char  *field,
              GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self, "SELECT name, active FROM people WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("%s: the person chosen is no longer in the directory. Choose someone else."),
                   field);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("check the people chosen"));
      return FALSE;
    }
  if (must_be_active && sqlite3_column_int (stmt, 1) == 0)
    {
      g_autofree char *name = g_strdup (ops_store_column_text (stmt, 0));

      sqlite3_reset (stmt);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("%s: %s has been deactivated. Choose someone who is still active."),
                   field, name);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
ops_meetings_retention_years (OpsStore  *self,
                 guint     *years,
                 GError   **error)
{
  return ops_meetings_read_retention_years (self->db, years, error);
}

/* Retention ----------------------------------------------------------------------- */

/* Refuses with IN_USE when the records of @info must still be kept today. */
gboolean
ops_meetings_check_retention (OpsStore           *self,
                 const OpsMeetingInfo  *info,
                 gboolean            held,
                 gboolean            materials_only,
                 GError            **error)
{
  g_autofree char *until = NULL;
  g_autofree char *today = NULL;
  guint years;

  if (!held)
    return TRUE;
  if (!ops_meetings_retention_years (self, &years, error))
    return FALSE;
  until = ops_meeting_retention_until (info->starts_at, years);
  today = ops_meetings_today (ops_store_now ());
  if (g_strcmp0 (today, until) > 0)
    return TRUE;

  if (materials_only)
    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE,
                 _("“%s” has taken place: its materials are kept until %s. You can remove them after that date."),
                 info->topic, until);
  else
    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE,
                 _("“%s” has taken place: its minutes, materials and sign-in sheet are kept until %s. You can delete it after that date."),
                 info->topic, until);
  return FALSE;
}

/* TRUE when the meeting took place or has records that must be kept. */
gboolean
ops_meetings_is_held (OpsStore           *self,
                 const OpsMeetingInfo  *info,
                 gboolean           *held,
                 GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (info->starts_at <= ops_store_now () || info->minutes_state != OPS_MINUTES_NONE)
    {
      *held = TRUE;
      return TRUE;
    }
  stmt = ops_store_stmt (self,
                         "SELECT EXISTS (SELECT 1 FROM meeting_attendees WHERE meeting_id = ?1"
                         " AND attendance != 'unknown')"
                         " OR EXISTS (SELECT 1 FROM meeting_resolutions WHERE meeting_id = ?1"
                         " AND finalised = 1)",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("check the meeting's records"));
      return FALSE;
    }
  *held = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return TRUE;
}

void
ops_meetings_remove_stored_file (OpsStore   *self,
                    const char *file_name)
{
  g_autofree char *dir = ops_store_dup_files_dir (self);
  g_autofree char *path = NULL;

  if (file_name == NULL || *file_name == '\0')
    return;
  path = g_build_filename (dir, file_name, NULL);
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the material file %s: %s", path, g_strerror (errno));
}

/* Attendee names joined for the "sent to" records. */
char *
ops_meetings_attendee_names (OpsStore  *self,
                gint64     meeting_id,
                GError   **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self,
                         "SELECT coalesce(p.name, a.guest_name) FROM meeting_attendees a"
                         " LEFT JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?1 ORDER BY a.id",
                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (names->len > 0)
        /* TRANSLATORS: separates people's names in a list */
        g_string_append (names, _(", "));
      g_string_append (names, ops_store_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the attendees"));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}


void
ops_meetings_id_text_free (gpointer data)
{
  OpsMeetingsIdText *d = data;

  g_free (d->text);
  g_free (d);
}

OpsMeetingsIdText *
ops_meetings_id_text_new (gint64      id,
                  const char *text)
{
  OpsMeetingsIdText *d = g_new0 (OpsMeetingsIdText, 1);

  d->id = id;
  d->text = g_strdup (text);
  return d;
}

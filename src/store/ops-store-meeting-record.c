/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-meeting-record.c: what happens at and after a meeting, in the
 * store: the sign-in sheet with the grace period, resolutions and the
 * action items they become, minutes (draft → submitted → approved by the
 * host only → distributed) and the archive. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-calendar.h"
#include "core/ops-validate.h"
#include "store/ops-store-meetings-private.h"

/* How far around the meeting a check-in may be. */
#define CHECK_IN_SLACK_SECONDS (24 * 60 * 60)

/* Sign-in ------------------------------------------------------------------- */

static gboolean
set_attendance_op (OpsStore    *self,
                   sqlite3     *db,
                   OpsStoreOp  *op,
                   GError     **error)
{
  OpsMeetingsIdText *data = op->data;
  g_auto(OpsMeetingInfo) info = { 0 };
  OpsAttendance attendance = (OpsAttendance) data->value;
  gint64 meeting_id, checked_in = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self, "SELECT meeting_id FROM meeting_attendees WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This attendee is no longer on the meeting's list. Reload the meeting."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("sign the attendee in"));
      return FALSE;
    }
  meeting_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (!ops_meetings_read_info (self, meeting_id, &info, error) ||
      !ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                      _("keep the sign-in sheet"), error) ||
      !ops_meetings_refuse_archived (&info, error))
    return FALSE;

  switch (attendance)
    {
    case OPS_ATTENDANCE_PRESENT:
    case OPS_ATTENDANCE_LATE:
      checked_in = data->instant != 0 ? data->instant : ops_store_now ();
      if (checked_in < info.starts_at - CHECK_IN_SLACK_SECONDS ||
          checked_in > info.ends_at + CHECK_IN_SLACK_SECONDS)
        {
          g_autofree char *when = ops_meetings_format_local (checked_in);
          g_autofree char *starts = ops_meetings_format_local (info.starts_at);

          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("The check-in time %s is too far from the meeting, which starts at %s. Sign attendees in on the day of the meeting."),
                       when, starts);
          return FALSE;
        }
      attendance = ops_meeting_attendance_for_check_in (info.starts_at, checked_in);
      break;
    case OPS_ATTENDANCE_ABSENT:
    case OPS_ATTENDANCE_UNKNOWN:
      break;
    default:
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Choose present, late or absent."));
      return FALSE;
    }

  stmt = ops_store_stmt (self,
                         "UPDATE meeting_attendees SET attendance = ?2, checked_in_at = ?3 WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  ops_store_bind_text (stmt, 2, ops_attendance_to_id (attendance));
  ops_meetings_bind_instant (stmt, 3, checked_in);
  if (!ops_store_step_done (db, stmt, _("sign the attendee in"), error))
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_set_attendance_async (OpsStore            *self,
                                gint64               attendee_id,
                                OpsAttendance        attendance,
                                gint64               checked_in_at,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  OpsMeetingsIdText *data;

  g_return_if_fail (OPS_IS_STORE (self));

  data = ops_meetings_id_text_new (attendee_id, NULL);
  data->value = attendance;
  data->instant = checked_in_at;
  ops_store_queue (self, set_attendance_op, OPS_TXN_WRITE, data, ops_meetings_id_text_free,
                   cancellable, ops_store_set_attendance_async, callback, user_data);
}

gboolean
ops_store_set_attendance_finish (OpsStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_set_attendance_async, NULL, error) != NULL;
}

/* Resolutions ----------------------------------------------------------------- */

static OpsResolution *
read_resolution (OpsStore  *self,
                 gint64     id,
                 GError   **error)
{
  sqlite3_stmt *stmt;
  OpsResolution *r;
  int rc;

  stmt = ops_store_stmt (self, OPS_MEETINGS_RESOLUTION_SELECT " WHERE r.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This resolution no longer exists: someone may have removed it meanwhile. Reload the meeting."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the resolution"));
      return NULL;
    }
  r = ops_meetings_resolution_from_row (stmt);
  sqlite3_reset (stmt);
  return r;
}

static gboolean
refuse_finalised (OpsResolution  *r,
                  GError        **error)
{
  if (!ops_resolution_get_finalised (r))
    return TRUE;
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
               _("This resolution was finalised and can no longer change. Track it as an action item instead."));
  return FALSE;
}

/* A deadline before the meeting's day is refused. */
static gboolean
check_deadline (const OpsMeetingInfo  *info,
                const char         *due_date,
                GError            **error)
{
  g_autofree char *meeting_day = ops_meeting_local_date (info->starts_at);

  if (!ops_validate_date (_("Deadline"), due_date, NULL))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Deadline: “%s” is not a date. Choose a date such as 2023-09-05."), due_date);
      return FALSE;
    }
  if (g_strcmp0 (due_date, meeting_day) < 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Deadline: %s is before the meeting (%s). Choose the meeting's day or later."),
                   due_date, meeting_day);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  OpsResolution *resolution;
  gint64         meeting_id;
} ResolutionData;

static void
resolution_data_free (gpointer data)
{
  ResolutionData *d = data;

  g_clear_object (&d->resolution);
  g_free (d);
}

static gboolean
save_resolution_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  ResolutionData *data = op->data;
  OpsResolution *r = data->resolution;
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autofree char *conclusion = ops_meetings_strip_or_empty (ops_resolution_get_conclusion (r));
  g_autofree char *due = ops_meetings_strip_or_empty (ops_resolution_get_due_date (r));
  gint64 id = ops_resolution_get_id (r);
  gint64 owner = ops_resolution_get_owner_id (r);
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;

  if (!ops_meetings_read_info (self, data->meeting_id, &info, error) ||
      !ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                      _("record resolutions"), error) ||
      !ops_meetings_refuse_archived (&info, error))
    return FALSE;

  if (id != 0)
    {
      g_autoptr(OpsResolution) old = read_resolution (self, id, error);

      if (old == NULL)
        return FALSE;
      if (ops_resolution_get_meeting_id (old) != data->meeting_id)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("This resolution belongs to another meeting. Reload the meeting."));
          return FALSE;
        }
      if (!refuse_finalised (old, error))
        return FALSE;
    }

  if (!ops_validate_text (_("Conclusion"), conclusion, -1, FALSE, 2000, &validation_error))
    return ops_store_invalid (validation_error, error);
  if (owner != 0 && !ops_meetings_check_person (self, owner, TRUE, _("Owner"), error))
    return FALSE;
  if (*due != '\0' && !check_deadline (&info, due, error))
    return FALSE;

  if (id == 0)
    stmt = ops_store_stmt (self,
                           "INSERT INTO meeting_resolutions (meeting_id, position, conclusion, owner_id, due_date)"
                           " VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM meeting_resolutions"
                           " WHERE meeting_id = ?1), ?2, ?3, ?4)",
                           error);
  else
    stmt = ops_store_stmt (self,
                           "UPDATE meeting_resolutions SET conclusion = ?2, owner_id = ?3, due_date = ?4"
                           " WHERE id = ?5 AND meeting_id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->meeting_id);
  ops_store_bind_text (stmt, 2, conclusion);
  ops_meetings_bind_id (stmt, 3, owner);
  ops_store_bind_text (stmt, 4, *due != '\0' ? due : NULL);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 5, id);
  if (!ops_store_step_done (db, stmt, _("save the resolution"), error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (db);

  op->result = read_resolution (self, id, error);
  op->result_free = g_object_unref;
  if (op->result == NULL)
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_save_resolution_async (OpsStore            *self,
                                 OpsResolution       *resolution,
                                 gint64               meeting_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  ResolutionData *data;

  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_RESOLUTION (resolution));

  data = g_new0 (ResolutionData, 1);
  data->resolution = ops_resolution_copy (resolution);
  data->meeting_id = meeting_id;
  ops_store_queue (self, save_resolution_op, OPS_TXN_WRITE, data, resolution_data_free,
                   cancellable, ops_store_save_resolution_async, callback, user_data);
}

/**
 * ops_store_save_resolution_finish:
 *
 * Returns: (transfer full): the saved resolution.
 */
OpsResolution *
ops_store_save_resolution_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_resolution_async, NULL, error);
}

static gboolean
finalise_resolution_op (OpsStore    *self,
                        sqlite3     *db,
                        OpsStoreOp  *op,
                        GError     **error)
{
  g_autoptr(OpsResolution) r = read_resolution (self, *(gint64 *) op->data, error);
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *conclusion = NULL;
  sqlite3_stmt *stmt;
  gint64 now = ops_store_now ();

  if (r == NULL)
    return FALSE;
  if (!ops_meetings_read_info (self, ops_resolution_get_meeting_id (r), &info, error) ||
      !ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                      _("finalise resolutions"), error) ||
      !ops_meetings_refuse_archived (&info, error) ||
      !refuse_finalised (r, error))
    return FALSE;

  conclusion = ops_meetings_strip_or_empty (ops_resolution_get_conclusion (r));
  if (*conclusion == '\0')
    g_ptr_array_add (missing, _("the conclusion"));
  if (ops_resolution_get_owner_id (r) == 0)
    g_ptr_array_add (missing, _("the owner"));
  if (ops_resolution_get_due_date (r) == NULL || *ops_resolution_get_due_date (r) == '\0')
    g_ptr_array_add (missing, _("the deadline"));
  if (missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      /* TRANSLATORS: joins the missing parts of a resolution */
      list = g_strjoinv (_(", "), (char **) missing->pdata);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("This resolution cannot be finalised yet: %s missing. Fill in what is missing, then finalise it."),
                   list);
      return FALSE;
    }
  if (!ops_meetings_check_person (self, ops_resolution_get_owner_id (r), TRUE, _("Owner"), error) ||
      !check_deadline (&info, ops_resolution_get_due_date (r), error))
    return FALSE;

  stmt = ops_store_stmt (self,
                         "UPDATE meeting_resolutions SET finalised = 1, finalised_at = ?2 WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_resolution_get_id (r));
  sqlite3_bind_int64 (stmt, 2, now);
  if (!ops_store_step_done (db, stmt, _("finalise the resolution"), error))
    return FALSE;

  stmt = ops_store_stmt (self,
                         "INSERT INTO action_items (meeting_id, resolution_id, meeting_topic, meeting_starts_at,"
                         " owner_id, content, due_date, original_due_date, status, created, updated)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 'open', ?8, ?8)",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info.id);
  sqlite3_bind_int64 (stmt, 2, ops_resolution_get_id (r));
  ops_store_bind_text (stmt, 3, info.topic);
  sqlite3_bind_int64 (stmt, 4, info.starts_at);
  sqlite3_bind_int64 (stmt, 5, ops_resolution_get_owner_id (r));
  ops_store_bind_text (stmt, 6, conclusion);
  ops_store_bind_text (stmt, 7, ops_resolution_get_due_date (r));
  sqlite3_bind_int64 (stmt, 8, now);
  if (!ops_store_step_done (db, stmt, _("create the action item"), error))
    return FALSE;

  op->result = read_resolution (self, ops_resolution_get_id (r), error);
  op->result_free = g_object_unref;
  if (op->result == NULL)
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS | OPS_CHANGED_ACTIONS;
  return TRUE;
}

void
ops_store_finalise_resolution_async (OpsStore            *self,
                                     gint64               resolution_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, finalise_resolution_op, OPS_TXN_WRITE,
                   g_memdup2 (&resolution_id, sizeof resolution_id), g_free,
                   cancellable, ops_store_finalise_resolution_async, callback, user_data);
}

/**
 * ops_store_finalise_resolution_finish:
 *
 * Returns: (transfer full): the finalised resolution.
 */
OpsResolution *
ops_store_finalise_resolution_finish (OpsStore      *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_finalise_resolution_async, NULL, error);
}

static gboolean
remove_resolution_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  g_autoptr(OpsResolution) r = read_resolution (self, *(gint64 *) op->data, error);
  g_auto(OpsMeetingInfo) info = { 0 };
  sqlite3_stmt *stmt;

  if (r == NULL)
    return FALSE;
  if (!ops_meetings_read_info (self, ops_resolution_get_meeting_id (r), &info, error) ||
      !ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                      _("remove resolutions"), error) ||
      !ops_meetings_refuse_archived (&info, error) ||
      !refuse_finalised (r, error))
    return FALSE;

  stmt = ops_store_stmt (self, "DELETE FROM meeting_resolutions WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_resolution_get_id (r));
  if (!ops_store_step_done (db, stmt, _("remove the resolution"), error))
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_remove_resolution_async (OpsStore            *self,
                                   gint64               resolution_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, remove_resolution_op, OPS_TXN_WRITE,
                   g_memdup2 (&resolution_id, sizeof resolution_id), g_free,
                   cancellable, ops_store_remove_resolution_async, callback, user_data);
}

gboolean
ops_store_remove_resolution_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_remove_resolution_async, NULL, error) != NULL;
}

/* Minutes ---------------------------------------------------------------------- */

typedef enum {
  MINUTES_SAVE,
  MINUTES_SUBMIT,
  MINUTES_APPROVE,
  MINUTES_RETURN,
  MINUTES_DISTRIBUTE,
} MinutesAction;

static gboolean
wrong_minutes_state (const OpsMeetingInfo  *info,
                     const char         *action,
                     GError            **error)
{
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
               /* TRANSLATORS: "The minutes of “Q3” are Draft: they cannot be approved now. …" */
               _("The minutes of “%s” are “%s”, so you cannot %s. Reload the meeting to see their current state."),
               info->topic, ops_minutes_state_to_label (info->minutes_state), action);
  return FALSE;
}

static gboolean
minutes_op (OpsStore    *self,
            sqlite3     *db,
            OpsStoreOp  *op,
            GError     **error)
{
  OpsMeetingsIdText *data = op->data;
  MinutesAction action = (MinutesAction) data->value;
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *recipients = NULL;
  GError *validation_error = NULL;
  gint64 now = ops_store_now ();
  sqlite3_stmt *stmt = NULL;

  if (!ops_meetings_read_info (self, data->id, &info, error))
    return FALSE;

  switch (action)
    {
    case MINUTES_SAVE:
      if (!ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                          _("write the minutes"), error) ||
          !ops_meetings_refuse_archived (&info, error))
        return FALSE;
      if (info.minutes_state != OPS_MINUTES_NONE && info.minutes_state != OPS_MINUTES_DRAFT)
        return wrong_minutes_state (&info, _("edit them (the host can return submitted minutes for changes)"), error);
      text = data->text != NULL ? g_strdup (data->text) : g_strdup ("");
      if (!ops_validate_text (_("Minutes"), text, -1, FALSE, 100000, &validation_error))
        return ops_store_invalid (validation_error, error);
      stmt = ops_store_stmt (self,
                             "UPDATE meetings SET minutes_state = 'draft', minutes_text = ?2, updated = ?3"
                             " WHERE id = ?1",
                             error);
      if (stmt == NULL)
        return FALSE;
      ops_store_bind_text (stmt, 2, text);
      break;

    case MINUTES_SUBMIT:
      if (!ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                          _("submit the minutes"), error) ||
          !ops_meetings_refuse_archived (&info, error))
        return FALSE;
      if (info.minutes_state != OPS_MINUTES_DRAFT && info.minutes_state != OPS_MINUTES_NONE)
        return wrong_minutes_state (&info, _("submit them"), error);
      if (ops_is_blank (info.minutes_text))
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("The minutes of “%s” are empty. Write and save them, then submit them to the host."),
                       info.topic);
          return FALSE;
        }
      if (now < info.starts_at)
        {
          g_autofree char *starts = ops_meetings_format_local (info.starts_at);

          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("“%s” has not taken place yet (it starts at %s). Submit the minutes after the meeting."),
                       info.topic, starts);
          return FALSE;
        }
      stmt = ops_store_stmt (self,
                             "UPDATE meetings SET minutes_state = 'submitted', minutes_submitted_at = ?3,"
                             " minutes_return_comment = '', updated = ?3 WHERE id = ?1",
                             error);
      break;

    case MINUTES_APPROVE:
      /* Only the host: SPEC §1 "approved by the host". */
      if (!ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST, _("approve the minutes"), error) ||
          !ops_meetings_refuse_archived (&info, error))
        return FALSE;
      if (info.minutes_state != OPS_MINUTES_SUBMITTED)
        return wrong_minutes_state (&info, _("approve them (only submitted minutes can be approved)"), error);
      stmt = ops_store_stmt (self,
                             "UPDATE meetings SET minutes_state = 'approved', minutes_approved_at = ?3,"
                             " minutes_approved_by = ?4, updated = ?3 WHERE id = ?1",
                             error);
      if (stmt != NULL)
        sqlite3_bind_int64 (stmt, 4, op->current_user);
      break;

    case MINUTES_RETURN:
      if (!ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST, _("return the minutes"), error) ||
          !ops_meetings_refuse_archived (&info, error))
        return FALSE;
      if (info.minutes_state != OPS_MINUTES_SUBMITTED)
        return wrong_minutes_state (&info, _("return them (only submitted minutes can be returned)"), error);
      text = ops_strip_dup (data->text);
      if (!ops_validate_text (_("Comment"), text, -1, TRUE, 2000, &validation_error))
        return ops_store_invalid (validation_error, error);
      stmt = ops_store_stmt (self,
                             "UPDATE meetings SET minutes_state = 'draft', minutes_submitted_at = NULL,"
                             " minutes_return_comment = ?2, updated = ?3 WHERE id = ?1",
                             error);
      if (stmt != NULL)
        ops_store_bind_text (stmt, 2, text);
      break;

    case MINUTES_DISTRIBUTE:
      if (!ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                          _("distribute the minutes"), error))
        return FALSE;
      if (info.minutes_state != OPS_MINUTES_APPROVED)
        return wrong_minutes_state (&info, _("distribute them (the host must approve them first)"), error);
      recipients = ops_meetings_attendee_names (self, info.id, error);
      if (recipients == NULL)
        return FALSE;
      if (*recipients == '\0')
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("“%s” has no attendees to distribute the minutes to. Add the attendees first."),
                       info.topic);
          return FALSE;
        }
      stmt = ops_store_stmt (self,
                             "UPDATE meetings SET minutes_state = 'distributed', minutes_distributed_at = ?3,"
                             " minutes_distributed_to = ?2, updated = ?3 WHERE id = ?1",
                             error);
      if (stmt != NULL)
        ops_store_bind_text (stmt, 2, recipients);
      break;

    default:
      g_assert_not_reached ();
    }

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info.id);
  sqlite3_bind_int64 (stmt, 3, now);
  if (!ops_store_step_done (db, stmt, _("save the minutes"), error))
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

static void
queue_minutes (OpsStore            *self,
               gint64               meeting_id,
               MinutesAction        action,
               const char          *text,
               gpointer             source_tag,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  OpsMeetingsIdText *data = ops_meetings_id_text_new (meeting_id, text);

  data->value = action;
  ops_store_queue (self, minutes_op, OPS_TXN_WRITE, data, ops_meetings_id_text_free,
                   cancellable, source_tag, callback, user_data);
}

void
ops_store_save_minutes_async (OpsStore            *self,
                              gint64               meeting_id,
                              const char          *text,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  queue_minutes (self, meeting_id, MINUTES_SAVE, text, ops_store_save_minutes_async,
                 cancellable, callback, user_data);
}

gboolean
ops_store_save_minutes_finish (OpsStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_minutes_async, NULL, error) != NULL;
}

void
ops_store_submit_minutes_async (OpsStore            *self,
                                gint64               meeting_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  queue_minutes (self, meeting_id, MINUTES_SUBMIT, NULL, ops_store_submit_minutes_async,
                 cancellable, callback, user_data);
}

gboolean
ops_store_submit_minutes_finish (OpsStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_submit_minutes_async, NULL, error) != NULL;
}

void
ops_store_approve_minutes_async (OpsStore            *self,
                                 gint64               meeting_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  queue_minutes (self, meeting_id, MINUTES_APPROVE, NULL, ops_store_approve_minutes_async,
                 cancellable, callback, user_data);
}

gboolean
ops_store_approve_minutes_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_approve_minutes_async, NULL, error) != NULL;
}

void
ops_store_return_minutes_async (OpsStore            *self,
                                gint64               meeting_id,
                                const char          *comment,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  queue_minutes (self, meeting_id, MINUTES_RETURN, comment, ops_store_return_minutes_async,
                 cancellable, callback, user_data);
}

gboolean
ops_store_return_minutes_finish (OpsStore      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_return_minutes_async, NULL, error) != NULL;
}

void
ops_store_distribute_minutes_async (OpsStore            *self,
                                    gint64               meeting_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  queue_minutes (self, meeting_id, MINUTES_DISTRIBUTE, NULL, ops_store_distribute_minutes_async,
                 cancellable, callback, user_data);
}

gboolean
ops_store_distribute_minutes_finish (OpsStore      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_distribute_minutes_async, NULL, error) != NULL;
}

/* Archive ---------------------------------------------------------------------- */

static gboolean
archive_meeting_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gint64 now = ops_store_now ();

  if (!ops_meetings_read_info (self, *(gint64 *) op->data, &info, error) ||
      !ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER | OPS_MEETING_ACTOR_ADMIN,
                      _("archive the meeting"), error))
    return FALSE;
  if (info.archived_at != 0)
    return TRUE;
  if (info.minutes_state != OPS_MINUTES_APPROVED && info.minutes_state != OPS_MINUTES_DISTRIBUTED)
    return wrong_minutes_state (&info, _("archive the meeting (the host must approve the minutes first)"), error);

  name = ops_meeting_archive_name (info.starts_at, info.topic);
  stmt = ops_store_stmt (self,
                         "UPDATE meetings SET archived_at = ?2, archive_name = ?3, updated = ?2 WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info.id);
  sqlite3_bind_int64 (stmt, 2, now);
  ops_store_bind_text (stmt, 3, name);
  if (!ops_store_step_done (db, stmt, _("archive the meeting"), error))
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_archive_meeting_async (OpsStore            *self,
                                 gint64               meeting_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, archive_meeting_op, OPS_TXN_WRITE,
                   g_memdup2 (&meeting_id, sizeof meeting_id), g_free,
                   cancellable, ops_store_archive_meeting_async, callback, user_data);
}

gboolean
ops_store_archive_meeting_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_archive_meeting_async, NULL, error) != NULL;
}


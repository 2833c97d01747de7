/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-meeting-materials.c: a meeting's materials in the store: files
 * copied on the worker into the app's files folder, links, removal within
 * the retention rules, and the record of when and to whom they were sent. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-calendar.h"
#include "core/ops-validate.h"
#include "store/ops-store-meetings-private.h"

/* Materials ------------------------------------------------------------------ */

/* A file name safe in any file system: no separators or control characters,
 * at most 100 characters. */
static char *
safe_file_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p != '\0' && n < 100; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
          c == '<' || c == '>' || c == '|' || g_unichar_iscntrl (c))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
  if (out->len == 0 || g_str_equal (out->str, ".") || g_str_equal (out->str, ".."))
    g_string_assign (out, "file");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static OpsMaterial *
read_material (OpsStore  *self,
               gint64     id,
               GError   **error)
{
  sqlite3_stmt *stmt;
  OpsMaterial *material;
  int rc;

  stmt = ops_store_stmt (self,
                         "SELECT " OPS_MEETINGS_MATERIAL_COLUMNS " FROM meeting_materials WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This material no longer exists: someone may have removed it meanwhile. Reload the meeting."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the material"));
      return NULL;
    }
  material = ops_meetings_material_from_row (stmt);
  sqlite3_reset (stmt);
  return material;
}

typedef struct {
  gint64  meeting_id;
  GFile  *source;
  char   *title;
  char   *uri;
} MaterialData;

static void
material_data_free (gpointer data)
{
  MaterialData *material = data;

  g_clear_object (&material->source);
  g_free (material->title);
  g_free (material->uri);
  g_free (material);
}

/* The checks shared by adding a file or a link. */
static gboolean
check_material_change (OpsStore     *self,
                       OpsStoreOp   *op,
                       gint64        meeting_id,
                       OpsMeetingInfo  *info,
                       GError      **error)
{
  return ops_meetings_read_info (self, meeting_id, info, error) &&
         ops_meetings_require_actor (self, op->current_user, info,
                        OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER | OPS_MEETING_ACTOR_ADMIN,
                        _("change the materials"), error) &&
         ops_meetings_refuse_archived (info, error);
}

static gboolean
add_material_file_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  MaterialData *data = op->data;
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autoptr(GFileInfo) file_info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autofree char *original = NULL;
  g_autofree char *safe = NULL;
  g_autofree char *title = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *files_dir = ops_store_dup_files_dir (self);
  g_autofree char *folder = NULL;
  g_autofree char *dest_path = NULL;
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;
  gint64 material_id;

  if (!check_material_change (self, op, data->meeting_id, &info, error))
    return FALSE;

  file_info = g_file_query_info (data->source,
                                 G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                 G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (file_info == NULL || g_file_info_get_file_type (file_info) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *name = g_file_get_parse_name (data->source);

      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("“%s” cannot be attached: it is not a file that can be read (%s). Choose a file that exists."),
                   name, local_error != NULL ? local_error->message : _("a folder or special file"));
      return FALSE;
    }
  original = g_strdup (g_file_info_get_display_name (file_info));
  safe = safe_file_name (original);
  title = ops_is_blank (data->title) ? g_strdup (original) : ops_strip_dup (data->title);
  /* A long file name makes a shortened title; a long title typed is refused. */
  if (ops_is_blank (data->title) && g_utf8_strlen (title, -1) > OPS_MAX_SHORT_CHARS)
    *g_utf8_offset_to_pointer (title, OPS_MAX_SHORT_CHARS) = '\0';
  if (!ops_validate_text (_("Material's title"), title, -1, TRUE, OPS_MAX_SHORT_CHARS, &validation_error))
    return ops_store_invalid (validation_error, error);

  stmt = ops_store_stmt (self,
                         "INSERT INTO meeting_materials (meeting_id, title, file_name, original_name, added_at)"
                         " VALUES (?1, ?2, '-', ?3, ?4)",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->meeting_id);
  ops_store_bind_text (stmt, 2, title);
  ops_store_bind_text (stmt, 3, original);
  sqlite3_bind_int64 (stmt, 4, ops_store_now ());
  if (!ops_store_step_done (db, stmt, _("add the material"), error))
    return FALSE;
  material_id = sqlite3_last_insert_rowid (db);

  relative = g_strdup_printf ("meetings/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "-%s",
                              data->meeting_id, material_id, safe);
  folder = g_strdup_printf ("%s/meetings/%" G_GINT64_FORMAT, files_dir, data->meeting_id);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not create the folder %s for the meeting's files: %s. Check that the disk is writable and has free space."),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }
  dest_path = g_build_filename (files_dir, relative, NULL);
  dest = g_file_new_for_path (dest_path);
  if (!g_file_copy (data->source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      g_file_delete (dest, NULL, NULL);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not copy “%s” into Opsdesk's files: %s. Check that the file can still be read and that the disk has free space."),
                   original, local_error->message);
      return FALSE;
    }

  stmt = ops_store_stmt (self, "UPDATE meeting_materials SET file_name = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    {
      g_file_delete (dest, NULL, NULL);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, material_id);
  ops_store_bind_text (stmt, 2, relative);
  if (!ops_store_step_done (db, stmt, _("add the material"), error))
    {
      g_file_delete (dest, NULL, NULL);
      return FALSE;
    }

  op->result = read_material (self, material_id, error);
  op->result_free = g_object_unref;
  if (op->result == NULL)
    {
      g_file_delete (dest, NULL, NULL);
      return FALSE;
    }
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_add_material_file_async (OpsStore            *self,
                                   gint64               meeting_id,
                                   GFile               *source,
                                   const char          *title,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  MaterialData *data;

  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (source));

  data = g_new0 (MaterialData, 1);
  data->meeting_id = meeting_id;
  data->source = g_file_dup (source);
  data->title = g_strdup (title);
  ops_store_queue (self, add_material_file_op, OPS_TXN_WRITE, data, material_data_free,
                   cancellable, ops_store_add_material_file_async, callback, user_data);
}

/**
 * ops_store_add_material_file_finish:
 *
 * Returns: (transfer full): the saved material.
 */
OpsMaterial *
ops_store_add_material_file_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_add_material_file_async, NULL, error);
}

static gboolean
add_material_link_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  MaterialData *data = op->data;
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autofree char *uri = ops_strip_dup (data->uri);
  g_autofree char *title = NULL;
  const char *scheme;
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;

  if (!check_material_change (self, op, data->meeting_id, &info, error))
    return FALSE;

  if (!ops_validate_text (_("Link"), uri, -1, TRUE, 2000, &validation_error))
    return ops_store_invalid (validation_error, error);
  scheme = g_uri_peek_scheme (uri);
  if (scheme == NULL || !g_uri_is_valid (uri, G_URI_FLAGS_PARSE_RELAXED, NULL))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Link: “%s” is not a link. Paste a full address such as https://example.com/report.pdf."),
                   uri);
      return FALSE;
    }
  title = ops_is_blank (data->title) ? g_strdup (uri) : ops_strip_dup (data->title);
  if (ops_is_blank (data->title) && g_utf8_strlen (title, -1) > OPS_MAX_SHORT_CHARS)
    *g_utf8_offset_to_pointer (title, OPS_MAX_SHORT_CHARS) = '\0';
  if (!ops_validate_text (_("Material's title"), title, -1, TRUE, OPS_MAX_SHORT_CHARS, &validation_error))
    return ops_store_invalid (validation_error, error);

  stmt = ops_store_stmt (self,
                         "INSERT INTO meeting_materials (meeting_id, title, uri, added_at)"
                         " VALUES (?1, ?2, ?3, ?4)",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->meeting_id);
  ops_store_bind_text (stmt, 2, title);
  ops_store_bind_text (stmt, 3, uri);
  sqlite3_bind_int64 (stmt, 4, ops_store_now ());
  if (!ops_store_step_done (db, stmt, _("add the material"), error))
    return FALSE;

  op->result = read_material (self, sqlite3_last_insert_rowid (db), error);
  op->result_free = g_object_unref;
  if (op->result == NULL)
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_add_material_link_async (OpsStore            *self,
                                   gint64               meeting_id,
                                   const char          *title,
                                   const char          *uri,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  MaterialData *data;

  g_return_if_fail (OPS_IS_STORE (self));

  data = g_new0 (MaterialData, 1);
  data->meeting_id = meeting_id;
  data->title = g_strdup (title);
  data->uri = g_strdup (uri);
  ops_store_queue (self, add_material_link_op, OPS_TXN_WRITE, data, material_data_free,
                   cancellable, ops_store_add_material_link_async, callback, user_data);
}

/**
 * ops_store_add_material_link_finish:
 *
 * Returns: (transfer full): the saved material.
 */
OpsMaterial *
ops_store_add_material_link_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_add_material_link_async, NULL, error);
}

static gboolean
remove_material_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  g_autoptr(OpsMaterial) material = read_material (self, *(gint64 *) op->data, error);
  g_auto(OpsMeetingInfo) info = { 0 };
  sqlite3_stmt *stmt;

  if (material == NULL)
    return FALSE;
  if (!check_material_change (self, op, ops_material_get_meeting_id (material), &info, error))
    return FALSE;
  if (!ops_meetings_check_retention (self, &info, info.starts_at <= ops_store_now (), TRUE, error))
    return FALSE;

  stmt = ops_store_stmt (self, "DELETE FROM meeting_materials WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_material_get_id (material));
  if (!ops_store_step_done (db, stmt, _("remove the material"), error))
    return FALSE;

  ops_meetings_remove_stored_file (self, ops_material_get_file_name (material));
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_remove_material_async (OpsStore            *self,
                                 gint64               material_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, remove_material_op, OPS_TXN_WRITE,
                   g_memdup2 (&material_id, sizeof material_id), g_free,
                   cancellable, ops_store_remove_material_async, callback, user_data);
}

gboolean
ops_store_remove_material_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_remove_material_async, NULL, error) != NULL;
}

char *
ops_store_dup_material_path (OpsStore    *self,
                             OpsMaterial *material)
{
  g_autofree char *dir = NULL;
  const char *file_name;

  g_return_val_if_fail (OPS_IS_STORE (self), NULL);
  g_return_val_if_fail (OPS_IS_MATERIAL (material), NULL);

  file_name = ops_material_get_file_name (material);
  if (file_name == NULL || *file_name == '\0' || ops_material_is_link (material))
    return NULL;
  dir = ops_store_dup_files_dir (self);
  return g_build_filename (dir, file_name, NULL);
}


static gboolean
record_materials_sent_op (OpsStore    *self,
                          sqlite3     *db,
                          OpsStoreOp  *op,
                          GError     **error)
{
  OpsMeetingsIdText *data = op->data;
  g_auto(OpsMeetingInfo) info = { 0 };
  g_autofree char *sent_to = NULL;
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;

  if (!ops_meetings_read_info (self, data->id, &info, error) ||
      !ops_meetings_require_actor (self, op->current_user, &info, OPS_MEETING_ACTOR_HOST | OPS_MEETING_ACTOR_NOTE_TAKER,
                      _("record that the materials were sent"), error) ||
      !ops_meetings_refuse_archived (&info, error))
    return FALSE;

  if (ops_is_blank (data->text))
    {
      sent_to = ops_meetings_attendee_names (self, data->id, error);
      if (sent_to == NULL)
        return FALSE;
    }
  else
    sent_to = ops_strip_dup (data->text);
  if (!ops_validate_text (_("Sent to"), sent_to, -1, FALSE, OPS_MAX_LONG_CHARS, &validation_error))
    return ops_store_invalid (validation_error, error);

  stmt = ops_store_stmt (self,
                         "UPDATE meetings SET materials_sent_at = ?2, materials_sent_to = ?3, updated = ?2"
                         " WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_int64 (stmt, 2, ops_store_now ());
  ops_store_bind_text (stmt, 3, sent_to);
  if (!ops_store_step_done (db, stmt, _("record that the materials were sent"), error))
    return FALSE;
  op->changed = OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_record_materials_sent_async (OpsStore            *self,
                                       gint64               meeting_id,
                                       const char          *sent_to,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, record_materials_sent_op, OPS_TXN_WRITE,
                   ops_meetings_id_text_new (meeting_id, sent_to), ops_meetings_id_text_free,
                   cancellable, ops_store_record_materials_sent_async, callback, user_data);
}

gboolean
ops_store_record_materials_sent_finish (OpsStore      *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_record_materials_sent_async, NULL, error) != NULL;
}


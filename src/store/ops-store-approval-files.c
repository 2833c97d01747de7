/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-approval-files.c: what happens around an approval request in the
 * store (SPEC §4): its files (copied into the data folder on the worker),
 * deleting it (the trail stays), linking the meeting a major item needs, and
 * administration's stamp and distribution record. */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/ops-validate.h"
#include "store/ops-store-approvals-private.h"

/* Files -------------------------------------------------------------------- */

char *
ops_approvals_files_dir (OpsStore *self,
                   gint64    request_id)
{
  g_autofree char *files = ops_store_dup_files_dir (self);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, request_id);

  return g_build_filename (files, "approvals", id, NULL);
}

/**
 * ops_store_dup_approval_file_path:
 *
 * Returns: (transfer full): "<files>/approvals/<request id>/<file name>".
 */
char *
ops_store_dup_approval_file_path (OpsStore              *self,
                                  OpsApprovalAttachment *file)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (OPS_IS_STORE (self), NULL);
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (file), NULL);

  dir = ops_approvals_files_dir (self, ops_approval_attachment_get_request_id (file));
  return g_build_filename (dir, ops_approval_attachment_get_file_name (file), NULL);
}

/* A safe file name from @basename: no separators, no leading dot, at most
 * 120 characters. (transfer full) */
static char *
safe_file_name (const char *basename)
{
  g_autofree char *valid = g_utf8_make_valid (basename != NULL ? basename : "", -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p != '\0' && n < 120; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c < 0x20 || (out->len == 0 && c == '.'))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
  if (out->len == 0)
    g_string_append (out, "file");
  return g_string_free (out, FALSE);
}

typedef struct {
  gint64    request_id;
  GFile    *file;
  char     *title;
  gboolean  final;
} AddFileData;

static void
add_file_data_free (gpointer data)
{
  AddFileData *add = data;

  g_clear_object (&add->file);
  g_free (add->title);
  g_free (add);
}

static gboolean
add_approval_file_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  AddFileData *add = op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  g_autofree char *original = g_file_get_basename (add->file);
  g_autofree char *base = safe_file_name (original);
  g_autofree char *dir = ops_approvals_files_dir (self, add->request_id);
  g_autofree char *title = ops_strip_dup (add->title != NULL ? add->title : "");
  g_autofree char *file_name = NULL;
  g_autofree char *dest_path = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(GError) io_error = NULL;
  GError *invalid = NULL;
  OpsApprovalAttachment *attachment;
  gint64 now = ops_store_now ();
  gint64 file_id;
  guint file_round;
  sqlite3_stmt *stmt;

  if (!ops_approvals_load_row (db, add->request_id, &row, error) ||
      !ops_approvals_require_applicant (db, &row, op->current_user, _("add files to it"), error))
    return FALSE;
  if (row.state != OPS_APPROVAL_STATE_DRAFT && row.state != OPS_APPROVAL_STATE_RETURNED)
    return ops_approvals_wrong_state (&row, _("add files to"), error);
  /* A file added while returned belongs to the next round (the one that
   * the resubmission starts). */
  file_round = row.state == OPS_APPROVAL_STATE_RETURNED ? row.round + 1 : row.round;
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (base);
    }
  if (!ops_validate_text (_("File title"), title, -1, TRUE, OPS_MAX_NAME_CHARS, &invalid))
    return ops_store_invalid (invalid, error);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not create the folder %s for the request's files: %s. Check that the disk is writable and has space."),
                   dir, g_strerror (saved));
      return FALSE;
    }

  /* Never overwrite: "name", "2-name", "3-name", … */
  file_name = g_strdup (base);
  dest_path = g_build_filename (dir, file_name, NULL);
  for (guint i = 2; g_file_test (dest_path, G_FILE_TEST_EXISTS); i++)
    {
      g_free (file_name);
      g_free (dest_path);
      file_name = g_strdup_printf ("%u-%s", i, base);
      dest_path = g_build_filename (dir, file_name, NULL);
    }

  dest = g_file_new_for_path (dest_path);
  if (!g_file_copy (add->file, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, &io_error))
    {
      g_autofree char *source = g_file_get_parse_name (add->file);

      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not copy %s into the request's files: %s. Check that the file exists and can be read."),
                   source, io_error->message);
      return FALSE;
    }

  stmt = ops_approvals_prepare (db,
                                "INSERT INTO approval_files (request_id, title, file_name, original_name,"
                                " added_at, round, final) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, add->request_id);
      ops_store_bind_text (stmt, 2, title);
      ops_store_bind_text (stmt, 3, file_name);
      ops_store_bind_text (stmt, 4, original != NULL ? original : "");
      sqlite3_bind_int64 (stmt, 5, now);
      sqlite3_bind_int64 (stmt, 6, file_round);
      sqlite3_bind_int (stmt, 7, add->final ? 1 : 0);
    }
  if (stmt == NULL || !ops_approvals_exec (db, stmt, _("add the file"), error))
    {
      /* The database refused: do not leave an orphan copy behind. */
      g_unlink (dest_path);
      return FALSE;
    }
  file_id = sqlite3_last_insert_rowid (db);
  if (!ops_approvals_audit_append (db, add->request_id, op->current_user, 0, OPS_AUDIT_ATTACH, 0,
                                   row.round, title, now, error))
    {
      /* The database refused: do not leave an orphan copy behind. */
      g_unlink (dest_path);
      return FALSE;
    }

  attachment = ops_approval_attachment_new ();
  ops_approval_attachment_set_id (attachment, file_id);
  ops_approval_attachment_set_request_id (attachment, add->request_id);
  ops_approval_attachment_set_title (attachment, title);
  ops_approval_attachment_set_file_name (attachment, file_name);
  ops_approval_attachment_set_original_name (attachment, original);
  ops_approval_attachment_set_added_at (attachment, now);
  ops_approval_attachment_set_round (attachment, file_round);
  ops_approval_attachment_set_final (attachment, add->final);
  op->result = attachment;
  op->result_free = g_object_unref;
  op->changed |= OPS_CHANGED_APPROVALS;
  return TRUE;
}

void
ops_store_add_approval_file_async (OpsStore            *self,
                                   gint64               request_id,
                                   GFile               *file,
                                   const char          *title,
                                   gboolean             final,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  AddFileData *add;

  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (file));

  add = g_new0 (AddFileData, 1);
  add->request_id = request_id;
  add->file = g_object_ref (file);
  add->title = g_strdup (title);
  add->final = final;

  ops_store_queue (self, add_approval_file_op, OPS_TXN_WRITE, add, add_file_data_free,
                   cancellable, ops_store_add_approval_file_async, callback, user_data);
}

/**
 * ops_store_add_approval_file_finish:
 *
 * Returns: (transfer full): the stored file, or %NULL.
 */
OpsApprovalAttachment *
ops_store_add_approval_file_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_add_approval_file_async, NULL, error);
}

static gboolean
remove_approval_file_op (OpsStore    *self,
                         sqlite3     *db,
                         OpsStoreOp  *op,
                         GError     **error)
{
  gint64 file_id = *(gint64 *) op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *comment = NULL;
  gint64 request_id = 0;
  guint file_round = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, "SELECT request_id, title, file_name, round FROM approval_files WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, file_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      request_id = sqlite3_column_int64 (stmt, 0);
      title = g_strdup (ops_store_column_text (stmt, 1));
      file_name = g_strdup (ops_store_column_text (stmt, 2));
      file_round = (guint) sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                           _("This file is no longer attached to the request. Reload the request."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("remove the file"));
      return FALSE;
    }

  if (!ops_approvals_load_row (db, request_id, &row, error) ||
      !ops_approvals_require_applicant (db, &row, op->current_user, _("remove its files"), error))
    return FALSE;
  if (row.state != OPS_APPROVAL_STATE_DRAFT && row.state != OPS_APPROVAL_STATE_RETURNED)
    return ops_approvals_wrong_state (&row, _("remove files from"), error);
  if (file_round != (row.state == OPS_APPROVAL_STATE_RETURNED ? row.round + 1 : row.round))
    {
      /* Files of a submitted round were seen by approvers: history. */
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("This file was part of an earlier submission and stays as history. Add a new version instead."));
      return FALSE;
    }

  stmt = ops_approvals_prepare (db, "DELETE FROM approval_files WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, file_id);
  /* TRANSLATORS: trail comment when a file is removed from a draft */
  comment = g_strdup_printf (_("File removed: %s"), title);
  if (!ops_approvals_exec (db, stmt, _("remove the file"), error) ||
      !ops_approvals_audit_append (db, request_id, op->current_user, 0, OPS_AUDIT_EDIT, 0, row.round,
                                   comment, ops_store_now (), error))
    return FALSE;

  dir = ops_approvals_files_dir (self, request_id);
  path = g_build_filename (dir, file_name, NULL);
  g_unlink (path);
  op->changed |= OPS_CHANGED_APPROVALS;
  return TRUE;
}

void
ops_store_remove_approval_file_async (OpsStore            *self,
                                      gint64               attachment_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, remove_approval_file_op, OPS_TXN_WRITE,
                   g_memdup2 (&attachment_id, sizeof attachment_id), g_free,
                   cancellable, ops_store_remove_approval_file_async, callback, user_data);
}

gboolean
ops_store_remove_approval_file_finish (OpsStore      *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_remove_approval_file_async, NULL, error) != NULL;
}

/* Delete ------------------------------------------------------------------- */

static gboolean
delete_approval_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  g_autofree char *dir = NULL;
  sqlite3_stmt *stmt;

  if (!ops_approvals_require_user (op->current_user, error) || !ops_approvals_load_row (db, id, &row, error))
    return FALSE;
  if (!(row.applicant_id == op->current_user &&
        (row.state == OPS_APPROVAL_STATE_DRAFT || row.state == OPS_APPROVAL_STATE_WITHDRAWN)))
    {
      g_autoptr(GError) role_error = NULL;

      if (!ops_store_require_role (db, op->current_user, OPS_ROLE_ADMINISTRATION,
                                   _("delete approval requests"), &role_error))
        {
          g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                               _("Only the applicant can delete a draft or withdrawn request; any other request can only be deleted by administration. Ask administration."));
          return FALSE;
        }
    }

  stmt = ops_approvals_prepare (db, "DELETE FROM approval_requests WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ops_approvals_exec (db, stmt, _("delete the request"), error) ||
      !ops_approvals_audit_append (db, id, op->current_user, 0, OPS_AUDIT_DELETE, 0, row.round,
                                   row.name, ops_store_now (), error))
    return FALSE;

  /* The files go with the request (best effort: the records are gone). */
  dir = ops_approvals_files_dir (self, id);
  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
      const char *entry;

      while (folder != NULL && (entry = g_dir_read_name (folder)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, entry, NULL);

          g_unlink (path);
        }
      g_rmdir (dir);
    }

  op->changed |= OPS_CHANGED_APPROVALS;
  return TRUE;
}

void
ops_store_delete_approval_async (OpsStore            *self,
                                 gint64               id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, delete_approval_op, OPS_TXN_WRITE, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_delete_approval_async, callback, user_data);
}

gboolean
ops_store_delete_approval_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_delete_approval_async, NULL, error) != NULL;
}

/* Link a meeting ------------------------------------------------------------- */

typedef struct {
  gint64 id;
  gint64 meeting_id;
  gint64 resolution_id;
} LinkData;

static gboolean
link_approval_meeting_op (OpsStore    *self,
                          sqlite3     *db,
                          OpsStoreOp  *op,
                          GError     **error)
{
  LinkData *link = op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  g_autofree char *comment = NULL;
  gint64 now = ops_store_now ();
  sqlite3_stmt *stmt;
  int rc;

  if (!ops_approvals_require_user (op->current_user, error) || !ops_approvals_load_row (db, link->id, &row, error))
    return FALSE;
  if (ops_approval_state_is_final (row.state))
    return ops_approvals_wrong_state (&row, _("link a meeting to"), error);
  if (op->current_user != row.applicant_id &&
      !(row.state == OPS_APPROVAL_STATE_PENDING && op->current_user == row.approver_id))
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                           _("Only the applicant or the current approver can link a meeting to this request. Switch to one of them."));
      return FALSE;
    }

  if (link->meeting_id != 0)
    {
      stmt = ops_approvals_prepare (db,
                                    "SELECT m.topic, (?2 = 0 OR EXISTS (SELECT 1 FROM meeting_resolutions r"
                                    "   WHERE r.id = ?2 AND r.meeting_id = m.id))"
                                    " FROM meetings m WHERE m.id = ?1",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, link->meeting_id);
      sqlite3_bind_int64 (stmt, 2, link->resolution_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 1) == 0)
        {
          sqlite3_finalize (stmt);
          g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                               _("The resolution chosen does not belong to that meeting. Choose one of the meeting’s own resolutions."));
          return FALSE;
        }
      if (rc == SQLITE_ROW)
        comment = g_strdup (ops_store_column_text (stmt, 0));
      sqlite3_finalize (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                               _("That meeting no longer exists. Choose another meeting."));
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        {
          ops_store_set_sqlite_error (error, db, rc, _("link the meeting"));
          return FALSE;
        }
    }
  else if (link->resolution_id != 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("Choose the meeting of the resolution too."));
      return FALSE;
    }
  else
    /* TRANSLATORS: trail comment when the meeting link is removed */
    comment = g_strdup (_("Meeting unlinked"));

  stmt = ops_approvals_prepare (db,
                                "UPDATE approval_requests SET meeting_id = nullif(?2, 0),"
                                " resolution_id = nullif(?3, 0), updated = ?4 WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, link->id);
  sqlite3_bind_int64 (stmt, 2, link->meeting_id);
  sqlite3_bind_int64 (stmt, 3, link->resolution_id);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!ops_approvals_exec (db, stmt, _("link the meeting"), error) ||
      !ops_approvals_audit_append (db, link->id, op->current_user, 0, OPS_AUDIT_LINK_MEETING,
                                   row.level, row.round, comment, now, error))
    return FALSE;

  op->changed |= OPS_CHANGED_MEETINGS;
  return ops_approvals_finish_request (db, op, link->id, error);
}

void
ops_store_link_approval_meeting_async (OpsStore            *self,
                                       gint64               id,
                                       gint64               meeting_id,
                                       gint64               resolution_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  LinkData *link;

  g_return_if_fail (OPS_IS_STORE (self));

  link = g_new0 (LinkData, 1);
  link->id = id;
  link->meeting_id = meeting_id;
  link->resolution_id = resolution_id;
  ops_store_queue (self, link_approval_meeting_op, OPS_TXN_WRITE, link, g_free,
                   cancellable, ops_store_link_approval_meeting_async, callback, user_data);
}

/**
 * ops_store_link_approval_meeting_finish:
 *
 * Returns: (transfer full): the request, or %NULL.
 */
OpsApprovalRequest *
ops_store_link_approval_meeting_finish (OpsStore      *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_link_approval_meeting_async, NULL, error);
}

/* Stamp and distribute ----------------------------------------------------- */

typedef struct {
  gint64  id;
  char   *distributed_to;
} StampData;

static void
stamp_data_free (gpointer data)
{
  StampData *stamp = data;

  g_free (stamp->distributed_to);
  g_free (stamp);
}

static gboolean
record_approval_stamp_op (OpsStore    *self,
                          sqlite3     *db,
                          OpsStoreOp  *op,
                          GError     **error)
{
  StampData *stamp = op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  g_autofree char *to = ops_strip_dup (stamp->distributed_to != NULL ? stamp->distributed_to : "");
  GError *invalid = NULL;
  gint64 now = ops_store_now ();
  sqlite3_stmt *stmt;

  if (!ops_store_require_role (db, op->current_user, OPS_ROLE_ADMINISTRATION,
                               _("stamp and distribute approved documents"), error) ||
      !ops_approvals_load_row (db, stamp->id, &row, error))
    return FALSE;
  if (row.state != OPS_APPROVAL_STATE_APPROVED)
    return ops_approvals_wrong_state (&row, _("stamp"), error);
  if (row.stamped_at != 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("This document has already been stamped and distributed. The record cannot be changed; see its timeline."));
      return FALSE;
    }
  if (!ops_validate_text (_("Distributed to"), to, -1, TRUE, 2000, &invalid))
    return ops_store_invalid (invalid, error);

  stmt = ops_approvals_prepare (db,
                                "UPDATE approval_requests SET stamped_at = ?2, stamped_by = ?3,"
                                " distributed_to = ?4, updated = ?2 WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, stamp->id);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, op->current_user);
  ops_store_bind_text (stmt, 4, to);
  if (!ops_approvals_exec (db, stmt, _("record the stamp"), error) ||
      !ops_approvals_audit_append (db, stamp->id, op->current_user, 0, OPS_AUDIT_STAMP, 0, row.round,
                                   "", now, error) ||
      !ops_approvals_audit_append (db, stamp->id, op->current_user, 0, OPS_AUDIT_DISTRIBUTE, 0,
                                   row.round, to, now, error))
    return FALSE;

  return ops_approvals_finish_request (db, op, stamp->id, error);
}

void
ops_store_record_approval_stamp_async (OpsStore            *self,
                                       gint64               id,
                                       const char          *distributed_to,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  StampData *stamp;

  g_return_if_fail (OPS_IS_STORE (self));

  stamp = g_new0 (StampData, 1);
  stamp->id = id;
  stamp->distributed_to = g_strdup (distributed_to);
  ops_store_queue (self, record_approval_stamp_op, OPS_TXN_WRITE, stamp, stamp_data_free,
                   cancellable, ops_store_record_approval_stamp_async, callback, user_data);
}

/**
 * ops_store_record_approval_stamp_finish:
 *
 * Returns: (transfer full): the stamped request, or %NULL.
 */
OpsApprovalRequest *
ops_store_record_approval_stamp_finish (OpsStore      *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_record_approval_stamp_async, NULL, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-audit.c: the approval audit trail (SPEC §4): appending rows
 * chained with SHA-256 (core/ops-approval-rules.h gives the canonical form),
 * listing them, and verifying the whole chain. The table refuses UPDATE and
 * DELETE by triggers; the chain and the head row (approval_audit_head) make
 * a change made around the triggers visible, at the first row that does not
 * match. */

#include "config.h"

#include <glib/gi18n.h>

#include "store/ops-store-approvals-private.h"

/* Appending ------------------------------------------------------------------ */

gboolean
ops_approvals_audit_append (sqlite3         *db,
                            gint64           request_id,
                            gint64           actor_id,
                            gint64           on_behalf_of_id,
                            OpsAuditAction   action,
                            guint            level,
                            guint            round_no,
                            const char      *comment,
                            gint64           at,
                            GError         **error)
{
  g_autofree char *prev_hash = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *hash = NULL;
  const char *os_user = g_get_user_name ();
  OpsAuditFields fields = { 0 };
  gint64 last_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, "SELECT last_id, hash FROM approval_audit_head WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      last_id = sqlite3_column_int64 (stmt, 0);
      prev_hash = g_strdup (ops_store_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT,
                             _("The head of the approval audit trail is missing: the database was changed outside Opsdesk. Restore a backup from before the change."));
      else
        ops_store_set_sqlite_error (error, db, rc, _("write the audit trail"));
      return FALSE;
    }

  fields.id = last_id + 1;
  fields.request_id = request_id;
  fields.at = at;
  fields.actor_id = actor_id;
  fields.on_behalf_of_id = on_behalf_of_id;
  fields.action = ops_audit_action_to_id (action);
  fields.level = (int) level;
  fields.round = (int) MAX (round_no, 1);
  fields.comment = comment != NULL ? comment : "";
  fields.os_user = os_user != NULL ? os_user : "";
  canonical = ops_audit_canonical_row (&fields);
  hash = ops_audit_row_hash (prev_hash, canonical);

  stmt = ops_approvals_prepare (db,
                                "INSERT INTO approval_audit (id, request_id, at, actor_id, on_behalf_of_id,"
                                " action, level, round, comment, os_user, prev_hash, hash)"
                                " VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, fields.id);
  sqlite3_bind_int64 (stmt, 2, fields.request_id);
  sqlite3_bind_int64 (stmt, 3, fields.at);
  sqlite3_bind_int64 (stmt, 4, fields.actor_id);
  sqlite3_bind_int64 (stmt, 5, fields.on_behalf_of_id);
  ops_store_bind_text (stmt, 6, fields.action);
  sqlite3_bind_int (stmt, 7, fields.level);
  sqlite3_bind_int (stmt, 8, fields.round);
  ops_store_bind_text (stmt, 9, fields.comment);
  ops_store_bind_text (stmt, 10, fields.os_user);
  ops_store_bind_text (stmt, 11, prev_hash);
  ops_store_bind_text (stmt, 12, hash);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("write the audit trail"));
      return FALSE;
    }

  stmt = ops_approvals_prepare (db, "UPDATE approval_audit_head SET last_id = ?1, hash = ?2 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, fields.id);
  ops_store_bind_text (stmt, 2, hash);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("write the audit trail"));
      return FALSE;
    }
  return TRUE;
}

/* Verifying ------------------------------------------------------------------ */

static gboolean
chain_broken (gint64      row_id,
              gint64     *bad_row_id,
              const char *why,
              GError    **error)
{
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, row_id);

  *bad_row_id = row_id;
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT,
               /* TRANSLATORS: the first %s is the row number, the second
                * what is wrong with it ("its content was changed") */
               _("The approval audit trail does not match at row %s (%s): it was changed outside Opsdesk. The approvals before that row are intact. Restore a backup made before the change, and keep this database for investigation."),
               row, why);
  return FALSE;
}

gboolean
ops_approvals_audit_verify (sqlite3  *db,
                            gint64   *bad_row_id,
                            GError  **error)
{
  g_autofree char *prev_hash = g_strdup ("");
  g_autofree char *head_hash = NULL;
  gint64 expected_id = 1;
  gint64 head_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  *bad_row_id = 0;

  stmt = ops_approvals_prepare (db,
                                "SELECT id, request_id, at, actor_id, coalesce(on_behalf_of_id, 0), action,"
                                " level, round, comment, os_user, prev_hash, hash FROM approval_audit ORDER BY id",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpsAuditFields fields = { 0 };
      g_autofree char *canonical = NULL;
      g_autofree char *hash = NULL;
      const char *stored_prev = ops_store_column_text (stmt, 10);

      fields.id = sqlite3_column_int64 (stmt, 0);
      fields.request_id = sqlite3_column_int64 (stmt, 1);
      fields.at = sqlite3_column_int64 (stmt, 2);
      fields.actor_id = sqlite3_column_int64 (stmt, 3);
      fields.on_behalf_of_id = sqlite3_column_int64 (stmt, 4);
      fields.action = ops_store_column_text (stmt, 5);
      fields.level = sqlite3_column_int (stmt, 6);
      fields.round = sqlite3_column_int (stmt, 7);
      fields.comment = ops_store_column_text (stmt, 8);
      fields.os_user = ops_store_column_text (stmt, 9);

      if (fields.id != expected_id)
        {
          sqlite3_finalize (stmt);
          return chain_broken (expected_id, bad_row_id, _("the row is missing"), error);
        }
      if (g_strcmp0 (stored_prev, prev_hash) != 0)
        {
          sqlite3_finalize (stmt);
          return chain_broken (fields.id, bad_row_id, _("it does not follow the row before it"), error);
        }
      canonical = ops_audit_canonical_row (&fields);
      hash = ops_audit_row_hash (stored_prev, canonical);
      if (g_strcmp0 (hash, ops_store_column_text (stmt, 11)) != 0)
        {
          sqlite3_finalize (stmt);
          return chain_broken (fields.id, bad_row_id, _("its content was changed"), error);
        }

      g_free (prev_hash);
      prev_hash = g_strdup (ops_store_column_text (stmt, 11));
      expected_id++;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the audit trail"));
      return FALSE;
    }

  stmt = ops_approvals_prepare (db, "SELECT last_id, hash FROM approval_audit_head WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      head_id = sqlite3_column_int64 (stmt, 0);
      head_hash = g_strdup (ops_store_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        {
          ops_store_set_sqlite_error (error, db, rc, _("read the audit trail"));
          return FALSE;
        }
      return chain_broken (expected_id, bad_row_id, _("the record of the last row is missing"), error);
    }

  /* expected_id - 1 is the last row found. */
  if (head_id > expected_id - 1)
    return chain_broken (expected_id, bad_row_id, _("the row is missing"), error);
  if (head_id < expected_id - 1)
    return chain_broken (head_id + 1, bad_row_id, _("the row was added outside Opsdesk"), error);
  if (g_strcmp0 (head_hash, prev_hash) != 0)
    return chain_broken (head_id, bad_row_id, _("its content was changed"), error);

  return TRUE;
}

typedef struct {
  gboolean  ok;
  gint64    bad_row_id;
  GError   *error;
} VerifyResult;

static void
verify_result_free (gpointer data)
{
  VerifyResult *result = data;

  g_clear_error (&result->error);
  g_free (result);
}

static gboolean
verify_audit_op (OpsStore    *self,
                 sqlite3     *db,
                 OpsStoreOp  *op,
                 GError     **error)
{
  VerifyResult *result = g_new0 (VerifyResult, 1);
  GError *local_error = NULL;

  result->ok = ops_approvals_audit_verify (db, &result->bad_row_id, &local_error);
  if (!result->ok && !g_error_matches (local_error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT))
    {
      /* Could not read: that is a failure of the operation itself. */
      g_propagate_error (error, local_error);
      g_free (result);
      return FALSE;
    }
  result->error = local_error;
  op->result = result;
  op->result_free = verify_result_free;
  return TRUE;
}

void
ops_store_verify_audit_async (OpsStore            *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, verify_audit_op, OPS_TXN_READ, NULL, NULL,
                   cancellable, ops_store_verify_audit_async, callback, user_data);
}

/**
 * ops_store_verify_audit_finish:
 * @bad_row_id: (out) (optional): the first row that does not match, or 0
 *
 * Returns: %TRUE when the chain is intact; %FALSE with
 *   OPS_STORE_ERROR_CORRUPT naming the row, or another error when the
 *   trail could not be read.
 */
gboolean
ops_store_verify_audit_finish (OpsStore      *self,
                               GAsyncResult  *result,
                               gint64        *bad_row_id,
                               GError       **error)
{
  VerifyResult *verify;
  gboolean ok;

  if (bad_row_id != NULL)
    *bad_row_id = 0;
  verify = ops_store_finish_op (self, result, ops_store_verify_audit_async, NULL, error);
  if (verify == NULL)
    return FALSE;

  ok = verify->ok;
  if (bad_row_id != NULL)
    *bad_row_id = verify->bad_row_id;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&verify->error));
  verify_result_free (verify);
  return ok;
}

/* Listing ------------------------------------------------------------------ */

static gboolean
list_audit_op (OpsStore    *self,
               sqlite3     *db,
               OpsStoreOp  *op,
               GError     **error)
{
  gint64 request_id = *(gint64 *) op->data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT a.id, a.request_id, a.at, a.actor_id, actor.name,"
                                " coalesce(a.on_behalf_of_id, 0), behalf.name, a.action, a.level, a.round,"
                                " a.comment, a.os_user, a.hash, a.prev_hash, s.role, approver.name,"
                                " coalesce(r.name, (SELECT c.comment FROM approval_audit c"
                                "   WHERE c.request_id = a.request_id AND c.action = 'create' LIMIT 1), '')"
                                " FROM approval_audit a"
                                " JOIN people actor ON actor.id = a.actor_id"
                                " LEFT JOIN people behalf ON behalf.id = a.on_behalf_of_id"
                                " LEFT JOIN approval_requests r ON r.id = a.request_id"
                                " LEFT JOIN approval_steps s ON s.request_id = a.request_id AND s.round = a.round"
                                "   AND s.position = a.level"
                                " LEFT JOIN people approver ON approver.id = s.approver_id"
                                " WHERE ?1 = 0 OR a.request_id = ?1 ORDER BY a.id",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpsAuditEntry *entry = ops_audit_entry_new ();
      int action = ops_audit_action_from_id (ops_store_column_text (stmt, 7));
      OpsRole role = ops_role_from_id ((const char *) sqlite3_column_text (stmt, 14));

      ops_audit_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
      ops_audit_entry_set_request_id (entry, sqlite3_column_int64 (stmt, 1));
      ops_audit_entry_set_at (entry, sqlite3_column_int64 (stmt, 2));
      ops_audit_entry_set_actor_id (entry, sqlite3_column_int64 (stmt, 3));
      ops_audit_entry_set_actor_name (entry, ops_store_column_text (stmt, 4));
      ops_audit_entry_set_on_behalf_of_id (entry, sqlite3_column_int64 (stmt, 5));
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        ops_audit_entry_set_on_behalf_of_name (entry, ops_store_column_text (stmt, 6));
      ops_audit_entry_set_action (entry, action >= 0 ? (OpsAuditAction) action : OPS_AUDIT_EDIT);
      ops_audit_entry_set_level (entry, (guint) sqlite3_column_int (stmt, 8));
      ops_audit_entry_set_round (entry, (guint) sqlite3_column_int (stmt, 9));
      ops_audit_entry_set_comment (entry, ops_store_column_text (stmt, 10));
      ops_audit_entry_set_os_user (entry, ops_store_column_text (stmt, 11));
      ops_audit_entry_set_hash (entry, ops_store_column_text (stmt, 12));
      ops_audit_entry_set_prev_hash (entry, ops_store_column_text (stmt, 13));
      if (role != OPS_ROLE_NONE)
        ops_audit_entry_set_level_label (entry, ops_role_to_label (role));
      else if (sqlite3_column_type (stmt, 15) != SQLITE_NULL)
        ops_audit_entry_set_level_label (entry, ops_store_column_text (stmt, 15));
      ops_audit_entry_set_request_name (entry, ops_store_column_text (stmt, 16));
      g_ptr_array_add (items, entry);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the audit trail"));
      return FALSE;
    }

  op->result = ops_store_list_model (items, OPS_TYPE_AUDIT_ENTRY);
  op->result_free = g_object_unref;
  return TRUE;
}

void
ops_store_list_audit_async (OpsStore            *self,
                            gint64               request_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, list_audit_op, OPS_TXN_READ, g_memdup2 (&request_id, sizeof request_id), g_free,
                   cancellable, ops_store_list_audit_async, callback, user_data);
}

/**
 * ops_store_list_audit_finish:
 *
 * Returns: (transfer full): a GListModel of OpsAuditEntry, oldest first.
 */
GListModel *
ops_store_list_audit_finish (OpsStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_audit_async, NULL, error);
}

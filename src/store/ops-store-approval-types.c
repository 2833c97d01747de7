/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-approval-types.c: document types with their approval chains and
 * approvers' substitutes in the store (SPEC §4, issue 4 items 1 and 4). */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-approvals-private.h"

static gboolean
step_ok (sqlite3       *db,
         sqlite3_stmt  *stmt,
         const char    *what,
         GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, what);
      return FALSE;
    }
  return TRUE;
}

/* Types -------------------------------------------------------------------- */

static gboolean
read_levels (sqlite3          *db,
             OpsApprovalType  *type,
             GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT l.position, l.role, coalesce(l.person_id, 0), p.name, l.deadline_days"
                                " FROM approval_levels l LEFT JOIN people p ON p.id = l.person_id"
                                " WHERE l.type_id = ?1 ORDER BY l.position",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_approval_type_get_id (type));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsApprovalLevel) level = ops_approval_level_new ();

      ops_approval_level_set_role (level, ops_role_from_id ((const char *) sqlite3_column_text (stmt, 1)));
      ops_approval_level_set_person_id (level, sqlite3_column_int64 (stmt, 2));
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        ops_approval_level_set_person_name (level, ops_store_column_text (stmt, 3));
      ops_approval_level_set_deadline_days (level, sqlite3_column_int (stmt, 4));
      ops_approval_type_append_level (type, level);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approval chains"));
      return FALSE;
    }
  return TRUE;
}

#define TYPE_SELECT \
  "SELECT t.id, t.code, t.name, t.prefix, t.builtin," \
  " EXISTS (SELECT 1 FROM approval_requests r WHERE r.type_id = t.id)" \
  " FROM approval_types t"

static OpsApprovalType *
type_from_row (sqlite3_stmt *stmt)
{
  OpsApprovalType *type = ops_approval_type_new ();
  gboolean builtin = sqlite3_column_int (stmt, 4) != 0;

  ops_approval_type_set_id (type, sqlite3_column_int64 (stmt, 0));
  ops_approval_type_set_code (type, ops_store_column_text (stmt, 1));
  ops_approval_type_set_name (type, ops_approvals_type_name (ops_store_column_text (stmt, 1), builtin,
                                                             ops_store_column_text (stmt, 2)));
  ops_approval_type_set_prefix (type, ops_store_column_text (stmt, 3));
  ops_approval_type_set_builtin (type, builtin);
  ops_approval_type_set_in_use (type, sqlite3_column_int (stmt, 5) != 0);
  return type;
}

static OpsApprovalType *
read_type (sqlite3  *db,
           gint64    id,
           GError  **error)
{
  g_autoptr(OpsApprovalType) type = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, TYPE_SELECT " WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    type = type_from_row (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                           _("This document type no longer exists. Reload the list."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the document types"));
      return NULL;
    }
  if (!read_levels (db, type, error))
    return NULL;
  return g_steal_pointer (&type);
}

static gboolean
list_types_op (OpsStore    *self,
               sqlite3     *db,
               OpsStoreOp  *op,
               GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, TYPE_SELECT " ORDER BY t.builtin DESC,"
                                " CASE WHEN t.builtin = 1 THEN t.id END,"
                                " t.name COLLATE ops_locale, t.id",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, type_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the document types"));
      return FALSE;
    }
  for (guint i = 0; i < items->len; i++)
    if (!read_levels (db, g_ptr_array_index (items, i), error))
      return FALSE;

  op->result = ops_store_list_model (items, OPS_TYPE_APPROVAL_TYPE);
  op->result_free = g_object_unref;
  op->total = items->len;
  return TRUE;
}

void
ops_store_list_approval_types_async (OpsStore            *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, list_types_op, OPS_TXN_READ, NULL, NULL,
                   cancellable, ops_store_list_approval_types_async, callback, user_data);
}

/**
 * ops_store_list_approval_types_finish:
 *
 * Returns: (transfer full): a GListModel of OpsApprovalType, or %NULL.
 */
GListModel *
ops_store_list_approval_types_finish (OpsStore      *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_approval_types_async, NULL, error);
}

static gboolean
validate_levels (sqlite3          *db,
                 OpsApprovalType  *type,
                 GError          **error)
{
  guint n = ops_approval_type_get_n_levels (type);
  GError *invalid = NULL;

  if (n < 1 || n > OPS_APPROVAL_MAX_LEVELS)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("An approval chain needs between 1 and %d levels. Add or remove levels."),
                   OPS_APPROVAL_MAX_LEVELS);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      OpsApprovalLevel *level = ops_approval_type_get_level (type, i);
      OpsRole role = ops_approval_level_get_role (level);
      gint64 person_id = ops_approval_level_get_person_id (level);

      if (!ops_approval_validate_deadline (ops_approval_level_get_deadline_days (level), &invalid))
        return ops_store_invalid (invalid, error);
      if ((role == OPS_ROLE_NONE) == (person_id == 0) || (role != OPS_ROLE_NONE && ops_role_to_id (role) == NULL))
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("Level %u of the chain needs either a role or a person (not both). Choose who approves at that level."),
                       i + 1);
          return FALSE;
        }
      if (person_id != 0)
        {
          sqlite3_stmt *stmt = ops_approvals_prepare (db, "SELECT active FROM people WHERE id = ?1", error);
          int rc;
          gboolean active = FALSE;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, person_id);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            active = sqlite3_column_int (stmt, 0) != 0;
          sqlite3_finalize (stmt);
          if (!active)
            {
              g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("The person chosen for level %u is not an active member of the directory. Choose someone else."),
                           i + 1);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
save_type_op (OpsStore    *self,
              sqlite3     *db,
              OpsStoreOp  *op,
              GError     **error)
{
  OpsApprovalType *type = op->data;
  g_autofree char *code = ops_strip_dup (ops_approval_type_get_code (type));
  g_autofree char *name = ops_strip_dup (ops_approval_type_get_name (type));
  g_autofree char *prefix = ops_strip_dup (ops_approval_type_get_prefix (type));
  gint64 id = ops_approval_type_get_id (type);
  gint64 now = ops_store_now ();
  gboolean builtin = FALSE;
  GError *invalid = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!ops_store_require_role (db, op->current_user, OPS_ROLE_ADMINISTRATION | OPS_ROLE_GENERAL_MANAGER,
                               _("change the approval chains"), error))
    return FALSE;

  if (id != 0)
    {
      stmt = ops_approvals_prepare (db, "SELECT builtin, code, prefix FROM approval_types WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          builtin = sqlite3_column_int (stmt, 0) != 0;
          if (builtin)
            {
              /* A built-in type keeps its code, prefix and (translated) name. */
              g_free (code);
              g_free (prefix);
              code = g_strdup (ops_store_column_text (stmt, 1));
              prefix = g_strdup (ops_store_column_text (stmt, 2));
            }
        }
      sqlite3_finalize (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                               _("This document type no longer exists. Reload the list."));
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        {
          ops_store_set_sqlite_error (error, db, rc, _("save the document type"));
          return FALSE;
        }
    }

  if (!builtin)
    {
      GError *rule_error = NULL;

      if (!ops_validate_text (_("Type name"), name, -1, TRUE, OPS_MAX_NAME_CHARS, &invalid))
        return ops_store_invalid (invalid, error);
      if (!ops_approval_validate_type_code (code, &rule_error) ||
          !ops_approval_validate_type_prefix (prefix, &rule_error))
        {
          g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID, rule_error->message);
          g_error_free (rule_error);
          return FALSE;
        }
    }
  if (!validate_levels (db, type, error))
    return FALSE;

  if (!builtin)
    {
      stmt = ops_approvals_prepare (db,
                                    "SELECT code = ?2 FROM approval_types WHERE id <> ?1 AND (code = ?2 OR prefix = ?3)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      ops_store_bind_text (stmt, 2, code);
      ops_store_bind_text (stmt, 3, prefix);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          gboolean same_code = sqlite3_column_int (stmt, 0) != 0;

          sqlite3_finalize (stmt);
          if (same_code)
            g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE,
                         _("Another document type already has the code “%s”. Choose another code."), code);
          else
            g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE,
                         _("Another document type already uses the archive prefix “%s”. Choose another prefix: archive numbers must stay unique."),
                         prefix);
          return FALSE;
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          ops_store_set_sqlite_error (error, db, rc, _("save the document type"));
          return FALSE;
        }

      if (id == 0)
        stmt = ops_approvals_prepare (db,
                                      "INSERT INTO approval_types (code, name, prefix, builtin, created, updated)"
                                      " VALUES (?2, ?3, ?4, 0, ?5, ?5)",
                                      error);
      else
        stmt = ops_approvals_prepare (db,
                                      "UPDATE approval_types SET code = ?2, name = ?3, prefix = ?4, updated = ?5"
                                      " WHERE id = ?1",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      ops_store_bind_text (stmt, 2, code);
      ops_store_bind_text (stmt, 3, name);
      ops_store_bind_text (stmt, 4, prefix);
      sqlite3_bind_int64 (stmt, 5, now);
      if (!step_ok (db, stmt, _("save the document type"), error))
        return FALSE;
      if (id == 0)
        id = sqlite3_last_insert_rowid (db);
    }
  else
    {
      stmt = ops_approvals_prepare (db, "UPDATE approval_types SET updated = ?2 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, now);
      if (!step_ok (db, stmt, _("save the document type"), error))
        return FALSE;
    }

  stmt = ops_approvals_prepare (db, "DELETE FROM approval_levels WHERE type_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_ok (db, stmt, _("save the approval chain"), error))
    return FALSE;

  for (guint i = 0; i < ops_approval_type_get_n_levels (type); i++)
    {
      OpsApprovalLevel *level = ops_approval_type_get_level (type, i);
      OpsRole role = ops_approval_level_get_role (level);

      stmt = ops_approvals_prepare (db,
                                    "INSERT INTO approval_levels (type_id, position, role, person_id, deadline_days)"
                                    " VALUES (?1, ?2, ?3, nullif(?4, 0), ?5)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, i + 1);
      ops_store_bind_text (stmt, 3, role != OPS_ROLE_NONE ? ops_role_to_id (role) : NULL);
      sqlite3_bind_int64 (stmt, 4, role != OPS_ROLE_NONE ? 0 : ops_approval_level_get_person_id (level));
      sqlite3_bind_int (stmt, 5, ops_approval_level_get_deadline_days (level));
      if (!step_ok (db, stmt, _("save the approval chain"), error))
        return FALSE;
    }

  op->result = read_type (db, id, error);
  op->result_free = g_object_unref;
  op->changed |= OPS_CHANGED_APPROVALS;
  return op->result != NULL;
}

void
ops_store_save_approval_type_async (OpsStore            *self,
                                    OpsApprovalType     *type,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (type));

  /* A copy: the caller may keep editing its object. */
  ops_store_queue (self, save_type_op, OPS_TXN_WRITE, ops_approval_type_copy (type), g_object_unref,
                   cancellable, ops_store_save_approval_type_async, callback, user_data);
}

/**
 * ops_store_save_approval_type_finish:
 *
 * Returns: (transfer full): the saved type with its chain, or %NULL.
 */
OpsApprovalType *
ops_store_save_approval_type_finish (OpsStore      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_approval_type_async, NULL, error);
}

static gboolean
delete_type_op (OpsStore    *self,
                sqlite3     *db,
                OpsStoreOp  *op,
                GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  g_autoptr(OpsApprovalType) type = NULL;
  sqlite3_stmt *stmt;

  if (!ops_store_require_role (db, op->current_user, OPS_ROLE_ADMINISTRATION | OPS_ROLE_GENERAL_MANAGER,
                               _("change the approval chains"), error))
    return FALSE;
  type = read_type (db, id, error);
  if (type == NULL)
    return FALSE;
  if (ops_approval_type_get_builtin (type))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("“%s” is a built-in document type and cannot be deleted. You can shorten or change its chain instead."),
                   ops_approval_type_get_name (type));
      return FALSE;
    }
  if (ops_approval_type_get_in_use (type))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE,
                   _("“%s” is used by approval requests and cannot be deleted. Keep it; its requests need it."),
                   ops_approval_type_get_name (type));
      return FALSE;
    }

  stmt = ops_approvals_prepare (db, "DELETE FROM approval_types WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_ok (db, stmt, _("delete the document type"), error))
    return FALSE;
  op->changed |= OPS_CHANGED_APPROVALS;
  return TRUE;
}

void
ops_store_delete_approval_type_async (OpsStore            *self,
                                      gint64               id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, delete_type_op, OPS_TXN_WRITE, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_delete_approval_type_async, callback, user_data);
}

gboolean
ops_store_delete_approval_type_finish (OpsStore      *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_delete_approval_type_async, NULL, error) != NULL;
}

/* Substitutes ---------------------------------------------------------------- */

#define SUBSTITUTE_SELECT \
  "SELECT s.id, s.person_id, p.name, s.substitute_id, q.name, s.from_date, s.to_date" \
  " FROM approval_substitutes s JOIN people p ON p.id = s.person_id" \
  " JOIN people q ON q.id = s.substitute_id"

static OpsSubstitute *
substitute_from_row (sqlite3_stmt *stmt)
{
  OpsSubstitute *substitute = ops_substitute_new ();

  ops_substitute_set_id (substitute, sqlite3_column_int64 (stmt, 0));
  ops_substitute_set_person_id (substitute, sqlite3_column_int64 (stmt, 1));
  ops_substitute_set_person_name (substitute, ops_store_column_text (stmt, 2));
  ops_substitute_set_substitute_id (substitute, sqlite3_column_int64 (stmt, 3));
  ops_substitute_set_substitute_name (substitute, ops_store_column_text (stmt, 4));
  ops_substitute_set_from_date (substitute, ops_store_column_text (stmt, 5));
  ops_substitute_set_to_date (substitute, ops_store_column_text (stmt, 6));
  return substitute;
}

static gboolean
list_substitutes_op (OpsStore    *self,
                     sqlite3     *db,
                     OpsStoreOp  *op,
                     GError     **error)
{
  gint64 person_id = *(gint64 *) op->data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, SUBSTITUTE_SELECT " WHERE ?1 = 0 OR s.person_id = ?1"
                                " ORDER BY p.name COLLATE ops_locale, s.from_date, s.id",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, substitute_from_row (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the substitutes"));
      return FALSE;
    }
  op->result = ops_store_list_model (items, OPS_TYPE_SUBSTITUTE);
  op->result_free = g_object_unref;
  op->total = items->len;
  return TRUE;
}

void
ops_store_list_substitutes_async (OpsStore            *self,
                                  gint64               person_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, list_substitutes_op, OPS_TXN_READ, g_memdup2 (&person_id, sizeof person_id), g_free,
                   cancellable, ops_store_list_substitutes_async, callback, user_data);
}

/**
 * ops_store_list_substitutes_finish:
 *
 * Returns: (transfer full): a GListModel of OpsSubstitute, or %NULL.
 */
GListModel *
ops_store_list_substitutes_finish (OpsStore      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_substitutes_async, NULL, error);
}

/* The person themself or ADMINISTRATION may manage @person_id's substitutes. */
static gboolean
may_manage_substitutes (sqlite3  *db,
                        gint64    user_id,
                        gint64    person_id,
                        GError  **error)
{
  g_autoptr(GError) role_error = NULL;

  if (user_id != 0 && user_id == person_id)
    return ops_approvals_require_active (db, user_id, error);
  if (ops_store_require_role (db, user_id, OPS_ROLE_ADMINISTRATION, _("name a substitute"), &role_error))
    return TRUE;
  if (user_id == 0)
    {
      g_propagate_error (error, g_steal_pointer (&role_error));
      return FALSE;
    }
  g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                       _("Only the approver themself or administration can name a substitute for them. Switch to that user or ask administration."));
  return FALSE;
}

static gboolean
read_substitute_person (sqlite3  *db,
                        gint64    id,
                        gint64   *person_id,
                        GError  **error)
{
  sqlite3_stmt *stmt = ops_approvals_prepare (db, "SELECT person_id FROM approval_substitutes WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *person_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                           _("This substitute entry no longer exists. Reload the list."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the substitutes"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_substitute_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  OpsSubstitute *substitute = op->data;
  g_autofree char *from = ops_strip_dup (ops_substitute_get_from_date (substitute));
  g_autofree char *to = ops_strip_dup (ops_substitute_get_to_date (substitute));
  gint64 id = ops_substitute_get_id (substitute);
  gint64 person_id = ops_substitute_get_person_id (substitute);
  gint64 substitute_id = ops_substitute_get_substitute_id (substitute);
  gint64 old_person_id = 0;
  GError *invalid = NULL;
  sqlite3_stmt *stmt;
  int active_count = 0;
  int rc;

  if (id != 0 && (!read_substitute_person (db, id, &old_person_id, error) ||
                  !may_manage_substitutes (db, op->current_user, old_person_id, error)))
    return FALSE;
  if (person_id == 0 || substitute_id == 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("Choose both the approver and their substitute."));
      return FALSE;
    }
  if (!may_manage_substitutes (db, op->current_user, person_id, error))
    return FALSE;
  if (person_id == substitute_id)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("A person cannot be their own substitute. Choose someone else."));
      return FALSE;
    }
  if (!ops_validate_date (_("From"), from, &invalid) || !ops_validate_date (_("To"), to, &invalid))
    return ops_store_invalid (invalid, error);
  if (strcmp (from, to) > 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("The substitute’s last day is before the first day. Swap or correct the dates."));
      return FALSE;
    }

  stmt = ops_approvals_prepare (db, "SELECT count(*) FROM people WHERE id IN (?1, ?2) AND active = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, substitute_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    active_count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (active_count != 2)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("Both the approver and the substitute must be active members of the directory. Choose active people."));
      return FALSE;
    }

  if (id == 0)
    stmt = ops_approvals_prepare (db,
                                  "INSERT INTO approval_substitutes (person_id, substitute_id, from_date, to_date, created)"
                                  " VALUES (?2, ?3, ?4, ?5, ?6)",
                                  error);
  else
    stmt = ops_approvals_prepare (db,
                                  "UPDATE approval_substitutes SET person_id = ?2, substitute_id = ?3,"
                                  " from_date = ?4, to_date = ?5 WHERE id = ?1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, person_id);
  sqlite3_bind_int64 (stmt, 3, substitute_id);
  ops_store_bind_text (stmt, 4, from);
  ops_store_bind_text (stmt, 5, to);
  sqlite3_bind_int64 (stmt, 6, ops_store_now ());
  if (!step_ok (db, stmt, _("save the substitute"), error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (db);

  stmt = ops_approvals_prepare (db, SUBSTITUTE_SELECT " WHERE s.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    op->result = substitute_from_row (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("save the substitute"));
      return FALSE;
    }
  op->result_free = g_object_unref;
  op->changed |= OPS_CHANGED_APPROVALS;
  return TRUE;
}

void
ops_store_save_substitute_async (OpsStore            *self,
                                 OpsSubstitute       *substitute,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  OpsSubstitute *copy;

  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_SUBSTITUTE (substitute));

  copy = ops_substitute_copy (substitute);
  ops_store_queue (self, save_substitute_op, OPS_TXN_WRITE, copy, g_object_unref,
                   cancellable, ops_store_save_substitute_async, callback, user_data);
}

/**
 * ops_store_save_substitute_finish:
 *
 * Returns: (transfer full): the saved substitute, or %NULL.
 */
OpsSubstitute *
ops_store_save_substitute_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_substitute_async, NULL, error);
}

static gboolean
remove_substitute_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  gint64 person_id = 0;
  sqlite3_stmt *stmt;

  if (!read_substitute_person (db, id, &person_id, error) ||
      !may_manage_substitutes (db, op->current_user, person_id, error))
    return FALSE;
  stmt = ops_approvals_prepare (db, "DELETE FROM approval_substitutes WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_ok (db, stmt, _("remove the substitute"), error))
    return FALSE;
  op->changed |= OPS_CHANGED_APPROVALS;
  return TRUE;
}

void
ops_store_remove_substitute_async (OpsStore            *self,
                                   gint64               id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, remove_substitute_op, OPS_TXN_WRITE, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_remove_substitute_async, callback, user_data);
}

gboolean
ops_store_remove_substitute_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_remove_substitute_async, NULL, error) != NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-departments.c: departments in the store: listing, saving and
 * deleting them, with their head and division leader. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-private.h"

/* Departments ------------------------------------------------------------------ */

#define DEPARTMENT_WHERE \
  " WHERE (?1 IS NULL OR d.name LIKE ?1 ESCAPE '\\') AND (?2 = 0 OR d.id = ?2)"

static const char department_list_sql[] =
  "SELECT d.id, d.name, d.head_id, h.name, d.leader_id, l.name,"
  " (SELECT count(*) FROM people m WHERE m.department_id = d.id AND m.active = 1)"
  " FROM departments d"
  " LEFT JOIN people h ON h.id = d.head_id"
  " LEFT JOIN people l ON l.id = d.leader_id"
  DEPARTMENT_WHERE
  " ORDER BY d.name COLLATE ops_locale, d.id LIMIT ?3 OFFSET ?4";
static const char department_count_sql[] =
  "SELECT count(*) FROM departments d" DEPARTMENT_WHERE;

static OpsDepartment *
department_from_row (sqlite3_stmt *stmt)
{
  OpsDepartment *department = ops_department_new ();

  ops_department_set_id (department, sqlite3_column_int64 (stmt, 0));
  ops_department_set_name (department, ops_store_column_text (stmt, 1));
  ops_department_set_head_id (department, sqlite3_column_int64 (stmt, 2));
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    ops_department_set_head_name (department, ops_store_column_text (stmt, 3));
  ops_department_set_leader_id (department, sqlite3_column_int64 (stmt, 4));
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    ops_department_set_leader_name (department, ops_store_column_text (stmt, 5));
  ops_department_set_member_count (department, (guint) sqlite3_column_int64 (stmt, 6));

  return department;
}

/* Lists departments into @items (and counts them into @total when not NULL). */
static gboolean
query_departments (OpsStore    *self,
                   const char  *search,
                   gint64       id,
                   OpsRange     range,
                   GPtrArray   *items,
                   guint       *total,
                   GError     **error)
{
  g_autofree char *pattern = ops_store_like_pattern (search);
  sqlite3_stmt *stmt;
  int rc;

  if (total != NULL)
    {
      stmt = ops_store_stmt (self, department_count_sql, error);
      if (stmt == NULL)
        return FALSE;
      ops_store_bind_text (stmt, 1, pattern);
      sqlite3_bind_int64 (stmt, 2, id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          ops_store_set_sqlite_error (error, self->db, rc, _("read the departments"));
          return FALSE;
        }
      *total = (guint) sqlite3_column_int64 (stmt, 0);
    }

  stmt = ops_store_stmt (self, department_list_sql, error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, pattern);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_int64 (stmt, 3, ops_store_range_limit (range));
  sqlite3_bind_int64 (stmt, 4, range.offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, department_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the departments"));
      return FALSE;
    }

  return TRUE;
}

typedef struct {
  char     *search;
  OpsRange  range;
} DepartmentQuery;

static void
department_query_free (gpointer data)
{
  DepartmentQuery *query = data;

  g_free (query->search);
  g_free (query);
}

static gboolean
list_departments_op (OpsStore    *self,
                     sqlite3     *db,
                     OpsStoreOp  *op,
                     GError     **error)
{
  DepartmentQuery *query = op->data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (!query_departments (self, query->search, 0, query->range, items, &op->total, error))
    return FALSE;

  op->result = ops_store_list_model (items, OPS_TYPE_DEPARTMENT);
  op->result_free = g_object_unref;
  return TRUE;
}

void
ops_store_list_departments_async (OpsStore                  *self,
                                  const OpsDepartmentFilter *filter,
                                  OpsRange                   range,
                                  GCancellable              *cancellable,
                                  GAsyncReadyCallback        callback,
                                  gpointer                   user_data)
{
  DepartmentQuery *query;

  g_return_if_fail (OPS_IS_STORE (self));

  query = g_new0 (DepartmentQuery, 1);
  query->search = g_strdup (filter != NULL ? filter->search : NULL);
  query->range = range;

  ops_store_queue (self, list_departments_op, OPS_TXN_READ, query, department_query_free,
                   cancellable, ops_store_list_departments_async, callback, user_data);
}

/**
 * ops_store_list_departments_finish:
 *
 * Returns: (transfer full): a GListModel of OpsDepartment, or %NULL with @error.
 */
GListModel *
ops_store_list_departments_finish (OpsStore      *self,
                                   GAsyncResult  *result,
                                   guint         *total,
                                   GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_departments_async, total, error);
}

/* Checks the person chosen as head or division leader (@field). A person who
 * is already in that place may stay even if deactivated meanwhile; a new
 * choice must be active. */
static gboolean
check_department_person (OpsStore    *self,
                         gint64       person_id,
                         gint64       current_id,
                         const char  *field,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (person_id == 0)
    return TRUE;

  stmt = ops_store_stmt (self, "SELECT name, active FROM people WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("%s: the person chosen no longer exists. Choose someone else."),
                   field);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("save the department"));
      return FALSE;
    }

  if (sqlite3_column_int (stmt, 1) == 0 && person_id != current_id)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("%s: %s has been deactivated and can no longer be chosen. Choose an active person."),
                   field, ops_store_column_text (stmt, 0));
      return FALSE;
    }

  return TRUE;
}

static gboolean
save_department_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  OpsDepartment *department = op->data;
  g_autofree char *name = ops_strip_dup (ops_department_get_name (department));
  g_autofree char *old_name = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 id = ops_department_get_id (department);
  gint64 head_id = ops_department_get_head_id (department);
  gint64 leader_id = ops_department_get_leader_id (department);
  gint64 old_head_id = 0, old_leader_id = 0;
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!ops_validate_text (_("Name"), name, -1, TRUE, OPS_MAX_NAME_CHARS, &validation_error))
    return ops_store_invalid (validation_error, error);

  if (id != 0)
    {
      stmt = ops_store_stmt (self, "SELECT name, head_id, leader_id FROM departments WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                       _("The department “%s” no longer exists: someone may have deleted it meanwhile. Reload the list."),
                       name);
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        {
          ops_store_set_sqlite_error (error, db, rc, _("save the department"));
          return FALSE;
        }
      old_name = g_strdup (ops_store_column_text (stmt, 0));
      old_head_id = sqlite3_column_int64 (stmt, 1);
      old_leader_id = sqlite3_column_int64 (stmt, 2);
    }

  /* The name column compares without case (COLLATE NOCASE). */
  stmt = ops_store_stmt (self, "SELECT name FROM departments WHERE name = ?1 AND id != ?2", error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, name);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE,
                   _("Name: a department named “%s” already exists. Choose another name, or edit the existing department."),
                   ops_store_column_text (stmt, 0));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("save the department"));
      return FALSE;
    }

  if (!check_department_person (self, head_id, old_head_id, _("Head"), error) ||
      !check_department_person (self, leader_id, old_leader_id, _("Division leader"), error))
    return FALSE;

  if (id == 0)
    stmt = ops_store_stmt (self,
                           "INSERT INTO departments (name, head_id, leader_id, created, updated)"
                           " VALUES (?1, ?2, ?3, ?4, ?4)",
                           error);
  else
    stmt = ops_store_stmt (self,
                           "UPDATE departments SET name = ?1, head_id = ?2, leader_id = ?3, updated = ?4"
                           " WHERE id = ?5",
                           error);
  if (stmt == NULL)
    return FALSE;

  ops_store_bind_text (stmt, 1, name);
  if (head_id != 0)
    sqlite3_bind_int64 (stmt, 2, head_id);
  else
    sqlite3_bind_null (stmt, 2);
  if (leader_id != 0)
    sqlite3_bind_int64 (stmt, 3, leader_id);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int64 (stmt, 4, ops_store_now ());
  if (id != 0)
    sqlite3_bind_int64 (stmt, 5, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE,
                   _("Name: a department named “%s” already exists. Choose another name, or edit the existing department."),
                   name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("save the department"));
      return FALSE;
    }
  if (id == 0)
    id = sqlite3_last_insert_rowid (db);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  if (!query_departments (self, NULL, id, OPS_RANGE_ALL, items, NULL, error))
    return FALSE;
  if (items->len != 1)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("The department “%s” was saved but could not be read back. Reload the list."),
                   name);
      return FALSE;
    }

  op->result = g_object_ref (g_ptr_array_index (items, 0));
  op->result_free = g_object_unref;

  /* People show their department's name and whether they are referenced. */
  op->changed = OPS_CHANGED_DEPARTMENTS;
  if ((old_name != NULL && g_strcmp0 (old_name, name) != 0) ||
      old_head_id != head_id || old_leader_id != leader_id)
    op->changed |= OPS_CHANGED_PEOPLE;

  return TRUE;
}

void
ops_store_save_department_async (OpsStore            *self,
                                 OpsDepartment       *department,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_DEPARTMENT (department));

  ops_store_queue (self, save_department_op, OPS_TXN_WRITE,
                   ops_department_copy (department), g_object_unref,
                   cancellable, ops_store_save_department_async, callback, user_data);
}

/**
 * ops_store_save_department_finish:
 *
 * Returns: (transfer full): the department as saved, or %NULL with @error.
 */
OpsDepartment *
ops_store_save_department_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_department_async, NULL, error);
}

static gboolean
delete_department_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  guint members;
  int rc;

  stmt = ops_store_stmt (self,
                         "SELECT d.name, (SELECT count(*) FROM people p WHERE p.department_id = d.id)"
                         " FROM departments d WHERE d.id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This department no longer exists: someone may have deleted it meanwhile. Reload the list."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("delete the department"));
      return FALSE;
    }
  name = g_strdup (ops_store_column_text (stmt, 0));
  members = (guint) sqlite3_column_int64 (stmt, 1);

  if (members > 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE,
                   ngettext ("The department “%s” still has %u member (deactivated people count too). Move them to another department first, then delete it.",
                             "The department “%s” still has %u members (deactivated people count too). Move them to another department first, then delete it.",
                             members),
                   name, members);
      return FALSE;
    }

  stmt = ops_store_stmt (self, "DELETE FROM departments WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE,
                   _("The department “%s” is still named in other records. Keep it, or change those records first."),
                   name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("delete the department"));
      return FALSE;
    }

  op->changed = OPS_CHANGED_DEPARTMENTS;
  return TRUE;
}

void
ops_store_delete_department_async (OpsStore            *self,
                                   gint64               id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, delete_department_op, OPS_TXN_WRITE,
                   g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_delete_department_async, callback, user_data);
}

gboolean
ops_store_delete_department_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_delete_department_async, NULL, error) != NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-people.c: the people directory in the store: listing, saving,
 * deactivating and deleting people and departments. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-private.h"

/* Helpers ------------------------------------------------------------------ */

/* "%text%" for LIKE with %, _ and \ escaped; NULL for no search. */
static char *
like_pattern (const char *search)
{
  g_autofree char *stripped = ops_strip_dup (search);
  GString *pattern;

  if (stripped == NULL || *stripped == '\0')
    return NULL;

  pattern = g_string_new ("%");
  for (const char *c = stripped; *c != '\0'; c++)
    {
      if (*c == '%' || *c == '_' || *c == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *c);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

/* The optional text fields are stored trimmed, "" when empty. */
static char *
strip_or_empty (const char *value)
{
  return value != NULL ? ops_strip_dup (value) : g_strdup ("");
}

static gint64
range_limit (OpsRange range)
{
  return range.limit == 0 ? -1 : (gint64) range.limit;
}

/* Turns a validation error into OPS_STORE_ERROR_INVALID, keeping the message
 * (it already names the field and says what to fix). */
static gboolean
invalid (GError  *validation_error,
         GError **error)
{
  g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       validation_error->message);
  g_error_free (validation_error);
  return FALSE;
}

static gboolean
step_done (sqlite3       *db,
           sqlite3_stmt  *stmt,
           const char    *what,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, what);
      return FALSE;
    }

  return TRUE;
}

static GListModel *
to_list_model (GPtrArray *items,
                  GType      type)
{
  GListStore *store = g_list_store_new (type);

  /* One items-changed for the whole list. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

/* People: the shared query ------------------------------------------------- */

#define PERSON_SELECT \
  "SELECT p.id, p.name, p.department_id, d.name, p.title, p.email, p.phone, p.active," \
  " (SELECT group_concat(r.role) FROM person_roles r WHERE r.person_id = p.id)," \
  " EXISTS (SELECT 1 FROM person_references x WHERE x.person_id = p.id)"
#define PERSON_FROM_WHERE \
  " FROM people p LEFT JOIN departments d ON d.id = p.department_id" \
  " WHERE (?1 IS NULL OR p.name LIKE ?1 ESCAPE '\\' OR p.title LIKE ?1 ESCAPE '\\'" \
  "        OR p.email LIKE ?1 ESCAPE '\\' OR p.phone LIKE ?1 ESCAPE '\\'" \
  "        OR d.name LIKE ?1 ESCAPE '\\')" \
  "   AND (?2 = 0 OR p.department_id = ?2)" \
  "   AND (?3 OR p.active = 1)" \
  "   AND (?4 = 0 OR p.id = ?4)"

static const char person_by_name_sql[] =
  PERSON_SELECT PERSON_FROM_WHERE
  " ORDER BY p.name COLLATE ops_locale, p.id LIMIT ?5 OFFSET ?6";
static const char person_by_department_sql[] =
  PERSON_SELECT PERSON_FROM_WHERE
  " ORDER BY d.name IS NULL, d.name COLLATE ops_locale, p.name COLLATE ops_locale, p.id"
  " LIMIT ?5 OFFSET ?6";
static const char person_count_sql[] =
  "SELECT count(*)" PERSON_FROM_WHERE;

sqlite3_stmt *
ops_store_prepare_people_query (sqlite3                *db,
                                const OpsPersonFilter  *filter,
                                gint64                  id,
                                OpsPersonOrder          order,
                                OpsRange                range,
                                gboolean                count_only,
                                GError                **error)
{
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *sql;
  int rc;

  if (count_only)
    sql = person_count_sql;
  else if (order == OPS_PERSON_ORDER_DEPARTMENT)
    sql = person_by_department_sql;
  else
    sql = person_by_name_sql;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the people directory"));
      sqlite3_finalize (stmt);
      return NULL;
    }

  pattern = like_pattern (filter != NULL ? filter->search : NULL);
  ops_store_bind_text (stmt, 1, pattern);
  sqlite3_bind_int64 (stmt, 2, filter != NULL ? filter->department_id : 0);
  /* A NULL filter is the all-zero one: active people of every department. */
  sqlite3_bind_int (stmt, 3, (filter != NULL && filter->include_inactive) || id != 0);
  sqlite3_bind_int64 (stmt, 4, id);
  if (!count_only)
    {
      sqlite3_bind_int64 (stmt, 5, range_limit (range));
      sqlite3_bind_int64 (stmt, 6, range.offset);
    }

  return stmt;
}

OpsPerson *
ops_store_person_from_row (sqlite3_stmt *stmt)
{
  OpsPerson *person = ops_person_new ();
  g_auto(GStrv) roles = NULL;
  OpsRole bits = OPS_ROLE_NONE;

  ops_person_set_id (person, sqlite3_column_int64 (stmt, 0));
  ops_person_set_name (person, ops_store_column_text (stmt, 1));
  ops_person_set_department_id (person, sqlite3_column_int64 (stmt, 2));
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    ops_person_set_department_name (person, ops_store_column_text (stmt, 3));
  ops_person_set_title (person, ops_store_column_text (stmt, 4));
  ops_person_set_email (person, ops_store_column_text (stmt, 5));
  ops_person_set_phone (person, ops_store_column_text (stmt, 6));
  ops_person_set_active (person, sqlite3_column_int (stmt, 7) != 0);

  roles = g_strsplit (ops_store_column_text (stmt, 8), ",", -1);
  for (guint i = 0; roles[i] != NULL; i++)
    bits |= ops_role_from_id (roles[i]);
  ops_person_set_roles (person, bits);

  ops_person_set_referenced (person, sqlite3_column_int (stmt, 9) != 0);

  return person;
}

/* Reads one person by id; NOT_FOUND when missing. */
static OpsPerson *
read_person (sqlite3  *db,
             gint64    id,
             GError  **error)
{
  sqlite3_stmt *stmt;
  OpsPerson *person = NULL;
  int rc;

  stmt = ops_store_prepare_people_query (db, NULL, id, OPS_PERSON_ORDER_NAME,
                                         OPS_RANGE_ALL, FALSE, error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    person = ops_store_person_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                 _("This person no longer exists: someone may have deleted them meanwhile. Reload the list."));
  else
    ops_store_set_sqlite_error (error, db, rc, _("read the person"));

  sqlite3_finalize (stmt);
  return person;
}

/* List people ------------------------------------------------------------------ */

typedef struct {
  char     *search;
  gint64    department_id;
  gboolean  include_inactive;
  OpsRange  range;
} PeopleQuery;

static void
people_query_free (gpointer data)
{
  PeopleQuery *query = data;

  g_free (query->search);
  g_free (query);
}

static gboolean
list_people_op (OpsStore    *self,
                sqlite3     *db,
                OpsStoreOp  *op,
                GError     **error)
{
  PeopleQuery *query = op->data;
  OpsPersonFilter filter = { query->search, query->department_id, query->include_inactive };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_prepare_people_query (db, &filter, 0, OPS_PERSON_ORDER_NAME,
                                         query->range, TRUE, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the people directory"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  op->total = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  stmt = ops_store_prepare_people_query (db, &filter, 0, OPS_PERSON_ORDER_NAME,
                                         query->range, FALSE, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, ops_store_person_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the people directory"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  op->result = to_list_model (items, OPS_TYPE_PERSON);
  op->result_free = g_object_unref;
  return TRUE;
}

void
ops_store_list_people_async (OpsStore              *self,
                             const OpsPersonFilter *filter,
                             OpsRange               range,
                             GCancellable          *cancellable,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  PeopleQuery *query;

  g_return_if_fail (OPS_IS_STORE (self));

  query = g_new0 (PeopleQuery, 1);
  if (filter != NULL)
    {
      query->search = g_strdup (filter->search);
      query->department_id = filter->department_id;
      query->include_inactive = filter->include_inactive;
    }
  query->range = range;

  ops_store_queue (self, list_people_op, OPS_TXN_READ, query, people_query_free,
                   cancellable, ops_store_list_people_async, callback, user_data);
}

/**
 * ops_store_list_people_finish:
 *
 * Returns: (transfer full): a GListModel of OpsPerson, or %NULL with @error.
 */
GListModel *
ops_store_list_people_finish (OpsStore      *self,
                              GAsyncResult  *result,
                              guint         *total,
                              GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_people_async, total, error);
}

/* Get a person ------------------------------------------------------------- */

static gboolean
get_person_op (OpsStore    *self,
               sqlite3     *db,
               OpsStoreOp  *op,
               GError     **error)
{
  gint64 *id = op->data;

  op->result = read_person (db, *id, error);
  op->result_free = g_object_unref;
  return op->result != NULL;
}

void
ops_store_get_person_async (OpsStore            *self,
                            gint64               id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, get_person_op, OPS_TXN_READ,
                   g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_get_person_async, callback, user_data);
}

/**
 * ops_store_get_person_finish:
 *
 * Returns: (transfer full): the person, or %NULL with @error
 * (OPS_STORE_ERROR_NOT_FOUND when there is no such person).
 */
OpsPerson *
ops_store_get_person_finish (OpsStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_get_person_async, NULL, error);
}

/* Save a person ------------------------------------------------------------- */

static gboolean
read_roles (OpsStore  *self,
            gint64     id,
            OpsRole   *roles,
            GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self, "SELECT role FROM person_roles WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  *roles = OPS_ROLE_NONE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *roles |= ops_role_from_id (ops_store_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the person's roles"));
      return FALSE;
    }

  return TRUE;
}

/* TRUE while no active person holds ADMINISTRATION: then anyone may hand out
 * roles, so that a new directory can get its first administrator. */
static gboolean
is_bootstrap (OpsStore  *self,
              gboolean  *bootstrap,
              GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self,
                         "SELECT EXISTS (SELECT 1 FROM person_roles r JOIN people p ON p.id = r.person_id"
                         " WHERE r.role = 'administration' AND p.active = 1)",
                         error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("check your role"));
      return FALSE;
    }

  *bootstrap = sqlite3_column_int (stmt, 0) == 0;
  return TRUE;
}

/* Checks that a row exists: @sql selects by ?1. */
static gboolean
row_exists (OpsStore    *self,
            const char  *sql,
            gint64       id,
            gboolean    *exists,
            GError     **error)
{
  sqlite3_stmt *stmt = ops_store_stmt (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the database"));
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
save_person_op (OpsStore    *self,
                sqlite3     *db,
                OpsStoreOp  *op,
                GError     **error)
{
  OpsPerson *person = op->data;
  g_autofree char *name = ops_strip_dup (ops_person_get_name (person));
  g_autofree char *title = strip_or_empty (ops_person_get_title (person));
  g_autofree char *email = strip_or_empty (ops_person_get_email (person));
  g_autofree char *phone = strip_or_empty (ops_person_get_phone (person));
  gint64 id = ops_person_get_id (person);
  gint64 department_id = ops_person_get_department_id (person);
  OpsRole roles = ops_person_get_roles (person) & OPS_ROLE_ALL;
  OpsRole old_roles = OPS_ROLE_NONE;
  gint64 now = ops_store_now ();
  GError *validation_error = NULL;
  sqlite3_stmt *stmt;
  gboolean exists;

  if (!ops_validate_text (_("Name"), name, -1, TRUE, OPS_MAX_NAME_CHARS, &validation_error) ||
      !ops_validate_text (_("Title"), title, -1, FALSE, OPS_MAX_SHORT_CHARS, &validation_error) ||
      !ops_validate_text (_("E-mail address"), email, -1, FALSE, OPS_MAX_SHORT_CHARS, &validation_error) ||
      !ops_validate_email (email, &validation_error) ||
      !ops_validate_text (_("Phone number"), phone, -1, FALSE, OPS_MAX_SHORT_CHARS, &validation_error) ||
      !ops_validate_phone (phone, &validation_error))
    return invalid (validation_error, error);

  if (id != 0)
    {
      if (!row_exists (self, "SELECT 1 FROM people WHERE id = ?1", id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                       _("%s no longer exists in the directory: someone may have deleted them meanwhile. Reload the list and add them again if needed."),
                       name);
          return FALSE;
        }
      if (!read_roles (self, id, &old_roles, error))
        return FALSE;
    }

  if (department_id != 0)
    {
      if (!row_exists (self, "SELECT 1 FROM departments WHERE id = ?1", department_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("Department: the department chosen for %s no longer exists. Choose another department."),
                       name);
          return FALSE;
        }
    }

  /* The staff role grants nothing; any other change of roles is reserved. */
  if ((roles ^ old_roles) & ~OPS_ROLE_STAFF)
    {
      gboolean bootstrap;

      if (!is_bootstrap (self, &bootstrap, error))
        return FALSE;
      if (!bootstrap &&
          !ops_store_require_role (db, op->current_user,
                                   OPS_ROLE_ADMINISTRATION | OPS_ROLE_HR,
                                   _("change a person's roles"), error))
        return FALSE;
    }

  if (id == 0)
    stmt = ops_store_stmt (self,
                           "INSERT INTO people (name, department_id, title, email, phone, active, created, updated)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                           error);
  else
    stmt = ops_store_stmt (self,
                           "UPDATE people SET name = ?1, department_id = ?2, title = ?3, email = ?4,"
                           " phone = ?5, active = ?6, updated = ?7 WHERE id = ?8",
                           error);
  if (stmt == NULL)
    return FALSE;

  ops_store_bind_text (stmt, 1, name);
  if (department_id != 0)
    sqlite3_bind_int64 (stmt, 2, department_id);
  else
    sqlite3_bind_null (stmt, 2);
  ops_store_bind_text (stmt, 3, title);
  ops_store_bind_text (stmt, 4, email);
  ops_store_bind_text (stmt, 5, phone);
  sqlite3_bind_int (stmt, 6, ops_person_get_active (person) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 7, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 8, id);

  if (!step_done (db, stmt, _("save the person"), error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (db);

  if (roles != old_roles)
    {
      stmt = ops_store_stmt (self, "DELETE FROM person_roles WHERE person_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (db, stmt, _("save the person's roles"), error))
        return FALSE;

      for (guint i = 0; i < OPS_N_ROLES; i++)
        {
          OpsRole role = ops_role_nth (i);

          if (!(roles & role))
            continue;

          stmt = ops_store_stmt (self, "INSERT INTO person_roles (person_id, role) VALUES (?1, ?2)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          ops_store_bind_text (stmt, 2, ops_role_to_id (role));
          if (!step_done (db, stmt, _("save the person's roles"), error))
            return FALSE;
        }
    }

  op->result = read_person (db, id, error);
  op->result_free = g_object_unref;
  if (op->result == NULL)
    return FALSE;

  /* Departments show their heads' names and count active members. */
  op->changed = OPS_CHANGED_PEOPLE | OPS_CHANGED_DEPARTMENTS;
  return TRUE;
}

void
ops_store_save_person_async (OpsStore            *self,
                             OpsPerson           *person,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_PERSON (person));

  /* The worker gets its own copy: @person belongs to the caller's thread. */
  ops_store_queue (self, save_person_op, OPS_TXN_WRITE,
                   ops_person_copy (person), g_object_unref,
                   cancellable, ops_store_save_person_async, callback, user_data);
}

/**
 * ops_store_save_person_finish:
 *
 * Returns: (transfer full): the person as saved, or %NULL with @error.
 */
OpsPerson *
ops_store_save_person_finish (OpsStore      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_person_async, NULL, error);
}

/* Activate / deactivate ------------------------------------------------------ */

typedef struct {
  gint64   id;
  gboolean active;
} ActiveData;

static gboolean
set_person_active_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  ActiveData *data = op->data;
  sqlite3_stmt *stmt;
  gboolean exists;

  stmt = ops_store_stmt (self,
                         "UPDATE people SET active = ?2, updated = ?3 WHERE id = ?1 AND active != ?2",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_int (stmt, 2, data->active ? 1 : 0);
  sqlite3_bind_int64 (stmt, 3, ops_store_now ());
  if (!step_done (db, stmt, _("change whether the person is active"), error))
    return FALSE;

  if (sqlite3_changes (db) > 0)
    {
      op->changed = OPS_CHANGED_PEOPLE | OPS_CHANGED_DEPARTMENTS;
      return TRUE;
    }

  if (!row_exists (self, "SELECT 1 FROM people WHERE id = ?1", data->id, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This person no longer exists: someone may have deleted them meanwhile. Reload the list."));
      return FALSE;
    }

  return TRUE;
}

void
ops_store_set_person_active_async (OpsStore            *self,
                                   gint64               id,
                                   gboolean             active,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  ActiveData *data;

  g_return_if_fail (OPS_IS_STORE (self));

  data = g_new0 (ActiveData, 1);
  data->id = id;
  data->active = !!active;

  ops_store_queue (self, set_person_active_op, OPS_TXN_WRITE, data, g_free,
                   cancellable, ops_store_set_person_active_async, callback, user_data);
}

gboolean
ops_store_set_person_active_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_set_person_active_async, NULL, error) != NULL;
}

/* Delete a person ------------------------------------------------------------ */

/* "head of 销售部": one reference in words. */
static char *
describe_reference (const char *what,
                    const char *label)
{
  if (g_strcmp0 (what, "department-head") == 0)
    /* TRANSLATORS: a person is the head of the department %s */
    return g_strdup_printf (_("head of %s"), label);
  if (g_strcmp0 (what, "division-leader") == 0)
    /* TRANSLATORS: a person is the division leader of the department %s */
    return g_strdup_printf (_("division leader of %s"), label);

  return g_strdup (label);
}

static gboolean
delete_person_op (OpsStore    *self,
                  sqlite3     *db,
                  OpsStoreOp  *op,
                  GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  g_autofree char *name = NULL;
  g_autofree char *example = NULL;
  sqlite3_stmt *stmt;
  guint n_refs = 0;
  int rc;

  stmt = ops_store_stmt (self, "SELECT name FROM people WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This person no longer exists: someone may have deleted them meanwhile. Reload the list."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("delete the person"));
      return FALSE;
    }
  name = g_strdup (ops_store_column_text (stmt, 0));

  stmt = ops_store_stmt (self, "SELECT what, label FROM person_references WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (n_refs++ == 0)
        example = describe_reference (ops_store_column_text (stmt, 0),
                                      ops_store_column_text (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("delete the person"));
      return FALSE;
    }

  if (n_refs > 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE,
                   ngettext ("%s is named in %u record (%s). Deactivate the person instead: they stay in old records but can no longer be chosen.",
                             "%s is named in %u records (e.g. %s). Deactivate the person instead: they stay in old records but can no longer be chosen.",
                             n_refs),
                   name, n_refs, example);
      return FALSE;
    }

  stmt = ops_store_stmt (self, "DELETE FROM people WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE,
                   _("%s is named in other records. Deactivate the person instead: they stay in old records but can no longer be chosen."),
                   name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("delete the person"));
      return FALSE;
    }

  op->changed = OPS_CHANGED_PEOPLE | OPS_CHANGED_DEPARTMENTS;
  return TRUE;
}

void
ops_store_delete_person_async (OpsStore            *self,
                               gint64               id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, delete_person_op, OPS_TXN_WRITE,
                   g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_delete_person_async, callback, user_data);
}

gboolean
ops_store_delete_person_finish (OpsStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_delete_person_async, NULL, error) != NULL;
}

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
  g_autofree char *pattern = like_pattern (search);
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
  sqlite3_bind_int64 (stmt, 3, range_limit (range));
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

  op->result = to_list_model (items, OPS_TYPE_DEPARTMENT);
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
    return invalid (validation_error, error);

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

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-people.c: the people directory in the store: listing, reading,
 * saving, deactivating and deleting people. Departments are in
 * ops-store-departments.c. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-private.h"

/* Helpers ------------------------------------------------------------------ */

/* The optional text fields are stored trimmed, "" when empty. */
static char *
strip_or_empty (const char *value)
{
  return value != NULL ? ops_strip_dup (value) : g_strdup ("");
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

  pattern = ops_store_like_pattern (filter != NULL ? filter->search : NULL);
  ops_store_bind_text (stmt, 1, pattern);
  sqlite3_bind_int64 (stmt, 2, filter != NULL ? filter->department_id : 0);
  /* A NULL filter is the all-zero one: active people of every department. */
  sqlite3_bind_int (stmt, 3, (filter != NULL && filter->include_inactive) || id != 0);
  sqlite3_bind_int64 (stmt, 4, id);
  if (!count_only)
    {
      sqlite3_bind_int64 (stmt, 5, ops_store_range_limit (range));
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

  op->result = ops_store_list_model (items, OPS_TYPE_PERSON);
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
    return ops_store_invalid (validation_error, error);

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
  /* TRANSLATORS: the following describe where a person is named; %s is a
   * meeting's topic, an action item's content or a document's name */
  if (g_strcmp0 (what, "meeting-host") == 0)
    return g_strdup_printf (_("host of the meeting “%s”"), label);
  if (g_strcmp0 (what, "meeting-note-taker") == 0)
    return g_strdup_printf (_("note-taker of the meeting “%s”"), label);
  if (g_strcmp0 (what, "meeting-minutes-approver") == 0)
    return g_strdup_printf (_("approved the minutes of “%s”"), label);
  if (g_strcmp0 (what, "meeting-attendee") == 0)
    return g_strdup_printf (_("attendee of the meeting “%s”"), label);
  if (g_strcmp0 (what, "meeting-presenter") == 0)
    return g_strdup_printf (_("presenter at the meeting “%s”"), label);
  if (g_strcmp0 (what, "resolution-owner") == 0)
    return g_strdup_printf (_("owner of a resolution of the meeting “%s”"), label);
  if (g_strcmp0 (what, "action-item-owner") == 0)
    return g_strdup_printf (_("owner of the action item “%s”"), label);
  if (g_strcmp0 (what, "action-item-revision") == 0)
    return g_strdup_printf (_("updated the action item “%s”"), label);
  if (g_strcmp0 (what, "approval-applicant") == 0)
    return g_strdup_printf (_("applicant of “%s”"), label);
  if (g_strcmp0 (what, "approval-approver") == 0)
    return g_strdup_printf (_("approver of “%s”"), label);
  if (g_strcmp0 (what, "approval-trail") == 0)
    /* TRANSLATORS: %s is the number of an entry of the approval audit trail */
    return g_strdup_printf (_("the approval audit trail (entry %s)"), label);
  if (g_strcmp0 (what, "approval-stamp") == 0)
    return g_strdup_printf (_("stamped “%s”"), label);
  if (g_strcmp0 (what, "approval-substitute") == 0)
    /* TRANSLATORS: %s is a date range "2026-11-25..2026-12-02" */
    return g_strdup_printf (_("an approval substitute for %s"), label);

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

/* Bulk insert for tests and benchmarks ------------------------------------- */

gboolean
ops_store_insert_people_for_testing (OpsStore   *self,
                                     GPtrArray  *people,
                                     GError    **error)
{
  sqlite3_stmt *person_stmt = NULL;
  sqlite3_stmt *role_stmt = NULL;
  gint64 now = ops_store_now ();
  int rc;

  g_return_val_if_fail (OPS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (people != NULL, FALSE);

  /* Own statements, not the worker's cache: the caller promises that the
   * worker is idle, and the connection is serialized. */
  if (!ops_store_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO people (name, department_id, title, email, phone, active, created, updated)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                           -1, &person_stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db, "INSERT INTO person_roles (person_id, role) VALUES (?1, ?2)",
                             -1, &role_stmt, NULL);

  for (guint i = 0; rc == SQLITE_OK && i < people->len; i++)
    {
      OpsPerson *person = g_ptr_array_index (people, i);
      gint64 department_id = ops_person_get_department_id (person);
      OpsRole roles = ops_person_get_roles (person) & OPS_ROLE_ALL;
      gint64 id;

      sqlite3_reset (person_stmt);
      ops_store_bind_text (person_stmt, 1, ops_person_get_name (person));
      if (department_id != 0)
        sqlite3_bind_int64 (person_stmt, 2, department_id);
      else
        sqlite3_bind_null (person_stmt, 2);
      ops_store_bind_text (person_stmt, 3, ops_person_get_title (person));
      ops_store_bind_text (person_stmt, 4, ops_person_get_email (person));
      ops_store_bind_text (person_stmt, 5, ops_person_get_phone (person));
      sqlite3_bind_int (person_stmt, 6, ops_person_get_active (person) ? 1 : 0);
      sqlite3_bind_int64 (person_stmt, 7, now);
      rc = sqlite3_step (person_stmt);
      if (rc != SQLITE_DONE)
        break;
      rc = SQLITE_OK;
      id = sqlite3_last_insert_rowid (self->db);

      for (guint r = 0; rc == SQLITE_OK && r < OPS_N_ROLES; r++)
        {
          OpsRole role = ops_role_nth (r);

          if (!(roles & role))
            continue;

          sqlite3_reset (role_stmt);
          sqlite3_bind_int64 (role_stmt, 1, id);
          ops_store_bind_text (role_stmt, 2, ops_role_to_id (role));
          rc = sqlite3_step (role_stmt);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }

  if (rc != SQLITE_OK)
    ops_store_set_sqlite_error (error, self->db, rc, _("save the person"));

  sqlite3_finalize (person_stmt);
  sqlite3_finalize (role_stmt);

  if (rc != SQLITE_OK || !ops_store_exec (self->db, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  ops_store_emit_changed (self, OPS_CHANGED_PEOPLE | OPS_CHANGED_DEPARTMENTS);
  return TRUE;
}

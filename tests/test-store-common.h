/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-common.h: helpers shared by the store tests: a temporary
 * database folder, blocking wrappers around the store's async calls (they
 * run the main loop until the callback fires) and a ::changed recorder. */
#pragma once

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/ops-store.h"
#include "store/ops-store-private.h"
#include "store/ops-store-reader.h"

/* Temporary folders ------------------------------------------------------- */

static inline void
t_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            t_remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

typedef struct {
  char     *dir;
  char     *path;
  OpsStore *store;
  GPtrArray *changes;   /* "what" of every ::changed, in order */
} TStore;

static inline void
t_on_changed (OpsStore   *store,
              const char *what,
              gpointer    user_data)
{
  TStore *t = user_data;

  g_ptr_array_add (t->changes, g_strdup (what));
}

/* Runs the main context until nothing is pending. */
static inline void
t_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static inline void
t_open (TStore            *t,
        OpsStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;

  t->store = ops_store_open (t->path, flags, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (t->store);
  g_signal_connect (t->store, "changed", G_CALLBACK (t_on_changed), t);
}

static inline void
t_close (TStore *t)
{
  if (t->store != NULL)
    {
      ops_store_close (t->store);
      t_drain ();
      g_clear_object (&t->store);
    }
}

/* A new folder with "opsdesk.db" in it; @open: open the store too. */
static inline TStore *
t_store_new (gboolean          open,
             OpsStoreOpenFlags flags)
{
  g_autoptr(GError) error = NULL;
  TStore *t = g_new0 (TStore, 1);

  t->dir = g_dir_make_tmp ("opsdesk-store-XXXXXX", &error);
  g_assert_no_error (error);
  t->path = g_build_filename (t->dir, "opsdesk.db", NULL);
  t->changes = g_ptr_array_new_with_free_func (g_free);
  if (open)
    t_open (t, flags);

  return t;
}

static inline void
t_store_free (TStore *t)
{
  t_close (t);
  t_remove_tree (t->dir);
  g_ptr_array_unref (t->changes);
  g_free (t->path);
  g_free (t->dir);
  g_free (t);
}

static inline gboolean
t_changes_contain (TStore     *t,
                   const char *what)
{
  for (guint i = 0; i < t->changes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (t->changes, i), what) == 0)
      return TRUE;

  return FALSE;
}

/* Waiting for callbacks ---------------------------------------------------- */

static inline void
t_result_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static inline GAsyncResult *
t_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* Let ::changed (queued before the result) be delivered too. */
  t_drain ();

  return *slot;
}

/* Blocking wrappers --------------------------------------------------------- */

static inline OpsPerson *
t_save_person (OpsStore   *store,
               OpsPerson  *person,
               GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_person_async (store, person, NULL, t_result_cb, &result);
  return ops_store_save_person_finish (store, t_wait (&result), error);
}

static inline OpsPerson *
t_get_person (OpsStore  *store,
              gint64     id,
              GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_get_person_async (store, id, NULL, t_result_cb, &result);
  return ops_store_get_person_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_list_people (OpsStore              *store,
               const OpsPersonFilter *filter,
               OpsRange               range,
               guint                 *total,
               GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_people_async (store, filter, range, NULL, t_result_cb, &result);
  return ops_store_list_people_finish (store, t_wait (&result), total, error);
}

static inline gboolean
t_set_active (OpsStore  *store,
              gint64     id,
              gboolean   active,
              GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_set_person_active_async (store, id, active, NULL, t_result_cb, &result);
  return ops_store_set_person_active_finish (store, t_wait (&result), error);
}

static inline gboolean
t_delete_person (OpsStore  *store,
                 gint64     id,
                 GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_delete_person_async (store, id, NULL, t_result_cb, &result);
  return ops_store_delete_person_finish (store, t_wait (&result), error);
}

static inline OpsDepartment *
t_save_department (OpsStore       *store,
                   OpsDepartment  *department,
                   GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_department_async (store, department, NULL, t_result_cb, &result);
  return ops_store_save_department_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_list_departments (OpsStore                  *store,
                    const OpsDepartmentFilter *filter,
                    OpsRange                   range,
                    guint                     *total,
                    GError                   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_departments_async (store, filter, range, NULL, t_result_cb, &result);
  return ops_store_list_departments_finish (store, t_wait (&result), total, error);
}

static inline gboolean
t_delete_department (OpsStore  *store,
                     gint64     id,
                     GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_delete_department_async (store, id, NULL, t_result_cb, &result);
  return ops_store_delete_department_finish (store, t_wait (&result), error);
}

static inline gboolean
t_set_day (OpsStore    *store,
           const char  *date,
           OpsDayKind   kind,
           const char  *name,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_set_calendar_day_async (store, date, kind, name, NULL, t_result_cb, &result);
  return ops_store_set_calendar_day_finish (store, t_wait (&result), error);
}

static inline gboolean
t_remove_day (OpsStore    *store,
              const char  *date,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_remove_calendar_day_async (store, date, NULL, t_result_cb, &result);
  return ops_store_remove_calendar_day_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_list_days (OpsStore  *store,
             GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_calendar_days_async (store, NULL, t_result_cb, &result);
  return ops_store_list_calendar_days_finish (store, t_wait (&result), error);
}

static inline OpsCalendar *
t_load_calendar (OpsStore  *store,
                 GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_load_calendar_async (store, NULL, t_result_cb, &result);
  return ops_store_load_calendar_finish (store, t_wait (&result), error);
}

static inline gboolean
t_check_role (OpsStore  *store,
              OpsRole    any_of,
              GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_check_role_async (store, any_of, NULL, t_result_cb, &result);
  return ops_store_check_role_finish (store, t_wait (&result), error);
}

static inline char *
t_backup (OpsStore    *store,
          const char  *dest,
          GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_backup_async (store, dest, NULL, t_result_cb, &result);
  return ops_store_backup_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_list_backups (OpsStore  *store,
                GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_backups_async (store, NULL, t_result_cb, &result);
  return ops_store_list_backups_finish (store, t_wait (&result), error);
}

static inline gboolean
t_restore (OpsStore    *store,
           const char  *source,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_restore_async (store, source, NULL, t_result_cb, &result);
  return ops_store_restore_finish (store, t_wait (&result), error);
}

/* Records ------------------------------------------------------------------ */

/* Saves a new department (asserting success) and returns its id. */
static inline gint64
t_add_department (OpsStore   *store,
                  const char *name)
{
  g_autoptr(OpsDepartment) department = ops_department_new ();
  g_autoptr(OpsDepartment) saved = NULL;
  g_autoptr(GError) error = NULL;

  ops_department_set_name (department, name);
  saved = t_save_department (store, department, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  return ops_department_get_id (saved);
}

/* Saves a new person (asserting success) and returns its id. */
static inline gint64
t_add_person (OpsStore   *store,
              const char *name,
              gint64      department_id,
              OpsRole     roles)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(GError) error = NULL;

  ops_person_set_name (person, name);
  ops_person_set_department_id (person, department_id);
  ops_person_set_roles (person, roles);
  saved = t_save_person (store, person, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  return ops_person_get_id (saved);
}

/* Raw SQLite, to look at the file from outside the store ------------------ */

static inline sqlite3 *
t_sqlite_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static inline gint64
t_sqlite_int (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static inline char *
t_sqlite_text (sqlite3    *db,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* One query on a file, with its own short-lived connection. */
static inline gint64
t_file_int (const char *path,
            const char *sql)
{
  sqlite3 *db = t_sqlite_open (path);
  gint64 value = t_sqlite_int (db, sql);

  sqlite3_close (db);
  return value;
}

static inline char *
t_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

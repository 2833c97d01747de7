/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-open.c: opening the store: connections and their pragmas, the
 * lock, quick_check of an existing file, and migrations. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "store/ops-store-private.h"

#define SQL_RESOURCE_DIR "/io/github/opsdesk/Opsdesk/sql/"

/* Connections ------------------------------------------------------------ */

gboolean
ops_store_pragma_int (sqlite3     *db,
                      const char  *pragma,
                      gint64      *value,
                      GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the database header"));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
ops_store_quick_check (sqlite3  *db,
                       char    **problem)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      *problem = g_strdup (sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      /* SQLite's report spans lines; a message reads better on one. */
      *problem = g_strdelimit (g_strdup (ops_store_column_text (stmt, 0)), "\n", ' ');
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

/* Sorts names the way the user's locale does (pinyin order for Chinese in
 * zh_CN), ignoring case; equal keys fall back to the bytes so the order is
 * total. Only used in queries, never in the schema, so other tools can still
 * read the file. */
static int
collate_locale (void       *data,
                int         len1,
                const void *s1,
                int         len2,
                const void *s2)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  int result;

  /* Equal bytes compare equal below too; sorting by department then name
   * compares equal department names most of the time. */
  if (len1 == len2 && memcmp (s1, s2, len1) == 0)
    return 0;

  a = g_utf8_casefold (s1, len1);
  b = g_utf8_casefold (s2, len2);
  result = g_utf8_collate (a, b);
  if (result == 0)
    {
      result = memcmp (s1, s2, MIN (len1, len2));
      if (result == 0)
        result = len1 - len2;
    }

  return result;
}

sqlite3 *
ops_store_open_connection (const char  *path,
                           int          flags,
                           gboolean     write,
                           GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not open the database %s (%s). Check that the file exists and that you may read and write it."),
                   path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 5000);
  sqlite3_create_collation_v2 (db, "ops_locale", SQLITE_UTF8, NULL, collate_locale, NULL);

  if (!ops_store_exec (db, "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;", error) ||
      (write && !ops_store_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", error)))
    {
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

/* Migrations ------------------------------------------------------------- */

static GBytes *
lookup_migration (guint    version,
                  char   **name,
                  GError **error)
{
  g_auto(GStrv) children = NULL;
  g_autofree char *prefix = g_strdup_printf ("%04u-", version);

  children = g_resources_enumerate_children (SQL_RESOURCE_DIR, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      if (g_str_has_prefix (children[i], prefix) && g_str_has_suffix (children[i], ".sql"))
        {
          g_autofree char *path = g_strconcat (SQL_RESOURCE_DIR, children[i], NULL);
          GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

          if (bytes != NULL)
            {
              *name = g_strdup (children[i]);
              return bytes;
            }
        }
    }

  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_MIGRATION,
               _("The upgrade of the database to version %u is missing from this build of Opsdesk. Reinstall Opsdesk."),
               version);
  return NULL;
}

gboolean
ops_store_migrate (sqlite3            *db,
                   guint               to_version,
                   const char * const *scripts,
                   GError            **error)
{
  gint64 version;

  if (!ops_store_pragma_int (db, "user_version", &version, error))
    return FALSE;

  for (guint v = (guint) version + 1; v <= to_version; v++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *name = NULL;
      g_autofree char *script = NULL;
      g_autofree char *set_version = NULL;
      int rc;

      if (scripts != NULL)
        {
          script = g_strdup (scripts[v - 1]);
          name = g_strdup_printf ("#%u", v);
        }
      else
        {
          bytes = lookup_migration (v, &name, error);
          if (bytes == NULL)
            return FALSE;
          script = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
        }

      if (!ops_store_exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;

      /* The version is a number of ours, not user data: PRAGMA takes no
       * bound parameters. */
      set_version = g_strdup_printf ("PRAGMA user_version = %u", v);
      rc = sqlite3_exec (db, script, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, set_version, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_MIGRATION,
                       _("Could not upgrade the database to version %u (migration %s): %s. Nothing of this step was changed: the database stays at version %u. Restore a backup or install the Opsdesk version that made it, and report the problem."),
                       v, name, sqlite3_errmsg (db), v - 1);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
ops_store_apply_scripts_for_testing (const char         *path,
                                     const char * const *scripts,
                                     GError            **error)
{
  sqlite3 *db;
  gboolean ok;

  db = ops_store_open_connection (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, TRUE, error);
  if (db == NULL)
    return FALSE;

  ok = ops_store_migrate (db, g_strv_length ((char **) scripts), scripts, error);
  sqlite3_close (db);
  return ok;
}

gboolean
ops_store_migrate_file_for_testing (const char  *path,
                                    guint        to_version,
                                    GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  db = ops_store_open_connection (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, TRUE, error);
  if (db == NULL)
    return FALSE;

  ok = ops_store_migrate (db, to_version, NULL, error);
  sqlite3_close (db);
  return ok;
}

char *
ops_store_dup_pragma_for_testing (OpsStore   *self,
                                  const char *pragma)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_return_val_if_fail (OPS_IS_STORE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  /* The connection is serialized (SQLITE_THREADSAFE=1), and the caller
   * promises that the worker is idle. */
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup (ops_store_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* Opening --------------------------------------------------------------- */

static gboolean
take_lock (OpsStore  *self,
           GError   **error)
{
  g_autofree char *lock_path = g_strconcat (self->path, ".lock", NULL);
  int saved_errno;

  self->lock_fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (self->lock_fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not create the lock file %s (%s). Check that you may write in that folder."),
                   lock_path, g_strerror (saved_errno));
      return FALSE;
    }

  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      saved_errno = errno;
      close (self->lock_fd);
      self->lock_fd = -1;

      if (saved_errno == EWOULDBLOCK)
        g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_LOCKED,
                     _("The database %s is already open in another Opsdesk window or process. Close it there first."),
                     self->path);
      else
        g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                     _("Could not lock the database %s (%s). Check that the folder is on a local disk you may write to."),
                     self->path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Looks at an existing file through a read-only connection, so that nothing
 * is written to a damaged, foreign or newer file. */
static gboolean
check_existing (const char  *path,
                gint64      *version,
                GError     **error)
{
  sqlite3 *db;
  g_autofree char *problem = NULL;
  gint64 app_id = 0;
  gint64 n_objects = 0;

  db = ops_store_open_connection (path, SQLITE_OPEN_READONLY, FALSE, error);
  if (db == NULL)
    return FALSE;

  if (!ops_store_quick_check (db, &problem))
    {
      g_autofree char *backup = ops_store_find_newest_backup (path);

      /* The integrity report can run to pages: the full text goes to the
       * log for whoever looks into it, the message keeps its start. */
      g_message ("quick_check of %s failed: %s", path, problem);
      if (g_utf8_strlen (problem, -1) > 80)
        {
          g_autofree char *start = g_utf8_substring (problem, 0, 79);

          g_free (problem);
          problem = g_strconcat (start, "…", NULL);
        }

      sqlite3_close (db);
      if (backup != NULL)
        g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT,
                     _("The database %s is damaged or is not a database (%s). It was left untouched. The newest backup is %s: replace the damaged file with it to continue."),
                     path, problem, backup);
      else
        g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT,
                     _("The database %s is damaged or is not a database (%s). It was left untouched. There is no backup of it: keep a copy of the file and open another database with --database."),
                     path, problem);
      return FALSE;
    }

  if (!ops_store_pragma_int (db, "application_id", &app_id, error) ||
      !ops_store_pragma_int (db, "user_version", version, error))
    {
      sqlite3_close (db);
      return FALSE;
    }

  if (*version == 0)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        n_objects = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  if ((app_id != 0 && app_id != OPS_STORE_APPLICATION_ID) || n_objects > 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("The file %s is a database of another program, not of Opsdesk. It was left untouched. Choose another file with --database."),
                   path);
      return FALSE;
    }

  if (*version > OPS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_TOO_NEW,
                   _("The database %s was written by a newer Opsdesk (schema version %u; this one knows up to %u). It was left untouched. Install the newer Opsdesk to open it."),
                   path, (guint) *version, (guint) OPS_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

static OpsStore *
open_store (const char         *path,
            OpsStoreOpenFlags   flags,
            GMainContext       *context,
            GCancellable       *cancellable,
            GError            **error)
{
  g_autoptr(OpsStore) self = g_object_new (OPS_TYPE_STORE, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;
  gboolean exists;
  gint64 version = 0;
  int saved_errno;

  self->path = g_strdup (path);
  self->backup_dir = ops_store_backup_dir_for (path);
  self->main_context = g_main_context_ref (context);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not create the folder %s (%s). Check that you may write there, or choose another database location."),
                   dir, g_strerror (saved_errno));
      return NULL;
    }

  if (!take_lock (self, error))
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  exists = g_stat (path, &st) == 0 && st.st_size > 0;
  if (exists && !check_existing (path, &version, error))
    return NULL;

  self->created = !exists;
  self->initial_version = (guint) version;

  self->db = ops_store_open_connection (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, TRUE, error);
  if (self->db == NULL)
    return NULL;

  if (exists && version >= 1 && version < OPS_STORE_SCHEMA_VERSION)
    {
      g_autofree char *backup = NULL;
      g_autoptr(GError) backup_error = NULL;

      backup = ops_store_backup_generation (self->db, path, self->backup_dir, TRUE, &backup_error);
      if (backup == NULL)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_MIGRATION,
                       _("The database %s needs an upgrade, but the safety copy made before it failed: %s Nothing was changed."),
                       path, backup_error->message);
          return NULL;
        }
    }

  if (!ops_store_migrate (self->db, OPS_STORE_SCHEMA_VERSION, NULL, error))
    return NULL;

  /* A random identity of this database, made once: calendar exports build
   * their event UIDs from it, so a meeting keeps its UID across exports and
   * two databases' meeting 12 never collide. A backup carries it along. */
  if (!ops_store_exec (self->db,
                       "INSERT OR IGNORE INTO settings (key, value) "
                       "VALUES ('database.uid', lower(hex(randomblob(16))))", error))
    return NULL;

  if (self->created && (flags & OPS_STORE_OPEN_DEMO))
    {
      if (!ops_store_exec (self->db, "BEGIN IMMEDIATE", error))
        return NULL;
      if (!ops_store_fill_demo (self->db, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return NULL;
        }
      if (!ops_store_exec (self->db, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return NULL;
        }
    }

  if (!ops_store_start_worker (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ops_store_open:
 *
 * Opens (creating, checking and migrating) the database at @path. Blocking:
 * for the command line and tests, never the UI thread. ::changed will be
 * emitted on the thread-default main context of the caller.
 *
 * Returns: (transfer full): the store, or %NULL with @error set.
 */
OpsStore *
ops_store_open (const char         *path,
                OpsStoreOpenFlags   flags,
                GCancellable       *cancellable,
                GError            **error)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();

  g_return_val_if_fail (path != NULL, NULL);

  return open_store (path, flags, context, cancellable, error);
}

typedef struct {
  char              *path;
  OpsStoreOpenFlags  flags;
  GMainContext      *context;
} OpenData;

static void
open_data_free (gpointer data)
{
  OpenData *od = data;

  g_free (od->path);
  g_main_context_unref (od->context);
  g_free (od);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *od = task_data;
  GError *error = NULL;
  OpsStore *store;

  store = open_store (od->path, od->flags, od->context, cancellable, &error);
  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

void
ops_store_open_async (const char          *path,
                      OpsStoreOpenFlags    flags,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *od;

  g_return_if_fail (path != NULL);

  od = g_new0 (OpenData, 1);
  od->path = g_strdup (path);
  od->flags = flags;
  od->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ops_store_open_async);
  g_task_set_task_data (task, od, open_data_free);
  g_task_run_in_thread (task, open_thread);
}

/**
 * ops_store_open_finish:
 *
 * Returns: (transfer full): the opened store, or %NULL with @error set.
 */
OpsStore *
ops_store_open_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ops_store_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

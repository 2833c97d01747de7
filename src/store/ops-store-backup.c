/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-backup.c: verified backups with the SQLite backup API, the
 * generations kept in the backup folder, restore, and the blocking helpers
 * used when a database is found damaged. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "store/ops-store-private.h"

/* Paths and names ------------------------------------------------------- */

char *
ops_store_backup_dir_for (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

/* "opsdesk" for "/x/opsdesk.db": the prefix of its backup generations. */
static char *
backup_base_name (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';

  return g_steal_pointer (&base);
}

typedef struct {
  char     *path;
  gint64    created;
  guint     seq;
  gboolean  automatic;
} Generation;

static void
generation_free (gpointer data)
{
  Generation *generation = data;

  g_free (generation->path);
  g_free (generation);
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

/* Parses "<base>-YYYYMMDD-HHMMSS[-N][-auto].db". */
static gboolean
parse_generation (const char *base,
                  const char *filename,
                  Generation *generation)
{
  g_autofree char *rest = NULL;
  g_autoptr(GDateTime) created = NULL;
  gsize length;
  char *end;
  int year, month, day, hour, minute, second;

  if (!g_str_has_prefix (filename, base) || filename[strlen (base)] != '-' ||
      !g_str_has_suffix (filename, ".db"))
    return FALSE;

  rest = g_strdup (filename + strlen (base) + 1);
  rest[strlen (rest) - 3] = '\0';

  generation->automatic = g_str_has_suffix (rest, "-auto");
  if (generation->automatic)
    rest[strlen (rest) - 5] = '\0';

  length = strlen (rest);
  if (length < 15 || !all_digits (rest, 8) || rest[8] != '-' || !all_digits (rest + 9, 6))
    return FALSE;

  generation->seq = 1;
  if (length > 15)
    {
      guint64 seq;

      if (rest[15] != '-' || length == 16 || !all_digits (rest + 16, length - 16))
        return FALSE;
      seq = g_ascii_strtoull (rest + 16, &end, 10);
      if (seq < 2 || seq > G_MAXUINT)
        return FALSE;
      generation->seq = (guint) seq;
    }

  if (sscanf (rest, "%4d%2d%2d-%2d%2d%2d", &year, &month, &day, &hour, &minute, &second) != 6)
    return FALSE;
  created = g_date_time_new_local (year, month, day, hour, minute, second);
  if (created == NULL)
    return FALSE;

  generation->created = g_date_time_to_unix (created);
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Generation *ga = *(const Generation * const *) a;
  const Generation *gb = *(const Generation * const *) b;

  if (ga->created != gb->created)
    return ga->created > gb->created ? -1 : 1;
  if (ga->seq != gb->seq)
    return ga->seq > gb->seq ? -1 : 1;

  return g_strcmp0 (gb->path, ga->path);
}

/* The backup generations of @db_path, newest first (blocking). */
static GPtrArray *
list_generations (const char *db_path)
{
  g_autofree char *dir_path = ops_store_backup_dir_for (db_path);
  g_autofree char *base = backup_base_name (db_path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *generations = g_ptr_array_new_with_free_func (generation_free);
  const char *name;

  if (dir == NULL)
    return generations;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      Generation parsed = { 0 };

      if (parse_generation (base, name, &parsed))
        {
          Generation *generation = g_memdup2 (&parsed, sizeof parsed);

          generation->path = g_build_filename (dir_path, name, NULL);
          g_ptr_array_add (generations, generation);
        }
    }

  g_ptr_array_sort (generations, compare_newest_first);
  return generations;
}

/* Deletes all but the newest generations; never @keep (the one just
 * written, even if the clock went backwards). */
static void
prune_generations (const char *db_path,
                   const char *keep)
{
  g_autoptr(GPtrArray) generations = list_generations (db_path);

  for (guint i = OPS_STORE_BACKUP_GENERATIONS; i < generations->len; i++)
    {
      Generation *generation = g_ptr_array_index (generations, i);

      if (g_strcmp0 (generation->path, keep) == 0)
        continue;
      if (g_unlink (generation->path) != 0)
        g_warning ("Could not delete the old backup %s: %s",
                   generation->path, g_strerror (errno));
    }
}

/* Writing a verified copy ------------------------------------------------ */

static gboolean
fsync_path (const char  *path,
            gboolean     directory,
            GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0), 0);
  int saved_errno;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not write %s to the disk (%s). Check that the disk is present and not full, then try again."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static void
remove_with_companions (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_unlink (companion);
    }
}

/* Copies @db into @dest_path: a temporary file in the same folder, checked
 * with quick_check, fsync'd, renamed into place, folder fsync'd. */
gboolean
ops_store_backup_db_to_path (sqlite3     *db,
                             const char  *dest_path,
                             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (dest_path);
  g_autofree char *tmp_path = g_strconcat (dest_path, ".tmp-XXXXXX", NULL);
  g_autofree char *problem = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd, rc, saved_errno;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not create the folder %s (%s). Check that you may write there."),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not create a file in %s (%s). Check that you may write there and that the disk is not full."),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          if (rc == SQLITE_DONE)
            rc = sqlite3_backup_finish (backup);
          else
            sqlite3_backup_finish (backup);
        }
    }
  /* A backup is one self-contained file. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not write the backup %s (%s). Check that there is free space and that you may write to that folder."),
                   dest_path, dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      remove_with_companions (tmp_path);
      return FALSE;
    }
  sqlite3_close (dest);

  /* Read the copy back from the disk with a fresh connection. */
  dest = ops_store_open_connection (tmp_path, SQLITE_OPEN_READONLY, FALSE, error);
  if (dest == NULL)
    {
      remove_with_companions (tmp_path);
      return FALSE;
    }
  if (!ops_store_quick_check (dest, &problem))
    {
      sqlite3_close (dest);
      remove_with_companions (tmp_path);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("The backup %s failed its check after writing (%s). The disk may be failing: try another location."),
                   dest_path, problem);
      return FALSE;
    }
  sqlite3_close (dest);

  if (!fsync_path (tmp_path, FALSE, error))
    {
      remove_with_companions (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, dest_path) != 0)
    {
      saved_errno = errno;
      remove_with_companions (tmp_path);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not move the backup into place as %s (%s). Check that you may write to that folder."),
                   dest_path, g_strerror (saved_errno));
      return FALSE;
    }

  return fsync_path (dir, TRUE, error);
}

char *
ops_store_backup_generation (sqlite3     *db,
                             const char  *db_path,
                             const char  *backup_dir,
                             gboolean     automatic,
                             GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = backup_base_name (db_path);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) generations = list_generations (db_path);
  const char *suffix = automatic ? "-auto" : "";
  guint first_seq = 1;

  /* Within one second, a number above any generation of that second (even
   * if older ones of it were pruned), so that the newest sorts first. */
  for (guint i = 0; i < generations->len; i++)
    {
      Generation *generation = g_ptr_array_index (generations, i);

      if (generation->created == g_date_time_to_unix (now))
        first_seq = MAX (first_seq, generation->seq + 1);
    }

  /* A name not taken by either kind, so that generations sort uniquely. */
  for (guint seq = first_seq; path == NULL; seq++)
    {
      g_autofree char *stem = seq == 1
        ? g_strdup_printf ("%s-%s", base, stamp)
        : g_strdup_printf ("%s-%s-%u", base, stamp, seq);
      g_autofree char *manual = g_strdup_printf ("%s/%s.db", backup_dir, stem);
      g_autofree char *automatic_path = g_strdup_printf ("%s/%s-auto.db", backup_dir, stem);

      if (!g_file_test (manual, G_FILE_TEST_EXISTS) &&
          !g_file_test (automatic_path, G_FILE_TEST_EXISTS))
        path = g_strdup_printf ("%s/%s%s.db", backup_dir, stem, suffix);
    }

  if (!ops_store_backup_db_to_path (db, path, error))
    return NULL;

  prune_generations (db_path, path);
  return g_steal_pointer (&path);
}

/* Backup ----------------------------------------------------------------- */

static gboolean
backup_op (OpsStore    *self,
           sqlite3     *db,
           OpsStoreOp  *op,
           GError     **error)
{
  const char *dest_path = op->data;

  if (dest_path == NULL)
    {
      op->result = ops_store_backup_generation (db, self->path, self->backup_dir, FALSE, error);
      op->result_free = g_free;
      return op->result != NULL;
    }

  if (!ops_store_backup_db_to_path (db, dest_path, error))
    return FALSE;

  op->result = g_strdup (dest_path);
  op->result_free = g_free;
  return TRUE;
}

void
ops_store_backup_async (OpsStore            *self,
                        const char          *dest_path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, backup_op, OPS_TXN_NONE, g_strdup (dest_path), g_free,
                   cancellable, ops_store_backup_async, callback, user_data);
}

/**
 * ops_store_backup_finish:
 *
 * Returns: (transfer full): the path of the backup written; free with g_free().
 */
char *
ops_store_backup_finish (OpsStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_backup_async, NULL, error);
}

/* List ----------------------------------------------------------------- */

static void
list_backups_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  OpsStore *self = source_object;
  g_autoptr(GPtrArray) generations = list_generations (self->path);
  g_autoptr(GListStore) backups = g_list_store_new (OPS_TYPE_BACKUP_INFO);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < generations->len; i++)
    {
      Generation *generation = g_ptr_array_index (generations, i);
      GStatBuf st;

      if (g_stat (generation->path, &st) != 0)
        continue;
      g_ptr_array_add (items, ops_backup_info_new (generation->path, generation->created,
                                                   (guint64) st.st_size, generation->automatic));
    }

  g_list_store_splice (backups, 0, 0, items->pdata, items->len);
  g_task_return_pointer (task, g_steal_pointer (&backups), g_object_unref);
}

void
ops_store_list_backups_async (OpsStore            *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OPS_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ops_store_list_backups_async);
  g_task_run_in_thread (task, list_backups_thread);
}

/**
 * ops_store_list_backups_finish:
 *
 * Returns: (transfer full): a GListModel of OpsBackupInfo, newest first.
 */
GListModel *
ops_store_list_backups_finish (OpsStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ops_store_list_backups_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Restore ------------------------------------------------------------------ */

/* Opens @path read-only and checks that it is an intact Opsdesk database this
 * program can read. Returns the connection, or NULL with @error. */
static sqlite3 *
open_checked_source (const char  *path,
                     GError     **error)
{
  g_autofree char *problem = NULL;
  sqlite3 *src;
  sqlite3_stmt *stmt = NULL;
  gint64 app_id = 0, version = 0, n_tables = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("There is no file %s. Nothing was changed. Choose an existing backup."),
                   path);
      return NULL;
    }

  src = ops_store_open_connection (path, SQLITE_OPEN_READONLY, FALSE, error);
  if (src == NULL)
    return NULL;

  if (!ops_store_quick_check (src, &problem))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT,
                   _("The file %s is damaged or is not a database (%s). Nothing was changed. Choose another backup."),
                   path, problem);
      sqlite3_close (src);
      return NULL;
    }

  if (!ops_store_pragma_int (src, "application_id", &app_id, error) ||
      !ops_store_pragma_int (src, "user_version", &version, error))
    {
      sqlite3_close (src);
      return NULL;
    }

  if (sqlite3_prepare_v2 (src,
                          "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                          " AND name IN ('people', 'departments', 'person_roles')",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n_tables = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  if (app_id != OPS_STORE_APPLICATION_ID || version < 1 || n_tables != 3)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("The file %s is not an Opsdesk database. Nothing was changed. Choose a backup made by Opsdesk."),
                   path);
      sqlite3_close (src);
      return NULL;
    }

  if (version > OPS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_TOO_NEW,
                   _("The backup %s was made by a newer Opsdesk (schema version %u; this one knows up to %u). Nothing was changed. Install the newer Opsdesk to restore it."),
                   path, (guint) version, (guint) OPS_STORE_SCHEMA_VERSION);
      sqlite3_close (src);
      return NULL;
    }

  return src;
}

/* Copies all of @src into the live connection @db. */
static gboolean
copy_into (sqlite3     *db,
           sqlite3     *src,
           const char  *source_path,
           GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (db, "main", src, "main");
  int rc;

  if (backup == NULL)
    rc = sqlite3_errcode (db);
  else
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_DONE)
        rc = sqlite3_backup_finish (backup);
      else
        sqlite3_backup_finish (backup);
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not copy %s into the database (%s). Try again; if it keeps failing, restart Opsdesk."),
                   source_path, sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

static gboolean
restore_op (OpsStore    *self,
            sqlite3     *db,
            OpsStoreOp  *op,
            GError     **error)
{
  const char *source_path = op->data;
  g_autofree char *safety = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *src;

  src = open_checked_source (source_path, error);
  if (src == NULL)
    return FALSE;

  safety = ops_store_backup_generation (db, self->path, self->backup_dir, TRUE, &local_error);
  if (safety == NULL)
    {
      sqlite3_close (src);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not make a safety copy of the current data before restoring: %s Nothing was changed."),
                   local_error->message);
      return FALSE;
    }

  /* No statement may be active on the destination of a backup. */
  g_hash_table_remove_all (self->statements);

  if (!copy_into (db, src, source_path, error))
    {
      sqlite3_close (src);
      return FALSE;
    }
  sqlite3_close (src);

  if (!ops_store_migrate (db, OPS_STORE_SCHEMA_VERSION, NULL, &local_error))
    {
      sqlite3 *previous = ops_store_open_connection (safety, SQLITE_OPEN_READONLY, FALSE, NULL);

      /* Put the data from before the restore back. */
      if (previous != NULL)
        {
          copy_into (db, previous, safety, NULL);
          sqlite3_close (previous);
        }
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_MIGRATION,
                   _("The backup %s could not be upgraded: %s The data from before the restore was put back."),
                   source_path, local_error->message);
      op->changed = OPS_CHANGED_ALL;
      return FALSE;
    }

  op->changed = OPS_CHANGED_ALL;
  return TRUE;
}

void
ops_store_restore_async (OpsStore            *self,
                         const char          *source_path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (source_path != NULL);

  ops_store_queue (self, restore_op, OPS_TXN_NONE, g_strdup (source_path), g_free,
                   cancellable, ops_store_restore_async, callback, user_data);
}

gboolean
ops_store_restore_finish (OpsStore      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_restore_async, NULL, error) != NULL;
}

/* For a damaged database ---------------------------------------------------- */

/**
 * ops_store_find_newest_backup:
 *
 * Returns: (transfer full) (nullable): the path of the newest backup
 * generation of @db_path, or %NULL when there is none. Blocking.
 */
char *
ops_store_find_newest_backup (const char *db_path)
{
  g_autoptr(GPtrArray) generations = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  generations = list_generations (db_path);
  if (generations->len == 0)
    return NULL;

  return g_strdup (((Generation *) g_ptr_array_index (generations, 0))->path);
}

gboolean
ops_store_replace_with_backup (const char  *db_path,
                               const char  *backup_path,
                               GError     **error)
{
  static const char * const companions[] = { "-wal", "-shm", "-journal" };
  g_autofree char *lock_path = g_strconcat (db_path, ".lock", NULL);
  g_autofree char *damaged = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  gboolean moved = FALSE;
  gboolean ok;
  sqlite3 *src;
  int lock_fd, saved_errno;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  lock_fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (lock_fd < 0 || flock (lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      saved_errno = errno;
      if (lock_fd >= 0)
        close (lock_fd);
      if (saved_errno == EWOULDBLOCK)
        g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_LOCKED,
                     _("The database %s is already open in another Opsdesk window or process. Close it there first."),
                     db_path);
      else
        g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                     _("Could not lock the database %s (%s). Check that you may write to its folder."),
                     db_path, g_strerror (saved_errno));
      return FALSE;
    }

  src = open_checked_source (backup_path, error);
  if (src == NULL)
    {
      close (lock_fd);
      return FALSE;
    }

  /* Keep the damaged file (and its journal) beside the database. */
  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      for (guint seq = 1; damaged == NULL; seq++)
        {
          g_autofree char *candidate = seq == 1
            ? g_strdup_printf ("%s.damaged-%s", db_path, stamp)
            : g_strdup_printf ("%s.damaged-%s-%u", db_path, stamp, seq);

          if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
            damaged = g_steal_pointer (&candidate);
        }

      if (g_rename (db_path, damaged) != 0)
        {
          saved_errno = errno;
          sqlite3_close (src);
          close (lock_fd);
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                       _("Could not move the damaged database %s aside (%s). Check that you may write to its folder."),
                       db_path, g_strerror (saved_errno));
          return FALSE;
        }
      moved = TRUE;

      for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
        {
          g_autofree char *from = g_strconcat (db_path, companions[i], NULL);
          g_autofree char *to = g_strconcat (damaged, companions[i], NULL);

          if (g_file_test (from, G_FILE_TEST_EXISTS))
            g_rename (from, to);
        }
    }

  ok = ops_store_backup_db_to_path (src, db_path, error);
  sqlite3_close (src);

  if (!ok && moved)
    {
      g_rename (damaged, db_path);
      for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
        {
          g_autofree char *from = g_strconcat (damaged, companions[i], NULL);
          g_autofree char *to = g_strconcat (db_path, companions[i], NULL);

          if (g_file_test (from, G_FILE_TEST_EXISTS))
            g_rename (from, to);
        }
    }

  close (lock_fd);
  return ok;
}

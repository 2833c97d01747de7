/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store.c: the store object: opening (lock, checks, migrations), the
 * worker thread that owns the write connection, ::changed, role checks and
 * the SQLite helpers the other store files share. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "store/ops-store-private.h"

#define SQL_RESOURCE_DIR "/io/github/opsdesk/Opsdesk/sql/"

G_DEFINE_FINAL_TYPE (OpsStore, ops_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ops-store-error-quark, ops_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* SQLite helpers ------------------------------------------------------- */

gint64
ops_store_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
ops_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

const char *
ops_store_column_text (sqlite3_stmt *stmt,
                       int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

void
ops_store_set_sqlite_error (GError     **error,
                            sqlite3     *db,
                            int          rc,
                            const char  *what)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Could not %s: the values break a rule of the database (%s). Check what you entered and try again."),
                   what, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not %s: the database is busy (%s). Wait a moment and try again."),
                   what, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not %s: the disk is full. Free some space and try again."),
                   what);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not %s: the database file could not be read or written (%s). Check that the disk is present and that you may write to the file, then try again."),
                   what, detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT,
                   _("Could not %s: the database is damaged (%s). Restore a backup."),
                   what, detail);
      break;
    default:
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not %s: the database reported an error (%s, code %d). Try again; if it keeps failing, restart Opsdesk."),
                   what, detail, rc);
      break;
    }
}

gboolean
ops_store_exec (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      ops_store_set_sqlite_error (error, db, rc, _("access the database"));
      return FALSE;
    }

  return TRUE;
}

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
  g_autofree char *a = g_utf8_casefold (s1, len1);
  g_autofree char *b = g_utf8_casefold (s2, len2);
  int result = g_utf8_collate (a, b);

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

sqlite3_stmt *
ops_store_stmt (OpsStore    *self,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          ops_store_set_sqlite_error (error, self->db, rc, _("prepare a database query"));
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

static void
reset_statements (OpsStore *self)
{
  GHashTableIter iter;
  gpointer stmt;

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, NULL, &stmt))
    sqlite3_reset (stmt);
}

/* Roles ------------------------------------------------------------------ */

/* "A", "A or B", "A, B or C": the translated labels of the bits of @roles. */
static char *
roles_alternatives (OpsRole roles)
{
  g_autofree char *text = NULL;
  guint n = 0, seen = 0;

  for (guint i = 0; i < OPS_N_ROLES; i++)
    if (roles & ops_role_nth (i))
      n++;

  for (guint i = 0; i < OPS_N_ROLES; i++)
    {
      OpsRole role = ops_role_nth (i);
      char *next;

      if (!(roles & role))
        continue;

      seen++;
      if (text == NULL)
        next = g_strdup (ops_role_to_label (role));
      else if (seen == n)
        /* TRANSLATORS: the last of several roles: "Administration or HR" */
        next = g_strdup_printf (_("%s or %s"), text, ops_role_to_label (role));
      else
        /* TRANSLATORS: joins roles in a list: "Trainer, HR" */
        next = g_strdup_printf (_("%s, %s"), text, ops_role_to_label (role));

      g_free (text);
      text = next;
    }

  return g_steal_pointer (&text);
}

gboolean
ops_store_require_role (sqlite3     *db,
                        gint64       user_id,
                        OpsRole      any_of,
                        const char  *action,
                        GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *name = NULL;
  g_autofree char *needed = NULL;
  gboolean active;
  OpsRole roles = OPS_ROLE_NONE;
  int rc;

  if (user_id == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("Choose who you are first (menu → Switch User), then try again."));
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "SELECT name, active FROM people WHERE id = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, user_id);
      rc = sqlite3_step (stmt);
    }
  if (rc == SQLITE_DONE)
    {
      sqlite3_finalize (stmt);
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("The current user is no longer in the directory. Choose who you are (menu → Switch User), then try again."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("check your role"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  name = g_strdup (ops_store_column_text (stmt, 0));
  active = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (!active)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("%s has been deactivated and can no longer act in Opsdesk. Switch to your own account (menu → Switch User)."),
                   name);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "SELECT role FROM person_roles WHERE person_id = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, user_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        roles |= ops_role_from_id (ops_store_column_text (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("check your role"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  if (roles & any_of)
    return TRUE;

  needed = roles_alternatives (any_of);
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
               /* TRANSLATORS: "Only Administration or General manager can change the company calendar. …" */
               _("Only %s can %s. Ask one of them, or switch to your own account (menu → Switch User) if you hold that role."),
               needed, action);
  return FALSE;
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

/* ::changed --------------------------------------------------------------- */

typedef struct {
  OpsStore   *store;
  OpsChanged  changed;
} ChangedData;

static void
changed_data_free (gpointer data)
{
  ChangedData *cd = data;

  g_object_unref (cd->store);
  g_free (cd);
}

static gboolean
emit_changed_cb (gpointer data)
{
  ChangedData *cd = data;

  if (cd->changed & OPS_CHANGED_ALL)
    {
      g_signal_emit (cd->store, signals[CHANGED], 0, "*");
      return G_SOURCE_REMOVE;
    }
  if (cd->changed & OPS_CHANGED_PEOPLE)
    g_signal_emit (cd->store, signals[CHANGED], 0, "people");
  if (cd->changed & OPS_CHANGED_DEPARTMENTS)
    g_signal_emit (cd->store, signals[CHANGED], 0, "departments");
  if (cd->changed & OPS_CHANGED_CALENDAR)
    g_signal_emit (cd->store, signals[CHANGED], 0, "calendar");

  return G_SOURCE_REMOVE;
}

void
ops_store_emit_changed (OpsStore   *self,
                        OpsChanged  changed)
{
  ChangedData *cd;

  if (changed == OPS_CHANGED_NONE)
    return;

  cd = g_new0 (ChangedData, 1);
  cd->store = g_object_ref (self);
  cd->changed = changed;
  g_main_context_invoke_full (self->main_context, G_PRIORITY_DEFAULT,
                              emit_changed_cb, cd, changed_data_free);
}

/* The worker ----------------------------------------------------------- */

static void
op_free (gpointer data)
{
  OpsStoreOp *op = data;

  if (op->data_free != NULL)
    g_clear_pointer (&op->data, op->data_free);
  if (op->result_free != NULL)
    g_clear_pointer (&op->result, op->result_free);
  g_free (op);
}

static gboolean
run_op (OpsStore    *self,
        OpsStoreOp  *op,
        GError     **error)
{
  const char *begin = NULL;

  switch (op->txn)
    {
    case OPS_TXN_READ:
      begin = "BEGIN";
      break;
    case OPS_TXN_WRITE:
      begin = "BEGIN IMMEDIATE";
      break;
    case OPS_TXN_NONE:
    default:
      break;
    }

  if (begin != NULL && !ops_store_exec (self->db, begin, error))
    return FALSE;

  if (!op->func (self, self->db, op, error))
    {
      reset_statements (self);
      if (begin != NULL && !sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      op->changed = OPS_CHANGED_NONE;
      if (op->result_free != NULL)
        g_clear_pointer (&op->result, op->result_free);
      return FALSE;
    }

  reset_statements (self);
  if (begin != NULL && !ops_store_exec (self->db, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      op->changed = OPS_CHANGED_NONE;
      if (op->result_free != NULL)
        g_clear_pointer (&op->result, op->result_free);
      return FALSE;
    }

  return TRUE;
}

static void
worker_run (gpointer data,
            gpointer user_data)
{
  g_autoptr(GTask) task = data;
  OpsStore *self = g_task_get_source_object (task);
  OpsStoreOp *op = g_task_get_task_data (task);
  GError *error = NULL;
  gpointer result;
  GDestroyNotify result_free;

  g_atomic_pointer_set (&self->worker, g_thread_self ());

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!run_op (self, op, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  ops_store_emit_changed (self, op->changed);

  result = g_steal_pointer (&op->result);
  result_free = op->result_free;
  if (result == NULL)
    g_task_return_pointer (task, GINT_TO_POINTER (1), NULL);
  else
    g_task_return_pointer (task, result, result_free);
}

void
ops_store_queue (OpsStore            *self,
                 OpsStoreOpFunc       func,
                 OpsTxn               txn,
                 gpointer             data,
                 GDestroyNotify       data_free,
                 GCancellable        *cancellable,
                 gpointer             source_tag,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  OpsStoreOp *op = g_new0 (OpsStoreOp, 1);

  op->func = func;
  op->txn = txn;
  op->data = data;
  op->data_free = data_free;
  op->current_user = ops_store_get_current_user (self);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, op, op_free);
  /* A write that has begun reports what really happened, even if the
   * caller cancelled meanwhile. */
  g_task_set_check_cancellable (task, txn == OPS_TXN_READ);

  if (self->pool == NULL)
    {
      g_task_return_new_error (task, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                               _("The database %s is closed. Open it again (restart Opsdesk) and retry."),
                               self->path);
      return;
    }

  g_thread_pool_push (self->pool, g_steal_pointer (&task), NULL);
}

gpointer
ops_store_finish_op (OpsStore      *self,
                     GAsyncResult  *result,
                     gpointer       source_tag,
                     guint         *total,
                     GError       **error)
{
  GTask *task;
  gpointer value;

  g_return_val_if_fail (OPS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  task = G_TASK (result);
  value = g_task_propagate_pointer (task, error);
  if (value != NULL && total != NULL)
    *total = ((OpsStoreOp *) g_task_get_task_data (task))->total;

  return value;
}

/* The object ------------------------------------------------------------- */

static void
ops_store_dispose (GObject *object)
{
  ops_store_close (OPS_STORE (object));

  G_OBJECT_CLASS (ops_store_parent_class)->dispose (object);
}

static void
ops_store_finalize (GObject *object)
{
  OpsStore *self = (OpsStore *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_dir, g_free);
  g_clear_pointer (&self->main_context, g_main_context_unref);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (ops_store_parent_class)->finalize (object);
}

static void
ops_store_class_init (OpsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_store_dispose;
  object_class->finalize = ops_store_finalize;

  /**
   * OpsStore::changed:
   * @what: "people", "departments", "calendar" or "*"
   *
   * Emitted on the main context that opened the store after a write.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
ops_store_init (OpsStore *self)
{
  self->lock_fd = -1;
  g_mutex_init (&self->mutex);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
}

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

  self->pool = g_thread_pool_new (worker_run, self, 1, TRUE, error);
  if (self->pool == NULL)
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

void
ops_store_close (OpsStore *self)
{
  g_return_if_fail (OPS_IS_STORE (self));

  if (self->pool != NULL)
    {
      GThreadPool *pool = g_steal_pointer (&self->pool);

      /* The last reference can be dropped on the worker itself (a task
       * finishing after its caller let go): it must not wait for itself. */
      if (g_atomic_pointer_get (&self->worker) == (gpointer) g_thread_self ())
        g_thread_pool_free (pool, FALSE, FALSE);
      else
        g_thread_pool_free (pool, FALSE, TRUE);
    }

  g_hash_table_remove_all (self->statements);

  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }

  if (self->lock_fd >= 0)
    {
      flock (self->lock_fd, LOCK_UN);
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}

const char *
ops_store_get_path (OpsStore *self)
{
  g_return_val_if_fail (OPS_IS_STORE (self), NULL);
  return self->path;
}

const char *
ops_store_get_backup_dir (OpsStore *self)
{
  g_return_val_if_fail (OPS_IS_STORE (self), NULL);
  return self->backup_dir;
}

gboolean
ops_store_get_created (OpsStore *self)
{
  g_return_val_if_fail (OPS_IS_STORE (self), FALSE);
  return self->created;
}

guint
ops_store_get_initial_version (OpsStore *self)
{
  g_return_val_if_fail (OPS_IS_STORE (self), 0);
  return self->initial_version;
}

/**
 * ops_store_dup_files_dir:
 *
 * Returns: (transfer full): "<dir of the database>/files"; free with g_free().
 */
char *
ops_store_dup_files_dir (OpsStore *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (OPS_IS_STORE (self), NULL);

  dir = g_path_get_dirname (self->path);
  return g_build_filename (dir, "files", NULL);
}

gint64
ops_store_get_current_user (OpsStore *self)
{
  gint64 id;

  g_return_val_if_fail (OPS_IS_STORE (self), 0);

  g_mutex_lock (&self->mutex);
  id = self->current_user;
  g_mutex_unlock (&self->mutex);

  return id;
}

void
ops_store_set_current_user (OpsStore *self,
                            gint64    person_id)
{
  g_return_if_fail (OPS_IS_STORE (self));

  g_mutex_lock (&self->mutex);
  self->current_user = person_id;
  g_mutex_unlock (&self->mutex);
}

/* Role check as its own operation ---------------------------------------- */

static gboolean
check_role_op (OpsStore    *self,
               sqlite3     *db,
               OpsStoreOp  *op,
               GError     **error)
{
  return ops_store_require_role (db, op->current_user,
                                 (OpsRole) GPOINTER_TO_UINT (op->data),
                                 _("do this"), error);
}

void
ops_store_check_role_async (OpsStore            *self,
                            OpsRole              any_of,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, check_role_op, OPS_TXN_READ,
                   GUINT_TO_POINTER ((guint) any_of), NULL,
                   cancellable, ops_store_check_role_async, callback, user_data);
}

gboolean
ops_store_check_role_finish (OpsStore      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_check_role_async, NULL, error) != NULL;
}

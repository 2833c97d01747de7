/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store.c: the store object: the worker thread that owns the write
 * connection, the operation queue, ::changed, role checks, the public getters
 * and the SQLite helpers the other store files share. Opening is in
 * ops-store-open.c. */

#include "config.h"

#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-private.h"

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

/* An uncached statement on @db (any connection, any thread that owns it);
 * NULL with @error saying it failed to @what. Finalise it when done. */
sqlite3_stmt *
ops_store_prepare (sqlite3     *db,
                   const char  *sql,
                   const char  *what,
                   GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      ops_store_set_sqlite_error (error, db, rc, what);
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

/* Steps @stmt once; FALSE with @error (saying it failed to @what) unless it
 * is done. Neither resets nor finalises @stmt. */
gboolean
ops_store_step_done (sqlite3       *db,
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

const char *
ops_store_column_text_or_null (sqlite3_stmt *stmt,
                               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;
  return (const char *) sqlite3_column_text (stmt, column);
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

/* "%text%" for LIKE with %, _ and \ escaped; NULL for no search. */
char *
ops_store_like_pattern (const char *search)
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

gint64
ops_store_range_limit (OpsRange range)
{
  return range.limit == 0 ? -1 : (gint64) range.limit;
}

/* Turns a validation error into OPS_STORE_ERROR_INVALID, keeping the message
 * (it already names the field and says what to fix). */
gboolean
ops_store_invalid (GError  *validation_error,
                   GError **error)
{
  g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       validation_error->message);
  g_error_free (validation_error);
  return FALSE;
}

GListModel *
ops_store_list_model (GPtrArray *items,
                      GType      type)
{
  GListStore *store = g_list_store_new (type);

  /* One items-changed for the whole list. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
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
  if (cd->changed & OPS_CHANGED_MEETINGS)
    g_signal_emit (cd->store, signals[CHANGED], 0, "meetings");
  if (cd->changed & OPS_CHANGED_ACTIONS)
    g_signal_emit (cd->store, signals[CHANGED], 0, "action-items");
  if (cd->changed & OPS_CHANGED_APPROVALS)
    g_signal_emit (cd->store, signals[CHANGED], 0, "approvals");

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
  /* Always through a source on the opener's context: g_main_context_invoke()
   * would run the handlers right here on the worker whenever nobody happens
   * to own the (global default) context. */
  {
    GSource *source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, emit_changed_cb, cd, changed_data_free);
    g_source_set_static_name (source, "[opsdesk] store changed");
    g_source_attach (source, self->main_context);
    g_source_unref (source);
  }
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

gboolean
ops_store_start_worker (OpsStore  *self,
                        GError   **error)
{
  self->pool = g_thread_pool_new (worker_run, self, 1, TRUE, error);

  return self->pool != NULL;
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
  g_clear_pointer (&self->statements, g_hash_table_unref);
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
   * @what: "people", "departments", "calendar", "meetings",
   *   "action-items", "approvals" or "*"
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

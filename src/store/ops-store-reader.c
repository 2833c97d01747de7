/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-reader.c: a read-only connection on one snapshot, for exports:
 * it streams records while the store keeps writing (WAL). */

#include "config.h"

#include <glib/gi18n.h>

#include "store/ops-store-reader.h"
#include "store/ops-store-private.h"

struct _OpsStoreReader
{
  sqlite3 *db;
};

/* The reader's connection, for the workflow readers of src/store/
 * (ops-store-private.h). */
sqlite3 *
ops_store_reader_get_db (OpsStoreReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->db;
}

/**
 * ops_store_reader_new_for_path:
 *
 * Opens @path read-only (it must exist and be an Opsdesk database this
 * program can read) and begins a read transaction: every query of the reader
 * sees the same snapshot.
 *
 * Returns: (transfer full): the reader; free with ops_store_reader_free().
 */
OpsStoreReader *
ops_store_reader_new_for_path (const char  *path,
                               GError     **error)
{
  g_autofree char *problem = NULL;
  OpsStoreReader *self;
  sqlite3 *db;
  gint64 app_id = 0, version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("There is no database at %s. Start Opsdesk once to create it, or give the right path."),
                   path);
      return NULL;
    }

  db = ops_store_open_connection (path, SQLITE_OPEN_READONLY, FALSE, error);
  if (db == NULL)
    return NULL;

  /* BEGIN and a first read fix the snapshot. */
  if (!ops_store_exec (db, "BEGIN", error) ||
      !ops_store_pragma_int (db, "application_id", &app_id, error) ||
      !ops_store_pragma_int (db, "user_version", &version, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  if (app_id != OPS_STORE_APPLICATION_ID || version < 1)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("The file %s is not an Opsdesk database. Give the path of the database Opsdesk uses."),
                   path);
      sqlite3_close (db);
      return NULL;
    }
  if (version > OPS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_TOO_NEW,
                   _("The database %s was written by a newer Opsdesk (schema version %u; this one knows up to %u). Install the newer Opsdesk to read it."),
                   path, (guint) version, (guint) OPS_STORE_SCHEMA_VERSION);
      sqlite3_close (db);
      return NULL;
    }

  self = g_new0 (OpsStoreReader, 1);
  self->db = db;
  return self;
}

/**
 * ops_store_reader_new:
 *
 * Returns: (transfer full): a reader of @store's database.
 */
OpsStoreReader *
ops_store_reader_new (OpsStore  *store,
                      GError   **error)
{
  g_return_val_if_fail (OPS_IS_STORE (store), NULL);

  return ops_store_reader_new_for_path (ops_store_get_path (store), error);
}

void
ops_store_reader_free (OpsStoreReader *self)
{
  if (self == NULL)
    return;

  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (self->db);
  g_free (self);
}

gboolean
ops_store_reader_count_people (OpsStoreReader         *self,
                               const OpsPersonFilter  *filter,
                               guint                  *count,
                               GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  stmt = ops_store_prepare_people_query (self->db, filter, 0, OPS_PERSON_ORDER_DEPARTMENT,
                                         OPS_RANGE_ALL, TRUE, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("count the people"));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
ops_store_reader_foreach_person (OpsStoreReader         *self,
                                 const OpsPersonFilter  *filter,
                                 OpsPersonFunc           func,
                                 gpointer                user_data,
                                 GCancellable           *cancellable,
                                 GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = ops_store_prepare_people_query (self->db, filter, 0, OPS_PERSON_ORDER_DEPARTMENT,
                                         OPS_RANGE_ALL, FALSE, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsPerson) person = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }

      person = ops_store_person_from_row (stmt);
      if (!func (person, user_data))
        {
          sqlite3_finalize (stmt);
          return TRUE;
        }
    }

  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("read the people"));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

/**
 * ops_store_reader_dup_database_uid:
 *
 * The random identity the store gave this database when it first opened it
 * (settings "database.uid", 32 hex digits); calendar exports build their
 * event UIDs from it.
 *
 * Returns: (transfer full) (nullable): the identity, or %NULL when the
 * database has none yet (never opened by this version for writing).
 */
char *
ops_store_reader_dup_database_uid (OpsStoreReader *self)
{
  sqlite3_stmt *stmt = NULL;
  char *uid = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  /* A version 1 database has no settings table: no identity. */
  if (sqlite3_prepare_v2 (self->db, "SELECT value FROM settings WHERE key = 'database.uid'",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return NULL;
    }

  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_TEXT)
    uid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return uid;
}

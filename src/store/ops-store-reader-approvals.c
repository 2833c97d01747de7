/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-reader-approvals.c: approval requests for the export (template
 * 文件审批申请表): streamed from the reader's snapshot with the same derived
 * fields (type name, chain label, opinion column) as the store's lists. */

#include "config.h"

#include <glib/gi18n.h>

#include "store/ops-store-approvals-private.h"
#include "store/ops-store-reader.h"

/* Drafts are not applications yet: the export leaves them out. */
#define READER_WHERE \
  " WHERE r.state <> 'draft' AND (?1 IS NULL OR r.date >= ?1) AND (?2 IS NULL OR r.date <= ?2)"

gboolean
ops_store_reader_count_approvals (OpsStoreReader  *self,
                                  const char      *from_date,
                                  const char      *to_date,
                                  guint           *count,
                                  GError         **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  db = ops_store_reader_get_db (self);
  stmt = ops_approvals_prepare (db, "SELECT count(*) FROM approval_requests r" READER_WHERE, error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, from_date);
  ops_store_bind_text (stmt, 2, to_date);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approvals"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ops_store_reader_foreach_approval (OpsStoreReader   *self,
                                   const char       *from_date,
                                   const char       *to_date,
                                   OpsApprovalFunc   func,
                                   gpointer          user_data,
                                   GCancellable     *cancellable,
                                   GError          **error)
{
  g_autofree char *today = ops_approvals_today ();
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  db = ops_store_reader_get_db (self);
  stmt = ops_approvals_prepare (db, OPS_APPROVAL_REQUEST_SELECT READER_WHERE " ORDER BY r.date, r.id", error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, from_date);
  ops_store_bind_text (stmt, 2, to_date);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsApprovalRequest) request = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      request = ops_approvals_request_from_row (db, stmt, 0, today, TRUE, error);
      if (request == NULL)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      if (!func (request, user_data))
        {
          sqlite3_finalize (stmt);
          return TRUE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approvals"));
      return FALSE;
    }
  return TRUE;
}

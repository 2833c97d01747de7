/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-store-my-work.c: the My Work start page's query: every workflow's
 * collector (see OpsWorkCollector) run in one read snapshot for the
 * current user, sorted most urgent first.
 */
#include "config.h"

#include "store/ops-store-private.h"

/* One collector per workflow, in the order their entries are gathered (the
 * result is sorted afterwards). NULL-terminated. */
static const OpsWorkCollector collectors[] = {
  ops_store_collect_meeting_work,
  ops_store_collect_approval_work,
  NULL
};

static gboolean
list_my_work_op (OpsStore    *self,
                 sqlite3     *db,
                 OpsStoreOp  *op,
                 GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (op->current_user != 0)
    {
      for (guint i = 0; collectors[i] != NULL; i++)
        if (!collectors[i] (self, db, op->current_user, g_date_time_to_unix (now),
                            today, items, error))
          return FALSE;
    }

  g_ptr_array_sort_with_data (items, ops_work_item_compare, NULL);
  op->result = ops_store_list_model (items, OPS_TYPE_WORK_ITEM);
  op->result_free = g_object_unref;
  op->total = items->len;
  return TRUE;
}

void
ops_store_list_my_work_async (OpsStore            *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, list_my_work_op, OPS_TXN_READ, NULL, NULL,
                   cancellable, ops_store_list_my_work_async, callback, user_data);
}

/**
 * ops_store_list_my_work_finish:
 *
 * Returns: (transfer full): a GListModel of OpsWorkItem, most urgent first.
 */
GListModel *
ops_store_list_my_work_finish (OpsStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_my_work_async, NULL, error);
}

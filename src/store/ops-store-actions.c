/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-actions.c: action items in the store (SPEC §1 "After"): the
 * tracking list across meetings, updates that append to the append-only
 * revision history, and the rule that an overdue item needs a reason and a
 * revised due date. Items are created by finalising a resolution
 * (ops-store-meetings.c). */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-meetings-private.h"

/* List and get ------------------------------------------------------------- */

typedef struct {
  OpsActionItemFilter filter;
  char               *search;
  char               *due_from;
  char               *due_to;
  OpsRange            range;
  gint64              id;
} ActionQuery;

static void
action_query_free (gpointer data)
{
  ActionQuery *query = data;

  g_free (query->search);
  g_free (query->due_from);
  g_free (query->due_to);
  g_free (query);
}

static gboolean
list_action_items_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  ActionQuery *query = op->data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = ops_meetings_today (ops_store_now ());

  query->filter.search = query->search;
  query->filter.due_from = query->due_from;
  query->filter.due_to = query->due_to;
  if (!ops_actions_query (db, &query->filter, query->id, today, query->range, items,
                          query->id == 0 ? &op->total : NULL, error))
    return FALSE;

  if (query->id != 0)
    {
      if (items->len == 0)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                       _("This action item no longer exists. Reload the list."));
          return FALSE;
        }
      op->result = g_object_ref (g_ptr_array_index (items, 0));
      op->result_free = g_object_unref;
      return TRUE;
    }

  op->result = ops_store_list_model (items, OPS_TYPE_ACTION_ITEM);
  op->result_free = g_object_unref;
  return TRUE;
}

void
ops_store_list_action_items_async (OpsStore                  *self,
                                   const OpsActionItemFilter *filter,
                                   OpsRange                   range,
                                   GCancellable              *cancellable,
                                   GAsyncReadyCallback        callback,
                                   gpointer                   user_data)
{
  ActionQuery *query;

  g_return_if_fail (OPS_IS_STORE (self));

  query = g_new0 (ActionQuery, 1);
  if (filter != NULL)
    {
      query->filter = *filter;
      query->search = g_strdup (filter->search);
      query->due_from = g_strdup (filter->due_from);
      query->due_to = g_strdup (filter->due_to);
    }
  query->range = range;
  ops_store_queue (self, list_action_items_op, OPS_TXN_READ, query, action_query_free,
                   cancellable, ops_store_list_action_items_async, callback, user_data);
}

/**
 * ops_store_list_action_items_finish:
 *
 * Returns: (transfer full): a GListModel of OpsActionItem.
 */
GListModel *
ops_store_list_action_items_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    guint         *total,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_action_items_async, total, error);
}

void
ops_store_get_action_item_async (OpsStore            *self,
                                 gint64               id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  ActionQuery *query;

  g_return_if_fail (OPS_IS_STORE (self));

  query = g_new0 (ActionQuery, 1);
  query->id = id;
  ops_store_queue (self, list_action_items_op, OPS_TXN_READ, query, action_query_free,
                   cancellable, ops_store_get_action_item_async, callback, user_data);
}

/**
 * ops_store_get_action_item_finish:
 *
 * Returns: (transfer full): the action item.
 */
OpsActionItem *
ops_store_get_action_item_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_get_action_item_async, NULL, error);
}

/* Update ---------------------------------------------------------------------- */

typedef struct {
  gint64          id;
  OpsActionStatus status;
  char           *due_date;
  char           *reason;
  char           *note;
} UpdateData;

static void
update_data_free (gpointer data)
{
  UpdateData *update = data;

  g_free (update->due_date);
  g_free (update->reason);
  g_free (update->note);
  g_free (update);
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

/* Who may update item @id: its owner, or the host or note-taker of its
 * meeting. */
static gboolean
require_item_actor (OpsStore       *self,
                    gint64          user_id,
                    OpsActionItem  *item,
                    GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 host = 0, note_taker = 0;
  gboolean active = FALSE;
  int rc;

  if (user_id == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("Choose who you are first (menu → Switch User), then try again."));
      return FALSE;
    }

  stmt = ops_store_stmt (self,
                         "SELECT (SELECT active FROM people WHERE id = ?1),"
                         " coalesce(m.host_id, 0), coalesce(m.note_taker_id, 0)"
                         " FROM action_items i LEFT JOIN meetings m ON m.id = i.meeting_id"
                         " WHERE i.id = ?2",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_int64 (stmt, 2, ops_action_item_get_id (item));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      active = sqlite3_column_int (stmt, 0) != 0;
      host = sqlite3_column_int64 (stmt, 1);
      note_taker = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, self->db, rc, _("check who you are"));
      return FALSE;
    }
  if (!active)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                   _("The current user cannot act in Opsdesk (not in the directory or deactivated). Choose who you are (menu → Switch User)."));
      return FALSE;
    }
  if (user_id == ops_action_item_get_owner_id (item) || user_id == host || user_id == note_taker)
    return TRUE;

  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
               _("Only the owner of this action item (%s) or the host or note-taker of its meeting can update it. Ask one of them, or switch user (menu → Switch User)."),
               ops_action_item_get_owner_name (item));
  return FALSE;
}

static gboolean
update_action_item_op (OpsStore    *self,
                       sqlite3     *db,
                       OpsStoreOp  *op,
                       GError     **error)
{
  UpdateData *update = op->data;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = ops_meetings_today (ops_store_now ());
  g_autofree char *reason = update->reason != NULL ? ops_strip_dup (update->reason) : g_strdup ("");
  g_autofree char *note = update->note != NULL ? ops_strip_dup (update->note) : g_strdup ("");
  g_autofree char *new_due = NULL;
  GError *validation_error = NULL;
  OpsActionItem *item;
  OpsActionStatus old_status;
  const char *old_due;
  gint64 now = ops_store_now ();
  sqlite3_stmt *stmt;

  if (!ops_actions_query (db, NULL, update->id, today, OPS_RANGE_ALL, found, NULL, error))
    return FALSE;
  if (found->len == 0)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                   _("This action item no longer exists. Reload the list."));
      return FALSE;
    }
  item = g_ptr_array_index (found, 0);
  old_status = ops_action_item_get_status (item);
  old_due = ops_action_item_get_due_date (item);

  if (!require_item_actor (self, op->current_user, item, error))
    return FALSE;

  if (update->status > OPS_ACTION_CANCELLED)
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Status: choose open, in progress, done or cancelled."));
      return FALSE;
    }
  if (!ops_validate_text (_("Reason"), reason, -1, FALSE, 2000, &validation_error) ||
      !ops_validate_text (_("Note"), note, -1, FALSE, 2000, &validation_error))
    return ops_store_invalid (validation_error, error);

  if (update->due_date != NULL && *update->due_date != '\0')
    {
      new_due = ops_strip_dup (update->due_date);
      if (!ops_validate_date (_("New due date"), new_due, &validation_error))
        return ops_store_invalid (validation_error, error);
      if (g_strcmp0 (new_due, old_due) != 0 && strcmp (new_due, today) < 0)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("New due date: %s is in the past. Choose today (%s) or a later date."),
                       new_due, today);
          return FALSE;
        }
    }

  /* SPEC §1: an overdue item must get a reason and a revised plan. */
  if (ops_action_item_get_overdue (item))
    {
      if (*reason == '\0' || new_due == NULL || strcmp (new_due, today) <= 0)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("This action item is overdue (it was due %s). Give the reason for the delay and a new due date after today (%s), then save again."),
                       old_due, today);
          return FALSE;
        }
    }

  if (new_due == NULL)
    new_due = g_strdup (old_due);

  if (update->status == old_status && g_strcmp0 (new_due, old_due) == 0 &&
      *reason == '\0' && *note == '\0')
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Nothing to update: change the status or the due date, or write a note."));
      return FALSE;
    }
  if (g_strcmp0 (new_due, old_due) != 0 && *reason == '\0')
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                   _("Reason: say why the due date moves from %s to %s."), old_due, new_due);
      return FALSE;
    }

  stmt = ops_store_stmt (self,
                         "INSERT INTO action_item_revisions (action_item_id, at, by_id, old_status,"
                         " new_status, old_due_date, new_due_date, reason, note)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, update->id);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, op->current_user);
  ops_store_bind_text (stmt, 4, ops_action_status_to_id (old_status));
  ops_store_bind_text (stmt, 5, ops_action_status_to_id (update->status));
  ops_store_bind_text (stmt, 6, old_due);
  ops_store_bind_text (stmt, 7, new_due);
  ops_store_bind_text (stmt, 8, reason);
  ops_store_bind_text (stmt, 9, note);
  if (!step_done (db, stmt, _("record the update"), error))
    return FALSE;

  stmt = ops_store_stmt (self,
                         "UPDATE action_items SET status = ?2, due_date = ?3, updated = ?4 WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, update->id);
  ops_store_bind_text (stmt, 2, ops_action_status_to_id (update->status));
  ops_store_bind_text (stmt, 3, new_due);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!step_done (db, stmt, _("update the action item"), error))
    return FALSE;

  g_ptr_array_set_size (found, 0);
  if (!ops_actions_query (db, NULL, update->id, today, OPS_RANGE_ALL, found, NULL, error))
    return FALSE;
  op->result = g_object_ref (g_ptr_array_index (found, 0));
  op->result_free = g_object_unref;
  op->changed = OPS_CHANGED_ACTIONS | OPS_CHANGED_MEETINGS;
  return TRUE;
}

void
ops_store_update_action_item_async (OpsStore            *self,
                                    gint64               id,
                                    OpsActionStatus      new_status,
                                    const char          *new_due_date,
                                    const char          *reason,
                                    const char          *note,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  UpdateData *update;

  g_return_if_fail (OPS_IS_STORE (self));

  update = g_new0 (UpdateData, 1);
  update->id = id;
  update->status = new_status;
  update->due_date = g_strdup (new_due_date);
  update->reason = g_strdup (reason);
  update->note = g_strdup (note);
  ops_store_queue (self, update_action_item_op, OPS_TXN_WRITE, update, update_data_free,
                   cancellable, ops_store_update_action_item_async, callback, user_data);
}

/**
 * ops_store_update_action_item_finish:
 *
 * Returns: (transfer full): the updated action item.
 */
OpsActionItem *
ops_store_update_action_item_finish (OpsStore      *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_update_action_item_async, NULL, error);
}

/* Revisions ------------------------------------------------------------------- */

static gboolean
list_action_revisions_op (OpsStore    *self,
                          sqlite3     *db,
                          OpsStoreOp  *op,
                          GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_store_stmt (self,
                         "SELECT v.id, v.action_item_id, v.at, v.by_id, p.name, v.old_status,"
                         " v.new_status, v.old_due_date, v.new_due_date, v.reason, v.note"
                         " FROM action_item_revisions v JOIN people p ON p.id = v.by_id"
                         " WHERE v.action_item_id = ?1 ORDER BY v.at, v.id",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) op->data);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpsActionRevision *v = ops_action_revision_new ();

      ops_action_revision_set_id (v, sqlite3_column_int64 (stmt, 0));
      ops_action_revision_set_action_item_id (v, sqlite3_column_int64 (stmt, 1));
      ops_action_revision_set_at (v, sqlite3_column_int64 (stmt, 2));
      ops_action_revision_set_by_id (v, sqlite3_column_int64 (stmt, 3));
      ops_action_revision_set_by_name (v, ops_store_column_text (stmt, 4));
      ops_action_revision_set_old_status (v, ops_action_status_from_id (ops_store_column_text (stmt, 5), NULL));
      ops_action_revision_set_new_status (v, ops_action_status_from_id (ops_store_column_text (stmt, 6), NULL));
      ops_action_revision_set_old_due_date (v, ops_store_column_text (stmt, 7));
      ops_action_revision_set_new_due_date (v, ops_store_column_text (stmt, 8));
      ops_action_revision_set_reason (v, ops_store_column_text (stmt, 9));
      ops_action_revision_set_note (v, ops_store_column_text (stmt, 10));
      g_ptr_array_add (items, v);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the action item's history"));
      return FALSE;
    }

  op->result = ops_store_list_model (items, OPS_TYPE_ACTION_REVISION);
  op->result_free = g_object_unref;
  op->total = items->len;
  return TRUE;
}

void
ops_store_list_action_revisions_async (OpsStore            *self,
                                       gint64               id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, list_action_revisions_op, OPS_TXN_READ, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_list_action_revisions_async, callback, user_data);
}

/**
 * ops_store_list_action_revisions_finish:
 *
 * Returns: (transfer full): a GListModel of OpsActionRevision, oldest first.
 */
GListModel *
ops_store_list_action_revisions_finish (OpsStore      *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_action_revisions_async, NULL, error);
}

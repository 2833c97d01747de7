/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-action-items.c: the weekly action-item tracking table (进度表,
 * SPEC §1 "After"): one row per action item with its meeting, owner,
 * content, current and original due dates, status (an overdue item reads
 * 逾期 and is marked), the reason given for the delay, how often it was
 * revised and when it last changed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-meetings.h"

/**
 * ops_export_action_items_begin:
 * @path: the .xlsx file to write (created by ops_sheet_finish())
 * @from: (nullable): the first due date of the items, for the title
 * @to: (nullable): the last due date
 *
 * Starts the tracking sheet. Add one ops_export_action_items_row() per
 * item, then ops_sheet_finish() or ops_sheet_abort().
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL with @error set.
 */
OpsSheet *
ops_export_action_items_begin (const char  *path,
                               const char  *from,
                               const char  *to,
                               GError     **error)
{
  /* Translators: the headers of the action-item tracking table; in Chinese
   * 会议 · 会议日期 · 责任人 · 内容 · 完成时间 · 原定完成时间 · 状态 · 逾期原因 ·
   * 修订次数 · 更新时间 */
  const OpsSheetColumn columns[] = {
    { C_("action items", "Meeting"), OPS_CELL_TEXT },
    { C_("action items", "Meeting Date"), OPS_CELL_DATE },
    { C_("action items", "Owner"), OPS_CELL_TEXT },
    { C_("action items", "Content"), OPS_CELL_LONG_TEXT },
    { C_("action items", "Due Date"), OPS_CELL_DATE },
    { C_("action items", "Original Due Date"), OPS_CELL_DATE },
    { C_("action items", "Status"), OPS_CELL_TEXT },
    { C_("action items", "Reason for Delay"), OPS_CELL_LONG_TEXT },
    { C_("action items", "Revisions"), OPS_CELL_INTEGER },
    { C_("action items", "Updated"), OPS_CELL_DATETIME },
  };
  const char *name = _("Action Item Tracking");
  g_autofree char *title = ops_export_dup_title (name, from, to);
  OpsSheet *sheet;

  g_return_val_if_fail (path != NULL, NULL);

  sheet = ops_sheet_new (path, name, title, columns, G_N_ELEMENTS (columns), error);
  if (sheet != NULL)
    ops_sheet_set_properties (sheet, name, NULL);

  return sheet;
}

/**
 * ops_export_action_items_row:
 * @item: an action item with its meeting's topic and start filled
 *
 * Writes @item as the next row; an overdue item's status is "Overdue"
 * (逾期), marked.
 *
 * Returns: %FALSE with @error set when a text can't be stored.
 */
gboolean
ops_export_action_items_row (OpsSheet       *sheet,
                             OpsActionItem  *item,
                             GError        **error)
{
  g_autofree char *meeting_date = NULL;
  gint64 starts_at;
  gboolean status_ok;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (item), FALSE);

  starts_at = ops_action_item_get_meeting_starts_at (item);
  if (starts_at != 0)
    meeting_date = ops_meeting_local_date (starts_at);

  if (!ops_sheet_add_text (sheet, ops_action_item_get_meeting_topic (item), -1, error) ||
      !ops_sheet_add_date (sheet, meeting_date, error) ||
      !ops_sheet_add_text (sheet, ops_action_item_get_owner_name (item), -1, error) ||
      !ops_sheet_add_text (sheet, ops_action_item_get_content (item), -1, error) ||
      !ops_sheet_add_date (sheet, ops_action_item_get_due_date (item), error) ||
      !ops_sheet_add_date (sheet, ops_action_item_get_original_due_date (item), error))
    return FALSE;

  if (ops_action_item_get_overdue (item))
    /* Translators: the status of an overdue action item in the tracking table (逾期) */
    status_ok = ops_sheet_add_text_marked (sheet, C_("action items", "Overdue"), error);
  else
    status_ok = ops_sheet_add_text (sheet, ops_action_status_to_label (ops_action_item_get_status (item)), -1, error);
  if (!status_ok)
    return FALSE;

  return ops_sheet_add_text (sheet, ops_action_item_get_last_reason (item), -1, error) &&
         ops_sheet_add_integer (sheet, ops_action_item_get_revision_count (item), error) &&
         ops_sheet_add_datetime (sheet, ops_action_item_get_updated_at (item), error) &&
         ops_sheet_end_row (sheet, error);
}

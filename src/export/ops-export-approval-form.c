/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-approval-form.c: the document approval template (文件审批申请表):
 * one row per approval request with the six columns of SPEC §6 — document
 * name, document type, applicant, date of application (a real date cell),
 * the approval levels of its chain ("部门负责人-分管领导-总经理") and the
 * opinion column ("部门负责人:同意;分管领导:需补充差旅费标准") — followed by
 * the request's state and archive number. Takes records; never queries.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-templates.h"

/* The six columns of SPEC §6 first, exactly; then two of ours. */
#define OPS_APPROVAL_FORM_N_COLUMNS 8

/**
 * ops_export_approval_form_title:
 * @from: (nullable): first date of the range, "YYYY-MM-DD"
 * @to: (nullable): last date of the range
 *
 * Returns: (transfer full): the sheet title: "Document Approval Requests —
 * 2026-11-26", or with the range when there is one: "… — 2023-09-01 to
 * 2023-09-30".
 */
static char *
ops_export_approval_form_title (const char *from,
                                const char *to)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  const char *title = C_("approval form", "Document Approval Requests");

  if (from != NULL && *from != '\0' && to != NULL && *to != '\0')
    /* Translators: the approval form's title row: the title, then the
     * range of application dates it holds. */
    return g_strdup_printf (_("%s — %s to %s"), title, from, to);
  if (from != NULL && *from != '\0')
    /* Translators: the approval form's title row for an open range. */
    return g_strdup_printf (_("%s — from %s"), title, from);
  if (to != NULL && *to != '\0')
    /* Translators: the approval form's title row for an open range. */
    return g_strdup_printf (_("%s — until %s"), title, to);

  now = g_date_time_new_now_local ();
  date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: an export's title row: the sheet title, then the export date */
  return g_strdup_printf (_("%s — %s"), title, date);
}

/**
 * ops_export_approval_form_begin:
 * @path: the .xlsx file to write (created by ops_sheet_finish())
 * @from: (nullable): first application date of the range, for the title
 * @to: (nullable): last application date of the range, for the title
 *
 * Starts the approval form with the columns 文件名称 · 文件类型 · 申请人 ·
 * 申请日期 · 审批层级 · 审批意见栏 (translated in other languages), then
 * state and archive number. Add one ops_export_approval_form_row() per
 * request, then ops_sheet_finish() or ops_sheet_abort().
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL with @error set.
 */
OpsSheet *
ops_export_approval_form_begin (const char  *path,
                                const char  *from,
                                const char  *to,
                                GError     **error)
{
  const OpsSheetColumn columns[OPS_APPROVAL_FORM_N_COLUMNS] = {
    { C_("approval form", "Document Name"), OPS_CELL_TEXT },
    { C_("approval form", "Document Type"), OPS_CELL_TEXT },
    { C_("approval form", "Applicant"), OPS_CELL_TEXT },
    { C_("approval form", "Date of Application"), OPS_CELL_DATE },
    { C_("approval form", "Approval Levels"), OPS_CELL_TEXT },
    { C_("approval form", "Approval Opinions"), OPS_CELL_LONG_TEXT },
    { C_("approval form", "State"), OPS_CELL_TEXT },
    { C_("approval form", "Archive Number"), OPS_CELL_TEXT },
  };
  g_autofree char *title = NULL;
  const char *name = C_("approval form", "Document Approval Requests");
  OpsSheet *sheet;

  g_return_val_if_fail (path != NULL, NULL);

  title = ops_export_approval_form_title (from, to);
  sheet = ops_sheet_new (path, name, title, columns, G_N_ELEMENTS (columns), error);
  if (sheet != NULL)
    ops_sheet_set_properties (sheet, name, NULL);

  return sheet;
}

/**
 * ops_export_approval_form_row:
 * @sheet: a sheet from ops_export_approval_form_begin()
 * @request: one request, as the reader gives it (with its chain label and
 *   opinion column filled in)
 *
 * Writes @request as the next row. Text that looks like a formula stays
 * text.
 *
 * Returns: %FALSE with @error set when a text can't be stored (the message
 * names the row and column).
 */
gboolean
ops_export_approval_form_row (OpsSheet            *sheet,
                              OpsApprovalRequest  *request,
                              GError             **error)
{
  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (request), FALSE);

  return ops_sheet_add_text (sheet, ops_approval_request_get_name (request), -1, error) &&
         ops_sheet_add_text (sheet, ops_approval_request_get_type_name (request), -1, error) &&
         ops_sheet_add_text (sheet, ops_approval_request_get_applicant_name (request), -1, error) &&
         ops_sheet_add_date (sheet, ops_approval_request_get_date (request), error) &&
         ops_sheet_add_text (sheet, ops_approval_request_get_chain_label (request), -1, error) &&
         ops_sheet_add_text (sheet, ops_approval_request_get_opinion (request), -1, error) &&
         ops_sheet_add_text (sheet, ops_approval_state_to_label (ops_approval_request_get_state (request)), -1, error) &&
         ops_sheet_add_text (sheet, ops_approval_request_get_archive_number (request), -1, error) &&
         ops_sheet_end_row (sheet, error);
}

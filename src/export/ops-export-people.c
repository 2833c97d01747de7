/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-people.c: the people directory template (人员名录): one row per
 * person with department, job title, contacts, roles and status.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-templates.h"

/**
 * ops_export_people_title:
 *
 * Returns: (transfer full): the sheet title with today's date,
 * "People Directory — 2026-11-26".
 */
static char *
ops_export_people_title (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: an export's title row: the sheet title, then the export date */
  return g_strdup_printf (_("%s — %s"), _("People Directory"), date);
}

/**
 * ops_export_people_begin:
 * @path: the .xlsx file to write (created by ops_sheet_finish())
 *
 * Starts the people sheet. Add one ops_export_people_row() per person, then
 * ops_sheet_finish() or ops_sheet_abort().
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL with @error set.
 */
OpsSheet *
ops_export_people_begin (const char  *path,
                         GError     **error)
{
  const OpsSheetColumn columns[] = {
    { _("Name"), OPS_CELL_TEXT },
    { _("Department"), OPS_CELL_TEXT },
    { _("Job Title"), OPS_CELL_TEXT },
    { _("E-mail"), OPS_CELL_TEXT },
    { _("Phone"), OPS_CELL_TEXT },
    { _("Roles"), OPS_CELL_LONG_TEXT },
    { _("Status"), OPS_CELL_TEXT },
  };
  g_autofree char *title = ops_export_people_title ();
  OpsSheet *sheet;

  g_return_val_if_fail (path != NULL, NULL);

  sheet = ops_sheet_new (path, _("People Directory"), title, columns, G_N_ELEMENTS (columns), error);
  if (sheet != NULL)
    ops_sheet_set_properties (sheet, _("People Directory"), NULL);

  return sheet;
}

/**
 * ops_export_people_row:
 * @person: one person, active or not
 *
 * Writes @person as the next row.
 *
 * Returns: %FALSE with @error set when a text can't be stored (the message
 * names the row and column).
 */
gboolean
ops_export_people_row (OpsSheet   *sheet,
                       OpsPerson  *person,
                       GError    **error)
{
  g_autofree char *roles = NULL;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (OPS_IS_PERSON (person), FALSE);

  roles = ops_person_dup_roles_label (person);

  return ops_sheet_add_text (sheet, ops_person_get_name (person), -1, error) &&
         ops_sheet_add_text (sheet, ops_person_get_department_name (person), -1, error) &&
         ops_sheet_add_text (sheet, ops_person_get_title (person), -1, error) &&
         ops_sheet_add_text (sheet, ops_person_get_email (person), -1, error) &&
         ops_sheet_add_text (sheet, ops_person_get_phone (person), -1, error) &&
         ops_sheet_add_text (sheet, roles, -1, error) &&
         ops_sheet_add_text (sheet, ops_person_get_active (person) ? _("Active") : _("Inactive"), -1, error) &&
         ops_sheet_end_row (sheet, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-meeting-notice.c: the meeting notice table (会议通知表, SPEC §6):
 * one row per meeting with its topic, start (a real date-time cell), place
 * or online link, attendees ("销售部全体、王总"), numbered agenda and
 * materials.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-meetings.h"

/**
 * ops_export_meeting_notice_begin:
 * @path: the .xlsx file to write (created by ops_sheet_finish())
 * @from: (nullable): the first day of the meetings, for the title
 * @to: (nullable): the last day
 *
 * Starts the notice sheet. Add one ops_export_meeting_notice_row() per
 * meeting, then ops_sheet_finish() or ops_sheet_abort().
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL with @error set.
 */
OpsSheet *
ops_export_meeting_notice_begin (const char  *path,
                                 const char  *from,
                                 const char  *to,
                                 GError     **error)
{
  /* Translators: the headers of the meeting notice (会议通知表); in Chinese
   * exactly 会议主题 · 时间 · 地点/线上 · 参会人员 · 议程 · 材料清单 */
  const OpsSheetColumn columns[] = {
    { C_("meeting notice", "Topic"), OPS_CELL_TEXT },
    { C_("meeting notice", "Time"), OPS_CELL_DATETIME },
    { C_("meeting notice", "Place / Online"), OPS_CELL_TEXT },
    { C_("meeting notice", "Attendees"), OPS_CELL_LONG_TEXT },
    { C_("meeting notice", "Agenda"), OPS_CELL_LONG_TEXT },
    { C_("meeting notice", "Materials"), OPS_CELL_LONG_TEXT },
  };
  const char *name = _("Meeting Notices");
  g_autofree char *title = ops_export_dup_title (name, from, to);
  OpsSheet *sheet;

  g_return_val_if_fail (path != NULL, NULL);

  sheet = ops_sheet_new (path, name, title, columns, G_N_ELEMENTS (columns), error);
  if (sheet != NULL)
    ops_sheet_set_properties (sheet, name, NULL);

  return sheet;
}

/* "301会议室", or "线上：https://…" for an online meeting. */
static char *
dup_place (OpsMeeting *meeting)
{
  const char *place = ops_meeting_get_place (meeting);

  if (place == NULL || *place == '\0')
    return NULL;

  if (ops_meeting_get_place_kind (meeting) == OPS_PLACE_ONLINE)
    /* Translators: the place of an online meeting in an export; %s is its link */
    return g_strdup_printf (_("Online: %s"), place);

  return g_strdup (place);
}

/* "1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论" */
static char *
dup_agenda (OpsMeeting *meeting)
{
  GListModel *agenda = ops_meeting_get_agenda (meeting);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (agenda);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (agenda, i);

      if (i > 0)
        /* Translators: between the items of an exported agenda; Chinese uses ";" */
        g_string_append (text, C_("agenda", "; "));
      /* Translators: one numbered agenda item of an export: number, title;
       * Chinese "%u.%s" */
      g_string_append_printf (text, C_("agenda", "%u. %s"), i + 1,
                              ops_agenda_item_get_title (item));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "上半年业绩报表、竞品分析报告" */
static char *
dup_materials (OpsMeeting *meeting)
{
  GListModel *materials = ops_meeting_get_materials (meeting);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (materials);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (materials, i);
      const char *title = ops_material_get_title (material);

      /* The material stays alive in the meeting's list. */
      if (title != NULL && *title != '\0')
        g_ptr_array_add (titles, (gpointer) title);
    }
  g_ptr_array_add (titles, NULL);

  return g_strjoinv (ops_export_list_separator (), (char **) titles->pdata);
}

/**
 * ops_export_meeting_notice_row:
 * @meeting: a meeting with its attendees, agenda and materials
 * @directory: (nullable): the people, to fold whole departments
 *
 * Writes @meeting as the next row.
 *
 * Returns: %FALSE with @error set when a text can't be stored (the message
 * names the row and column).
 */
gboolean
ops_export_meeting_notice_row (OpsSheet            *sheet,
                               OpsMeeting          *meeting,
                               OpsExportDirectory  *directory,
                               GError             **error)
{
  g_autofree char *place = NULL;
  g_autofree char *attendees = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *materials = NULL;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (OPS_IS_MEETING (meeting), FALSE);

  place = dup_place (meeting);
  attendees = ops_export_format_attendees (ops_meeting_get_attendees (meeting), directory);
  agenda = dup_agenda (meeting);
  materials = dup_materials (meeting);

  return ops_sheet_add_text (sheet, ops_meeting_get_topic (meeting), -1, error) &&
         ops_sheet_add_datetime (sheet, ops_meeting_get_starts_at (meeting), error) &&
         ops_sheet_add_text (sheet, place, -1, error) &&
         ops_sheet_add_text (sheet, attendees, -1, error) &&
         ops_sheet_add_text (sheet, agenda, -1, error) &&
         ops_sheet_add_text (sheet, materials, -1, error) &&
         ops_sheet_end_row (sheet, error);
}

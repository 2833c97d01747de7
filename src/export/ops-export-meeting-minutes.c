/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-meeting-minutes.c: the minutes of one meeting (会议纪要, SPEC
 * §1 and §6) as a form that prints on one page: topic, time, place, host
 * and note-taker, attendees with their sign-in, agenda, resolutions, the
 * minutes' text, the action items (责任人 · 内容 · 完成时间) and the
 * minutes' state, archive name and retention date.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-meetings.h"

/* Columns A–F: label, value, value, label, value, value. */
static const guint minutes_widths[] = { 12, 14, 14, 12, 14, 14 };
#define LAST_COL (G_N_ELEMENTS (minutes_widths) - 1)

/* "2023-09-01 14:00-15:30"; a meeting over midnight shows both dates. */
static char *
dup_time_range (OpsMeeting *meeting)
{
  g_autoptr(GDateTime) starts = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (meeting));
  g_autoptr(GDateTime) ends = g_date_time_new_from_unix_local (ops_meeting_get_ends_at (meeting));
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (starts == NULL)
    return NULL;

  start_text = g_date_time_format (starts, "%Y-%m-%d %H:%M");
  if (ends == NULL || g_date_time_compare (ends, starts) <= 0)
    return g_steal_pointer (&start_text);

  if (g_date_time_get_year (ends) == g_date_time_get_year (starts) &&
      g_date_time_get_day_of_year (ends) == g_date_time_get_day_of_year (starts))
    end_text = g_date_time_format (ends, "%H:%M");
  else
    end_text = g_date_time_format (ends, "%Y-%m-%d %H:%M");

  return g_strdup_printf ("%s-%s", start_text, end_text);
}

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

/* "张三、李四（迟到 14:07）、王五（缺席）", then a line with the totals. */
static char *
dup_sign_in (OpsMeeting *meeting)
{
  GListModel *attendees = ops_meeting_get_attendees (meeting);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *names = NULL;
  guint n = g_list_model_get_n_items (attendees);
  guint present = 0, late = 0, absent = 0;
  guint i;

  if (n == 0)
    return NULL;

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (attendees, i);
      const char *name = ops_attendee_get_name (attendee);
      g_autoptr(GDateTime) at = NULL;
      g_autofree char *time = NULL;

      switch (ops_attendee_get_attendance (attendee))
        {
        case OPS_ATTENDANCE_PRESENT:
          present++;
          g_ptr_array_add (parts, g_strdup (name));
          break;
        case OPS_ATTENDANCE_LATE:
          late++;
          at = g_date_time_new_from_unix_local (ops_attendee_get_checked_in_at (attendee));
          time = at != NULL ? g_date_time_format (at, "%H:%M") : g_strdup ("");
          /* Translators: an attendee who signed in late, in the exported
           * minutes: name, check-in time ("张三（迟到 14:07）") */
          g_ptr_array_add (parts, g_strdup_printf (C_("sign-in", "%s (late %s)"), name, time));
          break;
        case OPS_ATTENDANCE_ABSENT:
          absent++;
          /* Translators: an absent attendee in the exported minutes ("王五（缺席）") */
          g_ptr_array_add (parts, g_strdup_printf (C_("sign-in", "%s (absent)"), name));
          break;
        case OPS_ATTENDANCE_UNKNOWN:
        default:
          g_ptr_array_add (parts, g_strdup (name));
          break;
        }
    }
  g_ptr_array_add (parts, NULL);

  names = g_strjoinv (ops_export_list_separator (), (char **) parts->pdata);
  /* Translators: the sign-in totals under the attendees of the exported
   * minutes: attendees, present, late, absent */
  return g_strdup_printf (C_("sign-in", "%s\nExpected %u: %u present, %u late, %u absent"),
                          names, n, present, late, absent);
}

/* "1.上半年业绩回顾;2.Q3目标分解" */
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
        g_string_append (text, C_("agenda", "; "));
      g_string_append_printf (text, C_("agenda", "%u. %s"), i + 1,
                              ops_agenda_item_get_title (item));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The resolutions' conclusions, numbered, one a line. */
static char *
dup_resolutions (OpsMeeting *meeting)
{
  GListModel *resolutions = ops_meeting_get_resolutions (meeting);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (resolutions);
  guint number = 0;
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsResolution) resolution = g_list_model_get_item (resolutions, i);
      const char *conclusion = ops_resolution_get_conclusion (resolution);

      if (conclusion == NULL || *conclusion == '\0')
        continue;
      if (number > 0)
        g_string_append_c (text, '\n');
      /* Translators: one numbered resolution in the exported minutes */
      g_string_append_printf (text, C_("resolution", "%u. %s"), ++number, conclusion);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A label in column A and its value across B–F. */
static gboolean
add_line (OpsSheet    *sheet,
          guint        row,
          const char  *label,
          const char  *value,
          GError     **error)
{
  return ops_sheet_form_text (sheet, row, 0, 0, OPS_FORM_LABEL, label, error) &&
         ops_sheet_form_text (sheet, row, 1, LAST_COL, OPS_FORM_VALUE, value, error);
}

static gboolean
add_action_items (OpsSheet    *sheet,
                  guint       *row,
                  OpsMeeting  *meeting,
                  GError     **error)
{
  GListModel *items = ops_meeting_get_action_items (meeting);
  guint n = g_list_model_get_n_items (items);
  guint i;

  /* Translators: a section of the exported minutes; in Chinese exactly 待办任务 */
  if (!ops_sheet_form_text (sheet, *row, 0, LAST_COL, OPS_FORM_SECTION,
                            C_("meeting minutes", "Action Items"), error))
    return FALSE;
  (*row)++;

  /* Translators: the columns of the action items in the exported minutes;
   * in Chinese exactly 责任人 · 内容 · 完成时间 */
  if (!ops_sheet_form_text (sheet, *row, 0, 0, OPS_FORM_HEADER, C_("meeting minutes", "Owner"), error) ||
      !ops_sheet_form_text (sheet, *row, 1, LAST_COL - 1, OPS_FORM_HEADER, C_("meeting minutes", "Content"), error) ||
      !ops_sheet_form_text (sheet, *row, LAST_COL, LAST_COL, OPS_FORM_HEADER, C_("meeting minutes", "Due Date"), error))
    return FALSE;
  (*row)++;

  if (n == 0)
    {
      if (!ops_sheet_form_text (sheet, *row, 0, LAST_COL, OPS_FORM_VALUE,
                                _("No action items: no resolution has been finalised."), error))
        return FALSE;
      (*row)++;
      return TRUE;
    }

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsActionItem) item = g_list_model_get_item (items, i);

      if (!ops_sheet_form_text (sheet, *row, 0, 0, OPS_FORM_VALUE, ops_action_item_get_owner_name (item), error) ||
          !ops_sheet_form_text (sheet, *row, 1, LAST_COL - 1, OPS_FORM_VALUE, ops_action_item_get_content (item), error) ||
          !ops_sheet_form_date (sheet, *row, LAST_COL, LAST_COL, ops_action_item_get_due_date (item), error))
        return FALSE;
      (*row)++;
    }

  return TRUE;
}

static gboolean
write_minutes (OpsSheet    *sheet,
               OpsMeeting  *meeting,
               GError     **error)
{
  g_autofree char *time = dup_time_range (meeting);
  g_autofree char *place = dup_place (meeting);
  g_autofree char *sign_in = dup_sign_in (meeting);
  g_autofree char *agenda = dup_agenda (meeting);
  g_autofree char *resolutions = dup_resolutions (meeting);
  g_autofree char *archive_name = ops_meeting_dup_archive_name (meeting);
  guint row = 1;

  /* Translators: the labels of the exported minutes (会议纪要); in Chinese
   * 会议主题, 会议时间 (exactly), 地点, 主持人, 记录人, 参会人员 (exactly),
   * 议程, 决议事项 (exactly), 会议记录 */
  if (!add_line (sheet, row++, C_("meeting minutes", "Topic"), ops_meeting_get_topic (meeting), error) ||
      !add_line (sheet, row++, C_("meeting minutes", "Meeting Time"), time, error) ||
      !add_line (sheet, row++, C_("meeting minutes", "Place"), place, error))
    return FALSE;

  if (!ops_sheet_form_text (sheet, row, 0, 0, OPS_FORM_LABEL, C_("meeting minutes", "Host"), error) ||
      !ops_sheet_form_text (sheet, row, 1, 2, OPS_FORM_VALUE, ops_meeting_get_host_name (meeting), error) ||
      !ops_sheet_form_text (sheet, row, 3, 3, OPS_FORM_LABEL, C_("meeting minutes", "Note-taker"), error) ||
      !ops_sheet_form_text (sheet, row, 4, LAST_COL, OPS_FORM_VALUE, ops_meeting_get_note_taker_name (meeting), error))
    return FALSE;
  row++;

  if (!add_line (sheet, row++, C_("meeting minutes", "Attendees"), sign_in, error) ||
      !add_line (sheet, row++, C_("meeting minutes", "Agenda"), agenda, error) ||
      !add_line (sheet, row++, C_("meeting minutes", "Resolutions"), resolutions, error) ||
      !add_line (sheet, row++, C_("meeting minutes", "Notes"), ops_meeting_get_minutes_text (meeting), error))
    return FALSE;

  if (!add_action_items (sheet, &row, meeting, error))
    return FALSE;

  /* Translators: the labels of the minutes' state in the exported minutes;
   * in Chinese 纪要状态, 批准时间, 提交时间, 分发时间, 分发对象, 归档名称, 保存至 */
  if (!ops_sheet_form_text (sheet, row, 0, 0, OPS_FORM_LABEL, C_("meeting minutes", "Minutes State"), error) ||
      !ops_sheet_form_text (sheet, row, 1, 2, OPS_FORM_VALUE,
                            ops_minutes_state_to_label (ops_meeting_get_minutes_state (meeting)), error) ||
      !ops_sheet_form_text (sheet, row, 3, 3, OPS_FORM_LABEL, C_("meeting minutes", "Submitted"), error) ||
      !ops_sheet_form_datetime (sheet, row, 4, LAST_COL, ops_meeting_get_minutes_submitted_at (meeting), error))
    return FALSE;
  row++;

  if (!ops_sheet_form_text (sheet, row, 0, 0, OPS_FORM_LABEL, C_("meeting minutes", "Approved"), error) ||
      !ops_sheet_form_datetime (sheet, row, 1, 2, ops_meeting_get_minutes_approved_at (meeting), error) ||
      !ops_sheet_form_text (sheet, row, 3, 3, OPS_FORM_LABEL, C_("meeting minutes", "Distributed"), error) ||
      !ops_sheet_form_datetime (sheet, row, 4, LAST_COL, ops_meeting_get_minutes_distributed_at (meeting), error))
    return FALSE;
  row++;

  if (!add_line (sheet, row++, C_("meeting minutes", "Distributed To"),
                 ops_meeting_get_minutes_distributed_to (meeting), error))
    return FALSE;

  if (!ops_sheet_form_text (sheet, row, 0, 0, OPS_FORM_LABEL, C_("meeting minutes", "Archive Name"), error) ||
      !ops_sheet_form_text (sheet, row, 1, 2, OPS_FORM_VALUE, archive_name, error) ||
      !ops_sheet_form_text (sheet, row, 3, 3, OPS_FORM_LABEL, C_("meeting minutes", "Kept Until"), error) ||
      !ops_sheet_form_date (sheet, row, 4, LAST_COL, ops_meeting_get_retention_until (meeting), error))
    return FALSE;

  return TRUE;
}

/**
 * ops_export_meeting_minutes_write:
 * @path: the .xlsx file to write; replaced only when complete
 * @meeting: the meeting with every child and its action items
 * @cancellable: (nullable): checked before the file is put in place
 *
 * Writes the minutes form of @meeting.
 *
 * Returns: %TRUE when @path was written; %FALSE with @error set (a text
 * that can't be stored names its row; G_IO_ERROR_CANCELLED), and then no
 * file was created.
 */
gboolean
ops_export_meeting_minutes_write (const char          *path,
                                  OpsMeeting          *meeting,
                                  GCancellable        *cancellable,
                                  GError             **error)
{
  const char *name = _("Meeting Minutes");
  const char *topic;
  g_autofree char *title = NULL;
  OpsSheet *sheet;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (OPS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  topic = ops_meeting_get_topic (meeting);
  /* Translators: the title row of the exported minutes: 会议纪要 — topic */
  title = g_strdup_printf (_("%s — %s"), name, topic != NULL ? topic : "");

  sheet = ops_sheet_new_form (path, name, title, minutes_widths, G_N_ELEMENTS (minutes_widths), error);
  if (sheet == NULL)
    return FALSE;
  ops_sheet_set_properties (sheet, name, NULL);
  ops_sheet_set_cancellable (sheet, cancellable);

  if (!write_minutes (sheet, meeting, error))
    {
      ops_sheet_abort (sheet);
      return FALSE;
    }

  return ops_sheet_finish (sheet, error);
}

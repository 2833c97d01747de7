/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-editor-time.c: the meeting editor's time fields — date (typed
 * or chosen on a calendar), start and end — read into instants, with the
 * planned length shown live, the over-90-minutes warning, and the agenda
 * total kept against the planned length.
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-meeting-editor-private.h"

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Fields ------------------------------------------------------------------ */

/* Parses "H:MM" or "HH:MM" into minutes since midnight. */
static gboolean
parse_time (const char *text,
            guint      *minutes)
{
  g_autofree char *stripped = ops_strip_dup (text);
  guint hours = 0, mins = 0;
  char *end = NULL;
  guint64 value;

  if (stripped == NULL || *stripped == '\0')
    return FALSE;

  value = g_ascii_strtoull (stripped, &end, 10);
  if (end == stripped || *end != ':' || value > 23)
    return FALSE;
  hours = (guint) value;
  if (!g_ascii_isdigit (end[1]) || !g_ascii_isdigit (end[2]) || end[3] != '\0')
    return FALSE;
  mins = (guint) ((end[1] - '0') * 10 + (end[2] - '0'));
  if (mins > 59)
    return FALSE;

  *minutes = hours * 60 + mins;
  return TRUE;
}

/* The local instant of @date ("YYYY-MM-DD") at @minutes after midnight. */
static GDateTime *
local_instant (const char *date,
               guint       minutes)
{
  int year, month, day;

  if (sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;
  return g_date_time_new_local (year, month, day, minutes / 60, minutes % 60, 0);
}

/* Reads date, start and end into Unix seconds; on failure @error says which
 * field is wrong and how to write it. */
gboolean
ops_meeting_editor_read_times (OpsMeetingEditor  *self,
            gint64            *starts_at,
            gint64            *ends_at,
            GError           **error)
{
  g_autofree char *date = ops_strip_dup (row_text (self->date_row));
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  guint start_minutes, end_minutes;

  if (!ops_validate_date (_("Date"), date, error))
    return FALSE;
  if (!parse_time (row_text (self->start_row), &start_minutes))
    {
      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED,
                   _("The start time “%s” is not a time of day. Write it as HH:MM, for example 14:00."),
                   row_text (self->start_row));
      return FALSE;
    }
  if (!parse_time (row_text (self->end_row), &end_minutes))
    {
      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED,
                   _("The end time “%s” is not a time of day. Write it as HH:MM, for example 15:30."),
                   row_text (self->end_row));
      return FALSE;
    }

  starts = local_instant (date, start_minutes);
  ends = local_instant (date, end_minutes);
  if (starts == NULL || ends == NULL)
    {
      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED,
                   _("The date “%s” does not exist. Write it as YYYY-MM-DD."), date);
      return FALSE;
    }

  *starts_at = g_date_time_to_unix (starts);
  *ends_at = g_date_time_to_unix (ends);
  return TRUE;
}

void
ops_meeting_editor_update_length (OpsMeetingEditor *self)
{
  gint64 starts_at = 0, ends_at = 0;
  guint planned = 0;

  if (ops_meeting_editor_read_times (self, &starts_at, &ends_at, NULL) && ends_at > starts_at)
    {
      g_autofree char *text = NULL;

      planned = (guint) ((ends_at - starts_at) / 60);
      if (planned >= 60)
        /* TRANSLATORS: a meeting's planned length, e.g. "1 h 30 min (90 minutes)" */
        text = g_strdup_printf (_("%u h %02u min (%u minutes)"), planned / 60, planned % 60, planned);
      else
        text = g_strdup_printf (ngettext ("%u minute", "%u minutes", planned), planned);
      adw_action_row_set_subtitle (self->length_row, text);
    }
  else if (ops_meeting_editor_read_times (self, &starts_at, &ends_at, NULL))
    adw_action_row_set_subtitle (self->length_row, _("The meeting must end after it starts"));
  else
    adw_action_row_set_subtitle (self->length_row, _("Enter the date, the start and the end"));

  gtk_widget_set_visible (self->long_warning, planned > OPS_MEETING_LONG_MINUTES);
  ops_meeting_editor_update_agenda_total (self, planned);
}

static void
on_time_changed (OpsMeetingEditor *self)
{
  ops_meeting_editor_update_length (self);
  ops_meeting_editor_fields_changed (self);
}

static void
on_calendar_day_selected (OpsMeetingEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  if (g_strcmp0 (text, row_text (self->date_row)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
}

void
ops_meeting_editor_time_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
}

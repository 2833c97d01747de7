/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-ics.c: the iCalendar (RFC 5545) writer for meetings and series. See
 * ops-ics.h for what a file holds; the comments below say why.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "export/ops-ics.h"

/* RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets. */
#define ICS_LINE_OCTETS 75
#define ICS_SECONDS_PER_WEEK (7 * 24 * 60 * 60)

/* Values ------------------------------------------------------------------ */

/**
 * ops_ics_escape_text:
 * @text: (nullable): UTF-8 text
 *
 * Returns: (transfer full): @text as an iCalendar TEXT value (RFC 5545
 * §3.3.11): backslash, semicolon and comma escaped, line breaks written
 * "\n", other control characters (except tab) dropped.
 */
char *
ops_ics_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p;

  for (p = text; p != NULL && *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          /* CRLF is one line break; a lone CR one too. */
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append_c (out, '\t');
          break;
        default:
          if (c >= 0x20 && c != 0x7f)
            g_string_append_c (out, (char) c);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

/* A parameter value (CN=…): always quoted, so : ; , may appear; DQUOTE and
 * control characters cannot (RFC 5545 §3.1 QSAFE-CHAR) and become ' or go. */
static char *
quote_param (const char *value)
{
  GString *out = g_string_new ("\"");
  const char *p;

  for (p = value; p != NULL && *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"')
        g_string_append_c (out, '\'');
      else if (c >= 0x20 && c != 0x7f)
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

/* A URI value (URL, mailto:): written as it is, minus anything that would
 * break the line. */
static char *
clean_uri (const char *uri)
{
  GString *out = g_string_new (NULL);
  const char *p;

  for (p = uri; p != NULL && *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c > 0x20 && c != 0x7f)
        g_string_append_c (out, (char) c);
    }

  return g_string_free (out, FALSE);
}

/**
 * ops_ics_format_utc:
 *
 * Returns: (transfer full): @instant as a UTC DATE-TIME, "20230901T060000Z".
 */
char *
ops_ics_format_utc (gint64 instant)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);

  if (utc == NULL)
    return g_strdup ("19700101T000000Z");

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

/**
 * ops_ics_append_line:
 * @out: the calendar being written
 * @line: one content line, without its line break
 *
 * Appends @line folded (RFC 5545 §3.1): no physical line is longer than 75
 * octets; a continuation begins with one space, which counts; a UTF-8
 * character is never split. Ends it with CRLF.
 */
void
ops_ics_append_line (GString    *out,
                     const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize room = ICS_LINE_OCTETS;

  while (length - start > room)
    {
      gsize cut = start + room;

      /* Back to the first byte of the character at the cut. */
      while (cut > start && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;

      g_string_append_len (out, line + start, (gssize) (cut - start));
      g_string_append (out, "\r\n ");
      start = cut;
      room = ICS_LINE_OCTETS - 1;
    }

  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  ops_ics_append_line (out, line);
}

static void
append_text (GString    *out,
             const char *name,
             const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;

  escaped = ops_ics_escape_text (text);
  append_property (out, name, escaped);
}

static void
append_time (GString    *out,
             const char *name,
             gint64      instant)
{
  g_autofree char *value = ops_ics_format_utc (instant);

  append_property (out, name, value);
}

/* Events ------------------------------------------------------------------ */

static char *
dup_agenda_lines (OpsMeeting *meeting)
{
  GListModel *agenda = ops_meeting_get_agenda (meeting);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (agenda);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (agenda, i);
      const char *presenter = ops_agenda_item_get_presenter_name (item);

      g_string_append_c (text, '\n');
      if (presenter != NULL && *presenter != '\0')
        /* Translators: an agenda line in a calendar event: number, title,
         * presenter, minutes */
        g_string_append_printf (text, _("%u. %s — %s, %u min"), i + 1,
                                ops_agenda_item_get_title (item), presenter,
                                ops_agenda_item_get_minutes (item));
      else
        /* Translators: an agenda line in a calendar event: number, title, minutes */
        g_string_append_printf (text, _("%u. %s — %u min"), i + 1,
                                ops_agenda_item_get_title (item),
                                ops_agenda_item_get_minutes (item));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_material_titles (OpsMeeting *meeting)
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

/* Goal, host, note-taker, agenda, attendees (everyone by name: those
 * without an e-mail address have no ATTENDEE line) and materials. */
static char *
dup_description (OpsMeeting         *meeting,
                 OpsExportDirectory *directory)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *goal = ops_meeting_get_goal (meeting);
  const char *host = ops_meeting_get_host_name (meeting);
  const char *note_taker = ops_meeting_get_note_taker_name (meeting);
  g_autofree char *agenda = dup_agenda_lines (meeting);
  g_autofree char *attendees = ops_export_format_attendees (ops_meeting_get_attendees (meeting), directory);
  g_autofree char *materials = dup_material_titles (meeting);

  if (goal != NULL && *goal != '\0')
    /* Translators: a line of a calendar event's description */
    g_string_append_printf (text, _("Goal: %s\n"), goal);
  if (host != NULL && *host != '\0')
    /* Translators: a line of a calendar event's description */
    g_string_append_printf (text, _("Host: %s\n"), host);
  if (note_taker != NULL && *note_taker != '\0')
    /* Translators: a line of a calendar event's description */
    g_string_append_printf (text, _("Note-taker: %s\n"), note_taker);
  if (*agenda != '\0')
    /* Translators: the heading of the agenda in a calendar event's
     * description; the numbered items follow on their own lines */
    g_string_append_printf (text, _("Agenda:%s\n"), agenda);
  if (*attendees != '\0')
    /* Translators: a line of a calendar event's description */
    g_string_append_printf (text, _("Attendees: %s\n"), attendees);
  if (*materials != '\0')
    /* Translators: a line of a calendar event's description */
    g_string_append_printf (text, _("Materials: %s\n"), materials);

  if (text->len > 0 && text->str[text->len - 1] == '\n')
    g_string_truncate (text, text->len - 1);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Everything of an event but its identity and times, folded: two
 * occurrences with the same body differ only in time. */
static char *
dup_event_body (OpsMeeting         *meeting,
                OpsExportDirectory *directory)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *description = dup_description (meeting, directory);
  const char *place = ops_meeting_get_place (meeting);
  GListModel *attendees = ops_meeting_get_attendees (meeting);
  const char *host_email = NULL;
  guint n, i;

  append_text (out, "SUMMARY", ops_meeting_get_topic (meeting));
  append_text (out, "DESCRIPTION", description);

  if (place != NULL && *place != '\0')
    {
      append_text (out, "LOCATION", place);
      if (ops_meeting_get_place_kind (meeting) == OPS_PLACE_ONLINE)
        {
          g_autofree char *uri = clean_uri (place);

          append_property (out, "URL", uri);
        }
    }

  if (directory != NULL)
    host_email = ops_export_directory_get_email (directory, ops_meeting_get_host_id (meeting));
  if (host_email != NULL)
    {
      g_autofree char *cn = quote_param (ops_meeting_get_host_name (meeting));
      g_autofree char *uri = clean_uri (host_email);
      g_autofree char *name = g_strdup_printf ("ORGANIZER;CN=%s", cn);
      g_autofree char *value = g_strconcat ("mailto:", uri, NULL);

      append_property (out, name, value);
    }

  /* Only people with an e-mail address: "mailto:" of nothing is invalid,
   * and a CAL-ADDRESS must be a URI. The others are named in DESCRIPTION. */
  n = directory != NULL ? g_list_model_get_n_items (attendees) : 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (attendees, i);
      const char *email;
      g_autofree char *cn = NULL;
      g_autofree char *uri = NULL;
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (ops_attendee_get_person_id (attendee) == 0)
        continue;
      email = ops_export_directory_get_email (directory, ops_attendee_get_person_id (attendee));
      if (email == NULL)
        continue;

      cn = quote_param (ops_attendee_get_name (attendee));
      uri = clean_uri (email);
      /* CUTYPE=INDIVIDUAL, PARTSTAT=NEEDS-ACTION and RSVP=FALSE are the
       * defaults: left out, the line rarely needs folding. */
      name = g_strdup_printf ("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT", cn);
      value = g_strconcat ("mailto:", uri, NULL);
      append_property (out, name, value);
    }

  append_property (out, "STATUS", "CONFIRMED");
  append_property (out, "TRANSP", "OPAQUE");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
dup_uid (const char *kind,
         gint64      id,
         const char *database_uid)
{
  if (database_uid != NULL && *database_uid != '\0')
    return g_strdup_printf ("%s%" G_GINT64_FORMAT "-%s@opsdesk", kind, id, database_uid);

  return g_strdup_printf ("%s%" G_GINT64_FORMAT "@opsdesk", kind, id);
}

/* One VEVENT. @recurrence_id 0 = none; @rule: RRULE/EXDATE/RDATE lines,
 * already folded (nullable). */
static void
append_event (GString    *out,
              const char *uid,
              const char *dtstamp,
              gint64      recurrence_id,
              gint64      starts_at,
              gint64      ends_at,
              const char *rule,
              const char *body)
{
  ops_ics_append_line (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  append_property (out, "DTSTAMP", dtstamp);
  if (recurrence_id != 0)
    append_time (out, "RECURRENCE-ID", recurrence_id);
  append_time (out, "DTSTART", starts_at);
  append_time (out, "DTEND", ends_at > starts_at ? ends_at : starts_at);
  append_property (out, "SEQUENCE", "0");
  if (rule != NULL)
    g_string_append (out, rule);
  g_string_append (out, body);
  ops_ics_append_line (out, "END:VEVENT");
}

/* Series ------------------------------------------------------------------ */

/* The starts the RRULE gives, as a calendar computes them: in UTC (DTSTART
 * is UTC), weekly every 7 × interval days, monthly on the same day of the
 * month, skipping months without that day (RFC 5545 §3.3.10), up to
 * @until inclusive. */
static GArray *
rule_starts (gint64                  dtstart,
             const OpsIcsRecurrence *recurrence,
             gint64                  until)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) first = g_date_time_new_from_unix_utc (dtstart);
  guint interval = MAX (recurrence->interval, 1u);
  guint k;

  for (k = 0; first != NULL && k < 100000; k++)
    {
      gint64 start;

      if (recurrence->freq == OPS_RECUR_MONTHLY)
        {
          g_autoptr(GDateTime) occurrence = NULL;
          guint months = (guint) (g_date_time_get_month (first) - 1) + k * interval;
          int year = g_date_time_get_year (first) + (int) (months / 12);
          int month = (int) (months % 12) + 1;
          int day = g_date_time_get_day_of_month (first);

          if (year > 9999)
            break;
          if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
            continue;
          occurrence = g_date_time_new_utc (year, month, day,
                                            g_date_time_get_hour (first),
                                            g_date_time_get_minute (first),
                                            g_date_time_get_second (first));
          start = g_date_time_to_unix (occurrence);
        }
      else
        start = dtstart + (gint64) k * interval * ICS_SECONDS_PER_WEEK;

      if (start > until)
        break;
      g_array_append_val (starts, start);
    }

  return starts;
}

static gboolean
same_local_date (gint64 a,
                 gint64 b)
{
  g_autofree char *date_a = ops_meeting_local_date (a);
  g_autofree char *date_b = ops_meeting_local_date (b);

  return g_strcmp0 (date_a, date_b) == 0;
}

static void
append_series (GString                *out,
               GPtrArray              *meetings,
               const OpsIcsRecurrence *recurrence,
               OpsExportDirectory     *directory,
               const char             *database_uid,
               const char             *dtstamp)
{
  OpsMeeting *first = g_ptr_array_index (meetings, 0);
  OpsMeeting *last = g_ptr_array_index (meetings, meetings->len - 1);
  gint64 dtstart = ops_meeting_get_starts_at (first);
  gint64 duration = ops_meeting_get_ends_at (first) - dtstart;
  g_autofree char *uid = dup_uid ("series-", recurrence->series_id, database_uid);
  g_autofree char *master_body = dup_event_body (first, directory);
  g_autoptr(GArray) starts = rule_starts (dtstart, recurrence, ops_meeting_get_starts_at (last));
  g_autofree gboolean *used = g_new0 (gboolean, starts->len + 1);
  g_autofree gint64 *slot_of = g_new0 (gint64, meetings->len);   /* 0 = none */
  g_autoptr(GString) rule = g_string_new (NULL);
  g_autoptr(GString) overrides = g_string_new (NULL);
  g_autofree char *until = ops_ics_format_utc (ops_meeting_get_starts_at (last));
  g_autofree char *rrule = NULL;
  guint i, j;

  /* Every occurrence on its own start; then a moved one on the start of
   * the same day that nobody took; the rest the rule cannot produce. */
  for (i = 0; i < meetings->len; i++)
    {
      gint64 start = ops_meeting_get_starts_at (g_ptr_array_index (meetings, i));

      for (j = 0; j < starts->len; j++)
        if (!used[j] && g_array_index (starts, gint64, j) == start)
          {
            used[j] = TRUE;
            slot_of[i] = start;
            break;
          }
    }
  for (i = 0; i < meetings->len; i++)
    {
      gint64 start = ops_meeting_get_starts_at (g_ptr_array_index (meetings, i));

      if (slot_of[i] != 0)
        continue;
      for (j = 0; j < starts->len; j++)
        if (!used[j] && same_local_date (g_array_index (starts, gint64, j), start))
          {
            used[j] = TRUE;
            slot_of[i] = g_array_index (starts, gint64, j);
            break;
          }
    }

  rrule = g_strdup_printf ("FREQ=%s;INTERVAL=%u;UNTIL=%s",
                           recurrence->freq == OPS_RECUR_MONTHLY ? "MONTHLY" : "WEEKLY",
                           MAX (recurrence->interval, 1u), until);
  append_property (rule, "RRULE", rrule);

  for (j = 0; j < starts->len; j++)
    if (!used[j])
      append_time (rule, "EXDATE", g_array_index (starts, gint64, j));

  for (i = 1; i < meetings->len; i++)
    {
      OpsMeeting *meeting = g_ptr_array_index (meetings, i);
      gint64 start = ops_meeting_get_starts_at (meeting);
      gint64 end = ops_meeting_get_ends_at (meeting);
      g_autofree char *body = dup_event_body (meeting, directory);
      gboolean same = end - start == duration && g_str_equal (body, master_body);

      if (slot_of[i] == 0)
        {
          /* An extra date of the series; changed too: override it. */
          append_time (rule, "RDATE", start);
          if (!same)
            append_event (overrides, uid, dtstamp, start, start, end, NULL, body);
        }
      else if (slot_of[i] != start || !same)
        append_event (overrides, uid, dtstamp, slot_of[i], start, end, NULL, body);
    }

  append_event (out, uid, dtstamp, 0, dtstart, dtstart + duration, rule->str, master_body);
  g_string_append (out, overrides->str);
}

/* Calendars --------------------------------------------------------------- */

/**
 * ops_ics_build:
 *
 * See ops-ics.h.
 *
 * Returns: (transfer full) (nullable): the calendar text.
 */
char *
ops_ics_build (GPtrArray              *meetings,
               const OpsIcsRecurrence *recurrence,
               OpsExportDirectory     *directory,
               const char             *database_uid,
               gint64                  now,
               GError                **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *prodid = g_strdup_printf ("-//Opsdesk//Opsdesk %s//EN", PACKAGE_VERSION);
  g_autofree char *dtstamp = ops_ics_format_utc (now);
  guint i;

  g_return_val_if_fail (meetings != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (meetings->len == 0)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT,
                   _("There is no meeting to put in the calendar file. Choose a meeting and export again."));
      return NULL;
    }

  ops_ics_append_line (out, "BEGIN:VCALENDAR");
  append_property (out, "VERSION", "2.0");
  append_property (out, "PRODID", prodid);
  append_property (out, "CALSCALE", "GREGORIAN");
  append_property (out, "METHOD", "PUBLISH");

  if (recurrence != NULL && recurrence->freq != OPS_RECUR_NONE)
    append_series (out, meetings, recurrence, directory, database_uid, dtstamp);
  else
    for (i = 0; i < meetings->len; i++)
      {
        OpsMeeting *meeting = g_ptr_array_index (meetings, i);
        g_autofree char *uid = dup_uid ("", ops_meeting_get_id (meeting), database_uid);
        g_autofree char *body = dup_event_body (meeting, directory);

        append_event (out, uid, dtstamp, 0, ops_meeting_get_starts_at (meeting),
                      ops_meeting_get_ends_at (meeting), NULL, body);
      }

  ops_ics_append_line (out, "END:VCALENDAR");

  if (!g_utf8_validate (out->str, (gssize) out->len, NULL))
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT,
                   _("A meeting contains text that is not valid UTF-8 (perhaps from an import). Correct it in Opsdesk and export again."));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ops_ics_write_meetings:
 *
 * See ops-ics.h. Blocking.
 *
 * Returns: %TRUE when @path was written.
 */
gboolean
ops_ics_write_meetings (const char             *path,
                        GPtrArray              *meetings,
                        const OpsIcsRecurrence *recurrence,
                        OpsExportDirectory     *directory,
                        const char             *database_uid,
                        GCancellable           *cancellable,
                        GError                **error)
{
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display_dir = g_filename_display_name (dir);

      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("The folder “%s” does not exist. Choose an existing folder and export again."),
                   display_dir);
      return FALSE;
    }

  text = ops_ics_build (meetings, recurrence, directory, database_uid,
                        g_get_real_time () / G_USEC_PER_SEC, error);
  if (text == NULL)
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A temporary file beside @path, synced, then renamed over it. */
  if (!g_file_set_contents_full (path, text, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0666, &local_error))
    {
      display = g_filename_display_name (path);
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("Could not save “%s”: %s. Choose another file name or folder and export again."),
                   display, local_error->message);
      return FALSE;
    }

  return TRUE;
}

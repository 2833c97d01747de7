/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-ics.h: the iCalendar writer (RFC 5545) for meetings: a meeting, or a
 * whole series as one recurring event, as an .ics file that GNOME Calendar,
 * Thunderbird and Outlook import.
 *
 * The file: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped (\ ; , and newlines), VCALENDAR with
 * VERSION, PRODID, CALSCALE and METHOD:PUBLISH. Each VEVENT has a UID that
 * stays the same across exports ("<meeting id>-<database uid>@opsdesk", or
 * "series-<series id>-<database uid>@opsdesk"), DTSTAMP, DTSTART and DTEND
 * in UTC, SUMMARY (the topic), DESCRIPTION (goal, agenda, host, materials
 * and the attendees who have no e-mail address), LOCATION (the room, or
 * the link of an online meeting, which also goes in URL), ORGANIZER (the
 * host, when they have an e-mail address) and one ATTENDEE per attendee
 * with an e-mail address (mailto:, CN, ROLE=REQ-PARTICIPANT).
 *
 * A series becomes one event with RRULE (FREQ=WEEKLY or MONTHLY, INTERVAL,
 * UNTIL the last occurrence); an occurrence that was moved or changed is
 * its own VEVENT with RECURRENCE-ID, one that was deleted an EXDATE, and
 * one the rule cannot produce (a monthly series on the 31st in a shorter
 * month) an RDATE.
 *
 * Takes records, never queries (export layer).
 */
#pragma once

#include <gio/gio.h>

#include "export/ops-export-meetings.h"

G_BEGIN_DECLS

typedef struct {
  gint64       series_id;
  OpsRecurFreq freq;       /* WEEKLY or MONTHLY */
  guint        interval;   /* 0 counts as 1 */
} OpsIcsRecurrence;

/* The calendar text for @meetings (OpsMeeting with children, start
 * ascending). With @recurrence, they are the occurrences of that series and
 * become one recurring event; without, each is its own event. @database_uid
 * (nullable) makes the UIDs unique to the database; @now is DTSTAMP. Emails
 * come from @directory (nullable: no ORGANIZER and ATTENDEE lines).
 * Returns (transfer full) the text, or NULL with @error set (invalid
 * UTF-8 in a record, no meetings). */
char     *ops_ics_build          (GPtrArray              *meetings,
                                  const OpsIcsRecurrence *recurrence,
                                  OpsExportDirectory     *directory,
                                  const char             *database_uid,
                                  gint64                  now,
                                  GError                **error);

/* Builds the text as ops_ics_build() does and writes it to @path (a
 * temporary file renamed into place when complete, so an existing file is
 * untouched on failure). Blocking: worker threads and the command line. */
gboolean  ops_ics_write_meetings (const char             *path,
                                  GPtrArray              *meetings,
                                  const OpsIcsRecurrence *recurrence,
                                  OpsExportDirectory     *directory,
                                  const char             *database_uid,
                                  GCancellable           *cancellable,
                                  GError                **error);

/* The parts, for tests. */
/* @text as an iCalendar TEXT value: \ ; , escaped, newlines as \n, other
 * control characters dropped. Free with g_free(). */
char     *ops_ics_escape_text    (const char             *text);
/* Appends @line to @out folded at 75 octets (continuations start with one
 * space; a UTF-8 character is never split) and ended with CRLF. */
void      ops_ics_append_line    (GString                *out,
                                  const char             *line);
/* "20230901T060000Z". Free with g_free(). */
char     *ops_ics_format_utc     (gint64                  instant);

G_END_DECLS

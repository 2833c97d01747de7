/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ui-meeting-exports.c: the meetings' exports through the real window
 * under Xvfb: the minutes form of one meeting (what win.export-minutes runs
 * after its file chooser) with the export progress dialog, the meeting
 * notice of the Meetings page, and the calendar file of the page's
 * "Export to Calendar" path; each read back by an independent reader.
 */
#include "test-ui-common.h"

#include "ui/ops-export-runner.h"
#include "ui/ops-person-editor.h"

static gint64 meeting_id;

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static OpsStore *
get_store (void)
{
  return ops_context_get_store (ops_window_get_context (fx.window));
}

static void
on_person_saved (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  *(OpsPerson **) user_data = ops_store_save_person_finish (OPS_STORE (object), result, &error);
  g_assert_no_error (error);
}

static OpsPerson *
seed_person (const char *name)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  OpsPerson *saved = NULL;

  ops_person_set_name (person, name);
  ops_person_set_email (person, "someone@example.com");
  ops_store_save_person_async (get_store (), person, NULL, on_person_saved, &saved);
  g_assert_true (wait_for (pointer_set, &saved, "a seeded person"));
  return saved;
}

static void
on_meeting_saved (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  *(OpsMeeting **) user_data = ops_store_save_meeting_finish (OPS_STORE (object), result, &error);
  g_assert_no_error (error);
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS)
         && find_toplevel (G_TYPE_INVALID, "export-progress") == NULL;
}

/* Runs @script (Python, with openpyxl) on @path; returns its stdout. */
static char *
run_python (const char *script,
            const char *path)
{
  const char *argv[] = { OPSDESK_PYTHON, "-c", script, path, NULL };
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, NULL));
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the reader failed on %s: %s", path, err);
  return g_strstrip (out);
}

/* First start as 陈静 (administration), then a meeting tomorrow through the
 * store, with an attendee and an agenda item. */
static void
test_setup (void)
{
  g_autoptr(OpsMeeting) meeting = ops_meeting_new ();
  g_autoptr(OpsMeeting) saved = NULL;
  g_autoptr(OpsPerson) colleague = NULL;
  g_autoptr(GListStore) attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  g_autoptr(GListStore) agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);
  g_autoptr(OpsAgendaItem) item = ops_agenda_item_new_full ("季度复盘", 0, 30);
  g_autoptr(OpsAttendee) attendee = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) starts = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                                       g_date_time_get_month (tomorrow),
                                                       g_date_time_get_day_of_month (tomorrow),
                                                       10, 0, 0);
  OpsPerson *user;
  GtkWindow *editor;

  g_assert_true (wait_for (stack_shows, (gpointer) "welcome", "the welcome"));
  click (GTK_WIDGET (fx.window), "welcome-add-me-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_PERSON_EDITOR), "the person editor"));
  editor = find_toplevel (OPS_TYPE_PERSON_EDITOR, NULL);
  set_text (GTK_WIDGET (editor), "person-name-row", "陈静");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (require (GTK_WIDGET (editor), "role-administration")), TRUE);
  click (GTK_WIDGET (editor), "person-save-button");
  g_assert_true (wait_for (user_is, (gpointer) "陈静", "the new user to be current"));
  g_assert_true (wait_for (stack_shows, (gpointer) "main", "the main view"));

  user = ops_context_get_current_user (ops_window_get_context (fx.window));
  colleague = seed_person ("王小明");
  attendee = ops_attendee_new_person (ops_person_get_id (colleague), "王小明");
  g_list_store_append (attendees, attendee);
  g_list_store_append (agenda, item);

  ops_meeting_set_topic (meeting, "季度经营分析会");
  ops_meeting_set_host_id (meeting, ops_person_get_id (user));
  ops_meeting_set_note_taker_id (meeting, ops_person_get_id (user));
  ops_meeting_set_starts_at (meeting, g_date_time_to_unix (starts));
  ops_meeting_set_ends_at (meeting, g_date_time_to_unix (starts) + 60 * 60);
  ops_meeting_set_place_kind (meeting, OPS_PLACE_ROOM);
  ops_meeting_set_place (meeting, "301会议室");
  ops_meeting_set_attendees (meeting, G_LIST_MODEL (attendees));
  ops_meeting_set_agenda (meeting, G_LIST_MODEL (agenda));
  ops_store_save_meeting_async (get_store (), meeting, OPS_SERIES_EDIT_THIS, NULL, on_meeting_saved, &saved);
  g_assert_true (wait_for (pointer_set, &saved, "the saved meeting"));
  meeting_id = ops_meeting_get_id (saved);
  g_assert_cmpint (meeting_id, >, 0);
}

/* The minutes form of that meeting through the window's export dialog. */
static void
test_export_minutes (void)
{
  g_autofree char *path = g_build_filename (fx.dir, "纪要.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (ops_window_show_page (fx.window, "meetings"));
  ops_window_export_record_to_file (fx.window, "meeting-minutes", meeting_id, file);
  g_assert_true (wait_for (file_written, path, "the exported minutes"));

  out = run_python ("import openpyxl, sys\n"
                    "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                    "print('|'.join(str(ws[c].value) for c in ('A1', 'B2', 'B4', 'B5', 'E5')))\n"
                    "h = ws.page_setup.fitToHeight\n"
                    "print(1 if h is None else h, ws.sheet_properties.pageSetUpPr.fitToPage)\n",
                    path);
  expected = g_strdup_printf ("%s — 季度经营分析会|季度经营分析会|301会议室|陈静|陈静\n1 True",
                              _("Meeting Minutes"));
  g_assert_cmpstr (out, ==, expected);
}

/* The Meetings page's own table (its export template) lists the meeting. */
static void
test_export_notice (void)
{
  g_autofree char *path = g_build_filename (fx.dir, "通知.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out = NULL;
  OpsPage *page = ops_window_get_page (fx.window, "meetings");

  g_assert_nonnull (page);
  g_assert_cmpstr (ops_page_get_export_template (page), ==, "meeting-notice");
  ops_window_export_to_file (fx.window, ops_page_get_export_template (page), file);
  g_assert_true (wait_for (file_written, path, "the exported notice"));

  out = run_python ("import openpyxl, sys, datetime\n"
                    "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                    "rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]\n"
                    "print(len(rows), rows[0][0], isinstance(rows[0][1], datetime.datetime), rows[0][2], rows[0][3])\n",
                    path);
  g_assert_cmpstr (out, ==, "1 季度经营分析会 True 301会议室 王小明");
}

static void
on_ics_written (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ops_export_runner_write_ics_finish (result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* The calendar file, as "Export to Calendar…" writes it, off the UI thread. */
static void
test_export_calendar (void)
{
  g_autofree char *path = g_build_filename (fx.dir, "meeting.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out = NULL;
  gboolean done = FALSE;

  ops_export_runner_write_ics (get_store (), meeting_id, TRUE, file, NULL, on_ics_written, &done);
  g_assert_true (wait_for (flag_set, &done, "the calendar file"));

  out = run_python ("import icalendar, sys\n"
                    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                    "ev = [c for c in cal.walk() if c.name == 'VEVENT']\n"
                    "print(len(ev), ev[0]['SUMMARY'], ev[0]['LOCATION'], ev[0].get('RRULE') is None,\n"
                    "      sorted(str(a) for a in ev[0].get('ATTENDEE') if a) if isinstance(ev[0].get('ATTENDEE'), list) else str(ev[0].get('ATTENDEE')))\n",
                    path);
  /* A single meeting: no recurrence; only the colleague has an e-mail. */
  g_assert_cmpstr (out, ==, "1 季度经营分析会 301会议室 True mailto:someone@example.com");
}

int
main (int   argc,
      char *argv[])
{
  int result;

  ui_fixture_init (&argc, &argv);

  g_test_add_func ("/ui/meeting-exports/1-setup", test_setup);
  g_test_add_func ("/ui/meeting-exports/2-minutes", test_export_minutes);
  g_test_add_func ("/ui/meeting-exports/3-notice", test_export_notice);
  g_test_add_func ("/ui/meeting-exports/4-calendar", test_export_calendar);

  result = g_test_run ();

  ui_fixture_finish ();
  return result;
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ui.c: the real window under Xvfb on a temporary database, driven as a
 * person would: first start, create a department and a person, search, bad
 * input, switch user, export; screenshots written into the build folder.
 */
#include "test-ui-common.h"

#include "ui/ops-people-page.h"
#include "ui/ops-person-editor.h"
#include "ui/ops-department-editor.h"

/* Tests ------------------------------------------------------------------- */

static void
test_first_start (void)
{
  GtkWindow *editor;
  GtkWidget *list;

  /* A new database: the welcome asks who you are. */
  g_assert_true (wait_for (stack_shows, (gpointer) "welcome", "the welcome"));
  list = require (GTK_WIDGET (fx.window), "welcome-empty-label");
  g_assert_true (wait_for ((Condition) gtk_widget_get_visible, list, "the empty-directory hint"));
  screenshot (GTK_WIDGET (fx.window), "01-welcome.png");

  /* Add yourself. */
  click (GTK_WIDGET (fx.window), "welcome-add-me-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_PERSON_EDITOR), "the person editor"));
  editor = find_toplevel (OPS_TYPE_PERSON_EDITOR, NULL);
  set_text (GTK_WIDGET (editor), "person-name-row", "陈静");
  set_text (GTK_WIDGET (editor), "person-title-row", "行政主管");
  set_text (GTK_WIDGET (editor), "person-email-row", "chen.jing@example.com");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (require (GTK_WIDGET (editor), "role-administration")), TRUE);
  click (GTK_WIDGET (editor), "person-save-button");

  g_assert_true (wait_for (user_is, (gpointer) "陈静", "the new user to be current"));
  g_assert_true (wait_for (stack_shows, (gpointer) "main", "the main view"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (require (GTK_WIDGET (fx.window), "my-work-greeting"))),
                   !=, "");
  screenshot (GTK_WIDGET (fx.window), "02-my-work.png");
  assert_icon_buttons_named (GTK_WIDGET (fx.window));
}

static void
test_department_and_person (void)
{
  GtkWindow *editor;
  ViewCheck dept = { "departments-column-view", "质量部", -1 };
  ViewCheck person = { "people-column-view", "王小明", -1 };

  g_assert_true (ops_window_show_page (fx.window, "people"));
  spin (100);

  /* A department through its editor. */
  click (GTK_WIDGET (fx.window), "new-department-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_DEPARTMENT_EDITOR), "the department editor"));
  editor = find_toplevel (OPS_TYPE_DEPARTMENT_EDITOR, NULL);
  set_text (GTK_WIDGET (editor), "department-name-row", "质量部");
  spin (300);
  select_in_combo (GTK_WIDGET (editor), "department-head-row", "陈静");
  click (GTK_WIDGET (editor), "department-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_DEPARTMENT_EDITOR), "the department editor to close"));
  g_assert_true (wait_for (view_matches, &dept, "质量部 in the departments table"));

  /* A person through win.new-record (Ctrl+N on the People page). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.new-record", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_PERSON_EDITOR), "the person editor"));
  editor = find_toplevel (OPS_TYPE_PERSON_EDITOR, NULL);
  set_text (GTK_WIDGET (editor), "person-name-row", "王小明");
  set_text (GTK_WIDGET (editor), "person-title-row", "质检工程师");
  set_text (GTK_WIDGET (editor), "person-email-row", "wang.xm@example.com");
  set_text (GTK_WIDGET (editor), "person-phone-row", "138 0013 8000");
  spin (300);
  select_in_combo (GTK_WIDGET (editor), "person-department-row", "质量部");
  click (GTK_WIDGET (editor), "person-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_PERSON_EDITOR), "the person editor to close"));
  g_assert_true (wait_for (view_matches, &person, "王小明 in the people table"));
  screenshot (GTK_WIDGET (fx.window), "03-people.png");
}

static void
test_search (void)
{
  ViewCheck one = { "people-column-view", "王小明", 1 };
  ViewCheck none = { "people-column-view", NULL, 0 };
  ViewCheck all = { "people-column-view", "陈静", 2 };
  GtkWidget *status;

  ops_window_show_page (fx.window, "people");
  set_text (GTK_WIDGET (fx.window), "people-search-entry", "小明");
  g_assert_true (wait_for (view_matches, &one, "the search to find 王小明 alone"));

  set_text (GTK_WIDGET (fx.window), "people-search-entry", "质检");
  g_assert_true (wait_for (view_matches, &one, "a search by job title"));

  set_text (GTK_WIDGET (fx.window), "people-search-entry", "nobody-like-this");
  g_assert_true (wait_for (view_matches, &none, "an empty result"));
  status = require (GTK_WIDGET (fx.window), "people-status-page");
  g_assert_true (wait_for ((Condition) gtk_widget_is_visible, status, "the no-match status page"));
  screenshot (GTK_WIDGET (fx.window), "04-search-empty.png");

  set_text (GTK_WIDGET (fx.window), "people-search-entry", "");
  g_assert_true (wait_for (view_matches, &all, "everyone back"));
}

static gboolean
label_has_text (gpointer data)
{
  return gtk_widget_get_visible (data) && *gtk_label_get_text (GTK_LABEL (data)) != '\0';
}

static void
test_bad_input_keeps_the_form (void)
{
  GtkWindow *editor;
  GtkWidget *error_label;
  g_autofree char *long_name = NULL;

  ops_window_show_page (fx.window, "people");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.new-record", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_PERSON_EDITOR), "the person editor"));
  editor = find_toplevel (OPS_TYPE_PERSON_EDITOR, NULL);

  /* A bad e-mail: the store refuses, the form stays with what was typed. */
  set_text (GTK_WIDGET (editor), "person-name-row", "赵六");
  set_text (GTK_WIDGET (editor), "person-email-row", "not-an-address");
  gtk_widget_activate (require (GTK_WIDGET (editor), "person-save-button"));
  error_label = require (GTK_WIDGET (editor), "person-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the inline error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "not-an-address"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (editor), "person-name-row"))), ==, "赵六");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  screenshot (GTK_WIDGET (editor), "05-person-error.png");

  /* An over-long name is refused too, by the store. */
  long_name = g_strnfill (201, 'x');
  set_text (GTK_WIDGET (editor), "person-email-row", "");
  set_text (GTK_WIDGET (editor), "person-name-row", long_name);
  gtk_widget_activate (require (GTK_WIDGET (editor), "person-save-button"));
  g_assert_true (wait_for (label_has_text, error_label, "the inline error"));
  spin (300);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* Closing (Escape, the window's close) with typed changes asks before
   * throwing them away. */
  gtk_window_close (editor);
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the discard question"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  respond (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL), "discard");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_PERSON_EDITOR), "the editor to close"));

  /* Nothing already saved was lost. */
  {
    ViewCheck all = { "people-column-view", "王小明", 2 };
    g_assert_true (wait_for (view_matches, &all, "the two saved people"));
  }
}

static void
test_switch_user (void)
{
  GtkWindow *dialog;
  GtkWidget *list;
  GtkListBoxRow *row = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.switch-user", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_WINDOW), "the switch-user dialog"));
  dialog = find_toplevel (ADW_TYPE_WINDOW, "switch-user-dialog");
  g_assert_nonnull (dialog);
  list = require (GTK_WIDGET (dialog), "welcome-people-list");

  for (int tries = 0; tries < 2000 && row == NULL; tries++)
    {
      for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
        if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "王小明") == 0)
          break;
      if (row == NULL)
        spin (10);
    }
  g_assert_nonnull (row);
  screenshot (GTK_WIDGET (dialog), "06-switch-user.png");
  g_signal_emit_by_name (list, "row-activated", row);

  g_assert_true (wait_for (user_is, (gpointer) "王小明", "王小明 to be the current user"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (require (GTK_WIDGET (fx.window), "user-name-label"))),
                   ==, "王小明");
}

static gboolean
label_says (gpointer data)
{
  const char *expect = g_object_get_data (data, "expect");

  return gtk_widget_get_visible (data) && strstr (gtk_label_get_text (GTK_LABEL (data)), expect) != NULL;
}

static gboolean
calendar_lists (gpointer data)
{
  GtkWindow *prefs = find_toplevel (G_TYPE_INVALID, "calendar-list");
  GtkWidget *list = prefs != NULL ? find_named (GTK_WIDGET (prefs), "calendar-list") : NULL;
  GtkListBoxRow *row;

  for (int i = 0; list != NULL && (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
    if (ADW_IS_PREFERENCES_ROW (row)
        && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), data))
      return TRUE;
  return FALSE;
}

static void
test_preferences_calendar (void)
{
  GtkWindow *prefs;
  GtkWidget *error_label;
  OpsContext *context = ops_window_get_context (fx.window);
  g_autoptr(OpsPerson) staff = g_object_ref (ops_context_get_current_user (context));
  g_autoptr(OpsPerson) admin = NULL;

  /* 王小明 (staff only) may not change the company calendar: the store says
   * so and the window shows it, keeping what was typed. */
  g_action_group_activate_action (G_ACTION_GROUP (fx.app), "preferences", NULL);
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_PREFERENCES_WINDOW), "Preferences"));
  prefs = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW, NULL);
  set_text (GTK_WIDGET (prefs), "calendar-date-row", "2026-12-31");
  set_text (GTK_WIDGET (prefs), "calendar-name-row", "年终盘点");
  click (GTK_WIDGET (prefs), "calendar-add-button");
  error_label = require (GTK_WIDGET (prefs), "calendar-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the permission message"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (prefs), "calendar-date-row"))),
                   ==, "2026-12-31");
  g_assert_false (calendar_lists ((gpointer) "2026-12-31"));
  screenshot (GTK_WIDGET (prefs), "10-preferences-refused.png");

  /* As 陈静 (administration) the day is added; a date that does not exist
   * is refused with a message. */
  {
    GListModel *people = column_view_model ("people-column-view");
    for (guint i = 0; i < g_list_model_get_n_items (people) && admin == NULL; i++)
      {
        g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
        if (g_strcmp0 (ops_person_get_name (person), "陈静") == 0)
          admin = g_object_ref (person);
      }
  }
  g_assert_nonnull (admin);
  ops_context_set_current_user (context, admin);

  set_text (GTK_WIDGET (prefs), "calendar-date-row", "2024-02-30");
  click (GTK_WIDGET (prefs), "calendar-add-button");
  g_object_set_data (G_OBJECT (error_label), "expect", (gpointer) "2024-02-30");
  g_assert_true (wait_for (label_says, error_label, "the invalid-date message"));

  set_text (GTK_WIDGET (prefs), "calendar-date-row", "2026-12-31");
  click (GTK_WIDGET (prefs), "calendar-add-button");
  g_assert_true (wait_for (calendar_lists, (gpointer) "2026-12-31", "2026-12-31 in the calendar list"));
  screenshot (GTK_WIDGET (prefs), "11-preferences-calendar.png");
  gtk_window_destroy (prefs);

  ops_context_set_current_user (context, staff);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS)
         && find_toplevel (G_TYPE_INVALID, "export-progress") == NULL;
}

static void
test_export (void)
{
  g_autofree char *path = g_build_filename (fx.dir, "人员名录.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;
  const char *argv[] = {
    OPSDESK_PYTHON, "-c",
    "import sys, openpyxl\n"
    "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
    "names = sorted(r[0] for r in ws.iter_rows(min_row=3, values_only=True) if r[0])\n"
    "print(','.join(names))\n",
    path, NULL
  };

  ops_window_show_page (fx.window, "people");
  ops_window_export_to_file (fx.window, "people", file);
  g_assert_true (wait_for (file_exists, path, "the exported file"));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, NULL));
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read the export: %s", err);
  g_strstrip (out);
  g_assert_cmpstr (out, ==, "王小明,陈静");
}

static gboolean
range_question_present (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "export-range-from") != NULL;
}

/* Date-ranged templates ask for the range first; Export stays disabled while
 * a date is impossible or the range is reversed, and says what to fix. */
static void
test_export_range (void)
{
  GtkWindow *dialog;
  AdwMessageDialog *question;
  GtkWidget *hint;

  gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.export", "s", "meeting-notice");
  g_assert_true (wait_for (range_question_present, NULL, "the export range question"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "export-range-from");
  question = ADW_MESSAGE_DIALOG (dialog);
  hint = require (GTK_WIDGET (dialog), "export-range-hint");

  /* The default range (the next 30 days) can be exported as it is. */
  g_assert_true (adw_message_dialog_get_response_enabled (question, "export"));
  g_assert_false (gtk_widget_get_visible (hint));

  set_text (GTK_WIDGET (dialog), "export-range-from", "2026-02-30");
  g_assert_false (adw_message_dialog_get_response_enabled (question, "export"));
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==,
                   _("Type the first date as YYYY-MM-DD, for example 2026-11-01, or leave it empty."));
  screenshot (GTK_WIDGET (dialog), "14-export-range-error.png");

  set_text (GTK_WIDGET (dialog), "export-range-from", "2026-12-31");
  set_text (GTK_WIDGET (dialog), "export-range-to", "2026-01-01");
  g_assert_false (adw_message_dialog_get_response_enabled (question, "export"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hint)), ==,
                   _("The first date is after the last date: swap them."));

  /* An empty end is an open range. */
  set_text (GTK_WIDGET (dialog), "export-range-from", "");
  g_assert_true (adw_message_dialog_get_response_enabled (question, "export"));
  g_assert_false (gtk_widget_get_visible (hint));

  respond (dialog, "cancel");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the question to close"));
}

static void
test_second_process_refused (void)
{
  /* A second instance on the same database (no single-instance bus here)
   * is refused with a clear dialog and does not touch the database. */
  g_autoptr(OpsApplication) second = ops_application_new ();
  GtkWindow *dialog;

  /* No application id: like a launch without a session bus, nothing makes
   * it single-instance, only the database lock stands in its way. */
  g_object_set (second, "application-id", NULL, "flags", G_APPLICATION_NON_UNIQUE,
                "database", fx.db_path, NULL);
  g_assert_true (g_application_register (G_APPLICATION (second), NULL, NULL));
  g_application_activate (G_APPLICATION (second));

  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the refusal"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, _("Opsdesk is already open"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), fx.db_path));
  screenshot (GTK_WIDGET (dialog), "07-already-open.png");
  gtk_window_destroy (dialog);
  {
    GtkWindow *other = gtk_application_get_active_window (GTK_APPLICATION (second));
    if (other != NULL)
      gtk_window_destroy (other);
  }
  spin (100);
}

static void
on_backup_made (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **path = user_data;
  g_autoptr(GError) error = NULL;

  *path = ops_store_backup_finish (OPS_STORE (object), result, &error);
  g_assert_no_error (error);
}

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static gboolean
window_opened (gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (data);

  return OPS_IS_WINDOW (window) && ops_window_get_context (OPS_WINDOW (window)) != NULL;
}

static void
on_person_saved (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  OpsPerson **saved = user_data;
  g_autoptr(GError) error = NULL;

  *saved = ops_store_save_person_finish (OPS_STORE (object), result, &error);
  g_assert_no_error (error);
}

static void
test_restore (void)
{
  OpsStore *store = ops_context_get_store (ops_window_get_context (fx.window));
  g_autofree char *backup = NULL;
  g_autoptr(OpsPerson) temp = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  ViewCheck with_temp = { "people-column-view", "临时访客", 3 };
  ViewCheck without_temp = { "people-column-view", "王小明", 2 };
  GtkWindow *dialog;
  GtkWidget *list;
  GtkListBoxRow *row;

  ops_window_show_page (fx.window, "people");

  /* A backup generation, then a change after it. */
  ops_store_backup_async (store, NULL, NULL, on_backup_made, &backup);
  g_assert_true (wait_for (pointer_set, &backup, "the backup"));
  ops_person_set_name (temp, "临时访客");
  ops_store_save_person_async (store, temp, NULL, on_person_saved, &saved);
  g_assert_true (wait_for (pointer_set, &saved, "the new person"));
  g_assert_true (wait_for (view_matches, &with_temp, "临时访客 in the list"));

  /* Restore… lists the backups; restoring brings the old data back and the
   * page follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.restore", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the restore dialog"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "restore-dialog");
  g_assert_nonnull (dialog);
  list = gtk_widget_get_first_child (GTK_WIDGET (gtk_scrolled_window_get_child (
           GTK_SCROLLED_WINDOW (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))))));
  if (!GTK_IS_LIST_BOX (list))
    list = GTK_WIDGET (gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (
             GTK_SCROLLED_WINDOW (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)))))));
  /* The newest backup comes first and is selected. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)) == row);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "restore"));
  screenshot (GTK_WIDGET (dialog), "13-restore.png");
  respond (dialog, "restore");

  g_assert_true (wait_for (view_matches, &without_temp, "the data of the backup"));
  g_assert_false (model_contains (column_view_model ("people-column-view"), "临时访客"));
}

static void
test_damaged_database (void)
{
  g_autofree char *path = g_build_filename (fx.dir, "damaged.db", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(OpsApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  gboolean kept = FALSE;
  GtkWindow *dialog;
  const char *name;
  gsize length;

  /* A database with a backup, then damaged on disk. */
  {
    g_autoptr(OpsStore) store = ops_store_open (path, OPS_STORE_OPEN_DEMO, NULL, &error);
    FILE *file;

    g_assert_no_error (error);
    ops_store_backup_async (store, NULL, NULL, on_backup_made, &backup);
    g_assert_true (wait_for (pointer_set, &backup, "the backup"));
    ops_store_close (store);

    file = fopen (path, "r+b");
    g_assert_nonnull (file);
    g_assert_cmpint (fseek (file, 4096 + 8, SEEK_SET), ==, 0);
    for (int i = 0; i < 256; i++)
      fputc (0xff, file);
    fclose (file);
  }
  g_assert_true (g_file_get_contents (path, &before, &length, NULL));

  /* Opsdesk refuses it, writes nothing to it, and offers the backup. */
  app = ops_application_new ();
  g_object_set (app, "application-id", "io.github.opsdesk.Opsdesk.DamagedTest",
                "flags", G_APPLICATION_NON_UNIQUE, "database", path, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the damaged-database dialog"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, _("The database is damaged"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "restore"));
  screenshot (GTK_WIDGET (dialog), "12-damaged-database.png");
  {
    g_autofree char *now = NULL;
    gsize now_length;

    g_assert_true (g_file_get_contents (path, &now, &now_length, NULL));
    g_assert_cmpmem (now, now_length, before, length);
  }

  /* Restore Newest Backup: the app opens on the backup, the damaged file
   * is kept beside it. */
  respond (dialog, "restore");
  g_assert_true (wait_for (window_opened, app, "the window on the restored database"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_true (memcmp (after, before, MIN (length, 8192)) != 0);

  dir = g_dir_open (fx.dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "damaged.db.damaged-"))
      kept = TRUE;
  g_assert_true (kept);

  gtk_window_destroy (gtk_application_get_active_window (GTK_APPLICATION (app)));
  spin (200);
}

static void
test_dark_and_chinese_screenshots (void)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  ops_window_show_page (fx.window, "people");
  screenshot (GTK_WIDGET (fx.window), "08-people-dark.png");
  ops_window_show_page (fx.window, "my-work");
  screenshot (GTK_WIDGET (fx.window), "09-my-work-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  ui_fixture_init (&argc, &argv);

  g_test_add_func ("/ui/1-first-start", test_first_start);
  g_test_add_func ("/ui/2-people-create", test_department_and_person);
  g_test_add_func ("/ui/3-people-search", test_search);
  g_test_add_func ("/ui/4-people-bad-input", test_bad_input_keeps_the_form);
  g_test_add_func ("/ui/5-switch-user", test_switch_user);
  g_test_add_func ("/ui/6-export", test_export);
  g_test_add_func ("/ui/6-x-export-range", test_export_range);
  g_test_add_func ("/ui/7-preferences-calendar", test_preferences_calendar);
  g_test_add_func ("/ui/8-second-process", test_second_process_refused);
  g_test_add_func ("/ui/9-restore", test_restore);
  g_test_add_func ("/ui/9-x-damaged-database", test_damaged_database);
  g_test_add_func ("/ui/z-dark-screenshots", test_dark_and_chinese_screenshots);

  result = g_test_run ();

  ui_fixture_finish ();
  return result;
}

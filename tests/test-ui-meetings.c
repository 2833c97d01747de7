/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ui-meetings.c: the Meetings page and the meeting editor through the
 * real window under Xvfb: first start, people seeded through the store,
 * then a meeting planned in the editor (attendees from a whole department
 * and a guest, an ordered agenda with its live total, a link as material),
 * a meeting less than 24 h away showing "materials at risk", a long one
 * warned in the editor and flagged in the list, a weekly series, search and
 * scope, and opening a record by id. Screenshots meetings-*.png.
 */
#include "test-ui-common.h"

#include "ui/ops-meeting-editor.h"
#include "ui/ops-meeting-view.h"
#include "ui/ops-meetings-page.h"
#include "ui/ops-person-editor.h"

/* Helpers ----------------------------------------------------------------- */

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
on_department_saved (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  *(OpsDepartment **) user_data = ops_store_save_department_finish (OPS_STORE (object), result, &error);
  g_assert_no_error (error);
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
seed_person (const char *name,
             gint64      department_id)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  OpsPerson *saved = NULL;

  ops_person_set_name (person, name);
  ops_person_set_department_id (person, department_id);
  ops_store_save_person_async (get_store (), person, NULL, on_person_saved, &saved);
  g_assert_true (wait_for (pointer_set, &saved, "a seeded person"));
  return saved;
}

static void
on_meeting_got (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  *(OpsMeeting **) user_data = ops_store_get_meeting_finish (OPS_STORE (object), result, &error);
  g_assert_no_error (error);
}

static OpsMeeting *
get_meeting (gint64 id)
{
  OpsMeeting *meeting = NULL;

  ops_store_get_meeting_async (get_store (), id, NULL, on_meeting_got, &meeting);
  g_assert_true (wait_for (pointer_set, &meeting, "the meeting from the store"));
  return meeting;
}

static GListModel *
meetings_model (void)
{
  GtkWidget *view = require (GTK_WIDGET (fx.window), "meetings-list-view");

  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
}

/* The listed meeting with @topic (transfer full), or NULL. */
static OpsMeeting *
listed_meeting (const char *topic)
{
  GListModel *model = meetings_model ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsMeeting) meeting = g_list_model_get_item (model, i);

      if (g_strcmp0 (ops_meeting_get_topic (meeting), topic) == 0)
        return g_steal_pointer (&meeting);
    }
  return NULL;
}

static guint
count_listed (const char *topic)
{
  GListModel *model = meetings_model ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsMeeting) meeting = g_list_model_get_item (model, i);

      if (g_strcmp0 (ops_meeting_get_topic (meeting), topic) == 0)
        n++;
    }
  return n;
}

static gboolean
topic_listed (gpointer data)
{
  g_autoptr(OpsMeeting) meeting = listed_meeting (data);

  return meeting != NULL;
}

static gboolean
only_topic_listed (gpointer data)
{
  return g_list_model_get_n_items (meetings_model ()) == 1 && topic_listed (data);
}

static gboolean
list_is_empty (gpointer data)
{
  return g_list_model_get_n_items (meetings_model ()) == 0
         && gtk_widget_is_visible (require (GTK_WIDGET (fx.window), "meetings-status-page"));
}

/* Every widget under @root named @name, in tree order. */
static void
collect_named (GtkWidget  *root,
               const char *name,
               GPtrArray  *found)
{
  GtkWidget *child;

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    g_ptr_array_add (found, root);
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_named (child, name, found);
}

/* The list row (a widget named "meeting-row") showing @topic, or NULL. */
static GtkWidget *
find_row (const char *topic)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_named (require (GTK_WIDGET (fx.window), "meetings-list-view"), "meeting-row", rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *label = find_named (g_ptr_array_index (rows, i), "meeting-row-topic");

      if (label != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), topic) == 0)
        return g_ptr_array_index (rows, i);
    }
  return NULL;
}

typedef struct {
  const char *topic;
  const char *badge;
} BadgeCheck;

static gboolean
row_shows_badge (gpointer data)
{
  BadgeCheck *check = data;
  GtkWidget *row = find_row (check->topic);
  GtkWidget *badge = row != NULL ? find_named (row, check->badge) : NULL;

  return badge != NULL && gtk_widget_get_visible (badge) && *gtk_label_get_text (GTK_LABEL (badge)) != '\0'
         && gtk_widget_get_tooltip_text (badge) != NULL;
}

static void
select_in_drop_down (GtkWidget  *root,
                     const char *name,
                     const char *value)
{
  GtkDropDown *drop_down = GTK_DROP_DOWN (require (root, name));
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (item_name (item), value) == 0)
        {
          gtk_drop_down_set_selected (drop_down, i);
          return;
        }
    }
  g_error ("“%s” is not offered in %s", value, name);
}

/* Clicks a button at once (gtk_widget_activate() clicks after a 250 ms
 * flash of the button). */
static void
press (GtkWidget  *root,
       const char *name)
{
  GtkWidget *button = require (root, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static GtkWindow *
open_new_editor (void)
{
  GtkWindow *editor;
  GtkWidget *save;

  g_assert_true (ops_window_show_page (fx.window, "meetings"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.new-record", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_MEETING_EDITOR), "the meeting editor"));
  editor = find_toplevel (OPS_TYPE_MEETING_EDITOR, NULL);
  save = require (GTK_WIDGET (editor), "meeting-save-button");
  g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive, save, "the editor to load its choices"));
  return editor;
}

static void
save_editor (GtkWindow *editor)
{
  click (GTK_WIDGET (editor), "meeting-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_MEETING_EDITOR), "the editor to close"));
}

/* Date "YYYY-MM-DD" and time "HH:MM" of @dt. */
static void
set_when (GtkWindow  *editor,
          GDateTime  *starts,
          GDateTime  *ends)
{
  g_autofree char *date = g_date_time_format (starts, "%Y-%m-%d");
  g_autofree char *start = g_date_time_format (starts, "%H:%M");
  g_autofree char *end = g_date_time_format (ends, "%H:%M");

  set_text (GTK_WIDGET (editor), "meeting-date-row", date);
  set_text (GTK_WIDGET (editor), "meeting-start-row", start);
  set_text (GTK_WIDGET (editor), "meeting-end-row", end);
}

static GDateTime *
days_ahead_at (int days,
               int hour,
               int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

/* A file in the test folder with @contents (transfer full). */
static GFile *
make_file (const char *name,
           const char *contents)
{
  g_autofree char *path = g_build_filename (fx.dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return g_file_new_for_path (path);
}

/* The stored copy of @material holds @contents. */
static void
assert_stored_copy (OpsMaterial *material,
                    const char  *contents)
{
  g_autofree char *path = ops_store_dup_material_path (get_store (), material);
  g_autofree char *stored = NULL;

  g_assert_nonnull (path);
  g_assert_true (g_file_get_contents (path, &stored, NULL, NULL));
  g_assert_cmpstr (stored, ==, contents);
}

static gint64 sales_department_id;
static gint64 q3_meeting_id;

/* Tests ------------------------------------------------------------------- */

static void
test_first_start (void)
{
  GtkWindow *editor;
  g_autoptr(OpsDepartment) department = ops_department_new ();
  OpsDepartment *saved = NULL;

  g_assert_true (wait_for (stack_shows, (gpointer) "welcome", "the welcome"));
  click (GTK_WIDGET (fx.window), "welcome-add-me-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_PERSON_EDITOR), "the person editor"));
  editor = find_toplevel (OPS_TYPE_PERSON_EDITOR, NULL);
  set_text (GTK_WIDGET (editor), "person-name-row", "陈静");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (require (GTK_WIDGET (editor), "role-administration")), TRUE);
  click (GTK_WIDGET (editor), "person-save-button");
  g_assert_true (wait_for (user_is, (gpointer) "陈静", "the new user to be current"));
  g_assert_true (wait_for (stack_shows, (gpointer) "main", "the main view"));

  /* Colleagues through the store: a sales department with two people. */
  ops_department_set_name (department, "销售部");
  ops_store_save_department_async (get_store (), department, NULL, on_department_saved, &saved);
  g_assert_true (wait_for (pointer_set, &saved, "the department"));
  sales_department_id = ops_department_get_id (saved);
  g_object_unref (saved);
  g_object_unref (seed_person ("王小明", sales_department_id));
  g_object_unref (seed_person ("李娜", sales_department_id));
  g_object_unref (seed_person ("张伟", 0));

  /* No meetings yet: the page says what to do, with a button. */
  g_assert_true (ops_window_show_page (fx.window, "meetings"));
  g_assert_true (wait_for (list_is_empty, NULL, "the empty state"));
  g_assert_true (gtk_widget_is_visible (require (GTK_WIDGET (fx.window), "meetings-status-new-button")));
  screenshot (GTK_WIDGET (fx.window), "meetings-01-empty.png");
  assert_icon_buttons_named (GTK_WIDGET (fx.window));
}

static void
test_create_meeting (void)
{
  GtkWindow *editor = open_new_editor ();
  g_autoptr(GDateTime) starts = days_ahead_at (3, 14, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 90);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(OpsMeeting) listed = NULL;
  g_autoptr(OpsMeeting) stored = NULL;
  GtkWidget *total;
  const char *titles[] = { "上半年业绩回顾", "Q3目标分解", "资源需求讨论" };
  const guint minutes[] = { 30, 40, 15 };

  set_text (GTK_WIDGET (editor), "meeting-topic-row", "Q3销售目标分解");
  set_text (GTK_WIDGET (editor), "meeting-goal-row", "确定各区域Q3销售目标");
  set_when (editor, starts, ends);
  set_text (GTK_WIDGET (editor), "meeting-place-row", "301会议室");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (require (GTK_WIDGET (editor), "meeting-resource-projector")), TRUE);
  set_text (GTK_WIDGET (editor), "meeting-custom-resource-row", "白板");
  press (GTK_WIDGET (editor), "meeting-add-resource-button");
  g_assert_nonnull (find_named (GTK_WIDGET (editor), "meeting-custom-resource"));
  g_assert_false (gtk_widget_get_visible (require (GTK_WIDGET (editor), "meeting-long-warning")));

  /* Attendees: the whole sales department (expanded by the store), one
   * person, and a guest by name. */
  select_in_drop_down (GTK_WIDGET (editor), "meeting-add-department-drop-down", "销售部");
  press (GTK_WIDGET (editor), "meeting-add-department-button");
  {
    GtkWidget *list = require (GTK_WIDGET (editor), "meeting-attendee-list");
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1) == NULL && g_get_monotonic_time () < deadline)
      spin (10);
    g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  }
  select_in_drop_down (GTK_WIDGET (editor), "meeting-add-person-drop-down", "张伟");
  press (GTK_WIDGET (editor), "meeting-add-person-button");
  set_text (GTK_WIDGET (editor), "meeting-guest-row", "*总");
  press (GTK_WIDGET (editor), "meeting-add-guest-button");
  collect_named (GTK_WIDGET (editor), "meeting-attendee-row", rows);
  g_assert_cmpuint (rows->len, ==, 4);
  g_ptr_array_set_size (rows, 0);

  /* A person already attending is refused inline, nothing is lost. */
  press (GTK_WIDGET (editor), "meeting-add-person-button");
  g_assert_true (gtk_widget_get_visible (require (GTK_WIDGET (editor), "meeting-error-label")));

  /* The agenda: three items, the total live against the 90 minutes. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    press (GTK_WIDGET (editor), "meeting-add-agenda-button");
  collect_named (GTK_WIDGET (editor), "meeting-agenda-row", rows);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (require (g_ptr_array_index (rows, i), "agenda-title-entry")), titles[i]);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (require (g_ptr_array_index (rows, i), "agenda-minutes")),
                                 minutes[i]);
    }
  total = require (GTK_WIDGET (editor), "meeting-agenda-total");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (total)), "85"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (total)), "90"));
  g_assert_false (gtk_widget_get_visible (require (GTK_WIDGET (editor), "meeting-agenda-over-warning")));

  /* Over the planned length: warned, live. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (require (g_ptr_array_index (rows, 2), "agenda-minutes")), 25);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (total)), "95"));
  g_assert_true (gtk_widget_get_visible (require (GTK_WIDGET (editor), "meeting-agenda-over-warning")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (require (g_ptr_array_index (rows, 2), "agenda-minutes")), 15);
  g_assert_false (gtk_widget_get_visible (require (GTK_WIDGET (editor), "meeting-agenda-over-warning")));

  /* Reorder: the last item up one place. */
  g_signal_emit_by_name (require (g_ptr_array_index (rows, 2), "agenda-up-button"), "clicked");
  g_ptr_array_set_size (rows, 0);
  collect_named (GTK_WIDGET (editor), "meeting-agenda-row", rows);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (g_ptr_array_index (rows, 1), "agenda-title-entry"))),
                   ==, "资源需求讨论");
  g_signal_emit_by_name (require (g_ptr_array_index (rows, 1), "agenda-down-button"), "clicked");

  /* A link as material, stored with the first save. */
  set_text (GTK_WIDGET (editor), "meeting-link-title-row", "竞品分析报告");
  set_text (GTK_WIDGET (editor), "meeting-link-uri-row", "https://example.com/competitors");
  press (GTK_WIDGET (editor), "meeting-add-link-button");
  g_assert_nonnull (find_named (GTK_WIDGET (editor), "meeting-material-row"));
  screenshot (GTK_WIDGET (editor), "meetings-02-editor.png");
  /* The lists further down (the focus scrolls them into view). */
  gtk_widget_grab_focus (require (g_ptr_array_index (rows, 0), "agenda-title-entry"));
  screenshot (GTK_WIDGET (editor), "meetings-02-editor-agenda.png");
  assert_icon_buttons_named (GTK_WIDGET (editor));

  save_editor (editor);
  g_assert_true (wait_for (topic_listed, (gpointer) "Q3销售目标分解", "the meeting in the list"));
  listed = listed_meeting ("Q3销售目标分解");
  g_assert_cmpuint (ops_meeting_get_attendee_count (listed), ==, 4);
  g_assert_cmpuint (ops_meeting_get_flags (listed) & OPS_MEETING_FLAG_LONG, ==, 0);
  q3_meeting_id = ops_meeting_get_id (listed);

  /* What the store holds: the agenda in order, resources, the link. */
  stored = get_meeting (q3_meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_agenda (stored)), ==, 3);
  {
    g_autoptr(OpsAgendaItem) first = g_list_model_get_item (ops_meeting_get_agenda (stored), 0);
    g_autoptr(OpsAgendaItem) last = g_list_model_get_item (ops_meeting_get_agenda (stored), 2);
    g_autoptr(OpsMaterial) material = NULL;

    g_assert_cmpstr (ops_agenda_item_get_title (first), ==, "上半年业绩回顾");
    g_assert_cmpstr (ops_agenda_item_get_title (last), ==, "资源需求讨论");
    g_assert_cmpuint (ops_meeting_get_agenda_minutes (stored), ==, 85);
    g_assert_true (g_strv_contains (ops_meeting_get_resources (stored), "projector"));
    g_assert_true (g_strv_contains (ops_meeting_get_resources (stored), "白板"));
    g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_materials (stored)), ==, 1);
    material = g_list_model_get_item (ops_meeting_get_materials (stored), 0);
    g_assert_cmpstr (ops_material_get_uri (material), ==, "https://example.com/competitors");
  }

  /* Selected after the save, shown in the detail beside the list. */
  g_assert_cmpint (ops_meeting_view_get_meeting_id (OPS_MEETING_VIEW (require (GTK_WIDGET (fx.window),
                                                                               "meetings-detail-view"))),
                   ==, q3_meeting_id);
  screenshot (GTK_WIDGET (fx.window), "meetings-03-list.png");
  assert_icon_buttons_named (GTK_WIDGET (fx.window));
}

static void
test_materials_at_risk (void)
{
  GtkWindow *editor = open_new_editor ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_hours (now, 2);
  g_autoptr(GDateTime) starts = g_date_time_new_local (g_date_time_get_year (soon), g_date_time_get_month (soon),
                                                      g_date_time_get_day_of_month (soon),
                                                      g_date_time_get_hour (soon), g_date_time_get_minute (soon), 0);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 45);
  BadgeCheck check = { "客户周例会", "meeting-badge-materials" };
  g_autoptr(OpsMeeting) listed = NULL;

  /* Both ends on one day: past 23:15 the meeting moves to just after
   * midnight, still less than 24 h away. */
  if (g_date_time_get_day_of_month (ends) != g_date_time_get_day_of_month (starts))
    {
      g_autoptr(GDateTime) early = g_date_time_new_local (g_date_time_get_year (ends), g_date_time_get_month (ends),
                                                          g_date_time_get_day_of_month (ends), 0, 10, 0);

      g_clear_pointer (&starts, g_date_time_unref);
      g_clear_pointer (&ends, g_date_time_unref);
      starts = g_date_time_ref (early);
      ends = g_date_time_add_minutes (early, 45);
    }

  set_text (GTK_WIDGET (editor), "meeting-topic-row", "客户周例会");
  set_when (editor, starts, ends);
  select_in_drop_down (GTK_WIDGET (editor), "meeting-host-drop-down", "陈静");
  adw_combo_row_set_selected (ADW_COMBO_ROW (require (GTK_WIDGET (editor), "meeting-place-kind-row")), 1);
  g_assert_true (gtk_widget_is_visible (require (GTK_WIDGET (editor), "meeting-software-check")));
  set_text (GTK_WIDGET (editor), "meeting-place-row", "https://meet.example.com/weekly");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (require (GTK_WIDGET (editor), "meeting-software-check")), TRUE);
  select_in_drop_down (GTK_WIDGET (editor), "meeting-add-person-drop-down", "王小明");
  press (GTK_WIDGET (editor), "meeting-add-person-button");
  /* A file for a new meeting: copied by the store with the first save. */
  {
    g_autoptr(GFile) file = make_file ("周报.txt", "本周客户拜访 12 家");

    ops_meeting_editor_add_file (OPS_MEETING_EDITOR (editor), file);
    g_assert_nonnull (find_named (GTK_WIDGET (editor), "meeting-material-row"));
  }
  save_editor (editor);

  g_assert_true (wait_for (topic_listed, (gpointer) "客户周例会", "the meeting in the list"));
  listed = listed_meeting ("客户周例会");
  {
    g_autoptr(OpsMeeting) stored = get_meeting (ops_meeting_get_id (listed));
    g_autoptr(OpsMaterial) material = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_materials (stored)), ==, 1);
    material = g_list_model_get_item (ops_meeting_get_materials (stored), 0);
    g_assert_cmpstr (ops_material_get_title (material), ==, "周报.txt");
    assert_stored_copy (material, "本周客户拜访 12 家");
  }
  g_assert_cmpuint (ops_meeting_get_flags (listed) & OPS_MEETING_FLAG_MATERIALS_AT_RISK, !=, 0);
  g_assert_cmpint (ops_meeting_get_place_kind (listed), ==, OPS_PLACE_ONLINE);
  g_assert_true (wait_for (row_shows_badge, &check, "the materials-at-risk badge on the row"));
  screenshot (GTK_WIDGET (fx.window), "meetings-04-at-risk.png");
}

static void
test_long_meeting_warns (void)
{
  GtkWindow *editor = open_new_editor ();
  g_autoptr(GDateTime) starts = days_ahead_at (5, 9, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 150);
  g_autoptr(GDateTime) short_end = g_date_time_add_minutes (starts, 60);
  BadgeCheck check = { "年度预算评审", "meeting-badge-long" };
  GtkWidget *warning;

  set_text (GTK_WIDGET (editor), "meeting-topic-row", "年度预算评审");
  set_text (GTK_WIDGET (editor), "meeting-place-row", "大会议室");
  warning = require (GTK_WIDGET (editor), "meeting-long-warning");
  set_when (editor, starts, short_end);
  g_assert_false (gtk_widget_get_visible (warning));
  set_when (editor, starts, ends);
  /* Over 90 minutes: a warning, not a block. */
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_true (gtk_widget_is_sensitive (require (GTK_WIDGET (editor), "meeting-save-button")));
  screenshot (GTK_WIDGET (editor), "meetings-05-long-warning.png");
  save_editor (editor);

  g_assert_true (wait_for (topic_listed, (gpointer) "年度预算评审", "the long meeting in the list"));
  g_assert_true (wait_for (row_shows_badge, &check, "the over-90-minutes badge on the row"));
}

static void
test_bad_input_keeps_the_form (void)
{
  GtkWindow *editor = open_new_editor ();
  GtkWidget *error_label = require (GTK_WIDGET (editor), "meeting-error-label");

  /* No topic: the store refuses, the editor stays with what was typed. */
  set_text (GTK_WIDGET (editor), "meeting-place-row", "302会议室");
  set_text (GTK_WIDGET (editor), "meeting-start-row", "25:00");
  press (GTK_WIDGET (editor), "meeting-save-button");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "25:00"));

  set_text (GTK_WIDGET (editor), "meeting-start-row", "10:00");
  press (GTK_WIDGET (editor), "meeting-save-button");
  spin (500);
  g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive, require (GTK_WIDGET (editor), "meeting-save-button"),
                           "the refused write to end"));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (editor), "meeting-place-row"))),
                   ==, "302会议室");
  screenshot (GTK_WIDGET (editor), "meetings-06-error.png");

  /* Closing asks before the typed changes are dropped. */
  gtk_window_close (editor);
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the discard question"));
  respond (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL), "discard");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_MEETING_EDITOR), "the editor to close"));
}

static gboolean
series_listed (gpointer data)
{
  return count_listed (data) == 3;
}

static void
test_weekly_series (void)
{
  GtkWindow *editor = open_new_editor ();
  g_autoptr(GDateTime) starts = days_ahead_at (2, 9, 30);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 60);

  set_text (GTK_WIDGET (editor), "meeting-topic-row", "销售部周会");
  set_when (editor, starts, ends);
  set_text (GTK_WIDGET (editor), "meeting-place-row", "301会议室");
  adw_combo_row_set_selected (ADW_COMBO_ROW (require (GTK_WIDGET (editor), "meeting-repeat-row")), 1);
  g_assert_true (gtk_widget_is_visible (require (GTK_WIDGET (editor), "meeting-count-spin")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (require (GTK_WIDGET (editor), "meeting-count-spin")), 3);
  save_editor (editor);

  g_assert_true (wait_for (series_listed, (gpointer) "销售部周会", "three meetings of the series"));

  /* Monthly until a date: the first, and one a month until then. */
  editor = open_new_editor ();
  {
    g_autoptr(GDateTime) first = days_ahead_at (3, 16, 0);
    g_autoptr(GDateTime) first_end = g_date_time_add_minutes (first, 30);
    g_autoptr(GDateTime) last = g_date_time_add_days (first, 70);
    g_autofree char *until = g_date_time_format (last, "%Y-%m-%d");

    set_text (GTK_WIDGET (editor), "meeting-topic-row", "月度经营分析会");
    set_when (editor, first, first_end);
    set_text (GTK_WIDGET (editor), "meeting-place-row", "大会议室");
    adw_combo_row_set_selected (ADW_COMBO_ROW (require (GTK_WIDGET (editor), "meeting-repeat-row")), 2);
    adw_combo_row_set_selected (ADW_COMBO_ROW (require (GTK_WIDGET (editor), "meeting-repeat-end-row")), 1);
    g_assert_true (gtk_widget_is_visible (require (GTK_WIDGET (editor), "meeting-until-row")));
    g_assert_false (gtk_widget_is_visible (require (GTK_WIDGET (editor), "meeting-count-spin")));
    set_text (GTK_WIDGET (editor), "meeting-until-row", until);
  }
  save_editor (editor);
  g_assert_true (wait_for (series_listed, (gpointer) "月度经营分析会", "three monthly meetings"));
}

static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* The ids of the listed meetings with @topic, earliest first. */
static GArray *
listed_ids (const char *topic)
{
  GListModel *model = meetings_model ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsMeeting) meeting = g_list_model_get_item (model, i);
      gint64 id = ops_meeting_get_id (meeting);
      gint64 start = ops_meeting_get_starts_at (meeting);
      guint at = 0;

      if (g_strcmp0 (ops_meeting_get_topic (meeting), topic) != 0)
        continue;
      while (at < starts->len && g_array_index (starts, gint64, at) < start)
        at++;
      g_array_insert_val (starts, at, start);
      g_array_insert_val (ids, at, id);
    }
  return ids;
}

static void
test_series_following_and_calendar (void)
{
  g_autoptr(GArray) ids = listed_ids ("销售部周会");
  GtkWidget *view = require (GTK_WIDGET (fx.window), "meetings-detail-view");
  GtkWindow *editor;
  GtkWindow *dialog;

  g_assert_cmpuint (ids->len, ==, 3);

  /* Edit the second occurrence: "this and following" changes the second
   * and the third, not the first. */
  g_signal_emit_by_name (view, "edit-requested", g_array_index (ids, gint64, 1));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_MEETING_EDITOR), "the editor"));
  editor = find_toplevel (OPS_TYPE_MEETING_EDITOR, NULL);
  g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive, require (GTK_WIDGET (editor), "meeting-save-button"),
                           "the occurrence to load"));
  set_text (GTK_WIDGET (editor), "meeting-place-row", "302会议室");
  press (GTK_WIDGET (editor), "meeting-save-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the series question"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "meeting-series-scope-dialog");
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "this"));
  g_assert_true (wait_for (has_width, dialog, "the question to be laid out"));
  screenshot (GTK_WIDGET (dialog), "meetings-09-series-question.png");
  respond (dialog, "following");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_MEETING_EDITOR), "the editor to close"));

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(OpsMeeting) stored = get_meeting (g_array_index (ids, gint64, i));

      g_assert_cmpstr (ops_meeting_get_place (stored), ==, i == 0 ? "301会议室" : "302会议室");
    }

  /* Export to Calendar on an occurrence asks: this meeting or the series. */
  g_assert_true (ops_window_open_record (fx.window, "meetings", g_array_index (ids, gint64, 0)));
  g_assert_true (gtk_widget_activate_action (require (GTK_WIDGET (fx.window), "meetings-list-view"),
                                             "meetings.export-ics", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the calendar question"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "meetings-ics-series-dialog");
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "this"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "series"));
  respond (dialog, "cancel");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the question to close"));
}

static void
test_search_scope_and_open (void)
{
  GtkWidget *view = require (GTK_WIDGET (fx.window), "meetings-detail-view");

  ops_window_show_page (fx.window, "meetings");
  set_text (GTK_WIDGET (fx.window), "meetings-search-entry", "Q3");
  g_assert_true (wait_for (only_topic_listed, (gpointer) "Q3销售目标分解", "the search result alone"));

  set_text (GTK_WIDGET (fx.window), "meetings-search-entry", "没有这个会议");
  g_assert_true (wait_for (list_is_empty, NULL, "the no-match state"));
  g_assert_false (gtk_widget_get_visible (require (GTK_WIDGET (fx.window), "meetings-status-new-button")));
  screenshot (GTK_WIDGET (fx.window), "meetings-07-no-match.png");
  set_text (GTK_WIDGET (fx.window), "meetings-search-entry", "");

  /* Filters: a host with no meetings, then the sales department (the
   * organizer's or an attendee's), then a state. */
  select_in_drop_down (GTK_WIDGET (fx.window), "meetings-host-filter", "王小明");
  g_assert_true (wait_for (list_is_empty, NULL, "no meeting hosted by 王小明"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (require (GTK_WIDGET (fx.window), "meetings-host-filter")), 0);
  select_in_drop_down (GTK_WIDGET (fx.window), "meetings-department-filter", "销售部");
  g_assert_true (wait_for (topic_listed, (gpointer) "Q3销售目标分解", "the sales meetings"));
  g_assert_false (topic_listed ((gpointer) "年度预算评审"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (require (GTK_WIDGET (fx.window), "meetings-department-filter")), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (require (GTK_WIDGET (fx.window), "meetings-state-filter")), 4);
  g_assert_true (wait_for (list_is_empty, NULL, "no archived meetings"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (require (GTK_WIDGET (fx.window), "meetings-state-filter")), 1);
  g_assert_true (wait_for (topic_listed, (gpointer) "年度预算评审", "the planned meetings"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (require (GTK_WIDGET (fx.window), "meetings-state-filter")), 0);

  /* Nothing has ended yet: Past is empty. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (GTK_WIDGET (fx.window), "meetings-scope-past")), TRUE);
  g_assert_true (wait_for (list_is_empty, NULL, "no past meetings"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (GTK_WIDGET (fx.window), "meetings-scope-upcoming")), TRUE);
  g_assert_true (wait_for (topic_listed, (gpointer) "年度预算评审", "the upcoming meetings again"));

  /* From elsewhere (My Work, links): open a record by id. */
  ops_window_show_page (fx.window, "my-work");
  g_assert_true (ops_window_open_record (fx.window, "meetings", q3_meeting_id));
  g_assert_cmpint (ops_meeting_view_get_meeting_id (OPS_MEETING_VIEW (view)), ==, q3_meeting_id);
  {
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (meetings_model ());
    OpsMeeting *selected = gtk_single_selection_get_selected_item (selection);

    g_assert_nonnull (selected);
    g_assert_cmpint (ops_meeting_get_id (selected), ==, q3_meeting_id);
  }
}

static void
test_edit_from_view (void)
{
  GtkWidget *view = require (GTK_WIDGET (fx.window), "meetings-detail-view");
  GtkWindow *editor;
  g_autoptr(OpsMeeting) stored = NULL;

  /* The view's Edit opens the editor on the meeting. */
  g_signal_emit_by_name (view, "edit-requested", q3_meeting_id);
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_MEETING_EDITOR), "the editor"));
  editor = find_toplevel (OPS_TYPE_MEETING_EDITOR, NULL);
  g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive, require (GTK_WIDGET (editor), "meeting-save-button"),
                           "the meeting to load"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (editor), "meeting-topic-row"))),
                   ==, "Q3销售目标分解");
  g_assert_false (gtk_widget_is_visible (require (GTK_WIDGET (editor), "meeting-repeat-row")));
  set_text (GTK_WIDGET (editor), "meeting-goal-row", "确定各区域Q3销售目标并分解到人");

  /* A file for a stored meeting: the store copies it at once. */
  {
    g_autoptr(GFile) file = make_file ("上半年业绩报表.csv", "区域,销售额\n华东,1200\n");
    g_autoptr(OpsMeeting) now = NULL;

    ops_meeting_editor_add_file (OPS_MEETING_EDITOR (editor), file);
    g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive,
                             require (GTK_WIDGET (editor), "meeting-save-button"), "the copy to finish"));
    g_assert_false (gtk_widget_get_visible (require (GTK_WIDGET (editor), "meeting-error-label")));
    now = get_meeting (q3_meeting_id);
    g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_materials (now)), ==, 2);
  }

  /* Removing the link (the meeting has not taken place): at once too. */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    GtkWidget *link_row = NULL;

    collect_named (GTK_WIDGET (editor), "meeting-material-row", rows);
    g_assert_cmpuint (rows->len, ==, 2);
    for (guint i = 0; i < rows->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "竞品分析报告") == 0)
        link_row = g_ptr_array_index (rows, i);
    g_assert_nonnull (link_row);
    press (link_row, "meeting-material-remove-button");
    g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive,
                             require (GTK_WIDGET (editor), "meeting-save-button"), "the removal"));
    g_ptr_array_set_size (rows, 0);
    collect_named (GTK_WIDGET (editor), "meeting-material-row", rows);
    g_assert_cmpuint (rows->len, ==, 1);
  }
  save_editor (editor);

  stored = get_meeting (q3_meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_materials (stored)), ==, 1);
  {
    g_autoptr(OpsMaterial) material = g_list_model_get_item (ops_meeting_get_materials (stored), 0);

    g_assert_false (ops_material_is_link (material));
    assert_stored_copy (material, "区域,销售额\n华东,1200\n");
  }
  g_assert_cmpstr (ops_meeting_get_goal (stored), ==, "确定各区域Q3销售目标并分解到人");
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_attendees (stored)), ==, 4);
}

static void
on_series_made (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  *(GListModel **) user_data = ops_store_create_series_finish (OPS_STORE (object), result, &error);
  g_assert_no_error (error);
}

static gboolean
list_has_at_least (gpointer data)
{
  return g_list_model_get_n_items (meetings_model ()) >= GPOINTER_TO_UINT (data);
}

static void
test_load_more (void)
{
  g_autoptr(OpsMeeting) first = ops_meeting_new ();
  g_autoptr(GDateTime) starts = days_ahead_at (1, 8, 0);
  g_autoptr(GListModel) created = NULL;
  GtkWidget *more = require (GTK_WIDGET (fx.window), "meetings-more-button");
  OpsPerson *user = ops_context_get_current_user (ops_window_get_context (fx.window));
  guint before;

  /* A long series: the list shows a page of 200 and offers the rest. */
  ops_window_show_page (fx.window, "meetings");
  before = g_list_model_get_n_items (meetings_model ());
  ops_meeting_set_topic (first, "晨会");
  ops_meeting_set_host_id (first, ops_person_get_id (user));
  ops_meeting_set_note_taker_id (first, ops_person_get_id (user));
  ops_meeting_set_starts_at (first, g_date_time_to_unix (starts));
  ops_meeting_set_ends_at (first, g_date_time_to_unix (starts) + 15 * 60);
  ops_meeting_set_place (first, "301会议室");
  ops_store_create_series_async (get_store (), first, OPS_RECUR_WEEKLY, 1, 205, NULL, NULL,
                                 on_series_made, &created);
  g_assert_true (wait_for (pointer_set, &created, "the long series"));
  g_assert_cmpuint (g_list_model_get_n_items (created), ==, 205);

  g_assert_true (wait_for ((Condition) gtk_widget_get_visible, more, "Load More"));
  g_assert_cmpuint (g_list_model_get_n_items (meetings_model ()), ==, 200);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (require (GTK_WIDGET (fx.window), "meetings-count-label"))),
                            "200"));
  press (GTK_WIDGET (fx.window), "meetings-more-button");
  g_assert_true (wait_for (list_has_at_least, GUINT_TO_POINTER (before + 205), "every meeting"));
  g_assert_false (gtk_widget_get_visible (more));
}

static gboolean
leaflet_folded (gpointer data)
{
  GtkWidget *back = require (GTK_WIDGET (fx.window), "meetings-back-button");

  return gtk_widget_get_visible (back) == GPOINTER_TO_INT (data);
}

static void
test_narrow_window (void)
{
  GtkWidget *back = require (GTK_WIDGET (fx.window), "meetings-back-button");
  GtkWidget *list = require (GTK_WIDGET (fx.window), "meetings-list-view");
  GtkWidget *view = require (GTK_WIDGET (fx.window), "meetings-detail-view");

  /* Narrow: list and detail fold; choosing a meeting shows its detail,
   * Back returns to the list. */
  ops_window_show_page (fx.window, "meetings");
  gtk_window_set_default_size (GTK_WINDOW (fx.window), 560, 760);
  g_assert_true (wait_for (leaflet_folded, GINT_TO_POINTER (TRUE), "the folded layout"));
  /* The window folds its sidebar too: go to the page as Alt+2 does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.show-page", "s", "meetings"));
  g_assert_true (ops_window_open_record (fx.window, "meetings", q3_meeting_id));
  spin (400);
  g_assert_true (gtk_widget_get_child_visible (view) || gtk_widget_get_mapped (view));
  screenshot (GTK_WIDGET (fx.window), "meetings-10-narrow-detail.png");
  press (GTK_WIDGET (fx.window), "meetings-back-button");
  spin (400);
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_true (gtk_widget_get_visible (back));

  gtk_window_set_default_size (GTK_WINDOW (fx.window), 1200, 760);
  g_assert_true (wait_for (leaflet_folded, GINT_TO_POINTER (FALSE), "the side-by-side layout"));
}

static void
test_dark_screenshots (void)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  ops_window_show_page (fx.window, "meetings");
  /* The whole window restyles: let it lay out and draw first. */
  spin (700);
  screenshot (GTK_WIDGET (fx.window), "meetings-08-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  ui_fixture_init (&argc, &argv);

  g_test_add_func ("/ui/meetings/1-first-start", test_first_start);
  g_test_add_func ("/ui/meetings/2-create", test_create_meeting);
  g_test_add_func ("/ui/meetings/3-materials-at-risk", test_materials_at_risk);
  g_test_add_func ("/ui/meetings/4-long-meeting", test_long_meeting_warns);
  g_test_add_func ("/ui/meetings/5-bad-input", test_bad_input_keeps_the_form);
  g_test_add_func ("/ui/meetings/6-weekly-series", test_weekly_series);
  g_test_add_func ("/ui/meetings/6-x-series-following", test_series_following_and_calendar);
  g_test_add_func ("/ui/meetings/7-search-scope-open", test_search_scope_and_open);
  g_test_add_func ("/ui/meetings/8-edit-from-view", test_edit_from_view);
  g_test_add_func ("/ui/meetings/8-x-load-more", test_load_more);
  g_test_add_func ("/ui/meetings/8-y-narrow", test_narrow_window);
  g_test_add_func ("/ui/meetings/9-dark", test_dark_screenshots);

  result = g_test_run ();

  ui_fixture_finish ();
  return result;
}

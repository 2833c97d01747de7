/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ui-preferences.c: Preferences through the real window under Xvfb on a
 * temporary database, driven as a person would: as a staff member shorten
 * the expense chain to one level and be refused by the store (the message
 * shows, the edit stays), then save it as Administration; name a substitute
 * (refused for someone else as staff, saved as Administration) and remove
 * it; set the meeting retention to 2 years (0 cannot even be entered; a
 * staff member is refused). Screenshots prefs-*.png, light and dark.
 */
#include "test-ui-common.h"

#include "ui/ops-chain-editor.h"
#include "ui/ops-substitute-editor.h"

static OpsPerson *admin;     /* 徐丽: Administration */
static OpsPerson *staff;     /* 刘洋: staff */
static OpsPerson *leader;    /* 张伟: division leader */

/* Helpers ----------------------------------------------------------------- */

static OpsStore *
get_store (void)
{
  return ops_context_get_store (ops_window_get_context (fx.window));
}

static void
become (OpsPerson *person)
{
  ops_context_set_current_user (ops_window_get_context (fx.window), person);
  g_assert_true (wait_for (user_is, (gpointer) ops_person_get_name (person), "the current user"));
}

static void
on_result (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static OpsPerson *
save_person (const char *name,
             OpsRole     roles)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  OpsPerson *saved;

  ops_person_set_name (person, name);
  ops_person_set_roles (person, roles);
  ops_store_save_person_async (get_store (), person, NULL, on_result, &result);
  g_assert_true (wait_for (pointer_set, &result, "the person to be saved"));
  saved = ops_store_save_person_finish (get_store (), result, &error);
  g_assert_no_error (error);
  return saved;
}

static GtkWindow *
open_preferences (const char *page)
{
  GtkWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (fx.app), "preferences", NULL);
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_PREFERENCES_WINDOW), "Preferences"));
  prefs = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW, NULL);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), page);
  spin (200);
  return prefs;
}

typedef struct {
  GtkWidget  *root;
  const char *name;
} Named;

static gboolean
named_exists (gpointer data)
{
  Named *named = data;

  return find_named (named->root, named->name) != NULL;
}

static gboolean
named_gone (gpointer data)
{
  return !named_exists (data);
}

static gboolean
named_sensitive (gpointer data)
{
  Named *named = data;
  GtkWidget *widget = find_named (named->root, named->name);

  return widget != NULL && gtk_widget_is_sensitive (widget);
}

static gboolean
label_has_text (gpointer data)
{
  return gtk_widget_get_visible (data) && *gtk_label_get_text (GTK_LABEL (data)) != '\0';
}

static const char *
row_subtitle (GtkWidget  *root,
              const char *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (require (root, name)));
}

/* The type @code as the store has it now (transfer full). */
static OpsApprovalType *
load_type (const char *code)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) types = NULL;

  ops_store_list_approval_types_async (get_store (), NULL, on_result, &result);
  g_assert_true (wait_for (pointer_set, &result, "the document types"));
  types = ops_store_list_approval_types_finish (get_store (), result, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(OpsApprovalType) type = g_list_model_get_item (types, i);

      if (g_strcmp0 (ops_approval_type_get_code (type), code) == 0)
        return g_steal_pointer (&type);
    }

  g_error ("no type %s", code);
  return NULL;
}

static guint
load_retention (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint years;

  ops_store_get_meeting_retention_years_async (get_store (), NULL, on_result, &result);
  g_assert_true (wait_for (pointer_set, &result, "the retention setting"));
  years = ops_store_get_meeting_retention_years_finish (get_store (), result, &error);
  g_assert_no_error (error);
  return years;
}

static void
dark_screenshot (GtkWidget  *widget,
                 const char *name)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (widget, name);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Tests ------------------------------------------------------------------- */

static void
test_setup (void)
{
  g_assert_true (wait_for (stack_shows, (gpointer) "welcome", "the welcome"));

  /* The first person of a directory may hold Administration; the others
   * get their roles from her. */
  admin = save_person ("徐丽", OPS_ROLE_ADMINISTRATION | OPS_ROLE_DEPARTMENT_HEAD);
  become (admin);
  staff = save_person ("刘洋", OPS_ROLE_STAFF);
  leader = save_person ("张伟", OPS_ROLE_DIVISION_LEADER);
  g_assert_true (wait_for (stack_shows, (gpointer) "main", "the main view"));
}

static void
test_chain (void)
{
  GtkWindow *prefs;
  GtkWindow *editor;
  GtkWidget *error_label;
  g_autoptr(OpsApprovalType) expense = NULL;
  Named type_row = { NULL, "approval-type-expense" };
  Named level_3 = { NULL, "chain-level-3-remove" };
  Named level_2 = { NULL, "chain-level-2-approver" };

  /* 刘洋 (staff) opens the expense chain and shortens it to one level. */
  become (staff);
  prefs = open_preferences ("approvals");
  type_row.root = GTK_WIDGET (prefs);
  g_assert_true (wait_for (named_exists, &type_row, "the expense type in the list"));
  g_assert_true (wait_for (named_exists, &(Named) { GTK_WIDGET (prefs), "approval-type-policy" },
                           "the policy type"));
  assert_icon_buttons_named (GTK_WIDGET (prefs));
  screenshot (GTK_WIDGET (prefs), "prefs-approvals.png");
  dark_screenshot (GTK_WIDGET (prefs), "prefs-approvals-dark.png");

  click (GTK_WIDGET (prefs), "approval-type-edit-expense");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_CHAIN_EDITOR), "the chain editor"));
  editor = find_toplevel (OPS_TYPE_CHAIN_EDITOR, NULL);
  level_3.root = GTK_WIDGET (editor);
  level_2.root = GTK_WIDGET (editor);
  g_assert_true (wait_for (named_sensitive, &level_3, "the third level"));
  /* A built-in type keeps its code. */
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (require (GTK_WIDGET (editor), "chain-code-row"))));
  assert_icon_buttons_named (GTK_WIDGET (editor));
  screenshot (GTK_WIDGET (editor), "prefs-chain-editor.png");
  dark_screenshot (GTK_WIDGET (editor), "prefs-chain-editor-dark.png");

  click (GTK_WIDGET (editor), "chain-level-3-remove");
  g_assert_true (wait_for (named_gone, &level_3, "the third level to go"));
  click (GTK_WIDGET (editor), "chain-level-2-remove");
  g_assert_true (wait_for (named_gone, &level_2, "the second level to go"));
  /* The last level cannot be removed. */
  g_assert_false (gtk_widget_is_sensitive (require (GTK_WIDGET (editor), "chain-level-1-remove")));
  /* Its deadline stays the first level's one working day. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (require (GTK_WIDGET (editor), "chain-level-1-days"))),
                   ==, 1);

  /* The store refuses a staff member; the message shows, the edit stays. */
  click (GTK_WIDGET (editor), "chain-save-button");
  error_label = require (GTK_WIDGET (editor), "chain-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the refusal"));
  g_test_message ("refusal: %s", gtk_label_get_text (GTK_LABEL (error_label)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_null (find_named (GTK_WIDGET (editor), "chain-level-2-approver"));
  screenshot (GTK_WIDGET (editor), "prefs-chain-refused.png");
  expense = load_type ("expense");
  g_assert_cmpuint (ops_approval_type_get_n_levels (expense), ==, 3);
  g_clear_object (&expense);

  /* As 徐丽 (Administration) the same edit is saved. */
  become (admin);
  click (GTK_WIDGET (editor), "chain-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_CHAIN_EDITOR), "the chain editor to close"));
  expense = load_type ("expense");
  g_assert_cmpuint (ops_approval_type_get_n_levels (expense), ==, 1);
  g_assert_cmpint (ops_approval_level_get_role (ops_approval_type_get_level (expense, 0)), ==,
                   OPS_ROLE_DEPARTMENT_HEAD);
  g_assert_cmpint (ops_approval_level_get_deadline_days (ops_approval_type_get_level (expense, 0)), ==, 1);

  /* The list follows: the expense chain reads one level. */
  {
    g_autofree char *chain = ops_approval_type_dup_chain_label (expense);
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (!g_str_has_prefix (row_subtitle (GTK_WIDGET (prefs), "approval-type-expense"), chain)
           || strstr (row_subtitle (GTK_WIDGET (prefs), "approval-type-expense"), "/") != NULL)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        spin (20);
      }
  }
  screenshot (GTK_WIDGET (prefs), "prefs-approvals-saved.png");
  gtk_window_destroy (prefs);
}

static gboolean
substitute_listed (gpointer data)
{
  GtkWindow *prefs = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW, NULL);
  GtkWidget *list = prefs != NULL ? find_named (GTK_WIDGET (prefs), "substitutes-list") : NULL;
  GtkListBoxRow *row;

  for (int i = 0; list != NULL && (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
    if (ADW_IS_PREFERENCES_ROW (row)
        && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), data) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
substitute_not_listed (gpointer data)
{
  return !substitute_listed (data);
}

static GtkWindow *
open_substitute_editor (GtkWindow *prefs)
{
  GtkWindow *editor;
  Named person_row = { NULL, "substitute-person-row" };

  click (GTK_WIDGET (prefs), "substitute-add-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_SUBSTITUTE_EDITOR), "the substitute editor"));
  editor = find_toplevel (OPS_TYPE_SUBSTITUTE_EDITOR, NULL);
  person_row.root = GTK_WIDGET (editor);
  g_assert_true (wait_for (named_sensitive, &person_row, "the people in the substitute editor"));
  return editor;
}

static void
test_substitute (void)
{
  GtkWindow *prefs;
  GtkWindow *editor;
  GtkWidget *error_label;
  g_autofree char *title = g_strdup_printf (_("%s for %s"), "张伟", "刘洋");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  /* 张伟 may not name a substitute for 刘洋: the store says so. */
  become (leader);
  prefs = open_preferences ("approvals");
  editor = open_substitute_editor (prefs);
  /* The approver starts as the current user. */
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                     ADW_COMBO_ROW (require (GTK_WIDGET (editor), "substitute-person-row")))), ==, "张伟");
  select_in_combo (GTK_WIDGET (editor), "substitute-person-row", "刘洋");
  select_in_combo (GTK_WIDGET (editor), "substitute-substitute-row", "张伟");
  set_text (GTK_WIDGET (editor), "substitute-from-row", today);
  click (GTK_WIDGET (editor), "substitute-save-button");
  error_label = require (GTK_WIDGET (editor), "substitute-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the refusal"));
  g_test_message ("refusal: %s", gtk_label_get_text (GTK_LABEL (error_label)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  assert_icon_buttons_named (GTK_WIDGET (editor));
  screenshot (GTK_WIDGET (editor), "prefs-substitute-refused.png");

  /* Administration may: the same choice is saved and listed. */
  become (admin);
  click (GTK_WIDGET (editor), "substitute-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_SUBSTITUTE_EDITOR), "the substitute editor to close"));
  g_assert_true (wait_for (substitute_listed, title, "the substitute in the list"));
  assert_icon_buttons_named (GTK_WIDGET (prefs));
  screenshot (GTK_WIDGET (prefs), "prefs-substitutes.png");
  dark_screenshot (GTK_WIDGET (prefs), "prefs-substitutes-dark.png");

  /* A date that does not exist is refused inline. */
  editor = open_substitute_editor (prefs);
  select_in_combo (GTK_WIDGET (editor), "substitute-substitute-row", "刘洋");
  set_text (GTK_WIDGET (editor), "substitute-to-row", "2026-02-30");
  click (GTK_WIDGET (editor), "substitute-save-button");
  error_label = require (GTK_WIDGET (editor), "substitute-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the invalid-date message"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "2026-02-30"));
  gtk_window_destroy (editor);
  spin (100);

  /* Removed again from its row. */
  {
    GtkWidget *list = require (GTK_WIDGET (prefs), "substitutes-list");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);

    g_assert_nonnull (row);
    {
      g_autofree char *prefix = NULL;
      GtkWidget *found = NULL;
      const char *row_name = gtk_widget_get_name (GTK_WIDGET (row));

      g_assert_true (g_str_has_prefix (row_name, "substitute-"));
      prefix = g_strdup_printf ("substitute-remove-%s", row_name + strlen ("substitute-"));
      found = require (GTK_WIDGET (row), prefix);
      g_assert_true (GTK_IS_BUTTON (found));
      gtk_widget_activate (found);
    }
  }
  g_assert_true (wait_for (substitute_not_listed, title, "the substitute to be removed"));
  gtk_window_destroy (prefs);
}

static gboolean
retention_loaded (gpointer data)
{
  return gtk_widget_is_sensitive (data);
}

static void
test_retention (void)
{
  GtkWindow *prefs;
  GtkWidget *spin_button;
  GtkWidget *error_label;

  g_assert_cmpuint (load_retention (), ==, 1);

  /* Staff may not change it: the store's message shows. */
  become (staff);
  prefs = open_preferences ("meetings");
  spin_button = require (GTK_WIDGET (prefs), "retention-years-spin");
  g_assert_true (wait_for (retention_loaded, spin_button, "the retention setting"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin_button)), ==, 1);

  /* 0 years cannot even be entered: the spin's minimum is 1. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin_button), 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin_button)), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (spin_button), "0");
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin_button));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin_button)), ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_lower (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin_button))), ==, 1.0);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin_button), 2);
  click (GTK_WIDGET (prefs), "retention-save-button");
  error_label = require (GTK_WIDGET (prefs), "retention-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the refusal"));
  g_test_message ("refusal: %s", gtk_label_get_text (GTK_LABEL (error_label)));
  /* What was chosen stays. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin_button)), ==, 2);
  g_assert_cmpuint (load_retention (), ==, 1);
  screenshot (GTK_WIDGET (prefs), "prefs-meetings-refused.png");

  /* Administration sets 2 years. */
  become (admin);
  click (GTK_WIDGET (prefs), "retention-save-button");
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (load_retention () != 2)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        spin (50);
      }
  }
  g_assert_false (gtk_widget_get_visible (error_label));
  assert_icon_buttons_named (GTK_WIDGET (prefs));
  screenshot (GTK_WIDGET (prefs), "prefs-meetings.png");
  dark_screenshot (GTK_WIDGET (prefs), "prefs-meetings-dark.png");
  gtk_window_destroy (prefs);

  /* Opened again, Preferences show the stored value. */
  prefs = open_preferences ("meetings");
  spin_button = require (GTK_WIDGET (prefs), "retention-years-spin");
  g_assert_true (wait_for (retention_loaded, spin_button, "the retention setting"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin_button)), ==, 2);
  gtk_window_destroy (prefs);
}

static gboolean
approver_offered (gpointer data)
{
  GListModel *choices = gtk_drop_down_get_model (data);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (choices, i);

      if (g_strcmp0 (item_name (item), "张伟") == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
spin_shows_5 (gpointer data)
{
  GtkWidget *days = find_named (data, "chain-level-3-days");

  return days != NULL && gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (days)) == 5;
}

static gboolean
delete_question_present (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "approval-type-delete-dialog") != NULL;
}

/* A document type of one's own: added, listed, deleted. */
static void
test_user_type (void)
{
  GtkWindow *prefs;
  GtkWindow *editor;
  GtkWidget *dialog;
  Named row = { NULL, "approval-type-purchase" };

  become (admin);
  prefs = open_preferences ("approvals");
  row.root = GTK_WIDGET (prefs);

  click (GTK_WIDGET (prefs), "approval-add-type-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_CHAIN_EDITOR), "the chain editor"));
  editor = find_toplevel (OPS_TYPE_CHAIN_EDITOR, NULL);
  g_assert_true (wait_for (named_sensitive, &(Named) { GTK_WIDGET (editor), "chain-level-3-remove" },
                           "the default chain"));
  set_text (GTK_WIDGET (editor), "chain-name-row", "采购申请");

  /* A code the store does not accept: its message shows, nothing is lost. */
  set_text (GTK_WIDGET (editor), "chain-code-row", "Purchase Order");
  click (GTK_WIDGET (editor), "chain-save-button");
  {
    GtkWidget *error_label = require (GTK_WIDGET (editor), "chain-error-label");

    g_assert_true (wait_for (label_has_text, error_label, "the invalid-code message"));
    g_test_message ("refusal: %s", gtk_label_get_text (GTK_LABEL (error_label)));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (editor), "chain-name-row"))),
                     ==, "采购申请");
    g_assert_nonnull (find_named (GTK_WIDGET (editor), "chain-level-3-approver"));
  }

  set_text (GTK_WIDGET (editor), "chain-code-row", "purchase");
  /* The archive prefix follows the code until typed by hand. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (editor), "chain-prefix-row"))),
                   ==, "PURCHASE");
  /* A fourth level gets the default deadline of 3 working days. */
  click (GTK_WIDGET (editor), "chain-add-level-button");
  g_assert_true (wait_for (named_exists, &(Named) { GTK_WIDGET (editor), "chain-level-4-days" }, "a fourth level"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (require (GTK_WIDGET (editor), "chain-level-4-days"))),
                   ==, 3);
  /* Moved up: it becomes the third level and keeps its deadline. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (require (GTK_WIDGET (editor), "chain-level-4-days")), 5);
  click (GTK_WIDGET (editor), "chain-level-4-up");
  g_assert_true (wait_for (spin_shows_5, require (GTK_WIDGET (editor), "chain-levels-list"), "the level to move up"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (require (GTK_WIDGET (editor), "chain-level-4-days"))),
                   ==, 3);
  /* The first level names a person instead of a role. */
  g_assert_true (wait_for (approver_offered, require (GTK_WIDGET (editor), "chain-level-1-approver"),
                           "张伟 among the approvers"));
  {
    GtkDropDown *drop_down = GTK_DROP_DOWN (require (GTK_WIDGET (editor), "chain-level-1-approver"));
    GListModel *choices = gtk_drop_down_get_model (drop_down);

    for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (choices, i);

        if (g_strcmp0 (item_name (item), "张伟") == 0)
          gtk_drop_down_set_selected (drop_down, i);
      }
  }
  click (GTK_WIDGET (editor), "chain-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_CHAIN_EDITOR), "the chain editor to close"));
  g_assert_true (wait_for (named_exists, &row, "the new type in the list"));
  {
    g_autoptr(OpsApprovalType) purchase = load_type ("purchase");
    OpsApprovalLevel *first = ops_approval_type_get_level (purchase, 0);

    g_assert_cmpstr (ops_approval_type_get_name (purchase), ==, "采购申请");
    g_assert_cmpstr (ops_approval_type_get_prefix (purchase), ==, "PURCHASE");
    g_assert_cmpuint (ops_approval_type_get_n_levels (purchase), ==, 4);
    g_assert_cmpint (ops_approval_level_get_role (first), ==, 0);
    g_assert_cmpint (ops_approval_level_get_person_id (first), ==, ops_person_get_id (leader));
    g_assert_cmpint (ops_approval_level_get_deadline_days (ops_approval_type_get_level (purchase, 2)), ==, 5);
  }
  g_assert_nonnull (strstr (row_subtitle (GTK_WIDGET (prefs), "approval-type-purchase"), "PURCHASE-"));

  /* Deleted after the question. */
  click (GTK_WIDGET (prefs), "approval-type-delete-purchase");
  g_assert_true (wait_for (delete_question_present, NULL, "the question"));
  dialog = GTK_WIDGET (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "approval-type-delete-dialog"));
  respond (GTK_WINDOW (dialog), "delete");
  if (!wait_for (named_gone, &row, "the type to be deleted"))
    g_error ("not deleted: %s",
             gtk_label_get_text (GTK_LABEL (require (GTK_WIDGET (prefs), "approval-types-error-label"))));
  gtk_window_destroy (prefs);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  ui_fixture_init (&argc, &argv);

  g_test_add_func ("/ui-preferences/1-setup", test_setup);
  g_test_add_func ("/ui-preferences/2-chain", test_chain);
  g_test_add_func ("/ui-preferences/3-substitute", test_substitute);
  g_test_add_func ("/ui-preferences/4-retention", test_retention);
  g_test_add_func ("/ui-preferences/5-user-type", test_user_type);

  result = g_test_run ();

  g_clear_object (&admin);
  g_clear_object (&staff);
  g_clear_object (&leader);
  ui_fixture_finish ();
  return result;
}

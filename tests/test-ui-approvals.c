/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ui-approvals.c: the Approvals page through the real window, as the
 * people of a small finance department would use it: the applicant submits
 * the expense-policy request, level 1 approves, level 2 returns it (first
 * without a comment: refused, the dialog keeps its place), the applicant
 * edits and resubmits, every level approves, the archive number appears,
 * administration records the stamp; the demo data shows an overdue request;
 * Verify Audit Trail reports an intact trail, and a trail changed behind
 * Opsdesk's back is named at open. Screenshots in both themes.
 */
#include "test-ui-common.h"

#include <sqlite3.h>

#include "ui/ops-approval-editor.h"
#include "ui/ops-approval-link-dialog.h"
#include "ui/ops-approval-view.h"
#include "ui/ops-approvals-page.h"
#include "ui/ops-decision-dialog.h"
#include "ui/ops-approval-stamp-dialog.h"

#define DOCUMENT_NAME "2023年费用报销制度"
#define RETURN_COMMENT "需补充差旅费标准"

/* The people of the scenario. */
static OpsPerson *admin;       /* 徐丽: administration */
static OpsPerson *head;        /* 孙丽华: head of 财务部 (level 1) */
static OpsPerson *leader;      /* 高峰: division leader of 财务部 (level 2) */
static OpsPerson *manager;     /* 王建国: general manager (level 3) */
static OpsPerson *applicant;   /* 郑芳: staff of 财务部 */
static gint64 request_id;

/* Store calls, waited for ----------------------------------------------- */

typedef struct {
  GObject *result;
  GError  *error;
  gboolean done;
} Call;

static gboolean
call_done (gpointer data)
{
  return ((Call *) data)->done;
}

static void
on_person_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Call *call = user_data;

  call->result = G_OBJECT (ops_store_save_person_finish (OPS_STORE (source), result, &call->error));
  call->done = TRUE;
}

static void
on_department_saved (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Call *call = user_data;

  call->result = G_OBJECT (ops_store_save_department_finish (OPS_STORE (source), result, &call->error));
  call->done = TRUE;
}

static OpsStore *
get_store (void)
{
  return ops_context_get_store (ops_window_get_context (fx.window));
}

static OpsPerson *
save_person (const char *name,
             OpsRole     roles,
             gint64      department_id)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  Call call = { NULL };

  ops_person_set_name (person, name);
  ops_person_set_roles (person, roles | OPS_ROLE_STAFF);
  ops_person_set_department_id (person, department_id);
  ops_store_save_person_async (get_store (), person, NULL, on_person_saved, &call);
  g_assert_true (wait_for (call_done, &call, "a person to be saved"));
  g_assert_no_error (call.error);
  return OPS_PERSON (call.result);
}

static void
set_user (OpsPerson *person)
{
  ops_context_set_current_user (ops_window_get_context (fx.window), person);
  g_assert_true (wait_for (user_is, (gpointer) ops_person_get_name (person), "the user switch"));
}

/* The view ---------------------------------------------------------------- */

static GtkWidget *
view (void)
{
  return require (GTK_WIDGET (fx.window), "approval-view");
}

static OpsApprovalRequest *
shown_request (void)
{
  GObject *request = ops_approval_view_get_request (OPS_APPROVAL_VIEW (view ()));

  return request != NULL ? OPS_APPROVAL_REQUEST (request) : NULL;
}

typedef struct {
  OpsApprovalState state;
  guint            level;      /* 0: don't care */
  guint            round;      /* 0: don't care */
  const char      *button;     /* a button of the view that must be shown, or NULL */
} Expect;

static gboolean
view_shows (gpointer data)
{
  Expect *expect = data;
  OpsApprovalRequest *request = shown_request ();
  GtkWidget *button;

  if (request == NULL || ops_approval_request_get_id (request) != request_id)
    return FALSE;
  if (ops_approval_request_get_state (request) != expect->state)
    return FALSE;
  if (expect->level != 0 && ops_approval_request_get_current_level (request) != expect->level)
    return FALSE;
  if (expect->round != 0 && ops_approval_request_get_round (request) != expect->round)
    return FALSE;
  if (expect->button == NULL)
    return TRUE;
  button = find_named (view (), expect->button);
  return button != NULL && gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button);
}

static void
expect_view (OpsApprovalState  state,
             guint             level,
             guint             round,
             const char       *button,
             const char       *what)
{
  Expect expect = { state, level, round, button };

  /* What My Work links do: the page, then the record. */
  ops_window_open_record (fx.window, "approvals", request_id);
  g_assert_true (wait_for (view_shows, &expect, what));
}

static const char *
row_subtitle (const char *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (require (view (), name)));
}

static gboolean
label_has_text (gpointer data)
{
  return gtk_widget_get_visible (data) && *gtk_label_get_text (GTK_LABEL (data)) != '\0';
}

/* A label anywhere under @root whose text contains @text. */
static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
set_comment (GtkWidget  *dialog,
             const char *text)
{
  GtkTextView *comment = GTK_TEXT_VIEW (require (dialog, "decision-comment-view"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (comment), text, -1);
}

/* Opens the decision dialog with @button, types @comment (NULL: nothing)
 * and decides; waits for the dialog to close. */
static void
decide (const char *button,
        const char *comment,
        const char *screenshot_name)
{
  GtkWindow *dialog;

  click (view (), button);
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_DECISION_DIALOG), "the decision dialog"));
  dialog = find_toplevel (OPS_TYPE_DECISION_DIALOG, NULL);
  if (comment != NULL)
    set_comment (GTK_WIDGET (dialog), comment);
  if (screenshot_name != NULL)
    screenshot (GTK_WIDGET (dialog), screenshot_name);
  click (GTK_WIDGET (dialog), "decision-decide-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_DECISION_DIALOG), "the decision dialog to close"));
}

/* Tests ------------------------------------------------------------------- */

static void
test_people (void)
{
  g_autoptr(OpsDepartment) department = ops_department_new ();
  Call call = { NULL };
  gint64 department_id;

  g_assert_true (wait_for (stack_shows, (gpointer) "welcome", "the welcome"));

  /* The first person may give roles (nobody holds Administration yet). */
  admin = save_person ("徐丽", OPS_ROLE_ADMINISTRATION, 0);
  set_user (admin);
  g_assert_true (wait_for (stack_shows, (gpointer) "main", "the main view"));

  head = save_person ("孙丽华", OPS_ROLE_DEPARTMENT_HEAD, 0);
  leader = save_person ("高峰", OPS_ROLE_DIVISION_LEADER, 0);
  manager = save_person ("王建国", OPS_ROLE_GENERAL_MANAGER, 0);

  ops_department_set_name (department, "财务部");
  ops_department_set_head_id (department, ops_person_get_id (head));
  ops_department_set_leader_id (department, ops_person_get_id (leader));
  ops_store_save_department_async (get_store (), department, NULL, on_department_saved, &call);
  g_assert_true (wait_for (call_done, &call, "the department"));
  g_assert_no_error (call.error);
  department_id = ops_department_get_id (OPS_DEPARTMENT (call.result));
  g_object_unref (call.result);

  applicant = save_person ("郑芳", OPS_ROLE_NONE, department_id);
}

static void
test_empty_states (void)
{
  GtkWidget *status;

  set_user (applicant);
  g_assert_true (ops_window_show_page (fx.window, "approvals"));
  status = require (GTK_WIDGET (fx.window), "approvals-status-page");
  g_assert_true (wait_for ((Condition) gtk_widget_is_visible, status, "the empty state"));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), !=, "");
  screenshot (GTK_WIDGET (fx.window), "approvals-01-empty.png");
  assert_icon_buttons_named (GTK_WIDGET (fx.window));
}

static void
select_type (GtkWidget  *editor,
             const char *type_name)
{
  AdwComboRow *combo = ADW_COMBO_ROW (require (editor, "approval-editor-type-row"));
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), type_name)
          && gtk_widget_get_sensitive (GTK_WIDGET (combo)))
        {
          adw_combo_row_set_selected (combo, i);
          return;
        }
    }
  g_error ("the type “%s” is not offered", type_name);
}

static gboolean
types_loaded (gpointer data)
{
  return gtk_widget_get_sensitive (require (data, "approval-editor-type-row"));
}

static gboolean
request_shown (gpointer data)
{
  OpsApprovalRequest *request = shown_request ();

  return request != NULL && g_strcmp0 (ops_approval_request_get_name (request), data) == 0
         && ops_approval_request_get_state (request) == OPS_APPROVAL_STATE_PENDING;
}

static void
test_submit (void)
{
  GtkWindow *editor;
  g_autofree char *path = g_build_filename (fx.dir, "费用报销制度-终稿.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkTextView *purpose;

  g_autofree char *extra_path = g_build_filename (fx.dir, "差旅费标准附表.txt", NULL);
  g_autoptr(GFile) extra = g_file_new_for_path (extra_path);

  g_assert_true (g_file_set_contents (path, "第一条 差旅费按实报销。\n", -1, NULL));
  g_assert_true (g_file_set_contents (extra_path, "一线城市 住宿 500 元/晚\n", -1, NULL));

  ops_window_show_page (fx.window, "approvals");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.new-record", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the request editor"));
  editor = find_toplevel (OPS_TYPE_APPROVAL_EDITOR, NULL);
  g_assert_true (wait_for (types_loaded, editor, "the document types"));

  set_text (GTK_WIDGET (editor), "approval-editor-name-row", DOCUMENT_NAME);
  select_type (GTK_WIDGET (editor), ops_approval_builtin_type_name ("policy"));
  purpose = GTK_TEXT_VIEW (require (GTK_WIDGET (editor), "approval-editor-purpose-view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose), "规范公司费用报销流程", -1);
  /* Today's date is filled in. */
  g_assert_cmpuint (strlen (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (editor), "approval-editor-date-row")))), ==, 10);
  /* What the file chooser does with the chosen file. */
  ops_approval_editor_add_file (OPS_APPROVAL_EDITOR (editor), file, TRUE);
  ops_approval_editor_add_file (OPS_APPROVAL_EDITOR (editor), extra, FALSE);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (editor), "费用报销制度-终稿.txt"));
  screenshot (GTK_WIDGET (editor), "approvals-02-editor.png");
  assert_icon_buttons_named (GTK_WIDGET (editor));

  click (GTK_WIDGET (editor), "approval-editor-submit-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor to close"));
  g_assert_true (wait_for (request_shown, (gpointer) DOCUMENT_NAME, "the submitted request"));
  request_id = ops_approval_request_get_id (shown_request ());

  /* Waiting at level 1 for the department head; the document was copied. */
  {
    OpsApprovalRequest *request = shown_request ();
    OpsApprovalAttachment *document = ops_approval_request_get_document_file (request);
    g_autofree char *copy = NULL;

    g_assert_cmpuint (ops_approval_request_get_current_level (request), ==, 1);
    g_assert_cmpuint (ops_approval_request_get_level_count (request), ==, 3);
    g_assert_cmpstr (ops_approval_request_get_current_approver_name (request), ==, "孙丽华");
    g_assert_nonnull (document);
    copy = ops_store_dup_approval_file_path (get_store (), document);
    g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpstr (copy, !=, path);
    /* The final document and the attachment, both copied. */
    g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (request)), ==, 2);
    g_assert_nonnull (find_label_containing (require (view (), "approval-files-list"), "差旅费标准附表"));
  }
  /* The applicant may withdraw it, not decide on it. */
  g_assert_true (gtk_widget_get_visible (require (view (), "approval-withdraw-button")));
  g_assert_false (gtk_widget_get_visible (require (view (), "approval-approve-button")));
  screenshot (GTK_WIDGET (fx.window), "approvals-03-submitted.png");
  /* The document's open button is icon-only: it has a name. */
  assert_icon_buttons_named (GTK_WIDGET (fx.window));
}

static gboolean
waiting_lists_request (gpointer data)
{
  GtkWidget *list = require (GTK_WIDGET (fx.window), "approvals-list-view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsApprovalRequest) request = g_list_model_get_item (model, i);

      if (ops_approval_request_get_id (request) == request_id)
        return TRUE;
    }
  return FALSE;
}

static void
test_level_one_approves (void)
{
  set_user (head);
  /* It waits for 孙丽华: the "Waiting for Me" scope lists it. */
  ops_window_show_page (fx.window, "approvals");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (GTK_WIDGET (fx.window), "approvals-scope-waiting")), TRUE);
  g_assert_true (wait_for (waiting_lists_request, NULL, "the request waiting for the head"));

  expect_view (OPS_APPROVAL_STATE_PENDING, 1, 1, "approval-approve-button", "the approve button for level 1");
  screenshot (GTK_WIDGET (fx.window), "approvals-04-waiting.png");
  decide ("approval-approve-button", NULL, NULL);
  expect_view (OPS_APPROVAL_STATE_PENDING, 2, 1, NULL, "the request at level 2");
}

static void
test_level_two_returns (void)
{
  GtkWindow *dialog;
  GtkWidget *error_label;

  set_user (leader);
  expect_view (OPS_APPROVAL_STATE_PENDING, 2, 1, "approval-return-button", "the return button for level 2");

  /* Without a comment the store refuses; the dialog stays, says why. */
  click (view (), "approval-return-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_DECISION_DIALOG), "the decision dialog"));
  dialog = find_toplevel (OPS_TYPE_DECISION_DIALOG, NULL);
  click (GTK_WIDGET (dialog), "decision-decide-button");
  error_label = require (GTK_WIDGET (dialog), "decision-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the refusal"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  screenshot (GTK_WIDGET (dialog), "approvals-05-return-refused.png");

  /* With the comment it is returned; the comment was kept while typing. */
  set_comment (GTK_WIDGET (dialog), RETURN_COMMENT);
  click (GTK_WIDGET (dialog), "decision-decide-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_DECISION_DIALOG), "the dialog to close"));

  expect_view (OPS_APPROVAL_STATE_RETURNED, 0, 1, NULL, "the returned request");
  /* The opinion column reads as in the seed. */
  g_assert_nonnull (strstr (row_subtitle ("approval-opinion-row"), RETURN_COMMENT));
  g_assert_nonnull (strstr (row_subtitle ("approval-opinion-row"), ";"));
  /* Only the applicant may change it. */
  g_assert_false (gtk_widget_get_visible (require (view (), "approval-resubmit-button")));
}

static void
test_applicant_resubmits (void)
{
  GtkWindow *editor;
  GtkTextView *purpose;

  set_user (applicant);
  expect_view (OPS_APPROVAL_STATE_RETURNED, 0, 1, "approval-edit-button", "the edit button");
  g_assert_true (gtk_widget_get_visible (require (view (), "approval-resubmit-button")));

  click (view (), "approval-edit-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor"));
  editor = find_toplevel (OPS_TYPE_APPROVAL_EDITOR, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (editor), "approval-editor-name-row"))),
                   ==, DOCUMENT_NAME);
  g_assert_true (wait_for (types_loaded, editor, "the document types"));
  purpose = GTK_TEXT_VIEW (require (GTK_WIDGET (editor), "approval-editor-purpose-view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose),
                            "规范公司费用报销流程，附差旅费标准", -1);
  /* The attachment was sent with round 1: it stays as history. */
  g_assert_nonnull (find_label_containing (require (GTK_WIDGET (editor), "approval-editor-files-list"), "差旅费标准附表"));
  g_assert_null (find_named (GTK_WIDGET (editor), "approval-editor-remove-stored"));
  click (GTK_WIDGET (editor), "approval-editor-submit-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor to close"));

  /* A new round, back at level 1; the timeline separates the rounds. */
  expect_view (OPS_APPROVAL_STATE_PENDING, 1, 2, NULL, "round 2 at level 1");
  g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (shown_request ())), ==, 2);
  g_assert_nonnull (find_label_containing (require (view (), "approval-timeline-list"), RETURN_COMMENT));
  {
    g_autofree char *round_two = g_strdup_printf (_("Round %u"), 2);
    g_assert_nonnull (find_label_containing (require (view (), "approval-timeline-list"), round_two));
  }
  screenshot (GTK_WIDGET (fx.window), "approvals-06-resubmitted.png");
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (require (view (), "approval-timeline-list"),
                                                   GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    spin (200);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    screenshot (GTK_WIDGET (fx.window), "approvals-06b-timeline.png");
    gtk_adjustment_set_value (adjustment, 0);
  }
}

static void
test_every_level_approves (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *prefix = g_date_time_format (now, "POLICY-%Y-");
  const char *archive;

  set_user (head);
  expect_view (OPS_APPROVAL_STATE_PENDING, 1, 2, "approval-approve-button", "level 1 in round 2");
  decide ("approval-approve-button", "同意", NULL);

  set_user (leader);
  expect_view (OPS_APPROVAL_STATE_PENDING, 2, 2, "approval-approve-button", "level 2 in round 2");
  decide ("approval-approve-button", NULL, "approvals-07-approve.png");

  /* Someone else than the approver of the step sees no decision buttons. */
  set_user (applicant);
  expect_view (OPS_APPROVAL_STATE_PENDING, 3, 2, NULL, "level 3 for the applicant");
  g_assert_false (gtk_widget_get_visible (require (view (), "approval-approve-button")));

  set_user (manager);
  expect_view (OPS_APPROVAL_STATE_PENDING, 3, 2, "approval-approve-button", "level 3 in round 2");
  decide ("approval-approve-button", NULL, NULL);

  expect_view (OPS_APPROVAL_STATE_APPROVED, 0, 2, NULL, "the approved request");
  archive = ops_approval_request_get_archive_number (shown_request ());
  g_assert_nonnull (archive);
  g_assert_true (g_str_has_prefix (archive, prefix));
  g_assert_cmpstr (row_subtitle ("approval-archive-row"), ==, archive);
  screenshot (GTK_WIDGET (fx.window), "approvals-08-approved.png");
}

static gboolean
list_count_is (gpointer data)
{
  GtkWidget *list = require (GTK_WIDGET (fx.window), "approvals-list-view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  return g_list_model_get_n_items (model) == GPOINTER_TO_UINT (data);
}

static gboolean
stamped (gpointer data)
{
  OpsApprovalRequest *request = shown_request ();

  return request != NULL && ops_approval_request_get_stamped_at (request) != 0;
}

static void
test_stamp (void)
{
  GtkWindow *dialog;

  /* Administration records stamping and distribution. */
  set_user (admin);
  expect_view (OPS_APPROVAL_STATE_APPROVED, 0, 0, "approval-stamp-button", "the stamp button");
  click (view (), "approval-stamp-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_STAMP_DIALOG), "the stamp dialog"));
  dialog = find_toplevel (OPS_TYPE_APPROVAL_STAMP_DIALOG, NULL);
  set_text (GTK_WIDGET (dialog), "stamp-to-row", "财务部、销售部");
  click (GTK_WIDGET (dialog), "stamp-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_STAMP_DIALOG), "the stamp dialog to close"));

  g_assert_true (wait_for (stamped, NULL, "the stamp record in the view"));
  g_assert_nonnull (strstr (row_subtitle ("approval-stamp-row"), "财务部、销售部"));
  g_assert_nonnull (strstr (row_subtitle ("approval-stamp-row"), "徐丽"));
  g_assert_false (gtk_widget_get_visible (require (view (), "approval-stamp-button")));

  /* Search finds it by its archive number, and nothing for nonsense. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (GTK_WIDGET (fx.window), "approvals-scope-all")), TRUE);
  set_text (GTK_WIDGET (fx.window), "approvals-search-entry",
            ops_approval_request_get_archive_number (shown_request ()));
  g_assert_true (wait_for (list_count_is, GUINT_TO_POINTER (1), "one request for the archive number"));
  set_text (GTK_WIDGET (fx.window), "approvals-search-entry", "nothing-like-this");
  g_assert_true (wait_for (list_count_is, GUINT_TO_POINTER (0), "no request"));
  g_assert_true (gtk_widget_is_visible (require (GTK_WIDGET (fx.window), "approvals-status-page")));
  set_text (GTK_WIDGET (fx.window), "approvals-search-entry", "");
  g_assert_true (wait_for (list_count_is, GUINT_TO_POINTER (1), "the request back"));
}

static gboolean
intact_toast_shown (gpointer data)
{
  return find_label_containing (GTK_WIDGET (fx.window), data) != NULL;
}

static void
test_verify_intact (void)
{
  GtkWidget *banner = require (GTK_WIDGET (fx.window), "approvals-audit-banner");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.verify-audit", NULL));
  g_assert_true (wait_for (intact_toast_shown,
                           (gpointer) _("The audit trail is intact: every entry matches its hash and the one before it."),
                           "the intact toast"));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  g_assert_null (find_toplevel (G_TYPE_INVALID, "audit-broken-dialog"));
}

/* A second window on another database --------------------------------- */

static gboolean
window_opened (gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (data);

  return OPS_IS_WINDOW (window) && ops_window_get_context (OPS_WINDOW (window)) != NULL;
}

static OpsApplication *
open_app (const char *path,
          const char *app_id,
          gboolean    demo)
{
  OpsApplication *app = ops_application_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (app, "application-id", app_id, "flags", G_APPLICATION_NON_UNIQUE,
                "database", path, "demo", demo, NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (wait_for (window_opened, app, "the second window"));
  return app;
}

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Call *call = user_data;

  call->result = G_OBJECT (ops_store_list_people_finish (OPS_STORE (source), result, NULL, &call->error));
  call->done = TRUE;
}

static gboolean
main_view_shown (gpointer data)
{
  OpsWindow *window = data;

  return ops_window_get_context (window) != NULL
         && ops_context_get_current_user (ops_window_get_context (window)) != NULL
         && !ops_window_get_welcome_visible (window);
}

/* Works in @window as @name, or the first person of its directory. */
static void
sign_in (OpsWindow  *window,
         const char *name)
{
  OpsContext *context = ops_window_get_context (window);
  OpsPersonFilter filter = { NULL };
  Call call = { NULL };
  g_autoptr(OpsPerson) person = NULL;

  ops_store_list_people_async (ops_context_get_store (context), &filter, OPS_RANGE_ALL, NULL,
                               on_people_listed, &call);
  g_assert_true (wait_for (call_done, &call, "the people of the second database"));
  g_assert_no_error (call.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (call.result)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (call.result)) && person == NULL; i++)
    {
      g_autoptr(OpsPerson) candidate = g_list_model_get_item (G_LIST_MODEL (call.result), i);

      if (name == NULL || g_strcmp0 (ops_person_get_name (candidate), name) == 0)
        person = g_object_ref (candidate);
    }
  g_object_unref (call.result);
  g_assert_nonnull (person);
  ops_context_set_current_user (context, person);
  g_assert_true (wait_for (main_view_shown, window, "the second window's main view"));
  /* The stack cross-fades into the main view. */
  spin (500);
}

typedef struct {
  OpsWindow *window;
} Other;

static gboolean
overdue_row_shown (gpointer data)
{
  Other *other = data;
  GtkWidget *list = find_named (GTK_WIDGET (other->window), "approvals-list-view");
  GListModel *model = list != NULL ? G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))) : NULL;
  GtkWidget *badge;
  guint n;

  if (model == NULL || (n = g_list_model_get_n_items (model)) == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalRequest) request = g_list_model_get_item (model, i);

      if (!ops_approval_request_get_overdue (request))
        return FALSE;
    }
  badge = find_named (list, "approval-row-overdue");
  return badge != NULL && gtk_widget_get_visible (badge);
}

static gboolean
button_shown (gpointer data)
{
  return gtk_widget_get_visible (data) && gtk_widget_is_sensitive (data);
}

static gboolean
page_is_meetings (gpointer data)
{
  return ops_window_get_visible_page (data) == ops_window_get_page (data, "meetings");
}

static gboolean
meeting_linked (gpointer data)
{
  GObject *request = ops_approval_view_get_request (OPS_APPROVAL_VIEW (data));

  return request != NULL && ops_approval_request_get_meeting_id (OPS_APPROVAL_REQUEST (request)) != 0;
}

static void
test_demo_overdue (void)
{
  g_autofree char *path = g_build_filename (fx.dir, "demo.db", NULL);
  g_autoptr(OpsApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  Other other;
  GtkWidget *root;

  /* The demo data, as a first start with --demo makes it. */
  {
    g_autoptr(OpsStore) store = ops_store_open (path, OPS_STORE_OPEN_DEMO, NULL, &error);

    g_assert_no_error (error);
    ops_store_close (store);
  }
  app = open_app (path, "io.github.opsdesk.Opsdesk.ApprovalsDemo", FALSE);
  other.window = OPS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  root = GTK_WIDGET (other.window);
  sign_in (other.window, NULL);

  gtk_window_set_default_size (GTK_WINDOW (other.window), 1200, 760);
  g_assert_true (ops_window_show_page (other.window, "approvals"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (root, "approvals-scope-all")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (require (root, "approvals-overdue-only")), TRUE);
  g_assert_true (wait_for (overdue_row_shown, &other, "an overdue demo request with its badge"));
  screenshot (root, "approvals-09-overdue.png");

  /* The demo's major item waits on its meeting: its applicant links one. */
  {
    GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (require (root, "approvals-list-view"))));
    g_autoptr(OpsApprovalRequest) major = NULL;
    GtkWidget *other_view = require (root, "approval-view");
    GtkWindow *dialog;
    AdwComboRow *meetings;

    for (guint i = 0; i < g_list_model_get_n_items (model) && major == NULL; i++)
      {
        g_autoptr(OpsApprovalRequest) request = g_list_model_get_item (model, i);

        if (ops_approval_request_get_major (request))
          major = g_object_ref (request);
      }
    g_assert_nonnull (major);
    sign_in (other.window, ops_approval_request_get_applicant_name (major));
    ops_window_open_record (other.window, "approvals", ops_approval_request_get_id (major));
    g_assert_true (wait_for (button_shown, require (other_view, "approval-link-meeting-button"), "Link Meeting…"));
    click (other_view, "approval-link-meeting-button");
    g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_LINK_DIALOG), "the link dialog"));
    dialog = find_toplevel (OPS_TYPE_APPROVAL_LINK_DIALOG, NULL);
    meetings = ADW_COMBO_ROW (require (GTK_WIDGET (dialog), "link-meeting-row"));
    g_assert_true (wait_for ((Condition) gtk_widget_get_sensitive, meetings, "the meetings"));
    /* "No meeting" first, then the meetings, newest first. */
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (meetings)), >, 1);
    adw_combo_row_set_selected (meetings, 1);
    spin (500);
    screenshot (GTK_WIDGET (dialog), "approvals-15-link-meeting.png");
    click (GTK_WIDGET (dialog), "link-save-button");
    g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_LINK_DIALOG), "the link dialog to close"));
    g_assert_true (wait_for (meeting_linked, other_view, "the meeting in the request"));
    g_assert_true (gtk_widget_get_visible (require (other_view, "approval-open-meeting-button")));
    /* The link leads to the meeting. */
    click (other_view, "approval-open-meeting-button");
    g_assert_true (wait_for (page_is_meetings, other.window, "the Meetings page"));
    ops_window_show_page (other.window, "approvals");
  }

  gtk_check_button_set_active (GTK_CHECK_BUTTON (require (root, "approvals-overdue-only")), FALSE);
  spin (500);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (root, "approvals-10-demo-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (other.window));
  spin (200);
  g_application_quit (G_APPLICATION (app));
}

static void
test_major_needs_meeting (void)
{
  gint64 first_id = request_id;
  GtkWindow *editor;
  GtkWindow *dialog;
  GtkTextView *purpose;
  GtkWidget *error_label;

  /* A major item: submitted like any other. */
  set_user (applicant);
  ops_window_show_page (fx.window, "approvals");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.new-record", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the request editor"));
  editor = find_toplevel (OPS_TYPE_APPROVAL_EDITOR, NULL);
  g_assert_true (wait_for (types_loaded, editor, "the document types"));
  set_text (GTK_WIDGET (editor), "approval-editor-name-row", "2027年度预算");
  select_type (GTK_WIDGET (editor), ops_approval_builtin_type_name ("expense"));
  gtk_switch_set_active (GTK_SWITCH (require (GTK_WIDGET (editor), "approval-editor-major-switch")), TRUE);
  purpose = GTK_TEXT_VIEW (require (GTK_WIDGET (editor), "approval-editor-purpose-view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose), "年度预算需专题会议决议", -1);
  click (GTK_WIDGET (editor), "approval-editor-submit-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor to close"));
  g_assert_true (wait_for (request_shown, (gpointer) "2027年度预算", "the major request"));
  request_id = ops_approval_request_get_id (shown_request ());
  g_assert_true (gtk_widget_get_visible (require (view (), "approval-major-badge")));
  /* The applicant can link the special meeting. */
  g_assert_true (gtk_widget_get_visible (require (view (), "approval-link-meeting-button")));

  set_user (head);
  expect_view (OPS_APPROVAL_STATE_PENDING, 1, 1, "approval-approve-button", "level 1 of the major item");
  decide ("approval-approve-button", NULL, NULL);
  set_user (leader);
  expect_view (OPS_APPROVAL_STATE_PENDING, 2, 1, "approval-approve-button", "level 2 of the major item");
  decide ("approval-approve-button", NULL, NULL);

  /* The last level cannot approve it without the meeting: the store says
   * so in the dialog, which stays. */
  set_user (manager);
  expect_view (OPS_APPROVAL_STATE_PENDING, 3, 1, "approval-approve-button", "level 3 of the major item");
  click (view (), "approval-approve-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_DECISION_DIALOG), "the decision dialog"));
  dialog = find_toplevel (OPS_TYPE_DECISION_DIALOG, NULL);
  set_comment (GTK_WIDGET (dialog), "同意");
  click (GTK_WIDGET (dialog), "decision-decide-button");
  error_label = require (GTK_WIDGET (dialog), "decision-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the refusal"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (require (GTK_WIDGET (dialog), "decision-comment-view")));
    GtkTextIter start, end;
    g_autofree char *kept = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    kept = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (kept, ==, "同意");
  }
  screenshot (GTK_WIDGET (dialog), "approvals-14-major-refused.png");
  click (GTK_WIDGET (dialog), "decision-cancel-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_DECISION_DIALOG), "the dialog to close"));
  expect_view (OPS_APPROVAL_STATE_PENDING, 3, 1, "approval-link-meeting-button", "still waiting at level 3");

  request_id = first_id;
}

static gboolean
draft_shown (gpointer data)
{
  OpsApprovalRequest *request = shown_request ();

  return request != NULL && g_strcmp0 (ops_approval_request_get_name (request), data) == 0
         && ops_approval_request_get_state (request) == OPS_APPROVAL_STATE_DRAFT;
}

static gboolean
nothing_shown (gpointer data)
{
  return ops_approval_view_get_id (OPS_APPROVAL_VIEW (view ())) == 0 && shown_request () == NULL;
}

static gboolean
draft_without_files (gpointer data)
{
  OpsApprovalRequest *request = shown_request ();

  return request != NULL && ops_approval_request_get_id (request) == request_id
         && g_list_model_get_n_items (ops_approval_request_get_attachments (request)) == 0;
}

static void
test_draft_withdraw_delete (void)
{
  gint64 first_id = request_id;
  g_autofree char *list_path = g_build_filename (fx.dir, "采购清单.txt", NULL);
  g_autoptr(GFile) list_file = g_file_new_for_path (list_path);
  GtkWindow *editor;
  GtkWindow *dialog;
  GtkTextView *purpose;

  /* Save Draft keeps it for later; the applicant submits it from the view. */
  g_assert_true (g_file_set_contents (list_path, "打印纸 20 箱\n", -1, NULL));
  set_user (applicant);
  ops_window_show_page (fx.window, "approvals");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.new-record", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the request editor"));
  editor = find_toplevel (OPS_TYPE_APPROVAL_EDITOR, NULL);
  g_assert_true (wait_for (types_loaded, editor, "the document types"));
  set_text (GTK_WIDGET (editor), "approval-editor-name-row", "办公用品采购申请");
  select_type (GTK_WIDGET (editor), ops_approval_builtin_type_name ("other"));
  purpose = GTK_TEXT_VIEW (require (GTK_WIDGET (editor), "approval-editor-purpose-view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose), "第四季度办公用品", -1);
  ops_approval_editor_add_file (OPS_APPROVAL_EDITOR (editor), list_file, FALSE);
  click (GTK_WIDGET (editor), "approval-editor-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor to close"));
  g_assert_true (wait_for (draft_shown, (gpointer) "办公用品采购申请", "the draft"));
  request_id = ops_approval_request_get_id (shown_request ());
  g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (shown_request ())), ==, 1);

  /* A draft's file can be taken out again. */
  click (view (), "approval-edit-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor"));
  editor = find_toplevel (OPS_TYPE_APPROVAL_EDITOR, NULL);
  g_assert_true (wait_for (types_loaded, editor, "the document types"));
  click (GTK_WIDGET (editor), "approval-editor-remove-stored");
  spin (400);
  g_assert_null (find_named (GTK_WIDGET (editor), "approval-editor-remove-stored"));
  click (GTK_WIDGET (editor), "approval-editor-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor to close"));
  g_assert_true (wait_for (draft_without_files, NULL, "the draft without its file"));
  g_assert_true (gtk_widget_get_visible (require (view (), "approval-edit-button")));
  g_assert_true (gtk_widget_get_visible (require (view (), "approval-delete-button")));

  click (view (), "approval-submit-button");
  expect_view (OPS_APPROVAL_STATE_PENDING, 1, 1, "approval-withdraw-button", "the submitted draft");

  /* Withdrawn before anyone decided. */
  click (view (), "approval-withdraw-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the withdraw question"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "withdraw-dialog");
  g_assert_nonnull (dialog);
  respond (dialog, "withdraw");
  expect_view (OPS_APPROVAL_STATE_WITHDRAWN, 0, 1, "approval-delete-button", "the withdrawn request");
  g_assert_false (gtk_widget_get_visible (require (view (), "approval-approve-button")));

  /* Deleted: the view shows nothing any more. */
  click (view (), "approval-delete-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the delete question"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "delete-request-dialog");
  g_assert_nonnull (dialog);
  respond (dialog, "delete");
  g_assert_true (wait_for (nothing_shown, NULL, "the deleted request to go"));

  request_id = first_id;
}

static void
on_substitute_saved (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Call *call = user_data;

  call->result = G_OBJECT (ops_store_save_substitute_finish (OPS_STORE (source), result, &call->error));
  call->done = TRUE;
}

/* A label under @root that names both @a and @b (the "X for Y" line). */
static GtkWidget *
find_label_naming (GtkWidget  *root,
                   const char *a,
                   const char *b)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), a) != NULL
      && strstr (gtk_label_get_text (GTK_LABEL (root)), b) != NULL)
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_naming (child, a, b);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_substitute (void)
{
  gint64 first_id = request_id;
  g_autoptr(OpsSubstitute) substitute = ops_substitute_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWindow *editor;
  GtkTextView *purpose;
  Call call = { NULL };

  /* 徐丽 stands in for the department head today. */
  set_user (admin);
  ops_substitute_set_person_id (substitute, ops_person_get_id (head));
  ops_substitute_set_substitute_id (substitute, ops_person_get_id (admin));
  ops_substitute_set_from_date (substitute, today);
  ops_substitute_set_to_date (substitute, today);
  ops_store_save_substitute_async (get_store (), substitute, NULL, on_substitute_saved, &call);
  g_assert_true (wait_for (call_done, &call, "the substitute"));
  g_assert_no_error (call.error);
  g_clear_object (&call.result);

  set_user (applicant);
  ops_window_show_page (fx.window, "approvals");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.new-record", NULL));
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the request editor"));
  editor = find_toplevel (OPS_TYPE_APPROVAL_EDITOR, NULL);
  g_assert_true (wait_for (types_loaded, editor, "the document types"));
  set_text (GTK_WIDGET (editor), "approval-editor-name-row", "差旅费标准附表");
  select_type (GTK_WIDGET (editor), ops_approval_builtin_type_name ("other"));
  purpose = GTK_TEXT_VIEW (require (GTK_WIDGET (editor), "approval-editor-purpose-view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose), "补充差旅费标准", -1);
  click (GTK_WIDGET (editor), "approval-editor-submit-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_APPROVAL_EDITOR), "the editor to close"));
  g_assert_true (wait_for (request_shown, (gpointer) "差旅费标准附表", "the request"));
  request_id = ops_approval_request_get_id (shown_request ());

  /* It waits for 徐丽 too, who decides it for 孙丽华. */
  set_user (admin);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (GTK_WIDGET (fx.window), "approvals-scope-waiting")), TRUE);
  g_assert_true (wait_for (waiting_lists_request, NULL, "the request waiting for the substitute"));
  expect_view (OPS_APPROVAL_STATE_PENDING, 1, 1, "approval-approve-button", "the substitute's approve button");
  g_assert_cmpstr (ops_approval_request_get_acting_for_name (shown_request ()), ==, "孙丽华");
  g_assert_nonnull (find_label_naming (require (view (), "approval-next-label"), "孙丽华", "1"));
  decide ("approval-approve-button", NULL, "approvals-16-substitute.png");

  /* The trail reads "徐丽 for 孙丽华". */
  expect_view (OPS_APPROVAL_STATE_PENDING, 2, 1, NULL, "level 2 after the substitute");
  g_assert_nonnull (find_label_naming (require (view (), "approval-timeline-list"), "徐丽", "孙丽华"));

  request_id = first_id;
}

static gboolean
broken_dialog_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG, "audit-broken-dialog") != NULL
         || find_toplevel (G_TYPE_INVALID, "audit-broken-dialog") != NULL;
}

static void
on_backup_made (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Call *call = user_data;
  char *path = ops_store_backup_finish (OPS_STORE (source), result, &call->error);

  call->result = path != NULL ? G_OBJECT (g_file_new_for_path (path)) : NULL;
  g_free (path);
  call->done = TRUE;
}

static void
test_tampered_trail (void)
{
  g_autofree char *copy = g_build_filename (fx.dir, "tampered-copy.db", NULL);
  g_autoptr(OpsApplication) app = NULL;
  GtkWindow *dialog;
  GtkWidget *banner;
  OpsWindow *window;
  sqlite3 *db = NULL;
  char *message = NULL;
  Call call = { NULL };

  /* Behind Opsdesk's back: the trigger that guards the trail dropped and
   * the comment of entry 3 changed with plain SQL. */
  g_assert_cmpint (sqlite3_open (fx.db_path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, "DROP TRIGGER approval_audit_no_update;"
                        "UPDATE approval_audit SET comment = comment || ' (changed)' WHERE id = 3;",
                    NULL, NULL, &message) != SQLITE_OK)
    g_error ("could not change the trail: %s", message);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_close (db);

  /* Verify Audit Trail names the entry and says what to do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.verify-audit", NULL));
  g_assert_true (wait_for (broken_dialog_shown, NULL, "the broken-trail dialog"));
  dialog = find_toplevel (G_TYPE_INVALID, "audit-broken-dialog");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "3"));
  screenshot (GTK_WIDGET (dialog), "approvals-11-audit-broken.png");
  respond (dialog, "close");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the dialog to close"));

  /* The Approvals page keeps saying so. */
  banner = require (GTK_WIDGET (fx.window), "approvals-audit-banner");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (require (GTK_WIDGET (fx.window), "approvals-audit-label"))), "3"));
  ops_window_show_page (fx.window, "approvals");
  screenshot (GTK_WIDGET (fx.window), "approvals-12-audit-banner.png");

  /* A copy of that database is refused at open the same way. */
  ops_store_backup_async (get_store (), copy, NULL, on_backup_made, &call);
  g_assert_true (wait_for (call_done, &call, "the copy"));
  g_assert_no_error (call.error);
  g_clear_object (&call.result);

  app = open_app (copy, "io.github.opsdesk.Opsdesk.ApprovalsTampered", FALSE);
  window = OPS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (wait_for (broken_dialog_shown, NULL, "the broken-trail dialog at open"));
  dialog = find_toplevel (G_TYPE_INVALID, "audit-broken-dialog");
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "3"));
  respond (dialog, "close");
  banner = require (GTK_WIDGET (window), "approvals-audit-banner");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (200);
  g_application_quit (G_APPLICATION (app));
}

static void
test_dark_screenshots (void)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  ops_window_open_record (fx.window, "approvals", request_id);
  screenshot (GTK_WIDGET (fx.window), "approvals-13-approved-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  ui_fixture_init (&argc, &argv);

  g_test_add_func ("/ui/approvals/1-people", test_people);
  g_test_add_func ("/ui/approvals/2-empty-states", test_empty_states);
  g_test_add_func ("/ui/approvals/3-submit", test_submit);
  g_test_add_func ("/ui/approvals/4-level-one-approves", test_level_one_approves);
  g_test_add_func ("/ui/approvals/5-level-two-returns", test_level_two_returns);
  g_test_add_func ("/ui/approvals/6-applicant-resubmits", test_applicant_resubmits);
  g_test_add_func ("/ui/approvals/7-every-level-approves", test_every_level_approves);
  g_test_add_func ("/ui/approvals/8-stamp", test_stamp);
  g_test_add_func ("/ui/approvals/9-verify-intact", test_verify_intact);
  g_test_add_func ("/ui/approvals/a-demo-overdue", test_demo_overdue);
  g_test_add_func ("/ui/approvals/b-major-needs-meeting", test_major_needs_meeting);
  g_test_add_func ("/ui/approvals/b2-draft-withdraw-delete", test_draft_withdraw_delete);
  g_test_add_func ("/ui/approvals/b3-substitute", test_substitute);
  g_test_add_func ("/ui/approvals/c-dark-screenshots", test_dark_screenshots);
  g_test_add_func ("/ui/approvals/d-tampered-trail", test_tampered_trail);

  result = g_test_run ();

  g_clear_object (&admin);
  g_clear_object (&head);
  g_clear_object (&leader);
  g_clear_object (&manager);
  g_clear_object (&applicant);
  ui_fixture_finish ();
  return result;
}

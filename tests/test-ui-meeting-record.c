/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ui-meeting-record.c: the meeting record view and the Action Items
 * page through the real window, as a note-taker and a host would use them:
 * sign-in (one on time, one late), resolutions (an incomplete one refused,
 * then finalised into an action item), minutes written and submitted by the
 * note-taker, approval refused to anyone but the host and accepted from the
 * host, the flags following, and an overdue action item updated only with a
 * reason and a new date, its revision kept. Screenshots meeting-record-*.png.
 */
#include "test-ui-common.h"

#include "ui/ops-action-items-page.h"
#include "ui/ops-action-update-dialog.h"
#include "ui/ops-meeting-view.h"
#include "ui/ops-resolution-dialog.h"

static struct {
  OpsPerson  *host;
  OpsPerson  *note_taker;
  OpsPerson  *on_time;
  OpsPerson  *late;
  gint64      meeting_id;
} setup;

/* Store calls for the set-up ------------------------------------------------ */

typedef struct {
  GAsyncResult *result;
} Waiter;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->result = g_object_ref (result);
}

static gboolean
waiter_done (gpointer data)
{
  return ((Waiter *) data)->result != NULL;
}

static OpsStore *
get_store (void)
{
  return ops_context_get_store (ops_window_get_context (fx.window));
}

static OpsPerson *
add_person (const char *name)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  Waiter waiter = { NULL };
  g_autoptr(GError) error = NULL;
  OpsPerson *saved;

  ops_person_set_name (person, name);
  ops_store_save_person_async (get_store (), person, NULL, on_done, &waiter);
  g_assert_true (wait_for (waiter_done, &waiter, "a person saved"));
  saved = ops_store_save_person_finish (get_store (), waiter.result, &error);
  g_clear_object (&waiter.result);
  g_assert_no_error (error);
  return saved;
}

static gboolean
context_ready (gpointer data)
{
  return ops_window_get_context (fx.window) != NULL;
}

/* Widgets ----------------------------------------------------------------- */

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  GtkWidget *child;

  if (root == NULL)
    return NULL;
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
meeting_view (void)
{
  GtkWidget *view = find_type (GTK_WIDGET (ops_window_get_page (fx.window, "meetings")), OPS_TYPE_MEETING_VIEW);

  g_assert_nonnull (view);
  return view;
}

static gboolean
named_visible (gpointer data)
{
  GtkWidget *widget = find_named (GTK_WIDGET (fx.window), data);

  return widget != NULL && gtk_widget_is_visible (widget) && gtk_widget_is_sensitive (widget);
}

static gboolean
topic_shown (gpointer data)
{
  GtkWidget *label = find_named (GTK_WIDGET (fx.window), "meeting-view-topic");

  return label != NULL && gtk_widget_get_mapped (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), data) == 0;
}

static gboolean
named_gone (gpointer data)
{
  GtkWidget *widget = find_named (GTK_WIDGET (fx.window), data);

  return widget == NULL || !gtk_widget_is_visible (widget);
}

/* The index N of the row "<prefix>-N" whose title is @title, or -1. */
static int
row_index (const char *list_name,
           const char *prefix,
           const char *title)
{
  GtkWidget *list = find_named (GTK_WIDGET (fx.window), list_name);
  GtkWidget *row;

  for (row = list != NULL ? gtk_widget_get_first_child (list) : NULL; row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *name = gtk_widget_get_name (row);

      if (ADW_IS_PREFERENCES_ROW (row) && g_str_has_prefix (name, prefix)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return atoi (name + strlen (prefix));
    }
  return -1;
}

typedef struct {
  const char *group;
  const char *expect;
} DescriptionCheck;

static gboolean
description_is (gpointer data)
{
  DescriptionCheck *check = data;
  GtkWidget *group = find_named (GTK_WIDGET (fx.window), check->group);

  return group != NULL
         && g_strcmp0 (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), check->expect) == 0;
}

static gboolean
description_starts (gpointer data)
{
  DescriptionCheck *check = data;
  GtkWidget *group = find_named (GTK_WIDGET (fx.window), check->group);
  const char *text = group != NULL ? adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)) : NULL;

  return text != NULL && g_str_has_prefix (text, check->expect);
}

static gboolean
label_is (gpointer data)
{
  DescriptionCheck *check = data;
  GtkWidget *label = find_named (GTK_WIDGET (fx.window), check->group);

  return label != NULL && gtk_widget_is_visible (label)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), check->expect) == 0;
}

typedef struct {
  const char *heading;
  char       *body;
} ErrorWait;

/* Answers every error dialog shown; keeps the body of the one headed
 * @wait->heading. Dialogs of other pages are logged, not ours to judge. */
static gboolean
error_dialog_answered (gpointer data)
{
  ErrorWait *wait = data;
  GtkWindow *dialog;

  while ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL)) != NULL)
    {
      const char *heading = adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog));
      const char *body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));

      g_test_message ("error dialog: %s — %s", heading, body);
      if (wait->body == NULL && g_strcmp0 (heading, wait->heading) == 0)
        wait->body = g_strdup (body);
      respond (dialog, "close");
      spin (50);
    }
  return wait->body != NULL;
}

/* Waits for the error dialog headed @heading, closes it and returns its
 * body (transfer full). */
static char *
close_error_dialog (const char *heading)
{
  ErrorWait wait = { heading, NULL };

  g_assert_true (wait_for (error_dialog_answered, &wait, heading));
  g_assert_cmpstr (wait.body, !=, "");
  return wait.body;
}

/* Other pages' error dialogs (logged) must not hide ours. */
static void
dismiss_other_dialogs (void)
{
  ErrorWait wait = { NULL, NULL };

  error_dialog_answered (&wait);
}

/* Scrolls the meeting view so that the widget @name is at the top, for a
 * screenshot of that section. */
static void
scroll_to (const char *name)
{
  GtkWidget *scroller = require (GTK_WIDGET (fx.window), "meeting-view-scroller");
  GtkWidget *target = require (GTK_WIDGET (fx.window), name);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  spin (300);
  /* The scrolled window wraps the clamp in a viewport: measure in the
   * clamp, which does not move with the scrolling. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_true (gtk_widget_compute_point (target, content, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 12);
  spin (100);
}

static void
set_current_user (OpsPerson *person)
{
  ops_context_set_current_user (ops_window_get_context (fx.window), person);
  g_assert_true (wait_for (user_is, (gpointer) ops_person_get_name (person), "the user switch"));
  spin (200);
}

static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static OpsMeeting *
save_meeting (const char *topic,
              gint64      starts_at,
              gint64      ends_at)
{
  g_autoptr(OpsMeeting) meeting = ops_meeting_new ();
  g_autoptr(GListStore) attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  g_autoptr(OpsAttendee) a1 = ops_attendee_new_person (ops_person_get_id (setup.on_time), "张伟");
  g_autoptr(OpsAttendee) a2 = ops_attendee_new_person (ops_person_get_id (setup.late), "刘洋");
  g_autoptr(GError) error = NULL;
  Waiter waiter = { NULL };
  OpsMeeting *saved;

  ops_meeting_set_topic (meeting, topic);
  ops_meeting_set_goal (meeting, "确定下季度重点");
  ops_meeting_set_host_id (meeting, ops_person_get_id (setup.host));
  ops_meeting_set_note_taker_id (meeting, ops_person_get_id (setup.note_taker));
  ops_meeting_set_starts_at (meeting, starts_at);
  ops_meeting_set_ends_at (meeting, ends_at);
  ops_meeting_set_place_kind (meeting, OPS_PLACE_ROOM);
  ops_meeting_set_place (meeting, "301会议室");
  g_list_store_append (attendees, a1);
  g_list_store_append (attendees, a2);
  ops_meeting_set_attendees (meeting, G_LIST_MODEL (attendees));

  ops_store_save_meeting_async (get_store (), meeting, OPS_SERIES_EDIT_THIS, NULL, on_done, &waiter);
  g_assert_true (wait_for (waiter_done, &waiter, "the meeting saved"));
  saved = ops_store_save_meeting_finish (get_store (), waiter.result, &error);
  g_clear_object (&waiter.result);
  g_assert_no_error (error);
  return saved;
}

/* A finalised resolution of @meeting_id: its action item. */
static void
add_action_item (gint64      meeting_id,
                 const char *conclusion,
                 OpsPerson  *owner,
                 const char *due_date)
{
  g_autoptr(OpsResolution) resolution = ops_resolution_new ();
  g_autoptr(OpsResolution) saved = NULL;
  g_autoptr(OpsResolution) final = NULL;
  g_autoptr(GError) error = NULL;
  Waiter waiter = { NULL };

  ops_resolution_set_conclusion (resolution, conclusion);
  ops_resolution_set_owner_id (resolution, ops_person_get_id (owner));
  ops_resolution_set_due_date (resolution, due_date);
  ops_store_save_resolution_async (get_store (), resolution, meeting_id, NULL, on_done, &waiter);
  g_assert_true (wait_for (waiter_done, &waiter, "the resolution saved"));
  saved = ops_store_save_resolution_finish (get_store (), waiter.result, &error);
  g_clear_object (&waiter.result);
  g_assert_no_error (error);

  ops_store_finalise_resolution_async (get_store (), ops_resolution_get_id (saved), NULL, on_done, &waiter);
  g_assert_true (wait_for (waiter_done, &waiter, "the resolution finalised"));
  final = ops_store_finalise_resolution_finish (get_store (), waiter.result, &error);
  g_clear_object (&waiter.result);
  g_assert_no_error (error);
}

/* Tests ------------------------------------------------------------------- */

static void
test_setup (void)
{
  g_autoptr(OpsMeeting) meeting = NULL;
  g_autoptr(OpsMeeting) past = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) ten_days_ago = g_date_time_add_days (today, -10);
  g_autoptr(GDateTime) eight_days_ago = g_date_time_add_days (today, -8);
  g_autofree char *past_due = g_date_time_format (eight_days_ago, "%Y-%m-%d");

  g_assert_true (wait_for (context_ready, NULL, "the store to open"));

  setup.host = add_person ("李强");
  setup.note_taker = add_person ("王芳");
  setup.on_time = add_person ("张伟");
  setup.late = add_person ("刘洋");
  set_current_user (setup.note_taker);

  /* The meeting the test runs: started 30 minutes ago, ends in 30. */
  meeting = save_meeting ("季度复盘会", now - 30 * 60, now + 30 * 60);
  setup.meeting_id = ops_meeting_get_id (meeting);
  g_assert_cmpint (setup.meeting_id, >, 0);

  /* Last week's meeting left an action item that is overdue now. */
  past = save_meeting ("周例会", g_date_time_to_unix (ten_days_ago), g_date_time_to_unix (ten_days_ago) + 3600);
  add_action_item (ops_meeting_get_id (past), "提交渠道费用明细", setup.late, past_due);
}

static void
test_sign_in (void)
{
  g_autofree char *totals = NULL;
  DescriptionCheck check = { "meeting-view-attendance", NULL };
  g_autofree char *state_name = NULL;
  g_autofree char *sign_in_name = NULL;
  GtkWidget *view;
  int on_time, late;

  g_assert_true (ops_window_open_record (fx.window, "meetings", setup.meeting_id));
  view = meeting_view ();
  g_assert_cmpint (ops_meeting_view_get_meeting_id (OPS_MEETING_VIEW (view)), ==, setup.meeting_id);
  g_assert_true (wait_for (topic_shown, (gpointer) "季度复盘会", "the meeting shown"));

  on_time = row_index ("meeting-view-attendance-list", "attendee-row-", "张伟");
  late = row_index ("meeting-view-attendance-list", "attendee-row-", "刘洋");
  g_assert_cmpint (on_time, >=, 0);
  g_assert_cmpint (late, >=, 0);

  /* 张伟 marked present afterwards: checked in at the start, on time. */
  state_name = g_strdup_printf ("attendee-state-%d", on_time);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (require (view, state_name)), 1);
  totals = g_strdup_printf (_("%u present · %u late · %u absent · %u not signed"), 1, 0, 0, 1);
  check.expect = totals;
  g_assert_true (wait_for (description_starts, &check, "one present"));

  /* 刘洋 signs in now, 30 minutes after the start: late. */
  late = row_index ("meeting-view-attendance-list", "attendee-row-", "刘洋");
  sign_in_name = g_strdup_printf ("attendee-sign-in-%d", late);
  click (view, sign_in_name);
  g_free (totals);
  totals = g_strdup_printf (_("%u present · %u late · %u absent · %u not signed"), 1, 1, 0, 0);
  check.expect = totals;
  g_assert_true (wait_for (description_is, &check, "one present and one late"));

  scroll_to ("meeting-view-attendance");
  screenshot (GTK_WIDGET (fx.window), "meeting-record-sign-in.png");
  assert_icon_buttons_named (GTK_WIDGET (fx.window));
}

static void
test_resolutions (void)
{
  GtkWidget *view = meeting_view ();
  GtkWindow *dialog;
  g_autofree char *body = NULL;
  g_autofree char *today = date_from_today (0);

  /* A resolution with a conclusion only. */
  click (view, "meeting-view-add-resolution-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_RESOLUTION_DIALOG), "the resolution dialog"));
  dialog = find_toplevel (OPS_TYPE_RESOLUTION_DIALOG, NULL);
  set_text (GTK_WIDGET (dialog), "resolution-conclusion-row", "完成区域目标分解");
  click (GTK_WIDGET (dialog), "resolution-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_RESOLUTION_DIALOG), "the dialog to close"));
  g_assert_true (wait_for (named_visible, (gpointer) "resolution-finalise-0", "the draft resolution"));

  /* Finalising it is refused: owner and deadline are missing. */
  click (view, "resolution-finalise-0");
  body = close_error_dialog (_("Could not finalise the resolution"));
  g_test_message ("refused: %s", body);
  g_assert_true (named_visible ((gpointer) "resolution-finalise-0"));

  /* Complete it: owner 张伟, deadline today. */
  click (view, "resolution-edit-0");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_RESOLUTION_DIALOG), "the resolution dialog"));
  dialog = find_toplevel (OPS_TYPE_RESOLUTION_DIALOG, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (dialog), "resolution-conclusion-row"))),
                   ==, "完成区域目标分解");
  g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive, require (GTK_WIDGET (dialog), "resolution-owner-row"),
                           "the owners to load"));
  select_in_combo (GTK_WIDGET (dialog), "resolution-owner-row", "张伟");
  set_text (GTK_WIDGET (dialog), "resolution-due-row", today);
  screenshot (GTK_WIDGET (dialog), "meeting-record-resolution-dialog.png");
  click (GTK_WIDGET (dialog), "resolution-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_RESOLUTION_DIALOG), "the dialog to close"));
  spin (300);

  click (view, "resolution-finalise-0");
  g_assert_true (wait_for (named_gone, (gpointer) "resolution-finalise-0", "the resolution finalised"));
  spin (200);
  dismiss_other_dialogs ();
}

/* The flags of the meeting @data (a topic) in the Meetings page's list, or
 * G_MAXUINT when it is not listed. */
static guint
list_flags (const char *topic)
{
  GtkWidget *list = require (GTK_WIDGET (fx.window), "meetings-list-view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsMeeting) meeting = g_list_model_get_item (model, i);

      if (g_strcmp0 (ops_meeting_get_topic (meeting), topic) == 0)
        return ops_meeting_get_flags (meeting);
    }
  return G_MAXUINT;
}

static gboolean
list_awaits_review (gpointer data)
{
  guint flags = list_flags (data);

  return flags != G_MAXUINT && (flags & OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW) != 0;
}

static gboolean
list_review_done (gpointer data)
{
  guint flags = list_flags (data);

  return flags != G_MAXUINT && (flags & OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW) == 0;
}

static void
test_minutes (void)
{
  GtkWidget *view = meeting_view ();
  GtkTextView *text = GTK_TEXT_VIEW (require (view, "meeting-view-minutes-text"));
  g_autofree char *hint = g_strdup_printf (_("Only the host %s can approve or return the minutes."), "李强");
  DescriptionCheck hint_check = { "meeting-view-minutes-hint", hint };
  g_autofree char *body = NULL;

  /* The note-taker writes and submits. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text),
                            "一、Q3销售目标500万元，按区域分解。\n二、市场部追加线上广告预算10万元。", -1);
  click (view, "meeting-view-submit-minutes-button");
  g_assert_true (wait_for (label_is, &hint_check, "the minutes submitted"));
  g_assert_true (wait_for (named_visible, (gpointer) "meeting-flag-awaiting-review", "the awaiting-review flag"));
  g_assert_true (wait_for (list_awaits_review, (gpointer) "季度复盘会", "the flag in the meetings list"));
  g_assert_false (gtk_text_view_get_editable (text));
  scroll_to ("meeting-view-resolutions");
  screenshot (GTK_WIDGET (fx.window), "meeting-record-submitted.png");

  /* Approving as the note-taker: the store refuses, naming the host. */
  click (view, "meeting-view-approve-minutes-button");
  body = close_error_dialog (_("Could not approve the minutes"));
  g_assert_nonnull (strstr (body, "李强"));
  g_assert_true (named_visible ((gpointer) "meeting-flag-awaiting-review"));

  /* The host returns them: a comment is required. */
  set_current_user (setup.host);
  {
    GtkWindow *dialog;
    g_autofree char *returned = g_strdup_printf (_("Returned by the host: %s"), "请补充预算明细");
    DescriptionCheck returned_check = { "meeting-view-minutes-hint", returned };

    g_assert_true (wait_for (named_visible, (gpointer) "meeting-view-return-minutes-button", "the return button"));
    click (view, "meeting-view-return-minutes-button");
    g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the return question"));
    dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
    g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "return"));
    set_text (GTK_WIDGET (dialog), "minutes-return-comment", "请补充预算明细");
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "return"));
    respond (dialog, "return");
    g_assert_true (wait_for (label_is, &returned_check, "the minutes returned with the comment"));
    g_assert_true (wait_for (list_review_done, (gpointer) "季度复盘会", "no review awaited"));
  }

  /* The note-taker completes and submits them again. */
  set_current_user (setup.note_taker);
  g_assert_true (wait_for ((Condition) gtk_text_view_get_editable, text, "the minutes editable again"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text),
                            "一、Q3销售目标500万元，按区域分解。\n二、市场部追加线上广告预算10万元，9月10日前提交方案。", -1);
  click (view, "meeting-view-submit-minutes-button");
  g_assert_true (wait_for (label_is, &hint_check, "the minutes submitted again"));

  /* The host approves: the flag goes. */
  set_current_user (setup.host);
  g_assert_true (wait_for (named_visible, (gpointer) "meeting-view-approve-minutes-button", "the approve button"));
  click (view, "meeting-view-approve-minutes-button");
  g_assert_true (wait_for (named_gone, (gpointer) "meeting-flag-awaiting-review", "the flag to go"));
  g_assert_true (wait_for (list_review_done, (gpointer) "季度复盘会", "the flag to leave the list"));
  dismiss_other_dialogs ();
  g_assert_true (wait_for ((Condition) gtk_widget_is_sensitive,
                           require (view, "meeting-view-distribute-minutes-button"), "Distribute offered"));
  scroll_to ("meeting-view-minutes");
  screenshot (GTK_WIDGET (fx.window), "meeting-record-approved.png");
}

typedef struct {
  const char *content;
  int         revisions;   /* -1: any */
} ItemCheck;

static OpsActionItem *
find_item (const char *content)
{
  GListModel *model = column_view_model ("action-items-column-view");

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsActionItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (ops_action_item_get_content (item), content) == 0)
        return g_steal_pointer (&item);
    }
  return NULL;
}

static gboolean
item_listed (gpointer data)
{
  ItemCheck *check = data;
  g_autoptr(OpsActionItem) item = find_item (check->content);

  return item != NULL
         && (check->revisions < 0 || ops_action_item_get_revision_count (item) == (guint) check->revisions);
}

static gboolean
history_shown (gpointer data)
{
  return find_named (data, "action-revision-0") != NULL;
}

static void
open_update_dialog_for (const char *content)
{
  GListModel *model = column_view_model ("action-items-column-view");

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsActionItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (ops_action_item_get_content (item), content) == 0)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
          break;
        }
    }
  click (GTK_WIDGET (fx.window), "action-items-update-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (OPS_TYPE_ACTION_UPDATE_DIALOG), "the update dialog"));
}

static gboolean
label_has_text (gpointer data)
{
  return gtk_widget_get_visible (data) && *gtk_label_get_text (GTK_LABEL (data)) != '\0';
}

/* The button in @root whose label (a child GtkLabel) says @text. */
static GtkWidget *
find_button_labelled (GtkWidget  *root,
                      const char *text)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (root))
    {
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (root));

      if (GTK_IS_LABEL (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return root;
    }
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_action_items (void)
{
  ItemCheck listed = { "完成区域目标分解", 0 };
  ItemCheck overdue = { "提交渠道费用明细", 0 };
  ItemCheck revised = { "提交渠道费用明细", 1 };
  g_autofree char *next_week = date_from_today (7);
  g_autofree char *today = date_from_today (0);
  g_autoptr(OpsActionItem) item = NULL;
  GtkWindow *dialog;
  GtkWidget *error_label;

  /* The resolution finalised in the view is tracked here. */
  g_assert_true (ops_window_show_page (fx.window, "action-items"));
  g_assert_true (OPS_IS_ACTION_ITEMS_PAGE (ops_window_get_visible_page (fx.window)));
  g_assert_true (wait_for (item_listed, &listed, "the new action item"));
  item = find_item ("完成区域目标分解");
  g_assert_cmpstr (ops_action_item_get_owner_name (item), ==, "张伟");
  g_assert_cmpstr (ops_action_item_get_due_date (item), ==, today);
  g_assert_cmpstr (ops_action_item_get_meeting_topic (item), ==, "季度复盘会");
  g_assert_false (ops_action_item_get_overdue (item));

  /* Last week's item is overdue. */
  g_assert_true (wait_for (item_listed, &overdue, "the overdue action item"));
  g_clear_object (&item);
  item = find_item ("提交渠道费用明细");
  g_assert_true (ops_action_item_get_overdue (item));
  g_assert_true (wait_for ((Condition) gtk_widget_get_mapped, require (GTK_WIDGET (fx.window), "action-items-column-view"),
                           "the table on screen"));
  screenshot (GTK_WIDGET (fx.window), "meeting-record-action-items.png");

  /* Overdue: an update without reason and date is refused, input kept. */
  open_update_dialog_for ("提交渠道费用明细");
  dialog = find_toplevel (OPS_TYPE_ACTION_UPDATE_DIALOG, NULL);
  g_assert_true (gtk_widget_get_visible (require (GTK_WIDGET (dialog), "action-update-overdue-label")));
  set_text (GTK_WIDGET (dialog), "action-update-note-row", "等待区域数据");
  click (GTK_WIDGET (dialog), "action-update-save-button");
  error_label = require (GTK_WIDGET (dialog), "action-update-error-label");
  g_assert_true (wait_for (label_has_text, error_label, "the refusal inline"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (require (GTK_WIDGET (dialog), "action-update-note-row"))),
                   ==, "等待区域数据");
  screenshot (GTK_WIDGET (dialog), "meeting-record-update-refused.png");

  /* With a reason and a new date it is accepted. */
  set_text (GTK_WIDGET (dialog), "action-update-reason-row", "区域经理出差，数据延后");
  set_text (GTK_WIDGET (dialog), "action-update-due-row", next_week);
  click (GTK_WIDGET (dialog), "action-update-save-button");
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_ACTION_UPDATE_DIALOG), "the dialog to close"));
  g_assert_true (wait_for (item_listed, &revised, "one revision"));
  g_clear_object (&item);
  item = find_item ("提交渠道费用明细");
  g_assert_cmpstr (ops_action_item_get_due_date (item), ==, next_week);
  g_assert_cmpstr (ops_action_item_get_last_reason (item), ==, "区域经理出差，数据延后");
  g_assert_false (ops_action_item_get_overdue (item));

  /* The revision is in the history. */
  open_update_dialog_for ("提交渠道费用明细");
  dialog = find_toplevel (OPS_TYPE_ACTION_UPDATE_DIALOG, NULL);
  g_assert_true (wait_for (history_shown, dialog, "the revision history"));
  g_assert_false (gtk_widget_get_visible (require (GTK_WIDGET (dialog), "action-update-overdue-label")));
  screenshot (GTK_WIDGET (dialog), "meeting-record-history.png");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.cancel", NULL);
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (OPS_TYPE_ACTION_UPDATE_DIALOG), "the dialog to close"));
  screenshot (GTK_WIDGET (fx.window), "meeting-record-action-items-revised.png");
  assert_icon_buttons_named (GTK_WIDGET (fx.window));

  /* "Mine" as the host 李强, who owns none: the empty state says so. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (GTK_WIDGET (fx.window), "action-items-mine-toggle")), TRUE);
  {
    ViewCheck none = { "action-items-column-view", NULL, 0 };
    g_assert_true (wait_for (view_matches, &none, "no items of mine"));
  }
  g_assert_true (wait_for ((Condition) gtk_widget_get_mapped,
                           require (GTK_WIDGET (fx.window), "action-items-status-page"), "the empty state"));
  g_assert_false (gtk_widget_is_sensitive (require (GTK_WIDGET (fx.window), "action-items-update-button")));
  screenshot (GTK_WIDGET (fx.window), "meeting-record-action-items-mine-empty.png");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (require (GTK_WIDGET (fx.window), "action-items-mine-toggle")), FALSE);
  g_assert_true (wait_for (item_listed, &revised, "everyone's items back"));

  /* The meeting column opens the item's meeting on the Meetings page. */
  spin (200);
  gtk_widget_activate (find_button_labelled (require (GTK_WIDGET (fx.window), "action-items-column-view"), "周例会"));
  g_assert_true (wait_for (topic_shown, (gpointer) "周例会", "the item's meeting"));
  g_assert_true (OPS_IS_PAGE (ops_window_get_visible_page (fx.window)));
  g_assert_cmpstr (ops_page_get_title (ops_window_get_visible_page (fx.window)), ==,
                   ops_page_get_title (ops_window_get_page (fx.window, "meetings")));
}

static gboolean
row_subtitle_has (gpointer data)
{
  DescriptionCheck *check = data;
  GtkWidget *row = find_named (GTK_WIDGET (fx.window), check->group);
  const char *subtitle = row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;

  return subtitle != NULL && strstr (subtitle, check->expect) != NULL;
}

static void
test_archive_and_retention (void)
{
  GtkWidget *view;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_year = g_date_time_add_years (now, 1);
  g_autofree char *kept_until = g_date_time_format (next_year, "%Y-%m-%d");
  g_autofree char *archive_name = NULL;
  DescriptionCheck archived = { "meeting-view-archive-row", NULL };
  DescriptionCheck state = { "meeting-view-state-row", _("Archived") };
  g_autofree char *body = NULL;

  g_assert_true (ops_window_open_record (fx.window, "meetings", setup.meeting_id));
  g_assert_true (wait_for (topic_shown, (gpointer) "季度复盘会", "the meeting shown"));
  view = meeting_view ();

  /* Approved minutes: the host archives the meeting under its name. */
  archive_name = g_date_time_format (now, "%Y-%m-季度复盘会");
  archived.expect = archive_name;
  click (view, "meeting-view-archive-button");
  g_assert_true (wait_for (row_subtitle_has, &state, "the meeting archived"));
  g_assert_true (row_subtitle_has (&archived));
  g_assert_false (gtk_widget_is_sensitive (require (view, "meeting-view-archive-button")));

  /* Deleting it before its retention date is refused, saying until when. */
  click (view, "meeting-view-delete-button");
  g_assert_true (wait_for (toplevel_present, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the delete question"));
  respond (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL), "delete");
  body = close_error_dialog (_("Could not delete the meeting"));
  g_assert_nonnull (strstr (body, kept_until));
  g_assert_true (wait_for (topic_shown, (gpointer) "季度复盘会", "the meeting still shown"));
  scroll_to ("meeting-view-details");
  screenshot (GTK_WIDGET (fx.window), "meeting-record-archived.png");
}

static gboolean
item_selected (gpointer data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (column_view_model ("action-items-column-view"));
  OpsActionItem *item = gtk_single_selection_get_selected_item (selection);

  return item != NULL && g_strcmp0 (ops_action_item_get_content (item), data) == 0;
}

static void
test_dark_screenshots (void)
{
  g_autoptr(OpsActionItem) item = NULL;

  /* A link to an item (as from My Work) selects it, even when the filters
   * hid it: "Done" shows no open item. */
  g_assert_true (ops_window_show_page (fx.window, "action-items"));
  g_assert_true (wait_for (item_listed, &(ItemCheck) { "提交渠道费用明细", 1 }, "the items"));
  item = find_item ("提交渠道费用明细");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (require (GTK_WIDGET (fx.window), "action-items-status-filter")), 2);
  {
    ViewCheck none = { "action-items-column-view", NULL, 0 };
    g_assert_true (wait_for (view_matches, &none, "no done items"));
  }
  g_assert_true (ops_window_open_record (fx.window, "action-items", ops_action_item_get_id (item)));
  g_assert_true (wait_for (item_selected, (gpointer) "提交渠道费用明细", "the item selected"));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (GTK_WIDGET (fx.window), "meeting-record-action-items-dark.png");
  g_assert_true (ops_window_open_record (fx.window, "meetings", setup.meeting_id));
  g_assert_true (wait_for (topic_shown, (gpointer) "季度复盘会", "the meeting shown"));
  screenshot (GTK_WIDGET (fx.window), "meeting-record-dark.png");
  scroll_to ("meeting-view-attendance");
  screenshot (GTK_WIDGET (fx.window), "meeting-record-sign-in-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  ui_fixture_init (&argc, &argv);

  g_test_add_func ("/ui/meeting-record/1-setup", test_setup);
  g_test_add_func ("/ui/meeting-record/2-sign-in", test_sign_in);
  g_test_add_func ("/ui/meeting-record/3-resolutions", test_resolutions);
  g_test_add_func ("/ui/meeting-record/4-minutes", test_minutes);
  g_test_add_func ("/ui/meeting-record/5-action-items", test_action_items);
  g_test_add_func ("/ui/meeting-record/6-archive-and-retention", test_archive_and_retention);
  g_test_add_func ("/ui/meeting-record/z-dark-screenshots", test_dark_screenshots);

  result = g_test_run ();

  g_clear_object (&setup.host);
  g_clear_object (&setup.note_taker);
  g_clear_object (&setup.on_time);
  g_clear_object (&setup.late);
  ui_fixture_finish ();
  return result;
}

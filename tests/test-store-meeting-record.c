/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-store-meeting-record.c: what happens at and after a meeting, in the
 * store: resolutions and their action items, host-only approval of the
 * minutes, late minutes, action item revisions (reason and date for
 * overdue items, append-only history), archive, retention and My Work.
 */

#include "config.h"

#include <locale.h>

#include "test-store-meetings-common.h"

/* Tests ---------------------------------------------------------------------- */

static void
test_resolutions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(OpsMeeting) m = add_meeting (f, "决议会", ops_store_now () - 2 * HOUR);
  g_autoptr(OpsResolution) r = ops_resolution_new ();
  g_autoptr(OpsResolution) saved = NULL;
  g_autoptr(OpsResolution) final = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(OpsActionItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = date_from_today (4);
  OpsActionItemFilter filter = { NULL, 0, ops_meeting_get_id (m), OPS_ACTION_FILTER_ANY, NULL, NULL };

  as_user (f, f->note_taker);
  ops_resolution_set_conclusion (r, "Q3销售目标500万元");
  saved = t_save_resolution (f->t->store, r, ops_meeting_get_id (m), &error);
  g_assert_no_error (error);
  g_assert_false (ops_resolution_get_finalised (saved));

  /* Owner and deadline missing: refused, naming both. */
  g_assert_null (t_finalise (f->t->store, ops_resolution_get_id (saved), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "owner"));
  g_assert_nonnull (strstr (error->message, "deadline"));
  g_assert_null (strstr (error->message, "the conclusion,"));
  g_clear_error (&error);

  ops_resolution_set_owner_id (saved, f->member);
  g_clear_object (&r);
  r = t_save_resolution (f->t->store, saved, ops_meeting_get_id (m), &error);
  g_assert_no_error (error);
  g_assert_null (t_finalise (f->t->store, ops_resolution_get_id (r), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "deadline"));
  g_assert_null (strstr (error->message, "owner"));
  g_clear_error (&error);

  ops_resolution_set_due_date (r, due);
  g_clear_object (&saved);
  saved = t_save_resolution (f->t->store, r, ops_meeting_get_id (m), &error);
  g_assert_no_error (error);
  final = t_finalise (f->t->store, ops_resolution_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_true (ops_resolution_get_finalised (final));
  g_assert_true (t_changes_contain (f->t, "action-items"));

  /* It became an action item. */
  items = t_list_actions (f->t->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  item = g_list_model_get_item (items, 0);
  g_assert_cmpint (ops_action_item_get_id (item), ==, ops_resolution_get_action_item_id (final));
  g_assert_cmpstr (ops_action_item_get_content (item), ==, "Q3销售目标500万元");
  g_assert_cmpstr (ops_action_item_get_owner_name (item), ==, "刘洋");
  g_assert_cmpstr (ops_action_item_get_due_date (item), ==, due);
  g_assert_cmpstr (ops_action_item_get_meeting_topic (item), ==, "决议会");
  g_assert_cmpint (ops_action_item_get_status (item), ==, OPS_ACTION_OPEN);

  /* Final: no more changes, no removal, no second finalising. */
  ops_resolution_set_conclusion (final, "改了");
  g_assert_null (t_save_resolution (f->t->store, final, ops_meeting_get_id (m), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (t_remove_resolution (f->t->store, ops_resolution_get_id (final), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A draft can be removed; a deadline before the meeting is refused. */
  {
    g_autoptr(OpsResolution) draft = ops_resolution_new ();
    g_autoptr(OpsResolution) draft_saved = NULL;

    ops_resolution_set_due_date (draft, "2000-01-01");
    g_assert_null (t_save_resolution (f->t->store, draft, ops_meeting_get_id (m), &error));
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
    g_clear_error (&error);
    ops_resolution_set_due_date (draft, NULL);
    draft_saved = t_save_resolution (f->t->store, draft, ops_meeting_get_id (m), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ops_resolution_get_position (draft_saved), ==, 1);
    g_assert_true (t_remove_resolution (f->t->store, ops_resolution_get_id (draft_saved), &error));
    g_assert_no_error (error);
  }
}

static void
test_minutes_host_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(OpsMeeting) m = add_meeting (f, "纪要会", ops_store_now () - 3 * HOUR);
  gint64 id = ops_meeting_get_id (m);
  g_autoptr(OpsMeeting) got = NULL;
  g_autoptr(GError) error = NULL;

  /* Only the note-taker or host write; empty minutes cannot be submitted. */
  as_user (f, f->other);
  g_assert_false (t_save_minutes (f->t->store, id, "别人写的", &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as_user (f, f->note_taker);
  g_assert_false (t_submit_minutes (f->t->store, id, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (t_save_minutes (f->t->store, id, "决议：目标500万元。", &error));
  g_assert_no_error (error);
  g_assert_true (t_submit_minutes (f->t->store, id, &error));
  g_assert_no_error (error);

  got = t_get_meeting (f->t->store, id, &error);
  g_assert_cmpint (ops_meeting_get_minutes_state (got), ==, OPS_MINUTES_SUBMITTED);
  g_assert_true (ops_meeting_get_flags (got) & OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW);
  g_assert_false (ops_meeting_get_flags (got) & OPS_MEETING_FLAG_MINUTES_LATE);

  /* Submitted minutes cannot be edited any more. */
  g_assert_false (t_save_minutes (f->t->store, id, "改", &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The note-taker, an attendee and even an administrator are refused;
   * the message names the host. */
  g_assert_false (t_approve_minutes (f->t->store, id, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "张伟"));
  g_clear_error (&error);
  as_user (f, f->member);
  g_assert_false (t_approve_minutes (f->t->store, id, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as_user (f, f->admin);
  g_assert_false (t_approve_minutes (f->t->store, id, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* The host returns them (a comment is required), the note-taker
   * resubmits, the host approves. */
  as_user (f, f->host);
  g_assert_false (t_return_minutes (f->t->store, id, "  ", &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (t_return_minutes (f->t->store, id, "请补充责任人", &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = t_get_meeting (f->t->store, id, &error);
  g_assert_cmpint (ops_meeting_get_minutes_state (got), ==, OPS_MINUTES_DRAFT);
  g_assert_cmpstr (ops_meeting_get_minutes_return_comment (got), ==, "请补充责任人");

  as_user (f, f->note_taker);
  g_assert_true (t_save_minutes (f->t->store, id, "决议：目标500万元，责任人刘洋。", &error));
  g_assert_true (t_submit_minutes (f->t->store, id, &error));
  g_assert_no_error (error);
  as_user (f, f->host);
  g_assert_true (t_approve_minutes (f->t->store, id, &error));
  g_assert_no_error (error);

  /* Distributed to the attendees by the note-taker; then archived. */
  as_user (f, f->note_taker);
  g_assert_true (t_distribute_minutes (f->t->store, id, &error));
  g_assert_no_error (error);
  g_assert_true (t_archive_meeting (f->t->store, id, &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = t_get_meeting (f->t->store, id, &error);
  g_assert_cmpint (ops_meeting_get_minutes_state (got), ==, OPS_MINUTES_DISTRIBUTED);
  g_assert_cmpint (ops_meeting_get_minutes_approved_at (got), >, 0);
  g_assert_cmpint (ops_meeting_get_minutes_distributed_at (got), >, 0);
  g_assert_nonnull (strstr (ops_meeting_get_minutes_distributed_to (got), "王总（客户）"));
  g_assert_cmpint (ops_meeting_get_archived_at (got), >, 0);
  {
    g_autofree char *name = ops_meeting_dup_archive_name (got);
    g_autofree char *expected = ops_meeting_archive_name (ops_meeting_get_starts_at (got), "纪要会");

    g_assert_cmpstr (name, ==, expected);
  }
  g_assert_cmpint (ops_meeting_get_flags (got), ==, OPS_MEETING_FLAG_NONE);

  /* An archived meeting does not change any more. */
  as_user (f, f->host);
  g_assert_null (t_save_meeting (f->t->store, got, OPS_SERIES_EDIT_THIS, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
}

static void
test_minutes_late (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OpsMeeting) late = add_meeting (f, "迟交纪要", ops_store_now () - 2 * DAY);
  g_autoptr(OpsMeeting) fresh = add_meeting (f, "刚开完", ops_store_now () - 2 * HOUR);
  OpsMeetingFilter filter = { NULL, 0, 0, OPS_MEETING_SCOPE_PAST, OPS_MEETING_STATE_MINUTES_PENDING, 0, 0 };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 late_id = ops_meeting_get_id (late);

  g_assert_true (ops_meeting_get_flags (late) & OPS_MEETING_FLAG_MINUTES_LATE);
  g_assert_false (ops_meeting_get_flags (fresh) & OPS_MEETING_FLAG_MINUTES_LATE);

  list = t_list_meetings (f->t->store, &filter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    /* Past: newest first. */
    g_autoptr(OpsMeeting) first = g_list_model_get_item (list, 0);

    g_assert_cmpstr (ops_meeting_get_topic (first), ==, "刚开完");
  }

  /* Submitting late keeps the flag. */
  as_user (f, f->note_taker);
  g_assert_true (t_save_minutes (f->t->store, ops_meeting_get_id (late), "晚了", &error));
  g_assert_true (t_submit_minutes (f->t->store, ops_meeting_get_id (late), &error));
  g_assert_no_error (error);
  g_clear_object (&late);
  late = t_get_meeting (f->t->store, late_id, &error);
  g_assert_no_error (error);
  g_assert_true (ops_meeting_get_flags (late) & OPS_MEETING_FLAG_MINUTES_LATE);

  /* Upcoming scope and search. */
  {
    OpsMeetingFilter upcoming = { "迟交", 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, 0, 0 };
    g_autoptr(GListModel) found = t_list_meetings (f->t->store, &upcoming, NULL, &error);
    guint total = 0;
    OpsMeetingFilter none = { NULL, 0, 0, OPS_MEETING_SCOPE_UPCOMING, OPS_MEETING_STATE_ANY, 0, 0 };
    g_autoptr(GListModel) empty = t_list_meetings (f->t->store, &none, &total, &error);

    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
    g_assert_cmpuint (total, ==, 0);
  }
}

static void
test_action_revisions (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *yesterday = date_from_today (-1);
  g_autofree char *today = date_from_today (0);
  g_autofree char *next_week = date_from_today (7);
  g_autofree char *later = date_from_today (10);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsActionItem) updated = NULL;
  g_autoptr(GListModel) revisions = NULL;
  gint64 meeting_id;
  gint64 item;
  sqlite3 *db;

  /* Held two days ago, due yesterday: overdue now. */
  item = add_action_item (f, 2 * DAY, yesterday, &meeting_id);
  as_user (f, f->member);
  {
    OpsActionItemFilter overdue = { NULL, 0, 0, OPS_ACTION_FILTER_OVERDUE, NULL, NULL };
    g_autoptr(GListModel) list = t_list_actions (f->t->store, &overdue, &error);
    g_autoptr(OpsActionItem) first = NULL;
    g_autoptr(OpsMeeting) m = t_get_meeting (f->t->store, meeting_id, &error);

    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    first = g_list_model_get_item (list, 0);
    g_assert_true (ops_action_item_get_overdue (first));
    g_assert_true (ops_meeting_get_flags (m) & OPS_MEETING_FLAG_ACTIONS_OVERDUE);
  }

  /* No reason, no date, a date not after today: all refused. */
  g_assert_null (t_update_action (f->t->store, item, OPS_ACTION_IN_PROGRESS, NULL, NULL, "进行中", &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "overdue"));
  g_clear_error (&error);
  g_assert_null (t_update_action (f->t->store, item, OPS_ACTION_IN_PROGRESS, next_week, NULL, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (t_update_action (f->t->store, item, OPS_ACTION_IN_PROGRESS, NULL, "客户推迟", NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (t_update_action (f->t->store, item, OPS_ACTION_DONE, today, "客户推迟", NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Someone who is neither owner, host nor note-taker is refused. */
  as_user (f, f->other);
  g_assert_null (t_update_action (f->t->store, item, OPS_ACTION_IN_PROGRESS, next_week, "x", NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Reason and a later date: accepted, recorded. */
  as_user (f, f->member);
  updated = t_update_action (f->t->store, item, OPS_ACTION_IN_PROGRESS, next_week, "客户推迟评审", "已约新时间", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_action_item_get_due_date (updated), ==, next_week);
  g_assert_cmpstr (ops_action_item_get_original_due_date (updated), ==, yesterday);
  g_assert_cmpstr (ops_action_item_get_last_reason (updated), ==, "客户推迟评审");
  g_assert_false (ops_action_item_get_overdue (updated));
  g_assert_true (ops_action_item_is_revised (updated));
  g_assert_cmpuint (ops_action_item_get_revision_count (updated), ==, 1);

  /* Not overdue any more: the host may close it with a note only. */
  as_user (f, f->host);
  g_clear_object (&updated);
  updated = t_update_action (f->t->store, item, OPS_ACTION_DONE, NULL, NULL, "完成", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_action_item_get_status (updated), ==, OPS_ACTION_DONE);
  g_assert_null (t_update_action (f->t->store, item, OPS_ACTION_DONE, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  revisions = t_list_revisions (f->t->store, item, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 2);
  {
    g_autoptr(OpsActionRevision) first = g_list_model_get_item (revisions, 0);
    g_autoptr(OpsActionRevision) second = g_list_model_get_item (revisions, 1);

    g_assert_cmpint (ops_action_revision_get_old_status (first), ==, OPS_ACTION_OPEN);
    g_assert_cmpint (ops_action_revision_get_new_status (first), ==, OPS_ACTION_IN_PROGRESS);
    g_assert_cmpstr (ops_action_revision_get_old_due_date (first), ==, yesterday);
    g_assert_cmpstr (ops_action_revision_get_new_due_date (first), ==, next_week);
    g_assert_cmpstr (ops_action_revision_get_reason (first), ==, "客户推迟评审");
    g_assert_cmpstr (ops_action_revision_get_by_name (first), ==, "刘洋");
    g_assert_cmpstr (ops_action_revision_get_by_name (second), ==, "张伟");
    g_assert_cmpstr (ops_action_revision_get_note (second), ==, "完成");
  }

  /* A due date moved without reason is refused even when not overdue. */
  g_assert_null (t_update_action (f->t->store, item, OPS_ACTION_OPEN, later, NULL, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The history is append-only: plain SQL through a second connection
   * cannot change or delete it. */
  db = t_sqlite_open (f->t->path);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE action_item_revisions SET reason = 'tampered'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (sqlite3_errmsg (db), "append-only"));
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM action_item_revisions", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (t_sqlite_int (db, "SELECT count(*) FROM action_item_revisions WHERE reason = 'tampered'"), ==, 0);
  g_assert_cmpint (t_sqlite_int (db, "SELECT count(*) FROM action_item_revisions"), ==, 2);
  /* A finalised resolution is frozen too. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE meeting_resolutions SET conclusion = 'x' WHERE finalised = 1",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

static void
test_retention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsMeeting) recent = add_meeting (f, "去年的会", ops_store_now () - 100 * DAY);
  g_autoptr(OpsMeeting) old = add_meeting (f, "很久以前", ops_store_now () - 3 * 366 * DAY);
  g_autoptr(OpsMeeting) planned = add_meeting (f, "取消的会", ops_store_now () + 10 * DAY);
  g_autofree char *until = ops_meeting_retention_until (ops_meeting_get_starts_at (recent), 1);
  g_autofree char *until5 = ops_meeting_retention_until (ops_meeting_get_starts_at (old), 5);

  g_assert_cmpstr (ops_meeting_get_retention_until (recent), ==, until);

  /* Before its retention date: refused, the message says until when. */
  as_user (f, f->host);
  g_assert_false (t_delete_meeting (f->t->store, ops_meeting_get_id (recent), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, until));
  g_clear_error (&error);

  /* A planned meeting may be cancelled; not by just anyone. */
  as_user (f, f->other);
  g_assert_false (t_delete_meeting (f->t->store, ops_meeting_get_id (planned), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as_user (f, f->host);
  g_assert_true (t_delete_meeting (f->t->store, ops_meeting_get_id (planned), &error));
  g_assert_no_error (error);

  /* The setting: never below one year, only administration or the GM. */
  g_assert_cmpuint (t_get_retention (f->t->store, &error), ==, 1);
  g_assert_false (t_set_retention (f->t->store, 5, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as_user (f, f->admin);
  g_assert_false (t_set_retention (f->t->store, 0, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "one year"));
  g_clear_error (&error);
  g_assert_true (t_set_retention (f->t->store, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (t_get_retention (f->t->store, &error), ==, 5);

  /* Lengthened to five years, the three-year-old meeting is kept. */
  as_user (f, f->host);
  g_assert_false (t_delete_meeting (f->t->store, ops_meeting_get_id (old), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, until5));
  g_clear_error (&error);

  /* Back to one year: past its date, it may go. */
  as_user (f, f->admin);
  g_assert_true (t_set_retention (f->t->store, 1, &error));
  as_user (f, f->host);
  g_assert_true (t_delete_meeting (f->t->store, ops_meeting_get_id (old), &error));
  g_assert_no_error (error);
  g_assert_null (t_get_meeting (f->t->store, ops_meeting_get_id (old), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
}

static void
test_my_work (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *yesterday = date_from_today (-1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) work = NULL;
  g_autoptr(OpsMeeting) ended = add_meeting (f, "要写纪要的会", ops_store_now () - 2 * DAY);
  g_autoptr(OpsMeeting) soon = add_meeting (f, "明天要开的会", ops_store_now () + 20 * HOUR);
  g_autoptr(OpsMeeting) review = add_meeting (f, "待审纪要", ops_store_now () - 5 * HOUR);
  gint64 item = add_action_item (f, 2 * DAY, yesterday, NULL);

  as_user (f, f->note_taker);
  g_assert_true (t_save_minutes (f->t->store, ops_meeting_get_id (review), "纪要", &error));
  g_assert_true (t_submit_minutes (f->t->store, ops_meeting_get_id (review), &error));
  g_assert_no_error (error);

  /* The note-taker: minutes to write, materials to send, a meeting. */
  work = t_my_work (f->t->store, &error);
  g_assert_no_error (error);
  g_assert_true (has_work (work, OPS_WORK_MINUTES_WRITE, "要写纪要的会"));
  g_assert_false (has_work (work, OPS_WORK_MINUTES_WRITE, "待审纪要"));
  g_assert_true (has_work (work, OPS_WORK_MATERIALS, "明天要开的会"));
  g_assert_true (has_work (work, OPS_WORK_MEETING, "明天要开的会"));
  g_assert_false (has_work (work, OPS_WORK_ACTION_ITEM, NULL));
  g_clear_object (&work);

  /* The host: minutes to review. */
  as_user (f, f->host);
  work = t_my_work (f->t->store, &error);
  g_assert_true (has_work (work, OPS_WORK_MINUTES_REVIEW, "待审纪要"));
  g_clear_object (&work);

  /* The owner: the overdue action item, most urgent first, opening it. */
  as_user (f, f->member);
  work = t_my_work (f->t->store, &error);
  g_assert_true (has_work (work, OPS_WORK_ACTION_ITEM, "按区域分解目标"));
  {
    g_autoptr(OpsWorkItem) first = g_list_model_get_item (work, 0);

    g_assert_cmpint (ops_work_item_get_kind (first), ==, OPS_WORK_ACTION_ITEM);
    g_assert_cmpint (ops_work_item_get_urgency (first), ==, OPS_WORK_OVERDUE);
    g_assert_cmpstr (ops_work_item_get_page (first), ==, "action-items");
    g_assert_cmpint (ops_work_item_get_record_id (first), ==, item);
  }
  g_clear_object (&work);

  /* Someone uninvolved has nothing from meetings. */
  as_user (f, f->other);
  work = t_my_work (f->t->store, &error);
  g_assert_false (has_work (work, OPS_WORK_MEETING, NULL));
  g_assert_false (has_work (work, OPS_WORK_ACTION_ITEM, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-meeting-record/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("resolutions", test_resolutions);
  ADD ("minutes-host-only", test_minutes_host_only);
  ADD ("minutes-late", test_minutes_late);
  ADD ("action-revisions", test_action_revisions);
  ADD ("retention", test_retention);
  ADD ("my-work", test_my_work);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-store-meetings.c: meetings in the store: saving and validation
 * (bad input keeps saved data), department members, series and "this and
 * following", materials copied into the files folder, sign-in with the
 * grace period, the reader, demo data and migrations from older versions.
 */

#include "config.h"

#include <locale.h>

#include "test-store-meetings-common.h"

/* Tests ---------------------------------------------------------------------- */

static void
test_save_and_get (Fixture       *f,
                   gconstpointer  data)
{
  gint64 starts = ops_store_now () + 3 * DAY;
  g_autoptr(OpsMeeting) saved = add_meeting (f, "  Q3销售目标分解 ", starts);
  g_autoptr(OpsMeeting) got = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsAgendaItem) first = NULL;
  g_autoptr(OpsAttendee) guest = NULL;
  const char * const *resources;

  g_assert_cmpint (ops_meeting_get_id (saved), >, 0);
  g_assert_true (t_changes_contain (f->t, "meetings"));

  got = t_get_meeting (f->t->store, ops_meeting_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_meeting_get_topic (got), ==, "Q3销售目标分解");
  g_assert_cmpstr (ops_meeting_get_host_name (got), ==, "张伟");
  g_assert_cmpstr (ops_meeting_get_note_taker_name (got), ==, "陈静");
  g_assert_cmpstr (ops_meeting_get_department_name (got), ==, "销售部");
  g_assert_cmpint (ops_meeting_get_starts_at (got), ==, starts);
  g_assert_cmpuint (ops_meeting_get_planned_minutes (got), ==, 60);
  g_assert_cmpuint (ops_meeting_get_agenda_minutes (got), ==, 60);
  g_assert_cmpuint (ops_meeting_get_attendee_count (got), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_attendees (got)), ==, 3);
  guest = g_list_model_get_item (ops_meeting_get_attendees (got), 2);
  g_assert_true (ops_attendee_get_guest (guest));
  g_assert_cmpstr (ops_attendee_get_name (guest), ==, "王总（客户）");
  first = g_list_model_get_item (ops_meeting_get_agenda (got), 0);
  g_assert_cmpstr (ops_agenda_item_get_title (first), ==, "上半年业绩回顾");
  g_assert_cmpstr (ops_agenda_item_get_presenter_name (first), ==, "刘洋");
  resources = ops_meeting_get_resources (got);
  g_assert_cmpuint (g_strv_length ((char **) resources), ==, 3);
  g_assert_cmpstr (resources[2], ==, "白板");
  g_assert_cmpint (ops_meeting_get_minutes_state (got), ==, OPS_MINUTES_NONE);
  g_assert_cmpint (ops_meeting_get_flags (got), ==, OPS_MEETING_FLAG_NONE);

  /* An update keeps the attendees' rows (and so their sign-in). */
  {
    gint64 member_row = attendee_id_of (got, f->member);
    g_autoptr(OpsMeeting) updated = NULL;

    as_user (f, f->note_taker);
    ops_meeting_set_goal (got, "确定Q3目标");
    ops_meeting_set_ends_at (got, starts + 2 * HOUR);
    updated = t_save_meeting (f->t->store, got, OPS_SERIES_EDIT_THIS, &error);
    g_assert_no_error (error);
    g_assert_cmpint (attendee_id_of (updated, f->member), ==, member_row);
    g_assert_cmpstr (ops_meeting_get_goal (updated), ==, "确定Q3目标");
    g_assert_true (ops_meeting_get_flags (updated) & OPS_MEETING_FLAG_LONG);
  }

  /* Someone else may not change it. */
  {
    as_user (f, f->other);
    g_assert_null (t_save_meeting (f->t->store, got, OPS_SERIES_EDIT_THIS, &error));
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  }
}

static void
assert_invalid_keeps (Fixture     *f,
                      OpsMeeting  *bad,
                      gint64       id,
                      const char  *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsMeeting) after = NULL;

  g_assert_null (t_save_meeting (f->t->store, bad, OPS_SERIES_EDIT_THIS, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  if (field != NULL)
    g_assert_nonnull (strstr (error->message, field));
  g_clear_error (&error);

  after = t_get_meeting (f->t->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_meeting_get_topic (after), ==, "原主题");
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_agenda (after)), ==, 2);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  gint64 starts = ops_store_now () + DAY;
  g_autoptr(OpsMeeting) saved = add_meeting (f, "原主题", starts);
  gint64 id = ops_meeting_get_id (saved);
  g_autoptr(GString) long_topic = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  as_user (f, f->host);

  {
    g_autoptr(OpsMeeting) bad = ops_meeting_copy (saved);

    ops_meeting_set_topic (bad, "   ");
    assert_invalid_keeps (f, bad, id, "Topic");
  }
  {
    g_autoptr(OpsMeeting) bad = ops_meeting_copy (saved);

    ops_meeting_set_ends_at (bad, starts - 60);
    assert_invalid_keeps (f, bad, id, "before it starts");
  }
  {
    g_autoptr(OpsMeeting) bad = ops_meeting_copy (saved);

    for (guint i = 0; i < 201; i++)
      g_string_append (long_topic, "议");
    ops_meeting_set_topic (bad, long_topic->str);
    assert_invalid_keeps (f, bad, id, "Topic");
  }
  {
    g_autoptr(OpsMeeting) bad = ops_meeting_copy (saved);

    ops_meeting_set_topic (bad, "bad \xff\xfe utf-8");
    assert_invalid_keeps (f, bad, id, NULL);
  }
  {
    g_autoptr(OpsMeeting) bad = ops_meeting_copy (saved);

    ops_meeting_set_place_kind (bad, OPS_PLACE_ONLINE);
    ops_meeting_set_place (bad, "not a link");
    assert_invalid_keeps (f, bad, id, "https://");
  }
  {
    g_autoptr(OpsMeeting) bad = ops_meeting_copy (saved);
    g_autoptr(GListStore) agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);
    g_autoptr(OpsAgendaItem) item = ops_agenda_item_new_full ("太长", 0, 601);

    g_list_store_append (agenda, item);
    ops_meeting_set_agenda (bad, G_LIST_MODEL (agenda));
    assert_invalid_keeps (f, bad, id, "600");
  }
  {
    g_autoptr(OpsMeeting) bad = ops_meeting_copy (saved);

    ops_meeting_set_host_id (bad, 0);
    assert_invalid_keeps (f, bad, id, "Host");
  }

  /* Nobody chosen: refused. */
  as_user (f, 0);
  {
    g_autoptr(OpsMeeting) fresh = new_meeting (f, "新会议", starts);

    g_assert_null (t_save_meeting (f->t->store, fresh, OPS_SERIES_EDIT_THIS, &error));
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
    g_clear_error (&error);
  }

  /* The database refuses what the store would never write: NUL in a topic,
   * ends before starts, an unknown minutes state. */
  db = t_sqlite_open (f->t->path);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE meetings SET topic = 'a' || char(0) || 'b'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE meetings SET ends_at = starts_at - 1", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE meetings SET minutes_state = 'lost'", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (t_sqlite_int (db, "SELECT count(*) FROM meetings WHERE topic = '原主题'"), ==, 1);
  sqlite3_close (db);
}

static void
test_department_members (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) members = t_department_members (f->t->store, f->sales, &error);
  g_autoptr(OpsMeeting) m = NULL;
  g_autoptr(OpsMeeting) saved = NULL;
  g_autoptr(GListStore) attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  g_autoptr(OpsAttendee) guest = ops_attendee_new_guest ("外部顾问");

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 3);

  /* The editor adds each member; a member twice is one attendee. */
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < g_list_model_get_n_items (members); i++)
      {
        g_autoptr(OpsPerson) p = g_list_model_get_item (members, i);
        g_autoptr(OpsAttendee) a = ops_attendee_new_person (ops_person_get_id (p), ops_person_get_name (p));

        g_list_store_append (attendees, a);
      }
  g_list_store_append (attendees, guest);

  m = new_meeting (f, "销售部全体会", ops_store_now () + DAY);
  ops_meeting_set_attendees (m, G_LIST_MODEL (attendees));
  saved = t_save_meeting (f->t->store, m, OPS_SERIES_EDIT_THIS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_attendees (saved)), ==, 4);
  attendee_id_of (saved, f->host);
  attendee_id_of (saved, f->note_taker);
  attendee_id_of (saved, f->member);

  /* The list by department finds it through its attendees too. */
  {
    OpsMeetingFilter filter = { NULL, 0, f->sales, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, 0, 0 };
    g_autoptr(GListModel) list = t_list_meetings (f->t->store, &filter, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  }

  g_assert_null (t_department_members (f->t->store, 0, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
}

static void
test_series (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) first = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                      g_date_time_get_day_of_month (day), 9, 30, 0);
  g_autoptr(OpsMeeting) m = new_meeting (f, "销售部周例会", g_date_time_to_unix (first));
  g_autoptr(GListModel) created = NULL;
  g_autoptr(OpsMeeting) third = NULL;
  g_autoptr(OpsMeeting) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 series_id;

  created = t_create_series (f->t->store, m, OPS_RECUR_WEEKLY, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (created), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(OpsMeeting) occurrence = g_list_model_get_item (created, i);
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (occurrence));

      g_assert_cmpint (ops_meeting_get_series_id (occurrence), >, 0);
      g_assert_cmpint (g_date_time_get_hour (start), ==, 9);
      g_assert_cmpint (g_date_time_get_minute (start), ==, 30);
      g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_attendees (occurrence)), ==, 3);
    }
  third = g_list_model_get_item (created, 2);
  series_id = ops_meeting_get_series_id (third);

  /* This and following: the third moves to 14:00 for 90 minutes, and so do
   * the fourth and fifth; the first two stay. */
  {
    g_autoptr(GDateTime) old_start = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (third));
    g_autoptr(GDateTime) new_start = g_date_time_new_local (g_date_time_get_year (old_start),
                                                            g_date_time_get_month (old_start),
                                                            g_date_time_get_day_of_month (old_start), 14, 0, 0);

    ops_meeting_set_topic (third, "销售部周例会（下午）");
    ops_meeting_set_starts_at (third, g_date_time_to_unix (new_start));
    ops_meeting_set_ends_at (third, g_date_time_to_unix (new_start) + 90 * 60);
    edited = t_save_meeting (f->t->store, third, OPS_SERIES_EDIT_FOLLOWING, &error);
    g_assert_no_error (error);
  }

  {
    OpsMeetingFilter filter = { NULL, 0, 0, OPS_MEETING_SCOPE_UPCOMING, OPS_MEETING_STATE_ANY, series_id, 0 };
    g_autoptr(GListModel) list = t_list_meetings (f->t->store, &filter, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
    for (guint i = 0; i < 5; i++)
      {
        g_autoptr(OpsMeeting) occurrence = g_list_model_get_item (list, i);
        g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (occurrence));

        if (i < 2)
          {
            g_assert_cmpstr (ops_meeting_get_topic (occurrence), ==, "销售部周例会");
            g_assert_cmpint (g_date_time_get_hour (start), ==, 9);
            g_assert_cmpuint (ops_meeting_get_planned_minutes (occurrence), ==, 60);
          }
        else
          {
            g_assert_cmpstr (ops_meeting_get_topic (occurrence), ==, "销售部周例会（下午）");
            g_assert_cmpint (g_date_time_get_hour (start), ==, 14);
            g_assert_cmpuint (ops_meeting_get_planned_minutes (occurrence), ==, 90);
          }
        if (i > 0)
          {
            g_autoptr(OpsMeeting) previous = g_list_model_get_item (list, i - 1);
            g_autoptr(GDateTime) previous_start =
              g_date_time_new_from_unix_local (ops_meeting_get_starts_at (previous));

            /* Still one a week, on the same weekday. */
            g_assert_cmpint (g_date_time_get_day_of_week (start), ==,
                             g_date_time_get_day_of_week (previous_start));
          }
      }
  }

  /* The reader gives the whole series with its rule (calendar export). */
  {
    g_autoptr(OpsStoreReader) reader = ops_store_reader_new (f->t->store, &error);
    g_autoptr(OpsMeetingSeries) rule = NULL;
    g_autoptr(GPtrArray) occurrences = NULL;

    g_assert_no_error (error);
    occurrences = ops_store_reader_get_series (reader, series_id, &rule, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (occurrences->len, ==, 5);
    g_assert_cmpint (rule->freq, ==, OPS_RECUR_WEEKLY);
    g_assert_cmpuint (rule->interval, ==, 1);
    g_assert_cmpuint (rule->count, ==, 5);
    g_assert_null (rule->until);
    g_assert_null (ops_store_reader_get_series (reader, series_id + 100, NULL, &error));
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* A series needs a limit and a frequency. */
  {
    g_autoptr(OpsMeeting) again = new_meeting (f, "无限", g_date_time_to_unix (first));

    g_assert_null (t_create_series (f->t->store, again, OPS_RECUR_WEEKLY, 0, &error));
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_null (t_create_series (f->t->store, again, OPS_RECUR_NONE, 3, &error));
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  }
}

static void
test_materials (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(OpsMeeting) m = add_meeting (f, "资料会", ops_store_now () + 5 * DAY);
  g_autoptr(GError) error = NULL;
  g_autofree char *source_path = g_build_filename (f->t->dir, "业绩报表.xlsx", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(OpsMaterial) material = NULL;
  g_autoptr(OpsMaterial) link = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *files_dir = ops_store_dup_files_dir (f->t->store);
  g_autoptr(OpsMeeting) got = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/nothing.pdf");
  const char bytes[] = "PK\x03\x04 binary \x00\x01\x02 content";
  gsize length;

  g_assert_true (g_file_set_contents (source_path, bytes, sizeof bytes, &error));
  g_assert_no_error (error);

  as_user (f, f->note_taker);
  material = t_add_material_file (f->t->store, ops_meeting_get_id (m), source, "上半年业绩报表", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_material_get_title (material), ==, "上半年业绩报表");
  g_assert_cmpstr (ops_material_get_original_name (material), ==, "业绩报表.xlsx");
  g_assert_false (ops_material_is_link (material));
  copy_path = ops_store_dup_material_path (f->t->store, material);
  g_assert_true (g_str_has_prefix (copy_path, files_dir));
  g_assert_true (g_file_get_contents (copy_path, &copied, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (copied, length, bytes, sizeof bytes);

  link = t_add_material_link (f->t->store, ops_meeting_get_id (m), "竞品分析报告",
                              "https://intranet.example.com/report.pdf", &error);
  g_assert_no_error (error);
  g_assert_true (ops_material_is_link (link));
  g_assert_null (ops_store_dup_material_path (f->t->store, link));

  g_assert_null (t_add_material_link (f->t->store, ops_meeting_get_id (m), "坏链接", "no link", &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (t_add_material_file (f->t->store, ops_meeting_get_id (m), missing, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  got = t_get_meeting (f->t->store, ops_meeting_get_id (m), &error);
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_materials (got)), ==, 2);

  /* Someone else may not add or remove. */
  as_user (f, f->other);
  g_assert_false (t_remove_material (f->t->store, ops_material_get_id (material), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_EXISTS));

  /* Removing a planned meeting's material deletes the stored copy. */
  as_user (f, f->host);
  g_assert_true (t_remove_material (f->t->store, ops_material_get_id (material), &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));

  /* Sending the materials clears the "at risk" flag of a meeting within 24 h. */
  {
    g_autoptr(OpsMeeting) soon = add_meeting (f, "明天的会", ops_store_now () + 20 * HOUR);
    g_autoptr(OpsMeeting) after = NULL;

    g_assert_true (ops_meeting_get_flags (soon) & OPS_MEETING_FLAG_MATERIALS_AT_RISK);
    g_assert_true (t_materials_sent (f->t->store, ops_meeting_get_id (soon), NULL, &error));
    g_assert_no_error (error);
    after = t_get_meeting (f->t->store, ops_meeting_get_id (soon), &error);
    g_assert_false (ops_meeting_get_flags (after) & OPS_MEETING_FLAG_MATERIALS_AT_RISK);
    g_assert_cmpint (ops_meeting_get_materials_sent_at (after), >, 0);
    g_assert_nonnull (strstr (ops_meeting_get_materials_sent_to (after), "刘洋"));
  }
}

static void
test_sign_in (Fixture       *f,
              gconstpointer  data)
{
  gint64 starts = ops_store_now () - 30 * 60;
  g_autoptr(OpsMeeting) m = add_meeting (f, "签到会", starts);
  g_autoptr(OpsMeeting) got = NULL;
  g_autoptr(GError) error = NULL;
  gint64 host_row = attendee_id_of (m, f->host);
  gint64 member_row = attendee_id_of (m, f->member);
  g_autoptr(OpsAttendee) host = NULL;
  g_autoptr(OpsAttendee) member = NULL;

  as_user (f, f->note_taker);
  /* start + 5:00 is on time; + 5:01 is late even when "present" is asked. */
  g_assert_true (t_set_attendance (f->t->store, host_row, OPS_ATTENDANCE_PRESENT, starts + 5 * 60, &error));
  g_assert_no_error (error);
  g_assert_true (t_set_attendance (f->t->store, member_row, OPS_ATTENDANCE_PRESENT, starts + 5 * 60 + 1, &error));
  g_assert_no_error (error);

  got = t_get_meeting (f->t->store, ops_meeting_get_id (m), &error);
  host = g_list_model_get_item (ops_meeting_get_attendees (got), 0);
  member = g_list_model_get_item (ops_meeting_get_attendees (got), 1);
  g_assert_cmpint (ops_attendee_get_attendance (host), ==, OPS_ATTENDANCE_PRESENT);
  g_assert_cmpint (ops_attendee_get_checked_in_at (host), ==, starts + 5 * 60);
  g_assert_cmpint (ops_attendee_get_attendance (member), ==, OPS_ATTENDANCE_LATE);
  g_assert_cmpuint (ops_meeting_get_present_count (got), ==, 1);
  g_assert_cmpuint (ops_meeting_get_late_count (got), ==, 1);

  /* Absent clears the time. */
  g_assert_true (t_set_attendance (f->t->store, member_row, OPS_ATTENDANCE_ABSENT, 0, &error));
  g_clear_object (&got);
  got = t_get_meeting (f->t->store, ops_meeting_get_id (m), &error);
  g_assert_cmpuint (ops_meeting_get_absent_count (got), ==, 1);

  /* A check-in days away from the meeting is refused; so is another user. */
  g_assert_false (t_set_attendance (f->t->store, host_row, OPS_ATTENDANCE_PRESENT, starts + 5 * DAY, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  as_user (f, f->member);
  g_assert_false (t_set_attendance (f->t->store, host_row, OPS_ATTENDANCE_ABSENT, 0, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
}

static gboolean
collect_meeting (OpsMeeting *meeting,
                 gpointer    user_data)
{
  g_ptr_array_add (user_data, g_object_ref (meeting));
  return TRUE;
}

static void
test_reader (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OpsMeeting) a = add_meeting (f, "读者一", ops_store_now () - 10 * DAY);
  g_autoptr(OpsMeeting) b = add_meeting (f, "读者二", ops_store_now () + 10 * DAY);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(OpsMeeting) got = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = ops_meeting_local_date (ops_meeting_get_starts_at (a));
  g_autofree char *to = ops_meeting_local_date (ops_meeting_get_starts_at (b));
  gint64 with_item;

  add_action_item (f, 2 * DAY, "2099-01-01", &with_item);

  reader = ops_store_reader_new (f->t->store, &error);
  g_assert_no_error (error);
  g_assert_true (ops_store_reader_foreach_meeting (reader, from, to, collect_meeting, found, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_cmpstr (ops_meeting_get_topic (g_ptr_array_index (found, 0)), ==, "读者一");
  g_assert_cmpstr (ops_meeting_get_topic (g_ptr_array_index (found, 2)), ==, "读者二");
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_agenda (g_ptr_array_index (found, 0))), ==, 2);

  /* Only the first day. */
  g_ptr_array_set_size (found, 0);
  g_assert_true (ops_store_reader_foreach_meeting (reader, from, from, collect_meeting, found, NULL, &error));
  g_assert_cmpuint (found->len, ==, 1);

  g_assert_false (ops_store_reader_foreach_meeting (reader, "2023-02-30", NULL, collect_meeting, found, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  got = ops_store_reader_get_meeting (reader, with_item, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_action_items (got)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_resolutions (got)), ==, 1);
  g_assert_null (ops_store_reader_get_meeting (reader, 9999, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
}

/* Tests without the fixture -------------------------------------------------- */

/* A person named in a meeting can be deactivated but not deleted, and the
 * refusal says where they are named. */
static void
test_person_in_use (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(OpsMeeting) m = add_meeting (f, "年度预算评审", g_get_real_time () / G_USEC_PER_SEC + DAY);
  g_autoptr(GError) error = NULL;

  as_user (f, f->admin);
  g_assert_false (t_delete_person (f->t->store, f->note_taker, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "note-taker of the meeting “年度预算评审”"));
  g_assert_nonnull (strstr (error->message, "Deactivate the person instead"));
  g_clear_error (&error);

  /* Someone named nowhere can go. */
  g_assert_true (t_delete_person (f->t->store, f->other, &error));
  g_assert_no_error (error);
}

static void
test_demo (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_DEMO);
  g_autoptr(GError) error = NULL;
  OpsMeetingFilter q3_filter = { "Q3销售目标分解", 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ARCHIVED, 0, 0 };
  OpsMeetingFilter all = { NULL, 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, 0, 0 };
  g_autoptr(GListModel) q3_list = t_list_meetings (t->store, &q3_filter, NULL, &error);
  g_autoptr(GListModel) list = t_list_meetings (t->store, &all, NULL, &error);
  g_autoptr(OpsMeeting) q3_row = NULL;
  g_autoptr(OpsMeeting) q3 = NULL;
  g_autoptr(GListModel) people = NULL;
  OpsMeetingFlags seen = OPS_MEETING_FLAG_NONE;
  gboolean series = FALSE;
  OpsPersonFilter xu_li = { "徐丽", 0, FALSE };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (q3_list), ==, 1);
  q3_row = g_list_model_get_item (q3_list, 0);
  q3 = t_get_meeting (t->store, ops_meeting_get_id (q3_row), &error);
  g_assert_no_error (error);
  {
    g_autofree char *agenda = ops_meeting_dup_agenda_text (q3, ";");
    g_autofree char *materials = ops_meeting_dup_material_titles (q3, "、");
    g_autofree char *name = ops_meeting_dup_archive_name (q3);
    g_autoptr(OpsResolution) first = g_list_model_get_item (ops_meeting_get_resolutions (q3), 0);

    g_assert_cmpstr (agenda, ==, "1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论");
    g_assert_cmpstr (materials, ==, "上半年业绩报表、竞品分析报告");
    g_assert_cmpstr (name, ==, "2023-09-Q3销售目标分解");
    g_assert_cmpstr (ops_meeting_get_place (q3), ==, "301会议室");
    g_assert_cmpuint (ops_meeting_get_planned_minutes (q3), ==, 90);
    g_assert_cmpint (ops_meeting_get_minutes_state (q3), ==, OPS_MINUTES_DISTRIBUTED);
    g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_resolutions (q3)), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (ops_meeting_get_action_items (q3)), ==, 2);
    g_assert_cmpstr (ops_resolution_get_due_date (first), ==, "2023-09-05");
    g_assert_true (ops_resolution_get_finalised (first));
  }

  /* Every flag appears somewhere, and a series exists. */
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OpsMeeting) m = g_list_model_get_item (list, i);

      seen |= ops_meeting_get_flags (m);
      series |= ops_meeting_get_series_id (m) != 0;
    }
  g_assert_cmpint (seen, ==, OPS_MEETING_FLAG_MATERIALS_AT_RISK | OPS_MEETING_FLAG_LONG |
                             OPS_MEETING_FLAG_MINUTES_LATE | OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW |
                             OPS_MEETING_FLAG_ACTIONS_OVERDUE);
  g_assert_true (series);

  /* The administration person has work in My Work. */
  people = t_list_people (t->store, &xu_li, OPS_RANGE_ALL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  {
    g_autoptr(OpsPerson) person = g_list_model_get_item (people, 0);
    g_autoptr(GListModel) work = NULL;

    ops_store_set_current_user (t->store, ops_person_get_id (person));
    work = t_my_work (t->store, &error);
    g_assert_no_error (error);
    g_assert_true (has_work (work, OPS_WORK_MINUTES_WRITE, NULL));
    g_assert_true (has_work (work, OPS_WORK_MATERIALS, NULL));
    g_assert_true (has_work (work, OPS_WORK_ACTION_ITEM, NULL));
  }

  /* Overdue, due this week, done. */
  {
    OpsActionItemFilter overdue = { NULL, 0, 0, OPS_ACTION_FILTER_OVERDUE, NULL, NULL };
    OpsActionItemFilter done = { NULL, 0, 0, OPS_ACTION_FILTER_DONE, NULL, NULL };
    g_autoptr(GListModel) overdue_items = t_list_actions (t->store, &overdue, &error);
    g_autoptr(GListModel) done_items = t_list_actions (t->store, &done, &error);
    gboolean revised = FALSE;

    g_assert_cmpuint (g_list_model_get_n_items (overdue_items), >=, 2);
    g_assert_cmpuint (g_list_model_get_n_items (done_items), >=, 3);
    for (guint i = 0; i < g_list_model_get_n_items (overdue_items); i++)
      {
        g_autoptr(OpsActionItem) item = g_list_model_get_item (overdue_items, i);

        revised |= ops_action_item_is_revised (item) && *ops_action_item_get_last_reason (item) != '\0';
      }
    g_assert_true (revised);
  }

  t_store_free (t);
}

static void
test_migrate (void)
{
  for (guint from = 0; from <= 2; from++)
    {
      TStore *t = t_store_new (FALSE, OPS_STORE_OPEN_NONE);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) people = NULL;
      g_autoptr(GListModel) meetings = NULL;
      OpsMeetingFilter all = { NULL, 0, 0, OPS_MEETING_SCOPE_ALL, OPS_MEETING_STATE_ANY, 0, 0 };

      if (from > 0)
        {
          sqlite3 *db;

          g_assert_true (ops_store_migrate_file_for_testing (t->path, from, &error));
          g_assert_no_error (error);
          db = t_sqlite_open (t->path);
          g_assert_cmpint (sqlite3_exec (db,
                                         "INSERT INTO people (name, created, updated) VALUES ('老员工', 0, 0);",
                                         NULL, NULL, NULL), ==, SQLITE_OK);
          sqlite3_close (db);
        }

      t_open (t, OPS_STORE_OPEN_NONE);
      g_assert_cmpuint (ops_store_get_initial_version (t->store), ==, from);
      people = t_list_people (t->store, NULL, OPS_RANGE_ALL, NULL, &error);
      g_assert_cmpuint (g_list_model_get_n_items (people), ==, from > 0 ? 1 : 0);
      meetings = t_list_meetings (t->store, &all, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);

      /* The new tables take meetings; the person view still answers. */
      if (from > 0)
        {
          Fixture f = { t, 0, 0, 0, 0, 0, 0 };
          g_autoptr(OpsPerson) old = g_list_model_get_item (people, 0);
          g_autoptr(OpsMeeting) m = NULL;
          g_autoptr(OpsPerson) read_back = NULL;

          f.admin = ops_person_get_id (old);
          f.host = f.admin;
          f.note_taker = f.admin;
          f.member = f.admin;
          ops_store_set_current_user (t->store, f.admin);
          m = add_meeting (&f, "迁移后的会", ops_store_now () + DAY);
          g_assert_cmpint (ops_meeting_get_id (m), >, 0);
          read_back = t_get_person (t->store, f.admin, &error);
          g_assert_true (ops_person_get_referenced (read_back));
          g_assert_false (t_delete_person (t->store, f.admin, &error));
          g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
          g_assert_nonnull (strstr (error->message, "迁移后的会"));
        }

      t_close (t);
      g_assert_cmpint (t_file_int (t->path, "PRAGMA user_version"), ==, OPS_STORE_SCHEMA_VERSION);
      t_store_free (t);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-meetings/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("save-and-get", test_save_and_get);
  ADD ("bad-input", test_bad_input);
  ADD ("department-members", test_department_members);
  ADD ("series", test_series);
  ADD ("materials", test_materials);
  ADD ("sign-in", test_sign_in);
  ADD ("reader", test_reader);
  ADD ("person-in-use", test_person_in_use);
#undef ADD
  g_test_add_func ("/store-meetings/demo", test_demo);
  g_test_add_func ("/store-meetings/migrate", test_migrate);

  return g_test_run ();
}

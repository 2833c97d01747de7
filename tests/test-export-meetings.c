/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-export-meetings.c: the meetings' exports — the meeting notice
 * (会议通知表), the minutes form (会议纪要), the action-item tracking table
 * and the calendar file (.ics) — written from records built here and from
 * the demo database through the runner, then read back by independent
 * readers: tests/xlsx-check.py (openpyxl, cell by cell with types) and
 * tests/ics-check.py (a strict RFC 5545 reader, python3-icalendar and
 * python3-dateutil's RRULE expansion).
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "export/ops-export-templates.h"
#include "export/ops-ics.h"
#include "export/ops-sheet.h"
#include "store/ops-store.h"
#include "store/ops-store-reader.h"
#include "ui/ops-export-runner.h"

#include "test-export-common.h"

static void
set_zh_locale (void)
{
  g_autofree char *mo = g_build_filename (g_getenv ("OPSDESK_LOCALEDIR"), "zh_CN", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  /* Built by meson from po/zh_CN.po. */
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (setlocale (LC_ALL, "zh_CN.UTF-8"));
}

/* Local times of this test (TZ=Asia/Shanghai, UTC+8, no DST). */
static gint64
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

/* Records ---------------------------------------------------------------- */

/* The directory of the records below: 销售部 has three active members and
 * one who left; 总经办 has 王总 and an assistant who does not attend. */
enum {
  ID_WANG = 1,     /* 王总, 总经办, wang@example.com */
  ID_ZHANG = 2,    /* 张三, 销售部, zhang@example.com */
  ID_LI = 3,       /* 李四, 销售部, no e-mail */
  ID_WANGWU = 4,   /* 王五, 销售部, wangwu@example.com */
  ID_SECRETARY = 5,/* 李秘书, 行政部, no e-mail */
  ID_LEFT = 6,     /* 赵六, 销售部, inactive */
  ID_ASSISTANT = 8,/* 周助理, 总经办 */
};

static OpsPerson *
make_person (gint64      id,
             const char *name,
             const char *department,
             const char *email,
             gboolean    active)
{
  OpsPerson *person = ops_person_new ();

  ops_person_set_id (person, id);
  ops_person_set_name (person, name);
  ops_person_set_department_name (person, department);
  ops_person_set_email (person, email);
  ops_person_set_active (person, active);
  return person;
}

static OpsExportDirectory *
make_directory (void)
{
  OpsExportDirectory *directory = ops_export_directory_new ();
  OpsPerson *people[] = {
    make_person (ID_WANG, "王总", "总经办", "wang@example.com", TRUE),
    make_person (ID_ZHANG, "张三", "销售部", "zhang@example.com", TRUE),
    make_person (ID_LI, "李四", "销售部", "", TRUE),
    make_person (ID_WANGWU, "王五", "销售部", "wangwu@example.com", TRUE),
    make_person (ID_SECRETARY, "李秘书", "行政部", "", TRUE),
    make_person (ID_LEFT, "赵六", "销售部", "zhao@example.com", FALSE),
    make_person (ID_ASSISTANT, "周助理", "总经办", "zhou@example.com", TRUE),
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (people); i++)
    {
      ops_export_directory_add_person (directory, people[i]);
      g_object_unref (people[i]);
    }

  return directory;
}

static OpsAttendee *
make_attendee (gint64         person_id,
               const char    *name,
               const char    *department,
               OpsAttendance  attendance,
               gint64         checked_in_at)
{
  OpsAttendee *attendee = person_id != 0 ? ops_attendee_new_person (person_id, name)
                                         : ops_attendee_new_guest (name);

  ops_attendee_set_department_name (attendee, department);
  ops_attendee_set_attendance (attendee, attendance);
  ops_attendee_set_checked_in_at (attendee, checked_in_at);
  return attendee;
}

static void
set_children (OpsMeeting *meeting,
              GListStore *attendees,
              GListStore *agenda,
              GListStore *materials,
              GListStore *resolutions,
              GListStore *items)
{
  if (attendees != NULL)
    ops_meeting_set_attendees (meeting, G_LIST_MODEL (attendees));
  if (agenda != NULL)
    ops_meeting_set_agenda (meeting, G_LIST_MODEL (agenda));
  if (materials != NULL)
    ops_meeting_set_materials (meeting, G_LIST_MODEL (materials));
  if (resolutions != NULL)
    ops_meeting_set_resolutions (meeting, G_LIST_MODEL (resolutions));
  if (items != NULL)
    ops_meeting_set_action_items (meeting, G_LIST_MODEL (items));
}

static OpsMaterial *
make_material (const char *title,
               const char *file_name,
               const char *uri)
{
  OpsMaterial *material = ops_material_new ();

  ops_material_set_title (material, title);
  ops_material_set_file_name (material, file_name);
  ops_material_set_uri (material, uri);
  return material;
}

static OpsResolution *
make_resolution (guint       position,
                 const char *conclusion,
                 gint64      owner_id,
                 const char *owner_name,
                 const char *due)
{
  OpsResolution *resolution = ops_resolution_new ();

  ops_resolution_set_position (resolution, position);
  ops_resolution_set_conclusion (resolution, conclusion);
  ops_resolution_set_owner_id (resolution, owner_id);
  ops_resolution_set_owner_name (resolution, owner_name);
  ops_resolution_set_due_date (resolution, due);
  ops_resolution_set_finalised (resolution, due != NULL);
  return resolution;
}

static OpsActionItem *
make_action_item (gint64           id,
                  const char      *topic,
                  gint64           meeting_starts_at,
                  const char      *owner,
                  const char      *content,
                  const char      *due,
                  const char      *original_due,
                  OpsActionStatus  status,
                  gboolean         overdue,
                  const char      *reason,
                  guint            revisions,
                  gint64           updated_at)
{
  OpsActionItem *item = ops_action_item_new ();

  ops_action_item_set_id (item, id);
  ops_action_item_set_meeting_topic (item, topic);
  ops_action_item_set_meeting_starts_at (item, meeting_starts_at);
  ops_action_item_set_owner_name (item, owner);
  ops_action_item_set_content (item, content);
  ops_action_item_set_due_date (item, due);
  ops_action_item_set_original_due_date (item, original_due);
  ops_action_item_set_status (item, status);
  ops_action_item_set_overdue (item, overdue);
  ops_action_item_set_last_reason (item, reason);
  ops_action_item_set_revision_count (item, revisions);
  ops_action_item_set_updated_at (item, updated_at);
  return item;
}

#define SEED_TOPIC "Q3销售目标分解"
#define SEED_GOAL "把Q3销售目标分解到各区域，明确资源需求；会后各区域负责人按区域提交分解方案，市场部提交线上广告投放方案，财务部评估预算。"
#define SEED_RESOLUTION_1 "Q3销售目标500万元，按区域分解"
#define SEED_RESOLUTION_2 "市场部增加10万元线上广告投放，提交方案"
#define SEED_MINUTES "会议确认了Q3销售目标，并讨论了资源需求。"

/* The seed's Q3 meeting (SPEC §6), 2023-09-01 14:00–15:30, with sign-in,
 * resolutions, action items and distributed minutes. */
static OpsMeeting *
make_seed_meeting (void)
{
  OpsMeeting *meeting = ops_meeting_new ();
  g_autoptr(GListStore) attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  g_autoptr(GListStore) agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);
  g_autoptr(GListStore) materials = g_list_store_new (OPS_TYPE_MATERIAL);
  g_autoptr(GListStore) resolutions = g_list_store_new (OPS_TYPE_RESOLUTION);
  g_autoptr(GListStore) items = g_list_store_new (OPS_TYPE_ACTION_ITEM);
  gint64 starts = local_time (2023, 9, 1, 14, 0);
  g_autoptr(OpsAttendee) a1 = make_attendee (ID_ZHANG, "张三", "销售部", OPS_ATTENDANCE_PRESENT, local_time (2023, 9, 1, 13, 58));
  g_autoptr(OpsAttendee) a2 = make_attendee (ID_LI, "李四", "销售部", OPS_ATTENDANCE_LATE, local_time (2023, 9, 1, 14, 7));
  g_autoptr(OpsAttendee) a3 = make_attendee (ID_WANGWU, "王五", "销售部", OPS_ATTENDANCE_ABSENT, 0);
  g_autoptr(OpsAttendee) a4 = make_attendee (ID_WANG, "王总", "总经办", OPS_ATTENDANCE_PRESENT, local_time (2023, 9, 1, 14, 0));
  g_autoptr(OpsAgendaItem) i1 = ops_agenda_item_new_full ("上半年业绩回顾", ID_ZHANG, 20);
  g_autoptr(OpsAgendaItem) i2 = ops_agenda_item_new_full ("Q3目标分解", ID_WANG, 40);
  g_autoptr(OpsAgendaItem) i3 = ops_agenda_item_new_full ("资源需求讨论", 0, 30);
  g_autoptr(OpsMaterial) m1 = make_material ("上半年业绩报表", "meetings/7/1-report.xlsx", NULL);
  g_autoptr(OpsMaterial) m2 = make_material ("竞品分析报告", NULL, "https://files.example.com/competitors.pdf");
  g_autoptr(OpsResolution) r1 = make_resolution (0, SEED_RESOLUTION_1, ID_ZHANG, "张三", "2023-09-05");
  g_autoptr(OpsResolution) r2 = make_resolution (1, SEED_RESOLUTION_2, ID_LI, "李四", "2023-09-10");
  g_autoptr(OpsActionItem) t1 = make_action_item (11, SEED_TOPIC, starts, "张三", SEED_RESOLUTION_1, "2023-09-05",
                                                  "2023-09-05", OPS_ACTION_DONE, FALSE, "", 1, starts);
  g_autoptr(OpsActionItem) t2 = make_action_item (12, SEED_TOPIC, starts, "李四", SEED_RESOLUTION_2, "2023-09-10",
                                                  "2023-09-10", OPS_ACTION_OPEN, FALSE, "", 0, starts);

  ops_agenda_item_set_presenter_name (i1, "张三");
  ops_agenda_item_set_presenter_name (i2, "王总");

  ops_meeting_set_id (meeting, 7);
  ops_meeting_set_topic (meeting, SEED_TOPIC);
  ops_meeting_set_goal (meeting, SEED_GOAL);
  ops_meeting_set_host_id (meeting, ID_WANG);
  ops_meeting_set_host_name (meeting, "王总");
  ops_meeting_set_note_taker_id (meeting, ID_SECRETARY);
  ops_meeting_set_note_taker_name (meeting, "李秘书");
  ops_meeting_set_starts_at (meeting, starts);
  ops_meeting_set_ends_at (meeting, local_time (2023, 9, 1, 15, 30));
  ops_meeting_set_place_kind (meeting, OPS_PLACE_ROOM);
  ops_meeting_set_place (meeting, "301会议室");
  ops_meeting_set_minutes_state (meeting, OPS_MINUTES_DISTRIBUTED);
  ops_meeting_set_minutes_text (meeting, SEED_MINUTES);
  ops_meeting_set_minutes_submitted_at (meeting, local_time (2023, 9, 1, 18, 0));
  ops_meeting_set_minutes_approved_at (meeting, local_time (2023, 9, 2, 9, 0));
  ops_meeting_set_minutes_distributed_at (meeting, local_time (2023, 9, 2, 10, 0));
  ops_meeting_set_minutes_distributed_to (meeting, "张三、李四、王五、王总");
  ops_meeting_set_retention_until (meeting, "2024-09-01");

  g_list_store_append (attendees, a1);
  g_list_store_append (attendees, a2);
  g_list_store_append (attendees, a3);
  g_list_store_append (attendees, a4);
  g_list_store_append (agenda, i1);
  g_list_store_append (agenda, i2);
  g_list_store_append (agenda, i3);
  g_list_store_append (materials, m1);
  g_list_store_append (materials, m2);
  g_list_store_append (resolutions, r1);
  g_list_store_append (resolutions, r2);
  g_list_store_append (items, t1);
  g_list_store_append (items, t2);
  set_children (meeting, attendees, agenda, materials, resolutions, items);
  return meeting;
}

#define ODD_TOPIC "=HYPERLINK(\"http://x\";\"y\"), +1 \\ plan"
#define ODD_URL "https://meet.example.com/abc?x=1,y=2;z"

/* An online meeting with text a spreadsheet would run as a formula, a
 * guest, part of 销售部 only, no agenda and no materials. */
static OpsMeeting *
make_odd_meeting (void)
{
  OpsMeeting *meeting = ops_meeting_new ();
  g_autoptr(GListStore) attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  g_autoptr(OpsAttendee) a1 = make_attendee (ID_ZHANG, "张三", "销售部", OPS_ATTENDANCE_UNKNOWN, 0);
  g_autoptr(OpsAttendee) a2 = make_attendee (0, "Dr. Smith, PhD", NULL, OPS_ATTENDANCE_UNKNOWN, 0);
  g_autoptr(OpsAttendee) a3 = make_attendee (ID_SECRETARY, "李秘书", "行政部", OPS_ATTENDANCE_UNKNOWN, 0);

  ops_meeting_set_id (meeting, 9);
  ops_meeting_set_topic (meeting, ODD_TOPIC);
  ops_meeting_set_goal (meeting, "-decide; agree, \\ then\nsecond line");
  ops_meeting_set_host_id (meeting, ID_SECRETARY);
  ops_meeting_set_host_name (meeting, "李秘书");
  ops_meeting_set_note_taker_id (meeting, ID_SECRETARY);
  ops_meeting_set_note_taker_name (meeting, "李秘书");
  ops_meeting_set_starts_at (meeting, local_time (2023, 9, 5, 10, 0));
  ops_meeting_set_ends_at (meeting, local_time (2023, 9, 5, 11, 0));
  ops_meeting_set_place_kind (meeting, OPS_PLACE_ONLINE);
  ops_meeting_set_place (meeting, ODD_URL);
  ops_meeting_set_software_tested (meeting, TRUE);

  g_list_store_append (attendees, a1);
  g_list_store_append (attendees, a2);
  g_list_store_append (attendees, a3);
  set_children (meeting, attendees, NULL, NULL, NULL, NULL);
  return meeting;
}

/* The meeting notice (会议通知表) ----------------------------------------- */

static void
write_notice (const char  *path,
              GPtrArray   *meetings,
              const char  *from,
              const char  *to)
{
  g_autoptr(OpsExportDirectory) directory = make_directory ();
  g_autoptr(GError) error = NULL;
  OpsSheet *sheet;
  guint i;

  sheet = ops_export_meeting_notice_begin (path, from, to, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  for (i = 0; i < meetings->len; i++)
    {
      ops_export_meeting_notice_row (sheet, g_ptr_array_index (meetings, i), directory, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (ops_sheet_get_n_rows (sheet), ==, meetings->len);
  ops_sheet_finish (sheet, &error);
  g_assert_no_error (error);
}

static GPtrArray *
make_notice_meetings (void)
{
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (meetings, make_seed_meeting ());
  g_ptr_array_add (meetings, make_odd_meeting ());
  return meetings;
}

static void
test_notice_records (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notice.xlsx", NULL);
  g_autoptr(GPtrArray) meetings = make_notice_meetings ();
  g_autoptr(Expect) e = expect_new ("Meeting Notices");
  g_autofree char *listing = NULL;
  const char *title = "Meeting Notices — 2023-09-01 to 2023-09-30";
  const char *headers[] = { "Topic", "Time", "Place / Online", "Attendees", "Agenda", "Materials" };
  guint i;

  set_c_locale ();
  write_notice (path, meetings, "2023-09-01", "2023-09-30");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "notice.xlsx");

  expect_s (e, 0, 0, title);
  for (i = 1; i < G_N_ELEMENTS (headers); i++)
    expect_blank (e, 0, i);
  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    expect_s (e, 1, i, headers[i]);

  /* The seed row: the whole of 销售部 attends (the member who left does
   * not count), 总经办 only in part. */
  expect_s (e, 2, 0, SEED_TOPIC);
  expect_d (e, 2, 1, "2023-09-01T14:00:00");
  expect_s (e, 2, 2, "301会议室");
  expect_s (e, 2, 3, "All of 销售部, 王总");
  expect_s (e, 2, 4, "1. 上半年业绩回顾; 2. Q3目标分解; 3. 资源需求讨论");
  expect_s (e, 2, 5, "上半年业绩报表, 竞品分析报告");

  /* Formula-looking text stays text; part of 销售部 is listed by name. */
  expect_s (e, 3, 0, ODD_TOPIC);
  expect_d (e, 3, 1, "2023-09-05T10:00:00");
  expect_s (e, 3, 2, "Online: " ODD_URL);
  expect_s (e, 3, 3, "张三, Dr. Smith, PhD, 李秘书");
  expect_blank (e, 3, 4);
  expect_blank (e, 3, 5);

  expect_sheet_layout (e, title, G_N_ELEMENTS (headers), 2);
  expect_fact (e, "formats", "{\"B3\": \"yyyy-mm-dd hh:mm\", \"B4\": \"yyyy-mm-dd hh:mm\"}");
  expect_fact (e, "wrapped", "[\"D3\", \"E3\", \"F3\"]");
  /* Agenda: 3 CJK titles and numbering, wider than Materials. */
  expect_fact (e, "wider", "[[\"E\", \"F\"]]");
  expect_fact (e, "properties",
               "{\"title\": \"Meeting Notices — 2023-09-01 to 2023-09-30\", \"creator\": \"Opsdesk\", "
               "\"subject\": \"Meeting Notices\"}");
  expect_check (e, path);
  remove_tree (dir);
}

/* In Chinese the headers are exactly SPEC §6's and the seed row reads as
 * in the seed: 销售部全体、王总 · 1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论 ·
 * 上半年业绩报表、竞品分析报告. */
static void
test_notice_zh (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notice.xlsx", NULL);
  g_autoptr(GPtrArray) meetings = make_notice_meetings ();
  g_autoptr(Expect) e = expect_new ("会议通知表");
  const char *headers[] = { "会议主题", "时间", "地点/线上", "参会人员", "议程", "材料清单" };
  guint i;

  set_zh_locale ();
  write_notice (path, meetings, "2023-09-01", "2023-09-30");

  e->complete = FALSE;
  expect_s (e, 0, 0, "会议通知表 — 2023-09-01 至 2023-09-30");
  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    expect_s (e, 1, i, headers[i]);
  expect_s (e, 2, 0, SEED_TOPIC);
  expect_d (e, 2, 1, "2023-09-01T14:00:00");
  expect_s (e, 2, 2, "301会议室");
  expect_s (e, 2, 3, "销售部全体、王总");
  expect_s (e, 2, 4, "1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论");
  expect_s (e, 2, 5, "上半年业绩报表、竞品分析报告");
  expect_s (e, 3, 2, "线上：" ODD_URL);
  expect_s (e, 3, 3, "张三、Dr. Smith, PhD、李秘书");
  expect_check (e, path);

  set_c_locale ();
  remove_tree (dir);
}

/* No meetings in the range: a valid sheet with its headers. */
static void
test_notice_empty (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notice.xlsx", NULL);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(Expect) e = expect_new ("Meeting Notices");

  set_c_locale ();
  write_notice (path, meetings, NULL, "2023-09-30");
  expect_s (e, 0, 0, "Meeting Notices — until 2023-09-30");
  expect_s (e, 1, 0, "Topic");
  expect_s (e, 1, 5, "Materials");
  e->complete = FALSE;
  expect_sheet_layout (e, "Meeting Notices — until 2023-09-30", 6, 0);
  expect_check (e, path);
  remove_tree (dir);
}

/* The minutes (会议纪要) --------------------------------------------------- */

static const char *minutes_merged =
  "[\"A1:F1\", \"B2:F2\", \"B3:F3\", \"B4:F4\", \"B5:C5\", \"E5:F5\", \"B6:F6\", \"B7:F7\", "
  "\"B8:F8\", \"B9:F9\", \"A10:F10\", \"B11:E11\", \"B12:E12\", \"B13:E13\", \"B14:C14\", "
  "\"E14:F14\", \"B15:C15\", \"E15:F15\", \"B16:F16\", \"B17:C17\", \"E17:F17\"]";

/* The labels of the form, English or Chinese. */
typedef struct {
  const char *topic, *time, *place, *host, *note_taker, *attendees, *agenda, *resolutions,
             *notes, *action_items, *owner, *content, *due, *state, *submitted, *approved,
             *distributed, *distributed_to, *archive, *kept_until;
} MinutesLabels;

static const MinutesLabels minutes_en = {
  "Topic", "Meeting Time", "Place", "Host", "Note-taker", "Attendees", "Agenda", "Resolutions",
  "Notes", "Action Items", "Owner", "Content", "Due Date", "Minutes State", "Submitted", "Approved",
  "Distributed", "Distributed To", "Archive Name", "Kept Until",
};

/* SPEC §6 fixes 会议时间, 参会人员, 决议事项, 待办任务, 责任人, 内容, 完成时间. */
static const MinutesLabels minutes_zh = {
  "会议主题", "会议时间", "地点", "主持人", "记录人", "参会人员", "议程", "决议事项",
  "会议记录", "待办任务", "责任人", "内容", "完成时间", "纪要状态", "提交时间", "批准时间",
  "分发时间", "分发对象", "归档名称", "保存至",
};

static void
expect_minutes_labels (Expect              *e,
                       const MinutesLabels *l)
{
  expect_s (e, 1, 0, l->topic);
  expect_s (e, 2, 0, l->time);
  expect_s (e, 3, 0, l->place);
  expect_s (e, 4, 0, l->host);
  expect_s (e, 4, 3, l->note_taker);
  expect_s (e, 5, 0, l->attendees);
  expect_s (e, 6, 0, l->agenda);
  expect_s (e, 7, 0, l->resolutions);
  expect_s (e, 8, 0, l->notes);
  expect_s (e, 9, 0, l->action_items);
  expect_s (e, 10, 0, l->owner);
  expect_s (e, 10, 1, l->content);
  expect_s (e, 10, 5, l->due);
  expect_s (e, 13, 0, l->state);
  expect_s (e, 13, 3, l->submitted);
  expect_s (e, 14, 0, l->approved);
  expect_s (e, 14, 3, l->distributed);
  expect_s (e, 15, 0, l->distributed_to);
  expect_s (e, 16, 0, l->archive);
  expect_s (e, 16, 3, l->kept_until);
}

/* The values of the seed meeting's form that read the same in every
 * language. */
static void
expect_minutes_values (Expect *e)
{
  expect_s (e, 1, 1, SEED_TOPIC);
  expect_s (e, 2, 1, "2023-09-01 14:00-15:30");
  expect_s (e, 3, 1, "301会议室");
  expect_s (e, 4, 1, "王总");
  expect_s (e, 4, 4, "李秘书");
  expect_s (e, 8, 1, SEED_MINUTES);
  expect_s (e, 11, 0, "张三");
  expect_s (e, 11, 1, SEED_RESOLUTION_1);
  expect_d (e, 11, 5, "2023-09-05");
  expect_s (e, 12, 0, "李四");
  expect_s (e, 12, 1, SEED_RESOLUTION_2);
  expect_d (e, 12, 5, "2023-09-10");
  expect_d (e, 13, 4, "2023-09-01T18:00:00");
  expect_d (e, 14, 1, "2023-09-02T09:00:00");
  expect_d (e, 14, 4, "2023-09-02T10:00:00");
  expect_s (e, 15, 1, "张三、李四、王五、王总");
  expect_s (e, 16, 1, "2023-09-" SEED_TOPIC);
  expect_d (e, 16, 4, "2024-09-01");
}

static void
write_minutes (const char *path,
               OpsMeeting *meeting)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ops_export_meeting_minutes_write (path, meeting, NULL, &error));
  g_assert_no_error (error);
}

static void
expect_minutes_form (Expect     *e,
                     const char *title)
{
  expect_fact_string (e, "title", title);
  expect_fact (e, "merged", minutes_merged);
  expect_fact (e, "freeze", "null");
  expect_fact (e, "autofilter", "null");
  expect_fact (e, "n_columns", "6");
  expect_fact (e, "max_row", "17");
  /* One record, one page: portrait, fit to 1 × 1. */
  expect_fact (e, "landscape", "false");
  expect_fact (e, "paper", "9");
  expect_fact (e, "fit_to_width", "1");
  expect_fact (e, "fit_to_height", "1");
  expect_fact (e, "has_created", "true");
  expect_fact (e, "widths", "{\"A\": [12, 13], \"B\": [14, 15], \"D\": [12, 13], \"F\": [14, 15]}");
  expect_fact (e, "formats", "{\"F12\": \"yyyy-mm-dd\", \"E14\": \"yyyy-mm-dd hh:mm\", "
                             "\"B15\": \"yyyy-mm-dd hh:mm\", \"E17\": \"yyyy-mm-dd\"}");
  expect_fact (e, "wrapped", "[\"B6\", \"B8\", \"B9\"]");
  /* The attendees take two lines, the resolutions two: their rows grow. */
  expect_fact (e, "row_heights_min", "{\"6\": 36, \"8\": 36, \"2\": 20}");
}

/* In English; under de_DE too (a decimal comma must not reach the file's
 * numbers: dates, row heights, widths). */
static void
check_minutes_records (const char *locale)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.xlsx", NULL);
  g_autoptr(OpsMeeting) meeting = make_seed_meeting ();
  g_autoptr(Expect) e = expect_new ("Meeting Minutes");
  const char *title = "Meeting Minutes — " SEED_TOPIC;
  g_autofree char *listing = NULL;

  g_assert_nonnull (setlocale (LC_ALL, locale));
  write_minutes (path, meeting);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "minutes.xlsx");

  expect_s (e, 0, 0, title);
  expect_minutes_labels (e, &minutes_en);
  expect_minutes_values (e);
  expect_s (e, 5, 1, "张三, 李四 (late 14:07), 王五 (absent), 王总\n"
                     "Expected 4: 2 present, 1 late, 1 absent");
  expect_s (e, 6, 1, "1. 上半年业绩回顾; 2. Q3目标分解; 3. 资源需求讨论");
  expect_s (e, 7, 1, "1. " SEED_RESOLUTION_1 "\n2. " SEED_RESOLUTION_2);
  expect_s (e, 13, 1, "Distributed");
  expect_minutes_form (e, title);
  expect_fact (e, "properties",
               "{\"title\": \"Meeting Minutes — " SEED_TOPIC "\", \"creator\": \"Opsdesk\", "
               "\"subject\": \"Meeting Minutes\"}");
  expect_check (e, path);
  set_c_locale ();
  remove_tree (dir);
}

static void
test_minutes_records (void)
{
  check_minutes_records ("C.UTF-8");
}

static void
test_minutes_de (void)
{
  check_minutes_records ("de_DE.UTF-8");
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  set_c_locale ();
}

static void
test_minutes_zh (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.xlsx", NULL);
  g_autoptr(OpsMeeting) meeting = make_seed_meeting ();
  g_autoptr(Expect) e = expect_new ("会议纪要");
  const char *title = "会议纪要 — " SEED_TOPIC;

  set_zh_locale ();
  write_minutes (path, meeting);

  expect_s (e, 0, 0, title);
  expect_minutes_labels (e, &minutes_zh);
  expect_minutes_values (e);
  expect_s (e, 5, 1, "张三、李四（迟到 14:07）、王五（缺席）、王总\n"
                     "应到 4 人：出席 2 人，迟到 1 人，缺席 1 人");
  expect_s (e, 6, 1, "1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论");
  expect_s (e, 7, 1, "1." SEED_RESOLUTION_1 "\n2." SEED_RESOLUTION_2);
  /* The state's label is the one the rest of the app shows. */
  expect_s (e, 13, 1, ops_minutes_state_to_label (OPS_MINUTES_DISTRIBUTED));
  expect_minutes_form (e, title);
  expect_check (e, path);

  set_c_locale ();
  remove_tree (dir);
}

/* A meeting with nothing decided yet: the table says so, blanks stay
 * bordered blanks, and formula-looking text stays text. */
static void
test_minutes_empty (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.xlsx", NULL);
  g_autoptr(OpsMeeting) meeting = make_odd_meeting ();
  g_autoptr(Expect) e = expect_new ("Meeting Minutes");
  g_autoptr(GString) notes = g_string_new (NULL);
  const char *title = "Meeting Minutes — " ODD_TOPIC;
  guint i;

  /* Minutes of 300 lines: the row grows to Excel's tallest, 409 points. */
  for (i = 1; i <= 300; i++)
    g_string_append_printf (notes, "%s第%u行", i > 1 ? "\n" : "", i);
  ops_meeting_set_minutes_text (meeting, notes->str);

  set_c_locale ();
  write_minutes (path, meeting);

  e->complete = FALSE;
  expect_s (e, 0, 0, title);
  expect_s (e, 1, 1, ODD_TOPIC);
  expect_s (e, 2, 1, "2023-09-05 10:00-11:00");
  expect_s (e, 3, 1, "Online: " ODD_URL);
  expect_s (e, 5, 1, "张三, Dr. Smith, PhD, 李秘书\nExpected 3: 0 present, 0 late, 0 absent");
  expect_blank (e, 6, 1);
  expect_blank (e, 7, 1);
  expect_s (e, 8, 1, notes->str);
  expect_fact (e, "row_heights_min", "{\"9\": 409}");
  expect_fact (e, "row_heights_max", "{\"9\": 409}");
  expect_s (e, 9, 0, "Action Items");
  expect_s (e, 11, 0, "No action items: no resolution has been finalised.");
  expect_s (e, 12, 0, "Minutes State");
  expect_s (e, 12, 1, "No minutes yet");
  expect_blank (e, 12, 4);
  /* The archive name replaces what a file name can't hold. */
  expect_s (e, 15, 1, "2023-09-=HYPERLINK(-http---x-;-y-), +1 - plan");
  expect_check (e, path);
  remove_tree (dir);
}

/* Text a spreadsheet can't store: a message that names the cell by its
 * label and column and says what to do, and no file. */
static void
test_minutes_bad_text (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.xlsx", NULL);
  g_autoptr(OpsMeeting) meeting = make_seed_meeting ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  set_c_locale ();
  ops_meeting_set_minutes_text (meeting, "caf\xc3 \xff");
  g_assert_false (ops_export_meeting_minutes_write (path, meeting, NULL, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT);
  g_assert_nonnull (strstr (error->message, "Row 9 (“Notes”), column “B”"));
  g_assert_nonnull (strstr (error->message, "export again"));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  remove_tree (dir);
}

/* Action-item tracking (进度表) ------------------------------------------- */

static GPtrArray *
make_action_items (void)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 starts = local_time (2023, 9, 1, 14, 0);

  /* Overdue, revised once with a reason. */
  g_ptr_array_add (items, make_action_item (11, SEED_TOPIC, starts, "张三", SEED_RESOLUTION_1,
                                            "2023-09-20", "2023-09-05", OPS_ACTION_IN_PROGRESS, TRUE,
                                            "区域数据延迟", 1, local_time (2023, 9, 6, 9, 30)));
  g_ptr_array_add (items, make_action_item (12, SEED_TOPIC, starts, "李四", SEED_RESOLUTION_2,
                                            "2023-09-10", "2023-09-10", OPS_ACTION_DONE, FALSE,
                                            "", 2, local_time (2023, 9, 9, 17, 0)));
  /* Its meeting was deleted after retention; text that looks like a formula. */
  g_ptr_array_add (items, make_action_item (13, NULL, 0, "@owner", "=1+2; -3 +4",
                                            "2030-01-31", "2030-01-31", OPS_ACTION_OPEN, FALSE,
                                            NULL, 0, 0));
  return items;
}

static void
write_action_items (const char *path,
                    GPtrArray  *items)
{
  g_autoptr(GError) error = NULL;
  OpsSheet *sheet;
  guint i;

  sheet = ops_export_action_items_begin (path, NULL, NULL, &error);
  g_assert_no_error (error);
  for (i = 0; i < items->len; i++)
    {
      ops_export_action_items_row (sheet, g_ptr_array_index (items, i), &error);
      g_assert_no_error (error);
    }
  ops_sheet_finish (sheet, &error);
  g_assert_no_error (error);
}

static void
test_action_items_records (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "actions.xlsx", NULL);
  g_autoptr(GPtrArray) items = make_action_items ();
  g_autoptr(Expect) e = expect_new ("Action Item Tracking");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *title = g_strdup_printf ("Action Item Tracking — %s", today);
  const char *headers[] = { "Meeting", "Meeting Date", "Owner", "Content", "Due Date",
                            "Original Due Date", "Status", "Reason for Delay", "Revisions", "Updated" };
  guint i;

  set_c_locale ();
  write_action_items (path, items);

  expect_s (e, 0, 0, title);
  for (i = 1; i < G_N_ELEMENTS (headers); i++)
    expect_blank (e, 0, i);
  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    expect_s (e, 1, i, headers[i]);

  expect_s (e, 2, 0, SEED_TOPIC);
  expect_d (e, 2, 1, "2023-09-01");
  expect_s (e, 2, 2, "张三");
  expect_s (e, 2, 3, SEED_RESOLUTION_1);
  expect_d (e, 2, 4, "2023-09-20");
  expect_d (e, 2, 5, "2023-09-05");
  expect_s (e, 2, 6, "Overdue");
  expect_s (e, 2, 7, "区域数据延迟");
  expect_n (e, 2, 8, 1);
  expect_d (e, 2, 9, "2023-09-06T09:30:00");

  expect_s (e, 3, 0, SEED_TOPIC);
  expect_d (e, 3, 1, "2023-09-01");
  expect_s (e, 3, 2, "李四");
  expect_s (e, 3, 3, SEED_RESOLUTION_2);
  expect_d (e, 3, 4, "2023-09-10");
  expect_d (e, 3, 5, "2023-09-10");
  expect_s (e, 3, 6, "Done");
  expect_blank (e, 3, 7);
  expect_n (e, 3, 8, 2);
  expect_d (e, 3, 9, "2023-09-09T17:00:00");

  expect_blank (e, 4, 0);
  expect_blank (e, 4, 1);
  expect_s (e, 4, 2, "@owner");
  expect_s (e, 4, 3, "=1+2; -3 +4");
  expect_d (e, 4, 4, "2030-01-31");
  expect_d (e, 4, 5, "2030-01-31");
  expect_s (e, 4, 6, "Not started");
  expect_blank (e, 4, 7);
  expect_n (e, 4, 8, 0);
  expect_blank (e, 4, 9);

  expect_sheet_layout (e, title, G_N_ELEMENTS (headers), 3);
  expect_fact (e, "marked", "[\"G3\"]");
  expect_fact (e, "unmarked", "[\"G4\", \"G5\", \"F3\"]");
  expect_fact (e, "formats", "{\"B3\": \"yyyy-mm-dd\", \"E3\": \"yyyy-mm-dd\", \"I3\": \"0\", "
                             "\"J3\": \"yyyy-mm-dd hh:mm\"}");
  expect_check (e, path);
  remove_tree (dir);
}

static void
test_action_items_zh (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "actions.xlsx", NULL);
  g_autoptr(GPtrArray) items = make_action_items ();
  g_autoptr(Expect) e = expect_new ("待办任务进度表");
  const char *headers[] = { "会议", "会议日期", "责任人", "内容", "完成时间", "原定完成时间",
                            "状态", "逾期原因", "修订次数", "更新时间" };
  guint i;

  set_zh_locale ();
  write_action_items (path, items);

  e->complete = FALSE;
  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    expect_s (e, 1, i, headers[i]);
  expect_s (e, 2, 6, "逾期");
  expect_fact (e, "marked", "[\"G3\"]");
  expect_check (e, path);

  set_c_locale ();
  remove_tree (dir);
}

/* Calendar files (.ics) -------------------------------------------------- */

static void
test_ics_escape (void)
{
  g_autofree char *plain = ops_ics_escape_text ("Q3销售目标分解");
  g_autofree char *special = ops_ics_escape_text ("a;b,c\\d\ne\r\nf\rg\x01h\tj");
  g_autofree char *empty = ops_ics_escape_text (NULL);
  g_autofree char *utc = ops_ics_format_utc (local_time (2023, 9, 1, 14, 0));

  g_assert_cmpstr (plain, ==, "Q3销售目标分解");
  g_assert_cmpstr (special, ==, "a\\;b\\,c\\\\d\\ne\\nf\\ngh\tj");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (utc, ==, "20230901T060000Z");
}

/* Folding: no physical line over 75 octets, continuations begin with one
 * space, no UTF-8 character is split, and unfolding gives the line back. */
static void
check_fold (const char *line)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) unfolded = g_string_new (NULL);
  g_auto(GStrv) physical = NULL;
  guint i;

  ops_ics_append_line (out, line);
  g_assert_true (g_str_has_suffix (out->str, "\r\n"));
  g_string_truncate (out, out->len - 2);
  physical = g_strsplit (out->str, "\r\n", -1);

  for (i = 0; physical[i] != NULL; i++)
    {
      const char *part = physical[i];

      g_assert_cmpuint (strlen (part), <=, 75);
      g_assert_true (g_utf8_validate (part, -1, NULL));
      g_assert_null (strchr (part, '\n'));
      if (i > 0)
        {
          g_assert_true (part[0] == ' ');
          /* Folded as late as a character allows. */
          g_assert_cmpuint (strlen (physical[i - 1]), >=, (i == 1 ? 75u : 74u) - 3);
          part++;
        }
      g_string_append (unfolded, part);
    }

  g_assert_cmpstr (unfolded->str, ==, line);
}

static void
test_ics_fold (void)
{
  g_autoptr(GString) cjk = g_string_new ("DESCRIPTION:");
  g_autoptr(GString) mixed = g_string_new ("X:");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *ascii = g_strnfill (200, 'a');
  guint i;

  for (i = 0; i < 60; i++)
    g_string_append (cjk, "销");
  for (i = 0; i < 40; i++)
    g_string_append (mixed, i % 3 == 0 ? "😀" : "a中");

  check_fold ("SUMMARY:short");
  check_fold (ascii);
  check_fold (cjk->str);
  check_fold (mixed->str);

  /* Exactly 75 octets stay one line; 76 fold. */
  ops_ics_append_line (out, ascii + 125);
  g_assert_cmpstr (out->str + 75, ==, "\r\n");
  g_string_truncate (out, 0);
  ops_ics_append_line (out, ascii + 124);
  g_assert_cmpuint (out->len, ==, 76 + 2 + 1 + 2);
}

/* Expected occurrences, as JSON for ics-check.py. */
typedef struct {
  GString *events;
  GString *rules;
  guint    n_vevents;
} IcsExpect;

static IcsExpect *
ics_expect_new (guint n_vevents)
{
  IcsExpect *e = g_new0 (IcsExpect, 1);

  e->events = g_string_new (NULL);
  e->rules = g_string_new (NULL);
  e->n_vevents = n_vevents;
  return e;
}

static void
ics_expect_free (IcsExpect *e)
{
  g_string_free (e->events, TRUE);
  g_string_free (e->rules, TRUE);
  g_free (e);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IcsExpect, ics_expect_free)

static void
json_pair (GString    *out,
           const char *key,
           const char *value)
{
  json_string (out, key);
  g_string_append (out, ": ");
  if (value == NULL)
    g_string_append (out, "null");
  else
    json_string (out, value);
}

/* One occurrence of @meeting with @uid; @extra: more JSON members (may be
 * NULL), e.g. "\"organizer\": [...]". */
static void
ics_expect_event (IcsExpect  *e,
                  const char *uid,
                  OpsMeeting *meeting,
                  const char *extra)
{
  g_autofree char *start = ops_ics_format_utc (ops_meeting_get_starts_at (meeting));
  g_autofree char *end = ops_ics_format_utc (ops_meeting_get_ends_at (meeting));
  gboolean online = ops_meeting_get_place_kind (meeting) == OPS_PLACE_ONLINE;

  if (e->events->len > 0)
    g_string_append (e->events, ",\n");
  g_string_append (e->events, "{");
  json_pair (e->events, "uid", uid);
  g_string_append (e->events, ", ");
  json_pair (e->events, "start", start);
  g_string_append (e->events, ", ");
  json_pair (e->events, "end", end);
  g_string_append (e->events, ", ");
  json_pair (e->events, "summary", ops_meeting_get_topic (meeting));
  g_string_append (e->events, ", ");
  json_pair (e->events, "location", ops_meeting_get_place (meeting));
  g_string_append (e->events, ", ");
  json_pair (e->events, "url", online ? ops_meeting_get_place (meeting) : NULL);
  if (extra != NULL)
    g_string_append_printf (e->events, ", %s", extra);
  g_string_append (e->events, "}");
}

static void
ics_expect_rule (IcsExpect  *e,
                 const char *uid,
                 const char *json)
{
  if (e->rules->len > 0)
    g_string_append (e->rules, ",\n");
  json_string (e->rules, uid);
  g_string_append_printf (e->rules, ": %s", json);
}

static void
ics_expect_check (IcsExpect  *e,
                  const char *ics)
{
  g_autofree char *dir = g_path_get_dirname (ics);
  g_autofree char *json_path = g_build_filename (dir, "expected-ics.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *argv[] = { OPSDESK_PYTHON, OPSDESK_ICS_CHECK, ics, json_path, NULL };

  json = g_strdup_printf ("{\n\"method\": \"PUBLISH\",\n\"n_vevents\": %u,\n\"events\": [\n%s\n],\n"
                          "\"rules\": {\n%s\n}\n}\n",
                          e->n_vevents, e->events->str, e->rules->str);
  g_file_set_contents (json_path, json, -1, &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("ics-check.py %s:\n%s%s", ics, out, err);
      g_printerr ("%s", err);
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (json_path);
}

#define TEST_DB_UID "0123456789abcdef0123456789abcdef"

static void
write_ics (const char             *path,
           GPtrArray              *meetings,
           const OpsIcsRecurrence *recurrence)
{
  g_autoptr(OpsExportDirectory) directory = make_directory ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ops_ics_write_meetings (path, meetings, recurrence, directory, TEST_DB_UID,
                                         NULL, &error));
  g_assert_no_error (error);
}

/* The seed meeting and the odd one as two events: attendees with e-mail as
 * ATTENDEE, the others named in DESCRIPTION; escaping of ; , \ and line
 * breaks; an online meeting's link as LOCATION and URL. */
static void
test_ics_single (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "meetings.ics", NULL);
  g_autoptr(GPtrArray) meetings = make_notice_meetings ();
  g_autoptr(IcsExpect) e = ics_expect_new (2);
  g_autofree char *contents = NULL;

  set_c_locale ();
  write_ics (path, meetings, NULL);

  ics_expect_event (e, "7-" TEST_DB_UID "@opsdesk", g_ptr_array_index (meetings, 0),
                    "\"organizer\": [\"mailto:wang@example.com\", \"王总\"], "
                    "\"attendees\": [[\"mailto:zhang@example.com\", \"张三\"], "
                    "[\"mailto:wangwu@example.com\", \"王五\"], [\"mailto:wang@example.com\", \"王总\"]], "
                    "\"description_contains\": [\"Goal: " SEED_GOAL "\", \"Host: 王总\", "
                    "\"Note-taker: 李秘书\", \"1. 上半年业绩回顾 — 张三, 20 min\", "
                    "\"3. 资源需求讨论 — 30 min\", \"Attendees: All of 销售部, 王总\", "
                    "\"Materials: 上半年业绩报表, 竞品分析报告\"]");
  /* Nobody of the odd meeting has an e-mail address but 张三. */
  ics_expect_event (e, "9-" TEST_DB_UID "@opsdesk", g_ptr_array_index (meetings, 1),
                    "\"organizer\": null, "
                    "\"attendees\": [[\"mailto:zhang@example.com\", \"张三\"]], "
                    "\"description_contains\": [\"Goal: -decide; agree, \\\\ then\\nsecond line\", "
                    "\"Attendees: 张三, Dr. Smith, PhD, 李秘书\"], "
                    "\"description_lacks\": [\"Agenda\", \"Materials\"]");
  ics_expect_check (e, path);

  /* The raw text, as a calendar program reads it. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Opsdesk//Opsdesk "));
  g_assert_nonnull (strstr (contents, "\r\nMETHOD:PUBLISH\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nSUMMARY:=HYPERLINK(\"http://x\"\\;\"y\")\\, +1 \\\\ plan\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nURL:" ODD_URL "\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nLOCATION:https://meet.example.com/abc?x=1\\,y=2\\;z\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nDTSTART:20230901T060000Z\r\nDTEND:20230901T073000Z\r\n"));
  g_assert_null (strstr (contents, "mailto:\r\n"));
  g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));

  remove_tree (dir);
}

/* A weekly series of five Mondays 09:00: the third moved to 14:00, the
 * fourth deleted, the fifth renamed. */
static GPtrArray *
make_weekly_series (void)
{
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_object_unref);
  guint i;

  for (i = 0; i < 5; i++)
    {
      OpsMeeting *meeting;
      int day = 9 + 7 * (int) i;
      int month = 10;
      int hour = i == 2 ? 14 : 9;

      if (i == 3)
        continue;
      if (day > 31)
        {
          day -= 31;
          month = 11;
        }
      meeting = make_odd_meeting ();
      ops_meeting_set_id (meeting, 20 + i);
      ops_meeting_set_series_id (meeting, 3);
      ops_meeting_set_topic (meeting, i == 4 ? "销售部周会（改期说明）" : "销售部周会");
      ops_meeting_set_place_kind (meeting, OPS_PLACE_ROOM);
      ops_meeting_set_place (meeting, "302会议室");
      ops_meeting_set_starts_at (meeting, local_time (2023, month, day, hour, 0));
      ops_meeting_set_ends_at (meeting, local_time (2023, month, day, hour + 1, 0));
      g_ptr_array_add (meetings, meeting);
    }

  return meetings;
}

static void
test_ics_weekly_series (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "series.ics", NULL);
  g_autoptr(GPtrArray) meetings = make_weekly_series ();
  g_autoptr(IcsExpect) e = ics_expect_new (3);
  const OpsIcsRecurrence recurrence = { 3, OPS_RECUR_WEEKLY, 1 };
  const char *uid = "series-3-" TEST_DB_UID "@opsdesk";
  guint i;

  set_c_locale ();
  write_ics (path, meetings, &recurrence);

  /* A calendar shows exactly the four meetings, at their own times. */
  for (i = 0; i < meetings->len; i++)
    ics_expect_event (e, uid, g_ptr_array_index (meetings, i),
                      "\"attendees\": [[\"mailto:zhang@example.com\", \"张三\"]]");
  ics_expect_rule (e, uid,
                   "{\"rrule\": \"FREQ=WEEKLY;INTERVAL=1;UNTIL=20231106T010000Z\", "
                   "\"exdate\": [\"20231030T010000Z\"], \"rdate\": [], "
                   "\"overrides\": [\"20231023T010000Z\", \"20231106T010000Z\"]}");
  ics_expect_check (e, path);
  remove_tree (dir);
}

/* Monthly on the 31st: the store puts the shorter months' occurrences on
 * their last day (Feb 29, Apr 30), which an RRULE can't: they go as RDATE. */
static void
test_ics_monthly_series (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "monthly.ics", NULL);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(IcsExpect) e = ics_expect_new (1);
  const OpsIcsRecurrence recurrence = { 4, OPS_RECUR_MONTHLY, 1 };
  const char *uid = "series-4-" TEST_DB_UID "@opsdesk";
  const int days[][2] = { { 1, 31 }, { 2, 29 }, { 3, 31 }, { 4, 30 } };
  guint i;

  set_c_locale ();
  for (i = 0; i < G_N_ELEMENTS (days); i++)
    {
      OpsMeeting *meeting = make_seed_meeting ();

      ops_meeting_set_id (meeting, 30 + i);
      ops_meeting_set_series_id (meeting, 4);
      ops_meeting_set_starts_at (meeting, local_time (2024, days[i][0], days[i][1], 10, 0));
      ops_meeting_set_ends_at (meeting, local_time (2024, days[i][0], days[i][1], 11, 30));
      g_ptr_array_add (meetings, meeting);
    }

  write_ics (path, meetings, &recurrence);
  for (i = 0; i < meetings->len; i++)
    ics_expect_event (e, uid, g_ptr_array_index (meetings, i), NULL);
  ics_expect_rule (e, uid,
                   "{\"rrule\": \"FREQ=MONTHLY;INTERVAL=1;UNTIL=20240430T020000Z\", "
                   "\"exdate\": [], \"rdate\": [\"20240229T020000Z\", \"20240430T020000Z\"], "
                   "\"overrides\": []}");
  ics_expect_check (e, path);
  remove_tree (dir);
}

/* Into a folder that does not exist: an error that says what to do, and
 * no file. */
static void
test_ics_missing_folder (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "nope", "m.ics", NULL);
  g_autoptr(GPtrArray) meetings = make_notice_meetings ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *other = g_build_filename (dir, "m.ics", NULL);

  set_c_locale ();
  g_assert_false (ops_ics_write_meetings (path, meetings, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_false (ops_ics_write_meetings (other, none, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  remove_tree (dir);
}

/* Through the runner, from the demo database ----------------------------- */

typedef struct {
  GMainLoop *loop;
  GAsyncResult *result;
} Waiter;

static void
waiter_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Waiter *w = user_data;

  w->result = g_object_ref (result);
  g_main_loop_quit (w->loop);
}

static GAsyncResult *
waiter_wait (Waiter *w)
{
  g_main_loop_run (w->loop);
  g_main_loop_unref (w->loop);
  return w->result;
}

static OpsStore *
open_demo_store (const char *dir)
{
  g_autofree char *db = g_build_filename (dir, "opsdesk.db", NULL);
  g_autoptr(GError) error = NULL;
  OpsStore *store = ops_store_open (db, OPS_STORE_OPEN_DEMO, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gboolean
first_meeting_cb (OpsMeeting *meeting,
                  gpointer    user_data)
{
  OpsMeeting **out = user_data;

  if (*out == NULL)
    *out = g_object_ref (meeting);
  return TRUE;
}

/* The seed's Q3 meeting of the demo database, with its children. */
static OpsMeeting *
find_seed_meeting (OpsStoreReader *reader)
{
  g_autoptr(GError) error = NULL;
  OpsMeeting *meeting = NULL;

  g_assert_true (ops_store_reader_foreach_meeting (reader, "2023-09-01", "2023-09-01", first_meeting_cb,
                                                   &meeting, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (ops_meeting_get_topic (meeting), ==, SEED_TOPIC);
  return meeting;
}

static void
count_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (done, <=, total);
  *last = done;
}

static void
run_export (OpsStore              *store,
            const char            *template_name,
            const OpsExportParams *params,
            const char            *path,
            guint                  n_rows)
{
  Waiter w = { g_main_loop_new (NULL, FALSE), NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint last = G_MAXUINT;

  ops_export_run_async (store, template_name, params, path, count_progress_cb, &last, NULL, NULL,
                        waiter_cb, &w);
  result = waiter_wait (&w);
  g_assert_true (ops_export_run_finish (result, &error));
  g_assert_no_error (error);
  /* The final progress arrives before the result (same main context). */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (last, ==, n_rows);
}

/* The seed row of 会议通知表 exactly as SPEC §6 has it, from the demo data:
 * Q3销售目标分解 · 2023-09-01 14:00 · 301会议室 · 销售部全体、王建国 (the seed's
 * "*总") · 1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论 · 上半年业绩报表、竞品分析报告. */
static void
check_runner_notice (OpsStore   *store,
                     const char *dir,
                     gboolean    zh)
{
  g_autofree char *path = g_build_filename (dir, zh ? "notice-zh.xlsx" : "notice.xlsx", NULL);
  g_autoptr(Expect) e = expect_new (zh ? "会议通知表" : "Meeting Notices");
  const OpsExportParams params = { "2023-09-01", "2023-09-01", 0 };
  const char *title = zh ? "会议通知表 — 2023-09-01 至 2023-09-01" : "Meeting Notices — 2023-09-01 to 2023-09-01";

  run_export (store, "meeting-notice", &params, path, 1);

  expect_s (e, 0, 0, title);
  for (guint i = 1; i < 6; i++)
    expect_blank (e, 0, i);
  if (zh)
    {
      const char *headers[] = { "会议主题", "时间", "地点/线上", "参会人员", "议程", "材料清单" };

      for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
        expect_s (e, 1, i, headers[i]);
      expect_s (e, 2, 3, "销售部全体、王建国");
      expect_s (e, 2, 4, "1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论");
      expect_s (e, 2, 5, "上半年业绩报表、竞品分析报告");
    }
  else
    {
      const char *headers[] = { "Topic", "Time", "Place / Online", "Attendees", "Agenda", "Materials" };

      for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
        expect_s (e, 1, i, headers[i]);
      expect_s (e, 2, 3, "All of 销售部, 王建国");
      expect_s (e, 2, 4, "1. 上半年业绩回顾; 2. Q3目标分解; 3. 资源需求讨论");
      expect_s (e, 2, 5, "上半年业绩报表, 竞品分析报告");
    }
  expect_s (e, 2, 0, SEED_TOPIC);
  expect_d (e, 2, 1, "2023-09-01T14:00:00");
  expect_s (e, 2, 2, "301会议室");
  expect_sheet_layout (e, title, 6, 1);
  expect_check (e, path);
}

static void
test_runner_notice (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(OpsStore) store = NULL;

  set_c_locale ();
  store = open_demo_store (dir);
  check_runner_notice (store, dir, FALSE);

  ops_store_close (store);
  remove_tree (dir);
}

static void
test_runner_notice_zh (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(OpsStore) store = NULL;

  set_c_locale ();
  store = open_demo_store (dir);
  set_zh_locale ();
  check_runner_notice (store, dir, TRUE);
  set_c_locale ();

  ops_store_close (store);
  remove_tree (dir);
}

static void
test_runner_minutes (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "none.xlsx", NULL);
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(OpsMeeting) seed = NULL;
  g_autoptr(Expect) e = expect_new ("Meeting Minutes");
  g_autoptr(GError) error = NULL;
  OpsExportParams params = { NULL, NULL, 0 };

  set_c_locale ();
  store = open_demo_store (dir);
  reader = ops_store_reader_new (store, &error);
  g_assert_no_error (error);
  seed = find_seed_meeting (reader);

  /* Without a meeting, and with one that does not exist: no file. */
  g_assert_false (ops_export_run (reader, "meeting-minutes", &params, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "--meeting"));
  g_clear_error (&error);
  params.record_id = 999999;
  g_assert_false (ops_export_run (reader, "meeting-minutes", &params, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  params.record_id = ops_meeting_get_id (seed);
  run_export (store, "meeting-minutes", &params, path, 1);

  e->complete = FALSE;
  expect_s (e, 0, 0, "Meeting Minutes — " SEED_TOPIC);
  expect_minutes_labels (e, &minutes_en);
  expect_s (e, 1, 1, SEED_TOPIC);
  expect_s (e, 2, 1, "2023-09-01 14:00-15:30");
  expect_s (e, 3, 1, "301会议室");
  expect_s (e, 4, 1, "张伟");
  expect_s (e, 4, 4, "李娜");
  /* 杨帆 signed in 8 minutes after the start: late. */
  expect_s (e, 5, 1, "张伟, 刘洋, 陈静, 杨帆 (late 14:08), 王建国\n"
                     "Expected 5: 4 present, 1 late, 0 absent");
  expect_s (e, 6, 1, "1. 上半年业绩回顾; 2. Q3目标分解; 3. 资源需求讨论");
  expect_s (e, 7, 1, "1. Q3销售目标500万元，按区域分解\n2. 市场部追加10万元线上广告预算，提交投放计划");
  expect_s (e, 11, 0, "刘洋");
  expect_s (e, 11, 1, "Q3销售目标500万元，按区域分解");
  expect_d (e, 11, 5, "2023-09-05");
  expect_s (e, 12, 0, "赵敏");
  expect_s (e, 12, 1, "市场部追加10万元线上广告预算，提交投放计划");
  expect_d (e, 12, 5, "2023-09-10");
  expect_s (e, 13, 1, "Distributed");
  expect_d (e, 13, 4, "2023-09-02T10:00:00");
  expect_d (e, 14, 1, "2023-09-02T14:00:00");
  expect_d (e, 14, 4, "2023-09-02T16:00:00");
  expect_s (e, 15, 1, "张伟、刘洋、陈静、杨帆、王建国");
  expect_s (e, 16, 1, "2023-09-" SEED_TOPIC);
  /* Kept one year by default. */
  expect_d (e, 16, 4, "2024-09-01");
  expect_fact (e, "merged", minutes_merged);
  expect_fact (e, "fit_to_height", "1");
  expect_fact (e, "landscape", "false");
  expect_check (e, path);

  g_clear_pointer (&reader, ops_store_reader_free);
  ops_store_close (store);
  remove_tree (dir);
}

static void
list_action_items_done (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  waiter_cb (source, result, user_data);
}

static void
json_list_append (GString    *out,
                  const char *value)
{
  if (out->len > 1)
    g_string_append (out, ", ");
  if (value == NULL || *value == '\0')
    g_string_append (out, "null");
  else
    json_string (out, value);
}

/* Every action item of the demo, as the store's list API (not the reader)
 * sees them; the overdue ones marked. */
static void
test_runner_action_items (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "actions.xlsx", NULL);
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Expect) e = expect_new ("Action Item Tracking");
  g_autoptr(GString) contents = g_string_new ("[");
  g_autoptr(GString) statuses = g_string_new ("[");
  g_autofree char *facts = NULL;
  g_autofree char *max_row = NULL;
  const OpsActionItemFilter filter = { .status = OPS_ACTION_FILTER_ANY };
  Waiter w = { g_main_loop_new (NULL, FALSE), NULL };
  guint n, i, n_overdue = 0;

  set_c_locale ();
  store = open_demo_store (dir);
  ops_store_list_action_items_async (store, &filter, OPS_RANGE_ALL, NULL, list_action_items_done, &w);
  result = waiter_wait (&w);
  items = ops_store_list_action_items_finish (store, result, NULL, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (items);
  g_assert_cmpuint (n, >=, 3);

  run_export (store, "action-items", NULL, path, n);

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsActionItem) item = g_list_model_get_item (items, i);
      gboolean overdue = ops_action_item_get_overdue (item);

      json_list_append (contents, ops_action_item_get_content (item));
      json_list_append (statuses, overdue ? "Overdue"
                                          : ops_action_status_to_label (ops_action_item_get_status (item)));
      n_overdue += overdue ? 1 : 0;
    }
  g_string_append (contents, "]");
  g_string_append (statuses, "]");
  /* The demo has overdue items; the reader sorts by due date. */
  g_assert_cmpuint (n_overdue, >=, 1);
  facts = g_strdup_printf ("{\"D\": %s, \"G\": %s}", contents->str, statuses->str);

  e->complete = FALSE;
  expect_s (e, 1, 0, "Meeting");
  expect_s (e, 1, 9, "Updated");
  expect_fact (e, "column_multiset", facts);
  max_row = g_strdup_printf ("%u", n + 2);
  expect_fact (e, "max_row", max_row);
  expect_check (e, path);

  /* Which rows are marked: exactly those reading "Overdue". */
  {
    g_autofree char *script = g_strdup_printf (
      "import openpyxl, sys\n"
      "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
      "bad = [r for r in range(3, ws.max_row + 1)\n"
      "       if (ws.cell(r, 7).value == 'Overdue') != (str(ws.cell(r, 7).fill.fgColor.rgb).endswith('FFC7CE'))]\n"
      "n = sum(1 for r in range(3, ws.max_row + 1) if ws.cell(r, 7).value == 'Overdue')\n"
      "sys.exit(1 if bad or n != %u else 0)\n", n_overdue);
    const char *argv[] = { OPSDESK_PYTHON, "-c", script, path, NULL };
    int status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  ops_store_close (store);
  remove_tree (dir);
}

static gboolean
first_series_meeting_cb (OpsMeeting *meeting,
                         gpointer    user_data)
{
  OpsMeeting **out = user_data;

  if (*out == NULL && ops_meeting_get_series_id (meeting) != 0)
    *out = g_object_ref (meeting);
  return TRUE;
}

static void
write_ics_async (OpsStore   *store,
                 gint64      meeting_id,
                 gboolean    whole_series,
                 const char *path)
{
  Waiter w = { g_main_loop_new (NULL, FALSE), NULL };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  ops_export_runner_write_ics (store, meeting_id, whole_series, file, NULL, waiter_cb, &w);
  result = waiter_wait (&w);
  g_assert_true (ops_export_runner_write_ics_finish (result, &error));
  g_assert_no_error (error);
}

/* The demo's weekly meeting: the whole series as one recurring event whose
 * occurrences are exactly the stored ones; one occurrence alone; the UIDs
 * stay the same when the database is opened again. */
static void
test_runner_ics (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *series_path = g_build_filename (dir, "series.ics", NULL);
  g_autofree char *single_path = g_build_filename (dir, "single.ics", NULL);
  g_autofree char *again_path = g_build_filename (dir, "again.ics", NULL);
  g_autofree char *uid = NULL;
  g_autofree char *series_uid = NULL;
  g_autofree char *single_uid = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(OpsMeeting) meeting = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(OpsMeetingSeries) series = NULL;
  g_autoptr(IcsExpect) e = NULL;
  g_autoptr(IcsExpect) one = ics_expect_new (1);
  g_autoptr(GError) error = NULL;
  guint i;

  set_c_locale ();
  store = open_demo_store (dir);
  reader = ops_store_reader_new (store, &error);
  g_assert_no_error (error);

  uid = ops_store_reader_dup_database_uid (reader);
  g_assert_nonnull (uid);
  g_assert_cmpuint (strlen (uid), ==, 32);

  g_assert_true (ops_store_reader_foreach_meeting (reader, NULL, NULL, first_series_meeting_cb, &meeting,
                                                   NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  occurrences = ops_store_reader_get_series (reader, ops_meeting_get_series_id (meeting), &series, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (occurrences->len, >=, 2);
  g_assert_cmpint (series->freq, ==, OPS_RECUR_WEEKLY);

  write_ics_async (store, ops_meeting_get_id (meeting), TRUE, series_path);
  series_uid = g_strdup_printf ("series-%" G_GINT64_FORMAT "-%s@opsdesk", ops_meeting_get_series_id (meeting), uid);
  /* The demo's occurrences all follow the rule: one VEVENT. */
  e = ics_expect_new (1);
  for (i = 0; i < occurrences->len; i++)
    ics_expect_event (e, series_uid, g_ptr_array_index (occurrences, i), NULL);
  ics_expect_check (e, series_path);

  write_ics_async (store, ops_meeting_get_id (meeting), FALSE, single_path);
  single_uid = g_strdup_printf ("%" G_GINT64_FORMAT "-%s@opsdesk", ops_meeting_get_id (meeting), uid);
  ics_expect_event (one, single_uid, meeting, NULL);
  ics_expect_check (one, single_path);

  /* Opened again: the same database identity, the same UIDs. */
  g_clear_pointer (&reader, ops_store_reader_free);
  ops_store_close (store);
  g_clear_object (&store);
  store = open_demo_store (dir);
  write_ics_async (store, ops_meeting_get_id (meeting), TRUE, again_path);
  g_assert_true (g_file_get_contents (series_path, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (again_path, &again, NULL, NULL));
  g_assert_nonnull (strstr (again, series_uid));
  g_assert_cmpuint (strlen (first), ==, strlen (again));

  ops_store_close (store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Date-time cells and calendar times: pin the time zone. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  tzset ();
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("OPSDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/meetings/notice/records", test_notice_records);
  g_test_add_func ("/export/meetings/notice/empty", test_notice_empty);
  g_test_add_func ("/export/meetings/minutes/records", test_minutes_records);
  g_test_add_func ("/export/meetings/minutes/de-locale", test_minutes_de);
  g_test_add_func ("/export/meetings/minutes/empty", test_minutes_empty);
  g_test_add_func ("/export/meetings/minutes/bad-text", test_minutes_bad_text);
  g_test_add_func ("/export/meetings/action-items/records", test_action_items_records);
  g_test_add_func ("/export/meetings/ics/escape", test_ics_escape);
  g_test_add_func ("/export/meetings/ics/fold", test_ics_fold);
  g_test_add_func ("/export/meetings/ics/single", test_ics_single);
  g_test_add_func ("/export/meetings/ics/weekly-series", test_ics_weekly_series);
  g_test_add_func ("/export/meetings/ics/monthly-series", test_ics_monthly_series);
  g_test_add_func ("/export/meetings/ics/missing-folder", test_ics_missing_folder);
  g_test_add_func ("/export/meetings/runner/notice", test_runner_notice);
  g_test_add_func ("/export/meetings/runner/minutes", test_runner_minutes);
  g_test_add_func ("/export/meetings/runner/action-items", test_runner_action_items);
  g_test_add_func ("/export/meetings/runner/ics", test_runner_ics);
  /* Chinese: the headers exactly as SPEC §6 (po/zh_CN.po). */
  g_test_add_func ("/export/meetings/zh/notice", test_notice_zh);
  g_test_add_func ("/export/meetings/zh/minutes", test_minutes_zh);
  g_test_add_func ("/export/meetings/zh/action-items", test_action_items_zh);
  g_test_add_func ("/export/meetings/zh/runner-notice", test_runner_notice_zh);

  return g_test_run ();
}

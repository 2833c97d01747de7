/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-demo-meetings.c: the meetings of the demo database: the seed's
 * Q3 sales-target meeting (SPEC §6) from notice to archived minutes, and
 * meetings around "now" in every state so that every list and flag shows:
 * a weekly department meeting (past and future), materials at risk, a long
 * meeting, late minutes, minutes awaiting the host, and action items
 * overdue (one revised), due this week and done. Written with plain SQL in
 * the caller's transaction, after ops_store_fill_demo() made the people. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-meeting-rules.h"
#include "store/ops-store-private.h"

#define DAY ((gint64) 24 * 60 * 60)

typedef struct {
  sqlite3    *db;
  GHashTable *people;      /* name → gint64 * */
  GHashTable *departments; /* name → gint64 * */
  gint64      now;
  GDateTime  *today;       /* local midnight of today */
} Demo;

static gint64
person (Demo       *demo,
        const char *name)
{
  gint64 *id = g_hash_table_lookup (demo->people, name);

  g_assert (id != NULL);
  return *id;
}

static gint64
department (Demo       *demo,
            const char *name)
{
  gint64 *id = g_hash_table_lookup (demo->departments, name);

  g_assert (id != NULL);
  return *id;
}

/* Local time @days from today at @hour:@minute. */
static gint64
at (Demo *demo,
    int   days,
    int   hour,
    int   minute)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (demo->today, days);
  g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_time_get_year (day),
                                                   g_date_time_get_month (day),
                                                   g_date_time_get_day_of_month (day),
                                                   hour, minute, 0);

  return g_date_time_to_unix (dt);
}

/* The local date @days from today. */
static char *
date_from_today (Demo *demo,
                 int   days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (demo->today, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static gint64
local_instant (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt);
}

static gboolean
load_ids (Demo    *demo,
          GError **error)
{
  const char *queries[] = { "SELECT name, id FROM people", "SELECT name, id FROM departments" };
  GHashTable *tables[] = { demo->people, demo->departments };

  for (guint t = 0; t < G_N_ELEMENTS (queries); t++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (demo->db, queries[t], -1, &stmt, NULL);

      if (rc == SQLITE_OK)
        while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
          {
            gint64 id = sqlite3_column_int64 (stmt, 1);

            g_hash_table_insert (tables[t], g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                                 g_memdup2 (&id, sizeof id));
          }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          ops_store_set_sqlite_error (error, demo->db, rc, _("add the demo data"));
          return FALSE;
        }
    }
  return TRUE;
}

typedef struct {
  const char *topic;
  const char *goal;
  const char *host;
  const char *note_taker;
  const char *department;
  gint64      starts;
  gint64      ends;
  const char *place_kind;
  const char *place;
  gint64      series_id;
  gint64      materials_sent_at;
  const char *materials_sent_to;
} MeetingSpec;

static gboolean
add_meeting (Demo               *demo,
             const MeetingSpec  *spec,
             gint64             *id,
             GError            **error)
{
  return ops_store_demo_exec (demo->db, id, error,
                     "INSERT INTO meetings (topic, goal, host_id, note_taker_id, department_id,"
                     " starts_at, ends_at, place_kind, place, software_tested, series_id,"
                     " materials_sent_at, materials_sent_to, created, updated)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
                     "ttiiniittinnti",
                     spec->topic, spec->goal, person (demo, spec->host),
                     person (demo, spec->note_taker),
                     spec->department != NULL ? department (demo, spec->department) : (gint64) 0,
                     spec->starts, spec->ends, spec->place_kind, spec->place,
                     (gint64) (g_strcmp0 (spec->place_kind, "online") == 0),
                     spec->series_id, spec->materials_sent_at,
                     spec->materials_sent_to != NULL ? spec->materials_sent_to : "",
                     demo->now);
}

/* @attendance "unknown", "present", "late" or "absent"; @minutes_after the
 * start for a check-in (ignored otherwise). */
static gboolean
add_attendee (Demo        *demo,
              gint64       meeting,
              gint64       starts,
              const char  *name,
              const char  *attendance,
              int          minutes_after,
              GError     **error)
{
  gboolean signed_in = g_strcmp0 (attendance, "present") == 0 || g_strcmp0 (attendance, "late") == 0;

  return ops_store_demo_exec (demo->db, NULL, error,
                     "INSERT INTO meeting_attendees (meeting_id, person_id, attendance, checked_in_at)"
                     " VALUES (?1, ?2, ?3, ?4)",
                     "iitn", meeting, person (demo, name), attendance,
                     signed_in ? starts + (gint64) minutes_after * 60 : (gint64) 0);
}

static gboolean
add_guest (Demo        *demo,
           gint64       meeting,
           const char  *name,
           GError     **error)
{
  return ops_store_demo_exec (demo->db, NULL, error,
                     "INSERT INTO meeting_attendees (meeting_id, guest_name) VALUES (?1, ?2)",
                     "it", meeting, name);
}

static gboolean
add_agenda (Demo        *demo,
            gint64       meeting,
            int          position,
            const char  *title,
            const char  *presenter,
            int          minutes,
            GError     **error)
{
  return ops_store_demo_exec (demo->db, NULL, error,
                     "INSERT INTO meeting_agenda (meeting_id, position, title, presenter_id, minutes)"
                     " VALUES (?1, ?2, ?3, ?4, ?5)",
                     "iitni", meeting, (gint64) position, title,
                     presenter != NULL ? person (demo, presenter) : (gint64) 0, (gint64) minutes);
}

static gboolean
add_link (Demo        *demo,
          gint64       meeting,
          const char  *title,
          const char  *uri,
          gint64       added,
          GError     **error)
{
  return ops_store_demo_exec (demo->db, NULL, error,
                     "INSERT INTO meeting_materials (meeting_id, title, uri, added_at)"
                     " VALUES (?1, ?2, ?3, ?4)",
                     "itti", meeting, title, uri, added);
}

static gboolean
add_resources (Demo                *demo,
               gint64               meeting,
               const char * const  *resources,
               GError             **error)
{
  for (int i = 0; resources[i] != NULL; i++)
    if (!ops_store_demo_exec (demo->db, NULL, error,
                     "INSERT INTO meeting_resources (meeting_id, position, resource) VALUES (?1, ?2, ?3)",
                     "iit", meeting, (gint64) i, resources[i]))
      return FALSE;
  return TRUE;
}

/* A resolution; when @finalised_at is not 0 it is final and becomes an
 * action item with @status (its id in @item). */
static gboolean
add_resolution (Demo        *demo,
                gint64       meeting,
                const char  *topic,
                gint64       starts,
                int          position,
                const char  *conclusion,
                const char  *owner,
                const char  *due,
                gint64       finalised_at,
                const char  *status,
                gint64      *item,
                GError     **error)
{
  gint64 resolution;

  if (!ops_store_demo_exec (demo->db, &resolution, error,
                   "INSERT INTO meeting_resolutions (meeting_id, position, conclusion, owner_id,"
                   " due_date, finalised, finalised_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                   "iitntin", meeting, (gint64) position, conclusion,
                   owner != NULL ? person (demo, owner) : (gint64) 0, due,
                   (gint64) (finalised_at != 0), finalised_at))
    return FALSE;
  if (finalised_at == 0)
    return TRUE;

  return ops_store_demo_exec (demo->db, item, error,
                     "INSERT INTO action_items (meeting_id, resolution_id, meeting_topic,"
                     " meeting_starts_at, owner_id, content, due_date, original_due_date, status,"
                     " created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?9)",
                     "iitiittti", meeting, resolution, topic, starts, person (demo, owner),
                     conclusion, due, status, finalised_at);
}

static gboolean
add_revision (Demo        *demo,
              gint64       item,
              gint64       when,
              const char  *by,
              const char  *old_status,
              const char  *new_status,
              const char  *old_due,
              const char  *new_due,
              const char  *reason,
              const char  *note,
              GError     **error)
{
  return ops_store_demo_exec (demo->db, NULL, error,
                     "INSERT INTO action_item_revisions (action_item_id, at, by_id, old_status,"
                     " new_status, old_due_date, new_due_date, reason, note)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                     "iiitttttt", item, when, person (demo, by), old_status, new_status,
                     old_due, new_due, reason, note) &&
         ops_store_demo_exec (demo->db, NULL, error,
                     "UPDATE action_items SET status = ?2, due_date = ?3, updated = ?4 WHERE id = ?1",
                     "itti", item, new_status, new_due, when);
}

/* Sets the minutes: @state and the instants that go with it (0 = none). */
static gboolean
set_minutes (Demo        *demo,
             gint64       meeting,
             const char  *state,
             const char  *text,
             gint64       submitted,
             gint64       approved,
             const char  *approver,
             gint64       distributed,
             const char  *distributed_to,
             GError     **error)
{
  return ops_store_demo_exec (demo->db, NULL, error,
                     "UPDATE meetings SET minutes_state = ?2, minutes_text = ?3,"
                     " minutes_submitted_at = ?4, minutes_approved_at = ?5, minutes_approved_by = ?6,"
                     " minutes_distributed_at = ?7, minutes_distributed_to = ?8 WHERE id = ?1",
                     "ittnnnnt", meeting, state, text, submitted, approved,
                     approver != NULL ? person (demo, approver) : (gint64) 0,
                     distributed, distributed_to != NULL ? distributed_to : "");
}

static gboolean
archive (Demo        *demo,
         gint64       meeting,
         gint64       starts,
         const char  *topic,
         gint64       when,
         GError     **error)
{
  g_autofree char *name = ops_meeting_archive_name (starts, topic);

  return ops_store_demo_exec (demo->db, NULL, error,
                     "UPDATE meetings SET archived_at = ?2, archive_name = ?3 WHERE id = ?1",
                     "iit", meeting, when, name);
}

/* The seed (SPEC §6): Q3销售目标分解, from notice to archived minutes. */
static gboolean
fill_q3 (Demo    *demo,
         GError **error)
{
  static const char topic[] = "Q3销售目标分解";
  static const char * const resources[] = { "room", "projector", "microphone", NULL };
  static const char * const attendees[] = { "张伟", "刘洋", "陈静", "杨帆", "王建国", NULL };
  gint64 starts = local_instant (2023, 9, 1, 14, 0);
  gint64 ends = local_instant (2023, 9, 1, 15, 30);
  MeetingSpec spec = {
    topic, "将Q3销售目标500万元分解到各区域，确定市场部线上广告的追加预算。",
    "张伟", "李娜", "销售部", starts, ends, "room", "301会议室", 0,
    local_instant (2023, 8, 30, 10, 0), "销售部全体、王建国",
  };
  gint64 id, item;

  if (!add_meeting (demo, &spec, &id, error) ||
      !add_resources (demo, id, resources, error))
    return FALSE;

  for (int i = 0; attendees[i] != NULL; i++)
    if (!add_attendee (demo, id, starts, attendees[i],
                       g_strcmp0 (attendees[i], "杨帆") == 0 ? "late" : "present",
                       g_strcmp0 (attendees[i], "杨帆") == 0 ? 8 : -5, error))
      return FALSE;

  if (!add_agenda (demo, id, 0, "上半年业绩回顾", "刘洋", 30, error) ||
      !add_agenda (demo, id, 1, "Q3目标分解", "张伟", 40, error) ||
      !add_agenda (demo, id, 2, "资源需求讨论", "王建国", 20, error) ||
      !add_link (demo, id, "上半年业绩报表", "https://intranet.example.com/sales/2023-h1-report.xlsx",
                 local_instant (2023, 8, 29, 16, 0), error) ||
      !add_link (demo, id, "竞品分析报告", "https://intranet.example.com/market/competitor-analysis-2023.pdf",
                 local_instant (2023, 8, 29, 16, 30), error))
    return FALSE;

  if (!add_resolution (demo, id, topic, starts, 0, "Q3销售目标500万元，按区域分解",
                       "刘洋", "2023-09-05", ends, "done", &item, error) ||
      !add_revision (demo, item, local_instant (2023, 9, 5, 17, 0), "刘洋", "open", "done",
                     "2023-09-05", "2023-09-05", "", "华东200万、华南150万、华北150万，已发各区域", error) ||
      !add_resolution (demo, id, topic, starts, 1, "市场部追加10万元线上广告预算，提交投放计划",
                       "赵敏", "2023-09-10", ends, "done", &item, error) ||
      !add_revision (demo, item, local_instant (2023, 9, 8, 11, 0), "赵敏", "open", "done",
                     "2023-09-10", "2023-09-10", "", "投放计划已提交张伟审阅", error))
    return FALSE;

  return set_minutes (demo, id, "distributed",
                      "时间：2023-09-01 14:00-15:30\n地点：301会议室\n"
                      "参会人员：张伟、刘洋、陈静、杨帆、王建国\n"
                      "决议事项：\n1. Q3销售目标500万元，按区域分解，责任人刘洋，9月5日前完成；\n"
                      "2. 市场部追加10万元线上广告预算，责任人赵敏，9月10日前提交投放计划。",
                      local_instant (2023, 9, 2, 10, 0), local_instant (2023, 9, 2, 14, 0), "张伟",
                      local_instant (2023, 9, 2, 16, 0), "张伟、刘洋、陈静、杨帆、王建国", error) &&
         archive (demo, id, starts, topic, local_instant (2023, 9, 4, 9, 0), error);
}

/* The weekly sales department meeting: four weeks back, four ahead. */
static gboolean
fill_weekly (Demo    *demo,
             GError **error)
{
  static const char topic[] = "销售部周例会";
  static const char * const members[] = { "刘洋", "张伟", "陈静", "杨帆", NULL };
  int weekday = g_date_time_get_day_of_week (demo->today); /* 1 = Monday */
  int monday = 1 - weekday;
  gint64 series;

  if (!ops_store_demo_exec (demo->db, &series, error,
                   "INSERT INTO meeting_series (freq, interval, count, until, created)"
                   " VALUES ('weekly', 1, 8, NULL, ?1)",
                   "i", demo->now))
    return FALSE;

  for (int week = -4; week < 4; week++)
    {
      gint64 starts = at (demo, monday + 7 * week, 9, 30);
      gint64 ends = starts + 60 * 60;
      gboolean past = ends + DAY < demo->now;
      MeetingSpec spec = {
        topic, "回顾上周销售进展，安排本周重点客户跟进。", "刘洋", "陈静", "销售部",
        starts, ends, "room", "302会议室", series,
        starts < demo->now ? starts - 2 * DAY : (gint64) 0, starts < demo->now ? "销售部全体" : NULL,
      };
      gint64 id;

      if (!add_meeting (demo, &spec, &id, error))
        return FALSE;
      for (int i = 0; members[i] != NULL; i++)
        if (!add_attendee (demo, id, starts, members[i],
                           !past ? "unknown" : (i == 3 && week == -2) ? "absent" : "present",
                           -3, error))
          return FALSE;
      if (!add_agenda (demo, id, 0, "上周销售数据回顾", "陈静", 20, error) ||
          !add_agenda (demo, id, 1, "重点客户跟进安排", "刘洋", 40, error))
        return FALSE;
      if (past && !set_minutes (demo, id, "distributed", "本周重点：华东区大客户续约；新客户拜访计划已分配。",
                                ends + 3 * 60 * 60, ends + 5 * 60 * 60, "刘洋", ends + 6 * 60 * 60,
                                "刘洋、张伟、陈静、杨帆", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill_around_now (Demo    *demo,
                 GError **error)
{
  g_autofree char *yesterday = date_from_today (demo, -1);
  g_autofree char *in_three_days = date_from_today (demo, 3);
  g_autofree char *in_five_days = date_from_today (demo, 5);
  g_autofree char *fifteen_ago = date_from_today (demo, -15);
  g_autofree char *five_ago = date_from_today (demo, -5);
  g_autofree char *twelve_ago = date_from_today (demo, -12);
  g_autofree char *in_two_days = date_from_today (demo, 2);
  static const char * const long_resources[] = { "room", "projector", NULL };
  gint64 starts, id, item;

  /* In about 20 hours, materials added but not sent: at risk. 徐丽 must
   * send them. */
  {
    gint64 soon = (demo->now + 20 * 60 * 60 + 1799) / 1800 * 1800;
    MeetingSpec spec = {
      "新产品发布会筹备", "确定发布会时间、场地和分工。", "徐丽", "马超", "行政部",
      soon, soon + 60 * 60, "room", "201会议室", 0, 0, NULL,
    };

    starts = spec.starts;
    if (!add_meeting (demo, &spec, &id, error) ||
        !add_attendee (demo, id, starts, "徐丽", "unknown", 0, error) ||
        !add_attendee (demo, id, starts, "马超", "unknown", 0, error) ||
        !add_attendee (demo, id, starts, "赵敏", "unknown", 0, error) ||
        !add_attendee (demo, id, starts, "罗斌", "unknown", 0, error) ||
        !add_guest (demo, id, "陈总（星辰会展）", error) ||
        !add_agenda (demo, id, 0, "发布会方案介绍", "赵敏", 20, error) ||
        !add_agenda (demo, id, 1, "场地与物料分工", "徐丽", 30, error) ||
        !add_link (demo, id, "发布会方案初稿", "https://intranet.example.com/admin/launch-plan.docx",
                   demo->now - DAY, error))
      return FALSE;
  }

  /* In three days, 150 minutes: over 90 minutes. */
  {
    MeetingSpec spec = {
      "年度预算评审会", "审定下一年度各部门预算。", "王建国", "李娜", "财务部",
      at (demo, 3, 13, 30), at (demo, 3, 16, 0), "online", "https://meeting.example.com/j/20261130",
      0, demo->now - 60 * 60, "孙丽华、郑芳、徐丽、张伟、高峰",
    };
    static const char * const people[] = { "王建国", "李娜", "孙丽华", "郑芳", "徐丽", "张伟", "高峰", "何静", NULL };

    starts = spec.starts;
    if (!add_meeting (demo, &spec, &id, error) ||
        !add_resources (demo, id, long_resources, error) ||
        !ops_store_demo_exec (demo->db, NULL, error, "UPDATE meetings SET software_tested = 1 WHERE id = ?1", "i", id))
      return FALSE;
    for (int i = 0; people[i] != NULL; i++)
      if (!add_attendee (demo, id, starts, people[i], "unknown", 0, error))
        return FALSE;
    if (!add_agenda (demo, id, 0, "各部门预算汇报", "孙丽华", 90, error) ||
        !add_agenda (demo, id, 1, "预算调整讨论", "王建国", 60, error) ||
        !add_link (demo, id, "预算汇总表", "https://intranet.example.com/finance/budget.xlsx",
                   demo->now - 2 * DAY, error))
      return FALSE;
  }

  /* Ended two days ago, no minutes: minutes late; 徐丽 takes them and owns
   * an overdue action item. */
  {
    static const char topic[] = "客户投诉处理复盘";
    MeetingSpec spec = {
      topic, "复盘上月客户投诉，改进处理流程。", "张伟", "徐丽", "销售部",
      at (demo, -2, 15, 0), at (demo, -2, 16, 0), "room", "301会议室", 0,
      at (demo, -4, 10, 0), "张伟、徐丽、陈静、马超",
    };

    starts = spec.starts;
    if (!add_meeting (demo, &spec, &id, error) ||
        !add_attendee (demo, id, starts, "张伟", "present", -2, error) ||
        !add_attendee (demo, id, starts, "徐丽", "present", 0, error) ||
        !add_attendee (demo, id, starts, "陈静", "late", 12, error) ||
        !add_attendee (demo, id, starts, "马超", "absent", 0, error) ||
        !add_agenda (demo, id, 0, "投诉案例回顾", "陈静", 30, error) ||
        !add_agenda (demo, id, 1, "流程改进讨论", "张伟", 30, error) ||
        !add_resolution (demo, id, topic, starts, 0, "整理客户投诉处理流程并发布", "徐丽",
                         yesterday, spec.ends, "open", NULL, error) ||
        !add_resolution (demo, id, topic, starts, 1, "建立投诉回访记录表", NULL, NULL, 0, NULL, NULL, error))
      return FALSE;
  }

  /* Yesterday, minutes submitted: awaiting the host (赵敏). */
  {
    static const char topic[] = "Q4市场推广方案讨论";
    MeetingSpec spec = {
      topic, "确定Q4线上线下推广重点。", "赵敏", "周婷", "市场部",
      at (demo, -1, 10, 0), at (demo, -1, 11, 0), "online", "https://meeting.example.com/j/q4-marketing",
      0, at (demo, -3, 9, 0), "赵敏、黄磊、周婷、张伟",
    };

    starts = spec.starts;
    if (!add_meeting (demo, &spec, &id, error) ||
        !ops_store_demo_exec (demo->db, NULL, error, "UPDATE meetings SET software_tested = 1 WHERE id = ?1", "i", id) ||
        !add_attendee (demo, id, starts, "赵敏", "present", -5, error) ||
        !add_attendee (demo, id, starts, "黄磊", "present", 3, error) ||
        !add_attendee (demo, id, starts, "周婷", "present", -1, error) ||
        !add_attendee (demo, id, starts, "张伟", "late", 15, error) ||
        !add_agenda (demo, id, 0, "Q3推广效果", "周婷", 20, error) ||
        !add_agenda (demo, id, 1, "Q4推广方案", "赵敏", 40, error) ||
        !add_resolution (demo, id, topic, starts, 0, "完成Q4推广物料设计", "黄磊", in_three_days,
                         spec.ends, "in-progress", NULL, error) ||
        !set_minutes (demo, id, "submitted",
                      "Q4以线上推广为主，线下配合发布会；物料设计由黄磊负责。",
                      at (demo, -1, 16, 0), 0, NULL, 0, NULL, error))
      return FALSE;
  }

  /* Twenty days ago: minutes distributed; one item overdue after a
   * revision, one due this week, one done. */
  {
    static const char topic[] = "技术部月度例会";
    MeetingSpec spec = {
      topic, "检查客户管理系统进度，安排下月开发计划。", "周杰", "梁晓雪", "技术部",
      at (demo, -20, 14, 0), at (demo, -20, 15, 0), "room", "技术部会议室", 0,
      at (demo, -22, 9, 0), "技术部全体",
    };
    static const char * const people[] = { "周杰", "高峰", "罗斌", "梁晓雪", "宋佳", NULL };

    starts = spec.starts;
    if (!add_meeting (demo, &spec, &id, error))
      return FALSE;
    for (int i = 0; people[i] != NULL; i++)
      if (!add_attendee (demo, id, starts, people[i], "present", i - 3, error))
        return FALSE;
    if (!add_agenda (demo, id, 0, "客户管理系统进度", "罗斌", 30, error) ||
        !add_agenda (demo, id, 1, "下月开发计划", "周杰", 30, error) ||
        !add_resolution (demo, id, topic, starts, 0, "完成客户管理系统需求确认", "罗斌", fifteen_ago,
                         spec.ends, "open", &item, error) ||
        !add_revision (demo, item, at (demo, -14, 10, 0), "罗斌", "open", "in-progress",
                       fifteen_ago, five_ago, "客户需求调整，需重新评审", "已约客户复审需求", error) ||
        !add_resolution (demo, id, topic, starts, 1, "修复报表导出缺陷", "梁晓雪", in_five_days,
                         spec.ends, "in-progress", NULL, error) ||
        !add_resolution (demo, id, topic, starts, 3, "安排技术部新人入职培训", "何静", in_two_days,
                         spec.ends, "open", NULL, error) ||
        !add_resolution (demo, id, topic, starts, 2, "更新回归测试用例", "宋佳", twelve_ago,
                         spec.ends, "open", &item, error) ||
        !add_revision (demo, item, at (demo, -13, 17, 0), "宋佳", "open", "done",
                       twelve_ago, twelve_ago, "", "测试用例已全部更新", error) ||
        !set_minutes (demo, id, "distributed", "客户管理系统需求确认由罗斌负责；报表导出缺陷由梁晓雪修复。",
                      at (demo, -20, 18, 0), at (demo, -19, 9, 0), "周杰", at (demo, -19, 10, 0),
                      "周杰、高峰、罗斌、梁晓雪、宋佳", error))
      return FALSE;
  }

  return TRUE;
}

gboolean
ops_store_fill_demo_meetings (sqlite3  *db,
                              GError  **error)
{
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  Demo demo = { db, people, departments, g_date_time_to_unix (now), today };

  return load_ids (&demo, error) &&
         fill_q3 (&demo, error) &&
         fill_weekly (&demo, error) &&
         fill_around_now (&demo, error);
}

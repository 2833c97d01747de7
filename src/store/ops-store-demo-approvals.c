/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-demo-approvals.c: the approval demo data of a new database opened
 * with --demo: the seed's 2023年费用报销制度 request (approved at level 1,
 * returned at level 2 with "需补充差旅费标准", edited and resubmitted as round
 * 2, now waiting — and overdue — at level 1 again; its opinion column is the
 * seed's, from round 1, the latest round with decisions), plus requests in
 * every state relative to today: a draft, one pending at level 1, one
 * overdue, one rejected, one withdrawn, one approved and stamped, one
 * approved waiting for its stamp, a contract and a major item (annual
 * budget, linked to a demo meeting when one exists) waiting for the general
 * manager 王建国 (and his substitute 李娜), and one returned to its applicant.
 *
 * To give 财务部 a chain of three different people it adds 钱志强 (head of
 * 财务部) and 赵国庆 (its division leader); 孙丽华, the 财务主管 who applies
 * for the seed request, is no longer head. The requests are played through
 * the same chain resolution and audit trail as the app uses. */

#include "config.h"


#include <glib/gi18n.h>

#include "store/ops-store-approvals-private.h"

/* One action of a demo request, @day days after the request's date. */
typedef struct {
  char        kind;   /* S submit/resubmit, A approve, R return, J reject,
                       * W withdraw, E edit the purpose, L link the budget
                       * meeting, T stamp and distribute */
  int         day;
  const char *text;   /* comment, new purpose, or whom it was distributed to */
} DemoAction;

typedef struct {
  const char *name;
  const char *type_code;
  const char *purpose;
  const char *applicant;
  const char *date;        /* a fixed date, or NULL: today + date_offset */
  int         date_offset;
  gboolean    major;
  DemoAction  actions[8];  /* ends at kind 0 */
} DemoRequest;

static const DemoRequest demo_requests[] = {
  { "2023年费用报销制度", "policy", "规范公司日常费用与差旅费用的报销流程和审批权限。", "孙丽华",
    "2023-09-01", 0, FALSE,
    { { 'S', 0, NULL }, { 'A', 0, NULL }, { 'R', 3, "需补充差旅费标准" },
      { 'E', 4, "规范公司日常费用与差旅费用的报销流程和审批权限；新增差旅费标准（住宿、交通、餐补按职级）。" },
      { 'S', 4, NULL } } },
  { "2027年办公用品采购合同", "contract", "年度办公用品集中采购，预计金额12万元。", "马超",
    NULL, -1, FALSE, { { 0 } } },
  { "市场推广活动费用报销（11月）", "expense", "双十一线上推广活动的广告投放与物料费用。", "周婷",
    NULL, 0, FALSE, { { 'S', 0, NULL } } },
  { "销售部差旅费报销（10月）", "expense", "华南区客户拜访差旅费，含机票与住宿。", "杨帆",
    NULL, -10, FALSE, { { 'S', 0, NULL }, { 'A', 1, NULL } } },
  { "团队建设活动经费申请", "other", "市场部第四季度团队建设活动。", "黄磊",
    NULL, -6, FALSE, { { 'S', 0, NULL }, { 'J', 1, "本季度团建预算已用完，请下季度再申请" } } },
  { "技术部外部培训费用报销", "expense", "云原生架构外部培训两人次。", "宋佳",
    NULL, -5, FALSE, { { 'S', 0, NULL }, { 'W', 1, NULL } } },
  { "信息安全管理制度（2026修订）", "policy", "根据等保要求修订账号、密码与数据备份条款。", "罗斌",
    NULL, -14, FALSE,
    { { 'S', 0, NULL }, { 'A', 1, "同意" }, { 'A', 2, NULL }, { 'A', 4, "同意发布" },
      { 'T', 6, "全体员工；技术部、行政部存档" } } },
  { "2026年第四季度办公设备采购合同", "contract", "采购笔记本电脑20台及显示器。", "马超",
    NULL, -8, FALSE,
    { { 'S', 0, NULL }, { 'A', 0, NULL }, { 'A', 1, NULL }, { 'A', 2, "同意，注意验收" } } },
  { "华东区代理商合作合同", "contract", "与华东区新代理商签订三年合作协议。", "陈静",
    NULL, -4, FALSE, { { 'S', 0, NULL }, { 'A', 1, NULL }, { 'A', 2, "条款已经法务审核" } } },
  { "2027年度预算方案", "other", "公司2027年度收支预算，需总经理办公会专题审议。", "郑芳",
    NULL, -7, TRUE,
    { { 'S', 0, NULL }, { 'A', 1, NULL }, { 'A', 2, NULL }, { 'L', 3, NULL } } },
  { "客户接待费用报销", "expense", "重要客户来访接待餐费。", "刘洋",
    NULL, -3, FALSE, { { 'S', 0, NULL }, { 'R', 1, "请补充发票原件扫描件" } } },
};

/* The first value of a query with one text parameter (0 when no row). */
static gint64
query_id (sqlite3    *db,
          const char *sql,
          const char *text)
{
  sqlite3_stmt *stmt = ops_approvals_prepare (db, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  ops_store_bind_text (stmt, 1, text);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static gint64
person_id (sqlite3    *db,
           const char *name)
{
  return query_id (db, "SELECT id FROM people WHERE name = ?1", name);
}

/* 10:00 local time of @date plus @minutes, as Unix seconds. */
static gint64
instant (const GDate *date,
         int          minutes)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 10, 0, 0);

  return g_date_time_to_unix (time) + minutes * 60;
}

static gboolean
add_people (sqlite3  *db,
            GError  **error)
{
  gint64 now = ops_store_now ();
  gint64 finance = query_id (db, "SELECT id FROM departments WHERE name = ?1", "财务部");
  gint64 office = query_id (db, "SELECT id FROM departments WHERE name = ?1", "总经理办公室");
  gint64 head, leader;

  if (!ops_store_demo_exec (db, NULL, error, "INSERT INTO people (name, department_id, title, email, phone, created, updated)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                            "tittti", "钱志强", finance, "财务总监", "qian.zhiqiang@example.com", "138 0013 8100", now))
    return FALSE;
  head = sqlite3_last_insert_rowid (db);
  if (!ops_store_demo_exec (db, NULL, error, "INSERT INTO people (name, department_id, title, email, phone, created, updated)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                            "tittti", "赵国庆", office, "副总经理", "zhao.guoqing@example.com", "138 0013 8101", now))
    return FALSE;
  leader = sqlite3_last_insert_rowid (db);

  return ops_store_demo_exec (db, NULL, error, "INSERT INTO person_roles (person_id, role) VALUES (?1, 'staff'), (?1, 'department-head')",
                              "i", head) &&
         ops_store_demo_exec (db, NULL, error, "INSERT INTO person_roles (person_id, role) VALUES (?1, 'staff'), (?1, 'division-leader')",
                              "i", leader) &&
         ops_store_demo_exec (db, NULL, error, "UPDATE departments SET head_id = ?2, leader_id = ?3 WHERE id = ?1",
                              "iii", finance, head, leader) &&
         ops_store_demo_exec (db, NULL, error, "DELETE FROM person_roles WHERE role = 'department-head'"
                      " AND person_id = (SELECT id FROM people WHERE name = ?1)", "t", "孙丽华");
}

/* The state of a request while its actions are played. */
typedef struct {
  gint64            id;
  gint64            applicant_id;
  OpsApprovalState  state;
  guint             round;
  guint             level;
  guint             n_steps;
  GDate             step_day;
  gint64            step_at;
  char             *number;
  gint64            stamped_at;
  gint64            stamped_by;
  char             *distributed_to;
  char             *purpose;
  gint64            meeting_id;
  gint64            resolution_id;
  char             *meeting_topic;
} Play;

static gboolean
step_info (sqlite3  *db,
           Play     *play,
           gint64   *approver_id,
           int      *deadline_days)
{
  sqlite3_stmt *stmt = ops_approvals_prepare (db,
                                              "SELECT approver_id, deadline_days FROM approval_steps"
                                              " WHERE request_id = ?1 AND round = ?2 AND position = ?3",
                                              NULL);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, play->id);
  sqlite3_bind_int64 (stmt, 2, play->round);
  sqlite3_bind_int64 (stmt, 3, play->level);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *approver_id = sqlite3_column_int64 (stmt, 0);
      *deadline_days = sqlite3_column_int (stmt, 1);
      found = TRUE;
    }
  sqlite3_finalize (stmt);
  return found;
}

static guint
count_steps (sqlite3 *db,
             Play    *play)
{
  sqlite3_stmt *stmt = ops_approvals_prepare (db,
                                              "SELECT count(*) FROM approval_steps WHERE request_id = ?1 AND round = ?2",
                                              NULL);
  guint n = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, play->id);
  sqlite3_bind_int64 (stmt, 2, play->round);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gboolean
issue_number (sqlite3     *db,
              const char  *type_code,
              int          year,
              char       **number,
              GError     **error)
{
  g_autofree char *prefix = NULL;
  sqlite3_stmt *stmt;
  gint64 seq = 1;

  stmt = ops_approvals_prepare (db, "SELECT prefix FROM approval_types WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, type_code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    prefix = g_strdup (ops_store_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert (prefix != NULL);

  stmt = ops_approvals_prepare (db, "SELECT last_seq + 1 FROM approval_number_counters WHERE prefix = ?1 AND year = ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  ops_store_bind_text (stmt, 1, prefix);
  sqlite3_bind_int (stmt, 2, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    seq = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  if (!ops_store_demo_exec (db, NULL, error, "INSERT INTO approval_number_counters (prefix, year, last_seq) VALUES (?1, ?2, ?3)"
                    " ON CONFLICT (prefix, year) DO UPDATE SET last_seq = excluded.last_seq",
                            "tii", prefix, (gint64) year, seq))
    return FALSE;
  *number = ops_approval_archive_number (prefix, year, (guint) seq);
  return TRUE;
}

/* Links the demo's budget meeting and one of its resolutions, if any. */
static void
find_meeting (sqlite3 *db,
              Play    *play)
{
  sqlite3_stmt *stmt;

  stmt = ops_approvals_prepare (db,
                                "SELECT m.id, (SELECT r.id FROM meeting_resolutions r WHERE r.meeting_id = m.id"
                                "   ORDER BY r.finalised, r.position LIMIT 1), m.topic"
                                " FROM meetings m ORDER BY (m.topic LIKE '%预算%') DESC, m.starts_at DESC LIMIT 1",
                                NULL);
  if (stmt == NULL)
    return;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      play->meeting_id = sqlite3_column_int64 (stmt, 0);
      play->resolution_id = sqlite3_column_int64 (stmt, 1);
      play->meeting_topic = g_strdup (ops_store_column_text (stmt, 2));
    }
  sqlite3_finalize (stmt);
}

static gboolean
play_request (sqlite3            *db,
              OpsCalendar        *calendar,
              const DemoRequest  *request,
              const GDate        *today,
              GError            **error)
{
  g_autofree char *date = NULL;
  g_autofree char *due = NULL;
  Play play = { 0 };
  GDate base;
  gint64 admin_id = person_id (db, "徐丽");
  gboolean ok = TRUE;

  if (request->date != NULL)
    {
      if (!ops_date_parse_iso (request->date, &base))
        g_assert_not_reached ();
    }
  else
    {
      base = *today;
      if (request->date_offset < 0)
        g_date_subtract_days (&base, (guint) -request->date_offset);
      else
        g_date_add_days (&base, (guint) request->date_offset);
    }
  date = ops_date_to_iso (&base);
  play.applicant_id = person_id (db, request->applicant);
  g_assert (play.applicant_id != 0);
  play.state = OPS_APPROVAL_STATE_DRAFT;
  play.round = 1;
  play.purpose = g_strdup (request->purpose);

  if (!ops_store_demo_exec (db, NULL, error, "INSERT INTO approval_requests (name, type_id, purpose, applicant_id, department_id, date,"
                    " major, created, updated) VALUES (?1, (SELECT id FROM approval_types WHERE code = ?2), ?3, ?4,"
                    " (SELECT department_id FROM people WHERE id = ?4), ?5, ?6, ?7, ?7)",
                            "tttitii", request->name, request->type_code, request->purpose, play.applicant_id, date, (gint64) (request->major ? 1 : 0), instant (&base, 0)))
    return FALSE;
  play.id = sqlite3_last_insert_rowid (db);
  ok = ops_approvals_audit_append (db, play.id, play.applicant_id, 0, OPS_AUDIT_CREATE, 0, 1,
                                   request->name, instant (&base, 0), error);

  for (guint i = 0; ok && i < G_N_ELEMENTS (request->actions) && request->actions[i].kind != 0; i++)
    {
      const DemoAction *action = &request->actions[i];
      GDate day = base;
      gint64 at;
      gint64 approver_id = 0;
      int deadline = 1;

      g_date_add_days (&day, (guint) action->day);
      at = instant (&day, 5 * (int) (i + 1));

      switch (action->kind)
        {
        case 'S':
          {
            gboolean resubmit = play.state == OPS_APPROVAL_STATE_RETURNED;
            g_autofree char *comment = NULL;

            if (resubmit)
              {
                play.round++;
                comment = ops_approval_change_line (_("Purpose"), request->purpose, play.purpose);
              }
            ok = ops_approvals_insert_round (db, play.id, play.round, at, error) &&
                 ops_approvals_audit_append (db, play.id, play.applicant_id, 0,
                                             resubmit ? OPS_AUDIT_RESUBMIT : OPS_AUDIT_SUBMIT, 0, play.round,
                                             comment != NULL ? comment : "", at, error);
            play.state = OPS_APPROVAL_STATE_PENDING;
            play.level = 1;
            play.n_steps = count_steps (db, &play);
            play.step_day = day;
            play.step_at = at;
          }
          break;
        case 'A':
        case 'R':
        case 'J':
          g_assert (play.state == OPS_APPROVAL_STATE_PENDING);
          if (!step_info (db, &play, &approver_id, &deadline))
            g_assert_not_reached ();
          ok = ops_approvals_audit_append (db, play.id, approver_id, 0,
                                           action->kind == 'A' ? OPS_AUDIT_APPROVE
                                           : action->kind == 'R' ? OPS_AUDIT_RETURN : OPS_AUDIT_REJECT,
                                           play.level, play.round, action->text != NULL ? action->text : "",
                                           at, error);
          if (action->kind == 'A' && play.level < play.n_steps)
            {
              play.level++;
              play.step_day = day;
              play.step_at = at;
            }
          else if (action->kind == 'A')
            {
              play.state = OPS_APPROVAL_STATE_APPROVED;
              play.level = 0;
              ok = ok && issue_number (db, request->type_code, g_date_get_year (&day), &play.number, error) &&
                   ops_approvals_audit_append (db, play.id, approver_id, 0, OPS_AUDIT_ARCHIVE, 0, play.round,
                                               play.number, at, error);
            }
          else
            {
              play.state = action->kind == 'R' ? OPS_APPROVAL_STATE_RETURNED : OPS_APPROVAL_STATE_REJECTED;
              play.level = 0;
            }
          break;
        case 'W':
          play.state = OPS_APPROVAL_STATE_WITHDRAWN;
          play.level = 0;
          ok = ops_approvals_audit_append (db, play.id, play.applicant_id, 0, OPS_AUDIT_WITHDRAW, 0,
                                           play.round, "", at, error);
          break;
        case 'E':
          {
            g_autofree char *change = ops_approval_change_line (_("Purpose"), play.purpose, action->text);

            g_free (play.purpose);
            play.purpose = g_strdup (action->text);
            ok = ops_store_demo_exec (db, NULL, error, "UPDATE approval_requests SET purpose = ?2 WHERE id = ?1",
                                      "it", play.id, play.purpose) &&
                 ops_approvals_audit_append (db, play.id, play.applicant_id, 0, OPS_AUDIT_EDIT, 0,
                                             play.round, change, at, error);
          }
          break;
        case 'L':
          find_meeting (db, &play);
          if (play.meeting_id != 0)
            ok = ops_approvals_audit_append (db, play.id, play.applicant_id, 0, OPS_AUDIT_LINK_MEETING,
                                             play.level, play.round, play.meeting_topic, at, error);
          break;
        case 'T':
          play.stamped_at = at;
          play.stamped_by = admin_id;
          play.distributed_to = g_strdup (action->text);
          ok = ops_approvals_audit_append (db, play.id, admin_id, 0, OPS_AUDIT_STAMP, 0, play.round, "",
                                           at, error) &&
               ops_approvals_audit_append (db, play.id, admin_id, 0, OPS_AUDIT_DISTRIBUTE, 0, play.round,
                                           action->text, at, error);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (ok && play.state == OPS_APPROVAL_STATE_PENDING)
    {
      gint64 approver_id = 0;
      int deadline = 1;
      GDate due_day;

      if (!step_info (db, &play, &approver_id, &deadline))
        g_assert_not_reached ();
      ops_approval_step_due (calendar, &play.step_day, (guint) deadline, &due_day);
      due = ops_date_to_iso (&due_day);
    }

  /* The CHECKs tie state, level, step, number and stamp together: one
   * update sets them all. */
  if (ok)
    ok = ops_store_demo_exec (db, NULL, error, "UPDATE approval_requests SET state = ?2, round = ?3, current_level = ?4,"
                      " step_started_at = CASE WHEN ?5 IS NULL THEN NULL ELSE ?6 END, step_due_date = ?5,"
                      " archive_number = ?7, meeting_id = nullif(?8, 0), resolution_id = nullif(?9, 0),"
                      " stamped_at = nullif(?10, 0), stamped_by = nullif(?11, 0), distributed_to = coalesce(?12, '')"
                      " WHERE id = ?1",
                              "itiititiiiit", play.id, ops_approval_state_to_id (play.state), (gint64) play.round, (gint64) play.level, due, play.step_at, play.number, play.meeting_id, play.resolution_id, play.stamped_at, play.stamped_by, play.distributed_to);

  g_free (play.number);
  g_free (play.distributed_to);
  g_free (play.purpose);
  g_free (play.meeting_topic);
  return ok;
}

gboolean
ops_store_fill_demo_approvals (sqlite3  *db,
                               GError  **error)
{
  g_autoptr(OpsCalendar) calendar = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate today, day;

  if (!add_people (db, error))
    return FALSE;

  calendar = ops_store_read_calendar (db, error);
  if (calendar == NULL)
    return FALSE;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  for (guint i = 0; i < G_N_ELEMENTS (demo_requests); i++)
    if (!play_request (db, calendar, &demo_requests[i], &today, error))
      return FALSE;

  /* 王建国 is travelling: 李娜 decides for him this week. */
  day = today;
  g_date_subtract_days (&day, 1);
  from = ops_date_to_iso (&day);
  g_date_add_days (&day, 7);
  to = ops_date_to_iso (&day);
  return ops_store_demo_exec (db, NULL, error, "INSERT INTO approval_substitutes (person_id, substitute_id, from_date, to_date, created)"
                      " VALUES (?1, ?2, ?3, ?4, ?5)",
                              "iitti", person_id (db, "王建国"), person_id (db, "李娜"), from, to, ops_store_now ());
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-demo.c: the demo data of a new database opened with --demo: a
 * small company's departments and people and the 2026 China calendar. The
 * names are Chinese in every locale, as a real company's records would be. */

#include "config.h"

#include <stdarg.h>

#include <glib/gi18n.h>

#include "store/ops-store-private.h"

typedef struct {
  const char *name;
  const char *department;
  const char *title;
  const char *email;
  const char *roles;     /* space-separated role ids besides "staff" */
  gboolean    active;
} DemoPerson;

static const char * const demo_departments[] = {
  "总经理办公室", "销售部", "市场部", "财务部", "行政部", "人力资源部", "技术部",
};

static const DemoPerson demo_people[] = {
  { "王建国", "总经理办公室", "总经理",     "wang.jianguo@example.com",   "general-manager division-leader", TRUE },
  { "李娜",   "总经理办公室", "总经理助理", "li.na@example.com",          "", TRUE },
  { "张伟",   "销售部",       "销售总监",   "zhang.wei@example.com",      "division-leader", TRUE },
  { "刘洋",   "销售部",       "销售经理",   "liu.yang@example.com",       "department-head", TRUE },
  { "陈静",   "销售部",       "大客户经理", "chen.jing@example.com",      "account-manager", TRUE },
  { "杨帆",   "销售部",       "客户经理",   "yang.fan@example.com",       "account-manager", TRUE },
  { "赵敏",   "市场部",       "市场经理",   "zhao.min@example.com",       "department-head", TRUE },
  { "黄磊",   "市场部",       "设计师",     "huang.lei@example.com",      "", TRUE },
  { "周婷",   "市场部",       "市场专员",   "zhou.ting@example.com",      "", TRUE },
  { "孙丽华", "财务部",       "财务主管",   "sun.lihua@example.com",      "department-head", TRUE },
  { "郑芳",   "财务部",       "会计",       "zheng.fang@example.com",     "", TRUE },
  { "吴昊",   "财务部",       "出纳",       "wu.hao@example.com",         "", FALSE },
  { "徐丽",   "行政部",       "行政经理",   "xu.li@example.com",          "department-head administration", TRUE },
  { "马超",   "行政部",       "行政专员",   "ma.chao@example.com",        "", TRUE },
  { "何静",   "人力资源部",   "HR经理",     "he.jing@example.com",        "department-head hr", TRUE },
  { "林涛",   "人力资源部",   "培训专员",   "lin.tao@example.com",        "trainer", TRUE },
  { "高峰",   "技术部",       "技术副总",   "gao.feng@example.com",       "division-leader", TRUE },
  { "周杰",   "技术部",       "研发经理",   "zhou.jie@example.com",       "department-head", TRUE },
  { "罗斌",   "技术部",       "产品经理",   "luo.bin@example.com",        "project-manager", TRUE },
  { "梁晓雪", "技术部",       "软件工程师", "liang.xiaoxue@example.com",  "", TRUE },
  { "宋佳",   "技术部",       "测试工程师", "song.jia@example.com",       "", TRUE },
};

/* department, head, division leader */
static const char * const demo_leads[][3] = {
  { "总经理办公室", "王建国", "王建国" },
  { "销售部",       "刘洋",   "张伟" },
  { "市场部",       "赵敏",   "张伟" },
  { "财务部",       "孙丽华", "王建国" },
  { "行政部",       "徐丽",   "王建国" },
  { "人力资源部",   "何静",   "王建国" },
  { "技术部",       "周杰",   "高峰" },
};

/* The 2026 public holidays of China (first day, last day, name); only the
 * weekdays among them are marked, weekends are off anyway. */
static const char * const demo_holidays[][3] = {
  { "2026-01-01", "2026-01-03", "元旦" },
  { "2026-02-15", "2026-02-23", "春节" },
  { "2026-04-04", "2026-04-06", "清明节" },
  { "2026-05-01", "2026-05-05", "劳动节" },
  { "2026-06-19", "2026-06-21", "端午节" },
  { "2026-09-25", "2026-09-27", "中秋节" },
  { "2026-10-01", "2026-10-07", "国庆节" },
};

/* Make-up working days (调休) of 2026; only weekend days are marked. */
static const char * const demo_workdays[] = {
  "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
};

static gboolean
run (sqlite3       *db,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("add the demo data"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
prepare (sqlite3       *db,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  *stmt = ops_store_prepare (db, sql, _("add the demo data"), error);
  return *stmt != NULL;
}

/* Runs @sql with arguments bound by @format: 'i' gint64, 'n' gint64 bound as
 * NULL when 0, 't' const char * (NULL binds NULL). Sets @rowid (optional) to
 * the last inserted row. */
gboolean
ops_store_demo_exec (sqlite3     *db,
                     gint64      *rowid,
                     GError     **error,
                     const char  *sql,
                     const char  *format,
                     ...)
{
  sqlite3_stmt *stmt = ops_store_prepare (db, sql, _("add the demo data"), error);
  va_list args;
  int rc;

  if (stmt == NULL)
    return FALSE;

  va_start (args, format);
  for (int i = 0; format[i] != '\0'; i++)
    {
      switch (format[i])
        {
        case 'i':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;
        case 'n':
          {
                     gint64 value = va_arg (args, gint64);

                     if (value != 0)
                       sqlite3_bind_int64 (stmt, i + 1, value);
                     else
                       sqlite3_bind_null (stmt, i + 1);
          }
          break;
        case 't':
          ops_store_bind_text (stmt, i + 1, va_arg (args, const char *));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("add the demo data"));
      return FALSE;
    }
  if (rowid != NULL)
    *rowid = sqlite3_last_insert_rowid (db);
  return TRUE;
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static gboolean
fill_calendar (sqlite3  *db,
               GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  if (!prepare (db, "INSERT INTO calendar_days (date, kind, name) VALUES (?1, ?2, ?3)", &stmt, error))
    return FALSE;

  for (guint i = 0; ok && i < G_N_ELEMENTS (demo_holidays); i++)
    {
      GDate day, last;

      if (!ops_date_parse_iso (demo_holidays[i][0], &day) ||
          !ops_date_parse_iso (demo_holidays[i][1], &last))
        g_assert_not_reached ();

      for (; ok && g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
        {
          g_autofree char *iso = NULL;

          if (is_weekend (&day))
            continue;
          iso = ops_date_to_iso (&day);
          ops_store_bind_text (stmt, 1, iso);
          ops_store_bind_text (stmt, 2, "holiday");
          ops_store_bind_text (stmt, 3, demo_holidays[i][2]);
          ok = run (db, stmt, error);
        }
    }

  for (guint i = 0; ok && i < G_N_ELEMENTS (demo_workdays); i++)
    {
      GDate day;

      if (!ops_date_parse_iso (demo_workdays[i], &day))
        g_assert_not_reached ();
      if (!is_weekend (&day))
        continue;
      ops_store_bind_text (stmt, 1, demo_workdays[i]);
      ops_store_bind_text (stmt, 2, "workday");
      ops_store_bind_text (stmt, 3, "调休");
      ok = run (db, stmt, error);
    }

  sqlite3_finalize (stmt);
  return ok;
}

gboolean
ops_store_fill_demo (sqlite3  *db,
                     GError  **error)
{
  g_autoptr(GHashTable) department_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  sqlite3_stmt *insert_department = NULL;
  sqlite3_stmt *insert_person = NULL;
  sqlite3_stmt *insert_role = NULL;
  sqlite3_stmt *set_leads = NULL;
  gint64 now = ops_store_now ();
  gboolean ok;

  ok = prepare (db, "INSERT INTO departments (name, created, updated) VALUES (?1, ?2, ?2)",
                &insert_department, error) &&
       prepare (db, "INSERT INTO people (name, department_id, title, email, phone, active, created, updated)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                &insert_person, error) &&
       prepare (db, "INSERT INTO person_roles (person_id, role) VALUES (?1, ?2)",
                &insert_role, error) &&
       prepare (db, "UPDATE departments SET head_id = ?2, leader_id = ?3 WHERE id = ?1",
                &set_leads, error);

  for (guint i = 0; ok && i < G_N_ELEMENTS (demo_departments); i++)
    {
      ops_store_bind_text (insert_department, 1, demo_departments[i]);
      sqlite3_bind_int64 (insert_department, 2, now);
      ok = run (db, insert_department, error);
      if (ok)
        g_hash_table_insert (department_ids, (gpointer) demo_departments[i],
                             g_memdup2 (&(gint64) { sqlite3_last_insert_rowid (db) }, sizeof (gint64)));
    }

  for (guint i = 0; ok && i < G_N_ELEMENTS (demo_people); i++)
    {
      const DemoPerson *person = &demo_people[i];
      g_autofree char *phone = g_strdup_printf ("138 0013 %04u", 8000 + i);
      g_auto(GStrv) roles = g_strsplit (person->roles, " ", -1);
      gint64 *department_id = g_hash_table_lookup (department_ids, person->department);
      gint64 id;

      g_assert (department_id != NULL);
      ops_store_bind_text (insert_person, 1, person->name);
      sqlite3_bind_int64 (insert_person, 2, *department_id);
      ops_store_bind_text (insert_person, 3, person->title);
      ops_store_bind_text (insert_person, 4, person->email);
      ops_store_bind_text (insert_person, 5, phone);
      sqlite3_bind_int (insert_person, 6, person->active ? 1 : 0);
      sqlite3_bind_int64 (insert_person, 7, now);
      ok = run (db, insert_person, error);
      if (!ok)
        break;

      id = sqlite3_last_insert_rowid (db);
      g_hash_table_insert (person_ids, (gpointer) person->name, g_memdup2 (&id, sizeof id));

      sqlite3_bind_int64 (insert_role, 1, id);
      ops_store_bind_text (insert_role, 2, "staff");
      ok = run (db, insert_role, error);

      for (guint j = 0; ok && roles[j] != NULL; j++)
        {
          if (*roles[j] == '\0')
            continue;
          g_assert (ops_role_from_id (roles[j]) != OPS_ROLE_NONE);
          sqlite3_bind_int64 (insert_role, 1, id);
          ops_store_bind_text (insert_role, 2, roles[j]);
          ok = run (db, insert_role, error);
        }
    }

  for (guint i = 0; ok && i < G_N_ELEMENTS (demo_leads); i++)
    {
      gint64 *department_id = g_hash_table_lookup (department_ids, demo_leads[i][0]);
      gint64 *head_id = g_hash_table_lookup (person_ids, demo_leads[i][1]);
      gint64 *leader_id = g_hash_table_lookup (person_ids, demo_leads[i][2]);

      g_assert (department_id != NULL && head_id != NULL && leader_id != NULL);
      sqlite3_bind_int64 (set_leads, 1, *department_id);
      sqlite3_bind_int64 (set_leads, 2, *head_id);
      sqlite3_bind_int64 (set_leads, 3, *leader_id);
      ok = run (db, set_leads, error);
    }

  sqlite3_finalize (insert_department);
  sqlite3_finalize (insert_person);
  sqlite3_finalize (insert_role);
  sqlite3_finalize (set_leads);

  return ok && fill_calendar (db, error)
         && ops_store_fill_demo_meetings (db, error)
         && ops_store_fill_demo_approvals (db, error);
}

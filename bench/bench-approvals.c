/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-approvals.c: fills a database with N synthetic approval requests
 * (default 10,000) in every state, each with its chain snapshot and about
 * five audit-trail rows chained with SHA-256, then times through the public
 * API what the approvals page and the check at open do: (a) the first page
 * of 100 of "All" with the total, (b) "Waiting for me" of the busiest
 * approver, (c) a search, (d) verifying the whole audit trail. (a)–(c) run
 * five times each; the median counts. Fails when (a)–(c) take 250 ms or
 * more, or (d) 2 s or more, per 10,000 requests (larger N scales them).
 *
 * Why these targets: a page must answer while someone types in the search
 * field; the trail is verified at every start of the app, so it must stay
 * well under the time a window takes to appear even for years of approvals.
 *
 * Usage: bench-approvals [N]
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "store/ops-store.h"
#include "store/ops-store-private.h"

#define TARGET_QUERY_MS_PER_10K   250.0
#define TARGET_VERIFY_MS_PER_10K 2000.0
#define N_RUNS                       5

static const char *names[] = { "差旅费报销", "采购合同", "费用报销制度", "市场推广费用", "代理合作协议",
                               "培训费用报销", "年度预算", "办公设备采购" };

typedef struct {
  GMainLoop    *loop;
  GAsyncResult *result;
} Wait;

static void
wait_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static GAsyncResult *
wait_for (Wait *wait)
{
  g_clear_object (&wait->result);
  g_main_loop_run (wait->loop);
  return wait->result;
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

static void
step (sqlite3      *db,
      sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Appends one trail row chained to *@prev (updated). */
static void
trail (sqlite3      *db,
       sqlite3_stmt *insert,
       gint64       *next_id,
       char        **prev,
       gint64        request_id,
       gint64        actor,
       const char   *action,
       int           level,
       const char   *comment)
{
  OpsAuditFields fields = { *next_id, request_id, 1700000000 + *next_id, actor, 0, action, level, 1,
                            comment, "bench" };
  g_autofree char *canonical = ops_audit_canonical_row (&fields);
  char *hash = ops_audit_row_hash (*prev, canonical);

  sqlite3_bind_int64 (insert, 1, fields.id);
  sqlite3_bind_int64 (insert, 2, request_id);
  sqlite3_bind_int64 (insert, 3, fields.at);
  sqlite3_bind_int64 (insert, 4, actor);
  sqlite3_bind_text (insert, 5, action, -1, SQLITE_STATIC);
  sqlite3_bind_int (insert, 6, level);
  sqlite3_bind_text (insert, 7, comment, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 8, *prev, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 9, hash, -1, SQLITE_TRANSIENT);
  step (db, insert);
  g_free (*prev);
  *prev = hash;
  (*next_id)++;
}

static void
fill (const char *path,
      guint       n)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *request, *steps, *audit, *head;
  g_autofree char *prev = g_strdup ("");
  g_autofree char *head_sql = NULL;
  gint64 next_id = 1;

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("cannot open %s", path);
  exec (db, "BEGIN;"
            "INSERT INTO departments (id, name, created, updated) VALUES (1, '财务部', 0, 0);"
            "INSERT INTO people (id, name, department_id, created, updated) VALUES"
            " (1, '申请人', 1, 0, 0), (2, '部门负责人', 1, 0, 0), (3, '分管领导', 1, 0, 0), (4, '总经理', 1, 0, 0);"
            "INSERT INTO person_roles VALUES (1, 'staff'), (2, 'department-head'), (3, 'division-leader'),"
            " (4, 'general-manager');"
            "UPDATE departments SET head_id = 2, leader_id = 3;");
  request = prepare (db, "INSERT INTO approval_requests (id, name, type_id, purpose, applicant_id, department_id,"
                         " date, state, round, current_level, step_started_at, step_due_date, archive_number,"
                         " created, updated) VALUES (?1, ?2, 1 + ?1 % 4, '用途说明', 1, 1,"
                         " date('2024-01-01', '+' || (?1 % 900) || ' days'), ?3, 1, ?4,"
                         " CASE WHEN ?3 = 'pending' THEN 1700000000 END,"
                         " CASE WHEN ?3 = 'pending' THEN date('2024-01-01', '+' || (?1 % 1000) || ' days') END,"
                         " CASE WHEN ?3 = 'approved' THEN 'BENCH-2024-' || ?1 END, 0, 0)");
  steps = prepare (db, "INSERT INTO approval_steps (request_id, round, position, role, approver_id, deadline_days)"
                       " VALUES (?1, 1, ?2, ?3, ?4, ?2)");
  audit = prepare (db, "INSERT INTO approval_audit (id, request_id, at, actor_id, action, level, round, comment,"
                       " os_user, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, 'bench', ?8, ?9)");
  exec (db, "INSERT INTO approval_types (id, code, name, prefix, builtin, created, updated)"
            " VALUES (99, 'bench', 'Bench', 'BENCH', 0, 0, 0)");

  for (guint i = 1; i <= n; i++)
    {
      static const char *roles[] = { "department-head", "division-leader", "general-manager" };
      g_autofree char *name = g_strdup_printf ("%s %u", names[i % G_N_ELEMENTS (names)], i);
      const char *state;
      int level = 0;

      switch (i % 5)
        {
        case 0: state = "approved"; break;
        case 1: state = "returned"; break;
        case 2: state = "rejected"; break;
        default: state = "pending"; level = 1 + (int) (i % 3); break;
        }
      sqlite3_bind_int64 (request, 1, i);
      sqlite3_bind_text (request, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (request, 3, state, -1, SQLITE_STATIC);
      sqlite3_bind_int (request, 4, level);
      step (db, request);
      for (int p = 1; p <= 3; p++)
        {
          sqlite3_bind_int64 (steps, 1, i);
          sqlite3_bind_int (steps, 2, p);
          sqlite3_bind_text (steps, 3, roles[p - 1], -1, SQLITE_STATIC);
          sqlite3_bind_int64 (steps, 4, p + 1);
          step (db, steps);
        }
      trail (db, audit, &next_id, &prev, i, 1, "create", 0, name);
      trail (db, audit, &next_id, &prev, i, 1, "submit", 0, "");
      trail (db, audit, &next_id, &prev, i, 2, "approve", 1, "同意");
      trail (db, audit, &next_id, &prev, i, 3, i % 5 == 1 ? "return" : "approve", 2,
             i % 5 == 1 ? "需补充差旅费标准" : "");
      if (i % 5 == 0)
        trail (db, audit, &next_id, &prev, i, 4, "approve", 3, "同意");
    }
  head = prepare (db, "UPDATE approval_audit_head SET last_id = ?1, hash = ?2 WHERE id = 1");
  sqlite3_bind_int64 (head, 1, next_id - 1);
  sqlite3_bind_text (head, 2, prev, -1, SQLITE_STATIC);
  step (db, head);
  sqlite3_finalize (request);
  sqlite3_finalize (steps);
  sqlite3_finalize (audit);
  sqlite3_finalize (head);
  exec (db, "COMMIT");
  sqlite3_close (db);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
time_list (OpsStore                *store,
           Wait                    *wait,
           const OpsApprovalFilter *filter,
           guint                   *total)
{
  double runs[N_RUNS];

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(GListModel) list = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      ops_store_list_approvals_async (store, filter, (OpsRange) { 0, 100 }, NULL, wait_cb, wait);
      list = ops_store_list_approvals_finish (store, wait_for (wait), total, &error);
      if (list == NULL)
        g_error ("%s", error->message);
      runs[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (runs, N_RUNS, sizeof (double), compare_double);
  return runs[N_RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  double scale = MAX (n, 10000) / 10000.0;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("opsdesk-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "opsdesk.db", NULL);
  g_autoptr(OpsStore) store = NULL;
  Wait wait = { g_main_loop_new (NULL, FALSE), NULL };
  OpsApprovalFilter filter;
  double all_ms, waiting_ms, search_ms, verify_ms;
  guint total_all = 0, total_waiting = 0, total_search = 0;
  gint64 bad = 0, start;
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);

  store = ops_store_open (path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  ops_store_close (store);
  g_clear_object (&store);
  fill (path, n);
  store = ops_store_open (path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  ops_store_set_current_user (store, 3);   /* the division leader */

  ops_approval_filter_init (&filter);
  all_ms = time_list (store, &wait, &filter, &total_all);
  filter.scope = OPS_APPROVAL_SCOPE_WAITING_FOR_ME;
  waiting_ms = time_list (store, &wait, &filter, &total_waiting);
  ops_approval_filter_init (&filter);
  filter.search = "报销";
  search_ms = time_list (store, &wait, &filter, &total_search);

  start = g_get_monotonic_time ();
  ops_store_verify_audit_async (store, NULL, wait_cb, &wait);
  if (!ops_store_verify_audit_finish (store, wait_for (&wait), &bad, &error))
    g_error ("the synthetic trail does not verify at row %" G_GINT64_FORMAT ": %s", bad, error->message);
  verify_ms = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("requests: %u\n", n);
  g_print ("(a) all, first 100 of %u: %.1f ms\n", total_all, all_ms);
  g_print ("(b) waiting for me, first 100 of %u: %.1f ms\n", total_waiting, waiting_ms);
  g_print ("(c) search, first 100 of %u: %.1f ms\n", total_search, search_ms);
  g_print ("(d) verify the audit trail: %.1f ms\n", verify_ms);

  if (total_all != n || total_waiting == 0 || total_search == 0)
    {
      g_printerr ("unexpected totals\n");
      ok = FALSE;
    }
  if (all_ms >= TARGET_QUERY_MS_PER_10K * scale || waiting_ms >= TARGET_QUERY_MS_PER_10K * scale ||
      search_ms >= TARGET_QUERY_MS_PER_10K * scale)
    {
      g_printerr ("a list took %.0f ms or more\n", TARGET_QUERY_MS_PER_10K * scale);
      ok = FALSE;
    }
  if (verify_ms >= TARGET_VERIFY_MS_PER_10K * scale)
    {
      g_printerr ("verifying took %.0f ms or more\n", TARGET_VERIFY_MS_PER_10K * scale);
      ok = FALSE;
    }

  ops_store_close (store);
  g_clear_object (&store);
  g_clear_object (&wait.result);
  g_main_loop_unref (wait.loop);
  {
    const char *suffixes[] = { "", "-wal", "-shm", ".lock" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
    g_rmdir (dir);
  }
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

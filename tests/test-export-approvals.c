/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-export-approvals.c: the document approval template (文件审批申请表)
 * written, then read back by an independent reader (tests/xlsx-check.py,
 * openpyxl) cell by cell with types: rows built here (English headers,
 * formula-looking text, the opinion column), the exact Chinese headers of
 * SPEC §6, and the demo seed row exported through the runner from a real
 * store, with the --from/--to range.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "export/ops-export-templates.h"
#include "export/ops-sheet.h"
#include "store/ops-store.h"
#include "store/ops-store-reader.h"
#include "ui/ops-export-runner.h"

#include "test-export-common.h"

#define N_COLUMNS 8

static void
set_locale (const char *locale)
{
  g_assert_nonnull (setlocale (LC_ALL, locale));
}

/* Rows built here -------------------------------------------------------- */

static OpsApprovalRequest *
make_request (const char       *name,
              const char       *type_name,
              const char       *applicant,
              const char       *date,
              const char       *chain,
              const char       *opinion,
              OpsApprovalState  state,
              const char       *archive_number)
{
  OpsApprovalRequest *request = ops_approval_request_new ();

  ops_approval_request_set_name (request, name);
  ops_approval_request_set_type_name (request, type_name);
  ops_approval_request_set_applicant_name (request, applicant);
  ops_approval_request_set_date (request, date);
  ops_approval_request_set_chain_label (request, chain);
  ops_approval_request_set_opinion (request, opinion);
  ops_approval_request_set_state (request, state);
  ops_approval_request_set_archive_number (request, archive_number);
  return request;
}

static GPtrArray *
make_requests (void)
{
  GPtrArray *requests = g_ptr_array_new_with_free_func (g_object_unref);
  const char *levels[] = { "部门负责人", "分管领导", "总经理" };
  g_autofree char *chain = ops_approval_chain_label (levels, 3);
  g_autoptr(GString) long_opinion = g_string_new (NULL);

  /* The seed's row as the reader gives it in Chinese. */
  g_ptr_array_add (requests, make_request ("2023年费用报销制度", "制度文件", "孙丽华", "2023-09-01",
                                           chain, "部门负责人:同意;分管领导:需补充差旅费标准",
                                           OPS_APPROVAL_STATE_PENDING, NULL));
  /* Approved, with its archive number. */
  g_ptr_array_add (requests, make_request ("Supplier framework contract", "Contract", "Alice Smith",
                                           "2023-09-12", "Department head-General manager",
                                           "Department head:Approved;General manager:OK",
                                           OPS_APPROVAL_STATE_APPROVED, "CONTRACT-2023-001"));
  /* Text a spreadsheet would run as a formula if it were written as one;
   * a draft has no opinion yet. */
  g_ptr_array_add (requests, make_request ("=HYPERLINK(\"http://x\",\"y\")", "+合同", "@bob", "2024-02-29",
                                           "-1", NULL, OPS_APPROVAL_STATE_DRAFT, NULL));
  /* A long opinion column wraps. */
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (long_opinion, "%s第%u级:同意", i > 0 ? ";" : "", i + 1);
  g_ptr_array_add (requests, make_request ("年度预算", "费用报销", "王建国", "2023-12-31",
                                           "部门负责人", long_opinion->str,
                                           OPS_APPROVAL_STATE_REJECTED, NULL));
  return requests;
}

static void
write_requests (const char *path,
                const char *from,
                const char *to,
                GPtrArray  *requests)
{
  g_autoptr(GError) error = NULL;
  OpsSheet *sheet;

  sheet = ops_export_approval_form_begin (path, from, to, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  for (guint i = 0; i < requests->len; i++)
    {
      g_assert_true (ops_export_approval_form_row (sheet, g_ptr_array_index (requests, i), &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (ops_sheet_get_n_rows (sheet), ==, requests->len);
  g_assert_true (ops_sheet_finish (sheet, &error));
  g_assert_no_error (error);
}

static void
expect_request_row (Expect             *e,
                    guint               row,
                    OpsApprovalRequest *request)
{
  expect_s (e, row, 0, ops_approval_request_get_name (request));
  expect_s (e, row, 1, ops_approval_request_get_type_name (request));
  expect_s (e, row, 2, ops_approval_request_get_applicant_name (request));
  expect_d (e, row, 3, ops_approval_request_get_date (request));
  expect_s (e, row, 4, ops_approval_request_get_chain_label (request));
  expect_s (e, row, 5, ops_approval_request_get_opinion (request));
  expect_s (e, row, 6, ops_approval_state_to_label (ops_approval_request_get_state (request)));
  expect_s (e, row, 7, ops_approval_request_get_archive_number (request));
}

static void
test_sheet_en (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "approvals.xlsx", NULL);
  g_autoptr(GPtrArray) requests = make_requests ();
  g_autoptr(Expect) e = expect_new ("Document Approval Requests");
  const char *title = "Document Approval Requests — 2023-09-01 to 2024-02-29";
  const char *headers[N_COLUMNS] = {
    "Document Name", "Document Type", "Applicant", "Date of Application",
    "Approval Levels", "Approval Opinions", "State", "Archive Number",
  };

  set_locale ("C.UTF-8");
  write_requests (path, "2023-09-01", "2024-02-29", requests);

  expect_s (e, 0, 0, title);
  for (guint i = 1; i < N_COLUMNS; i++)
    expect_s (e, 0, i, NULL);
  for (guint i = 0; i < N_COLUMNS; i++)
    expect_s (e, 1, i, headers[i]);
  for (guint i = 0; i < requests->len; i++)
    expect_request_row (e, 2 + i, g_ptr_array_index (requests, i));

  /* The seed row, literally. */
  expect_s (e, 2, 0, "2023年费用报销制度");
  expect_s (e, 2, 4, "部门负责人-分管领导-总经理");
  expect_s (e, 2, 5, "部门负责人:同意;分管领导:需补充差旅费标准");
  expect_s (e, 2, 6, "Pending");
  expect_s (e, 3, 6, "Approved");
  expect_s (e, 3, 7, "CONTRACT-2023-001");
  /* Formula-looking text stays text (xlsx-check also refuses any formula). */
  expect_s (e, 4, 0, "=HYPERLINK(\"http://x\",\"y\")");
  expect_s (e, 4, 1, "+合同");
  expect_s (e, 4, 2, "@bob");
  expect_s (e, 4, 4, "-1");
  expect_d (e, 4, 3, "2024-02-29");

  expect_sheet_layout (e, title, N_COLUMNS, requests->len);
  expect_fact (e, "wrapped", "[\"F6\"]");
  expect_fact (e, "formats", "{\"D3\": \"yyyy-mm-dd\"}");
  expect_check (e, path);

  remove_tree (dir);
}

/* Without a range the title carries the export date. */
static void
test_title_without_range (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.xlsx", NULL);
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *title = g_strdup_printf ("Document Approval Requests — %s", today);
  g_autoptr(Expect) e = expect_new ("Document Approval Requests");

  set_locale ("C.UTF-8");
  write_requests (path, NULL, NULL, none);

  e->complete = FALSE;
  expect_s (e, 1, 0, "Document Name");
  expect_s (e, 1, 5, "Approval Opinions");
  expect_fact_string (e, "title", title);
  expect_fact (e, "max_row", "2");
  expect_check (e, path);

  /* The registry offers the template (--export list, the Export menu). */
  g_assert_nonnull (ops_export_template_lookup ("approval-form"));
  g_assert_cmpstr (ops_export_template_lookup ("approval-form")->title (), ==, "Document Approval Requests");
  g_assert_nonnull (strstr (ops_export_template_lookup ("approval-form")->description (), "--from"));
  remove_tree (dir);
}

static void
require_zh_catalogue (void)
{
  g_autofree char *mo = g_build_filename (g_getenv ("OPSDESK_LOCALEDIR"), "zh_CN", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  /* Built by meson from po/zh_CN.po. */
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
}

static void
test_headers_zh (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "审批.xlsx", NULL);
  g_autoptr(GPtrArray) requests = make_requests ();
  g_autoptr(Expect) e = expect_new ("文件审批申请表");
  const char *headers[] = { "文件名称", "文件类型", "申请人", "申请日期", "审批层级", "审批意见栏" };

  require_zh_catalogue ();
  set_locale ("zh_CN.UTF-8");
  g_ptr_array_set_size (requests, 1);
  write_requests (path, "2023-09-01", "2023-09-30", requests);

  e->complete = FALSE;
  /* SPEC §6: exactly these six first. */
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    expect_s (e, 1, i, headers[i]);
  expect_s (e, 2, 0, "2023年费用报销制度");
  expect_s (e, 2, 1, "制度文件");
  expect_s (e, 2, 2, "孙丽华");
  expect_d (e, 2, 3, "2023-09-01");
  expect_s (e, 2, 4, "部门负责人-分管领导-总经理");
  expect_s (e, 2, 5, "部门负责人:同意;分管领导:需补充差旅费标准");
  expect_s (e, 2, 6, ops_approval_state_to_label (OPS_APPROVAL_STATE_PENDING));
  expect_s (e, 2, 7, NULL);
  expect_fact (e, "n_columns", "8");
  expect_fact (e, "max_row", "3");
  expect_check (e, path);

  /* The title row names the form and the range. */
  {
    const char *argv[] = {
      OPSDESK_PYTHON, "-c",
      "import sys, openpyxl\n"
      "print(openpyxl.load_workbook(sys.argv[1]).active['A1'].value)\n",
      path, NULL
    };
    g_autofree char *out = NULL;
    int status = -1;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_prefix (out, "文件审批申请表"));
    g_assert_nonnull (strstr (out, "2023-09-01"));
    g_assert_nonnull (strstr (out, "2023-09-30"));
  }

  set_locale ("C.UTF-8");
  remove_tree (dir);
}

/* The runner on the demo store ------------------------------------------ */

typedef struct {
  GMainLoop    *loop;
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
collect_cb (OpsApprovalRequest *request,
            gpointer            user_data)
{
  g_ptr_array_add (user_data, g_object_ref (request));
  return TRUE;
}

/* What the reader streams for the range: the independent expectation of
 * the rows the runner writes. */
static GPtrArray *
read_requests (OpsStore   *store,
               const char *from,
               const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsStoreReader) reader = ops_store_reader_new (store, &error);
  GPtrArray *requests = g_ptr_array_new_with_free_func (g_object_unref);
  guint count = 0;

  g_assert_no_error (error);
  g_assert_true (ops_store_reader_count_approvals (reader, from, to, &count, &error));
  g_assert_no_error (error);
  g_assert_true (ops_store_reader_foreach_approval (reader, from, to, collect_cb, requests, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, requests->len);
  return requests;
}

static void
run_export (OpsStore   *store,
            const char *from,
            const char *to,
            const char *path)
{
  const OpsExportParams params = { from, to, 0 };
  Waiter w = { g_main_loop_new (NULL, FALSE), NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  ops_export_run_async (store, "approval-form", &params, path, NULL, NULL, NULL, NULL, waiter_cb, &w);
  result = waiter_wait (&w);
  g_assert_true (ops_export_run_finish (result, &error));
  g_assert_no_error (error);
}

static void
test_runner_seed_zh (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "文件审批申请表.xlsx", NULL);
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(Expect) e = expect_new ("文件审批申请表");
  g_autofree char *max_row = NULL;
  int seed_row = -1;

  require_zh_catalogue ();
  set_locale ("zh_CN.UTF-8");
  store = open_demo_store (dir);

  run_export (store, "2023-09-01", "2023-09-30", path);
  requests = read_requests (store, "2023-09-01", "2023-09-30");
  g_assert_cmpuint (requests->len, >=, 1);

  e->complete = FALSE;
  for (guint i = 0; i < requests->len; i++)
    {
      OpsApprovalRequest *request = g_ptr_array_index (requests, i);

      /* Every request of the range is dated in it. */
      g_assert_cmpstr (ops_approval_request_get_date (request), >=, "2023-09-01");
      g_assert_cmpstr (ops_approval_request_get_date (request), <=, "2023-09-30");
      expect_request_row (e, 2 + i, request);
      if (g_strcmp0 (ops_approval_request_get_name (request), "2023年费用报销制度") == 0)
        seed_row = (int) (2 + i);
    }
  g_assert_cmpint (seed_row, >=, 2);

  /* The seed's row of SPEC §6, literally. */
  {
    OpsApprovalRequest *seed = g_ptr_array_index (requests, seed_row - 2);
    const char *applicant = ops_approval_request_get_applicant_name (seed);

    g_assert_nonnull (applicant);
    g_assert_cmpstr (applicant, !=, "");
    expect_s (e, seed_row, 0, "2023年费用报销制度");
    expect_s (e, seed_row, 1, "制度文件");
    expect_s (e, seed_row, 2, applicant);
    expect_d (e, seed_row, 3, "2023-09-01");
    expect_s (e, seed_row, 4, "部门负责人-分管领导-总经理");
    expect_s (e, seed_row, 5, "部门负责人:同意;分管领导:需补充差旅费标准");
  }

  expect_s (e, 1, 0, "文件名称");
  expect_s (e, 1, 5, "审批意见栏");
  max_row = g_strdup_printf ("%u", 2 + requests->len);
  expect_fact (e, "max_row", max_row);
  expect_fact (e, "freeze", "\"A3\"");
  expect_check (e, path);

  set_locale ("C.UTF-8");
  ops_store_close (store);
  remove_tree (dir);
}

/* Every request without a range, and an empty range, in English. */
static void
test_runner_ranges (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *all_path = g_build_filename (dir, "all.xlsx", NULL);
  g_autofree char *none_path = g_build_filename (dir, "none.xlsx", NULL);
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(Expect) e = expect_new ("Document Approval Requests");
  g_autoptr(Expect) empty = expect_new ("Document Approval Requests");
  g_autofree char *max_row = NULL;
  g_autoptr(GHashTable) states = g_hash_table_new (NULL, NULL);

  set_locale ("C.UTF-8");
  store = open_demo_store (dir);

  run_export (store, NULL, NULL, all_path);
  all = read_requests (store, NULL, NULL);
  /* The demo has requests in every state. */
  g_assert_cmpuint (all->len, >=, 4);
  e->complete = FALSE;
  for (guint i = 0; i < all->len; i++)
    {
      OpsApprovalRequest *request = g_ptr_array_index (all, i);

      expect_request_row (e, 2 + i, request);
      g_hash_table_add (states, GINT_TO_POINTER (ops_approval_request_get_state (request)));
      if (i > 0)
        /* By application date. */
        g_assert_cmpstr (ops_approval_request_get_date (g_ptr_array_index (all, i - 1)), <=,
                         ops_approval_request_get_date (request));
    }
  g_assert_cmpuint (g_hash_table_size (states), >=, 3);
  max_row = g_strdup_printf ("%u", 2 + all->len);
  expect_fact (e, "max_row", max_row);
  expect_s (e, 1, 3, "Date of Application");
  expect_check (e, all_path);

  /* A range with no request: the headers alone. */
  run_export (store, "1999-01-01", "1999-12-31", none_path);
  none = read_requests (store, "1999-01-01", "1999-12-31");
  g_assert_cmpuint (none->len, ==, 0);
  empty->complete = FALSE;
  expect_s (empty, 0, 0, "Document Approval Requests — 1999-01-01 to 1999-12-31");
  expect_s (empty, 1, 0, "Document Name");
  expect_fact (empty, "max_row", "2");
  expect_check (empty, none_path);

  ops_store_close (store);
  remove_tree (dir);
}

/* A malformed range is refused before anything is written. */
static void
test_runner_bad_range (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.xlsx", NULL);
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const OpsExportParams bad_date = { "2023-02-30", NULL, 0 };
  const OpsExportParams reversed = { "2023-10-01", "2023-09-01", 0 };

  set_locale ("C.UTF-8");
  store = open_demo_store (dir);
  reader = ops_store_reader_new (store, &error);
  g_assert_no_error (error);

  g_assert_false (ops_export_run (reader, "approval-form", &bad_date, path, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "2023-02-30"));
  g_clear_error (&error);

  g_assert_false (ops_export_run (reader, "approval-form", &reversed, path, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_BAD_ARGUMENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_pointer (&reader, ops_store_reader_free);
  ops_store_close (store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Date cells show local dates: pin the zone. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  tzset ();
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("OPSDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* The core layer translates with g_dgettext(), which decides once per
   * process, at its first call, whether to translate at all: in C.UTF-8
   * (no catalogue) it would decide never to. Make that first call in
   * Chinese, as the application does when it starts in zh_CN. */
  if (setlocale (LC_ALL, "zh_CN.UTF-8") != NULL)
    g_assert_nonnull (ops_role_to_label (OPS_ROLE_STAFF));
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/approval-form/sheet-en", test_sheet_en);
  g_test_add_func ("/export/approval-form/title-without-range", test_title_without_range);
  g_test_add_func ("/export/approval-form/headers-zh", test_headers_zh);
  g_test_add_func ("/export/approval-form/runner-seed-zh", test_runner_seed_zh);
  g_test_add_func ("/export/approval-form/runner-ranges", test_runner_ranges);
  g_test_add_func ("/export/approval-form/runner-bad-range", test_runner_bad_range);

  return g_test_run ();
}

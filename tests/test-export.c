/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-export.c: the export layer written, then read back by an independent
 * reader (tests/xlsx-check.py, openpyxl) and compared cell by cell; bad text,
 * locales, missing folders, and the runner on a real store.
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

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* People ----------------------------------------------------------------- */

static OpsPerson *
make_person (const char *name,
             const char *department,
             const char *title,
             const char *email,
             const char *phone,
             OpsRole     roles,
             gboolean    active)
{
  OpsPerson *person = ops_person_new ();

  ops_person_set_name (person, name);
  ops_person_set_department_name (person, department);
  ops_person_set_title (person, title);
  ops_person_set_email (person, email);
  ops_person_set_phone (person, phone);
  ops_person_set_roles (person, roles);
  ops_person_set_active (person, active);
  return person;
}

static GPtrArray *
make_people (void)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) long_title = g_string_new (NULL);
  guint i;

  for (i = 0; i < 12; i++)
    g_string_append (long_title, "Coordinator of regional operations, ");
  g_string_append (long_title, "and 一些中文");

  g_ptr_array_add (people, make_person ("张伟", "研发中心测试部", "高级工程师",
                                        "zhang.wei@example.com", "13800138000",
                                        OPS_ROLE_STAFF | OPS_ROLE_PROJECT_MANAGER, TRUE));
  g_ptr_array_add (people, make_person ("Alice Smith", "Sales", "Account manager",
                                        "alice@example.com", "5550101",
                                        OPS_ROLE_ACCOUNT_MANAGER, TRUE));
  /* Inactive, no department, nothing else filled in. */
  g_ptr_array_add (people, make_person ("欧阳娜娜", NULL, "", "", "", OPS_ROLE_NONE, FALSE));
  /* Text a spreadsheet would run as a formula if it were written as one. */
  g_ptr_array_add (people, make_person ("=SUM(A1:A2)", "-Finance", "@home",
                                        "=cmd|' /C calc'!A0", "+1 555",
                                        OPS_ROLE_HR, TRUE));
  g_ptr_array_add (people, make_person ("Bob", "Admin", long_title->str,
                                        "bob@example.com", "", OPS_ROLE_ALL, TRUE));
  return people;
}

static void
expect_people_rows (Expect    *e,
                    GPtrArray *people)
{
  guint i;

  for (i = 0; i < people->len; i++)
    {
      OpsPerson *person = g_ptr_array_index (people, i);
      g_autofree char *roles = ops_person_dup_roles_label (person);
      guint row = 2 + i;

      expect_s (e, row, 0, ops_person_get_name (person));
      expect_s (e, row, 1, ops_person_get_department_name (person));
      expect_s (e, row, 2, ops_person_get_title (person));
      expect_s (e, row, 3, ops_person_get_email (person));
      expect_s (e, row, 4, ops_person_get_phone (person));
      expect_s (e, row, 5, roles);
      expect_s (e, row, 6, ops_person_get_active (person) ? "Active" : "Inactive");
    }
}

static void
write_people (const char *path,
              GPtrArray  *people)
{
  g_autoptr(GError) error = NULL;
  OpsSheet *sheet;
  guint i;

  sheet = ops_export_people_begin (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  for (i = 0; i < people->len; i++)
    {
      ops_export_people_row (sheet, g_ptr_array_index (people, i), &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (ops_sheet_get_n_rows (sheet), ==, people->len);
  ops_sheet_finish (sheet, &error);
  g_assert_no_error (error);
}

static void
test_people_sheet (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "people.xlsx", NULL);
  g_autoptr(GPtrArray) people = make_people ();
  g_autoptr(Expect) e = expect_new ("People Directory");
  g_autofree char *today = today_iso ();
  g_autofree char *title = g_strdup_printf ("People Directory — %s", today);
  g_autofree char *props = NULL;
  g_autofree char *listing = NULL;
  const char *headers[] = { "Name", "Department", "Job Title", "E-mail", "Phone", "Roles", "Status" };
  guint i;

  set_c_locale ();
  write_people (path, people);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "people.xlsx");

  expect_s (e, 0, 0, title);
  for (i = 1; i < 7; i++)
    expect_blank (e, 0, i);
  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    expect_s (e, 1, i, headers[i]);
  expect_people_rows (e, people);

  expect_sheet_layout (e, title, 7, people->len);
  /* Name: widest "=SUM(A1:A2)" and "Alice Smith" (11) + 2.
   * Department: "研发中心测试部" is 7 characters, 14 columns wide, + 2.
   * Job title: over 60, capped. Phone: "13800138000" (11) + 2. */
  expect_fact (e, "widths",
               "{\"A\": [13, 14], \"B\": [16, 17], \"C\": [60, 61], \"E\": [13, 14], \"G\": [10, 11]}");
  expect_fact (e, "wrapped", "[\"A2\", \"C7\", \"F3\"]");
  props = g_strdup_printf ("{\"title\": \"%s\", \"creator\": \"Opsdesk\", \"subject\": \"People Directory\"}", title);
  expect_fact (e, "properties", props);

  expect_check (e, path);
  remove_tree (dir);
}

/* Every cell type ------------------------------------------------------- */

static const OpsSheetColumn all_columns[] = {
  { "Text", OPS_CELL_TEXT },
  { "Long", OPS_CELL_LONG_TEXT },
  { "Count", OPS_CELL_INTEGER },
  { "Amount", OPS_CELL_NUMBER },
  { "Date", OPS_CELL_DATE },
  { "When", OPS_CELL_DATETIME },
  { "Empty", OPS_CELL_TEXT },
  { "K1", OPS_CELL_TEXT },
  { "K2", OPS_CELL_TEXT },
};

/* 2024-02-29 14:30:00 UTC, 22:30 in Asia/Shanghai (TZ of this test). */
#define TEST_UNIX_TIME G_GINT64_CONSTANT (1709217000)

static void
write_all_types (const char *path,
                 const char *long_text)
{
  g_autoptr(GError) error = NULL;
  OpsSheet *sheet;

  sheet = ops_sheet_new (path, "Types: [all]?", "Every cell type", all_columns,
                         G_N_ELEMENTS (all_columns), &error);
  g_assert_no_error (error);
  g_assert_nonnull (sheet);

  g_assert_true (ops_sheet_add_text (sheet, "plain", -1, &error));
  g_assert_true (ops_sheet_add_text (sheet, long_text, -1, &error));
  g_assert_true (ops_sheet_add_integer (sheet, 42, &error));
  g_assert_true (ops_sheet_add_number (sheet, 1234.5, &error));
  g_assert_true (ops_sheet_add_date (sheet, "2024-02-29", &error));
  g_assert_true (ops_sheet_add_datetime (sheet, TEST_UNIX_TIME, &error));
  g_assert_true (ops_sheet_add_blank (sheet, &error));
  g_assert_true (ops_sheet_add_text (sheet, "中文中文中文中文中文", -1, &error));
  g_assert_true (ops_sheet_add_text (sheet, "abcdefghij", -1, &error));
  g_assert_true (ops_sheet_end_row (sheet, &error));

  /* Blanks of every kind; a length-limited text. */
  g_assert_true (ops_sheet_add_text (sheet, "=1+1 and more", 4, &error));
  g_assert_true (ops_sheet_add_text (sheet, "", -1, &error));
  g_assert_true (ops_sheet_add_integer (sheet, -7, &error));
  g_assert_true (ops_sheet_add_number (sheet, 0.125, &error));
  g_assert_true (ops_sheet_add_date (sheet, NULL, &error));
  g_assert_true (ops_sheet_add_datetime (sheet, 0, &error));
  g_assert_true (ops_sheet_add_text (sheet, NULL, -1, &error));
  g_assert_true (ops_sheet_end_row (sheet, &error));

  /* A short row: the missing cells stay blank. */
  g_assert_true (ops_sheet_add_text (sheet, "line one\nline two", -1, &error));
  g_assert_true (ops_sheet_add_text (sheet, "@mention", -1, &error));
  g_assert_true (ops_sheet_add_integer (sheet, G_GINT64_CONSTANT (9007199254740991), &error));
  g_assert_true (ops_sheet_add_number (sheet, -0.5, &error));
  g_assert_true (ops_sheet_add_date (sheet, "1900-03-01", &error));
  g_assert_true (ops_sheet_end_row (sheet, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (ops_sheet_get_n_rows (sheet), ==, 3);
  ops_sheet_set_properties (sheet, "Cell types", "Example Ltd.");
  ops_sheet_finish (sheet, &error);
  g_assert_no_error (error);
}

static void
expect_all_types (Expect     *e,
                  const char *long_text)
{
  guint i;

  expect_s (e, 0, 0, "Every cell type");
  for (i = 1; i < G_N_ELEMENTS (all_columns); i++)
    expect_blank (e, 0, i);
  for (i = 0; i < G_N_ELEMENTS (all_columns); i++)
    expect_s (e, 1, i, all_columns[i].header);

  expect_s (e, 2, 0, "plain");
  expect_s (e, 2, 1, long_text);
  expect_n (e, 2, 2, 42);
  expect_n (e, 2, 3, 1234.5);
  expect_d (e, 2, 4, "2024-02-29");
  expect_d (e, 2, 5, "2024-02-29T22:30:00");
  expect_blank (e, 2, 6);
  expect_s (e, 2, 7, "中文中文中文中文中文");
  expect_s (e, 2, 8, "abcdefghij");

  expect_s (e, 3, 0, "=1+1");
  expect_blank (e, 3, 1);
  expect_n (e, 3, 2, -7);
  expect_n (e, 3, 3, 0.125);
  for (i = 4; i < G_N_ELEMENTS (all_columns); i++)
    expect_blank (e, 3, i);

  expect_s (e, 4, 0, "line one\nline two");
  expect_s (e, 4, 1, "@mention");
  expect_n (e, 4, 2, 9007199254740991.0);
  expect_n (e, 4, 3, -0.5);
  expect_d (e, 4, 4, "1900-03-01");
  for (i = 5; i < G_N_ELEMENTS (all_columns); i++)
    expect_blank (e, 4, i);

  expect_sheet_layout (e, "Every cell type", G_N_ELEMENTS (all_columns), 3);
  expect_fact (e, "formats",
               "{\"C3\": \"0\", \"D3\": \"0.00\", \"E3\": \"yyyy-mm-dd\", \"F3\": \"yyyy-mm-dd hh:mm\"}");
  /* Long: capped at 60. Count: "9007199254740991" (16) + 2. Date: 10 + 2.
   * When: 16 + 2. Empty: the minimum 8. K1 (10 CJK) is wider than K2 (10
   * ASCII): 22 against 12. */
  expect_fact (e, "widths",
               "{\"B\": [60, 61], \"C\": [18, 19], \"E\": [12, 13], \"F\": [18, 19], "
               "\"G\": [8, 9], \"H\": [22, 23], \"I\": [12, 13]}");
  expect_fact (e, "wider", "[[\"H\", \"I\"]]");
  expect_fact (e, "wrapped", "[\"B3\", \"A5\"]");
  expect_fact (e, "properties",
               "{\"title\": \"Every cell type\", \"creator\": \"Opsdesk\", "
               "\"subject\": \"Cell types\", \"company\": \"Example Ltd.\"}");
}

static char *
make_long_text (void)
{
  GString *text = g_string_new (NULL);
  guint i;

  for (i = 0; i < 40; i++)
    g_string_append_printf (text, "Paragraph %u: the quick brown fox jumps over the lazy dog. 敏捷的棕色狐狸。\n", i);
  g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

static void
test_cell_types (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "types.xlsx", NULL);
  g_autofree char *long_text = make_long_text ();
  g_autoptr(Expect) e = expect_new ("Types_ _all__");

  set_c_locale ();
  write_all_types (path, long_text);
  expect_all_types (e, long_text);
  expect_check (e, path);
  remove_tree (dir);
}

static void
test_empty_sheet (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.xlsx", NULL);
  g_autoptr(Expect) e = expect_new ("Nothing");
  g_autoptr(GError) error = NULL;
  const OpsSheetColumn columns[] = { { "One", OPS_CELL_TEXT }, { "Two", OPS_CELL_DATE } };
  OpsSheet *sheet;

  sheet = ops_sheet_new (path, "Nothing", "No rows", columns, 2, &error);
  g_assert_no_error (error);
  g_assert_true (ops_sheet_finish (sheet, &error));
  g_assert_no_error (error);

  expect_s (e, 0, 0, "No rows");
  expect_blank (e, 0, 1);
  expect_s (e, 1, 0, "One");
  expect_s (e, 1, 1, "Two");
  expect_sheet_layout (e, "No rows", 2, 0);
  expect_check (e, path);
  remove_tree (dir);
}

static void
test_display_width (void)
{
  g_assert_cmpuint (ops_text_display_width (NULL), ==, 0);
  g_assert_cmpuint (ops_text_display_width (""), ==, 0);
  g_assert_cmpuint (ops_text_display_width ("abc"), ==, 3);
  g_assert_cmpuint (ops_text_display_width ("中文"), ==, 4);
  g_assert_cmpuint (ops_text_display_width ("ＡＢ"), ==, 4);          /* fullwidth */
  g_assert_cmpuint (ops_text_display_width ("e\xcc\x81"), ==, 1);     /* e + combining acute */
  g_assert_cmpuint (ops_text_display_width ("ab\n中文中\nx"), ==, 6);
  g_assert_cmpuint (ops_text_display_width ("한국어"), ==, 6);
}

/* Headers in English and Chinese ---------------------------------------- */

static void
check_people_headers (const char  *sheet_name,
                      const char **headers,
                      const char  *status_active)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "people.xlsx", NULL);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(Expect) e = expect_new (sheet_name);
  g_autofree char *today = today_iso ();
  g_autofree char *title = g_strdup_printf ("%s — %s", sheet_name, today);
  guint i;

  g_ptr_array_add (people, make_person ("李娜", "行政部", "主管", "li.na@example.com", "010-1234",
                                        OPS_ROLE_NONE, TRUE));
  write_people (path, people);

  e->complete = FALSE;
  expect_s (e, 0, 0, title);
  for (i = 0; i < 7; i++)
    expect_s (e, 1, i, headers[i]);
  expect_s (e, 2, 0, "李娜");
  expect_s (e, 2, 6, status_active);
  expect_check (e, path);
  remove_tree (dir);
}

static void
test_headers_en (void)
{
  const char *headers[] = { "Name", "Department", "Job Title", "E-mail", "Phone", "Roles", "Status" };

  set_c_locale ();
  check_people_headers ("People Directory", headers, "Active");
}

static void
test_headers_zh (void)
{
  const char *headers[] = { "姓名", "部门", "职务", "邮箱", "电话", "角色", "状态" };
  g_autofree char *mo = g_build_filename (g_getenv ("OPSDESK_LOCALEDIR"), "zh_CN", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  /* Built by meson from po/zh_CN.po. */
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));

  g_assert_nonnull (setlocale (LC_ALL, "zh_CN.UTF-8"));
  check_people_headers ("人员名录", headers, "在职");
  /* Inactive is translated too. */
  g_assert_cmpstr (_("Inactive"), ==, "已停用");

  {
    /* While a sheet is open its thread's numbers are C, but messages stay
     * translated (the errors a person reads come from this thread). */
    g_autofree char *dir = make_tmp_dir ();
    g_autofree char *path = g_build_filename (dir, "p.xlsx", NULL);
    g_autoptr(GError) error = NULL;
    OpsSheet *sheet = ops_export_people_begin (path, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (_("Name"), ==, "姓名");
    ops_sheet_abort (sheet);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    remove_tree (dir);
  }

  set_c_locale ();
  g_assert_cmpstr (_("Name"), ==, "Name");
}

/* A German desktop ------------------------------------------------------- */

static void
test_de_locale (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "types.xlsx", NULL);
  g_autofree char *long_text = make_long_text ();
  g_autoptr(Expect) e = expect_new ("Types_ _all__");
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (dir, "other.xlsx", NULL);
  OpsSheet *sheet;

  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  write_all_types (path, long_text);
  /* The thread's locale is restored after finish... */
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  /* ...and C while a sheet is open. */
  sheet = ops_sheet_new (other, "x", "x", all_columns, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ".");
  ops_sheet_abort (sheet);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  expect_all_types (e, long_text);
  expect_check (e, path);

  set_c_locale ();
  remove_tree (dir);
}

/* Bad text --------------------------------------------------------------- */

typedef enum {
  BAD_INVALID_UTF8,
  BAD_NUL,
  BAD_TOO_LONG,
  BAD_TOO_LONG_UTF16,
  BAD_DATE,
} BadKind;

static void
check_bad_cell (BadKind   kind,
                gboolean  existing_target)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *long_text = NULL;
  const OpsSheetColumn columns[] = { { "Name", OPS_CELL_TEXT }, { "Notes", OPS_CELL_LONG_TEXT } };
  const char *old = "the previous export";
  OpsSheet *sheet;
  gboolean ok = TRUE;

  if (existing_target)
    {
      g_file_set_contents (path, old, -1, &error);
      g_assert_no_error (error);
    }

  sheet = ops_sheet_new (path, "Bad", "Bad text", columns, 2, &error);
  g_assert_no_error (error);
  g_assert_true (ops_sheet_add_text (sheet, "fine", -1, &error));
  g_assert_true (ops_sheet_add_text (sheet, "fine", -1, &error));
  g_assert_true (ops_sheet_end_row (sheet, &error));
  g_assert_true (ops_sheet_add_text (sheet, "second row", -1, &error));

  switch (kind)
    {
    case BAD_INVALID_UTF8:
      ok = ops_sheet_add_text (sheet, "caf\xc3 \xff\xfe", -1, &error);
      g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT);
      g_assert_nonnull (strstr (error->message, "UTF-8"));
      break;
    case BAD_NUL:
      ok = ops_sheet_add_text (sheet, "ab\0cd", 5, &error);
      g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT);
      g_assert_nonnull (strstr (error->message, "NUL"));
      break;
    case BAD_TOO_LONG:
      long_text = g_strnfill (OPS_SHEET_MAX_CELL_CHARS + 1, 'x');
      ok = ops_sheet_add_text (sheet, long_text, -1, &error);
      g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_TOO_LONG);
      g_assert_nonnull (strstr (error->message, "32768"));
      break;
    case BAD_TOO_LONG_UTF16:
      {
        /* 16,384 emoji: 32,768 UTF-16 units, as Excel counts. */
        GString *s = g_string_new (NULL);
        guint i;

        for (i = 0; i < 16384; i++)
          g_string_append (s, "\xf0\x9f\x98\x80");
        long_text = g_string_free (s, FALSE);
        ok = ops_sheet_add_text (sheet, long_text, -1, &error);
        g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_TOO_LONG);
      }
      break;
    case BAD_DATE:
      {
        const OpsSheetColumn date_columns[] = { { "Name", OPS_CELL_TEXT }, { "Due", OPS_CELL_DATE } };

        ops_sheet_abort (sheet);
        sheet = ops_sheet_new (path, "Bad", "Bad date", date_columns, 2, &error);
        g_assert_no_error (error);
        g_assert_true (ops_sheet_add_text (sheet, "x", -1, &error));
        g_assert_true (ops_sheet_add_date (sheet, "2024-02-29", &error));
        g_assert_true (ops_sheet_end_row (sheet, &error));
        g_assert_true (ops_sheet_add_text (sheet, "y", -1, &error));
        ok = ops_sheet_add_date (sheet, "2024-02-30", &error);
        g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT);
        g_assert_nonnull (strstr (error->message, "2024-02-30"));
        g_assert_nonnull (strstr (error->message, "“Due”"));
      }
      break;
    default:
      g_assert_not_reached ();
    }

  g_assert_false (ok);
  /* The message names the row and the column and says what to do. */
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Row 2"));
  if (kind != BAD_DATE)
    {
      g_assert_nonnull (strstr (error->message, "column “Notes”"));
      /* The row's first cell helps find the record. */
      g_assert_nonnull (strstr (error->message, "(“second row”)"));
    }
  g_assert_nonnull (strstr (error->message, "export again"));

  ops_sheet_abort (sheet);

  listing = list_dir (dir);
  if (existing_target)
    {
      g_autofree char *contents = NULL;

      g_assert_cmpstr (listing, ==, "out.xlsx");
      g_file_get_contents (path, &contents, NULL, NULL);
      g_assert_cmpstr (contents, ==, old);
    }
  else
    g_assert_cmpstr (listing, ==, "");

  remove_tree (dir);
}

static void
test_bad_utf8 (void)
{
  set_c_locale ();
  check_bad_cell (BAD_INVALID_UTF8, FALSE);
  check_bad_cell (BAD_INVALID_UTF8, TRUE);
}

static void
test_bad_nul (void)
{
  set_c_locale ();
  check_bad_cell (BAD_NUL, FALSE);
  check_bad_cell (BAD_NUL, TRUE);
}

static void
test_bad_too_long (void)
{
  set_c_locale ();
  check_bad_cell (BAD_TOO_LONG, FALSE);
  check_bad_cell (BAD_TOO_LONG, TRUE);
  check_bad_cell (BAD_TOO_LONG_UTF16, FALSE);
}

static void
test_bad_date (void)
{
  set_c_locale ();
  check_bad_cell (BAD_DATE, FALSE);
  check_bad_cell (BAD_DATE, TRUE);
}

/* Exactly 32,767 characters fit, and read back whole. */
static void
test_longest_cell (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "long.xlsx", NULL);
  g_autofree char *text = g_strnfill (OPS_SHEET_MAX_CELL_CHARS, 'y');
  g_autoptr(Expect) e = expect_new ("Long");
  g_autoptr(GError) error = NULL;
  const OpsSheetColumn columns[] = { { "Notes", OPS_CELL_LONG_TEXT } };
  OpsSheet *sheet;

  set_c_locale ();
  text[0] = '=';
  sheet = ops_sheet_new (path, "Long", "Longest cell", columns, 1, &error);
  g_assert_no_error (error);
  g_assert_true (ops_sheet_add_text (sheet, text, -1, &error));
  g_assert_true (ops_sheet_end_row (sheet, &error));
  g_assert_true (ops_sheet_finish (sheet, &error));

  expect_s (e, 0, 0, "Longest cell");
  expect_s (e, 1, 0, "Notes");
  expect_s (e, 2, 0, text);
  expect_fact (e, "widths", "{\"A\": [60, 61]}");
  expect_check (e, path);
  remove_tree (dir);
}

/* Folders ---------------------------------------------------------------- */

static void
test_missing_folder (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (missing, "people.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  OpsSheet *sheet;

  set_c_locale ();
  sheet = ops_export_people_begin (path, &error);
  g_assert_null (sheet);
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* The target is a folder. */
  g_clear_error (&error);
  g_assert_cmpint (g_mkdir (missing, 0700), ==, 0);
  sheet = ops_export_people_begin (missing, &error);
  g_assert_null (sheet);
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "no-such-folder");
  remove_tree (dir);
}

/* The rename into place fails: the temporary file goes, the target stays. */
static void
test_finish_fails (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *inside = g_build_filename (path, "keep.txt", NULL);
  g_autoptr(GPtrArray) people = make_people ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  OpsSheet *sheet;

  set_c_locale ();
  sheet = ops_export_people_begin (path, &error);
  g_assert_no_error (error);
  g_assert_true (ops_export_people_row (sheet, g_ptr_array_index (people, 0), &error));

  /* Someone makes a non-empty folder of that name meanwhile. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_file_set_contents (inside, "x", -1, &error);
  g_assert_no_error (error);

  g_assert_false (ops_sheet_finish (sheet, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "out.xlsx"));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "out.xlsx");
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  remove_tree (dir);
}

/* Cancelled between writing and renaming: no file. */
static void
test_finish_cancelled (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GPtrArray) people = make_people ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  OpsSheet *sheet;

  set_c_locale ();
  sheet = ops_export_people_begin (path, &error);
  g_assert_no_error (error);
  ops_sheet_set_cancellable (sheet, cancellable);
  g_assert_true (ops_export_people_row (sheet, g_ptr_array_index (people, 1), &error));
  g_cancellable_cancel (cancellable);
  g_assert_false (ops_sheet_finish (sheet, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  remove_tree (dir);
}

/* Templates -------------------------------------------------------------- */

static void
test_templates (void)
{
  const OpsExportTemplate *templates = ops_export_templates ();
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;
  guint i;

  set_c_locale ();
  for (i = 0; templates[i].name != NULL; i++)
    {
      g_assert_nonnull (templates[i].title ());
      g_assert_cmpstr (templates[i].title (), !=, "");
      g_assert_cmpstr (templates[i].description (), !=, "");
      g_assert_true (ops_export_template_lookup (templates[i].name) == &templates[i]);
      if (g_str_equal (templates[i].name, "people"))
        found = TRUE;
    }
  g_assert_true (found);
  g_assert_cmpstr (ops_export_template_lookup ("people")->title (), ==, "People directory");

  g_assert_null (ops_export_template_lookup ("nope"));
  g_assert_null (ops_export_template_lookup (NULL));
  g_assert_null (ops_export_template_lookup_checked ("nope", &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE);
  g_assert_cmpstr (error->message, ==,
                   "There is no export template called “nope”. Run opsdesk --export list to see the names.");
}

/* The runner on a real store -------------------------------------------- */

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

/* Everyone, active or not, through the store's list API (not the reader). */
static GListModel *
list_everyone (OpsStore *store)
{
  const OpsPersonFilter filter = { NULL, 0, TRUE };
  Waiter w = { g_main_loop_new (NULL, FALSE), NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  ops_store_list_people_async (store, &filter, OPS_RANGE_ALL, NULL, waiter_cb, &w);
  result = waiter_wait (&w);
  model = ops_store_list_people_finish (store, result, NULL, &error);
  g_assert_no_error (error);
  return model;
}

typedef struct {
  GThread *main_thread;
  guint    calls;
  guint    last_done;
  guint    last_total;
  guint    destroyed;
} ProgressLog;

static void
progress_log_cb (guint    done,
                 guint    total,
                 gpointer user_data)
{
  ProgressLog *log = user_data;

  g_assert_true (g_thread_self () == log->main_thread);
  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, log->last_done);
  log->calls++;
  log->last_done = done;
  log->last_total = total;
}

static void
progress_log_destroy (gpointer user_data)
{
  ProgressLog *log = user_data;

  g_assert_true (g_thread_self () == log->main_thread);
  log->destroyed++;
}

static void
test_runner_people (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "people.xlsx", NULL);
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(GListModel) everyone = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Expect) e = expect_new ("People Directory");
  g_autoptr(GString) names = g_string_new ("[");
  g_autofree char *max_row = NULL;
  ProgressLog log = { g_thread_self (), 0, 0, 0, 0 };
  Waiter w = { g_main_loop_new (NULL, FALSE), NULL };
  gboolean any_inactive = FALSE;
  guint n, i;

  set_c_locale ();
  store = open_demo_store (dir);
  everyone = list_everyone (store);
  n = g_list_model_get_n_items (everyone);
  g_assert_cmpuint (n, >=, 15);

  ops_export_run_async (store, "people", NULL, path, progress_log_cb, &log, progress_log_destroy,
                        NULL, waiter_cb, &w);
  result = waiter_wait (&w);
  g_assert_true (ops_export_run_finish (result, &error));
  g_assert_no_error (error);

  /* Progress came to the main thread and ended at the total. */
  g_assert_cmpuint (log.calls, >=, 1);
  g_assert_cmpuint (log.last_done, ==, n);
  g_assert_cmpuint (log.last_total, ==, n);
  /* The destroy notify runs on this thread once the task is gone (the
   * worker may drop the last reference a moment later). */
  g_clear_object (&result);
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (log.destroyed == 0 && g_get_monotonic_time () < deadline)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
  }
  g_assert_cmpuint (log.destroyed, ==, 1);

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (everyone, i);

      if (i > 0)
        g_string_append (names, ", ");
      json_string (names, ops_person_get_name (person));
      any_inactive |= !ops_person_get_active (person);
    }
  g_string_append (names, "]");

  e->complete = FALSE;
  expect_s (e, 1, 0, "Name");
  expect_s (e, 1, 6, "Status");
  max_row = g_strdup_printf ("%u", n + 2);
  expect_fact (e, "max_row", max_row);
  {
    g_autofree char *multiset = g_strdup_printf ("{\"A\": %s}", names->str);

    expect_fact (e, "column_multiset", multiset);
  }
  expect_fact (e, "freeze", "\"A3\"");
  expect_check (e, path);
  g_test_message ("%u people exported (some inactive: %d)", n, any_inactive);

  ops_store_close (store);
  remove_tree (dir);
}

static void
cancel_on_first_row (guint    done,
                     guint    total,
                     gpointer user_data)
{
  if (done >= 1)
    g_cancellable_cancel (user_data);
}

static void
test_runner_cancel (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *path = g_build_filename (out_dir, "people.xlsx", NULL);
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  Waiter w = { g_main_loop_new (NULL, FALSE), NULL };

  set_c_locale ();
  store = open_demo_store (dir);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);

  /* Cancelled before it starts. */
  g_cancellable_cancel (cancellable);
  ops_export_run_async (store, "people", NULL, path, NULL, NULL, NULL, cancellable, waiter_cb, &w);
  result = waiter_wait (&w);
  g_assert_false (ops_export_run_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  listing = list_dir (out_dir);
  g_assert_cmpstr (listing, ==, "");

  /* Cancelled after the first row, over an earlier export. */
  g_clear_error (&error);
  g_clear_pointer (&listing, g_free);
  g_file_set_contents (path, "earlier", -1, &error);
  g_assert_no_error (error);
  g_cancellable_reset (cancellable);
  reader = ops_store_reader_new (store, &error);
  g_assert_no_error (error);
  g_assert_false (ops_export_run (reader, "people", NULL, path, cancel_on_first_row, cancellable,
                                  cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  listing = list_dir (out_dir);
  g_assert_cmpstr (listing, ==, "people.xlsx");
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "earlier");

  /* An unknown template and a missing folder come back as errors. */
  g_clear_error (&error);
  g_assert_false (ops_export_run (reader, "nope", NULL, path, NULL, NULL, NULL, &error));
  g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE);
  g_clear_error (&error);
  g_clear_object (&result);
  {
    g_autofree char *missing = g_build_filename (dir, "missing", "p.xlsx", NULL);

    w.loop = g_main_loop_new (NULL, FALSE);
    ops_export_run_async (store, "people", NULL, missing, NULL, NULL, NULL, NULL, waiter_cb, &w);
    result = waiter_wait (&w);
    g_assert_false (ops_export_run_finish (result, &error));
    g_assert_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED);
  }

  g_clear_pointer (&reader, ops_store_reader_free);
  ops_store_close (store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Date-time cells show local time: pin it. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  tzset ();
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("OPSDESK_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/sheet/display-width", test_display_width);
  g_test_add_func ("/export/sheet/cell-types", test_cell_types);
  g_test_add_func ("/export/sheet/empty", test_empty_sheet);
  g_test_add_func ("/export/sheet/longest-cell", test_longest_cell);
  g_test_add_func ("/export/sheet/de-locale", test_de_locale);
  g_test_add_func ("/export/sheet/invalid-utf8", test_bad_utf8);
  g_test_add_func ("/export/sheet/embedded-nul", test_bad_nul);
  g_test_add_func ("/export/sheet/too-long", test_bad_too_long);
  g_test_add_func ("/export/sheet/invalid-date", test_bad_date);
  g_test_add_func ("/export/sheet/missing-folder", test_missing_folder);
  g_test_add_func ("/export/sheet/finish-fails", test_finish_fails);
  g_test_add_func ("/export/sheet/finish-cancelled", test_finish_cancelled);
  g_test_add_func ("/export/people/sheet", test_people_sheet);
  g_test_add_func ("/export/people/headers-en", test_headers_en);
  g_test_add_func ("/export/people/headers-zh", test_headers_zh);
  g_test_add_func ("/export/templates", test_templates);
  g_test_add_func ("/export/runner/people", test_runner_people);
  g_test_add_func ("/export/runner/cancel", test_runner_cancel);

  return g_test_run ();
}

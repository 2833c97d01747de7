/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-export-common.h: what the export test programs share: the expected
 * contents of a sheet, written as JSON for tests/xlsx-check.py (openpyxl)
 * and checked cell by cell with types, plus temporary folders and locales.
 * Include it once, from the test program's .c file.
 */
#pragma once

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

/* Expected contents, written as JSON for xlsx-check.py ------------------- */

typedef struct {
  GString *cells;
  GString *facts;
  char    *sheet;
  gboolean complete;
} Expect;

G_GNUC_UNUSED static void
json_string (GString    *out,
             const char *text)
{
  const char *p;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

G_GNUC_UNUSED static Expect *
expect_new (const char *sheet)
{
  Expect *e = g_new0 (Expect, 1);

  e->cells = g_string_new (NULL);
  e->facts = g_string_new (NULL);
  e->sheet = g_strdup (sheet);
  e->complete = TRUE;
  return e;
}

G_GNUC_UNUSED static void
expect_free (Expect *e)
{
  g_string_free (e->cells, TRUE);
  g_string_free (e->facts, TRUE);
  g_free (e->sheet);
  g_free (e);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Expect, expect_free)

G_GNUC_UNUSED static void
expect_cell_start (Expect *e,
                   guint   row,
                   guint   col)
{
  if (e->cells->len > 0)
    g_string_append (e->cells, ",\n");
  g_string_append_printf (e->cells, "[%u, %u, ", row, col);
}

/* Text: NULL or "" is a blank cell. */
G_GNUC_UNUSED static void
expect_s (Expect     *e,
          guint       row,
          guint       col,
          const char *text)
{
  expect_cell_start (e, row, col);
  if (text == NULL || *text == '\0')
    g_string_append (e->cells, "null, null]");
  else
    {
      json_string (e->cells, text);
      g_string_append (e->cells, ", \"s\"]");
    }
}

G_GNUC_UNUSED static void
expect_n (Expect *e,
          guint   row,
          guint   col,
          double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  expect_cell_start (e, row, col);
  g_string_append_printf (e->cells, "%s, \"n\"]", g_ascii_dtostr (buffer, sizeof buffer, value));
}

/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" */
G_GNUC_UNUSED static void
expect_d (Expect     *e,
          guint       row,
          guint       col,
          const char *iso)
{
  expect_cell_start (e, row, col);
  json_string (e->cells, iso);
  g_string_append (e->cells, ", \"d\"]");
}

G_GNUC_UNUSED static void
expect_blank (Expect *e,
              guint   row,
              guint   col)
{
  expect_cell_start (e, row, col);
  g_string_append (e->cells, "null, null]");
}

/* @json: the fact's value, already JSON. */
G_GNUC_UNUSED static void
expect_fact (Expect     *e,
             const char *key,
             const char *json)
{
  if (e->facts->len > 0)
    g_string_append (e->facts, ",\n");
  json_string (e->facts, key);
  g_string_append_printf (e->facts, ": %s", json);
}

G_GNUC_UNUSED static void
expect_fact_string (Expect     *e,
                    const char *key,
                    const char *value)
{
  g_autoptr(GString) json = g_string_new (NULL);

  json_string (json, value);
  expect_fact (e, key, json->str);
}

/* The facts every sheet of ops_sheet_new() has. */
G_GNUC_UNUSED static void
expect_sheet_layout (Expect     *e,
                     const char *title,
                     guint       n_columns,
                     guint       n_rows)
{
  g_autofree char *merged = g_strdup_printf ("[\"A1:%c1\"]", 'A' + n_columns - 1);
  g_autofree char *filter = g_strdup_printf ("\"A2:%c%u\"", 'A' + n_columns - 1, 2 + n_rows);
  g_autofree char *n_cols = g_strdup_printf ("%u", n_columns);
  g_autofree char *max_row = g_strdup_printf ("%u", 2 + n_rows);

  g_assert_cmpuint (n_columns, <=, 26);
  expect_fact_string (e, "title", title);
  if (n_columns > 1)
    expect_fact (e, "merged", merged);
  expect_fact (e, "freeze", "\"A3\"");
  expect_fact (e, "autofilter", filter);
  expect_fact (e, "n_columns", n_cols);
  expect_fact (e, "max_row", max_row);
  expect_fact (e, "header_row", "1");
  expect_fact (e, "landscape", "true");
  expect_fact (e, "paper", "9");
  expect_fact (e, "fit_to_width", "1");
  expect_fact (e, "fit_to_height", "0");
  expect_fact (e, "print_title_rows", "\"1:2\"");
  expect_fact (e, "footer_contains", "\"&P\"");
  expect_fact (e, "has_created", "true");
}

/* Runs xlsx-check.py on @xlsx; fails the test (printing every mismatch)
 * unless the file matches @e. */
G_GNUC_UNUSED static void
expect_check (Expect     *e,
              const char *xlsx)
{
  g_autofree char *dir = g_path_get_dirname (xlsx);
  g_autofree char *json_path = g_build_filename (dir, "expected.json", NULL);
  g_autoptr(GString) json = g_string_new ("{\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = { OPSDESK_PYTHON, OPSDESK_XLSX_CHECK, xlsx, json_path, NULL };

  if (e->sheet != NULL)
    {
      g_string_append (json, "\"sheet\": ");
      json_string (json, e->sheet);
      g_string_append (json, ",\n");
    }
  g_string_append_printf (json, "\"complete\": %s,\n", e->complete ? "true" : "false");
  g_string_append_printf (json, "\"cells\": [\n%s\n],\n", e->cells->str);
  g_string_append_printf (json, "\"facts\": {\n%s\n}\n}\n", e->facts->str);

  g_file_set_contents (json_path, json->str, (gssize) json->len, &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("xlsx-check.py %s:\n%s%s", xlsx, out, err);
      g_printerr ("%s", err);
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_unlink (json_path);
}

/* Files ------------------------------------------------------------------ */

G_GNUC_UNUSED static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("opsdesk-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

G_GNUC_UNUSED static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

G_GNUC_UNUSED static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Sorted names in @path joined by " ". */
G_GNUC_UNUSED static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

G_GNUC_UNUSED static void
set_c_locale (void)
{
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
}

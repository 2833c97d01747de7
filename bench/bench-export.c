/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-export.c: writes N synthetic people (default 100,000) with the people
 * template, prints rows, seconds, rows/s and peak RSS, and fails when over
 * the targets (100k rows in < 5 s, peak RSS < 64 MiB).
 *
 * Usage: bench-export [N]
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "export/ops-export-templates.h"

#define TARGET_SECONDS_PER_100K 5.0
#define TARGET_PEAK_RSS_MIB     64.0

static const char *departments[] = {
  "研发中心", "销售部", "市场部", "行政部", "人力资源部", "财务部", "Customer Success", "Operations",
};
static const char *surnames[] = { "王", "李", "张", "刘", "陈", "杨", "Smith", "García" };
static const char *titles[] = { "工程师", "销售经理", "Account manager", "行政专员", "HR business partner" };

static OpsPerson *
make_person (guint i)
{
  OpsPerson *person = ops_person_new ();
  g_autofree char *name = g_strdup_printf ("%s%u", surnames[i % G_N_ELEMENTS (surnames)], i);
  g_autofree char *email = g_strdup_printf ("person%u@example.com", i);
  g_autofree char *phone = g_strdup_printf ("138%08u", i);

  ops_person_set_id (person, i + 1);
  ops_person_set_name (person, name);
  ops_person_set_department_name (person, departments[i % G_N_ELEMENTS (departments)]);
  ops_person_set_title (person, titles[i % G_N_ELEMENTS (titles)]);
  ops_person_set_email (person, email);
  ops_person_set_phone (person, phone);
  ops_person_set_roles (person, (OpsRole) (1u << (i % OPS_N_ROLES)) | OPS_ROLE_STAFF);
  ops_person_set_active (person, i % 17 != 0);
  return person;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  struct rusage usage;
  GStatBuf st;
  OpsSheet *sheet;
  guint n_rows = 100000;
  gint64 start, end;
  double seconds, rss_mib, target_seconds;
  gboolean ok = TRUE;
  guint i;

  setlocale (LC_ALL, "");

  if (argc > 1)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (argv[1], 10, 1, 1000000, &n, &error))
        {
          g_printerr ("bench-export: %s (give a row count from 1 to 1000000)\n", error->message);
          return 2;
        }
      n_rows = (guint) n;
    }

  dir = g_dir_make_tmp ("opsdesk-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  path = g_build_filename (dir, "people.xlsx", NULL);

  start = g_get_monotonic_time ();
  sheet = ops_export_people_begin (path, &error);
  for (i = 0; sheet != NULL && i < n_rows; i++)
    {
      g_autoptr(OpsPerson) person = make_person (i);

      if (!ops_export_people_row (sheet, person, &error))
        {
          ops_sheet_abort (sheet);
          sheet = NULL;
        }
    }
  if (sheet == NULL || !ops_sheet_finish (sheet, &error))
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  end = g_get_monotonic_time ();

  getrusage (RUSAGE_SELF, &usage);
  seconds = (double) (end - start) / G_USEC_PER_SEC;
  rss_mib = (double) usage.ru_maxrss / 1024.0;   /* ru_maxrss is in KiB */
  target_seconds = TARGET_SECONDS_PER_100K * MAX (n_rows, 100000u) / 100000.0;
  if (g_stat (path, &st) != 0)
    st.st_size = 0;

  g_print ("rows: %u\n", n_rows);
  g_print ("seconds: %.3f\n", seconds);
  g_print ("rows/s: %.0f\n", n_rows / seconds);
  g_print ("peak RSS: %.1f MiB\n", rss_mib);
  g_print ("file size: %.1f MiB\n", (double) st.st_size / (1024.0 * 1024.0));

  if (seconds >= target_seconds)
    {
      g_printerr ("bench-export: too slow: %.3f s, the target is < %.1f s\n", seconds, target_seconds);
      ok = FALSE;
    }
  if (rss_mib >= TARGET_PEAK_RSS_MIB)
    {
      g_printerr ("bench-export: too much memory: %.1f MiB, the target is < %.0f MiB\n",
                  rss_mib, TARGET_PEAK_RSS_MIB);
      ok = FALSE;
    }

  g_unlink (path);
  g_rmdir (dir);
  return ok ? 0 : 1;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-backup.c: backups (verified copies, generations), restore and
 * its refusals, and a damaged database: refused untouched, then replaced
 * with the newest backup. */

#include "config.h"

#include "test-store-common.h"

static guint
count_files_with_prefix (const char *dir_path,
                         const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

static void
test_backup_verified (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_DEMO);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *explicit_path = g_build_filename (t->dir, "elsewhere", "copy.db", NULL);
  g_autofree char *written = NULL;
  g_autofree char *base = NULL;
  g_autofree char *journal = NULL;
  gint64 people = t_file_int (t->path, "SELECT count(*) FROM people");
  sqlite3 *db;

  t_add_person (t->store, "备份后可见", 0, OPS_ROLE_STAFF);
  people++;

  path = t_backup (t->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (path);
  g_assert_true (g_str_has_prefix (path, ops_store_get_backup_dir (t->store)));
  base = g_path_get_basename (path);
  /* opsdesk-YYYYMMDD-HHMMSS.db */
  g_assert_true (g_str_has_prefix (base, "opsdesk-"));
  g_assert_true (g_str_has_suffix (base, ".db"));
  g_assert_false (g_str_has_suffix (base, "-auto.db"));
  g_assert_cmpuint (strlen (base), ==, strlen ("opsdesk-20260101-120000.db"));

  /* A self-contained, intact copy with the data (also what was only in the WAL). */
  db = t_sqlite_open (path);
  journal = t_sqlite_text (db, "PRAGMA quick_check");
  g_assert_cmpstr (journal, ==, "ok");
  g_clear_pointer (&journal, g_free);
  journal = t_sqlite_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "delete");
  g_assert_cmpint (t_sqlite_int (db, "SELECT count(*) FROM people"), ==, people);
  g_assert_cmpint (t_sqlite_int (db, "SELECT count(*) FROM people WHERE name = '备份后可见'"), ==, 1);
  g_assert_cmpint (t_sqlite_int (db, "PRAGMA user_version"), ==, OPS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (t_sqlite_int (db, "PRAGMA application_id"), ==, OPS_STORE_APPLICATION_ID);
  sqlite3_close (db);
  g_assert_cmpuint (count_files_with_prefix (ops_store_get_backup_dir (t->store), "opsdesk-"), ==, 1);
  /* No temporary file left behind. */
  g_assert_cmpuint (count_files_with_prefix (ops_store_get_backup_dir (t->store), "opsdesk-") ,==,
                    count_files_with_prefix (ops_store_get_backup_dir (t->store), ""));

  /* To an explicit path (its folder is created). */
  written = t_backup (t->store, explicit_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, explicit_path);
  g_assert_cmpint (t_file_int (explicit_path, "SELECT count(*) FROM people"), ==, people);

  t_store_free (t);
}

static void
test_backup_generations (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *newest = NULL;
  const guint n = OPS_STORE_BACKUP_GENERATIONS + 3;

  for (guint i = 0; i < n; i++)
    {
      char *path;

      t_add_person (t->store, "某人", 0, OPS_ROLE_STAFF);
      path = t_backup (t->store, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (written, path);
    }

  /* Within one second the names get -2, -3 …; all distinct. */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      g_assert_cmpstr (g_ptr_array_index (written, i), !=, g_ptr_array_index (written, j));

  g_assert_cmpuint (count_files_with_prefix (ops_store_get_backup_dir (t->store), "opsdesk-"),
                    ==, OPS_STORE_BACKUP_GENERATIONS);

  backups = t_list_backups (t->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, OPS_STORE_BACKUP_GENERATIONS);

  /* Newest first; the oldest ones were deleted. */
  for (guint i = 0; i < OPS_STORE_BACKUP_GENERATIONS; i++)
    {
      g_autoptr(OpsBackupInfo) info = g_list_model_get_item (backups, i);
      const char *expected = g_ptr_array_index (written, n - 1 - i);

      g_assert_cmpstr (ops_backup_info_get_path (info), ==, expected);
      g_assert_false (ops_backup_info_get_automatic (info));
      g_assert_cmpuint (ops_backup_info_get_size (info), >, 0);
      g_assert_cmpint (ops_backup_info_get_created (info), >, 0);
      /* Each holds the people as they were then. */
      g_assert_cmpint (t_file_int (expected, "SELECT count(*) FROM people"), ==, n - i);
    }
  for (guint i = 0; i < n - OPS_STORE_BACKUP_GENERATIONS; i++)
    g_assert_false (g_file_test (g_ptr_array_index (written, i), G_FILE_TEST_EXISTS));

  newest = ops_store_find_newest_backup (t->path);
  g_assert_cmpstr (newest, ==, g_ptr_array_index (written, n - 1));

  t_store_free (t);
}

static void
test_backup_restore (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPerson) person = NULL;
  g_autoptr(OpsPerson) renamed = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autofree char *backup = NULL;
  gboolean found_safety_copy = FALSE;
  gint64 kept = t_add_person (t->store, "原来的名字", 0, OPS_ROLE_STAFF);

  backup = t_backup (t->store, NULL, &error);
  g_assert_no_error (error);

  /* Change the data after the backup. */
  t_add_person (t->store, "后来加的", 0, OPS_ROLE_STAFF);
  person = t_get_person (t->store, kept, &error);
  ops_person_set_name (person, "改过的名字");
  renamed = t_save_person (t->store, person, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (t->changes, 0);

  g_assert_true (t_restore (t->store, backup, &error));
  g_assert_no_error (error);
  g_assert_true (t_changes_contain (t, "*"));

  people = t_list_people (t->store, NULL, OPS_RANGE_ALL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  g_clear_object (&person);
  person = g_list_model_get_item (people, 0);
  g_assert_cmpint (ops_person_get_id (person), ==, kept);
  g_assert_cmpstr (ops_person_get_name (person), ==, "原来的名字");

  /* The store keeps working after the restore (statements re-prepared). */
  t_add_person (t->store, "恢复之后", 0, OPS_ROLE_STAFF);

  /* The content from before the restore was kept as an automatic backup. */
  backups = t_list_backups (t->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(OpsBackupInfo) info = g_list_model_get_item (backups, i);

      if (ops_backup_info_get_automatic (info))
        {
          g_assert_cmpint (t_file_int (ops_backup_info_get_path (info),
                                       "SELECT count(*) FROM people WHERE name IN ('后来加的', '改过的名字')"), ==, 2);
          found_safety_copy = TRUE;
        }
    }
  g_assert_true (found_safety_copy);

  /* Still the same file on disk, checked from outside after closing. */
  t_close (t);
  g_assert_cmpint (t_file_int (t->path, "SELECT count(*) FROM people"), ==, 2);

  t_store_free (t);
}

/* Restoring from something that is not a good Opsdesk backup changes nothing. */
static void
assert_restore_refused (TStore      *t,
                        const char  *source,
                        int          code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(OpsPerson) person = NULL;

  g_ptr_array_set_size (t->changes, 0);
  g_assert_false (t_restore (t->store, source, &error));
  g_assert_error (error, OPS_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, source));
  g_assert_nonnull (strstr (error->message, "Nothing was changed"));
  g_assert_cmpuint (t->changes->len, ==, 0);

  people = t_list_people (t->store, NULL, OPS_RANGE_ALL, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  person = g_list_model_get_item (people, 0);
  g_assert_cmpstr (ops_person_get_name (person), ==, "现有数据");
}

static void
test_backup_restore_refused (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_build_filename (t->dir, "garbage.db", NULL);
  g_autofree char *foreign = g_build_filename (t->dir, "foreign.db", NULL);
  g_autofree char *newer = g_build_filename (t->dir, "newer.db", NULL);
  g_autofree char *missing = g_build_filename (t->dir, "missing.db", NULL);
  g_autofree char *copy = NULL;
  char noise[8192];
  sqlite3 *db = NULL;

  t_add_person (t->store, "现有数据", 0, OPS_ROLE_STAFF);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (char) g_random_int ();
  g_assert_true (g_file_set_contents (garbage, noise, sizeof noise, NULL));
  assert_restore_refused (t, garbage, OPS_STORE_ERROR_CORRUPT);

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE people (x); INSERT INTO people VALUES (1);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_restore_refused (t, foreign, OPS_STORE_ERROR_INVALID);

  copy = t_backup (t->store, newer, &error);
  g_assert_no_error (error);
  db = t_sqlite_open (newer);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 7", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_restore_refused (t, newer, OPS_STORE_ERROR_TOO_NEW);

  assert_restore_refused (t, missing, OPS_STORE_ERROR_NOT_FOUND);

  t_store_free (t);
}

static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  /* Page 2 (a table's root page): wreck its b-tree header. */
  memset (contents + 4096, 0x7f, 64);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
test_backup_damaged (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_DEMO);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *damaged_copy = NULL;
  g_autoptr(GDir) dir = NULL;
  OpsPersonFilter all = { NULL, 0, TRUE };
  OpsStore *store;
  const char *name;
  guint total = 0;

  backup = t_backup (t->store, NULL, &error);
  g_assert_no_error (error);
  t_close (t);

  damage_file (t->path);
  before = t_file_checksum (t->path);

  /* Refused, untouched, and the message names the file and the backup. */
  store = ops_store_open (t->path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, t->path));
  g_assert_nonnull (strstr (error->message, backup));
  g_assert_nonnull (strstr (error->message, "untouched"));
  g_clear_error (&error);
  after = t_file_checksum (t->path);
  g_assert_cmpstr (before, ==, after);

  /* Twice: still untouched (nothing was "repaired" on the first try). */
  store = ops_store_open (t->path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = t_file_checksum (t->path);
  g_assert_cmpstr (before, ==, after);

  newest = ops_store_find_newest_backup (t->path);
  g_assert_cmpstr (newest, ==, backup);

  /* Replace it with the backup: the damaged file is kept beside it. */
  g_assert_true (ops_store_replace_with_backup (t->path, newest, &error));
  g_assert_no_error (error);

  dir = g_dir_open (t->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "opsdesk.db.damaged-") &&
        !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      damaged_copy = g_build_filename (t->dir, name, NULL);
  g_assert_nonnull (damaged_copy);
  g_clear_pointer (&after, g_free);
  after = t_file_checksum (damaged_copy);
  g_assert_cmpstr (before, ==, after);

  t_open (t, OPS_STORE_OPEN_NONE);
  people = t_list_people (t->store, &all, OPS_RANGE_ALL, &total, &error);
  g_assert_no_error (error);
  /* The demo's 21 people plus 钱志强 and 赵国庆 of the approvals demo. */
  g_assert_cmpuint (total, ==, 23);

  t_store_free (t);
}

static void
test_backup_replace_refuses_bad_backup (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_build_filename (t->dir, "garbage.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  t_add_person (t->store, "数据", 0, OPS_ROLE_STAFF);

  /* While the store is open, the file is locked against replacement. */
  g_assert_true (g_file_set_contents (garbage, "not a database at all", -1, NULL));
  g_assert_false (ops_store_replace_with_backup (t->path, garbage, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  t_close (t);

  /* A bad backup is refused and the database stays where it was. */
  before = t_file_checksum (t->path);
  g_assert_false (ops_store_replace_with_backup (t->path, garbage, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT);
  after = t_file_checksum (t->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_null (ops_store_find_newest_backup (t->path));

  t_store_free (t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/backup/verified", test_backup_verified);
  g_test_add_func ("/store/backup/generations", test_backup_generations);
  g_test_add_func ("/store/backup/restore", test_backup_restore);
  g_test_add_func ("/store/backup/restore-refused", test_backup_restore_refused);
  g_test_add_func ("/store/backup/damaged", test_backup_damaged);
  g_test_add_func ("/store/backup/replace-refuses-bad-backup", test_backup_replace_refuses_bad_backup);

  return g_test_run ();
}

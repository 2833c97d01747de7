/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: the store against a temporary database: opening, pragmas,
 * people and departments, calendar, role checks, ::changed, migrations,
 * locking, demo data and the snapshot reader. */

#include "config.h"

#include "test-store-common.h"

/* Opening ------------------------------------------------------------------- */

static void
test_open_new (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autofree char *journal = NULL;
  g_autofree char *fk = NULL;
  g_autofree char *trusted = NULL;
  g_autofree char *sync = NULL;
  g_autofree char *timeout = NULL;
  g_autofree char *files = NULL;
  g_autofree char *expected_backups = g_build_filename (t->dir, "backups", NULL);
  sqlite3 *db;

  g_assert_true (ops_store_get_created (t->store));
  g_assert_cmpuint (ops_store_get_initial_version (t->store), ==, 0);
  g_assert_cmpstr (ops_store_get_path (t->store), ==, t->path);
  g_assert_cmpstr (ops_store_get_backup_dir (t->store), ==, expected_backups);
  files = ops_store_dup_files_dir (t->store);
  g_assert_true (g_str_has_suffix (files, "/files"));
  g_assert_true (g_file_test (t->path, G_FILE_TEST_IS_REGULAR));

  /* The pragmas of the write connection. */
  journal = ops_store_dup_pragma_for_testing (t->store, "journal_mode");
  fk = ops_store_dup_pragma_for_testing (t->store, "foreign_keys");
  trusted = ops_store_dup_pragma_for_testing (t->store, "trusted_schema");
  sync = ops_store_dup_pragma_for_testing (t->store, "synchronous");
  timeout = ops_store_dup_pragma_for_testing (t->store, "busy_timeout");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpstr (fk, ==, "1");
  g_assert_cmpstr (trusted, ==, "0");
  g_assert_cmpstr (sync, ==, "2");     /* FULL */
  g_assert_cmpstr (timeout, ==, "5000");

  /* Seen from outside: version, application id, WAL, the tables. */
  db = t_sqlite_open (t->path);
  g_assert_cmpint (t_sqlite_int (db, "PRAGMA user_version"), ==, OPS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (OPS_STORE_SCHEMA_VERSION, ==, 4);
  g_assert_cmpint (t_sqlite_int (db, "PRAGMA application_id"), ==, OPS_STORE_APPLICATION_ID);
  g_clear_pointer (&journal, g_free);
  journal = t_sqlite_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (t_sqlite_int (db,
                                 "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                 " ('people', 'departments', 'person_roles', 'calendar_days',"
                                 "  'settings', 'person_references')"), ==, 6);
  g_assert_cmpint (t_sqlite_int (db, "SELECT count(*) FROM people"), ==, 0);
  sqlite3_close (db);

  t_store_free (t);
}

static void
open_async_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static void
test_open_async (void)
{
  TStore *t = t_store_new (FALSE, OPS_STORE_OPEN_NONE);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsStore) store = NULL;
  g_autofree char *nested = g_build_filename (t->dir, "a", "b", "nested.db", NULL);

  /* The parent folders are created. */
  ops_store_open_async (nested, OPS_STORE_OPEN_DEMO, NULL, open_async_cb, &result);
  store = ops_store_open_finish (t_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (ops_store_get_created (store));
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_REGULAR));
  ops_store_close (store);

  g_assert_cmpint (t_file_int (nested, "SELECT count(*) FROM people"), >, 0);
  t_store_free (t);
}

static void
test_open_too_new (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OpsStore *store;
  sqlite3 *db;

  t_add_person (t->store, "张三", 0, OPS_ROLE_STAFF);
  t_close (t);

  db = t_sqlite_open (t->path);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = t_file_checksum (t->path);

  store = ops_store_open (t->path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, t->path));
  g_assert_nonnull (strstr (error->message, "99"));

  after = t_file_checksum (t->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (t_file_int (t->path, "PRAGMA user_version"), ==, 99);

  t_store_free (t);
}

static void
test_open_foreign (void)
{
  TStore *t = t_store_new (FALSE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  OpsStore *store;
  sqlite3 *db = NULL;

  /* Another program's database: never migrated into ours. */
  g_assert_cmpint (sqlite3_open (t->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE invoices (id INTEGER)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = ops_store_open (t->path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_cmpint (t_file_int (t->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'people'"), ==, 0);

  t_store_free (t);
}

static void
test_open_locked (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsStore) again = NULL;

  /* flock() is per open file description: the same process is refused too. */
  again = ops_store_open (t->path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_null (again);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, t->path));
  g_clear_error (&error);

  /* Closing releases the lock. */
  t_close (t);
  again = ops_store_open (t->path, OPS_STORE_OPEN_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_false (ops_store_get_created (again));
  ops_store_close (again);

  t_store_free (t);
}

static void
test_open_locked_other_process (void)
{
  TStore *t;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      const char *path = g_getenv ("OPSDESK_TEST_LOCKED_DB");
      OpsStore *store;

      g_assert_nonnull (path);
      store = ops_store_open (path, OPS_STORE_OPEN_NONE, NULL, &error);
      g_assert_null (store);
      g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_LOCKED);
      g_print ("refused: %s\n", error->message);
      return;
    }

  t = t_store_new (FALSE, OPS_STORE_OPEN_NONE);
  g_setenv ("OPSDESK_TEST_LOCKED_DB", t->path, TRUE);
  t_open (t, OPS_STORE_OPEN_NONE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*refused:*already open in another Opsdesk window or process*");

  /* Once the parent closes, the child can open it. */
  t_close (t);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_unsetenv ("OPSDESK_TEST_LOCKED_DB");

  t_store_free (t);
}

/* People ------------------------------------------------------------------------- */

static void
test_people_crud (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(OpsPerson) loaded = NULL;
  g_autoptr(OpsPerson) updated = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sales = t_add_department (t->store, "销售部");
  gint64 id;

  ops_person_set_name (person, "  张三  ");
  ops_person_set_department_id (person, sales);
  ops_person_set_title (person, " 销售代表 ");
  ops_person_set_email (person, "zhang.san@example.com");
  ops_person_set_phone (person, "138 0013 8000");
  ops_person_set_roles (person, OPS_ROLE_STAFF | OPS_ROLE_ACCOUNT_MANAGER);

  saved = t_save_person (t->store, person, &error);
  g_assert_no_error (error);
  id = ops_person_get_id (saved);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (ops_person_get_id (person), ==, 0);   /* the caller's object is untouched */
  g_assert_cmpstr (ops_person_get_name (saved), ==, "张三");
  g_assert_cmpstr (ops_person_get_title (saved), ==, "销售代表");
  g_assert_cmpstr (ops_person_get_department_name (saved), ==, "销售部");
  g_assert_cmpuint (ops_person_get_roles (saved), ==, OPS_ROLE_STAFF | OPS_ROLE_ACCOUNT_MANAGER);
  g_assert_true (ops_person_get_active (saved));
  g_assert_false (ops_person_get_referenced (saved));

  loaded = t_get_person (t->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_person_get_name (loaded), ==, "张三");
  g_assert_cmpstr (ops_person_get_email (loaded), ==, "zhang.san@example.com");
  g_assert_cmpstr (ops_person_get_phone (loaded), ==, "138 0013 8000");
  g_assert_cmpint (ops_person_get_department_id (loaded), ==, sales);

  /* Update: new title, no department, a role removed. */
  ops_person_set_title (loaded, "销售经理");
  ops_person_set_department_id (loaded, 0);
  ops_person_set_roles (loaded, OPS_ROLE_STAFF);
  updated = t_save_person (t->store, loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_person_get_id (updated), ==, id);
  g_assert_cmpstr (ops_person_get_title (updated), ==, "销售经理");
  g_assert_cmpint (ops_person_get_department_id (updated), ==, 0);
  g_assert_null (ops_person_get_department_name (updated));
  g_assert_cmpuint (ops_person_get_roles (updated), ==, OPS_ROLE_STAFF);

  /* Delete (nobody refers to them), then it is gone. */
  g_assert_true (t_delete_person (t->store, id, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = t_get_person (t->store, id, &error);
  g_assert_null (loaded);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Saving or deleting someone who no longer exists. */
  g_assert_false (t_delete_person (t->store, id, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&saved);
  saved = t_save_person (t->store, updated, &error);
  g_assert_null (saved);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A department that does not exist. */
  ops_person_set_id (person, 0);
  ops_person_set_department_id (person, 9999);
  saved = t_save_person (t->store, person, &error);
  g_assert_null (saved);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Department"));

  t_store_free (t);
}

static guint
count_names (GListModel *model,
             const char *name)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (model, i);

      if (g_strcmp0 (ops_person_get_name (person), name) == 0)
        n++;
    }

  return n;
}

static void
test_people_list (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sales = t_add_department (t->store, "销售部");
  gint64 tech = t_add_department (t->store, "Engineering");
  OpsPersonFilter filter = { NULL, 0, FALSE };
  g_autoptr(OpsPerson) first = NULL;
  g_autoptr(OpsPerson) with_details = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  gint64 inactive;
  guint total = 0;

  t_add_person (t->store, "Alice", sales, OPS_ROLE_STAFF);
  t_add_person (t->store, "bob", tech, OPS_ROLE_STAFF);
  t_add_person (t->store, "Carol", tech, OPS_ROLE_STAFF);
  t_add_person (t->store, "Dave", 0, OPS_ROLE_STAFF);
  inactive = t_add_person (t->store, "Eve", tech, OPS_ROLE_STAFF);
  g_assert_true (t_set_active (t->store, inactive, FALSE, &error));
  g_assert_no_error (error);

  ops_person_set_name (with_details, "Frank");
  ops_person_set_title (with_details, "Designer 100%");
  ops_person_set_email (with_details, "frank@example.com");
  ops_person_set_phone (with_details, "+86 10 5555 0199");
  saved = t_save_person (t->store, with_details, &error);
  g_assert_no_error (error);

  /* All active people, sorted by name (case-insensitively in C and en). */
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  g_assert_cmpuint (total, ==, 5);
  g_assert_true (g_list_model_get_item_type (list) == OPS_TYPE_PERSON);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ops_person_get_name (first), ==, "Alice");
  g_assert_cmpuint (count_names (list, "Eve"), ==, 0);
  g_clear_object (&list);

  /* Inactive ones on request. */
  filter.include_inactive = TRUE;
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 6);
  g_assert_cmpuint (count_names (list, "Eve"), ==, 1);
  g_clear_object (&list);

  /* By department. */
  filter.department_id = tech;
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (count_names (list, "bob") + count_names (list, "Carol") + count_names (list, "Eve"), ==, 3);
  g_clear_object (&list);
  filter.department_id = 0;
  filter.include_inactive = FALSE;

  /* Search: name without case, title, email, phone, department name. */
  filter.search = "ALI";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpuint (count_names (list, "Alice"), ==, 1);
  g_clear_object (&list);

  filter.search = "designer";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpuint (count_names (list, "Frank"), ==, 1);
  g_clear_object (&list);

  filter.search = "frank@";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_clear_object (&list);

  filter.search = "5555";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_clear_object (&list);

  filter.search = "engineer";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 2);   /* bob and Carol; Eve is inactive */
  g_clear_object (&list);

  filter.search = "销售";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpuint (count_names (list, "Alice"), ==, 1);
  g_clear_object (&list);

  /* % and _ are literal, not wildcards. */
  filter.search = "100%";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_clear_object (&list);
  filter.search = "_";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 0);
  g_clear_object (&list);

  /* Blank search = everything. */
  filter.search = "   ";
  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 5);
  g_clear_object (&list);
  filter.search = NULL;

  /* Range: page 2 of size 2; the total ignores the range. */
  list = t_list_people (t->store, &filter, (OpsRange) { 2, 2 }, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpuint (count_names (list, "Carol") + count_names (list, "Dave"), ==, 2);
  g_clear_object (&list);
  list = t_list_people (t->store, &filter, (OpsRange) { 4, 10 }, &total, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  /* No filter at all: every active person. */
  list = t_list_people (t->store, NULL, OPS_RANGE_ALL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  g_assert_cmpuint (count_names (list, "Eve"), ==, 0);

  t_store_free (t);
}

static void
test_people_deactivate (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPerson) person = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(OpsDepartment) department = NULL;
  gint64 sales = t_add_department (t->store, "销售部");
  gint64 id = t_add_person (t->store, "李四", sales, OPS_ROLE_STAFF);
  OpsPersonFilter filter = { NULL, 0, FALSE };
  g_autoptr(GListModel) list = NULL;
  guint total;

  t_add_person (t->store, "王五", sales, OPS_ROLE_STAFF);

  g_assert_true (t_set_active (t->store, id, FALSE, &error));
  g_assert_no_error (error);

  person = t_get_person (t->store, id, &error);
  g_assert_no_error (error);
  g_assert_false (ops_person_get_active (person));

  list = t_list_people (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpuint (count_names (list, "李四"), ==, 0);

  /* Member counts are of active people. */
  departments = t_list_departments (t->store, NULL, OPS_RANGE_ALL, NULL, &error);
  g_assert_no_error (error);
  department = g_list_model_get_item (departments, 0);
  g_assert_cmpuint (ops_department_get_member_count (department), ==, 1);

  /* Reactivate; deactivating twice is harmless; unknown ids are refused. */
  g_assert_true (t_set_active (t->store, id, TRUE, &error));
  g_assert_true (t_set_active (t->store, id, TRUE, &error));
  g_clear_object (&person);
  person = t_get_person (t->store, id, &error);
  g_assert_true (ops_person_get_active (person));
  g_assert_false (t_set_active (t->store, 4242, FALSE, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);

  t_store_free (t);
}

static void
test_people_delete_in_use (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsDepartment) department = ops_department_new ();
  g_autoptr(OpsDepartment) saved = NULL;
  g_autoptr(OpsDepartment) cleared = NULL;
  g_autoptr(OpsPerson) person = NULL;
  gint64 head = t_add_person (t->store, "赵六", 0, OPS_ROLE_STAFF | OPS_ROLE_DEPARTMENT_HEAD);
  gint64 id;

  ops_department_set_name (department, "销售部");
  ops_department_set_head_id (department, head);
  ops_department_set_leader_id (department, head);
  saved = t_save_department (t->store, department, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_department_get_head_name (saved), ==, "赵六");
  g_assert_cmpstr (ops_department_get_leader_name (saved), ==, "赵六");
  id = ops_department_get_id (saved);

  person = t_get_person (t->store, head, &error);
  g_assert_true (ops_person_get_referenced (person));
  g_clear_object (&person);

  /* Named as head and leader: refused, with an example and the way out. */
  g_assert_false (t_delete_person (t->store, head, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "赵六"));
  g_assert_nonnull (strstr (error->message, "2"));
  g_assert_nonnull (strstr (error->message, "销售部"));
  g_assert_nonnull (strstr (error->message, "Deactivate"));
  g_clear_error (&error);

  person = t_get_person (t->store, head, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_person_get_name (person), ==, "赵六");
  g_clear_object (&person);

  /* Once no longer named, the person can be deleted, roles and all. */
  ops_department_set_id (department, id);
  ops_department_set_head_id (department, 0);
  ops_department_set_leader_id (department, 0);
  cleared = t_save_department (t->store, department, &error);
  g_assert_no_error (error);
  g_assert_null (ops_department_get_head_name (cleared));
  person = t_get_person (t->store, head, &error);
  g_assert_false (ops_person_get_referenced (person));

  g_assert_true (t_delete_person (t->store, head, &error));
  g_assert_no_error (error);

  /* ON DELETE CASCADE worked, which needs foreign_keys=ON. */
  g_assert_cmpint (t_file_int (t->path, "SELECT count(*) FROM person_roles"), ==, 0);

  t_store_free (t);
}

/* Departments ------------------------------------------------------------- */

static void
test_departments_duplicate (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsDepartment) department = ops_department_new ();
  g_autoptr(OpsDepartment) saved = NULL;
  g_autoptr(GListModel) list = NULL;
  gint64 sales = t_add_department (t->store, "销售部");
  gint64 other = t_add_department (t->store, "Sales");
  guint total;

  ops_department_set_name (department, "销售部");
  saved = t_save_department (t->store, department, &error);
  g_assert_null (saved);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "销售部"));
  g_assert_nonnull (strstr (error->message, "Name"));
  g_clear_error (&error);

  /* Names are compared trimmed and, for Latin letters, without case. */
  ops_department_set_name (department, "  sales ");
  saved = t_save_department (t->store, department, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Renaming onto another department's name. */
  ops_department_set_id (department, other);
  ops_department_set_name (department, "销售部");
  saved = t_save_department (t->store, department, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Saving a department under its own name is fine. */
  ops_department_set_id (department, sales);
  saved = t_save_department (t->store, department, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_department_get_id (saved), ==, sales);

  list = t_list_departments (t->store, NULL, OPS_RANGE_ALL, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 2);

  t_store_free (t);
}

static void
test_departments_delete (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OpsPerson) person = NULL;
  g_autoptr(OpsPerson) moved = NULL;
  gint64 sales = t_add_department (t->store, "销售部");
  gint64 market = t_add_department (t->store, "市场部");
  gint64 member = t_add_person (t->store, "钱七", sales, OPS_ROLE_STAFF);
  OpsDepartmentFilter filter = { "市场" };
  guint total;

  /* Deactivated members count too: they still point at the department. */
  g_assert_true (t_set_active (t->store, member, FALSE, &error));
  g_assert_false (t_delete_department (t->store, sales, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "销售部"));
  g_clear_error (&error);

  person = t_get_person (t->store, member, &error);
  ops_person_set_department_id (person, market);
  moved = t_save_person (t->store, person, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_person_get_department_name (moved), ==, "市场部");

  g_assert_true (t_delete_department (t->store, sales, &error));
  g_assert_no_error (error);
  g_assert_false (t_delete_department (t->store, sales, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  list = t_list_departments (t->store, NULL, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_clear_object (&list);

  /* Search and range on departments. */
  t_add_department (t->store, "技术部");
  list = t_list_departments (t->store, &filter, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = t_list_departments (t->store, NULL, (OpsRange) { 1, 1 }, &total, &error);
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  t_store_free (t);
}

/* Calendar --------------------------------------------------------------- */

static gint64
add_admin (TStore *t)
{
  gint64 admin = t_add_person (t->store, "管理员", 0, OPS_ROLE_STAFF | OPS_ROLE_ADMINISTRATION);

  ops_store_set_current_user (t->store, admin);
  return admin;
}

static void
test_calendar_edit (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) days = NULL;
  g_autoptr(OpsCalendarDay) day = NULL;
  g_autoptr(OpsCalendar) calendar = NULL;
  static const char * const golden_week[] = {
    "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07",
  };
  GDate from, to, result;

  add_admin (t);

  for (guint i = 0; i < G_N_ELEMENTS (golden_week); i++)
    {
      g_assert_true (t_set_day (t->store, golden_week[i], OPS_DAY_KIND_HOLIDAY, "国庆", &error));
      g_assert_no_error (error);
    }
  g_assert_true (t_set_day (t->store, "2026-10-10", OPS_DAY_KIND_WORKDAY, "调休", &error));
  g_assert_no_error (error);
  /* Replacing a mark keeps one row per date. */
  g_assert_true (t_set_day (t->store, "2026-10-01", OPS_DAY_KIND_HOLIDAY, " 国庆节 ", &error));
  g_assert_no_error (error);

  days = t_list_days (t->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 6);
  day = g_list_model_get_item (days, 0);
  g_assert_cmpstr (ops_calendar_day_get_date (day), ==, "2026-10-01");
  g_assert_cmpstr (ops_calendar_day_get_name (day), ==, "国庆节");
  g_assert_cmpint (ops_calendar_day_get_kind (day), ==, OPS_DAY_KIND_HOLIDAY);
  g_clear_object (&day);
  day = g_list_model_get_item (days, 5);
  g_assert_cmpstr (ops_calendar_day_get_date (day), ==, "2026-10-10");
  g_assert_cmpint (ops_calendar_day_get_kind (day), ==, OPS_DAY_KIND_WORKDAY);
  g_clear_object (&day);
  g_clear_object (&days);

  /* A holiday on a weekend and a make-up day on a weekday mean nothing. */
  g_assert_false (t_set_day (t->store, "2026-10-03", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-10-03"));
  g_clear_error (&error);
  g_assert_false (t_set_day (t->store, "2026-10-09", OPS_DAY_KIND_WORKDAY, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Working-day arithmetic over the stored calendar. */
  calendar = t_load_calendar (t->store, &error);
  g_assert_no_error (error);
  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_clear (&result, 1);
  g_assert_true (ops_date_parse_iso ("2026-09-30", &from));
  ops_calendar_add_working_days (calendar, &from, 1, &result);
  g_assert_cmpint (g_date_get_month (&result), ==, 10);
  g_assert_cmpint (g_date_get_day (&result), ==, 8);
  g_assert_true (ops_date_parse_iso ("2026-10-12", &to));
  /* 10-08, 10-09, 10-10 (make-up Saturday), 10-12 */
  g_assert_cmpint (ops_calendar_count_working_days (calendar, &from, &to), ==, 4);
  g_assert_true (ops_date_parse_iso ("2026-10-10", &to));
  g_assert_true (ops_calendar_is_working_day (calendar, &to));
  g_clear_pointer (&calendar, ops_calendar_unref);

  /* Remove a mark: it becomes an ordinary day. */
  g_assert_true (t_remove_day (t->store, "2026-10-05", &error));
  g_assert_no_error (error);
  g_assert_true (t_remove_day (t->store, "2026-10-05", &error));
  days = t_list_days (t->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 5);
  calendar = t_load_calendar (t->store, &error);
  g_assert_true (ops_date_parse_iso ("2026-10-05", &to));
  g_assert_true (ops_calendar_is_working_day (calendar, &to));

  t_store_free (t);
}

/* Roles ------------------------------------------------------------------- */

static void
test_roles_check (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) days = NULL;
  gint64 admin, staff, manager;

  admin = t_add_person (t->store, "行政", 0, OPS_ROLE_STAFF | OPS_ROLE_ADMINISTRATION);
  staff = t_add_person (t->store, "员工", 0, OPS_ROLE_STAFF);

  /* Nobody chosen. */
  g_assert_cmpint (ops_store_get_current_user (t->store), ==, 0);
  g_assert_false (t_set_day (t->store, "2026-10-01", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "Switch User"));
  g_clear_error (&error);

  /* Staff may not edit the calendar; the message names the roles needed. */
  ops_store_set_current_user (t->store, staff);
  g_assert_false (t_set_day (t->store, "2026-10-01", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, ops_role_to_label (OPS_ROLE_ADMINISTRATION)));
  g_assert_nonnull (strstr (error->message, ops_role_to_label (OPS_ROLE_GENERAL_MANAGER)));
  g_assert_nonnull (strstr (error->message, "calendar"));
  g_clear_error (&error);
  g_assert_false (t_remove_day (t->store, "2026-10-01", &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_false (t_check_role (t->store, OPS_ROLE_ADMINISTRATION, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_true (t_check_role (t->store, OPS_ROLE_STAFF | OPS_ROLE_HR, &error));
  g_assert_no_error (error);

  days = t_list_days (t->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 0);
  g_clear_object (&days);

  /* Administration may; so may the general manager. */
  ops_store_set_current_user (t->store, admin);
  g_assert_true (t_set_day (t->store, "2026-10-01", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (t_check_role (t->store, OPS_ROLE_ADMINISTRATION, &error));

  manager = t_add_person (t->store, "总经理", 0, OPS_ROLE_GENERAL_MANAGER);
  ops_store_set_current_user (t->store, manager);
  g_assert_true (t_set_day (t->store, "2026-10-02", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_assert_no_error (error);

  /* A deactivated person no longer acts. */
  ops_store_set_current_user (t->store, admin);
  g_assert_true (t_set_active (t->store, manager, FALSE, &error));
  ops_store_set_current_user (t->store, manager);
  g_assert_false (t_set_day (t->store, "2026-10-05", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Someone deleted meanwhile. */
  ops_store_set_current_user (t->store, 98765);
  g_assert_false (t_check_role (t->store, OPS_ROLE_STAFF, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  days = t_list_days (t->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 2);

  t_store_free (t);
}

static void
test_roles_bootstrap (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(OpsPerson) again = NULL;
  gint64 admin, staff, hr;

  /* A new directory: the first administrator is added by nobody. */
  admin = t_add_person (t->store, "第一位", 0, OPS_ROLE_STAFF | OPS_ROLE_ADMINISTRATION);

  /* From now on roles are reserved; plain staff is not a role change. */
  staff = t_add_person (t->store, "普通员工", 0, OPS_ROLE_STAFF);
  ops_person_set_name (person, "想当HR");
  ops_person_set_roles (person, OPS_ROLE_STAFF | OPS_ROLE_HR);
  saved = t_save_person (t->store, person, &error);
  g_assert_null (saved);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "Switch User"));
  g_clear_error (&error);

  ops_store_set_current_user (t->store, staff);
  saved = t_save_person (t->store, person, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, ops_role_to_label (OPS_ROLE_HR)));
  g_clear_error (&error);

  /* Staff may still edit other fields of a person without touching roles. */
  again = t_get_person (t->store, staff, &error);
  ops_person_set_title (again, "文员");
  g_clear_object (&saved);
  saved = t_save_person (t->store, again, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_person_get_title (saved), ==, "文员");
  g_clear_object (&saved);

  /* Administration may hand out roles; then HR may too. */
  ops_store_set_current_user (t->store, admin);
  saved = t_save_person (t->store, person, &error);
  g_assert_no_error (error);
  hr = ops_person_get_id (saved);
  g_assert_cmpuint (ops_person_get_roles (saved), ==, OPS_ROLE_STAFF | OPS_ROLE_HR);
  g_clear_object (&saved);

  ops_store_set_current_user (t->store, hr);
  ops_person_set_id (again, staff);
  ops_person_set_roles (again, OPS_ROLE_STAFF | OPS_ROLE_TRAINER);
  saved = t_save_person (t->store, again, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ops_person_get_roles (saved), ==, OPS_ROLE_STAFF | OPS_ROLE_TRAINER);
  g_clear_object (&saved);

  /* With no active administrator left, anyone may name a new one again. */
  g_assert_true (t_set_active (t->store, admin, FALSE, &error));
  ops_store_set_current_user (t->store, 0);
  ops_person_set_roles (again, OPS_ROLE_STAFF | OPS_ROLE_ADMINISTRATION);
  saved = t_save_person (t->store, again, &error);
  g_assert_no_error (error);
  g_assert_true (ops_person_has_role (saved, OPS_ROLE_ADMINISTRATION));

  t_store_free (t);
}

/* ::changed ---------------------------------------------------------------- */

static void
test_changed (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsDepartment) department = ops_department_new ();
  g_autoptr(OpsDepartment) saved = NULL;
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(OpsPerson) failed = NULL;
  gint64 id, admin;

  ops_department_set_name (department, "销售部");
  saved = t_save_department (t->store, department, &error);
  g_assert_true (t_changes_contain (t, "departments"));
  g_assert_false (t_changes_contain (t, "people"));
  g_ptr_array_set_size (t->changes, 0);

  id = t_add_person (t->store, "孙八", ops_department_get_id (saved), OPS_ROLE_STAFF);
  g_assert_true (t_changes_contain (t, "people"));
  g_ptr_array_set_size (t->changes, 0);

  /* A rename changes what people show too. */
  ops_department_set_id (department, ops_department_get_id (saved));
  ops_department_set_name (department, "销售一部");
  g_clear_object (&saved);
  saved = t_save_department (t->store, department, &error);
  g_assert_no_error (error);
  g_assert_true (t_changes_contain (t, "departments"));
  g_assert_true (t_changes_contain (t, "people"));
  g_ptr_array_set_size (t->changes, 0);

  ops_store_set_current_user (t->store, id);
  g_assert_false (t_set_day (t->store, "2026-10-01", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_clear_error (&error);
  /* A refused write announces nothing. */
  ops_person_set_name (person, "   ");
  failed = t_save_person (t->store, person, &error);
  g_assert_null (failed);
  g_clear_error (&error);
  g_assert_cmpuint (t->changes->len, ==, 0);

  ops_store_set_current_user (t->store, 0);
  admin = t_add_person (t->store, "行政", 0, OPS_ROLE_ADMINISTRATION);
  g_ptr_array_set_size (t->changes, 0);
  ops_store_set_current_user (t->store, admin);
  g_assert_true (t_set_day (t->store, "2026-10-01", OPS_DAY_KIND_HOLIDAY, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (t->changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (t->changes, 0), ==, "calendar");

  t_store_free (t);
}

/* Migrations ---------------------------------------------------------------- */

static void
test_migrate_from_1 (void)
{
  TStore *t = t_store_new (FALSE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(GListModel) days = NULL;
  g_autoptr(OpsBackupInfo) info = NULL;
  g_autoptr(OpsPerson) person = NULL;
  sqlite3 *db;

  /* A database of version 1 with data in it. */
  g_assert_true (ops_store_migrate_file_for_testing (t->path, 1, &error));
  g_assert_no_error (error);
  db = t_sqlite_open (t->path);
  g_assert_cmpint (t_sqlite_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (t_sqlite_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'calendar_days'"), ==, 0);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO departments (name, created, updated) VALUES ('财务部', 0, 0);"
                                 "INSERT INTO people (name, department_id, created, updated) VALUES ('老员工', 1, 0, 0);"
                                 "INSERT INTO person_roles VALUES (1, 'hr');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  t_open (t, OPS_STORE_OPEN_DEMO);
  g_assert_false (ops_store_get_created (t->store));
  g_assert_cmpuint (ops_store_get_initial_version (t->store), ==, 1);

  /* Data kept, no demo data added to an existing file, new tables usable. */
  people = t_list_people (t->store, NULL, OPS_RANGE_ALL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  person = g_list_model_get_item (people, 0);
  g_assert_cmpstr (ops_person_get_name (person), ==, "老员工");
  g_assert_cmpstr (ops_person_get_department_name (person), ==, "财务部");
  g_assert_cmpuint (ops_person_get_roles (person), ==, OPS_ROLE_HR);
  days = t_list_days (t->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 0);

  /* An automatic backup of version 1 was made before migrating. */
  backups = t_list_backups (t->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  info = g_list_model_get_item (backups, 0);
  g_assert_true (ops_backup_info_get_automatic (info));
  g_assert_true (g_str_has_suffix (ops_backup_info_get_path (info), "-auto.db"));
  g_assert_cmpint (t_file_int (ops_backup_info_get_path (info), "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (t_file_int (ops_backup_info_get_path (info), "SELECT count(*) FROM people"), ==, 1);

  t_close (t);
  g_assert_cmpint (t_file_int (t->path, "PRAGMA user_version"), ==, OPS_STORE_SCHEMA_VERSION);

  /* Opening at the current version makes no further backup. */
  t_open (t, OPS_STORE_OPEN_NONE);
  g_clear_object (&backups);
  backups = t_list_backups (t->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  g_assert_cmpuint (ops_store_get_initial_version (t->store), ==, OPS_STORE_SCHEMA_VERSION);

  t_store_free (t);
}

static char *
bundled_migration (const char *name)
{
  g_autofree char *path = g_strconcat ("/io/github/opsdesk/Opsdesk/sql/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_migrate_stops_at_error (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = bundled_migration ("0001-foundation.sql");
  g_autofree char *second = bundled_migration ("0002-calendar.sql");
  g_autofree char *third = bundled_migration ("0003-meetings.sql");
  g_autofree char *fourth = bundled_migration ("0004-approvals.sql");
  g_autofree char *fresh = g_build_filename (t->dir, "fresh.db", NULL);
  g_autofree char *before = NULL;
  const char *scripts[] = {
    first, second, third, fourth,
    "CREATE TABLE extra (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);",
    "CREATE TABLE never (x INTEGER) STRICT;",
    NULL,
  };
  const char *early_error[] = {
    first,
    "CREATE TABLE half (x INTEGER) STRICT; SELECT broken syntax here;",
    second,
    NULL,
  };

  t_add_person (t->store, "留下", 0, OPS_ROLE_STAFF);
  t_close (t);
  before = t_file_checksum (t->path);

  /* A database at 4: migration 5 fails, so 6 never runs. */
  g_assert_false (ops_store_apply_scripts_for_testing (t->path, scripts, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, "no_such_table"));   /* SQLite's message */
  g_assert_nonnull (strstr (error->message, "#5"));              /* which migration */
  g_clear_error (&error);

  g_assert_cmpint (t_file_int (t->path, "PRAGMA user_version"), ==, 4);
  g_assert_cmpint (t_file_int (t->path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('extra', 'never')"), ==, 0);
  g_assert_cmpint (t_file_int (t->path, "SELECT count(*) FROM people WHERE name = '留下'"), ==, 1);

  /* From 0: migration 1 applies, 2 fails, 3 does not run. */
  g_assert_false (ops_store_apply_scripts_for_testing (fresh, early_error, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_MIGRATION);
  g_clear_error (&error);
  g_assert_cmpint (t_file_int (fresh, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (t_file_int (fresh, "SELECT count(*) FROM sqlite_schema WHERE name = 'people'"), ==, 1);
  g_assert_cmpint (t_file_int (fresh, "SELECT count(*) FROM sqlite_schema WHERE name IN ('half', 'calendar_days')"), ==, 0);

  /* The same scripts without the error migrate from 0 to 2 in one go. */
  {
    const char *good[] = { first, second, NULL };
    g_autofree char *other = g_build_filename (t->dir, "other.db", NULL);

    g_assert_true (ops_store_apply_scripts_for_testing (other, good, &error));
    g_assert_no_error (error);
    g_assert_cmpint (t_file_int (other, "PRAGMA user_version"), ==, 2);
    g_assert_cmpint (t_file_int (other, "SELECT count(*) FROM sqlite_schema WHERE name = 'calendar_days'"), ==, 1);
  }

  t_store_free (t);
}

/* Demo data ----------------------------------------------------------------- */

static void
test_demo (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_DEMO);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) days = NULL;
  OpsPersonFilter all = { NULL, 0, TRUE };
  guint total, active_total, n_holidays = 0, n_workdays = 0;
  guint n_gm = 0, n_admin = 0, n_hr = 0, n_account = 0, n_inactive = 0;

  g_assert_true (ops_store_get_created (t->store));

  people = t_list_people (t->store, &all, OPS_RANGE_ALL, &total, &error);
  g_assert_no_error (error);
  /* 21 + 2 added by the approvals demo (钱志强, 赵国庆). */
  g_assert_cmpuint (total, ==, 23);
  for (guint i = 0; i < total; i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);

      g_assert_true (g_str_has_suffix (ops_person_get_email (person), "@example.com"));
      g_assert_true (g_str_has_prefix (ops_person_get_phone (person), "138 0013 "));
      g_assert_nonnull (ops_person_get_department_name (person));
      n_gm += ops_person_has_role (person, OPS_ROLE_GENERAL_MANAGER);
      n_admin += ops_person_has_role (person, OPS_ROLE_ADMINISTRATION);
      n_hr += ops_person_has_role (person, OPS_ROLE_HR);
      n_account += ops_person_has_role (person, OPS_ROLE_ACCOUNT_MANAGER);
      n_inactive += !ops_person_get_active (person);
    }
  g_assert_cmpuint (n_gm, ==, 1);
  g_assert_cmpuint (n_admin, ==, 1);
  g_assert_cmpuint (n_hr, ==, 1);
  g_assert_cmpuint (n_account, ==, 2);
  g_assert_cmpuint (n_inactive, ==, 1);
  g_clear_object (&people);
  all.include_inactive = FALSE;
  people = t_list_people (t->store, &all, (OpsRange) { 0, 1 }, &active_total, &error);
  g_assert_cmpuint (active_total, ==, 22);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  all.include_inactive = TRUE;

  departments = t_list_departments (t->store, NULL, OPS_RANGE_ALL, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 7);
  for (guint i = 0; i < total; i++)
    {
      g_autoptr(OpsDepartment) department = g_list_model_get_item (departments, i);

      g_assert_nonnull (ops_department_get_head_name (department));
      g_assert_nonnull (ops_department_get_leader_name (department));
      g_assert_cmpuint (ops_department_get_member_count (department), >, 0);
    }

  /* The 2026 calendar: weekday holidays and weekend make-up days only. */
  days = t_list_days (t->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(OpsCalendarDay) day = g_list_model_get_item (days, i);
      GDate date;
      gboolean weekend;

      g_assert_true (ops_date_parse_iso (ops_calendar_day_get_date (day), &date));
      weekend = g_date_get_weekday (&date) >= G_DATE_SATURDAY;
      if (ops_calendar_day_get_kind (day) == OPS_DAY_KIND_HOLIDAY)
        {
          g_assert_false (weekend);
          n_holidays++;
        }
      else
        {
          g_assert_true (weekend);
          n_workdays++;
        }
      if (g_strcmp0 (ops_calendar_day_get_date (day), "2026-10-01") == 0)
        g_assert_cmpstr (ops_calendar_day_get_name (day), ==, "国庆节");
    }
  /* 元旦 2 + 春节 6 + 清明 1 + 劳动节 3 + 端午 1 + 中秋 1 + 国庆 5 */
  g_assert_cmpuint (n_holidays, ==, 19);
  g_assert_cmpuint (n_workdays, ==, 6);

  /* Reopening never adds the demo data again. */
  t_close (t);
  t_open (t, OPS_STORE_OPEN_DEMO);
  g_assert_false (ops_store_get_created (t->store));
  g_clear_object (&people);
  people = t_list_people (t->store, &all, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 23);
  g_clear_object (&departments);
  departments = t_list_departments (t->store, NULL, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 7);

  t_store_free (t);
}

/* Reader ------------------------------------------------------------------ */

typedef struct {
  GPtrArray    *names;
  GCancellable *cancel_after_two;
} ReaderData;

static gboolean
collect_person (OpsPerson *person,
                gpointer   user_data)
{
  ReaderData *data = user_data;

  g_ptr_array_add (data->names, g_strdup (ops_person_get_name (person)));
  if (data->cancel_after_two != NULL && data->names->len == 2)
    g_cancellable_cancel (data->cancel_after_two);

  return TRUE;
}

static void
test_reader (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(OpsStoreReader) snapshot = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 b = t_add_department (t->store, "B部");
  gint64 a = t_add_department (t->store, "A部");
  ReaderData data = { names, NULL };
  OpsPersonFilter filter = { NULL, 0, TRUE };
  guint count = 0;

  t_add_person (t->store, "Zed", a, OPS_ROLE_STAFF);
  t_add_person (t->store, "Amy", b, OPS_ROLE_STAFF);
  t_add_person (t->store, "Nobody", 0, OPS_ROLE_STAFF);
  t_add_person (t->store, "Bea", a, OPS_ROLE_STAFF);

  reader = ops_store_reader_new (t->store, &error);
  g_assert_no_error (error);
  g_assert_true (ops_store_reader_count_people (reader, &filter, &count, &error));
  g_assert_cmpuint (count, ==, 4);

  /* Department then name; no department last. */
  g_assert_true (ops_store_reader_foreach_person (reader, &filter, collect_person, &data, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (names->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "Bea");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "Zed");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "Amy");
  g_assert_cmpstr (g_ptr_array_index (names, 3), ==, "Nobody");

  /* One snapshot: writes after it began are not seen. */
  snapshot = ops_store_reader_new_for_path (t->path, &error);
  g_assert_no_error (error);
  t_add_person (t->store, "Later", a, OPS_ROLE_STAFF);
  g_assert_true (ops_store_reader_count_people (snapshot, &filter, &count, &error));
  g_assert_cmpuint (count, ==, 4);

  /* Cancelled between rows. */
  g_ptr_array_set_size (names, 0);
  data.cancel_after_two = cancellable;
  g_assert_false (ops_store_reader_foreach_person (snapshot, &filter, collect_person, &data, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (names->len, ==, 2);
  g_clear_error (&error);

  g_clear_pointer (&reader, ops_store_reader_free);
  g_clear_pointer (&snapshot, ops_store_reader_free);

  /* Missing file: a clear error, nothing created. */
  {
    g_autofree char *missing = g_build_filename (t->dir, "missing.db", NULL);

    reader = ops_store_reader_new_for_path (missing, &error);
    g_assert_null (reader);
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  t_store_free (t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/open/new", test_open_new);
  g_test_add_func ("/store/open/async", test_open_async);
  g_test_add_func ("/store/open/too-new", test_open_too_new);
  g_test_add_func ("/store/open/foreign", test_open_foreign);
  g_test_add_func ("/store/open/locked", test_open_locked);
  g_test_add_func ("/store/open/locked-other-process", test_open_locked_other_process);
  g_test_add_func ("/store/people/crud", test_people_crud);
  g_test_add_func ("/store/people/list", test_people_list);
  g_test_add_func ("/store/people/deactivate", test_people_deactivate);
  g_test_add_func ("/store/people/delete-in-use", test_people_delete_in_use);
  g_test_add_func ("/store/departments/duplicate", test_departments_duplicate);
  g_test_add_func ("/store/departments/delete", test_departments_delete);
  g_test_add_func ("/store/calendar/edit", test_calendar_edit);
  g_test_add_func ("/store/roles/check", test_roles_check);
  g_test_add_func ("/store/roles/bootstrap", test_roles_bootstrap);
  g_test_add_func ("/store/changed", test_changed);
  g_test_add_func ("/store/migrate/from-1", test_migrate_from_1);
  g_test_add_func ("/store/migrate/stops-at-error", test_migrate_stops_at_error);
  g_test_add_func ("/store/demo", test_demo);
  g_test_add_func ("/store/reader", test_reader);

  return g_test_run ();
}

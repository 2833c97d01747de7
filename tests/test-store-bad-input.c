/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-bad-input.c: the bad-input catalogue. Every refusal has the
 * right error code and a message that names the field, and what was saved
 * before is still there unchanged; odd but valid text is kept exactly. */

#include "config.h"

#include "core/ops-validate.h"
#include "test-store-common.h"

typedef struct {
  TStore *t;
  gint64  baseline;      /* a person saved before the bad input */
  gint64  department;    /* a department saved before the bad input */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 admin;

  f->t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  f->department = t_add_department (f->t->store, "基准部门");
  f->baseline = t_add_person (f->t->store, "基准人员", f->department, OPS_ROLE_STAFF);
  admin = t_add_person (f->t->store, "行政", 0, OPS_ROLE_STAFF | OPS_ROLE_ADMINISTRATION);
  ops_store_set_current_user (f->t->store, admin);
  g_assert_true (t_set_day (f->t->store, "2026-10-01", OPS_DAY_KIND_HOLIDAY, "国庆节", NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  t_store_free (f->t);
}

/* What was saved before is still there, exactly. */
static void
assert_unchanged (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPerson) person = t_get_person (f->t->store, f->baseline, &error);
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GListModel) days = NULL;
  g_autoptr(OpsCalendarDay) day = NULL;
  OpsPersonFilter all = { NULL, 0, TRUE };
  guint total;

  g_assert_no_error (error);
  g_assert_cmpstr (ops_person_get_name (person), ==, "基准人员");
  g_assert_cmpstr (ops_person_get_department_name (person), ==, "基准部门");
  g_assert_cmpstr (ops_person_get_title (person), ==, "");
  g_assert_true (ops_person_get_active (person));

  people = t_list_people (f->t->store, &all, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 2);
  departments = t_list_departments (f->t->store, NULL, OPS_RANGE_ALL, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  days = t_list_days (f->t->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 1);
  day = g_list_model_get_item (days, 0);
  g_assert_cmpstr (ops_calendar_day_get_date (day), ==, "2026-10-01");
  g_assert_cmpstr (ops_calendar_day_get_name (day), ==, "国庆节");
}

static void
assert_refused (GError     *error,
                int         code,
                const char *field)
{
  g_assert_error (error, OPS_STORE_ERROR, code);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  if (field != NULL && strstr (error->message, field) == NULL)
    g_error ("The message “%s” does not name the field “%s”", error->message, field);
}

/* Saves a new person named @name; asserts it is refused for @field. */
static void
refuse_person_name (Fixture    *f,
                    const char *name)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(GError) error = NULL;

  ops_person_set_name (person, name);
  saved = t_save_person (f->t->store, person, &error);
  g_assert_null (saved);
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Name");
  assert_unchanged (f);
}

/* Updates the baseline person with @name; asserts it is refused. */
static void
refuse_update_name (Fixture    *f,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsPerson) person = t_get_person (f->t->store, f->baseline, &error);
  g_autoptr(OpsPerson) saved = NULL;

  ops_person_set_name (person, name);
  ops_person_set_title (person, "不该保存的职位");
  saved = t_save_person (f->t->store, person, &error);
  g_assert_null (saved);
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Name");
  assert_unchanged (f);
}

static OpsPerson *
save_named (Fixture    *f,
            const char *name)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(GError) error = NULL;
  OpsPerson *saved;

  ops_person_set_name (person, name);
  saved = t_save_person (f->t->store, person, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  return saved;
}

static void
test_name_required (Fixture       *f,
                    gconstpointer  data)
{
  refuse_person_name (f, NULL);
  refuse_person_name (f, "");
  refuse_person_name (f, "   ");
  refuse_person_name (f, "\t\n");
  refuse_person_name (f, "\u3000\u3000");   /* ideographic spaces */
  refuse_update_name (f, "");
  refuse_update_name (f, "  ");
}

static void
test_name_length (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(OpsPerson) loaded = NULL;
  g_autoptr(OpsDepartment) department = ops_department_new ();
  g_autoptr(OpsDepartment) saved_department = NULL;
  g_autoptr(GError) error = NULL;

  /* 200 characters (600 bytes of Chinese) are accepted exactly. */
  for (guint i = 0; i < 200; i++)
    g_string_append (name, "字");
  saved = save_named (f, name->str);
  loaded = t_get_person (f->t->store, ops_person_get_id (saved), &error);
  g_assert_cmpstr (ops_person_get_name (loaded), ==, name->str);
  g_assert_cmpint (g_utf8_strlen (ops_person_get_name (loaded), -1), ==, 200);
  g_assert_true (t_delete_person (f->t->store, ops_person_get_id (saved), &error));
  g_assert_no_error (error);

  /* 201 are not, for new and existing people and for departments. */
  g_string_append (name, "字");
  refuse_person_name (f, name->str);
  refuse_update_name (f, name->str);

  ops_department_set_name (department, name->str);
  saved_department = t_save_department (f->t->store, department, &error);
  g_assert_null (saved_department);
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Name");
  g_clear_error (&error);

  /* Other text fields have limits too. */
  {
    g_autoptr(OpsPerson) person = ops_person_new ();
    g_autoptr(OpsPerson) refused = NULL;

    ops_person_set_name (person, "有名字");
    ops_person_set_title (person, name->str);
    refused = t_save_person (f->t->store, person, &error);
    g_assert_null (refused);
    assert_refused (error, OPS_STORE_ERROR_INVALID, "Title");
    g_clear_error (&error);
  }

  g_assert_false (t_set_day (f->t->store, "2026-10-02", OPS_DAY_KIND_HOLIDAY, name->str, &error));
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Name");
  g_clear_error (&error);

  assert_unchanged (f);
}

static void
test_dates (Fixture       *f,
            gconstpointer  data)
{
  static const char * const bad_dates[] = {
    "2024-02-30", "2024-2-3", "tomorrow", "", "2026-13-01", "2026-10-01 ", "２０２６-10-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (t_set_day (f->t->store, bad_dates[i], OPS_DAY_KIND_HOLIDAY, "坏日期", &error));
      assert_refused (error, OPS_STORE_ERROR_INVALID, "Date");
      g_clear_error (&error);

      g_assert_false (t_remove_day (f->t->store, bad_dates[i], &error));
      assert_refused (error, OPS_STORE_ERROR_INVALID, "Date");
      assert_unchanged (f);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (t_set_day (f->t->store, NULL, OPS_DAY_KIND_HOLIDAY, NULL, &error));
    assert_refused (error, OPS_STORE_ERROR_INVALID, "Date");
  }
}

static void
test_nul (Fixture       *f,
          gconstpointer  data)
{
  static const char with_nul[] = "ab\0cd";
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  static const char * const inserts[] = {
    "INSERT INTO people (name, created, updated) VALUES (?1, 0, 0)",
    "INSERT INTO people (name, title, created, updated) VALUES ('ok', ?1, 0, 0)",
    "INSERT INTO departments (name, created, updated) VALUES (?1, 0, 0)",
    "INSERT INTO calendar_days (date, kind, name) VALUES ('2026-10-02', 'holiday', ?1)",
  };

  /* The validator sees the NUL when it is given the length. */
  g_assert_false (ops_validate_text ("Name", with_nul, sizeof with_nul - 1, TRUE, OPS_MAX_NAME_CHARS, &error));
  g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "Name"));
  g_clear_error (&error);

  /* And the schema refuses it even past the store (a raw INSERT). */
  db = t_sqlite_open (f->t->path);
  for (guint i = 0; i < G_N_ELEMENTS (inserts); i++)
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, inserts[i], -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, with_nul, sizeof with_nul - 1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_CONSTRAINT);
      g_assert_cmpint (sqlite3_extended_errcode (db), ==, SQLITE_CONSTRAINT_CHECK);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  assert_unchanged (f);
}

static void
test_raw_constraints (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const refused[] = {
    "INSERT INTO people (name, created, updated) VALUES ('   ', 0, 0)",
    "INSERT INTO people (name, active, created, updated) VALUES ('x', 2, 0, 0)",
    "INSERT INTO people (name, department_id, created, updated) VALUES ('x', 999, 0, 0)",
    "INSERT INTO person_roles (person_id, role) VALUES (1, 'king')",
    "INSERT INTO calendar_days (date, kind) VALUES ('2024-02-30', 'holiday')",
    "INSERT INTO calendar_days (date, kind) VALUES ('2024-2-3', 'holiday')",
    "INSERT INTO calendar_days (date, kind) VALUES ('2026-10-05', 'vacation')",
    "INSERT INTO calendar_days (date, kind) VALUES ('2026-10-03', 'holiday')",
    "INSERT INTO people (name, created, updated) VALUES ('x', 'yesterday', 0)",   /* STRICT */
  };
  sqlite3 *db = t_sqlite_open (f->t->path);

  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      int rc = sqlite3_exec (db, refused[i], NULL, NULL, NULL);

      if ((rc & 0xff) != SQLITE_CONSTRAINT)
        g_error ("“%s” gave %d, not a constraint error", refused[i], rc);
    }
  sqlite3_close (db);

  assert_unchanged (f);
}

static void
test_invalid_utf8 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(GError) error = NULL;

  refuse_person_name (f, "ab\xff\xfe");
  refuse_person_name (f, "\xe4\xb8");      /* a cut-off 中 */
  refuse_update_name (f, "\xc0\xaf");

  ops_person_set_name (person, "好名字");
  ops_person_set_title (person, "\xff");
  saved = t_save_person (f->t->store, person, &error);
  g_assert_null (saved);
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Title");
  assert_unchanged (f);
}

static void
test_email_phone (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const bad_emails[] = { "not-an-email", "a@b", "a@@b.com", "@example.com", "a b@example.com" };
  static const char * const bad_phones[] = { "abc", "12", "138-0013-8000 ext. 5", "++86 10 1234" };
  g_autoptr(OpsPerson) person = ops_person_new ();
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(GError) error = NULL;

  ops_person_set_name (person, "张三");
  for (guint i = 0; i < G_N_ELEMENTS (bad_emails); i++)
    {
      ops_person_set_email (person, bad_emails[i]);
      saved = t_save_person (f->t->store, person, &error);
      g_assert_null (saved);
      assert_refused (error, OPS_STORE_ERROR_INVALID, "e-mail");
      g_clear_error (&error);
    }
  ops_person_set_email (person, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_phones); i++)
    {
      ops_person_set_phone (person, bad_phones[i]);
      saved = t_save_person (f->t->store, person, &error);
      g_assert_null (saved);
      assert_refused (error, OPS_STORE_ERROR_INVALID, "phone");
      g_clear_error (&error);
    }
  assert_unchanged (f);

  /* Good ones are stored trimmed. */
  ops_person_set_email (person, "  zhang.san@example.com ");
  ops_person_set_phone (person, " +86 (10) 1234-5678 ");
  saved = t_save_person (f->t->store, person, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_person_get_email (saved), ==, "zhang.san@example.com");
  g_assert_cmpstr (ops_person_get_phone (saved), ==, "+86 (10) 1234-5678");
}

static void
test_injection (Fixture       *f,
                gconstpointer  data)
{
  static const char * const names[] = {
    "Robert'); DROP TABLE people;--",
    "' OR '1'='1",
    "%_\\",
    "\"; DELETE FROM departments; --",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(OpsPerson) saved = save_named (f, names[i]);
      g_autoptr(OpsPerson) loaded = t_get_person (f->t->store, ops_person_get_id (saved), &error);
      g_autoptr(OpsDepartment) department = ops_department_new ();
      g_autoptr(OpsDepartment) saved_department = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (ops_person_get_name (loaded), ==, names[i]);

      ops_department_set_name (department, names[i]);
      saved_department = t_save_department (f->t->store, department, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (ops_department_get_name (saved_department), ==, names[i]);
    }

  /* Searching for them finds exactly them: no wildcard, no injection. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      OpsPersonFilter filter = { names[i], 0, TRUE };
      g_autoptr(GListModel) found = NULL;
      g_autoptr(OpsPerson) first = NULL;
      guint total;

      found = t_list_people (f->t->store, &filter, OPS_RANGE_ALL, &total, &error);
      g_assert_no_error (error);
      /* Exactly the one person (they have no department to match too). */
      g_assert_cmpuint (total, ==, 1);
      first = g_list_model_get_item (found, 0);
      g_assert_cmpstr (ops_person_get_name (first), ==, names[i]);
    }

  /* The tables are all still there, with every row. */
  g_assert_cmpint (t_file_int (f->t->path,
                               "SELECT count(*) FROM sqlite_schema WHERE name IN"
                               " ('people', 'departments', 'person_roles', 'calendar_days')"), ==, 4);
  g_assert_cmpint (t_file_int (f->t->path, "SELECT count(*) FROM people"), ==, 2 + G_N_ELEMENTS (names));
  g_assert_cmpint (t_file_int (f->t->path, "SELECT count(*) FROM departments"), ==, 1 + G_N_ELEMENTS (names));
}

static void
test_unicode (Fixture       *f,
              gconstpointer  data)
{
  static const char * const names[] = {
    "中文名字",
    "😀 Emoji 👍🏽 👨‍👩‍👧",
    "Zoë Ñandú",
    "عربي",
    "e\xcc\x81",        /* e + combining acute: kept as typed, not normalised */
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(OpsPerson) saved = save_named (f, names[i]);
      g_autoptr(OpsPerson) loaded = t_get_person (f->t->store, ops_person_get_id (saved), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (ops_person_get_name (loaded), ==, names[i]);
      g_assert_cmpuint (strlen (ops_person_get_name (loaded)), ==, strlen (names[i]));
    }

  {
    OpsPersonFilter filter = { "中文", 0, FALSE };
    g_autoptr(GListModel) found = t_list_people (f->t->store, &filter, OPS_RANGE_ALL, NULL, &error);

    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  }
  {
    OpsPersonFilter filter = { "👍🏽", 0, FALSE };
    g_autoptr(GListModel) found = t_list_people (f->t->store, &filter, OPS_RANGE_ALL, NULL, &error);

    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  }

  g_assert_true (t_set_day (f->t->store, "2026-10-02", OPS_DAY_KIND_HOLIDAY, "国庆节 🎉", &error));
  g_assert_no_error (error);
}

static void
test_department_names (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const blank[] = { "", "   ", "\u3000" };
  g_autoptr(OpsDepartment) department = ops_department_new ();
  g_autoptr(OpsDepartment) saved = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    {
      ops_department_set_name (department, blank[i]);
      saved = t_save_department (f->t->store, department, &error);
      g_assert_null (saved);
      assert_refused (error, OPS_STORE_ERROR_INVALID, "Name");
      g_clear_error (&error);
    }

  /* Renaming the existing one to blank leaves it as it was. */
  ops_department_set_id (department, f->department);
  ops_department_set_name (department, " ");
  saved = t_save_department (f->t->store, department, &error);
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Name");
  g_clear_error (&error);

  /* A name that only differs by surrounding space is a duplicate. */
  ops_department_set_id (department, 0);
  ops_department_set_name (department, "  基准部门 ");
  saved = t_save_department (f->t->store, department, &error);
  assert_refused (error, OPS_STORE_ERROR_DUPLICATE, "基准部门");
  g_clear_error (&error);

  /* Head and leader must be real, active people. */
  ops_department_set_name (department, "新部门");
  ops_department_set_head_id (department, 4242);
  saved = t_save_department (f->t->store, department, &error);
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Head");
  g_clear_error (&error);

  g_assert_true (t_set_active (f->t->store, f->baseline, FALSE, &error));
  ops_department_set_head_id (department, 0);
  ops_department_set_leader_id (department, f->baseline);
  saved = t_save_department (f->t->store, department, &error);
  assert_refused (error, OPS_STORE_ERROR_INVALID, "Division leader");
  g_clear_error (&error);
  g_assert_true (t_set_active (f->t->store, f->baseline, TRUE, &error));

  assert_unchanged (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/bad-input/name-required", test_name_required);
  ADD ("/store/bad-input/name-length", test_name_length);
  ADD ("/store/bad-input/dates", test_dates);
  ADD ("/store/bad-input/nul", test_nul);
  ADD ("/store/bad-input/raw-constraints", test_raw_constraints);
  ADD ("/store/bad-input/invalid-utf8", test_invalid_utf8);
  ADD ("/store/bad-input/email-phone", test_email_phone);
  ADD ("/store/bad-input/injection", test_injection);
  ADD ("/store/bad-input/unicode", test_unicode);
  ADD ("/store/bad-input/department-names", test_department_names);

#undef ADD

  return g_test_run ();
}

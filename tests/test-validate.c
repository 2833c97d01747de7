/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-validate.c: unit tests of the shared validation rules.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/ops-validate.h"

/* @n copies of @unit. */
static char *
repeat (const char *unit,
        guint       n)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (str, unit);

  return g_string_free (str, FALSE);
}

static void
assert_text_ok (const char *value,
                gssize      length,
                gboolean    required,
                guint       max_chars)
{
  g_autoptr(GError) error = NULL;

  if (!ops_validate_text ("Name", value, length, required, max_chars, &error))
    g_error ("refused: %s", error->message);
  g_assert_no_error (error);
}

static void
assert_text_error (const char *value,
                   gssize      length,
                   gboolean    required,
                   guint       max_chars,
                   gint        code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ops_validate_text ("Name", value, length, required, max_chars, &error));
  g_assert_error (error, OPS_VALIDATION_ERROR, code);
  /* Every message names the field. */
  g_assert_nonnull (strstr (error->message, "Name"));
}

static void
test_error_quark (void)
{
  g_assert_cmpuint (OPS_VALIDATION_ERROR, !=, 0);
  g_assert_cmpstr (g_quark_to_string (OPS_VALIDATION_ERROR), ==, "ops-validation-error-quark");
}

static void
test_text_required (void)
{
  const char *blanks[] = { "", " ", "\t\n ", "\xe3\x80\x80" /* U+3000 */, " \xc2\xa0 " /* NBSP */ };
  g_autoptr(GError) error = NULL;

  assert_text_error (NULL, -1, TRUE, 200, OPS_VALIDATION_ERROR_REQUIRED);
  assert_text_ok (NULL, -1, FALSE, 200);

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      assert_text_error (blanks[i], -1, TRUE, 200, OPS_VALIDATION_ERROR_REQUIRED);
      assert_text_ok (blanks[i], -1, FALSE, 200);
    }

  /* An explicit length of 0 is empty even when the buffer is not. */
  assert_text_error ("abc", 0, TRUE, 200, OPS_VALIDATION_ERROR_REQUIRED);
  assert_text_ok ("x", -1, TRUE, 200);
  assert_text_ok (" x ", -1, TRUE, 200);

  g_assert_false (ops_validate_text ("Title", "  ", -1, TRUE, 200, &error));
  g_assert_cmpstr (error->message, ==, "Title is required. Fill it in and save again.");
}

static void
test_text_length (void)
{
  g_autofree char *ascii200 = repeat ("a", 200);
  g_autofree char *ascii201 = repeat ("a", 201);
  g_autofree char *cjk200 = repeat ("张", 200);
  g_autofree char *cjk201 = repeat ("张", 201);
  g_autofree char *long10000 = repeat ("b", OPS_MAX_LONG_CHARS);
  g_autofree char *long10001 = repeat ("b", OPS_MAX_LONG_CHARS + 1);
  g_autoptr(GError) error = NULL;

  assert_text_ok (ascii200, -1, TRUE, OPS_MAX_NAME_CHARS);
  assert_text_error (ascii201, -1, TRUE, OPS_MAX_NAME_CHARS, OPS_VALIDATION_ERROR_TOO_LONG);
  /* An explicit length cuts the value. */
  assert_text_ok (ascii201, 200, TRUE, OPS_MAX_NAME_CHARS);

  /* 200 CJK characters are 600 bytes: still 200 characters. */
  g_assert_cmpuint (strlen (cjk200), ==, 600);
  assert_text_ok (cjk200, -1, TRUE, OPS_MAX_SHORT_CHARS);
  assert_text_error (cjk201, -1, TRUE, OPS_MAX_SHORT_CHARS, OPS_VALIDATION_ERROR_TOO_LONG);
  assert_text_ok ("张三", -1, TRUE, 2);
  assert_text_error ("张三丰", -1, TRUE, 2, OPS_VALIDATION_ERROR_TOO_LONG);

  assert_text_ok (long10000, -1, FALSE, OPS_MAX_LONG_CHARS);
  assert_text_error (long10001, -1, FALSE, OPS_MAX_LONG_CHARS, OPS_VALIDATION_ERROR_TOO_LONG);

  /* 0 means no limit. */
  assert_text_ok (long10001, -1, FALSE, 0);

  g_assert_false (ops_validate_text ("Name", ascii201, -1, TRUE, 200, &error));
  g_assert_cmpstr (error->message, ==,
                   "Name is too long (201 characters; at most 200). Shorten it.");
}

static void
test_text_encoding (void)
{
  static const char with_nul[] = { 'a', 'b', '\0', 'c', 'd' };
  const char *invalid[] = {
    "\xff\xfe",
    "abc\xc3",              /* truncated sequence */
    "\xc0\xaf",             /* overlong '/' */
    "\xed\xa0\x80",         /* UTF-16 surrogate */
    "ok \xe5\xbc",          /* half of 张 */
  };
  g_autoptr(GError) error = NULL;

  /* An embedded NUL is seen only with an explicit length. */
  assert_text_error (with_nul, sizeof with_nul, FALSE, 200, OPS_VALIDATION_ERROR_ENCODING);
  assert_text_ok (with_nul, -1, FALSE, 200);
  /* NUL before a blank-looking end is still an encoding problem, not "required". */
  assert_text_error ("\0  ", 3, TRUE, 200, OPS_VALIDATION_ERROR_ENCODING);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      assert_text_error (invalid[i], -1, FALSE, 200, OPS_VALIDATION_ERROR_ENCODING);
      assert_text_error (invalid[i], (gssize) strlen (invalid[i]), TRUE, 200,
                         OPS_VALIDATION_ERROR_ENCODING);
    }

  g_assert_false (ops_validate_text ("Title", "\xff", -1, TRUE, 200, &error));
  g_assert_cmpstr (error->message, ==,
                   "Title contains a NUL character or text that is not valid UTF-8. Retype it.");
}

static void
test_email (void)
{
  const char *valid[] = {
    "name@example.com",
    "a.b+tag@sub.example.co.uk",
    "first_last-1@example-mail.cn",
    "  name@example.com  ",
    "张三@例子.中国",
    "x@y.io",
    "",
    "   ",
  };
  const char *invalid[] = {
    "name", "name@", "@example.com", "name@@example.com", "a@b@example.com",
    "na me@example.com", "name@example", "name@.example.com", "name@example..com",
    "name@-example.com", "name@example-.com", ".name@example.com", "name.@example.com",
    "na..me@example.com", "name@example.com.", "name@exa_mple.com", "name@example.123",
    "name@exa mple.com", "name,@example.com", "<name@example.com>",
  };
  g_autofree char *local64 = repeat ("a", 64);
  g_autofree char *local65 = repeat ("a", 65);
  g_autofree char *ok64 = g_strconcat (local64, "@example.com", NULL);
  g_autofree char *bad65 = g_strconcat (local65, "@example.com", NULL);
  g_autofree char *huge = repeat ("x", 500);

  g_assert_true (ops_validate_email (NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!ops_validate_email (valid[i], &error))
        g_error ("refused “%s”: %s", valid[i], error->message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;

      if (ops_validate_email (invalid[i], &error))
        g_error ("accepted “%s”", invalid[i]);
      g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT);
      expected = g_strdup_printf ("“%s” is not a valid e-mail address. Use the form name@example.com.",
                                  invalid[i]);
      g_assert_cmpstr (error->message, ==, expected);
    }

  g_assert_true (ops_validate_email (ok64, NULL));
  g_assert_false (ops_validate_email (bad65, NULL));

  /* A long value is cut in the message, which stays readable. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ops_validate_email (huge, &error));
    g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT);
    g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 150);
    g_assert_nonnull (strstr (error->message, "…"));
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ops_validate_email ("na\xffme@example.com", &error));
    g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_ENCODING);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
  }
}

static void
test_phone (void)
{
  const char *valid[] = {
    "+86 10 1234 5678", "010-12345678", "(010) 1234-5678", "123", "13800138000",
    " 13800138000 ", "", "  ",
  };
  const char *invalid[] = {
    "12", "abc", "12a45", "86+123", "+", "+-()", "1-2", "１２３", "123#4", "ext. 123",
    "123\t456",
  };
  g_autofree char *digits32 = repeat ("1", 32);
  g_autofree char *digits33 = repeat ("1", 33);

  g_assert_true (ops_validate_phone (NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!ops_validate_phone (valid[i], &error))
        g_error ("refused “%s”: %s", valid[i], error->message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      if (ops_validate_phone (invalid[i], &error))
        g_error ("accepted “%s”", invalid[i]);
      g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, invalid[i]));
    }

  g_assert_true (ops_validate_phone (digits32, NULL));
  g_assert_false (ops_validate_phone (digits33, NULL));

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ops_validate_phone ("\xfe" "123", &error));
    g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_ENCODING);
  }
}

static void
test_date (void)
{
  const char *not_dates[] = { "2024-2-3", " 2024-02-03", "2024-02-03x", "tomorrow", "2024/02/03" };
  const char *not_in_calendar[] = { "2024-02-30", "2023-02-29", "2024-13-01", "2024-04-31" };
  g_autoptr(GError) error = NULL;

  g_assert_true (ops_validate_date ("Due date", "2024-02-29", NULL));
  g_assert_true (ops_validate_date ("Due date", "2026-03-01", NULL));

  g_assert_false (ops_validate_date ("Due date", NULL, &error));
  g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_false (ops_validate_date ("Due date", "  ", &error));
  g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (error->message, ==, "Due date is required. Fill it in and save again.");
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_autofree char *expected = g_strdup_printf (
          "Due date: “%s” is not a date. Use the form YYYY-MM-DD, e.g. 2026-03-01.",
          not_dates[i]);

      g_assert_false (ops_validate_date ("Due date", not_dates[i], &error));
      g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_in_calendar); i++)
    {
      g_autofree char *expected = g_strdup_printf (
          "Due date: “%s” does not exist in the calendar. Pick a real date.",
          not_in_calendar[i]);

      g_assert_false (ops_validate_date ("Due date", not_in_calendar[i], &error));
      g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }

  g_assert_false (ops_validate_date ("Due date", "2024-02-\xff", &error));
  g_assert_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_ENCODING);
}

static void
test_strip_dup (void)
{
  g_autofree char *plain = ops_strip_dup ("  a b  ");
  g_autofree char *cjk = ops_strip_dup ("\xe3\x80\x80张三\xe3\x80\x80 ");
  g_autofree char *blank = ops_strip_dup (" \t\n");
  g_autofree char *inner = ops_strip_dup ("张\xe3\x80\x80三");
  g_autofree char *invalid = ops_strip_dup (" \xff ");

  g_assert_null (ops_strip_dup (NULL));
  g_assert_cmpstr (plain, ==, "a b");
  g_assert_cmpstr (cjk, ==, "张三");
  g_assert_cmpstr (blank, ==, "");
  g_assert_cmpstr (inner, ==, "张\xe3\x80\x80三");
  g_assert_cmpstr (invalid, ==, "\xff");
}

static void
test_is_blank (void)
{
  g_assert_true (ops_is_blank (NULL));
  g_assert_true (ops_is_blank (""));
  g_assert_true (ops_is_blank (" \t\n"));
  /* The ideographic space (U+3000) is white space too. */
  g_assert_true (ops_is_blank ("\xe3\x80\x80"));
  g_assert_false (ops_is_blank (" 张三 "));
  g_assert_false (ops_is_blank ("0"));
}

int
main (int   argc,
      char *argv[])
{
  /* The messages are compared in the source language. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/validate/error-quark", test_error_quark);
  g_test_add_func ("/validate/text/required", test_text_required);
  g_test_add_func ("/validate/text/length", test_text_length);
  g_test_add_func ("/validate/text/encoding", test_text_encoding);
  g_test_add_func ("/validate/email", test_email);
  g_test_add_func ("/validate/phone", test_phone);
  g_test_add_func ("/validate/date", test_date);
  g_test_add_func ("/validate/strip-dup", test_strip_dup);
  g_test_add_func ("/validate/is-blank", test_is_blank);

  return g_test_run ();
}

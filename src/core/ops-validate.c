/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-validate.c: validation of text fields, e-mail, phone and dates.
 */

#define G_LOG_DOMAIN "opsdesk-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ops-calendar.h"
#include "ops-validate.h"

G_DEFINE_QUARK (ops-validation-error-quark, ops_validation_error)

/* A value quoted in a message is cut to this many characters. */
#define QUOTE_MAX_CHARS 40

#define EMAIL_MAX_BYTES        254
#define EMAIL_LOCAL_MAX_BYTES  64
#define EMAIL_LABEL_MAX_BYTES  63
#define PHONE_MIN_CHARS        3
#define PHONE_MAX_CHARS        32

/* White space includes U+3000 IDEOGRAPHIC SPACE, which Chinese input methods
 * type, and the other Unicode spaces. */
static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* Valid UTF-8 (given @len bytes, or NUL-terminated when -1): the span
 * without leading and trailing white space. */
static void
utf8_strip_span (const char  *value,
                 gsize        len,
                 const char **out_start,
                 const char **out_end)
{
  const char *start = value;
  const char *end = value + len;

  while (start < end && is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  *out_start = start;
  *out_end = end;
}

/* A short copy of @value for an error message; @value is valid UTF-8. */
static char *
quote_value (const char *value,
             gssize      len)
{
  glong n_chars = g_utf8_strlen (value, len);

  if (n_chars <= QUOTE_MAX_CHARS)
    return len < 0 ? g_strdup (value) : g_strndup (value, (gsize) len);

  {
    g_autofree char *head = g_utf8_substring (value, 0, QUOTE_MAX_CHARS);

    return g_strconcat (head, "…", NULL);
  }
}

static gboolean
set_encoding_error (const char  *field,
                    GError     **error)
{
  g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_ENCODING,
               _("%s contains a NUL character or text that is not valid UTF-8. Retype it."),
               field);
  return FALSE;
}

static gboolean
set_required_error (const char  *field,
                    GError     **error)
{
  g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED,
               _("%s is required. Fill it in and save again."),
               field);
  return FALSE;
}

/**
 * ops_validate_text:
 * @field: the translated field name, e.g. _("Name")
 * @value: (nullable): the text
 * @length: byte length of @value, or -1 when NUL-terminated
 * @required: whether an empty or blank value is refused
 * @max_chars: the most characters allowed, counted over the whole value; 0
 *   for no limit
 * @error: return location for an %OPS_VALIDATION_ERROR
 *
 * White space includes Unicode spaces such as U+3000. Characters, not bytes,
 * are counted: "张三" is two characters.
 *
 * Returns: %TRUE when @value is acceptable.
 */
gboolean
ops_validate_text (const char  *field,
                   const char  *value,
                   gssize       length,
                   gboolean     required,
                   guint        max_chars,
                   GError     **error)
{
  const char *end = NULL;
  const char *start;
  const char *stripped_end;
  gsize len;
  glong n_chars;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value == NULL)
    return required ? set_required_error (field, error) : TRUE;

  /* With an explicit length, g_utf8_validate() refuses an embedded NUL. */
  if (!g_utf8_validate (value, length, &end))
    return set_encoding_error (field, error);

  len = (gsize) (end - value);

  utf8_strip_span (value, len, &start, &stripped_end);
  if (start == stripped_end)
    return required ? set_required_error (field, error) : TRUE;

  n_chars = g_utf8_strlen (value, (gssize) len);
  if (max_chars > 0 && n_chars > (glong) max_chars)
    {
      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_TOO_LONG,
                   _("%s is too long (%u characters; at most %u). Shorten it."),
                   field, (guint) n_chars, max_chars);
      return FALSE;
    }

  return TRUE;
}

static gboolean
email_local_char_ok (gunichar c)
{
  if (c >= 0x80)
    return g_unichar_isalnum (c);

  return g_ascii_isalnum ((char) c) || strchr ("!#$%&'*+/=?^_`{|}~.-", (int) c) != NULL;
}

static gboolean
email_local_ok (const char *start,
                const char *end)
{
  gsize len = (gsize) (end - start);

  if (len == 0 || len > EMAIL_LOCAL_MAX_BYTES)
    return FALSE;
  if (*start == '.' || end[-1] == '.')
    return FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      if (!email_local_char_ok (g_utf8_get_char (p)))
        return FALSE;
      if (*p == '.' && p[1] == '.')
        return FALSE;
    }

  return TRUE;
}

static gboolean
email_domain_ok (const char *start,
                 const char *end)
{
  const char *label = start;
  guint n_labels = 0;
  gboolean tld_has_letter = FALSE;

  if (start == end)
    return FALSE;

  while (label <= end)
    {
      const char *label_end = label;
      gsize label_len;

      while (label_end < end && *label_end != '.')
        label_end++;

      label_len = (gsize) (label_end - label);
      if (label_len == 0 || label_len > EMAIL_LABEL_MAX_BYTES)
        return FALSE;
      if (*label == '-' || label_end[-1] == '-')
        return FALSE;

      tld_has_letter = FALSE;
      for (const char *p = label; p < label_end; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c >= 0x80 ? !g_unichar_isalnum (c) : !(g_ascii_isalnum ((char) c) || c == '-'))
            return FALSE;
          if (c >= 0x80 || g_ascii_isalpha ((char) c))
            tld_has_letter = TRUE;
        }

      n_labels++;
      label = label_end + 1;
    }

  /* "name@localhost" and "name@example.123" are not addresses people mean. */
  return n_labels >= 2 && tld_has_letter;
}

/**
 * ops_validate_email:
 * @value: (nullable): an e-mail address, or empty
 * @error: return location for an %OPS_VALIDATION_ERROR
 *
 * Leading and trailing white space is ignored (callers store
 * ops_strip_dup() of the value). Accepts "local@domain.tld" where the local
 * part uses the usual ASCII characters or letters and digits of any script,
 * and the domain has at least two dot-separated labels of letters, digits
 * and inner hyphens.
 *
 * Returns: %TRUE when @value is empty or a plausible address.
 */
gboolean
ops_validate_email (const char  *value,
                    GError     **error)
{
  const char *start;
  const char *end;
  const char *at;
  gboolean ok;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value == NULL)
    return TRUE;

  if (!g_utf8_validate (value, -1, NULL))
    return set_encoding_error (_("E-mail address"), error);

  utf8_strip_span (value, strlen (value), &start, &end);
  if (start == end)
    return TRUE;

  at = memchr (start, '@', (gsize) (end - start));
  ok = (gsize) (end - start) <= EMAIL_MAX_BYTES &&
       at != NULL &&
       memchr (at + 1, '@', (gsize) (end - at - 1)) == NULL &&
       email_local_ok (start, at) &&
       email_domain_ok (at + 1, end);

  if (!ok)
    {
      g_autofree char *quoted = quote_value (start, end - start);

      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT,
                   _("“%s” is not a valid e-mail address. Use the form name@example.com."),
                   quoted);
      return FALSE;
    }

  return TRUE;
}

/**
 * ops_validate_phone:
 * @value: (nullable): a phone number, or empty
 * @error: return location for an %OPS_VALIDATION_ERROR
 *
 * Leading and trailing white space is ignored. Accepts 3–32 characters of
 * digits, spaces, '-', '(' and ')', with at least three digits and an
 * optional leading '+'.
 *
 * Returns: %TRUE when @value is empty or a plausible phone number.
 */
gboolean
ops_validate_phone (const char  *value,
                    GError     **error)
{
  const char *start;
  const char *end;
  glong n_chars;
  guint n_digits = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value == NULL)
    return TRUE;

  if (!g_utf8_validate (value, -1, NULL))
    return set_encoding_error (_("Phone number"), error);

  utf8_strip_span (value, strlen (value), &start, &end);
  if (start == end)
    return TRUE;

  n_chars = g_utf8_strlen (start, end - start);
  if (n_chars < PHONE_MIN_CHARS || n_chars > PHONE_MAX_CHARS)
    ok = FALSE;

  for (const char *p = start; ok && p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        n_digits++;
      else if (*p == '+')
        ok = (p == start);
      else if (*p != ' ' && *p != '-' && *p != '(' && *p != ')')
        ok = FALSE;
    }

  if (n_digits < 3)
    ok = FALSE;

  if (!ok)
    {
      g_autofree char *quoted = quote_value (start, end - start);

      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT,
                   _("“%s” is not a valid phone number. Use 3 to 32 digits, spaces or + - ( ), e.g. +86 10 1234 5678."),
                   quoted);
      return FALSE;
    }

  return TRUE;
}

/**
 * ops_validate_date:
 * @field: the translated field name, e.g. _("Date")
 * @value: (nullable): "YYYY-MM-DD"
 * @error: return location for an %OPS_VALIDATION_ERROR
 *
 * The date is required and strict: no surrounding white space, exactly
 * 4-2-2 digits, and a day that exists.
 *
 * Returns: %TRUE when @value is a real date.
 */
gboolean
ops_validate_date (const char  *field,
                   const char  *value,
                   GError     **error)
{
  const char *start;
  const char *end;
  gboolean shape_ok;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value == NULL)
    return set_required_error (field, error);

  if (!g_utf8_validate (value, -1, NULL))
    return set_encoding_error (field, error);

  utf8_strip_span (value, strlen (value), &start, &end);
  if (start == end)
    return set_required_error (field, error);

  if (ops_date_parse_iso (value, NULL))
    return TRUE;

  shape_ok = strlen (value) == 10 && value[4] == '-' && value[7] == '-';
  for (guint i = 0; shape_ok && i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (value[i]))
        shape_ok = FALSE;
    }

  {
    g_autofree char *quoted = quote_value (value, -1);

    if (shape_ok)
      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT,
                   /* Translators: the first %s is a field name, the second a date such as 2024-02-30. */
                   _("%s: “%s” does not exist in the calendar. Pick a real date."),
                   field, quoted);
    else
      g_set_error (error, OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_FORMAT,
                   /* Translators: the first %s is a field name, the second what was typed. */
                   _("%s: “%s” is not a date. Use the form YYYY-MM-DD, e.g. 2026-03-01."),
                   field, quoted);
  }

  return FALSE;
}

/**
 * ops_strip_dup:
 * @value: (nullable): text
 *
 * Removes leading and trailing white space, including Unicode spaces such as
 * U+3000 when @value is valid UTF-8 (only ASCII white space otherwise).
 *
 * Returns: (transfer full) (nullable): a new string, %NULL for %NULL.
 */
char *
ops_strip_dup (const char *value)
{
  const char *start;
  const char *end;

  if (value == NULL)
    return NULL;

  if (!g_utf8_validate (value, -1, NULL))
    return g_strstrip (g_strdup (value));

  utf8_strip_span (value, strlen (value), &start, &end);

  return g_strndup (start, (gsize) (end - start));
}

gboolean
ops_is_blank (const char *value)
{
  g_autofree char *stripped = ops_strip_dup (value);

  return stripped == NULL || *stripped == '\0';
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-validate.h: validation rules shared by forms and the store. Each failure
 * is an OPS_VALIDATION_ERROR with a translated message that names the field and
 * says what to fix.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OPS_VALIDATION_ERROR (ops_validation_error_quark ())

typedef enum {
  OPS_VALIDATION_ERROR_REQUIRED,
  OPS_VALIDATION_ERROR_TOO_LONG,
  OPS_VALIDATION_ERROR_ENCODING,   /* invalid UTF-8 or an embedded NUL */
  OPS_VALIDATION_ERROR_FORMAT,     /* a date, e-mail or phone number that is malformed */
} OpsValidationError;

GQuark   ops_validation_error_quark (void);

/* Length limits (in characters) for text fields. */
#define OPS_MAX_NAME_CHARS   200
#define OPS_MAX_SHORT_CHARS  200
#define OPS_MAX_LONG_CHARS   10000

/* Checks one text field. @length is the byte length of @value, or -1 when it
 * is NUL-terminated (an embedded NUL can only be seen with an explicit
 * length). @field is the translated field name used in the message. NULL or
 * blank (only white space) fails when @required. */
gboolean ops_validate_text  (const char  *field,
                             const char  *value,
                             gssize       length,
                             gboolean     required,
                             guint        max_chars,
                             GError     **error);

/* An optional e-mail address: empty is fine, otherwise "local@domain.tld". */
gboolean ops_validate_email (const char  *value,
                             GError     **error);

/* An optional phone number: digits, spaces and + - ( ) only, 3–32 chars. */
gboolean ops_validate_phone (const char  *value,
                             GError     **error);

/* A required calendar date "YYYY-MM-DD" that exists (2024-02-30 does not). */
gboolean ops_validate_date  (const char  *field,
                             const char  *value,
                             GError     **error);

/* Returns a copy of @value with leading and trailing white space removed;
 * NULL stays NULL. */
char    *ops_strip_dup      (const char  *value);
/* TRUE when @value is NULL, empty or only white space. */
gboolean ops_is_blank       (const char  *value);

G_END_DECLS

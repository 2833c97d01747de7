/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-sheet.c: the shared sheet writer every export template uses, on top of
 * libxlsxwriter in constant-memory mode (rows are streamed to a temporary
 * file, so 100,000 rows need a few MiB).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "export/ops-sheet-private.h"


G_DEFINE_QUARK (ops-export-error-quark, ops_export_error)

/* Display width ----------------------------------------------------------- */

/**
 * ops_text_display_width:
 * @text: (nullable): UTF-8 text
 *
 * Returns: the width of @text in spreadsheet columns: a wide or fullwidth
 * (CJK) character counts 2, a combining or zero-width one 0, any other 1.
 * For text of several lines, the width of the longest line.
 */
guint
ops_text_display_width (const char *text)
{
  guint widest = 0;
  guint line = 0;
  const char *p;

  if (text == NULL)
    return 0;

  p = text;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8 (the writer refuses it anyway): count the byte. */
          line++;
          p++;
          continue;
        }

      if (c == '\n')
        {
          widest = MAX (widest, line);
          line = 0;
        }
      else if (g_unichar_iswide (c))
        line += 2;
      else if (!g_unichar_iszerowidth (c) && !g_unichar_ismark (c))
        line += 1;

      p = g_utf8_next_char (p);
    }

  return MAX (widest, line);
}

/* Locale ------------------------------------------------------------------ */

/* libxlsxwriter prints numbers with the C library's locale: under de_DE it
 * writes "1234,5" and a corrupt file. Switch only LC_NUMERIC of this thread
 * to C, keeping the other categories (LC_MESSAGES: our error messages stay
 * translated). */
static void
ops_sheet_enter_c_numeric (OpsSheet *self)
{
  locale_t current = uselocale ((locale_t) 0);
  locale_t base = duplocale (current);

  if (base != (locale_t) 0)
    self->c_locale = newlocale (LC_NUMERIC_MASK, "C", base);
  if (self->c_locale == (locale_t) 0)
    {
      if (base != (locale_t) 0)
        freelocale (base);
      /* The C locale always exists; this is the documented fallback. */
      self->c_locale = newlocale (LC_NUMERIC_MASK, "C", (locale_t) 0);
    }

  if (self->c_locale != (locale_t) 0)
    self->old_locale = uselocale (self->c_locale);
}

static void
ops_sheet_leave_c_numeric (OpsSheet *self)
{
  if (self->c_locale == (locale_t) 0)
    return;

  uselocale (self->old_locale);
  freelocale (self->c_locale);
  self->c_locale = (locale_t) 0;
  self->old_locale = (locale_t) 0;
}

/* Helpers ----------------------------------------------------------------- */

static void
ops_sheet_free (OpsSheet *self)
{
  guint i;

  ops_sheet_leave_c_numeric (self);

  for (i = 0; i < self->n_columns; i++)
    g_free ((char *) self->columns[i].header);
  g_free (self->columns);
  g_free (self->widths);
  g_free (self->form_widths);
  g_free (self->path);
  g_free (self->tmp_path);
  g_free (self->dir);
  g_free (self->title);
  g_free (self->subject);
  g_free (self->company);
  g_free (self->comments);
  g_free (self->row_label);
  g_clear_object (&self->cancellable);
  g_free (self);
}

static void
ops_sheet_remove_temp (OpsSheet *self)
{
  if (self->workbook != NULL)
    {
      /* Frees the workbook without writing it; its worksheet temp files
       * were unlinked when created. */
      lxw_workbook_free (self->workbook);
      self->workbook = NULL;
      self->worksheet = NULL;
    }

  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);
}

gboolean
ops_sheet_check_lxw (OpsSheet    *self,
                     lxw_error    err,
                     GError     **error)
{
  if (err == LXW_NO_ERROR)
    return TRUE;

  g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
               /* Translators: %u is the row, %s the reason from the spreadsheet library */
               _("Row %u of the export could not be written (%s). Export again; if it fails again, report this problem."),
               self->n_rows + 1, lxw_strerror (err));
  return FALSE;
}

/* Replaces the characters Excel refuses in a sheet name and cuts it to 31
 * characters. */
static char *
ops_sheet_sanitize_name (const char *name)
{
  GString *out = g_string_new (NULL);
  guint n_chars = 0;
  const char *p;

  if (name != NULL && g_utf8_validate (name, -1, NULL))
    {
      for (p = name; *p != '\0' && n_chars < OPS_SHEET_MAX_SHEET_NAME; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (strchr ("[]:*?/\\", (int) c) != NULL && c < 0x80)
            g_string_append_c (out, '_');
          else if (g_unichar_iscntrl (c))
            continue;
          else
            g_string_append_unichar (out, c);
          n_chars++;
        }
    }

  /* A name can't begin or end with an apostrophe. */
  while (out->len > 0 && out->str[0] == '\'')
    g_string_erase (out, 0, 1);
  while (out->len > 0 && out->str[out->len - 1] == '\'')
    g_string_truncate (out, out->len - 1);

  if (out->len == 0)
    g_string_assign (out, "Sheet1");

  return g_string_free (out, FALSE);
}

static lxw_format *
ops_sheet_cell_format (OpsSheet    *self,
                       OpsCellType  type)
{
  lxw_format *format = workbook_add_format (self->workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);

  switch (type)
    {
    case OPS_CELL_TEXT:
    case OPS_CELL_LONG_TEXT:
      /* Wrapped, so a text wider than its (capped) column stays readable
       * and printable. */
      format_set_text_wrap (format);
      break;
    case OPS_CELL_INTEGER:
      format_set_num_format (format, "0");
      break;
    case OPS_CELL_NUMBER:
      format_set_num_format (format, "0.00");
      break;
    case OPS_CELL_DATE:
      format_set_num_format (format, "yyyy-mm-dd");
      format_set_align (format, LXW_ALIGN_LEFT);
      break;
    case OPS_CELL_DATETIME:
      format_set_num_format (format, "yyyy-mm-dd hh:mm");
      format_set_align (format, LXW_ALIGN_LEFT);
      break;
    default:
      g_assert_not_reached ();
    }

  return format;
}

static void
ops_sheet_create_formats (OpsSheet *self)
{
  guint i;

  self->title_format = workbook_add_format (self->workbook);
  format_set_bold (self->title_format);
  format_set_font_size (self->title_format, 14);
  format_set_align (self->title_format, LXW_ALIGN_LEFT);
  format_set_align (self->title_format, LXW_ALIGN_VERTICAL_CENTER);

  self->header_format = workbook_add_format (self->workbook);
  format_set_bold (self->header_format);
  format_set_pattern (self->header_format, LXW_PATTERN_SOLID);
  format_set_bg_color (self->header_format, 0xDCE6F1);
  format_set_border (self->header_format, LXW_BORDER_THIN);
  format_set_text_wrap (self->header_format);
  format_set_align (self->header_format, LXW_ALIGN_VERTICAL_CENTER);

  for (i = 0; i < OPS_SHEET_N_CELL_TYPES; i++)
    self->cell_formats[i] = ops_sheet_cell_format (self, (OpsCellType) i);
}

/* Creating ---------------------------------------------------------------- */

/* Starts the workbook and writes the title row; a table (@form FALSE) gets
 * its header row and frozen panes too. */
OpsSheet *
ops_sheet_start (const char            *path,
                 const char            *sheet_name,
                 const char            *title,
                 const OpsSheetColumn  *columns,
                 guint                  n_columns,
                 gboolean               form,
                 GError               **error)
{
  lxw_workbook_options options = { 0 };
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *display_dir = NULL;
  OpsSheet *self;
  lxw_error err;
  guint i;
  int fd;
  int saved_errno;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (columns != NULL, NULL);
  g_return_val_if_fail (n_columns > 0 && n_columns <= 16384, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (OpsSheet, 1);
  self->path = g_strdup (path);
  self->dir = g_path_get_dirname (path);
  self->title = g_strdup (title != NULL ? title : "");
  self->comments = g_strdup_printf (_("Exported by Opsdesk %s"), PACKAGE_VERSION);
  self->n_columns = n_columns;
  self->columns = g_new0 (OpsSheetColumn, n_columns);
  self->widths = g_new0 (guint, n_columns);
  for (i = 0; i < n_columns; i++)
    {
      self->columns[i].header = g_strdup (columns[i].header != NULL ? columns[i].header : "");
      self->columns[i].type = columns[i].type;
      self->widths[i] = ops_text_display_width (self->columns[i].header);
    }

  display_dir = g_filename_display_name (self->dir);

  if (!g_file_test (self->dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("The folder “%s” does not exist. Choose an existing folder and export again."),
                   display_dir);
      ops_sheet_free (self);
      return NULL;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("“%s” is a folder. Choose a file name for the export and export again."),
                   display);
      ops_sheet_free (self);
      return NULL;
    }

  /* Reserve a temporary name beside the target, so the final rename stays
   * on one file system and never exposes a half-written file. */
  base = g_path_get_basename (path);
  tmpl = g_strdup_printf ("%s%c.%s.XXXXXX.xlsx", self->dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("Could not write in the folder “%s”: %s. Choose a folder you can write to and export again."),
                   display_dir, g_strerror (saved_errno));
      ops_sheet_free (self);
      return NULL;
    }
  close (fd);
  self->tmp_path = g_steal_pointer (&tmpl);

  ops_sheet_enter_c_numeric (self);

  options.constant_memory = LXW_TRUE;
  options.tmpdir = self->dir;
  self->workbook = workbook_new_opt (self->tmp_path, &options);
  if (self->workbook == NULL)
    goto lxw_failed;

  clean_name = ops_sheet_sanitize_name (sheet_name);
  self->worksheet = workbook_add_worksheet (self->workbook, clean_name);
  if (self->worksheet == NULL)
    goto lxw_failed;

  ops_sheet_create_formats (self);

  /* Row 0: the title, merged across the columns so it prints whole. */
  worksheet_set_row (self->worksheet, 0, 24, NULL);
  if (n_columns > 1)
    err = worksheet_merge_range (self->worksheet, 0, 0, 0, (lxw_col_t) (n_columns - 1),
                                 self->title, self->title_format);
  else
    err = worksheet_write_string (self->worksheet, 0, 0, self->title, self->title_format);
  if (err != LXW_NO_ERROR)
    goto lxw_failed;

  if (form)
    {
      /* A form places its cells itself, from the row after the title. */
      self->form = TRUE;
      self->row = 1;
      self->col = 0;
      return self;
    }

  /* Row 1: the headers. */
  for (i = 0; i < n_columns; i++)
    {
      err = worksheet_write_string (self->worksheet, 1, (lxw_col_t) i,
                                    self->columns[i].header, self->header_format);
      if (err != LXW_NO_ERROR)
        goto lxw_failed;
    }

  worksheet_freeze_panes (self->worksheet, OPS_SHEET_FIRST_ROW, 0);

  self->row = OPS_SHEET_FIRST_ROW;
  self->col = 0;

  return self;

lxw_failed:
  g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
               _("Could not start the spreadsheet in the folder “%s”. Check that the folder is writable and has free space, then export again."),
               display_dir);
  ops_sheet_remove_temp (self);
  ops_sheet_free (self);
  return NULL;
}

/**
 * ops_sheet_new:
 *
 * Starts a workbook that becomes @path in ops_sheet_finish(). From here to
 * finish/abort the calling thread's numeric locale is C.
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL with @error set
 * (the folder doesn't exist or can't be written).
 */
OpsSheet *
ops_sheet_new (const char            *path,
               const char            *sheet_name,
               const char            *title,
               const OpsSheetColumn  *columns,
               guint                  n_columns,
               GError               **error)
{
  return ops_sheet_start (path, sheet_name, title, columns, n_columns, FALSE, error);
}

/**
 * ops_sheet_set_properties:
 * @subject: (nullable): the document subject (e.g. the template's title)
 * @company: (nullable): the company name of the document properties
 *
 * Optional: document properties written by ops_sheet_finish() besides the
 * title, author ("Opsdesk"), created time and comments.
 */
void
ops_sheet_set_properties (OpsSheet   *self,
                          const char *subject,
                          const char *company)
{
  g_return_if_fail (self != NULL);

  g_free (self->subject);
  self->subject = g_strdup (subject);
  g_free (self->company);
  self->company = g_strdup (company);
}

/**
 * ops_sheet_set_cancellable:
 * @cancellable: (nullable):
 *
 * Optional: ops_sheet_finish() checks @cancellable after the workbook is
 * written and before it is renamed into place, so a cancelled export never
 * leaves a file.
 */
void
ops_sheet_set_cancellable (OpsSheet     *self,
                           GCancellable *cancellable)
{
  g_return_if_fail (self != NULL);

  g_set_object (&self->cancellable, cancellable);
}

guint
ops_sheet_get_n_rows (OpsSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

/* Cells ------------------------------------------------------------------- */

/* "Row 3 (“Alice Smith”), column “E-mail”": where a bad cell is, in words
 * a person can find it by. Rows count data rows from 1; the label is the
 * row's first cell. */
char *
ops_sheet_dup_place (OpsSheet *self)
{
  const char *header = self->col < self->n_columns ? self->columns[self->col].header : "";

  if (self->row_label != NULL && self->col > 0)
    /* Translators: where a bad cell is: row number, the row's first cell, column header */
    return g_strdup_printf (_("Row %u (“%s”), column “%s”"), self->n_rows + 1, self->row_label, header);

  /* Translators: where a bad cell is: row number, column header */
  return g_strdup_printf (_("Row %u, column “%s”"), self->n_rows + 1, header);
}

static gboolean
ops_sheet_begin_cell (OpsSheet  *self,
                      GError   **error)
{
  if (self->col >= self->n_columns)
    {
      g_critical ("ops_sheet: row %u has more cells than the %u columns", self->n_rows + 1, self->n_columns);
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("Row %u of the export has more cells than columns. Report this problem."),
                   self->n_rows + 1);
      return FALSE;
    }

  if (self->row >= OPS_SHEET_MAX_ROWS)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("The export has more than %u rows, more than one spreadsheet can hold. Narrow the selection and export again."),
                   OPS_SHEET_MAX_ROWS - OPS_SHEET_FIRST_ROW);
      return FALSE;
    }

  return TRUE;
}

static void
ops_sheet_cell_done (OpsSheet *self,
                     guint     width)
{
  self->widths[self->col] = MAX (self->widths[self->col], width);
  self->col++;
}

/* Length of @text in UTF-16 code units, as Excel counts a cell's characters
 * (a character outside the BMP, such as most emoji, counts 2). */
static gsize
ops_sheet_excel_length (const char *text,
                        gsize       length)
{
  const char *p = text;
  const char *end = text + length;
  gsize n = 0;

  while (p < end)
    {
      n += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
      p = g_utf8_next_char (p);
    }

  return n;
}

/* Checks that @text (@n_bytes long) can be stored in a cell: no NUL, valid
 * UTF-8, at most 32,767 characters as Excel counts them. The message names
 * the place of the current cell. */
gboolean
ops_sheet_check_text (OpsSheet    *self,
                      const char  *text,
                      gsize        n_bytes,
                      GError     **error)
{
  g_autofree char *place = NULL;
  gsize n_chars;

  if (memchr (text, '\0', n_bytes) != NULL)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT,
                   /* Translators: %s is where, e.g. “Row 3, column “E-mail”” */
                   _("%s: the text contains a NUL character, which a spreadsheet cannot store. Correct it in Opsdesk and export again."),
                   place = ops_sheet_dup_place (self));
      return FALSE;
    }

  if (!g_utf8_validate (text, (gssize) n_bytes, NULL))
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT,
                   /* Translators: %s is where, e.g. “Row 3, column “E-mail”” */
                   _("%s: the text contains bytes that are not valid UTF-8 (perhaps from an import). Correct it in Opsdesk and export again."),
                   place = ops_sheet_dup_place (self));
      return FALSE;
    }

  n_chars = ops_sheet_excel_length (text, n_bytes);
  if (n_chars > OPS_SHEET_MAX_CELL_CHARS)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_TOO_LONG,
                   /* Translators: %s is where, e.g. “Row 3, column “E-mail”” */
                   _("%s: the text has %lu characters, but a spreadsheet cell holds at most %u. Shorten it in Opsdesk and export again."),
                   place = ops_sheet_dup_place (self), (unsigned long) n_chars, (guint) OPS_SHEET_MAX_CELL_CHARS);
      return FALSE;
    }

  return TRUE;
}

static gboolean
ops_sheet_add_text_with_format (OpsSheet    *self,
                                const char  *text,
                                gssize       length,
                                lxw_format  *format,
                                GError     **error)
{
  g_autofree char *copy = NULL;
  gsize n_bytes;
  lxw_error err;

  if (!ops_sheet_begin_cell (self, error))
    return FALSE;

  if (text == NULL || length == 0 || (length < 0 && *text == '\0'))
    {
      ops_sheet_cell_done (self, 0);
      return TRUE;
    }

  n_bytes = length < 0 ? strlen (text) : (gsize) length;

  if (!ops_sheet_check_text (self, text, n_bytes, error))
    return FALSE;

  if (length >= 0)
    text = copy = g_strndup (text, n_bytes);

  /* Always a string cell: text beginning with = + - @ stays text. */
  err = worksheet_write_string (self->worksheet, self->row, (lxw_col_t) self->col, text,
                                format != NULL ? format : self->cell_formats[self->columns[self->col].type]);
  if (!ops_sheet_check_lxw (self, err, error))
    return FALSE;

  if (self->col == 0)
    {
      /* Remember (the start of) the first cell to name the row in errors. */
      g_free (self->row_label);
      self->row_label = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, 200), 40));
    }

  ops_sheet_cell_done (self, ops_text_display_width (text));
  return TRUE;
}

gboolean
ops_sheet_add_text (OpsSheet    *self,
                    const char  *text,
                    gssize       length,
                    GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->form, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ops_sheet_add_text_with_format (self, text, length, NULL, error);
}

/**
 * ops_sheet_add_text_marked:
 *
 * Like ops_sheet_add_text(), shown as a warning (bold dark red on a light
 * red fill): an overdue status, a late flag.
 */
gboolean
ops_sheet_add_text_marked (OpsSheet    *self,
                           const char  *text,
                           GError     **error)
{
  OpsCellType type;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->form, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->col < self->n_columns)
    {
      type = self->columns[self->col].type;
      if (self->marked_formats[type] == NULL)
        {
          lxw_format *format = ops_sheet_cell_format (self, type);

          format_set_bold (format);
          format_set_font_color (format, 0x9C0006);
          format_set_pattern (format, LXW_PATTERN_SOLID);
          format_set_bg_color (format, 0xFFC7CE);
          self->marked_formats[type] = format;
        }
      return ops_sheet_add_text_with_format (self, text, -1, self->marked_formats[type], error);
    }

  return ops_sheet_add_text_with_format (self, text, -1, NULL, error);
}

static gboolean
ops_sheet_add_double (OpsSheet     *self,
                      double        value,
                      OpsCellType   type,
                      const char   *printf_format,
                      GError      **error)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *place = NULL;
  lxw_error err;

  if (!ops_sheet_begin_cell (self, error))
    return FALSE;

  if (!isfinite (value))
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT,
                   /* Translators: %s is where, e.g. “Row 3, column “E-mail”” */
                   _("%s: the value is not a number. Correct it in Opsdesk and export again."),
                   place = ops_sheet_dup_place (self));
      return FALSE;
    }

  err = worksheet_write_number (self->worksheet, self->row, (lxw_col_t) self->col, value,
                                self->cell_formats[type]);
  if (!ops_sheet_check_lxw (self, err, error))
    return FALSE;

  g_ascii_formatd (buffer, sizeof buffer, printf_format, value);
  ops_sheet_cell_done (self, (guint) strlen (buffer));
  return TRUE;
}

gboolean
ops_sheet_add_integer (OpsSheet  *self,
                       gint64     value,
                       GError   **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ops_sheet_add_double (self, (double) value, OPS_CELL_INTEGER, "%.0f", error);
}

gboolean
ops_sheet_add_number (OpsSheet  *self,
                      double     value,
                      GError   **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ops_sheet_add_double (self, value, OPS_CELL_NUMBER, "%.2f", error);
}

/* Parses exactly "YYYY-MM-DD" into a valid calendar date. */
gboolean
ops_sheet_parse_date (const char   *iso,
                      lxw_datetime *out)
{
  guint i;
  int year, month, day;

  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;

  year = atoi (iso);
  month = atoi (iso + 5);
  day = atoi (iso + 8);
  /* Excel's calendar starts in 1900. */
  if (year < 1900 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  *out = (lxw_datetime) { year, month, day, 0, 0, 0.0 };
  return TRUE;
}

gboolean
ops_sheet_add_date (OpsSheet    *self,
                    const char  *iso,
                    GError     **error)
{
  lxw_datetime datetime;
  lxw_error err;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ops_sheet_begin_cell (self, error))
    return FALSE;

  if (iso == NULL || *iso == '\0')
    {
      ops_sheet_cell_done (self, 0);
      return TRUE;
    }

  if (!ops_sheet_parse_date (iso, &datetime))
    {
      g_autofree char *shown = g_utf8_make_valid (iso, -1);
      g_autofree char *place = NULL;

      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT,
                   /* Translators: the first %s is where, e.g. “Row 3, column “Due”” */
                   _("%s: “%s” is not a valid date (YYYY-MM-DD, from 1900). Correct it in Opsdesk and export again."),
                   place = ops_sheet_dup_place (self), shown);
      return FALSE;
    }

  err = worksheet_write_datetime (self->worksheet, self->row, (lxw_col_t) self->col, &datetime,
                                  self->cell_formats[OPS_CELL_DATE]);
  if (!ops_sheet_check_lxw (self, err, error))
    return FALSE;

  ops_sheet_cell_done (self, OPS_SHEET_DATE_WIDTH);
  return TRUE;
}

/* @unix_utc in local time (worksheet_write_unixtime() would show UTC);
 * FALSE with @error naming the current cell when before 1900. */
gboolean
ops_sheet_local_datetime (OpsSheet      *self,
                          gint64         unix_utc,
                          lxw_datetime  *out,
                          GError       **error)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (unix_utc);
  g_autofree char *place = NULL;

  if (local == NULL || g_date_time_get_year (local) < 1900)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_INVALID_TEXT,
                   /* Translators: %s is where, e.g. “Row 3, column “Due”” */
                   _("%s: the time is outside the years 1900–9999. Correct it in Opsdesk and export again."),
                   place = ops_sheet_dup_place (self));
      return FALSE;
    }

  *out = (lxw_datetime) {
    g_date_time_get_year (local),
    g_date_time_get_month (local),
    g_date_time_get_day_of_month (local),
    g_date_time_get_hour (local),
    g_date_time_get_minute (local),
    (double) g_date_time_get_second (local),
  };
  return TRUE;
}

gboolean
ops_sheet_add_datetime (OpsSheet  *self,
                        gint64     unix_utc,
                        GError   **error)
{
  lxw_datetime datetime;
  lxw_error err;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ops_sheet_begin_cell (self, error))
    return FALSE;

  if (unix_utc == 0)
    {
      ops_sheet_cell_done (self, 0);
      return TRUE;
    }

  if (!ops_sheet_local_datetime (self, unix_utc, &datetime, error))
    return FALSE;

  err = worksheet_write_datetime (self->worksheet, self->row, (lxw_col_t) self->col, &datetime,
                                  self->cell_formats[OPS_CELL_DATETIME]);
  if (!ops_sheet_check_lxw (self, err, error))
    return FALSE;

  ops_sheet_cell_done (self, OPS_SHEET_DATETIME_WIDTH);
  return TRUE;
}

gboolean
ops_sheet_add_blank (OpsSheet  *self,
                     GError   **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ops_sheet_begin_cell (self, error))
    return FALSE;

  ops_sheet_cell_done (self, 0);
  return TRUE;
}

gboolean
ops_sheet_end_row (OpsSheet  *self,
                   GError   **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Missing cells at the end of a row stay blank. */
  g_clear_pointer (&self->row_label, g_free);
  self->row++;
  self->col = 0;
  self->n_rows++;
  return TRUE;
}

/* Finishing --------------------------------------------------------------- */

static void
ops_sheet_setup_page (OpsSheet *self)
{
  lxw_row_t last_row = self->n_rows > 0 ? OPS_SHEET_FIRST_ROW + self->n_rows - 1 : 1;
  lxw_col_t last_col = (lxw_col_t) (self->n_columns - 1);
  g_autofree char *footer = NULL;
  guint i;

  for (i = 0; i < self->n_columns; i++)
    {
      guint width = CLAMP (self->widths[i] + OPS_SHEET_PADDING, OPS_SHEET_MIN_WIDTH, OPS_SHEET_MAX_WIDTH);

      worksheet_set_column (self->worksheet, (lxw_col_t) i, (lxw_col_t) i, width, NULL);
    }

  worksheet_autofilter (self->worksheet, 1, 0, last_row, last_col);

  worksheet_set_landscape (self->worksheet);
  worksheet_set_paper (self->worksheet, 9 /* A4 */);
  worksheet_fit_to_pages (self->worksheet, 1, 0);
  worksheet_repeat_rows (self->worksheet, 0, 1);
  /* Translators: page footer of a printed export; keep &P (page) and &N (pages) */
  footer = g_strdup_printf ("&C%s", _("Page &P of &N"));
  worksheet_set_footer (self->worksheet, footer);
}

static void
ops_sheet_set_doc_properties (OpsSheet *self)
{
  lxw_doc_properties properties = { 0 };

  properties.title = self->title;
  properties.subject = self->subject;
  properties.author = (char *) "Opsdesk";
  properties.company = self->company;
  properties.comments = self->comments;
  properties.created = time (NULL);

  workbook_set_properties (self->workbook, &properties);
}

static gboolean
ops_sheet_sync_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0 || fsync (fd) != 0)
    {
      g_autofree char *display = g_filename_display_name (path);

      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("Could not save “%s”: %s. Check the disk and export again."),
                   display, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/**
 * ops_sheet_finish:
 *
 * Sets the column widths, autofilter, print setup and properties, writes
 * the workbook, syncs it to disk and renames it over @path. On any failure
 * the temporary file is removed and an existing @path is left untouched.
 * Frees @self in every case and restores the thread's locale.
 */
gboolean
ops_sheet_finish (OpsSheet  *self,
                  GError   **error)
{
  g_autofree char *display = NULL;
  lxw_error err;
  int dir_fd;
  int saved_errno;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (self->path);

  if (self->form)
    ops_sheet_setup_form_page (self);
  else
    {
      if (self->col > 0)
        ops_sheet_end_row (self, NULL);
      ops_sheet_setup_page (self);
    }
  ops_sheet_set_doc_properties (self);

  err = workbook_close (self->workbook);
  self->workbook = NULL;
  self->worksheet = NULL;
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("Could not write “%s” (%s). Check that the disk has free space and export again."),
                   display, lxw_strerror (err));
      goto failed;
    }

  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    goto failed;

  if (!ops_sheet_sync_file (self->tmp_path, error))
    goto failed;

  if (g_rename (self->tmp_path, self->path) != 0)
    {
      saved_errno = errno;
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("Could not save “%s”: %s. Choose another file name or folder and export again."),
                   display, g_strerror (saved_errno));
      goto failed;
    }

  /* Make the rename itself durable. */
  dir_fd = g_open (self->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  ops_sheet_free (self);
  return TRUE;

failed:
  ops_sheet_remove_temp (self);
  ops_sheet_free (self);
  return FALSE;
}

/**
 * ops_sheet_abort:
 *
 * Abandons the workbook: nothing is written, the temporary file is removed,
 * an existing target is untouched. Frees @self.
 */
void
ops_sheet_abort (OpsSheet *self)
{
  if (self == NULL)
    return;

  ops_sheet_remove_temp (self);
  ops_sheet_free (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-sheet-form.c: form sheets — one record laid out as labelled cells on a
 * fixed grid that prints on one page (the minutes form, 会议纪要).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "export/ops-sheet-private.h"

/* Form sheets ------------------------------------------------------------- */

/* Row heights of a form, in points: one line, and each line of a wrapped
 * cell (a CJK font's line is taller than the 15 pt default). */
#define OPS_FORM_SINGLE_LINE_HEIGHT 20.0
#define OPS_FORM_LINE_HEIGHT        16.0
/* Excel refuses a row taller than 409 points. */
#define OPS_FORM_MAX_ROW_HEIGHT     409.0
#define OPS_FORM_MAX_COLUMNS        26u

static void
ops_sheet_create_form_formats (OpsSheet *self)
{
  guint i;

  for (i = 0; i < OPS_FORM_N_STYLES; i++)
    {
      lxw_format *format = workbook_add_format (self->workbook);

      format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
      format_set_text_wrap (format);
      switch ((OpsFormStyle) i)
        {
        case OPS_FORM_LABEL:
        case OPS_FORM_HEADER:
          format_set_bold (format);
          format_set_pattern (format, LXW_PATTERN_SOLID);
          format_set_bg_color (format, 0xDCE6F1);
          format_set_border (format, LXW_BORDER_THIN);
          format_set_align (format, i == OPS_FORM_HEADER ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
          break;
        case OPS_FORM_SECTION:
          format_set_bold (format);
          format_set_font_size (format, 12);
          break;
        case OPS_FORM_VALUE:
          format_set_border (format, LXW_BORDER_THIN);
          format_set_align (format, LXW_ALIGN_LEFT);
          break;
        case OPS_FORM_N_STYLES:
        default:
          g_assert_not_reached ();
        }
      self->form_formats[i] = format;
    }

  self->form_date_format = workbook_add_format (self->workbook);
  format_set_num_format (self->form_date_format, "yyyy-mm-dd");
  format_set_border (self->form_date_format, LXW_BORDER_THIN);
  format_set_align (self->form_date_format, LXW_ALIGN_LEFT);
  format_set_align (self->form_date_format, LXW_ALIGN_VERTICAL_CENTER);

  self->form_datetime_format = workbook_add_format (self->workbook);
  format_set_num_format (self->form_datetime_format, "yyyy-mm-dd hh:mm");
  format_set_border (self->form_datetime_format, LXW_BORDER_THIN);
  format_set_align (self->form_datetime_format, LXW_ALIGN_LEFT);
  format_set_align (self->form_datetime_format, LXW_ALIGN_VERTICAL_CENTER);
}

/**
 * ops_sheet_new_form:
 * @widths: the width of each column, in characters (copied)
 * @n_columns: 1 to 26
 *
 * Starts a form sheet: the title in row 0, merged across the columns; the
 * caller places the other cells with ops_sheet_form_text() and friends, row
 * after row. Printed portrait on one A4 page. Finish with ops_sheet_finish()
 * or ops_sheet_abort().
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL with @error set.
 */
OpsSheet *
ops_sheet_new_form (const char   *path,
                    const char   *sheet_name,
                    const char   *title,
                    const guint  *widths,
                    guint         n_columns,
                    GError      **error)
{
  OpsSheetColumn columns[OPS_FORM_MAX_COLUMNS];
  char letters[OPS_FORM_MAX_COLUMNS][2];
  OpsSheet *self;
  guint i;

  g_return_val_if_fail (widths != NULL, NULL);
  g_return_val_if_fail (n_columns > 0 && n_columns <= OPS_FORM_MAX_COLUMNS, NULL);

  /* Errors name a form's cells by their column letter. */
  for (i = 0; i < n_columns; i++)
    {
      letters[i][0] = (char) ('A' + i);
      letters[i][1] = '\0';
      columns[i] = (OpsSheetColumn) { letters[i], OPS_CELL_TEXT };
    }

  self = ops_sheet_start (path, sheet_name, title, columns, n_columns, TRUE, error);
  if (self == NULL)
    return NULL;

  self->form_widths = g_memdup2 (widths, n_columns * sizeof (guint));
  ops_sheet_create_form_formats (self);
  return self;
}

/* The lines @text takes in a wrapped cell across @first_col..@last_col. */
static guint
ops_sheet_form_count_lines (OpsSheet   *self,
                            const char *text,
                            guint       first_col,
                            guint       last_col)
{
  g_auto(GStrv) lines = NULL;
  guint width = 0;
  guint n = 0;
  guint i;

  for (i = first_col; i <= last_col; i++)
    width += self->form_widths[i];
  /* Cell padding takes about one character. */
  width = MAX (width, 2u) - 1;

  lines = g_strsplit (text, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      guint line_width = ops_text_display_width (lines[i]);

      n += MAX (1u, (line_width + width - 1) / width);
    }

  return MAX (n, 1u);
}

/* Gives the current row the height its tallest cell needs. */
static void
ops_sheet_form_end_row (OpsSheet *self)
{
  double height;

  if (self->form_lines == 0)
    return;

  height = self->form_lines == 1 ? OPS_FORM_SINGLE_LINE_HEIGHT
                                 : MIN (self->form_lines * OPS_FORM_LINE_HEIGHT + 4.0,
                                        OPS_FORM_MAX_ROW_HEIGHT);
  worksheet_set_row (self->worksheet, self->row, height, NULL);
  self->form_lines = 0;
}

/* Moves to @row (rows only go down: the workbook streams them) and names
 * the cell at @col in error messages. */
static gboolean
ops_sheet_form_place (OpsSheet  *self,
                      guint      row,
                      guint      col,
                      GError   **error)
{
  if (row < self->row || row == 0 || row >= OPS_SHEET_MAX_ROWS)
    {
      g_critical ("ops_sheet: form row %u written after row %u", row, self->row);
      g_set_error (error, OPS_EXPORT_ERROR, OPS_EXPORT_ERROR_FAILED,
                   _("Row %u of the export was written out of order. Report this problem."),
                   row + 1);
      return FALSE;
    }

  if (row > self->row)
    {
      ops_sheet_form_end_row (self);
      g_clear_pointer (&self->row_label, g_free);
      self->row = row;
    }

  /* Error messages count spreadsheet rows from 1: the title is row 1. */
  self->n_rows = row;
  self->col = col;
  return TRUE;
}

static gboolean
ops_sheet_form_write (OpsSheet      *self,
                      guint          row,
                      guint          first_col,
                      guint          last_col,
                      const char    *text,
                      lxw_datetime  *datetime,
                      lxw_format    *format,
                      GError       **error)
{
  lxw_error err;

  if (first_col < last_col)
    {
      err = worksheet_merge_range (self->worksheet, row, (lxw_col_t) first_col, row,
                                   (lxw_col_t) last_col, datetime != NULL ? "" : text, format);
      if (!ops_sheet_check_lxw (self, err, error))
        return FALSE;
    }
  else if (datetime == NULL)
    {
      /* An empty text gives a blank cell that keeps its border. */
      err = worksheet_write_string (self->worksheet, row, (lxw_col_t) first_col, text, format);
      if (!ops_sheet_check_lxw (self, err, error))
        return FALSE;
    }

  if (datetime != NULL)
    {
      err = worksheet_write_datetime (self->worksheet, row, (lxw_col_t) first_col, datetime, format);
      if (!ops_sheet_check_lxw (self, err, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * ops_sheet_form_text:
 * @row: the sheet row (0-based, after the title: from 1), never above a
 *   row already written
 * @first_col: first column; @last_col: last column (merged when greater)
 * @text: (nullable): the text; %NULL or "" leaves the cell blank (bordered)
 *
 * Places a text cell in a form sheet; text is always a string cell (never
 * a formula). The row grows to show wrapped text whole.
 *
 * Returns: %FALSE with @error set for text a spreadsheet can't store.
 */
gboolean
ops_sheet_form_text (OpsSheet      *self,
                     guint          row,
                     guint          first_col,
                     guint          last_col,
                     OpsFormStyle   style,
                     const char    *text,
                     GError       **error)
{
  const char *value = text != NULL ? text : "";

  g_return_val_if_fail (self != NULL && self->form, FALSE);
  g_return_val_if_fail (first_col <= last_col && last_col < self->n_columns, FALSE);
  g_return_val_if_fail (style < OPS_FORM_N_STYLES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ops_sheet_form_place (self, row, first_col, error))
    return FALSE;

  if (!ops_sheet_check_text (self, value, strlen (value), error))
    return FALSE;

  if (!ops_sheet_form_write (self, row, first_col, last_col, value, NULL,
                             self->form_formats[style], error))
    return FALSE;

  if (first_col == 0 && *value != '\0')
    {
      g_free (self->row_label);
      self->row_label = g_utf8_substring (value, 0, MIN (g_utf8_strlen (value, 200), 40));
    }

  self->form_lines = MAX (self->form_lines,
                          ops_sheet_form_count_lines (self, value, first_col, last_col));
  return TRUE;
}

/**
 * ops_sheet_form_date:
 * @iso: (nullable): "YYYY-MM-DD"; %NULL or "" leaves the cell blank
 *
 * Places a real date cell in a form sheet (see ops_sheet_form_text()).
 */
gboolean
ops_sheet_form_date (OpsSheet    *self,
                     guint        row,
                     guint        first_col,
                     guint        last_col,
                     const char  *iso,
                     GError     **error)
{
  lxw_datetime datetime;

  g_return_val_if_fail (self != NULL && self->form, FALSE);
  g_return_val_if_fail (first_col <= last_col && last_col < self->n_columns, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ops_sheet_form_place (self, row, first_col, error))
    return FALSE;

  if (iso == NULL || *iso == '\0')
    return ops_sheet_form_write (self, row, first_col, last_col, "", NULL,
                                 self->form_date_format, error);

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

  self->form_lines = MAX (self->form_lines, 1u);
  return ops_sheet_form_write (self, row, first_col, last_col, NULL, &datetime,
                               self->form_date_format, error);
}

/**
 * ops_sheet_form_datetime:
 * @unix_utc: seconds, shown in local time; 0 leaves the cell blank
 *
 * Places a real date-time cell in a form sheet (see ops_sheet_form_text()).
 */
gboolean
ops_sheet_form_datetime (OpsSheet  *self,
                         guint      row,
                         guint      first_col,
                         guint      last_col,
                         gint64     unix_utc,
                         GError   **error)
{
  lxw_datetime datetime;

  g_return_val_if_fail (self != NULL && self->form, FALSE);
  g_return_val_if_fail (first_col <= last_col && last_col < self->n_columns, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ops_sheet_form_place (self, row, first_col, error))
    return FALSE;

  if (unix_utc == 0)
    return ops_sheet_form_write (self, row, first_col, last_col, "", NULL,
                                 self->form_datetime_format, error);

  if (!ops_sheet_local_datetime (self, unix_utc, &datetime, error))
    return FALSE;

  self->form_lines = MAX (self->form_lines, 1u);
  return ops_sheet_form_write (self, row, first_col, last_col, NULL, &datetime,
                               self->form_datetime_format, error);
}

void
ops_sheet_setup_form_page (OpsSheet *self)
{
  g_autofree char *footer = NULL;
  guint i;

  ops_sheet_form_end_row (self);

  for (i = 0; i < self->n_columns; i++)
    worksheet_set_column (self->worksheet, (lxw_col_t) i, (lxw_col_t) i,
                          self->form_widths[i], NULL);

  /* One record, one printed page. */
  worksheet_set_portrait (self->worksheet);
  worksheet_set_paper (self->worksheet, 9 /* A4 */);
  worksheet_fit_to_pages (self->worksheet, 1, 1);
  worksheet_center_horizontally (self->worksheet);
  /* Translators: page footer of a printed export; keep &P (page) and &N (pages) */
  footer = g_strdup_printf ("&C%s", _("Page &P of &N"));
  worksheet_set_footer (self->worksheet, footer);
}
/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-sheet.h: the shared sheet writer every template uses (libxlsxwriter).
 *
 * A sheet has a title row, a bold header row frozen in place with an
 * autofilter, computed column widths (a CJK character counts as two), wrapped
 * long text, real date and date-time cells, numbers as numbers, landscape
 * fit-to-width printing and document properties. While it is open the
 * calling thread's numeric locale is C (uselocale), so a de_DE desktop still
 * writes a valid file. Text is checked for valid UTF-8; NUL and cells over
 * 32,767 characters give a clear error; user text is never written as a
 * formula. The workbook is written to a temporary file beside @path and
 * renamed into place only by ops_sheet_finish().
 *
 * Not thread-safe; use one sheet from one thread (an export worker).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OPS_EXPORT_ERROR (ops_export_error_quark ())

typedef enum {
  OPS_EXPORT_ERROR_FAILED,        /* writing the file failed */
  OPS_EXPORT_ERROR_INVALID_TEXT,  /* invalid UTF-8 or NUL in a cell */
  OPS_EXPORT_ERROR_TOO_LONG,      /* a cell over 32,767 characters */
  OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE,
  OPS_EXPORT_ERROR_BAD_ARGUMENT,  /* e.g. a missing or malformed --from */
} OpsExportError;

GQuark ops_export_error_quark (void);

#define OPS_SHEET_MAX_CELL_CHARS 32767

typedef enum {
  OPS_CELL_TEXT,
  OPS_CELL_LONG_TEXT,   /* wrapped, column width capped */
  OPS_CELL_INTEGER,
  OPS_CELL_NUMBER,      /* two decimals shown */
  OPS_CELL_DATE,        /* value: "YYYY-MM-DD" → real date cell */
  OPS_CELL_DATETIME,    /* value: Unix seconds (local time shown) → real date-time cell */
} OpsCellType;

typedef struct {
  const char  *header;  /* translated header text */
  OpsCellType  type;
} OpsSheetColumn;

typedef struct _OpsSheet OpsSheet;

/* Starts a workbook that will be @path. @title is the sheet's title row
 * (also the document title); @sheet_name the tab name (≤ 31 chars, no []:*?/\).
 * @columns is copied. */
OpsSheet *ops_sheet_new           (const char            *path,
                                   const char            *sheet_name,
                                   const char            *title,
                                   const OpsSheetColumn  *columns,
                                   guint                  n_columns,
                                   GError               **error);

/* Added by the export layer (optional calls between new and finish):
 * @subject and @company go into the document properties (both nullable);
 * the title, author "Opsdesk", created time and comments are always set. */
void      ops_sheet_set_properties  (OpsSheet     *self,
                                     const char   *subject,
                                     const char   *company);
/* ops_sheet_finish() checks @cancellable after writing the workbook and
 * before renaming it into place (→ G_IO_ERROR_CANCELLED, no file). */
void      ops_sheet_set_cancellable (OpsSheet     *self,
                                     GCancellable *cancellable);

/* Cells of the current row, column by column, left to right. A NULL or empty
 * text leaves the cell blank. */
gboolean  ops_sheet_add_text      (OpsSheet    *self, const char *text, gssize length, GError **error);
gboolean  ops_sheet_add_integer   (OpsSheet    *self, gint64 value, GError **error);
gboolean  ops_sheet_add_number    (OpsSheet    *self, double value, GError **error);
/* @iso "YYYY-MM-DD"; NULL or "" leaves the cell blank. */
gboolean  ops_sheet_add_date      (OpsSheet    *self, const char *iso, GError **error);
/* @unix_utc seconds, shown in local time; 0 leaves the cell blank. */
gboolean  ops_sheet_add_datetime  (OpsSheet    *self, gint64 unix_utc, GError **error);
gboolean  ops_sheet_add_blank     (OpsSheet    *self, GError **error);
/* Like ops_sheet_add_text(), shown as a warning (bold dark red on light
 * red): an overdue status, a late flag. */
gboolean  ops_sheet_add_text_marked (OpsSheet  *self, const char *text, GError **error);
/* Ends the current row. */
gboolean  ops_sheet_end_row       (OpsSheet    *self, GError **error);

guint     ops_sheet_get_n_rows    (OpsSheet    *self);

/* Sets column widths, autofilter, print setup and properties, closes the
 * workbook and renames it into place. Frees @self in every case. */
gboolean  ops_sheet_finish        (OpsSheet    *self, GError **error);
/* Abandons the workbook and removes the temporary file. Frees @self. */
void      ops_sheet_abort         (OpsSheet    *self);

/* Form sheets --------------------------------------------------------------
 * One record laid out as a form (e.g. the minutes, 会议纪要) that prints on
 * one portrait A4 page: the title in row 0 merged across the columns, then
 * cells the caller places by row and column, merged across columns when
 * @last_col > @first_col. No header row, frozen panes or autofilter. Rows
 * are written top to bottom (the workbook streams them); a row's height
 * grows with its wrapped text. Text is checked as in ops_sheet_add_text()
 * and never written as a formula. Finish with ops_sheet_finish(). */
typedef enum {
  OPS_FORM_LABEL,     /* bold on a shaded, bordered cell: "会议时间" */
  OPS_FORM_HEADER,    /* a small table's column header, centred */
  OPS_FORM_SECTION,   /* a bold section heading without border */
  OPS_FORM_VALUE,     /* bordered, wrapped text */
  OPS_FORM_N_STYLES,
} OpsFormStyle;

/* @widths: each column's width in characters (copied); 1–26 columns. */
OpsSheet *ops_sheet_new_form      (const char   *path,
                                   const char   *sheet_name,
                                   const char   *title,
                                   const guint  *widths,
                                   guint         n_columns,
                                   GError      **error);
gboolean  ops_sheet_form_text     (OpsSheet     *self,
                                   guint         row,
                                   guint         first_col,
                                   guint         last_col,
                                   OpsFormStyle  style,
                                   const char   *text,
                                   GError      **error);
/* A real date cell (bordered); @iso "YYYY-MM-DD", NULL or "" blank. */
gboolean  ops_sheet_form_date     (OpsSheet     *self,
                                   guint         row,
                                   guint         first_col,
                                   guint         last_col,
                                   const char   *iso,
                                   GError      **error);
/* A real date-time cell in local time (bordered); 0 blank. */
gboolean  ops_sheet_form_datetime (OpsSheet     *self,
                                   guint         row,
                                   guint         first_col,
                                   guint         last_col,
                                   gint64        unix_utc,
                                   GError      **error);

/* Display width of @text in spreadsheet columns: a wide (CJK) character
 * counts 2, others 1; for multi-line text the longest line. */
guint     ops_text_display_width  (const char  *text);

G_END_DECLS

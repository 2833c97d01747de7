/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-sheet-private.h: what ops-sheet.c (table sheets, finishing) and
 * ops-sheet-form.c (form sheets) share: the OpsSheet struct, its limits and
 * the cell helpers. Never included outside src/export/.
 */
#pragma once

#include <locale.h>
#include <xlsxwriter.h>

#include "export/ops-sheet.h"

G_BEGIN_DECLS

/* Excel's limits: 1,048,576 rows; the title and header rows come first. */
#define OPS_SHEET_MAX_ROWS     1048576u
#define OPS_SHEET_FIRST_ROW    2u
#define OPS_SHEET_MAX_SHEET_NAME 31

/* Column widths, in characters of the default font. */
#define OPS_SHEET_MIN_WIDTH    8u
#define OPS_SHEET_MAX_WIDTH    60u
#define OPS_SHEET_PADDING      2u

/* Width of a formatted date and date-time cell ("2024-02-29 14:30"). */
#define OPS_SHEET_DATE_WIDTH      10u
#define OPS_SHEET_DATETIME_WIDTH  16u

#define OPS_SHEET_N_CELL_TYPES (OPS_CELL_DATETIME + 1)

struct _OpsSheet
{
  char            *path;          /* the target */
  char            *tmp_path;      /* the workbook being written, beside the target */
  char            *dir;
  char            *title;
  char            *subject;
  char            *company;
  char            *comments;

  lxw_workbook    *workbook;
  lxw_worksheet   *worksheet;
  lxw_format      *title_format;
  lxw_format      *header_format;
  lxw_format      *cell_formats[OPS_SHEET_N_CELL_TYPES];

  OpsSheetColumn  *columns;       /* headers owned (strdup'ed) */
  guint            n_columns;
  guint           *widths;        /* widest display width seen per column */

  lxw_row_t        row;           /* the spreadsheet row being written */
  guint            col;           /* next column of that row */
  guint            n_rows;        /* data rows ended */
  char            *row_label;     /* the first cell of the current row, for errors */

  GCancellable    *cancellable;

  lxw_format      *marked_formats[OPS_SHEET_N_CELL_TYPES]; /* created on first use */

  /* Form sheets (ops_sheet_new_form()): fixed widths, placed cells. */
  gboolean         form;
  guint           *form_widths;
  lxw_format      *form_formats[OPS_FORM_N_STYLES];
  lxw_format      *form_date_format;
  lxw_format      *form_datetime_format;
  guint            form_lines;    /* most text lines of a cell in the current row */

  locale_t         c_locale;      /* the calling thread's locale, numeric C */
  locale_t         old_locale;
};

/* ops-sheet.c */
gboolean
ops_sheet_check_lxw (OpsSheet    *self,
                     lxw_error    err,
                     GError     **error);
OpsSheet *
ops_sheet_start (const char            *path,
                 const char            *sheet_name,
                 const char            *title,
                 const OpsSheetColumn  *columns,
                 guint                  n_columns,
                 gboolean               form,
                 GError               **error);
char *
ops_sheet_dup_place (OpsSheet *self);
gboolean
ops_sheet_check_text (OpsSheet    *self,
                      const char  *text,
                      gsize        n_bytes,
                      GError     **error);
gboolean
ops_sheet_parse_date (const char   *iso,
                      lxw_datetime *out);
gboolean
ops_sheet_local_datetime (OpsSheet      *self,
                          gint64         unix_utc,
                          lxw_datetime  *out,
                          GError       **error);

/* ops-sheet-form.c: fixes the form's column widths and its one-page print
 * set-up; called by ops_sheet_finish(). */
void
ops_sheet_setup_form_page (OpsSheet *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-runner.h: runs an export template end to end, off the UI thread:
 * opens an OpsStoreReader (its own read connection, one snapshot), streams
 * the records into the template's writer, reports progress and honours
 * cancellation. The window and the command line's --export use the same path.
 * No GTK here: it is in ui/ only because it joins the store and export layers.
 */
#pragma once

#include <gio/gio.h>
#include "store/ops-store.h"
#include "store/ops-store-reader.h"
#include "export/ops-export-templates.h"

G_BEGIN_DECLS

typedef struct {
  const char *from;        /* "YYYY-MM-DD" or NULL (date-ranged templates) */
  const char *to;          /* "YYYY-MM-DD" or NULL */
  gint64      record_id;   /* one record (e.g. --meeting ID), 0 = none */
} OpsExportParams;

/* The meetings' templates and their parameters:
 *   "meeting-notice"   meetings whose local start date is in [from, to]
 *                      (NULL = open), start ascending;
 *   "meeting-minutes"  the meeting record_id (required: without it
 *                      OPS_EXPORT_ERROR_BAD_ARGUMENT; an unknown one
 *                      OPS_STORE_ERROR_NOT_FOUND) — a page exporting the
 *                      minutes of the meeting it shows passes
 *                      { NULL, NULL, meeting_id } to ops_export_run_async();
 *   "action-items"     every action item, due dates in [from, to]. */

/* Called with rows done and rows in all. From the worker thread in
 * ops_export_run(); on the caller's main context in ops_export_run_async(). */
typedef void (*OpsExportProgressFunc) (guint done, guint total, gpointer user_data);

/* Synchronous: for worker threads and the command line. */
gboolean ops_export_run        (OpsStoreReader        *reader,
                                const char            *template_name,
                                const OpsExportParams *params,
                                const char            *output_path,
                                OpsExportProgressFunc  progress,
                                gpointer               progress_data,
                                GCancellable          *cancellable,
                                GError               **error);

/* Runs ops_export_run() in a GTask thread on a new reader of @store.
 * @progress (may be NULL) is called on the caller's main context, at most
 * about 20 times a second. @params is copied. */
void     ops_export_run_async  (OpsStore              *store,
                                const char            *template_name,
                                const OpsExportParams *params,
                                const char            *output_path,
                                OpsExportProgressFunc  progress,
                                gpointer               progress_data,
                                GDestroyNotify         progress_destroy,
                                GCancellable          *cancellable,
                                GAsyncReadyCallback    callback,
                                gpointer               user_data);
gboolean ops_export_run_finish (GAsyncResult          *result,
                                GError               **error);

/* Calendar files (.ics, RFC 5545) for meetings ---------------------------- */
/* Writes meeting @meeting_id as an .ics file at @output_path (replaced only
 * when complete). @whole_series: when the meeting belongs to a series, write
 * the whole series as one recurring event (RRULE, with moved occurrences as
 * their own VEVENT with RECURRENCE-ID, missing ones as EXDATE); otherwise
 * only this meeting. Synchronous: worker threads and the command line. */
gboolean ops_export_run_ics             (OpsStoreReader       *reader,
                                         gint64                meeting_id,
                                         gboolean              whole_series,
                                         const char           *output_path,
                                         GCancellable         *cancellable,
                                         GError              **error);
/* The same on a GTask thread with a new reader of @store, for the window:
 * "Export to Calendar…" calls this with the file the save dialog chose
 * (a local file: g_file_get_path() must not be NULL). @callback runs on the
 * caller's main context; finish with ops_export_runner_write_ics_finish()
 * (OPS_STORE_ERROR_NOT_FOUND for a deleted meeting, OPS_EXPORT_ERROR_* for
 * a file that can't be written, G_IO_ERROR_CANCELLED). */
void     ops_export_runner_write_ics        (OpsStore            *store,
                                             gint64               meeting_id,
                                             gboolean             whole_series,
                                             GFile               *destination,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean ops_export_runner_write_ics_finish (GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS

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

G_END_DECLS

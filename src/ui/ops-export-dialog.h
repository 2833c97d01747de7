/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-dialog.h: a small modal window that runs one export off the UI
 * thread with a progress bar and Cancel. On success it closes and leaves a
 * toast with an Open button; on failure it shows what went wrong.
 *
 * Signal ::finished (gboolean success): after the export ended (also when
 * cancelled, with FALSE), before the dialog closes.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_EXPORT_DIALOG (ops_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OpsExportDialog, ops_export_dialog, OPS, EXPORT_DIALOG, AdwWindow)

OpsExportDialog *ops_export_dialog_new   (GtkWindow       *parent,
                                          OpsContext      *context,
                                          const char      *template_name,
                                          GFile           *file);
/* The one record a template exports (e.g. the meeting of
 * "meeting-minutes"); call before start. */
void             ops_export_dialog_set_record_id (OpsExportDialog *self,
                                                  gint64           record_id);
/* The date range of a date-ranged template ("YYYY-MM-DD", NULL = open);
 * call before start. */
void             ops_export_dialog_set_range (OpsExportDialog *self,
                                              const char      *from,
                                              const char      *to);
void             ops_export_dialog_start (OpsExportDialog *self);
void             ops_export_dialog_cancel (OpsExportDialog *self);

G_END_DECLS

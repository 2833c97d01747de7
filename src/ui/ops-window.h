/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-window.h: the main window: a sidebar of sections, the current page,
 * the primary menu, toasts, and the first-start welcome.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"
#include "ui/ops-page.h"

G_BEGIN_DECLS

#define OPS_TYPE_WINDOW (ops_window_get_type ())
G_DECLARE_FINAL_TYPE (OpsWindow, ops_window, OPS, WINDOW, AdwApplicationWindow)

OpsWindow  *ops_window_new              (GtkApplication *application);
/* Shows the pages for @context (the store is open); until then the window
 * shows that the database is opening. */
void        ops_window_set_context      (OpsWindow      *self,
                                         OpsContext     *context);
OpsContext *ops_window_get_context      (OpsWindow      *self);
/* Takes ownership of @toast. */
void        ops_window_add_toast        (OpsWindow      *self,
                                         AdwToast       *toast);
/* Switches to the section named @name ("my-work", "people", …). */
gboolean    ops_window_show_page        (OpsWindow      *self,
                                         const char     *name);
/* Switches to the section @name and shows its record @id there (My Work
 * entries, links between records). */
gboolean    ops_window_open_record      (OpsWindow      *self,
                                         const char     *name,
                                         gint64          id);
/* (transfer none) the section shown now, or NULL before the store is open. */
OpsPage    *ops_window_get_visible_page (OpsWindow      *self);
/* (transfer none) the section named @name. */
OpsPage    *ops_window_get_page         (OpsWindow      *self,
                                         const char     *name);
/* TRUE while the first-start welcome is shown (no current user yet). */
gboolean    ops_window_get_welcome_visible (OpsWindow   *self);

/* Exports @template_name to @file with a progress dialog and Cancel; used
 * by win.export after the file chooser, and by tests. */
void        ops_window_export_to_file   (OpsWindow      *self,
                                         const char     *template_name,
                                         GFile          *file);
/* The same for one record: win.export-minutes(meeting id) exports the
 * "meeting-minutes" form of that meeting after the file chooser. */
void        ops_window_export_record_to_file (OpsWindow  *self,
                                         const char     *template_name,
                                         gint64          record_id,
                                         GFile          *file);
/* The same for a date-ranged template ("YYYY-MM-DD", NULL = open end). */
void        ops_window_export_range_to_file (OpsWindow  *self,
                                             const char *template_name,
                                             gint64      record_id,
                                             const char *from,
                                             const char *to,
                                             GFile      *file);

/* An error dialog that says what happened (@heading) and what to do (@body),
 * transient for @parent (may be NULL). Returns the dialog (transfer none). */
GtkWidget  *ops_error_dialog_present    (GtkWindow      *parent,
                                         const char     *heading,
                                         const char     *body);

G_END_DECLS

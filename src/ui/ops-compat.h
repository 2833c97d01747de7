/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-compat.h: the few calls whose best API is newer than our floor
 * (GTK 4.8, libadwaita 1.2), each behind GTK_CHECK_VERSION with a 4.8
 * fallback, so the Flatpak (GNOME runtime, newer GTK) uses the new API and
 * Debian 12 the old one. Nothing else in the code checks versions.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Opens @file with the desktop's default application (GtkFileLauncher on
 * GTK ≥ 4.10, gtk_show_uri before). A folder opens in the file manager. */
void   ops_compat_open_file        (GtkWindow           *parent,
                                    GFile               *file);

/* A "save as" file dialog (GtkFileDialog on GTK ≥ 4.10, GtkFileChooserNative
 * before; both go through the portal in a sandbox). @folder and @pattern
 * ("*.xlsx") may be NULL. */
void   ops_compat_save_file_async  (GtkWindow           *parent,
                                    const char          *title,
                                    GFile               *folder,
                                    const char          *initial_name,
                                    const char          *filter_name,
                                    const char          *pattern,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
/* An "open" file dialog with the same options (initial_name unused). */
void   ops_compat_open_file_async  (GtkWindow           *parent,
                                    const char          *title,
                                    GFile               *folder,
                                    const char          *filter_name,
                                    const char          *pattern,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
/* (transfer full) the chosen file, or NULL with G_IO_ERROR_CANCELLED when
 * the user dismissed the dialog. */
GFile *ops_compat_file_finish      (GAsyncResult        *result,
                                    GError             **error);

/* Removes every row of @box, keeping its placeholder
 * (gtk_list_box_remove_all on GTK ≥ 4.12). */
void   ops_compat_list_box_remove_all (GtkListBox       *box);

G_END_DECLS

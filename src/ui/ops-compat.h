/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-compat.h: the few calls newer than our floor (GTK 4.8, libadwaita 1.2),
 * each behind GTK_CHECK_VERSION / ADW_CHECK_VERSION with a fallback.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Opens @file with the desktop's default application (GtkFileLauncher on
 * GTK ≥ 4.10, gtk_show_uri on 4.8). */
void ops_compat_open_file (GtkWindow *parent, GFile *file);

/* Sets an AdwMessageDialog/dialog-like window's body text that may contain
 * a path (no markup). */
void ops_compat_set_accessible_label (GtkWidget *widget, const char *label);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-application.h: the AdwApplication: command-line options, the headless
 * export, opening the store and the main window.
 *
 * Properties: database (string: the database path; set by --database or
 * defaulting to $XDG_DATA_HOME/opsdesk/opsdesk.db), demo (boolean: --demo).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPS_TYPE_APPLICATION (ops_application_get_type ())
G_DECLARE_FINAL_TYPE (OpsApplication, ops_application, OPS, APPLICATION, AdwApplication)

OpsApplication *ops_application_new          (void);
const char     *ops_application_get_database (OpsApplication *self);
/* (transfer none) the app's settings; valid from startup on. */
GSettings      *ops_application_get_settings (OpsApplication *self);
/* The default database path: $XDG_DATA_HOME/opsdesk/opsdesk.db. Free with g_free(). */
char           *ops_application_dup_default_database (void);

G_END_DECLS

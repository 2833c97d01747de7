/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-preferences-window.h: Preferences: the company calendar (holidays and
 * make-up working days, a working-day calculator), approvals (document
 * types, approval chains, substitutes), how long meeting records are kept,
 * and where the database and its backups live.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_PREFERENCES_WINDOW (ops_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (OpsPreferencesWindow, ops_preferences_window, OPS, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Returns (transfer none) a new window: set transient-for, present. */
GtkWidget *ops_preferences_window_new (OpsContext *context);

G_END_DECLS

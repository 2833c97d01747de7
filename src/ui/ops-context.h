/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-context.h: what the window and pages need from the application — the
 * open store, the GSettings, the current user — handed down as a property
 * instead of reached through globals.
 *
 * Properties: store (OpsStore, construct-only), settings (GSettings,
 * construct-only), current-user (OpsPerson or NULL; notify on change).
 */
#pragma once

#include <gio/gio.h>
#include "store/ops-store.h"

G_BEGIN_DECLS

#define OPS_TYPE_CONTEXT (ops_context_get_type ())
G_DECLARE_FINAL_TYPE (OpsContext, ops_context, OPS, CONTEXT, GObject)

OpsContext *ops_context_new              (OpsStore   *store,
                                          GSettings  *settings);
OpsStore   *ops_context_get_store        (OpsContext *self);
GSettings  *ops_context_get_settings     (OpsContext *self);
/* (nullable) (transfer none) */
OpsPerson  *ops_context_get_current_user (OpsContext *self);
/* Sets the current user (NULL for nobody): tells the store, remembers the id
 * in GSettings "current-user-id", notifies "current-user". */
void        ops_context_set_current_user (OpsContext *self,
                                          OpsPerson  *person);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-substitute.h: an approver's substitute for a date range (SPEC §4,
 * issue 4): from from-date to to-date inclusive the substitute may decide
 * every step waiting for the person; the trail then reads "substitute for
 * person".
 *
 * Properties (readable and writable, notify only on change):
 *   id                gint64   0 before it is stored
 *   person-id         gint64   the approver who is away
 *   person-name       string
 *   substitute-id     gint64   who acts instead
 *   substitute-name   string
 *   from-date         string   "YYYY-MM-DD", first day (inclusive)
 *   to-date           string   "YYYY-MM-DD", last day (inclusive)
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OPS_TYPE_SUBSTITUTE (ops_substitute_get_type ())
G_DECLARE_FINAL_TYPE (OpsSubstitute, ops_substitute, OPS, SUBSTITUTE, GObject)

OpsSubstitute *ops_substitute_new                 (void);
/* A deep copy (a new object with the same values). (transfer full) */
OpsSubstitute *ops_substitute_copy                (OpsSubstitute *self);
gint64         ops_substitute_get_id              (OpsSubstitute *self);
void           ops_substitute_set_id              (OpsSubstitute *self, gint64 id);
gint64         ops_substitute_get_person_id       (OpsSubstitute *self);
void           ops_substitute_set_person_id       (OpsSubstitute *self, gint64 person_id);
const char    *ops_substitute_get_person_name     (OpsSubstitute *self);
void           ops_substitute_set_person_name     (OpsSubstitute *self, const char *person_name);
gint64         ops_substitute_get_substitute_id   (OpsSubstitute *self);
void           ops_substitute_set_substitute_id   (OpsSubstitute *self, gint64 substitute_id);
const char    *ops_substitute_get_substitute_name (OpsSubstitute *self);
void           ops_substitute_set_substitute_name (OpsSubstitute *self, const char *substitute_name);
const char    *ops_substitute_get_from_date       (OpsSubstitute *self);
void           ops_substitute_set_from_date       (OpsSubstitute *self, const char *from_date);
const char    *ops_substitute_get_to_date         (OpsSubstitute *self);
void           ops_substitute_set_to_date         (OpsSubstitute *self, const char *to_date);
/* TRUE when @date ("YYYY-MM-DD") lies within from-date..to-date inclusive. */
gboolean       ops_substitute_covers_date         (OpsSubstitute *self, const char *date);


G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-person.h: one person of the directory (SPEC §0). A plain record: the
 * store fills it, pages bind to its properties, exporters read it.
 *
 * Properties (all readable and writable, notify only on change):
 *   id               gint64   0 for a person not yet saved
 *   name             string   required
 *   department-id    gint64   0 = no department
 *   department-name  string   filled by the store when listing (read-only meaning)
 *   title            string   job title, may be empty
 *   email            string
 *   phone            string
 *   roles            guint    OpsRole bit set
 *   roles-label      string   read-only: translated labels of the roles
 *   active           boolean  FALSE once deactivated
 *   referenced       boolean  filled by the store: TRUE when a record refers
 *                             to this person (then it cannot be deleted)
 */
#pragma once

#include <glib-object.h>
#include "core/ops-roles.h"

G_BEGIN_DECLS

#define OPS_TYPE_PERSON (ops_person_get_type ())
G_DECLARE_FINAL_TYPE (OpsPerson, ops_person, OPS, PERSON, GObject)

OpsPerson  *ops_person_new                 (void);
/* A deep copy (a new object with the same values). */
OpsPerson  *ops_person_copy                (OpsPerson   *self);

gint64      ops_person_get_id              (OpsPerson   *self);
void        ops_person_set_id              (OpsPerson   *self, gint64 id);
const char *ops_person_get_name            (OpsPerson   *self);
void        ops_person_set_name            (OpsPerson   *self, const char *name);
gint64      ops_person_get_department_id   (OpsPerson   *self);
void        ops_person_set_department_id   (OpsPerson   *self, gint64 department_id);
const char *ops_person_get_department_name (OpsPerson   *self);
void        ops_person_set_department_name (OpsPerson   *self, const char *name);
const char *ops_person_get_title           (OpsPerson   *self);
void        ops_person_set_title           (OpsPerson   *self, const char *title);
const char *ops_person_get_email           (OpsPerson   *self);
void        ops_person_set_email           (OpsPerson   *self, const char *email);
const char *ops_person_get_phone           (OpsPerson   *self);
void        ops_person_set_phone           (OpsPerson   *self, const char *phone);
OpsRole     ops_person_get_roles           (OpsPerson   *self);
void        ops_person_set_roles           (OpsPerson   *self, OpsRole roles);
gboolean    ops_person_has_role            (OpsPerson   *self, OpsRole role);
/* Free with g_free(). */
char       *ops_person_dup_roles_label     (OpsPerson   *self);
/* "销售部 · 销售经理": department and job title, either alone when the other
 * is empty, "" when both are. Free with g_free(). */
char       *ops_person_dup_affiliation     (OpsPerson   *self);
gboolean    ops_person_get_active          (OpsPerson   *self);
void        ops_person_set_active          (OpsPerson   *self, gboolean active);
gboolean    ops_person_get_referenced      (OpsPerson   *self);
void        ops_person_set_referenced      (OpsPerson   *self, gboolean referenced);

G_END_DECLS

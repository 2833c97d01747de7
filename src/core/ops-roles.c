/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-roles.c: role identifiers and translated labels (SPEC §0).
 */

#define G_LOG_DOMAIN "opsdesk-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ops-roles.h"

typedef struct
{
  OpsRole     role;
  const char *id;     /* stored in the database: never translate or change */
  const char *label;  /* N_() source string */
} RoleInfo;

/* Display order. */
static const RoleInfo roles[OPS_N_ROLES] = {
  { OPS_ROLE_STAFF,            "staff",            N_("Staff") },
  { OPS_ROLE_DEPARTMENT_HEAD,  "department-head",  N_("Department head") },
  { OPS_ROLE_DIVISION_LEADER,  "division-leader",  N_("Division leader") },
  { OPS_ROLE_GENERAL_MANAGER,  "general-manager",  N_("General manager") },
  { OPS_ROLE_ADMINISTRATION,   "administration",   N_("Administration") },
  { OPS_ROLE_HR,               "hr",               N_("HR") },
  { OPS_ROLE_TRAINER,          "trainer",          N_("Trainer") },
  { OPS_ROLE_PROJECT_MANAGER,  "project-manager",  N_("Project manager") },
  { OPS_ROLE_ACCOUNT_MANAGER,  "account-manager",  N_("Account manager") },
};

static const RoleInfo *
find_role (OpsRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      if (roles[i].role == role)
        return &roles[i];
    }

  return NULL;
}

/**
 * ops_role_to_id:
 * @role: exactly one role bit
 *
 * Returns: (transfer none) (nullable): the stable identifier, or %NULL when
 *   @role is not exactly one known role.
 */
const char *
ops_role_to_id (OpsRole role)
{
  const RoleInfo *info = find_role (role);

  return info != NULL ? info->id : NULL;
}

/**
 * ops_role_from_id:
 * @id: (nullable): an identifier such as "department-head"
 *
 * Returns: the role, or %OPS_ROLE_NONE when @id is unknown or %NULL.
 */
OpsRole
ops_role_from_id (const char *id)
{
  if (id == NULL)
    return OPS_ROLE_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      if (g_str_equal (roles[i].id, id))
        return roles[i].role;
    }

  return OPS_ROLE_NONE;
}

/**
 * ops_role_to_label:
 * @role: exactly one role bit
 *
 * Returns: (transfer none) (nullable): the translated label, or %NULL when
 *   @role is not exactly one known role.
 */
const char *
ops_role_to_label (OpsRole role)
{
  const RoleInfo *info = find_role (role);

  return info != NULL ? _(info->label) : NULL;
}

/**
 * ops_role_nth:
 * @i: 0 ≤ @i < %OPS_N_ROLES
 *
 * Returns: the @i-th role in display order, %OPS_ROLE_NONE out of range.
 */
OpsRole
ops_role_nth (guint i)
{
  g_return_val_if_fail (i < OPS_N_ROLES, OPS_ROLE_NONE);

  return roles[i].role;
}

/**
 * ops_roles_to_label:
 * @roles: a set of roles
 *
 * Bits outside %OPS_ROLE_ALL are ignored.
 *
 * Returns: (transfer full): the translated labels in display order, joined
 *   with the translated list separator; "" for no role. Free with g_free().
 */
char *
ops_roles_to_label (OpsRole roles_set)
{
  /* Translators: joins role names, "Staff, HR"; Chinese uses "、". */
  const char *separator = C_("list separator", ", ");
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      if ((roles_set & roles[i].role) == 0)
        continue;

      if (str->len > 0)
        g_string_append (str, separator);
      g_string_append (str, _(roles[i].label));
    }

  return g_string_free (str, FALSE);
}

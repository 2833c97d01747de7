/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-roles.h: the roles of SPEC §0. A person holds any set of them. Actions
 * that belong to a role are checked by the store against the current user.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  OPS_ROLE_NONE              = 0,
  OPS_ROLE_STAFF             = 1 << 0,
  OPS_ROLE_DEPARTMENT_HEAD   = 1 << 1,  /* 部门负责人 */
  OPS_ROLE_DIVISION_LEADER   = 1 << 2,  /* 分管领导 */
  OPS_ROLE_GENERAL_MANAGER   = 1 << 3,  /* 总经理 */
  OPS_ROLE_ADMINISTRATION    = 1 << 4,  /* 行政部门 */
  OPS_ROLE_HR                = 1 << 5,
  OPS_ROLE_TRAINER           = 1 << 6,
  OPS_ROLE_PROJECT_MANAGER   = 1 << 7,
  OPS_ROLE_ACCOUNT_MANAGER   = 1 << 8,
} OpsRole;

#define OPS_ROLE_ALL   ((OpsRole) 0x1ff)
#define OPS_N_ROLES    9

/* Stable identifier stored in the database ("staff", "department-head", …),
 * for exactly one role bit; NULL for anything else. Static string. */
const char *ops_role_to_id          (OpsRole      role);
/* Inverse of ops_role_to_id(); OPS_ROLE_NONE when unknown. */
OpsRole     ops_role_from_id        (const char  *id);
/* Translated label ("Department head" / "部门负责人"). Static string. */
const char *ops_role_to_label       (OpsRole      role);
/* The i-th role bit, 0 <= i < OPS_N_ROLES, in display order. */
OpsRole     ops_role_nth            (guint        i);
/* Translated labels of all roles in @roles joined with ", " (zh_CN: "、").
 * Free with g_free(). */
char       *ops_roles_to_label      (OpsRole      roles);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-templates.h: the registry of export templates. Each workflow
 * issue adds its template here. A template's writer takes records and never
 * queries; the runner (ui/ops-export-runner.c) streams records from an
 * OpsStoreReader into it.
 */
#pragma once

#include <glib.h>
#include "export/ops-sheet.h"
#include "model/ops-person.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;          /* "people": the --export name */
  const char *(*title) (void);       /* translated human title */
  const char *(*description) (void); /* translated one-line description */
} OpsExportTemplate;

/* NULL-terminated by name == NULL. */
const OpsExportTemplate *ops_export_templates       (void);
const OpsExportTemplate *ops_export_template_lookup (const char *name);
/* Added: the same, or NULL with OPS_EXPORT_ERROR_UNKNOWN_TEMPLATE ("There is
 * no export template called “x”. Run opsdesk --export list …"). */
const OpsExportTemplate *ops_export_template_lookup_checked (const char  *name,
                                                             GError     **error);

/* The people directory (人员名录) ---------------------------------------- */
/* Starts the people sheet at @path: title "<title> — <date>" and the columns
 * 姓名 · 部门 · 职务 · 邮箱 · 电话 · 角色 · 状态 (translated). */
OpsSheet *ops_export_people_begin (const char  *path,
                                   GError     **error);
gboolean  ops_export_people_row   (OpsSheet    *sheet,
                                   OpsPerson   *person,
                                   GError     **error);

G_END_DECLS

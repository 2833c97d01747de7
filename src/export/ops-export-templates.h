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
#include "model/ops-approval-request.h"
/* The meetings' templates: meeting-notice, meeting-minutes, action-items. */
#include "export/ops-export-meetings.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;          /* "people": the --export name */
  const char *(*title) (void);       /* translated human title */
  const char *(*description) (void); /* translated one-line description */
  /* What --from/--to select, translated ("Meetings starting"), or NULL when
   * the template takes no date range. The window asks for the range. */
  const char *(*range_label) (void);
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

/* Document approval requests (文件审批申请表, ops-export-approval-form.c) --- */
/* Starts the approval form at @path: title "<title> — <range or date>" and
 * the columns 文件名称 · 文件类型 · 申请人 · 申请日期 · 审批层级 · 审批意见栏
 * (SPEC §6, translated in other languages), then state and archive number.
 * @from / @to (nullable, "YYYY-MM-DD") only go into the title. */
OpsSheet *ops_export_approval_form_begin (const char          *path,
                                          const char          *from,
                                          const char          *to,
                                          GError             **error);
/* One request: 申请日期 a real date cell, the chain label and the opinion
 * column as the reader filled them in. */
gboolean  ops_export_approval_form_row   (OpsSheet            *sheet,
                                          OpsApprovalRequest  *request,
                                          GError             **error);

G_END_DECLS

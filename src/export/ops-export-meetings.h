/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-meetings.h: the meetings' export templates (SPEC §1, §6):
 * the meeting notice table (会议通知表), the minutes form (会议纪要) and the
 * action-item tracking table (进度表), plus the directory of people they use
 * to write "销售部全体" and attendees' e-mail addresses. The writers take
 * records and never query; ui/ops-export-runner.c streams them from an
 * OpsStoreReader. Included by ops-export-templates.h.
 */
#pragma once

#include <gio/gio.h>

#include "export/ops-sheet.h"
#include "model/ops-action-item.h"
#include "model/ops-meeting.h"
#include "model/ops-person.h"

G_BEGIN_DECLS

/* The directory ------------------------------------------------------------
 * The people the exports know about: e-mail addresses for calendar
 * attendees, and the active members of each department so that a meeting
 * every member of 销售部 attends reads "销售部全体". */
typedef struct _OpsExportDirectory OpsExportDirectory;

OpsExportDirectory *ops_export_directory_new        (void);
void                ops_export_directory_free       (OpsExportDirectory *self);
/* Adds @person (copied what is needed); inactive people count for e-mail
 * only, not as department members. */
void                ops_export_directory_add_person (OpsExportDirectory *self,
                                                     OpsPerson          *person);
/* The e-mail of person @person_id, or NULL when unknown or empty. */
const char         *ops_export_directory_get_email  (OpsExportDirectory *self,
                                                     gint64              person_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsExportDirectory, ops_export_directory_free)

/* The attendees as a manager reads them: each department whose every active
 * member (at least two) attends as "<department>全体" ("All of %s"), first,
 * in the order they appear, then everyone else by name (guests included),
 * joined with the translated list separator ("、" in Chinese, ", "
 * otherwise). @directory may be NULL (no departments are folded). Free with
 * g_free(). */
char     *ops_export_format_attendees  (GListModel         *attendees,
                                        OpsExportDirectory *directory);
/* The translated list separator: "、" in Chinese, ", " otherwise. */
const char *ops_export_list_separator  (void);
/* A sheet's title row: "<name> — <from> to <to>" (or from / until one day),
 * "<name> — <today>" without a range. Free with g_free(). */
char     *ops_export_dup_title         (const char         *name,
                                        const char         *from,
                                        const char         *to);

/* 会议通知表 (meeting notice) ---------------------------------------------
 * Columns 会议主题 · 时间 · 地点/线上 · 参会人员 · 议程 · 材料清单; one row per
 * meeting. @from and @to (nullable, "YYYY-MM-DD") go into the title. */
OpsSheet *ops_export_meeting_notice_begin (const char          *path,
                                           const char          *from,
                                           const char          *to,
                                           GError             **error);
gboolean  ops_export_meeting_notice_row   (OpsSheet            *sheet,
                                           OpsMeeting          *meeting,
                                           OpsExportDirectory  *directory,
                                           GError             **error);

/* 会议纪要 (minutes) -------------------------------------------------------
 * A form for one meeting (with its children and action items) that prints
 * on one page: 会议主题, 会议时间 ("2023-09-01 14:00-15:30"), 地点, 主持人,
 * 记录人, 参会人员 with each person's sign-in, 议程, 决议事项 (numbered),
 * 会议记录 (the minutes' text), the 待办任务 table (责任人 · 内容 · 完成时间)
 * and the minutes' state with its dates. Written and finished in one call. */
gboolean  ops_export_meeting_minutes_write (const char          *path,
                                            OpsMeeting          *meeting,
                                            GCancellable        *cancellable,
                                            GError             **error);

/* 进度表 (action-item tracking) ------------------------------------------
 * Columns 会议 · 会议日期 · 责任人 · 内容 · 完成时间 · 原定完成时间 · 状态 ·
 * 逾期原因 · 修订次数 · 更新时间; an overdue item's status reads 逾期 and is
 * marked. @from and @to (nullable) are the due-date range, for the title. */
OpsSheet *ops_export_action_items_begin   (const char          *path,
                                           const char          *from,
                                           const char          *to,
                                           GError             **error);
gboolean  ops_export_action_items_row     (OpsSheet            *sheet,
                                           OpsActionItem       *item,
                                           GError             **error);

G_END_DECLS

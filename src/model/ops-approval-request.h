/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-request.h: one document approval request (《文件审批申请表》,
 * SPEC §4). The applicant edits name, type, purpose, date and the major flag
 * (and adds files) while it is a draft or returned; everything else is
 * filled by the store when it reads the request.
 *
 * Properties (readable and writable unless noted, notify only on change):
 *   id                     gint64   0 for a request not yet saved
 *   name                   string   document name (文件名称), required
 *   type-id                gint64   OpsApprovalType id, required
 *   type-name, type-code   string   filled by the store (name translated)
 *   purpose                string   purpose (用途/说明), required to submit
 *   applicant-id           gint64   the person who applies (the current user
 *                                   at creation; the store enforces it)
 *   applicant-name         string
 *   department-id, department-name   the applicant's department (stored at
 *                                   creation: it resolves the role levels)
 *   date                   string   application date "YYYY-MM-DD" (申请日期)
 *   major                  boolean  major item: the last level needs a
 *                                   linked meeting with a finalised resolution
 *   state                  int      OpsApprovalState
 *   state-label            string   read-only: translated state
 *   round                  guint    1-based; a resubmission starts a new round
 *   current-level          guint    1-based level waiting; 0 when not pending
 *   level-count            guint    levels in the chain
 *   current-approver-id, current-approver-name   who must act now (0/NULL
 *                                   when not pending)
 *   step-started-at        gint64   Unix seconds when the current step began
 *   step-due-date          string   "YYYY-MM-DD": the step's deadline
 *                                   (working days of the company calendar)
 *   overdue                boolean  PENDING and today is after step-due-date
 *   actionable             boolean  the current user may decide the current
 *                                   step now (as approver or as substitute)
 *   acting-for-name        string   when the current user may act only as a
 *                                   substitute: the approver's name ("X for Y")
 *   has-decision           boolean  a level decided in the current round
 *                                   (then the applicant can no longer withdraw)
 *   chain-label            string   "部门负责人-分管领导-总经理" (审批层级)
 *   opinion                string   审批意见栏, see ops_approval_opinion_column()
 *   archive-number         string   "POLICY-2023-001" once approved, else NULL
 *   meeting-id             gint64   linked meeting (0 = none)
 *   meeting-topic          string
 *   resolution-id          gint64   linked resolution of that meeting (0 = none)
 *   resolution-finalised   boolean  that resolution is finalised
 *   stamped-at             gint64   Unix seconds (0 = not stamped yet)
 *   stamped-by-id, stamped-by-name  the administration person who stamped
 *   distributed-to         string   to whom it was distributed
 *   created-at, updated-at gint64   Unix seconds
 *   attachments            GListModel of OpsApprovalAttachment (read-only
 *                                   property; every file, final one included)
 *   document-file          OpsApprovalAttachment: the final document or NULL
 */
#pragma once

#include <gio/gio.h>

#include "core/ops-approval-rules.h"
#include "model/ops-approval-attachment.h"

G_BEGIN_DECLS

#define OPS_TYPE_APPROVAL_REQUEST (ops_approval_request_get_type ())
G_DECLARE_FINAL_TYPE (OpsApprovalRequest, ops_approval_request, OPS, APPROVAL_REQUEST, GObject)

OpsApprovalRequest    *ops_approval_request_new                       (void);
/* A deep copy (a new object with the same values). (transfer full) */
OpsApprovalRequest    *ops_approval_request_copy                      (OpsApprovalRequest *self);
gint64                 ops_approval_request_get_id                    (OpsApprovalRequest *self);
void                   ops_approval_request_set_id                    (OpsApprovalRequest *self, gint64 id);
const char            *ops_approval_request_get_name                  (OpsApprovalRequest *self);
void                   ops_approval_request_set_name                  (OpsApprovalRequest *self, const char *name);
gint64                 ops_approval_request_get_type_id               (OpsApprovalRequest *self);
void                   ops_approval_request_set_type_id               (OpsApprovalRequest *self, gint64 type_id);
const char            *ops_approval_request_get_type_name             (OpsApprovalRequest *self);
void                   ops_approval_request_set_type_name             (OpsApprovalRequest *self, const char *type_name);
const char            *ops_approval_request_get_type_code             (OpsApprovalRequest *self);
void                   ops_approval_request_set_type_code             (OpsApprovalRequest *self, const char *type_code);
const char            *ops_approval_request_get_purpose               (OpsApprovalRequest *self);
void                   ops_approval_request_set_purpose               (OpsApprovalRequest *self, const char *purpose);
gint64                 ops_approval_request_get_applicant_id          (OpsApprovalRequest *self);
void                   ops_approval_request_set_applicant_id          (OpsApprovalRequest *self, gint64 applicant_id);
const char            *ops_approval_request_get_applicant_name        (OpsApprovalRequest *self);
void                   ops_approval_request_set_applicant_name        (OpsApprovalRequest *self, const char *applicant_name);
gint64                 ops_approval_request_get_department_id         (OpsApprovalRequest *self);
void                   ops_approval_request_set_department_id         (OpsApprovalRequest *self, gint64 department_id);
const char            *ops_approval_request_get_department_name       (OpsApprovalRequest *self);
void                   ops_approval_request_set_department_name       (OpsApprovalRequest *self, const char *department_name);
const char            *ops_approval_request_get_date                  (OpsApprovalRequest *self);
void                   ops_approval_request_set_date                  (OpsApprovalRequest *self, const char *date);
gboolean               ops_approval_request_get_major                 (OpsApprovalRequest *self);
void                   ops_approval_request_set_major                 (OpsApprovalRequest *self, gboolean major);
OpsApprovalState       ops_approval_request_get_state                 (OpsApprovalRequest *self);
void                   ops_approval_request_set_state                 (OpsApprovalRequest *self, OpsApprovalState state);
guint                  ops_approval_request_get_round                 (OpsApprovalRequest *self);
void                   ops_approval_request_set_round                 (OpsApprovalRequest *self, guint round);
guint                  ops_approval_request_get_current_level         (OpsApprovalRequest *self);
void                   ops_approval_request_set_current_level         (OpsApprovalRequest *self, guint current_level);
guint                  ops_approval_request_get_level_count           (OpsApprovalRequest *self);
void                   ops_approval_request_set_level_count           (OpsApprovalRequest *self, guint level_count);
gint64                 ops_approval_request_get_current_approver_id   (OpsApprovalRequest *self);
void                   ops_approval_request_set_current_approver_id   (OpsApprovalRequest *self, gint64 current_approver_id);
const char            *ops_approval_request_get_current_approver_name (OpsApprovalRequest *self);
void                   ops_approval_request_set_current_approver_name (OpsApprovalRequest *self, const char *current_approver_name);
gint64                 ops_approval_request_get_step_started_at       (OpsApprovalRequest *self);
void                   ops_approval_request_set_step_started_at       (OpsApprovalRequest *self, gint64 step_started_at);
const char            *ops_approval_request_get_step_due_date         (OpsApprovalRequest *self);
void                   ops_approval_request_set_step_due_date         (OpsApprovalRequest *self, const char *step_due_date);
gboolean               ops_approval_request_get_overdue               (OpsApprovalRequest *self);
void                   ops_approval_request_set_overdue               (OpsApprovalRequest *self, gboolean overdue);
gboolean               ops_approval_request_get_actionable            (OpsApprovalRequest *self);
void                   ops_approval_request_set_actionable            (OpsApprovalRequest *self, gboolean actionable);
const char            *ops_approval_request_get_acting_for_name       (OpsApprovalRequest *self);
void                   ops_approval_request_set_acting_for_name       (OpsApprovalRequest *self, const char *acting_for_name);
gboolean               ops_approval_request_get_has_decision          (OpsApprovalRequest *self);
void                   ops_approval_request_set_has_decision          (OpsApprovalRequest *self, gboolean has_decision);
const char            *ops_approval_request_get_chain_label           (OpsApprovalRequest *self);
void                   ops_approval_request_set_chain_label           (OpsApprovalRequest *self, const char *chain_label);
const char            *ops_approval_request_get_opinion               (OpsApprovalRequest *self);
void                   ops_approval_request_set_opinion               (OpsApprovalRequest *self, const char *opinion);
const char            *ops_approval_request_get_archive_number        (OpsApprovalRequest *self);
void                   ops_approval_request_set_archive_number        (OpsApprovalRequest *self, const char *archive_number);
gint64                 ops_approval_request_get_meeting_id            (OpsApprovalRequest *self);
void                   ops_approval_request_set_meeting_id            (OpsApprovalRequest *self, gint64 meeting_id);
const char            *ops_approval_request_get_meeting_topic         (OpsApprovalRequest *self);
void                   ops_approval_request_set_meeting_topic         (OpsApprovalRequest *self, const char *meeting_topic);
gint64                 ops_approval_request_get_resolution_id         (OpsApprovalRequest *self);
void                   ops_approval_request_set_resolution_id         (OpsApprovalRequest *self, gint64 resolution_id);
gboolean               ops_approval_request_get_resolution_finalised  (OpsApprovalRequest *self);
void                   ops_approval_request_set_resolution_finalised  (OpsApprovalRequest *self, gboolean resolution_finalised);
gint64                 ops_approval_request_get_stamped_at            (OpsApprovalRequest *self);
void                   ops_approval_request_set_stamped_at            (OpsApprovalRequest *self, gint64 stamped_at);
gint64                 ops_approval_request_get_stamped_by_id         (OpsApprovalRequest *self);
void                   ops_approval_request_set_stamped_by_id         (OpsApprovalRequest *self, gint64 stamped_by_id);
const char            *ops_approval_request_get_stamped_by_name       (OpsApprovalRequest *self);
void                   ops_approval_request_set_stamped_by_name       (OpsApprovalRequest *self, const char *stamped_by_name);
const char            *ops_approval_request_get_distributed_to        (OpsApprovalRequest *self);
void                   ops_approval_request_set_distributed_to        (OpsApprovalRequest *self, const char *distributed_to);
gint64                 ops_approval_request_get_created_at            (OpsApprovalRequest *self);
void                   ops_approval_request_set_created_at            (OpsApprovalRequest *self, gint64 created_at);
gint64                 ops_approval_request_get_updated_at            (OpsApprovalRequest *self);
void                   ops_approval_request_set_updated_at            (OpsApprovalRequest *self, gint64 updated_at);
/* The files (transfer none): GListModel of OpsApprovalAttachment. */
GListModel            *ops_approval_request_get_attachments   (OpsApprovalRequest    *self);
/* Replaces the files with @files (OpsApprovalAttachment; may be NULL). */
void                   ops_approval_request_set_attachments   (OpsApprovalRequest    *self,
                                                               GPtrArray             *files);
/* The newest attachment flagged final, or NULL (transfer none). */
OpsApprovalAttachment *ops_approval_request_get_document_file         (OpsApprovalRequest    *self);
/* TRUE while the applicant may edit it: DRAFT or RETURNED. */
gboolean               ops_approval_request_is_editable       (OpsApprovalRequest    *self);


G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-store-approvals.h: the document approval engine of SPEC §4 in the store
 * (included from ops-store.h; implemented in ops-store-approvals.c and
 * ops-store-audit.c). Every rule is checked here against the current user
 * (ops_store_set_current_user), inside the write transaction: who may act,
 * in which state, with which comment. Every write that touches a request
 * appends to the audit trail (append-only table, SHA-256 chain) and emits
 * ::changed "approvals".
 *
 * Errors: OPS_STORE_ERROR_INVALID (bad input: the message names the field),
 * _PERMISSION_DENIED (not the applicant / not the current approver / lacks
 * the role: the message says who may), _NOT_FOUND, _IN_USE (a type with
 * requests), _DUPLICATE (type code/prefix taken), _CORRUPT (audit chain).
 * A refused write changes nothing.
 */
#pragma once

#include <gio/gio.h>

#include "core/ops-approval-rules.h"
#include "model/ops-approval-attachment.h"
#include "model/ops-approval-level.h"
#include "model/ops-approval-request.h"
#include "model/ops-approval-type.h"
#include "model/ops-audit-entry.h"
#include "model/ops-substitute.h"

G_BEGIN_DECLS

/* (This header is included at the end of ops-store.h: OpsStore and OpsRange
 * are declared there.) */

/* Which requests a list shows, relative to the current user. */
typedef enum {
  OPS_APPROVAL_SCOPE_ALL,             /* every request */
  OPS_APPROVAL_SCOPE_WAITING_FOR_ME,  /* PENDING at a level I may decide now
                                       * (as approver, or as substitute today) */
  OPS_APPROVAL_SCOPE_MINE,            /* requests I applied for */
} OpsApprovalScope;

typedef struct {
  const char      *search;        /* matches name, purpose, applicant, archive
                                   * number, type name; NULL = all */
  OpsApprovalScope scope;
  gint64           type_id;       /* 0 = every type */
  int              state;         /* -1 = any, else an OpsApprovalState */
  gboolean         overdue_only;  /* only PENDING steps past their due date */
  gint64           meeting_id;    /* 0 = any; else requests linked to it */
  const char      *from_date;     /* application date range, inclusive; */
  const char      *to_date;       /* NULL = open */
} OpsApprovalFilter;

/* Initialises @filter to "everything": scope ALL, state -1, rest 0/NULL. */
void        ops_approval_filter_init              (OpsApprovalFilter  *filter);

/* Types and chains ------------------------------------------------------- */

/* (transfer full) GListModel of OpsApprovalType with their levels: built-in
 * types first (policy, contract, expense, other), then by name. */
void        ops_store_list_approval_types_async   (OpsStore           *self,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
GListModel *ops_store_list_approval_types_finish  (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Inserts (id 0) or updates a type and replaces its chain. Needs
 * ADMINISTRATION or GENERAL_MANAGER. Validates: code [a-z0-9-] unique (fixed
 * for built-ins), name required for user types, prefix [A-Z0-9]{1,12}
 * unique, 1–10 levels, each a role or an active person, deadlines 1–30.
 * Requests already pending keep the chain they were submitted with (a
 * snapshot is taken at submission). Returns (transfer full) the saved type. */
void        ops_store_save_approval_type_async    (OpsStore           *self,
                                                   OpsApprovalType    *type,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalType *ops_store_save_approval_type_finish (OpsStore        *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Deletes a user-defined type no request uses (else _IN_USE; built-ins:
 * _INVALID). ADMINISTRATION or GENERAL_MANAGER. */
void        ops_store_delete_approval_type_async  (OpsStore           *self,
                                                   gint64              id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean    ops_store_delete_approval_type_finish (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Requests ---------------------------------------------------------------- */

/* (transfer full) GListModel of OpsApprovalRequest (without attachments).
 * Drafts are listed only for their applicant. Order: WAITING_FOR_ME most
 * urgent first (due date, then date); otherwise newest application date
 * first. @total gets the matches ignoring @range. @filter NULL = all. */
void        ops_store_list_approvals_async        (OpsStore           *self,
                                                   const OpsApprovalFilter *filter,
                                                   OpsRange            range,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
GListModel *ops_store_list_approvals_finish       (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   guint              *total,
                                                   GError            **error);

/* (transfer full) the request with its attachments. */
void        ops_store_get_approval_async          (OpsStore           *self,
                                                   gint64              id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalRequest *ops_store_get_approval_finish (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Creates (id 0: a DRAFT, applicant = current user, department = theirs) or
 * updates a DRAFT or RETURNED request (the applicant only). Uses name,
 * type-id, purpose, date, major; ignores every other property. Name and
 * type are required, date must be a valid "YYYY-MM-DD" (empty = today).
 * Records CREATE or EDIT in the trail. Returns (transfer full) the request
 * as read back. */
void        ops_store_save_approval_async         (OpsStore           *self,
                                                   OpsApprovalRequest *request,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalRequest *ops_store_save_approval_finish (OpsStore          *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Deletes a request: the applicant a DRAFT or WITHDRAWN one; ADMINISTRATION
 * any. Its files go too; its trail stays (DELETE recorded; listing the trail
 * of a deleted request still names it) and its archive number is never
 * issued again. */
void        ops_store_delete_approval_async       (OpsStore           *self,
                                                   gint64              id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean    ops_store_delete_approval_finish      (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Copies @file on the worker into "<files dir>/approvals/<id>/" (never
 * overwriting: "2-name", "3-name" …) and records
 * it (ATTACH in the trail): the applicant, while DRAFT or RETURNED. @title
 * empty = the file's name. @final marks the final document. Returns
 * (transfer full) the OpsApprovalAttachment. */
void        ops_store_add_approval_file_async     (OpsStore           *self,
                                                   gint64              request_id,
                                                   GFile              *file,
                                                   const char         *title,
                                                   gboolean            final,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalAttachment *ops_store_add_approval_file_finish (OpsStore   *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Removes a file not yet seen by approvers: of a DRAFT, or added to a
 * RETURNED request since its return (applicant only); files of submitted
 * rounds stay as history. A file added while RETURNED carries the number of
 * the round its resubmission starts. */
void        ops_store_remove_approval_file_async  (OpsStore           *self,
                                                   gint64              attachment_id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean    ops_store_remove_approval_file_finish (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* The full path of a stored file (no I/O; open it with the default app). */
char       *ops_store_dup_approval_file_path      (OpsStore           *self,
                                                   OpsApprovalAttachment *file);

/* DRAFT → PENDING at level 1 (SUBMIT), or RETURNED → PENDING at level 1 in
 * round + 1 (RESUBMIT; its trail comment lists what changed since the
 * return: "Purpose: old → new", files added). Applicant only. Needs name,
 * type and purpose; resolves every level of the type's chain from the
 * applicant's department (refused, naming whom to set in People, when a
 * level has nobody) and snapshots the chain for this round. The step's due
 * date is level.deadline_days working days after today. Returns (transfer
 * full) the request. */
void        ops_store_submit_approval_async       (OpsStore           *self,
                                                   gint64              id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalRequest *ops_store_submit_approval_finish (OpsStore        *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Decides the current step: only its approver, or a substitute of that
 * approver whose date range contains today (the trail then records
 * actor = substitute, on behalf of = approver). RETURN and REJECT need a
 * comment. APPROVE moves to the next level (new due date) or, at the last
 * level, approves the request and assigns its archive number TYPE-YEAR-NNN
 * (YEAR of the final approval; ARCHIVE in the trail); at the last level of a major request it needs a linked meeting
 * with a finalised resolution. Returns (transfer full) the request. */
void        ops_store_decide_approval_async       (OpsStore           *self,
                                                   gint64              id,
                                                   OpsApprovalDecision decision,
                                                   const char         *comment,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalRequest *ops_store_decide_approval_finish (OpsStore        *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* PENDING → WITHDRAWN: the applicant, before any decision in the current
 * round. Returns (transfer full) the request. */
void        ops_store_withdraw_approval_async     (OpsStore           *self,
                                                   gint64              id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalRequest *ops_store_withdraw_approval_finish (OpsStore      *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Links a meeting (and optionally one of its resolutions; 0 = none yet) to a
 * request that is not final: the applicant or the current approver.
 * @meeting_id 0 unlinks. The resolution must belong to the meeting.
 * Returns (transfer full) the request. */
void        ops_store_link_approval_meeting_async (OpsStore           *self,
                                                   gint64              id,
                                                   gint64              meeting_id,
                                                   gint64              resolution_id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalRequest *ops_store_link_approval_meeting_finish (OpsStore  *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Records that the current user (ADMINISTRATION) stamped an APPROVED request
 * now and distributed it to @distributed_to (required). STAMP and DISTRIBUTE
 * in the trail. Once only. Returns (transfer full) the request. */
void        ops_store_record_approval_stamp_async (OpsStore           *self,
                                                   gint64              id,
                                                   const char         *distributed_to,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsApprovalRequest *ops_store_record_approval_stamp_finish (OpsStore  *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Audit trail (ops-store-audit.c) ----------------------------------------- */

/* (transfer full) GListModel of OpsAuditEntry in trail order (oldest first)
 * for @request_id, or the whole trail for 0. */
void        ops_store_list_audit_async            (OpsStore           *self,
                                                   gint64              request_id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
GListModel *ops_store_list_audit_finish           (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Walks the whole chain: each row's prev_hash must be the previous row's
 * hash, its hash must match its content, ids must follow 1, 2, 3 … without
 * gaps, and the last row must match the stored chain head (so removing the
 * newest rows is found too). TRUE when intact; else FALSE with
 * @bad_row_id = the first row that does not match — for a deleted row, the
 * missing row's id — and OPS_STORE_ERROR_CORRUPT whose message names that
 * row ("… does not match at row 4 (its content was changed) …"). Another
 * error code means the trail could not be read at all. */
void        ops_store_verify_audit_async          (OpsStore           *self,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean    ops_store_verify_audit_finish         (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   gint64             *bad_row_id,
                                                   GError            **error);

/* Substitutes ------------------------------------------------------------- */

/* (transfer full) GListModel of OpsSubstitute, by person then from-date.
 * @person_id 0 = all. */
void        ops_store_list_substitutes_async      (OpsStore           *self,
                                                   gint64              person_id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
GListModel *ops_store_list_substitutes_finish     (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

/* Inserts (id 0) or updates: the person themself or ADMINISTRATION; both
 * people active and different; valid dates with from ≤ to. Returns (transfer
 * full) the saved substitute. */
void        ops_store_save_substitute_async       (OpsStore           *self,
                                                   OpsSubstitute      *substitute,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
OpsSubstitute *ops_store_save_substitute_finish   (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

void        ops_store_remove_substitute_async     (OpsStore           *self,
                                                   gint64              id,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean    ops_store_remove_substitute_finish    (OpsStore           *self,
                                                   GAsyncResult       *result,
                                                   GError            **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-approvals-private.h: what the approval files of src/store/ share
 * (ops-store-approvals.c, ops-store-audit.c, ops-store-reader-approvals.c,
 * ops-store-demo-approvals.c): statement helpers, reading requests with
 * their derived fields, and appending to the audit trail. Worker thread or
 * reader thread only; never included outside src/store/ and tests/. */
#pragma once

#include "store/ops-store-private.h"

G_BEGIN_DECLS

/* Prepares @sql on @db (not cached: safe to nest). NULL with @error set. */
sqlite3_stmt       *ops_approvals_prepare        (sqlite3      *db,
                                                  const char   *sql,
                                                  GError      **error);

/* The local date today, "YYYY-MM-DD". (transfer full) */
char               *ops_approvals_today          (void);

/* The SELECT list and joins that ops_approvals_request_from_row() reads;
 * callers append their WHERE / ORDER BY. */
#define OPS_APPROVAL_REQUEST_SELECT \
  "SELECT r.id, r.name, r.type_id, t.code, t.name, t.builtin, r.purpose," \
  " r.applicant_id, ap.name, r.department_id, d.name, r.date, r.major, r.state," \
  " r.round, r.current_level, r.step_started_at, r.step_due_date," \
  " r.meeting_id, m.topic, r.resolution_id, coalesce(res.finalised, 0)," \
  " r.archive_number, r.stamped_at, r.stamped_by, sp.name, r.distributed_to," \
  " r.created, r.updated, s.approver_id, cp.name" \
  " FROM approval_requests r" \
  " JOIN approval_types t ON t.id = r.type_id" \
  " JOIN people ap ON ap.id = r.applicant_id" \
  " LEFT JOIN departments d ON d.id = r.department_id" \
  " LEFT JOIN meetings m ON m.id = r.meeting_id" \
  " LEFT JOIN meeting_resolutions res ON res.id = r.resolution_id" \
  " LEFT JOIN people sp ON sp.id = r.stamped_by" \
  " LEFT JOIN approval_steps s ON s.request_id = r.id AND s.round = r.round" \
  "   AND s.position = r.current_level" \
  " LEFT JOIN people cp ON cp.id = s.approver_id"

/* The translated display name of a type row (built-ins by code). */
const char         *ops_approvals_type_name      (const char   *code,
                                                  gboolean      builtin,
                                                  const char   *name);

/* A request from a row of OPS_APPROVAL_REQUEST_SELECT, then completed from
 * @db: level count, chain label, opinion column, overdue (on @today), and
 * for @user_id (0 = nobody) actionable / acting-for-name; attachments when
 * @with_files. NULL with @error on a database error. */
OpsApprovalRequest *ops_approvals_request_from_row (sqlite3      *db,
                                                  sqlite3_stmt *row,
                                                  gint64        user_id,
                                                  const char   *today,
                                                  gboolean      with_files,
                                                  GError      **error);

/* Reads request @id (NOT_FOUND when missing). */
OpsApprovalRequest *ops_approvals_read_request   (sqlite3      *db,
                                                  gint64        id,
                                                  gint64        user_id,
                                                  gboolean      with_files,
                                                  GError      **error);

/* The plain columns of one request, for the write operations. */
typedef struct {
  gint64            id;
  char             *name;
  gint64            type_id;
  char             *purpose;
  gint64            applicant_id;
  char             *date;
  gboolean          major;
  OpsApprovalState  state;
  guint             round;
  guint             level;
  gint64            meeting_id;
  gint64            resolution_id;
  gint64            stamped_at;
  gint64            approver_id;   /* of the current step (pending only) */
  guint             n_steps;       /* in the current round */
} OpsApprovalRow;

void                ops_approval_row_clear       (OpsApprovalRow *row);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OpsApprovalRow, ops_approval_row_clear)

/* Reads the plain columns of request @id (NOT_FOUND when missing). */
gboolean            ops_approvals_load_row       (sqlite3        *db,
                                                  gint64          id,
                                                  OpsApprovalRow *row,
                                                  GError        **error);

/* Steps a statement that returns no rows and finalizes it; @what is the
 * translated action for the error message. */
gboolean            ops_approvals_exec           (sqlite3        *db,
                                                  sqlite3_stmt   *stmt,
                                                  const char     *what,
                                                  GError        **error);
/* NULL, empty or only white space. */
/* Sets OPS_STORE_ERROR_NOT_FOUND for a request; returns FALSE. */
gboolean            ops_approvals_not_found      (GError        **error);
/* A person's name ("" when unknown). (transfer full) */
char               *ops_approvals_person_name    (sqlite3        *db,
                                                  gint64          id);
/* *@result: @user_id is an active substitute of @person_id on @today. */
gboolean            ops_approvals_is_substitute  (sqlite3        *db,
                                                  gint64          person_id,
                                                  gint64          user_id,
                                                  const char     *today,
                                                  gboolean       *result,
                                                  GError        **error);
/* Permission and state checks with messages that say what to do. */
gboolean            ops_approvals_require_user   (gint64          user_id,
                                                  GError        **error);
gboolean            ops_approvals_require_applicant (sqlite3      *db,
                                                  const OpsApprovalRow *row,
                                                  gint64          user_id,
                                                  const char     *action,
                                                  GError        **error);
gboolean            ops_approvals_wrong_state    (const OpsApprovalRow *row,
                                                  const char     *action,
                                                  GError        **error);
/* Reads request @id back as op->result and marks approvals changed. */
gboolean            ops_approvals_finish_request (sqlite3        *db,
                                                  OpsStoreOp     *op,
                                                  gint64          id,
                                                  GError        **error);
/* "<files>/approvals/<request id>". (transfer full) */
char               *ops_approvals_files_dir      (OpsStore       *self,
                                                  gint64          request_id);

/* The current user must be chosen and active (no particular role). */
gboolean            ops_approvals_require_active (sqlite3      *db,
                                                  gint64        user_id,
                                                  GError      **error);

/* Resolves the chain of request @request_id's type from the applicant's
 * department (levels resolving to the applicant are left out) and stores
 * it as round @round_no's steps, with what was submitted in that round.
 * Fails with a message saying whom to set in People. */
gboolean            ops_approvals_insert_round   (sqlite3      *db,
                                                  gint64        request_id,
                                                  guint         round_no,
                                                  gint64        submitted_at,
                                                  GError      **error);

/* Appends one row to the audit trail (ops-store-audit.c): computes the next
 * id, the canonical row and the hash chained to the previous row, records
 * g_get_user_name() as os_user, and moves the chain head. @level 0 = none,
 * @on_behalf_of_id 0 = none. Inside the caller's write transaction. */
gboolean            ops_approvals_audit_append   (sqlite3      *db,
                                                  gint64        request_id,
                                                  gint64        actor_id,
                                                  gint64        on_behalf_of_id,
                                                  OpsAuditAction action,
                                                  guint         level,
                                                  guint         round,
                                                  const char   *comment,
                                                  gint64        at,
                                                  GError      **error);

/* Walks the chain (see ops_store_verify_audit_async()). */
gboolean            ops_approvals_audit_verify   (sqlite3      *db,
                                                  gint64       *bad_row_id,
                                                  GError      **error);

/* Test-only: the high-water mark file of archive numbers beside the
 * database ("<database>.numbers"). */
char               *ops_store_dup_numbers_path_for_testing (OpsStore *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-rules.h: the rules of document approval (SPEC §4) that need no
 * storage: the states, decisions and audited actions with their stored ids
 * and labels, step deadlines in working days, the approval-opinion column
 * (审批意见栏), the chain label, archive numbers TYPE-YEAR-NNN, validation of
 * type codes/prefixes/deadlines, and the canonical form and SHA-256 chain of
 * the audit trail. GLib only.
 */
#pragma once

#include <glib.h>

#include "core/ops-calendar.h"

G_BEGIN_DECLS

/* The life of a request. Stored as the ids of ops_approval_state_to_id(). */
typedef enum {
  OPS_APPROVAL_STATE_DRAFT,      /* being written by the applicant */
  OPS_APPROVAL_STATE_PENDING,    /* submitted: waiting at the current level */
  OPS_APPROVAL_STATE_RETURNED,   /* returned for modification to the applicant */
  OPS_APPROVAL_STATE_APPROVED,   /* the last level approved (final) */
  OPS_APPROVAL_STATE_REJECTED,   /* rejected at some level (final) */
  OPS_APPROVAL_STATE_WITHDRAWN,  /* withdrawn by the applicant (final) */
} OpsApprovalState;

#define OPS_APPROVAL_N_STATES 6

/* What the approver of the current level decides. */
typedef enum {
  OPS_APPROVAL_DECISION_APPROVE,  /* comment optional */
  OPS_APPROVAL_DECISION_RETURN,   /* back to the applicant; comment required */
  OPS_APPROVAL_DECISION_REJECT,   /* final; reason required */
} OpsApprovalDecision;

/* Every action recorded in the audit trail. Stored as the ids of
 * ops_audit_action_to_id(). */
typedef enum {
  OPS_AUDIT_CREATE,        /* the request was created (draft) */
  OPS_AUDIT_EDIT,          /* the applicant changed a draft / returned request */
  OPS_AUDIT_SUBMIT,        /* first submission (round 1) */
  OPS_AUDIT_RESUBMIT,      /* a returned request submitted again: new round;
                            * the comment lists what changed */
  OPS_AUDIT_APPROVE,
  OPS_AUDIT_RETURN,
  OPS_AUDIT_REJECT,
  OPS_AUDIT_WITHDRAW,
  OPS_AUDIT_LINK_MEETING,  /* a meeting (and resolution) linked */
  OPS_AUDIT_STAMP,         /* administration stamped the approved document */
  OPS_AUDIT_DISTRIBUTE,    /* administration distributed it (comment: to whom) */
  OPS_AUDIT_ARCHIVE,       /* archive number assigned (comment: the number) */
  OPS_AUDIT_ATTACH,        /* a file attached (comment: its title) */
  OPS_AUDIT_DELETE,        /* the request was deleted (the trail stays) */
} OpsAuditAction;

#define OPS_AUDIT_N_ACTIONS 14

/* Stable ids stored in the database ("draft", "pending", …; "create",
 * "approve", …). Static strings; NULL for values out of range. The
 * from_id functions return -1 for an unknown id. */
const char *ops_approval_state_to_id       (OpsApprovalState     state);
int         ops_approval_state_from_id     (const char          *id);
/* Translated label ("Pending" / "审批中"). Static string. */
const char *ops_approval_state_to_label    (OpsApprovalState     state);
/* TRUE for APPROVED, REJECTED, WITHDRAWN. */
gboolean    ops_approval_state_is_final    (OpsApprovalState     state);

const char *ops_approval_decision_to_label (OpsApprovalDecision  decision);

const char *ops_audit_action_to_id         (OpsAuditAction       action);
int         ops_audit_action_from_id       (const char          *id);
/* Translated label ("Returned for modification" / "退回修改"). Static. */
const char *ops_audit_action_to_label      (OpsAuditAction       action);

/* Built-in document types (SPEC §4): codes "policy", "contract", "expense",
 * "other"; archive prefixes "POLICY", "CONTRACT", "EXPENSE", "OTHER". The
 * store keeps codes and translates names at read time with this. Returns the
 * translated name (制度文件, 合同, 费用报销, 其他) or NULL when @code is not a
 * built-in type. Static string. */
const char *ops_approval_builtin_type_name (const char          *code);

/* Deadlines ------------------------------------------------------------- */
#define OPS_APPROVAL_MIN_DEADLINE_DAYS 1
#define OPS_APPROVAL_MAX_DEADLINE_DAYS 30
#define OPS_APPROVAL_MAX_LEVELS        10

/* The default deadline of the level at 1-based @level_position: 1, 2, then 3
 * for every level from the third on. */
int         ops_approval_default_deadline_days (guint            level_position);

/* Sets @due to the @days-th working day after @started (the day the step
 * began, not counted), through ops_calendar_add_working_days(). A step that
 * starts on a day off therefore still gets @days full working days. */
void        ops_approval_step_due          (const OpsCalendar   *cal,
                                            const GDate         *started,
                                            guint                days,
                                            GDate               *due);

/* TRUE when a step due on @due_date ("YYYY-MM-DD") is overdue on @today
 * (same form): today is after the due date. FALSE when either is invalid. */
gboolean    ops_approval_is_overdue        (const char          *due_date,
                                            const char          *today);

/* Texts --------------------------------------------------------------- */

/* The approval-opinion column (审批意见栏): for each of the @n decisions
 * "label:comment", joined with ";" (no spaces), e.g.
 * "部门负责人:同意;分管领导:需补充差旅费标准". A NULL or blank comment (an
 * approval without comment) reads the translated "Approved" (同意).
 * Returns "" for @n == 0. Free with g_free().
 *
 * Which decisions: the store passes the APPROVE / RETURN / REJECT entries of
 * the latest round that has at least one decision, in trail order (so a
 * request resubmitted and not yet decided again still shows the round that
 * returned it — the seed's row; once the new round is decided, its own
 * opinions replace it; earlier rounds stay in the timeline). */
char       *ops_approval_opinion_column    (const char * const  *level_labels,
                                            const char * const  *comments,
                                            guint                n);

/* The chain as one text: the @n level labels joined with "-", e.g.
 * "部门负责人-分管领导-总经理". Free with g_free(). */
char       *ops_approval_chain_label       (const char * const  *level_labels,
                                            guint                n);

/* "POLICY-2023-001": @type_prefix, the year, the sequence with at least 3
 * digits (more when @seq > 999). Free with g_free(). */
char       *ops_approval_archive_number    (const char          *type_prefix,
                                            int                  year,
                                            guint                seq);

/* Validation: errors are OPS_APPROVAL_RULES_ERROR_INVALID with a translated
 * message saying what to fix (the store turns them into
 * OPS_STORE_ERROR_INVALID). */
#define OPS_APPROVAL_RULES_ERROR (ops_approval_rules_error_quark ())
typedef enum {
  OPS_APPROVAL_RULES_ERROR_INVALID,
} OpsApprovalRulesError;
GQuark      ops_approval_rules_error_quark (void);

/* A user-defined type code: 1–32 of [a-z0-9-], starting with a letter. */
gboolean    ops_approval_validate_type_code   (const char       *code,
                                               GError          **error);
/* An archive prefix: 1–12 of [A-Z0-9], starting with a letter. */
gboolean    ops_approval_validate_type_prefix (const char       *prefix,
                                               GError          **error);
/* A level deadline: OPS_APPROVAL_MIN_DEADLINE_DAYS..MAX. */
gboolean    ops_approval_validate_deadline    (int               days,
                                               GError          **error);
/* RETURN and REJECT need a non-blank comment; APPROVE does not. */
gboolean    ops_approval_validate_decision    (OpsApprovalDecision decision,
                                               const char       *comment,
                                               GError          **error);

/* One line of a resubmission's change list: "Purpose: old → new" (field
 * label translated by the caller). Free with g_free(). */
char       *ops_approval_change_line       (const char          *field_label,
                                            const char          *old_value,
                                            const char          *new_value);

/* Audit chain ------------------------------------------------------------ */

/* The fields of one audit row as they are hashed. Text fields may be NULL
 * (hashed differently from ""). */
typedef struct {
  gint64      id;               /* the row's sequence number */
  gint64      request_id;
  gint64      at;               /* Unix seconds UTC */
  gint64      actor_id;
  gint64      on_behalf_of_id;  /* 0 = acting for oneself */
  const char *action;           /* ops_audit_action_to_id() */
  int         level;            /* 0 when not at a level */
  int         round;
  const char *comment;
  const char *os_user;
} OpsAuditFields;

/* The canonical serialisation of @fields: "opsdesk-audit-v1" followed by
 * every field in the order of OpsAuditFields as a netstring
 * "<byte length>:<bytes>," (integers in decimal; NULL text as "-,"), so no
 * two different rows serialise alike. Free with g_free(). */
char       *ops_audit_canonical_row        (const OpsAuditFields *fields);

/* SHA-256 (lower-case hex) of the netstring of @prev_hash_hex ("" for the
 * first row) followed by @canonical_row. Free with g_free(). */
char       *ops_audit_row_hash             (const char          *prev_hash_hex,
                                            const char          *canonical_row);

G_END_DECLS

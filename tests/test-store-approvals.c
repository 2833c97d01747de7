/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-approvals.c: the approval engine in the store (SPEC §4): types
 * and chains, every transition allowed and refused, substitutes, major items
 * and their meetings, archive numbers that are never reused (after deletion
 * and after restoring an older backup), the audit trail's tamper detection,
 * My Work, bad input, migrations and the demo data. */

#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include "test-store-common.h"
#include "store/ops-store-approvals-private.h"

/* Blocking wrappers ----------------------------------------------------------- */

static GListModel *
a_list_types (OpsStore *store,
              GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_approval_types_async (store, NULL, t_result_cb, &result);
  return ops_store_list_approval_types_finish (store, t_wait (&result), error);
}

static OpsApprovalType *
a_save_type (OpsStore        *store,
             OpsApprovalType *type,
             GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_approval_type_async (store, type, NULL, t_result_cb, &result);
  return ops_store_save_approval_type_finish (store, t_wait (&result), error);
}

static gboolean
a_delete_type (OpsStore *store,
               gint64    id,
               GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_delete_approval_type_async (store, id, NULL, t_result_cb, &result);
  return ops_store_delete_approval_type_finish (store, t_wait (&result), error);
}

static GListModel *
a_list (OpsStore                *store,
        const OpsApprovalFilter *filter,
        guint                   *total,
        GError                 **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_approvals_async (store, filter, OPS_RANGE_ALL, NULL, t_result_cb, &result);
  return ops_store_list_approvals_finish (store, t_wait (&result), total, error);
}

static OpsApprovalRequest *
a_get (OpsStore *store,
       gint64    id,
       GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_get_approval_async (store, id, NULL, t_result_cb, &result);
  return ops_store_get_approval_finish (store, t_wait (&result), error);
}

static OpsApprovalRequest *
a_save (OpsStore           *store,
        OpsApprovalRequest *request,
        GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_approval_async (store, request, NULL, t_result_cb, &result);
  return ops_store_save_approval_finish (store, t_wait (&result), error);
}

static OpsApprovalRequest *
a_submit (OpsStore *store,
          gint64    id,
          GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_submit_approval_async (store, id, NULL, t_result_cb, &result);
  return ops_store_submit_approval_finish (store, t_wait (&result), error);
}

static OpsApprovalRequest *
a_decide (OpsStore            *store,
          gint64               id,
          OpsApprovalDecision  decision,
          const char          *comment,
          GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_decide_approval_async (store, id, decision, comment, NULL, t_result_cb, &result);
  return ops_store_decide_approval_finish (store, t_wait (&result), error);
}

static OpsApprovalRequest *
a_withdraw (OpsStore *store,
            gint64    id,
            GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_withdraw_approval_async (store, id, NULL, t_result_cb, &result);
  return ops_store_withdraw_approval_finish (store, t_wait (&result), error);
}

static OpsApprovalRequest *
a_link (OpsStore *store,
        gint64    id,
        gint64    meeting_id,
        gint64    resolution_id,
        GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_link_approval_meeting_async (store, id, meeting_id, resolution_id, NULL, t_result_cb, &result);
  return ops_store_link_approval_meeting_finish (store, t_wait (&result), error);
}

static OpsApprovalRequest *
a_stamp (OpsStore   *store,
         gint64      id,
         const char *to,
         GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_record_approval_stamp_async (store, id, to, NULL, t_result_cb, &result);
  return ops_store_record_approval_stamp_finish (store, t_wait (&result), error);
}

static gboolean
a_delete (OpsStore *store,
          gint64    id,
          GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_delete_approval_async (store, id, NULL, t_result_cb, &result);
  return ops_store_delete_approval_finish (store, t_wait (&result), error);
}

static OpsApprovalAttachment *
a_add_file (OpsStore   *store,
            gint64      id,
            GFile      *file,
            const char *title,
            gboolean    final,
            GError    **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_add_approval_file_async (store, id, file, title, final, NULL, t_result_cb, &result);
  return ops_store_add_approval_file_finish (store, t_wait (&result), error);
}

static gboolean
a_remove_file (OpsStore *store,
               gint64    id,
               GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_remove_approval_file_async (store, id, NULL, t_result_cb, &result);
  return ops_store_remove_approval_file_finish (store, t_wait (&result), error);
}

static GListModel *
a_audit (OpsStore *store,
         gint64    request_id,
         GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_audit_async (store, request_id, NULL, t_result_cb, &result);
  return ops_store_list_audit_finish (store, t_wait (&result), error);
}

static gboolean
a_verify (OpsStore *store,
          gint64   *bad_row,
          GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_verify_audit_async (store, NULL, t_result_cb, &result);
  return ops_store_verify_audit_finish (store, t_wait (&result), bad_row, error);
}

static OpsSubstitute *
a_save_substitute (OpsStore      *store,
                   OpsSubstitute *substitute,
                   GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_substitute_async (store, substitute, NULL, t_result_cb, &result);
  return ops_store_save_substitute_finish (store, t_wait (&result), error);
}

static GListModel *
a_list_substitutes (OpsStore *store,
                    gint64    person_id,
                    GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_substitutes_async (store, person_id, NULL, t_result_cb, &result);
  return ops_store_list_substitutes_finish (store, t_wait (&result), error);
}

static gboolean
a_remove_substitute (OpsStore *store,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_remove_substitute_async (store, id, NULL, t_result_cb, &result);
  return ops_store_remove_substitute_finish (store, t_wait (&result), error);
}

static GListModel *
a_my_work (OpsStore *store,
           GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_my_work_async (store, NULL, t_result_cb, &result);
  return ops_store_list_my_work_finish (store, t_wait (&result), error);
}

/* Runs SQL built from a format on a raw connection; asserts success. */
static void
t_exec_printf (sqlite3    *db,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static void
t_exec_printf (sqlite3    *db,
               const char *format,
               ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* A small company ---------------------------------------------------------- */

typedef struct {
  TStore *t;
  gint64  admin;      /* 徐丽: administration */
  gint64  applicant;  /* 孙丽华: 财务部 staff */
  gint64  colleague;  /* 郑芳: 财务部 staff */
  gint64  head;       /* 钱志强: head of 财务部 */
  gint64  leader;     /* 赵国庆: division leader of 财务部 */
  gint64  gm;         /* 王建国: general manager */
  gint64  assistant;  /* 李娜: no roles; a substitute */
  gint64  finance;    /* 财务部 */
  gint64  policy;     /* the built-in policy type */
  gint64  expense;
} Company;

static Company *
company_new (void)
{
  Company *c = g_new0 (Company, 1);
  g_autoptr(OpsDepartment) department = ops_department_new ();
  g_autoptr(OpsDepartment) saved = NULL;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;

  c->t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  c->admin = t_add_person (c->t->store, "徐丽", 0, OPS_ROLE_STAFF | OPS_ROLE_ADMINISTRATION);
  ops_store_set_current_user (c->t->store, c->admin);
  c->finance = t_add_department (c->t->store, "财务部");
  c->applicant = t_add_person (c->t->store, "孙丽华", c->finance, OPS_ROLE_STAFF);
  c->colleague = t_add_person (c->t->store, "郑芳", c->finance, OPS_ROLE_STAFF);
  c->head = t_add_person (c->t->store, "钱志强", c->finance, OPS_ROLE_STAFF | OPS_ROLE_DEPARTMENT_HEAD);
  c->leader = t_add_person (c->t->store, "赵国庆", 0, OPS_ROLE_STAFF | OPS_ROLE_DIVISION_LEADER);
  c->gm = t_add_person (c->t->store, "王建国", 0, OPS_ROLE_STAFF | OPS_ROLE_GENERAL_MANAGER);
  c->assistant = t_add_person (c->t->store, "李娜", 0, OPS_ROLE_STAFF);

  ops_department_set_id (department, c->finance);
  ops_department_set_name (department, "财务部");
  ops_department_set_head_id (department, c->head);
  ops_department_set_leader_id (department, c->leader);
  saved = t_save_department (c->t->store, department, &error);
  g_assert_no_error (error);

  types = a_list_types (c->t->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(OpsApprovalType) type = g_list_model_get_item (types, i);

      if (g_strcmp0 (ops_approval_type_get_code (type), "policy") == 0)
        c->policy = ops_approval_type_get_id (type);
      if (g_strcmp0 (ops_approval_type_get_code (type), "expense") == 0)
        c->expense = ops_approval_type_get_id (type);
    }
  g_assert_cmpint (c->policy, >, 0);
  return c;
}

static void
company_free (Company *c)
{
  t_store_free (c->t);
  g_free (c);
}

static void
as (Company *c,
    gint64   user)
{
  ops_store_set_current_user (c->t->store, user);
}

/* A draft of @type by the current user; returns its id. */
static gint64
draft (Company    *c,
       const char *name,
       gint64      type_id,
       const char *purpose,
       gboolean    major)
{
  g_autoptr(OpsApprovalRequest) request = ops_approval_request_new ();
  g_autoptr(OpsApprovalRequest) saved = NULL;
  g_autoptr(GError) error = NULL;

  ops_approval_request_set_name (request, name);
  ops_approval_request_set_type_id (request, type_id);
  ops_approval_request_set_purpose (request, purpose);
  ops_approval_request_set_date (request, "2023-09-01");
  ops_approval_request_set_major (request, major);
  saved = a_save (c->t->store, request, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_approval_request_get_state (saved), ==, OPS_APPROVAL_STATE_DRAFT);
  return ops_approval_request_get_id (saved);
}

static void
submit_ok (Company *c,
           gint64   id)
{
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  request = a_submit (c->t->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_approval_request_get_state (request), ==, OPS_APPROVAL_STATE_PENDING);
}

/* Decides as @user and asserts success; returns the request (transfer full). */
static OpsApprovalRequest *
decide_ok (Company             *c,
           gint64               user,
           gint64               id,
           OpsApprovalDecision  decision,
           const char          *comment)
{
  g_autoptr(GError) error = NULL;
  OpsApprovalRequest *request;

  as (c, user);
  request = a_decide (c->t->store, id, decision, comment, &error);
  g_assert_no_error (error);
  g_assert_nonnull (request);
  return request;
}

static void
decide_refused (Company             *c,
                gint64               user,
                gint64               id,
                OpsApprovalDecision  decision,
                const char          *comment,
                int                  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsApprovalRequest) request = NULL;

  as (c, user);
  request = a_decide (c->t->store, id, decision, comment, &error);
  g_assert_null (request);
  g_assert_error (error, OPS_STORE_ERROR, code);
}

static char *
today_iso (int offset)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, offset);

  return g_date_time_format (day, "%Y-%m-%d");
}

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/* Approves every level of @id with the approvers of the small company. */
static OpsApprovalRequest *
approve_all (Company *c,
             gint64   id)
{
  g_autoptr(OpsApprovalRequest) one = decide_ok (c, c->head, id, OPS_APPROVAL_DECISION_APPROVE, NULL);
  g_autoptr(OpsApprovalRequest) two = decide_ok (c, c->leader, id, OPS_APPROVAL_DECISION_APPROVE, NULL);

  return decide_ok (c, c->gm, id, OPS_APPROVAL_DECISION_APPROVE, "同意");
}

/* Tests ------------------------------------------------------------------------ */

static void
test_types (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) types = a_list_types (c->t->store, &error);
  g_autoptr(OpsApprovalType) policy = NULL;
  g_autoptr(OpsApprovalType) purchase = ops_approval_type_new ();
  g_autoptr(OpsApprovalType) saved = NULL;
  g_autoptr(OpsApprovalType) dup = NULL;
  g_autoptr(OpsApprovalType) shortened = NULL;
  g_autoptr(OpsApprovalLevel) level = ops_approval_level_new_full (1, 0, 0);
  g_autofree char *chain = NULL;
  const char *codes[] = { "policy", "contract", "expense", "other" };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (types), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(OpsApprovalType) type = g_list_model_get_item (types, i);

      g_assert_cmpstr (ops_approval_type_get_code (type), ==, codes[i]);
      g_assert_true (ops_approval_type_get_builtin (type));
      g_assert_cmpuint (ops_approval_type_get_n_levels (type), ==, 3);
      for (guint j = 0; j < 3; j++)
        {
          OpsApprovalLevel *l = ops_approval_type_get_level (type, j);

          g_assert_cmpint (ops_approval_level_get_deadline_days (l), ==, (int) j + 1);
          g_assert_cmpuint (ops_approval_level_get_position (l), ==, j + 1);
        }
    }
  policy = g_list_model_get_item (types, 0);
  /* Built-in names are translated at read time (C locale here). */
  g_assert_cmpstr (ops_approval_type_get_name (policy), ==, "Policy document");
  g_assert_cmpstr (ops_approval_type_get_prefix (policy), ==, "POLICY");
  chain = ops_approval_type_dup_chain_label (policy);
  g_assert_cmpstr (chain, ==, "Department head-Division leader-General manager");

  /* Only administration or the general manager edit chains. */
  ops_approval_type_set_code (purchase, "purchase");
  ops_approval_type_set_name (purchase, "采购申请");
  ops_approval_type_set_prefix (purchase, "PURCHASE");
  ops_approval_level_set_person_id (level, c->gm);
  ops_approval_type_append_level (purchase, level);
  as (c, c->applicant);
  saved = a_save_type (c->t->store, purchase, &error);
  g_assert_null (saved);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  as (c, c->admin);
  saved = a_save_type (c->t->store, purchase, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_approval_type_get_name (saved), ==, "采购申请");
  g_assert_cmpuint (ops_approval_type_get_n_levels (saved), ==, 1);
  g_assert_cmpstr (ops_approval_level_get_label (ops_approval_type_get_level (saved, 0)), ==, "王建国");

  /* The same prefix again is refused: numbers must stay unique. */
  ops_approval_type_set_code (purchase, "purchase-2");
  dup = a_save_type (c->t->store, purchase, &error);
  g_assert_null (dup);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Bad chains: no level; a deadline of 31 days; a level with both. */
  ops_approval_type_set_code (purchase, "purchase-3");
  ops_approval_type_set_prefix (purchase, "PURCHASETHREE");
  dup = a_save_type (c->t->store, purchase, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ops_approval_type_set_prefix (purchase, "PURCH3");
  ops_approval_level_set_deadline_days (level, 31);
  dup = a_save_type (c->t->store, purchase, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ops_approval_level_set_deadline_days (level, 2);
  ops_approval_level_set_role (level, OPS_ROLE_HR);
  dup = a_save_type (c->t->store, purchase, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ops_approval_type_clear_levels (purchase);
  dup = a_save_type (c->t->store, purchase, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A small company shortens the built-in chain to one level. */
  ops_approval_type_remove_level (policy, 2);
  ops_approval_type_remove_level (policy, 1);
  ops_approval_type_set_prefix (policy, "CHANGED");
  shortened = a_save_type (c->t->store, policy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ops_approval_type_get_n_levels (shortened), ==, 1);
  g_assert_cmpstr (ops_approval_type_get_prefix (shortened), ==, "POLICY");   /* fixed */
  g_assert_true (t_changes_contain (c->t, "approvals"));

  /* Built-ins are never deleted; a used type neither; an unused one is. */
  g_assert_false (a_delete_type (c->t->store, c->policy, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  as (c, c->applicant);
  draft (c, "采购笔记本", ops_approval_type_get_id (saved), "办公", FALSE);
  as (c, c->admin);
  g_assert_false (a_delete_type (c->t->store, ops_approval_type_get_id (saved), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  {
    g_autoptr(OpsApprovalType) unused = ops_approval_type_new ();
    g_autoptr(OpsApprovalType) unused_saved = NULL;
    g_autoptr(OpsApprovalLevel) gm_level = ops_approval_level_new_full (1, OPS_ROLE_GENERAL_MANAGER, 0);

    ops_approval_type_set_code (unused, "seal");
    ops_approval_type_set_name (unused, "用印申请");
    ops_approval_type_set_prefix (unused, "SEAL");
    ops_approval_type_append_level (unused, gm_level);
    unused_saved = a_save_type (c->t->store, unused, &error);
    g_assert_no_error (error);
    g_assert_true (a_delete_type (c->t->store, ops_approval_type_get_id (unused_saved), &error));
    g_assert_no_error (error);
  }

  company_free (c);
}

static void
test_seed_flow (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(OpsApprovalRequest) edit = NULL;
  g_autoptr(OpsApprovalRequest) returned = NULL;
  g_autoptr(OpsApprovalRequest) resubmitted = NULL;
  g_autoptr(OpsApprovalRequest) approved = NULL;
  g_autoptr(OpsApprovalRequest) stamped = NULL;
  g_autoptr(OpsApprovalRequest) refused = NULL;
  g_autoptr(OpsCalendar) calendar = NULL;
  g_autoptr(GListModel) trail = NULL;
  g_autofree char *today = today_iso (0);
  g_autofree char *expected_due = NULL;
  g_autofree char *number = NULL;
  GDate start, due;
  gint64 id;

  as (c, c->applicant);
  id = draft (c, "2023年费用报销制度", c->policy, "规范费用报销", FALSE);

  /* Only the applicant submits. */
  as (c, c->colleague);
  refused = a_submit (c->t->store, id, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  /* Nobody decides a draft. */
  decide_refused (c, c->head, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);

  as (c, c->applicant);
  request = a_submit (c->t->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_approval_request_get_state (request), ==, OPS_APPROVAL_STATE_PENDING);
  g_assert_cmpuint (ops_approval_request_get_round (request), ==, 1);
  g_assert_cmpuint (ops_approval_request_get_current_level (request), ==, 1);
  g_assert_cmpuint (ops_approval_request_get_level_count (request), ==, 3);
  g_assert_cmpint (ops_approval_request_get_current_approver_id (request), ==, c->head);
  g_assert_cmpstr (ops_approval_request_get_chain_label (request), ==,
                   "Department head-Division leader-General manager");
  g_assert_cmpstr (ops_approval_request_get_opinion (request), ==, "");
  g_assert_false (ops_approval_request_get_overdue (request));
  /* Due: 1 working day after today on the company calendar. */
  calendar = t_load_calendar (c->t->store, &error);
  g_assert_true (ops_date_parse_iso (today, &start));
  ops_approval_step_due (calendar, &start, 1, &due);
  expected_due = ops_date_to_iso (&due);
  g_assert_cmpstr (ops_approval_request_get_step_due_date (request), ==, expected_due);
  /* A submitted request is no longer editable. */
  ops_approval_request_set_purpose (request, "改");
  edit = a_save (c->t->store, request, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&request);

  /* Wrong person: the division leader, the applicant, the GM. */
  decide_refused (c, c->leader, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_PERMISSION_DENIED);
  decide_refused (c, c->applicant, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_PERMISSION_DENIED);
  decide_refused (c, c->gm, id, OPS_APPROVAL_DECISION_REJECT, "不行", OPS_STORE_ERROR_PERMISSION_DENIED);

  request = decide_ok (c, c->head, id, OPS_APPROVAL_DECISION_APPROVE, NULL);
  g_assert_cmpuint (ops_approval_request_get_current_level (request), ==, 2);
  g_assert_cmpint (ops_approval_request_get_current_approver_id (request), ==, c->leader);
  g_assert_true (ops_approval_request_get_has_decision (request));
  g_clear_object (&request);

  /* Withdrawal after a decision is refused. */
  as (c, c->applicant);
  refused = a_withdraw (c->t->store, id, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Return needs a comment. */
  decide_refused (c, c->leader, id, OPS_APPROVAL_DECISION_RETURN, "  ", OPS_STORE_ERROR_INVALID);
  returned = decide_ok (c, c->leader, id, OPS_APPROVAL_DECISION_RETURN, "需补充差旅费标准");
  g_assert_cmpint (ops_approval_request_get_state (returned), ==, OPS_APPROVAL_STATE_RETURNED);
  g_assert_cmpuint (ops_approval_request_get_current_level (returned), ==, 0);
  g_assert_cmpstr (ops_approval_request_get_opinion (returned), ==,
                   "Department head:Approved;Division leader:需补充差旅费标准");
  /* Nobody decides a returned request. */
  decide_refused (c, c->leader, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);

  /* The applicant edits it (others may not) and resubmits: round 2. */
  ops_approval_request_set_purpose (returned, "规范费用报销；新增差旅费标准");
  as (c, c->colleague);
  edit = a_save (c->t->store, returned, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as (c, c->applicant);
  edit = a_save (c->t->store, returned, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_approval_request_get_purpose (edit), ==, "规范费用报销；新增差旅费标准");
  resubmitted = a_submit (c->t->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ops_approval_request_get_round (resubmitted), ==, 2);
  g_assert_cmpuint (ops_approval_request_get_current_level (resubmitted), ==, 1);
  g_assert_false (ops_approval_request_get_has_decision (resubmitted));
  /* Until round 2 is decided, the column still shows round 1 (the seed). */
  g_assert_cmpstr (ops_approval_request_get_opinion (resubmitted), ==,
                   "Department head:Approved;Division leader:需补充差旅费标准");

  /* The trail keeps the history and shows what changed. */
  trail = a_audit (c->t->store, id, &error);
  g_assert_no_error (error);
  {
    const OpsAuditAction expected[] = { OPS_AUDIT_CREATE, OPS_AUDIT_SUBMIT, OPS_AUDIT_APPROVE,
                                        OPS_AUDIT_RETURN, OPS_AUDIT_EDIT, OPS_AUDIT_RESUBMIT };
    g_autoptr(OpsAuditEntry) ret = NULL;
    g_autoptr(OpsAuditEntry) resubmit = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (trail), ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(OpsAuditEntry) entry = g_list_model_get_item (trail, i);

        g_assert_cmpint (ops_audit_entry_get_action (entry), ==, expected[i]);
        g_assert_cmpstr (ops_audit_entry_get_os_user (entry), ==, g_get_user_name ());
        g_assert_cmpuint (strlen (ops_audit_entry_get_hash (entry)), ==, 64);
      }
    ret = g_list_model_get_item (trail, 3);
    g_assert_cmpstr (ops_audit_entry_get_comment (ret), ==, "需补充差旅费标准");
    g_assert_cmpstr (ops_audit_entry_get_actor_name (ret), ==, "赵国庆");
    g_assert_cmpuint (ops_audit_entry_get_level (ret), ==, 2);
    g_assert_cmpstr (ops_audit_entry_get_level_label (ret), ==, "Division leader");
    resubmit = g_list_model_get_item (trail, 5);
    g_assert_cmpuint (ops_audit_entry_get_round (resubmit), ==, 2);
    g_assert_cmpstr (ops_audit_entry_get_comment (resubmit), ==,
                     "Purpose: 规范费用报销 → 规范费用报销；新增差旅费标准");
  }

  /* Round 2 through every level; the final approval numbers it. */
  approved = approve_all (c, id);
  number = g_strdup_printf ("POLICY-%d-001", current_year ());
  g_assert_cmpint (ops_approval_request_get_state (approved), ==, OPS_APPROVAL_STATE_APPROVED);
  g_assert_cmpstr (ops_approval_request_get_archive_number (approved), ==, number);
  g_assert_cmpstr (ops_approval_request_get_opinion (approved), ==,
                   "Department head:Approved;Division leader:Approved;General manager:同意");
  decide_refused (c, c->gm, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);

  /* Administration sees the stamp to do in My Work. */
  as (c, c->admin);
  {
    g_autoptr(GListModel) work = a_my_work (c->t->store, &error);
    g_autoptr(OpsWorkItem) item = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (work), ==, 1);
    item = g_list_model_get_item (work, 0);
    g_assert_cmpint (ops_work_item_get_record_id (item), ==, id);
    g_assert_nonnull (strstr (ops_work_item_get_detail (item), number));
  }

  /* Administration stamps and distributes, once, with a recipient. */
  as (c, c->gm);
  stamped = a_stamp (c->t->store, id, "全体员工", &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as (c, c->admin);
  stamped = a_stamp (c->t->store, id, " ", &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  stamped = a_stamp (c->t->store, id, "全体员工", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_approval_request_get_stamped_at (stamped), >, 0);
  g_assert_cmpstr (ops_approval_request_get_stamped_by_name (stamped), ==, "徐丽");
  g_assert_cmpstr (ops_approval_request_get_distributed_to (stamped), ==, "全体员工");
  g_clear_object (&stamped);
  stamped = a_stamp (c->t->store, id, "再来一次", &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GListModel) work = a_my_work (c->t->store, &error);

    g_assert_cmpuint (g_list_model_get_n_items (work), ==, 0);
  }

  g_assert_true (a_verify (c->t->store, NULL, &error));
  g_assert_no_error (error);
  company_free (c);
}

static void
test_reject_withdraw (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsApprovalRequest) rejected = NULL;
  g_autoptr(OpsApprovalRequest) withdrawn = NULL;
  g_autoptr(OpsApprovalRequest) refused = NULL;
  gint64 one, two;

  as (c, c->applicant);
  one = draft (c, "差旅报销", c->expense, "出差", FALSE);
  submit_ok (c, one);
  two = draft (c, "招待费", c->expense, "客户", FALSE);
  submit_ok (c, two);

  /* Reject needs a reason, and is final. */
  decide_refused (c, c->head, one, OPS_APPROVAL_DECISION_REJECT, NULL, OPS_STORE_ERROR_INVALID);
  rejected = decide_ok (c, c->head, one, OPS_APPROVAL_DECISION_REJECT, "预算不足");
  g_assert_cmpint (ops_approval_request_get_state (rejected), ==, OPS_APPROVAL_STATE_REJECTED);
  g_assert_cmpstr (ops_approval_request_get_opinion (rejected), ==, "Department head:预算不足");
  decide_refused (c, c->head, one, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);
  as (c, c->applicant);
  refused = a_submit (c->t->store, one, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  refused = a_withdraw (c->t->store, one, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Withdrawal: the applicant only, before a decision. */
  as (c, c->head);
  refused = a_withdraw (c->t->store, two, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as (c, c->applicant);
  withdrawn = a_withdraw (c->t->store, two, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_approval_request_get_state (withdrawn), ==, OPS_APPROVAL_STATE_WITHDRAWN);
  decide_refused (c, c->head, two, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);

  /* Nobody chosen: refused with the way out. */
  as (c, 0);
  refused = a_withdraw (c->t->store, two, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "Switch User"));
  g_clear_error (&error);

  /* The applicant deletes a withdrawn request; the trail stays. */
  as (c, c->applicant);
  g_assert_true (a_delete (c->t->store, two, &error));
  g_assert_no_error (error);
  refused = a_get (c->t->store, two, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(GListModel) trail = a_audit (c->t->store, two, &error);
    g_autoptr(OpsAuditEntry) last = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (trail), ==, 4);
    last = g_list_model_get_item (trail, 3);
    g_assert_cmpint (ops_audit_entry_get_action (last), ==, OPS_AUDIT_DELETE);
    g_assert_cmpstr (ops_audit_entry_get_request_name (last), ==, "招待费");
  }
  /* A rejected one: only administration deletes it. */
  g_assert_false (a_delete (c->t->store, one, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  company_free (c);
}

static void
test_unresolvable_chain (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsApprovalRequest) refused = NULL;
  g_autoptr(OpsApprovalRequest) request = NULL;
  gint64 loner, id;

  /* Someone without a department: "department head" cannot be found. */
  loner = t_add_person (c->t->store, "无部门", 0, OPS_ROLE_STAFF);
  as (c, loner);
  id = draft (c, "申请", c->expense, "用途", FALSE);
  refused = a_submit (c->t->store, id, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "People"));
  g_clear_error (&error);
  request = a_get (c->t->store, id, &error);
  g_assert_cmpint (ops_approval_request_get_state (request), ==, OPS_APPROVAL_STATE_DRAFT);

  /* The head applying skips their own level. */
  g_clear_object (&request);
  as (c, c->head);
  id = draft (c, "部门预算", c->expense, "用途", FALSE);
  request = a_submit (c->t->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ops_approval_request_get_level_count (request), ==, 2);
  g_assert_cmpint (ops_approval_request_get_current_approver_id (request), ==, c->leader);
  g_assert_cmpstr (ops_approval_request_get_chain_label (request), ==, "Division leader-General manager");

  company_free (c);
}

static void
test_substitutes (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsSubstitute) substitute = ops_substitute_new ();
  g_autoptr(OpsSubstitute) saved = NULL;
  g_autoptr(OpsSubstitute) refused = NULL;
  g_autoptr(OpsApprovalRequest) done = NULL;
  g_autoptr(GListModel) waiting = NULL;
  g_autoptr(GListModel) trail = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *yesterday = today_iso (-1);
  g_autofree char *past_start = today_iso (-9);
  g_autofree char *today = today_iso (0);
  g_autofree char *later = today_iso (3);
  OpsApprovalFilter filter;
  gint64 id, other;

  as (c, c->applicant);
  id = draft (c, "外部培训", c->expense, "培训", FALSE);
  submit_ok (c, id);
  other = draft (c, "办公用品", c->expense, "采购", FALSE);
  submit_ok (c, other);

  /* Outside the dates: a range that ended yesterday. */
  ops_substitute_set_person_id (substitute, c->head);
  ops_substitute_set_substitute_id (substitute, c->assistant);
  ops_substitute_set_from_date (substitute, past_start);
  ops_substitute_set_to_date (substitute, yesterday);
  /* Only the person themself or administration names a substitute. */
  as (c, c->colleague);
  refused = a_save_substitute (c->t->store, substitute, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as (c, c->head);
  saved = a_save_substitute (c->t->store, substitute, &error);
  g_assert_no_error (error);
  decide_refused (c, c->assistant, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_PERMISSION_DENIED);

  /* Bad ranges and people are refused. */
  as (c, c->head);
  ops_substitute_set_from_date (substitute, later);
  ops_substitute_set_to_date (substitute, today);
  refused = a_save_substitute (c->t->store, substitute, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ops_substitute_set_substitute_id (substitute, c->head);
  ops_substitute_set_from_date (substitute, today);
  ops_substitute_set_to_date (substitute, later);
  refused = a_save_substitute (c->t->store, substitute, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Inside the dates (today is the first day, inclusive). */
  ops_substitute_set_id (substitute, ops_substitute_get_id (saved));
  ops_substitute_set_substitute_id (substitute, c->assistant);
  g_clear_object (&saved);
  saved = a_save_substitute (c->t->store, substitute, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_substitute_get_substitute_name (saved), ==, "李娜");
  g_assert_true (ops_substitute_covers_date (saved, today));
  g_assert_false (ops_substitute_covers_date (saved, yesterday));
  list = a_list_substitutes (c->t->store, c->head, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  as (c, c->assistant);
  ops_approval_filter_init (&filter);
  filter.scope = OPS_APPROVAL_SCOPE_WAITING_FOR_ME;
  waiting = a_list (c->t->store, &filter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (waiting), ==, 2);
  {
    g_autoptr(OpsApprovalRequest) first = g_list_model_get_item (waiting, 0);

    g_assert_true (ops_approval_request_get_actionable (first));
    g_assert_cmpstr (ops_approval_request_get_acting_for_name (first), ==, "钱志强");
  }

  done = decide_ok (c, c->assistant, id, OPS_APPROVAL_DECISION_APPROVE, "代为同意");
  g_assert_cmpuint (ops_approval_request_get_current_level (done), ==, 2);
  trail = a_audit (c->t->store, id, &error);
  {
    g_autoptr(OpsAuditEntry) entry = g_list_model_get_item (trail, g_list_model_get_n_items (trail) - 1);
    g_autofree char *label = ops_audit_entry_dup_actor_label (entry);

    g_assert_cmpint (ops_audit_entry_get_action (entry), ==, OPS_AUDIT_APPROVE);
    g_assert_cmpint (ops_audit_entry_get_actor_id (entry), ==, c->assistant);
    g_assert_cmpint (ops_audit_entry_get_on_behalf_of_id (entry), ==, c->head);
    g_assert_cmpstr (label, ==, "李娜 for 钱志强");
  }
  /* The substitute of level 1 is not the approver of level 2. */
  decide_refused (c, c->assistant, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_PERMISSION_DENIED);

  /* Removed: the substitute can no longer act. */
  as (c, c->admin);
  g_assert_true (a_remove_substitute (c->t->store, ops_substitute_get_id (saved), &error));
  g_assert_no_error (error);
  decide_refused (c, c->assistant, other, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_PERMISSION_DENIED);

  company_free (c);
}

/* Inserts a meeting with one resolution (not final) straight into the file. */
static void
add_meeting (Company *c,
             gint64  *meeting_id,
             gint64  *resolution_id)
{
  sqlite3 *db = t_sqlite_open (c->t->path);
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO meetings (topic, host_id, note_taker_id, starts_at, ends_at, place_kind, place, created, updated)"
    " VALUES ('年度预算专题会', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1000, 4600, 'room', '一号会议室', 0, 0);"
    "INSERT INTO meeting_resolutions (meeting_id, position, conclusion) VALUES (last_insert_rowid(), 0, '通过预算');",
    c->gm, c->admin);

  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  *resolution_id = t_sqlite_int (db, "SELECT max(id) FROM meeting_resolutions");
  *meeting_id = t_sqlite_int (db, "SELECT max(id) FROM meetings");
  sqlite3_close (db);
}

static void
test_major_item (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsApprovalRequest) one = NULL;
  g_autoptr(OpsApprovalRequest) two = NULL;
  g_autoptr(OpsApprovalRequest) linked = NULL;
  g_autoptr(OpsApprovalRequest) refused = NULL;
  g_autoptr(OpsApprovalRequest) approved = NULL;
  g_autoptr(GListModel) for_meeting = NULL;
  OpsApprovalFilter filter;
  gint64 id, meeting, resolution, other_meeting, other_resolution;
  sqlite3 *db;

  as (c, c->applicant);
  id = draft (c, "2027年度预算方案", c->policy, "年度预算", TRUE);
  submit_ok (c, id);
  one = decide_ok (c, c->head, id, OPS_APPROVAL_DECISION_APPROVE, NULL);
  two = decide_ok (c, c->leader, id, OPS_APPROVAL_DECISION_APPROVE, NULL);

  /* The final level cannot approve without a meeting … */
  decide_refused (c, c->gm, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);

  add_meeting (c, &meeting, &resolution);
  add_meeting (c, &other_meeting, &other_resolution);
  /* Only the applicant or the current approver link; the resolution must
   * be the meeting's own. */
  as (c, c->colleague);
  refused = a_link (c->t->store, id, meeting, resolution, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as (c, c->gm);
  refused = a_link (c->t->store, id, meeting, other_resolution, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* … nor with a meeting that has no resolution on it … */
  linked = a_link (c->t->store, id, meeting, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_approval_request_get_meeting_topic (linked), ==, "年度预算专题会");
  decide_refused (c, c->gm, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);
  g_clear_object (&linked);
  /* … nor while the resolution is not final. */
  linked = a_link (c->t->store, id, meeting, resolution, &error);
  g_assert_no_error (error);
  g_assert_false (ops_approval_request_get_resolution_finalised (linked));
  decide_refused (c, c->gm, id, OPS_APPROVAL_DECISION_APPROVE, NULL, OPS_STORE_ERROR_INVALID);
  /* Return and reject need no meeting. */

  db = t_sqlite_open (c->t->path);
  t_exec_printf (db, "UPDATE meeting_resolutions SET finalised = 1, finalised_at = 5000,"
                     " owner_id = %" G_GINT64_FORMAT ", due_date = '2026-12-31'"
                     " WHERE id = %" G_GINT64_FORMAT, c->admin, resolution);
  sqlite3_close (db);

  approved = decide_ok (c, c->gm, id, OPS_APPROVAL_DECISION_APPROVE, NULL);
  g_assert_cmpint (ops_approval_request_get_state (approved), ==, OPS_APPROVAL_STATE_APPROVED);
  g_assert_true (ops_approval_request_get_resolution_finalised (approved));

  /* The meeting shows the request. */
  ops_approval_filter_init (&filter);
  filter.meeting_id = meeting;
  for_meeting = a_list (c->t->store, &filter, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (for_meeting), ==, 1);
  g_clear_object (&for_meeting);
  filter.meeting_id = other_meeting;
  for_meeting = a_list (c->t->store, &filter, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (for_meeting), ==, 0);

  /* A final request cannot be relinked. */
  refused = a_link (c->t->store, id, 0, 0, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  company_free (c);
}

static char *
approve_new (Company *c,
             const char *name)
{
  g_autoptr(OpsApprovalRequest) approved = NULL;
  gint64 id;

  as (c, c->applicant);
  id = draft (c, name, c->policy, "用途", FALSE);
  submit_ok (c, id);
  approved = approve_all (c, id);
  return g_strdup (ops_approval_request_get_archive_number (approved));
}

static void
test_numbers (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *n1 = approve_new (c, "一号制度");
  g_autofree char *n2 = NULL;
  g_autofree char *n3 = NULL;
  g_autofree char *n4 = NULL;
  g_autofree char *n5 = NULL;
  g_autofree char *backup = g_build_filename (c->t->dir, "older.db", NULL);
  g_autofree char *numbers = ops_store_dup_numbers_path_for_testing (c->t->store);
  g_autoptr(GListModel) all = NULL;
  int year = current_year ();
  g_autofree char *e1 = g_strdup_printf ("POLICY-%d-001", year);
  g_autofree char *e3 = g_strdup_printf ("POLICY-%d-003", year);
  g_autofree char *e4 = g_strdup_printf ("POLICY-%d-004", year);
  g_autofree char *e5 = g_strdup_printf ("POLICY-%d-005", year);
  g_autofree char *written = NULL;
  gint64 second_id;

  g_assert_cmpstr (n1, ==, e1);
  n2 = approve_new (c, "二号制度");

  /* Deleting the request that holds number 2 does not free the number. */
  all = a_list (c->t->store, NULL, NULL, &error);
  {
    g_autoptr(OpsApprovalRequest) newest = g_list_model_get_item (all, 0);

    g_assert_cmpstr (ops_approval_request_get_archive_number (newest), ==, n2);
    second_id = ops_approval_request_get_id (newest);
  }
  as (c, c->applicant);
  g_assert_false (a_delete (c->t->store, second_id, &error));  /* not the applicant's to delete */
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  as (c, c->admin);
  g_assert_true (a_delete (c->t->store, second_id, &error));
  g_assert_no_error (error);
  n3 = approve_new (c, "三号制度");
  g_assert_cmpstr (n3, ==, e3);

  /* A backup now knows numbers up to 3. */
  g_free (t_backup (c->t->store, backup, &error));
  g_assert_no_error (error);
  n4 = approve_new (c, "四号制度");
  g_assert_cmpstr (n4, ==, e4);
  g_assert_true (g_file_get_contents (numbers, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "=4"));

  /* Restoring the older backup does not hand out 4 again. */
  g_assert_true (t_restore (c->t->store, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (t_file_int (c->t->path, "SELECT last_seq FROM approval_number_counters WHERE prefix = 'POLICY'"),
                   ==, 3);
  n5 = approve_new (c, "五号制度");
  g_assert_cmpstr (n5, ==, e5);

  company_free (c);
}

static void
test_tamper (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *n1 = approve_new (c, "一号制度");
  gint64 bad = -1;
  gint64 rows, k;
  sqlite3 *db;

  g_assert_true (a_verify (c->t->store, &bad, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bad, ==, 0);

  db = t_sqlite_open (c->t->path);
  rows = t_sqlite_int (db, "SELECT count(*) FROM approval_audit");
  g_assert_cmpint (rows, >=, 6);
  k = 4;

  /* The triggers refuse plain changes. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE approval_audit SET comment = 'x' WHERE id = 4", NULL, NULL, NULL),
                   !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM approval_audit WHERE id = 4", NULL, NULL, NULL), !=, SQLITE_OK);

  /* Around the triggers: row k's comment changed. */
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER approval_audit_no_update;"
                                     "DROP TRIGGER approval_audit_no_delete;"
                                     "CREATE TEMP TABLE saved AS SELECT * FROM approval_audit WHERE id = 4;"
                                     "UPDATE approval_audit SET comment = '改过的意见' WHERE id = 4;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (a_verify (c->t->store, &bad, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT);
  g_assert_cmpint (bad, ==, k);
  g_assert_nonnull (strstr (error->message, "row 4"));
  g_clear_error (&error);

  /* Put it back: intact again. Then delete row k: detected at row k. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE approval_audit SET comment = (SELECT comment FROM saved) WHERE id = 4;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (a_verify (c->t->store, &bad, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM approval_audit WHERE id = 4;", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (a_verify (c->t->store, &bad, &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT);
  g_assert_cmpint (bad, ==, 4);
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO approval_audit SELECT * FROM saved;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_true (a_verify (c->t->store, &bad, &error));

  /* The newest row removed: the head still names it. */
  t_exec_printf (db, "DELETE FROM approval_audit WHERE id = %" G_GINT64_FORMAT, rows);
  g_assert_false (a_verify (c->t->store, &bad, &error));
  g_assert_cmpint (bad, ==, rows);
  g_clear_error (&error);
  sqlite3_close (db);

  company_free (c);
}

static void
test_lists_and_my_work (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) work = NULL;
  g_autoptr(OpsApprovalRequest) returned = NULL;
  OpsApprovalFilter filter;
  guint total = 0;
  gint64 a, b, secret;
  sqlite3 *db;

  as (c, c->applicant);
  a = draft (c, "差旅报销", c->expense, "出差", FALSE);
  submit_ok (c, a);
  b = draft (c, "招待费报销", c->expense, "客户", FALSE);
  submit_ok (c, b);
  secret = draft (c, "草稿", c->policy, "", FALSE);

  /* Others' drafts are not listed; one's own are. */
  as (c, c->head);
  list = a_list (c->t->store, NULL, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 2);
  g_clear_object (&list);
  as (c, c->applicant);
  ops_approval_filter_init (&filter);
  filter.scope = OPS_APPROVAL_SCOPE_MINE;
  list = a_list (c->t->store, &filter, &total, &error);
  g_assert_cmpuint (total, ==, 3);
  g_clear_object (&list);
  filter.state = OPS_APPROVAL_STATE_DRAFT;
  list = a_list (c->t->store, &filter, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_clear_object (&list);
  ops_approval_filter_init (&filter);
  filter.search = "招待";
  list = a_list (c->t->store, &filter, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  g_clear_object (&list);

  /* Overdue: make a's step due a week ago. */
  db = t_sqlite_open (c->t->path);
  t_exec_printf (db, "UPDATE approval_requests SET step_due_date = date('now', '-7 days')"
                     " WHERE id = %" G_GINT64_FORMAT, a);
  sqlite3_close (db);
  ops_approval_filter_init (&filter);
  filter.overdue_only = TRUE;
  list = a_list (c->t->store, &filter, &total, &error);
  g_assert_cmpuint (total, ==, 1);
  {
    g_autoptr(OpsApprovalRequest) first = g_list_model_get_item (list, 0);

    g_assert_cmpint (ops_approval_request_get_id (first), ==, a);
    g_assert_true (ops_approval_request_get_overdue (first));
  }
  g_clear_object (&list);

  /* Waiting for me: the head sees both, the overdue one first. */
  as (c, c->head);
  ops_approval_filter_init (&filter);
  filter.scope = OPS_APPROVAL_SCOPE_WAITING_FOR_ME;
  list = a_list (c->t->store, &filter, &total, &error);
  g_assert_cmpuint (total, ==, 2);
  {
    g_autoptr(OpsApprovalRequest) first = g_list_model_get_item (list, 0);

    g_assert_cmpint (ops_approval_request_get_id (first), ==, a);
  }
  g_clear_object (&list);
  as (c, c->leader);
  list = a_list (c->t->store, &filter, &total, &error);
  g_assert_cmpuint (total, ==, 0);
  g_clear_object (&list);

  /* My Work: the head's two steps, most urgent (overdue) first. */
  as (c, c->head);
  work = a_my_work (c->t->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (work), ==, 2);
  {
    g_autoptr(OpsWorkItem) first = g_list_model_get_item (work, 0);

    g_assert_cmpint (ops_work_item_get_kind (first), ==, OPS_WORK_APPROVAL);
    g_assert_cmpint (ops_work_item_get_urgency (first), ==, OPS_WORK_OVERDUE);
    g_assert_cmpint (ops_work_item_get_record_id (first), ==, a);
    g_assert_cmpstr (ops_work_item_get_page (first), ==, "approvals");
    g_assert_nonnull (ops_work_item_get_due_date (first));
  }
  g_clear_object (&work);

  /* A returned request appears in its applicant's My Work. */
  returned = decide_ok (c, c->head, b, OPS_APPROVAL_DECISION_RETURN, "请附发票");
  as (c, c->applicant);
  work = a_my_work (c->t->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (work), ==, 1);
  {
    g_autoptr(OpsWorkItem) first = g_list_model_get_item (work, 0);

    g_assert_cmpint (ops_work_item_get_kind (first), ==, OPS_WORK_REQUEST);
    g_assert_nonnull (strstr (ops_work_item_get_detail (first), "请附发票"));
  }
  g_assert_cmpint (secret, >, 0);

  company_free (c);
}

static void
test_bad_input (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(OpsApprovalRequest) refused = NULL;
  g_autoptr(OpsApprovalRequest) again = NULL;
  gint64 id;

  as (c, c->applicant);
  id = draft (c, "保存的名称", c->policy, "", FALSE);
  request = a_get (c->t->store, id, &error);
  g_assert_no_error (error);

  ops_approval_request_set_name (request, "   ");
  refused = a_save (c->t->store, request, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ops_approval_request_set_name (request, "新名称");
  ops_approval_request_set_date (request, "2026-02-30");
  refused = a_save (c->t->store, request, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ops_approval_request_set_date (request, "2026-02-28");
  ops_approval_request_set_type_id (request, 9999);
  refused = a_save (c->t->store, request, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Submitting without a purpose is refused; the draft stays. */
  refused = a_submit (c->t->store, id, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  again = a_get (c->t->store, id, &error);
  g_assert_cmpstr (ops_approval_request_get_name (again), ==, "保存的名称");
  g_assert_cmpstr (ops_approval_request_get_date (again), ==, "2023-09-01");
  g_assert_cmpint (ops_approval_request_get_type_id (again), ==, c->policy);
  g_assert_cmpint (ops_approval_request_get_state (again), ==, OPS_APPROVAL_STATE_DRAFT);

  g_assert_true (a_verify (c->t->store, NULL, &error));
  company_free (c);
}

static void
test_files (void)
{
  Company *c = company_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *source_path = g_build_filename (c->t->dir, "差旅费标准.txt", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(OpsApprovalAttachment) file = NULL;
  g_autoptr(OpsApprovalAttachment) refused = NULL;
  g_autoptr(OpsApprovalAttachment) second = NULL;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *contents = NULL;
  gint64 id;

  g_assert_true (g_file_set_contents (source_path, "住宿 500 元/晚", -1, NULL));
  as (c, c->applicant);
  id = draft (c, "2023年费用报销制度", c->policy, "规范", FALSE);

  as (c, c->colleague);
  refused = a_add_file (c->t->store, id, source, "附表", FALSE, &error);
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  as (c, c->applicant);
  file = a_add_file (c->t->store, id, source, "", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_approval_attachment_get_title (file), ==, "差旅费标准.txt");
  stored = ops_store_dup_approval_file_path (c->t->store, file);
  g_assert_true (g_file_get_contents (stored, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "住宿 500 元/晚");
  /* The same file again gets its own name. */
  second = a_add_file (c->t->store, id, source, "附表", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ops_approval_attachment_get_file_name (second), !=, ops_approval_attachment_get_file_name (file));

  request = a_get (c->t->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (request)), ==, 2);
  g_assert_nonnull (ops_approval_request_get_document_file (request));
  g_assert_cmpint (ops_approval_attachment_get_id (ops_approval_request_get_document_file (request)), ==,
                   ops_approval_attachment_get_id (file));

  g_assert_true (a_remove_file (c->t->store, ops_approval_attachment_get_id (second), &error));
  g_assert_no_error (error);
  g_clear_object (&request);
  request = a_get (c->t->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (request)), ==, 1);

  /* Once submitted, files are history. */
  submit_ok (c, id);
  g_assert_false (a_remove_file (c->t->store, ops_approval_attachment_get_id (file), &error));
  g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (g_file_test (stored, G_FILE_TEST_EXISTS));

  /* Returned: a new version belongs to the next round and the
   * resubmission lists it; the first round's file stays. */
  {
    g_autoptr(OpsApprovalRequest) returned = decide_ok (c, c->head, id, OPS_APPROVAL_DECISION_RETURN, "补充附表");
    g_autoptr(OpsApprovalAttachment) version = NULL;
    g_autoptr(OpsApprovalRequest) resubmitted = NULL;
    g_autoptr(GListModel) trail = NULL;
    g_autoptr(OpsAuditEntry) last = NULL;

    as (c, c->applicant);
    g_assert_false (a_remove_file (c->t->store, ops_approval_attachment_get_id (file), &error));
    g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID);
    g_clear_error (&error);
    version = a_add_file (c->t->store, id, source, "新版附表", TRUE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ops_approval_attachment_get_round (version), ==, 2);
    resubmitted = a_submit (c->t->store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ops_approval_request_get_round (resubmitted), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (resubmitted)), ==, 2);
    g_assert_cmpstr (ops_approval_attachment_get_title (ops_approval_request_get_document_file (resubmitted)),
                     ==, "新版附表");
    trail = a_audit (c->t->store, id, &error);
    last = g_list_model_get_item (trail, g_list_model_get_n_items (trail) - 1);
    g_assert_cmpint (ops_audit_entry_get_action (last), ==, OPS_AUDIT_RESUBMIT);
    g_assert_cmpstr (ops_audit_entry_get_comment (last), ==, "Files added: 新版附表");
  }

  company_free (c);
}

static void
test_migrate (void)
{
  for (guint from = 0; from < OPS_STORE_SCHEMA_VERSION; from++)
    {
      TStore *t = t_store_new (FALSE, OPS_STORE_OPEN_NONE);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) types = NULL;
      g_autoptr(OpsApprovalRequest) request = ops_approval_request_new ();
      g_autoptr(OpsApprovalRequest) saved = NULL;

      if (from > 0)
        {
          g_assert_true (ops_store_migrate_file_for_testing (t->path, from, &error));
          g_assert_no_error (error);
          g_assert_cmpint (t_file_int (t->path, "PRAGMA user_version"), ==, from);
          g_assert_cmpint (t_file_int (t->path, "INSERT INTO people (name, created, updated)"
                                                " VALUES ('老员工', 0, 0) RETURNING id"), ==, 1);
        }
      t_open (t, OPS_STORE_OPEN_NONE);
      g_assert_cmpuint (ops_store_get_initial_version (t->store), ==, from);
      g_assert_cmpint (t_file_int (t->path, "PRAGMA user_version"), ==, OPS_STORE_SCHEMA_VERSION);
      types = a_list_types (t->store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (types), ==, 4);

      if (from > 0)
        {
          /* The old person can apply; the request now refers to them. */
          ops_store_set_current_user (t->store, 1);
          ops_approval_request_set_name (request, "迁移后的申请");
          ops_approval_request_set_type_id (request, 1);
          saved = a_save (t->store, request, &error);
          g_assert_no_error (error);
          g_assert_false (t_delete_person (t->store, 1, &error));
          g_assert_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_IN_USE);
        }
      t_store_free (t);
    }
}

typedef struct {
  GPtrArray *rows;
} ExportRows;

static gboolean
collect_request (OpsApprovalRequest *request,
                 gpointer            user_data)
{
  ExportRows *rows = user_data;

  g_ptr_array_add (rows->rows, g_object_ref (request));
  return TRUE;
}

static void
test_demo (void)
{
  TStore *t = t_store_new (TRUE, OPS_STORE_OPEN_DEMO);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  ExportRows export = { rows };
  OpsApprovalRequest *seed = NULL;
  guint states[OPS_APPROVAL_N_STATES] = { 0 };
  guint overdue = 0, major_waiting = 0, stamped = 0;
  gint64 gm;
  guint count = 0;

  gm = t_file_int (t->path, "SELECT id FROM people WHERE name = '王建国'");
  ops_store_set_current_user (t->store, gm);
  all = a_list (t->store, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(OpsApprovalRequest) request = g_list_model_get_item (all, i);

      states[ops_approval_request_get_state (request)]++;
      overdue += ops_approval_request_get_overdue (request);
      stamped += ops_approval_request_get_stamped_at (request) != 0;
      if (ops_approval_request_get_major (request) &&
          ops_approval_request_get_state (request) == OPS_APPROVAL_STATE_PENDING &&
          ops_approval_request_get_current_level (request) == ops_approval_request_get_level_count (request))
        major_waiting++;
    }
  /* Every state but drafts (the draft is 马超's, not listed for 王建国). */
  for (int s = OPS_APPROVAL_STATE_PENDING; s < OPS_APPROVAL_N_STATES; s++)
    g_assert_cmpuint (states[s], >, 0);
  g_assert_cmpuint (overdue, >=, 1);
  g_assert_cmpuint (major_waiting, ==, 1);
  g_assert_cmpuint (stamped, ==, 1);

  /* The seed's row through the export reader. */
  reader = ops_store_reader_new (t->store, &error);
  g_assert_no_error (error);
  g_assert_true (ops_store_reader_count_approvals (reader, "2023-09-01", "2023-09-01", &count, &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (ops_store_reader_foreach_approval (reader, "2023-01-01", "2023-12-31", collect_request,
                                                    &export, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  seed = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (ops_approval_request_get_name (seed), ==, "2023年费用报销制度");
  g_assert_cmpstr (ops_approval_request_get_type_code (seed), ==, "policy");
  g_assert_cmpstr (ops_approval_request_get_applicant_name (seed), ==, "孙丽华");
  g_assert_cmpstr (ops_approval_request_get_date (seed), ==, "2023-09-01");
  g_assert_cmpstr (ops_approval_request_get_chain_label (seed), ==,
                   "Department head-Division leader-General manager");
  g_assert_cmpstr (ops_approval_request_get_opinion (seed), ==,
                   "Department head:Approved;Division leader:需补充差旅费标准");
  g_assert_cmpuint (ops_approval_request_get_round (seed), ==, 2);
  g_assert_cmpint (ops_approval_request_get_state (seed), ==, OPS_APPROVAL_STATE_PENDING);

  /* The trail of the demo is intact, and 王建国 has work waiting. */
  g_assert_true (a_verify (t->store, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) work = a_my_work (t->store, &error);
    guint approvals = 0;

    for (guint i = 0; i < g_list_model_get_n_items (work); i++)
      {
        g_autoptr(OpsWorkItem) item = g_list_model_get_item (work, i);

        approvals += ops_work_item_get_kind (item) == OPS_WORK_APPROVAL;
      }
    g_assert_cmpuint (approvals, ==, 2);
  }

  t_store_free (t);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/approvals/types", test_types);
  g_test_add_func ("/store/approvals/seed-flow", test_seed_flow);
  g_test_add_func ("/store/approvals/reject-withdraw", test_reject_withdraw);
  g_test_add_func ("/store/approvals/unresolvable-chain", test_unresolvable_chain);
  g_test_add_func ("/store/approvals/substitutes", test_substitutes);
  g_test_add_func ("/store/approvals/major-item", test_major_item);
  g_test_add_func ("/store/approvals/numbers", test_numbers);
  g_test_add_func ("/store/approvals/tamper", test_tamper);
  g_test_add_func ("/store/approvals/lists-and-my-work", test_lists_and_my_work);
  g_test_add_func ("/store/approvals/bad-input", test_bad_input);
  g_test_add_func ("/store/approvals/files", test_files);
  g_test_add_func ("/store/approvals/migrate", test_migrate);
  g_test_add_func ("/store/approvals/demo", test_demo);

  return g_test_run ();
}

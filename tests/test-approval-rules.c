/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-approval-rules.c: unit tests of the storage-free approval rules:
 * step deadlines over weekends, holidays and make-up working days, the
 * opinion column (审批意见栏) in the seed's exact form, chain labels, archive
 * numbers, validation, and the canonical form and hash chain of the audit
 * trail; and of the approval model records (chains, files, labels).
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/ops-approval-rules.h"
#include "model/ops-approval-request.h"
#include "model/ops-approval-type.h"
#include "model/ops-audit-entry.h"
#include "model/ops-substitute.h"

static char *
due_iso (OpsCalendar *calendar,
         const char  *started,
         guint        days)
{
  GDate start, due;

  g_assert_true (ops_date_parse_iso (started, &start));
  g_date_clear (&due, 1);
  ops_approval_step_due (calendar, &start, days, &due);
  g_assert_true (g_date_valid (&due));
  return ops_date_to_iso (&due);
}

static void
mark (OpsCalendar *calendar,
      const char  *iso,
      OpsDayKind   kind)
{
  GDate date;

  g_assert_true (ops_date_parse_iso (iso, &date));
  ops_calendar_set_day (calendar, &date, kind);
}

static void
test_default_deadlines (void)
{
  g_assert_cmpint (ops_approval_default_deadline_days (1), ==, 1);
  g_assert_cmpint (ops_approval_default_deadline_days (2), ==, 2);
  g_assert_cmpint (ops_approval_default_deadline_days (3), ==, 3);
  g_assert_cmpint (ops_approval_default_deadline_days (4), ==, 3);
  g_assert_cmpint (ops_approval_default_deadline_days (10), ==, 3);
}

static void
test_due_weekends (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  struct {
    const char *started;
    guint       days;
    const char *due;
  } cases[] = {
    { "2026-11-23", 1, "2026-11-24" },  /* Monday + 1 → Tuesday */
    { "2026-11-26", 2, "2026-11-30" },  /* Thursday + 2 → Monday */
    { "2026-11-27", 1, "2026-11-30" },  /* Friday + 1 → Monday */
    { "2026-11-27", 3, "2026-12-02" },  /* Friday + 3 → Wednesday */
    { "2026-11-28", 1, "2026-11-30" },  /* started on Saturday: Monday */
    { "2026-11-29", 2, "2026-12-01" },  /* started on Sunday: Tuesday */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *due = due_iso (calendar, cases[i].started, cases[i].days);

      g_assert_cmpstr (due, ==, cases[i].due);
    }
}

static void
test_due_holidays (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  /* 国庆节 2026: Oct 1–2 and 5–7 are weekday holidays. */
  mark (calendar, "2026-10-01", OPS_DAY_KIND_HOLIDAY);
  mark (calendar, "2026-10-02", OPS_DAY_KIND_HOLIDAY);
  mark (calendar, "2026-10-05", OPS_DAY_KIND_HOLIDAY);
  mark (calendar, "2026-10-06", OPS_DAY_KIND_HOLIDAY);
  mark (calendar, "2026-10-07", OPS_DAY_KIND_HOLIDAY);

  /* Started Wednesday Sept 30: the next working day is Thursday Oct 8. */
  a = due_iso (calendar, "2026-09-30", 1);
  g_assert_cmpstr (a, ==, "2026-10-08");
  b = due_iso (calendar, "2026-09-30", 2);
  g_assert_cmpstr (b, ==, "2026-10-09");
  /* Started inside the holiday. */
  c = due_iso (calendar, "2026-10-03", 3);
  g_assert_cmpstr (c, ==, "2026-10-12");
}

static void
test_due_makeup_days (void)
{
  g_autoptr(OpsCalendar) calendar = ops_calendar_new ();
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  /* Saturday Oct 10 2026 is a make-up working day (调休). */
  mark (calendar, "2026-10-10", OPS_DAY_KIND_WORKDAY);
  /* Friday + 1: the make-up Saturday. */
  a = due_iso (calendar, "2026-10-09", 1);
  g_assert_cmpstr (a, ==, "2026-10-10");
  /* Friday + 2: Saturday counts, Sunday does not → Monday. */
  b = due_iso (calendar, "2026-10-09", 2);
  g_assert_cmpstr (b, ==, "2026-10-12");
  /* A make-up Sunday next to a holiday Monday. */
  mark (calendar, "2026-02-15", OPS_DAY_KIND_WORKDAY);
  mark (calendar, "2026-02-16", OPS_DAY_KIND_HOLIDAY);
  c = due_iso (calendar, "2026-02-13", 2);
  g_assert_cmpstr (c, ==, "2026-02-17");
}

static void
test_overdue (void)
{
  g_assert_false (ops_approval_is_overdue ("2026-11-26", "2026-11-26"));
  g_assert_true (ops_approval_is_overdue ("2026-11-25", "2026-11-26"));
  g_assert_false (ops_approval_is_overdue ("2026-11-27", "2026-11-26"));
  g_assert_false (ops_approval_is_overdue (NULL, "2026-11-26"));
  g_assert_false (ops_approval_is_overdue ("2026-02-30", "2026-11-26"));
}

static void
test_opinion_column (void)
{
  const char *labels[] = { "部门负责人", "分管领导", "总经理" };
  const char *seed_comments[] = { "同意", "需补充差旅费标准" };
  const char *blank_comments[] = { NULL, "  ", "需补充差旅费标准" };
  g_autofree char *seed = ops_approval_opinion_column (labels, seed_comments, 2);
  g_autofree char *blank = ops_approval_opinion_column (labels, blank_comments, 3);
  g_autofree char *none = ops_approval_opinion_column (NULL, NULL, 0);
  g_autofree char *trimmed = NULL;
  const char *padded[] = { "  同意  " };

  /* Exactly the seed's 审批意见栏. */
  g_assert_cmpstr (seed, ==, "部门负责人:同意;分管领导:需补充差旅费标准");
  /* An approval without a comment reads "Approved" (同意 in Chinese). */
  g_assert_cmpstr (blank, ==, "部门负责人:Approved;分管领导:Approved;总经理:需补充差旅费标准");
  g_assert_cmpstr (none, ==, "");
  trimmed = ops_approval_opinion_column (labels, padded, 1);
  g_assert_cmpstr (trimmed, ==, "部门负责人:同意");
}

static void
test_chain_label (void)
{
  const char *labels[] = { "部门负责人", "分管领导", "总经理" };
  g_autofree char *three = ops_approval_chain_label (labels, 3);
  g_autofree char *one = ops_approval_chain_label (labels, 1);
  g_autofree char *none = ops_approval_chain_label (labels, 0);

  g_assert_cmpstr (three, ==, "部门负责人-分管领导-总经理");
  g_assert_cmpstr (one, ==, "部门负责人");
  g_assert_cmpstr (none, ==, "");
}

static void
test_archive_number (void)
{
  g_autofree char *first = ops_approval_archive_number ("POLICY", 2023, 1);
  g_autofree char *mid = ops_approval_archive_number ("EXPENSE", 2026, 42);
  g_autofree char *big = ops_approval_archive_number ("CONTRACT", 2026, 1234);

  g_assert_cmpstr (first, ==, "POLICY-2023-001");
  g_assert_cmpstr (mid, ==, "EXPENSE-2026-042");
  g_assert_cmpstr (big, ==, "CONTRACT-2026-1234");
}

static void
test_ids (void)
{
  for (int i = 0; i < OPS_APPROVAL_N_STATES; i++)
    {
      const char *id = ops_approval_state_to_id (i);

      g_assert_nonnull (id);
      g_assert_cmpint (ops_approval_state_from_id (id), ==, i);
      g_assert_cmpstr (ops_approval_state_to_label (i), !=, "");
    }
  for (int i = 0; i < OPS_AUDIT_N_ACTIONS; i++)
    {
      const char *id = ops_audit_action_to_id (i);

      g_assert_nonnull (id);
      g_assert_cmpint (ops_audit_action_from_id (id), ==, i);
    }
  g_assert_cmpint (ops_approval_state_from_id ("nonsense"), ==, -1);
  g_assert_cmpint (ops_audit_action_from_id (NULL), ==, -1);
  g_assert_null (ops_approval_state_to_id (OPS_APPROVAL_N_STATES));
  g_assert_cmpstr (ops_approval_state_to_id (OPS_APPROVAL_STATE_RETURNED), ==, "returned");
  g_assert_cmpstr (ops_audit_action_to_id (OPS_AUDIT_LINK_MEETING), ==, "link-meeting");
  g_assert_true (ops_approval_state_is_final (OPS_APPROVAL_STATE_APPROVED));
  g_assert_true (ops_approval_state_is_final (OPS_APPROVAL_STATE_WITHDRAWN));
  g_assert_false (ops_approval_state_is_final (OPS_APPROVAL_STATE_RETURNED));
  g_assert_cmpstr (ops_approval_builtin_type_name ("policy"), ==, "Policy document");
  g_assert_cmpstr (ops_approval_builtin_type_name ("expense"), ==, "Expense claim");
  g_assert_null (ops_approval_builtin_type_name ("purchase"));
}

static void
test_validation (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ops_approval_validate_type_code ("purchase-2", NULL));
  g_assert_false (ops_approval_validate_type_code ("Purchase", &error));
  g_assert_error (error, OPS_APPROVAL_RULES_ERROR, OPS_APPROVAL_RULES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ops_approval_validate_type_code ("2fast", NULL));
  g_assert_false (ops_approval_validate_type_code ("", NULL));
  g_assert_false (ops_approval_validate_type_code ("a b", NULL));

  g_assert_true (ops_approval_validate_type_prefix ("PURCHASE2", NULL));
  g_assert_false (ops_approval_validate_type_prefix ("purchase", NULL));
  g_assert_false (ops_approval_validate_type_prefix ("ABCDEFGHIJKLM", NULL));
  g_assert_false (ops_approval_validate_type_prefix ("A-B", NULL));

  g_assert_true (ops_approval_validate_deadline (1, NULL));
  g_assert_true (ops_approval_validate_deadline (30, NULL));
  g_assert_false (ops_approval_validate_deadline (0, NULL));
  g_assert_false (ops_approval_validate_deadline (31, NULL));

  g_assert_true (ops_approval_validate_decision (OPS_APPROVAL_DECISION_APPROVE, NULL, NULL));
  g_assert_false (ops_approval_validate_decision (OPS_APPROVAL_DECISION_RETURN, " \n", &error));
  g_assert_error (error, OPS_APPROVAL_RULES_ERROR, OPS_APPROVAL_RULES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ops_approval_validate_decision (OPS_APPROVAL_DECISION_REJECT, NULL, NULL));
  g_assert_true (ops_approval_validate_decision (OPS_APPROVAL_DECISION_REJECT, "预算不足", NULL));
}

static void
test_change_line (void)
{
  g_autofree char *line = ops_approval_change_line ("Purpose", "旧", "新");

  g_assert_cmpstr (line, ==, "Purpose: 旧 → 新");
}

static void
test_canonical_row (void)
{
  OpsAuditFields fields = {
    .id = 7, .request_id = 3, .at = 1693530000, .actor_id = 12, .on_behalf_of_id = 0,
    .action = "return", .level = 2, .round = 1, .comment = "需补充差旅费标准", .os_user = "li",
  };
  OpsAuditFields moved = fields;
  OpsAuditFields null_comment = fields;
  g_autofree char *row = ops_audit_canonical_row (&fields);
  g_autofree char *moved_row = NULL;
  g_autofree char *null_row = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *hash_again = NULL;
  g_autofree char *chained = NULL;
  g_autofree char *expected = NULL;

  /* Length-prefixed fields: the comment is 24 bytes of UTF-8. */
  g_assert_cmpstr (row, ==,
                   "opsdesk-audit-v1" "1:7," "1:3," "10:1693530000," "2:12," "1:0," "6:return,"
                   "1:2," "1:1," "24:需补充差旅费标准," "2:li,");

  /* Moving a character between fields changes the serialisation. */
  moved.comment = "需补充差旅费标准l";
  moved.os_user = "i";
  moved_row = ops_audit_canonical_row (&moved);
  g_assert_cmpstr (moved_row, !=, row);
  null_comment.comment = NULL;
  null_row = ops_audit_canonical_row (&null_comment);
  g_assert_nonnull (strstr (null_row, "1:1,-,2:li,"));

  /* The hash is SHA-256 over the previous hash (as a netstring) and the row. */
  hash = ops_audit_row_hash ("", row);
  expected = g_strconcat ("0:,", row, NULL);
  g_assert_cmpuint (strlen (hash), ==, 64);
  {
    g_autofree char *direct = g_compute_checksum_for_string (G_CHECKSUM_SHA256, expected, -1);

    g_assert_cmpstr (hash, ==, direct);
  }
  hash_again = ops_audit_row_hash (NULL, row);
  g_assert_cmpstr (hash, ==, hash_again);
  chained = ops_audit_row_hash (hash, row);
  g_assert_cmpstr (chained, !=, hash);
}

/* The model records --------------------------------------------------------- */

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_model_type_levels (void)
{
  g_autoptr(OpsApprovalType) type = ops_approval_type_new ();
  g_autoptr(OpsApprovalType) copy = NULL;
  g_autoptr(OpsApprovalLevel) head = ops_approval_level_new_full (1, OPS_ROLE_DEPARTMENT_HEAD, 0);
  g_autoptr(OpsApprovalLevel) leader = ops_approval_level_new_full (2, OPS_ROLE_DIVISION_LEADER, 0);
  g_autoptr(OpsApprovalLevel) person = ops_approval_level_new_full (3, 0, 42);
  g_autofree char *chain = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *copied = NULL;

  g_assert_cmpint (ops_approval_level_get_deadline_days (person), ==, 3);
  ops_approval_level_set_person_name (person, "王建国");
  ops_approval_type_append_level (type, head);
  ops_approval_type_append_level (type, leader);
  ops_approval_type_append_level (type, person);
  chain = ops_approval_type_dup_chain_label (type);
  g_assert_cmpstr (chain, ==, "Department head-Division leader-王建国");

  /* Moving renumbers positions; a copy is deep. */
  ops_approval_type_move_level (type, 2, 0);
  moved = ops_approval_type_dup_chain_label (type);
  g_assert_cmpstr (moved, ==, "王建国-Department head-Division leader");
  g_assert_cmpuint (ops_approval_level_get_position (person), ==, 1);
  g_assert_cmpuint (ops_approval_level_get_position (leader), ==, 3);
  copy = ops_approval_type_copy (type);
  ops_approval_type_remove_level (type, 0);
  g_assert_cmpuint (ops_approval_type_get_n_levels (type), ==, 2);
  g_assert_cmpuint (ops_approval_level_get_position (head), ==, 1);
  g_assert_cmpuint (ops_approval_type_get_n_levels (copy), ==, 3);
  copied = ops_approval_type_dup_chain_label (copy);
  g_assert_cmpstr (copied, ==, "王建国-Department head-Division leader");
  g_assert_true (ops_approval_type_get_level (copy, 0) != person);
}

static void
test_model_request (void)
{
  g_autoptr(OpsApprovalRequest) request = ops_approval_request_new ();
  g_autoptr(OpsApprovalRequest) copy = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  OpsApprovalAttachment *old_final = ops_approval_attachment_new ();
  OpsApprovalAttachment *plain = ops_approval_attachment_new ();
  OpsApprovalAttachment *new_final = ops_approval_attachment_new ();
  guint notified = 0;

  g_signal_connect (request, "notify::state-label", G_CALLBACK (count_notify), &notified);
  ops_approval_request_set_state (request, OPS_APPROVAL_STATE_RETURNED);
  ops_approval_request_set_state (request, OPS_APPROVAL_STATE_RETURNED);
  g_assert_cmpuint (notified, ==, 1);   /* only on a real change */
  g_assert_true (ops_approval_request_is_editable (request));
  ops_approval_request_set_state (request, OPS_APPROVAL_STATE_PENDING);
  g_assert_false (ops_approval_request_is_editable (request));

  g_assert_null (ops_approval_request_get_document_file (request));
  ops_approval_attachment_set_final (old_final, TRUE);
  ops_approval_attachment_set_title (old_final, "v1");
  ops_approval_attachment_set_final (new_final, TRUE);
  ops_approval_attachment_set_title (new_final, "v2");
  g_ptr_array_add (files, old_final);
  g_ptr_array_add (files, plain);
  g_ptr_array_add (files, new_final);
  ops_approval_request_set_attachments (request, files);
  g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (request)), ==, 3);
  g_assert_cmpstr (ops_approval_attachment_get_title (ops_approval_request_get_document_file (request)), ==, "v2");

  copy = ops_approval_request_copy (request);
  ops_approval_request_set_attachments (request, NULL);
  g_assert_null (ops_approval_request_get_document_file (request));
  g_assert_cmpuint (g_list_model_get_n_items (ops_approval_request_get_attachments (copy)), ==, 3);
  g_assert_cmpint (ops_approval_request_get_state (copy), ==, OPS_APPROVAL_STATE_PENDING);
}

static void
test_model_audit_and_substitute (void)
{
  g_autoptr(OpsAuditEntry) entry = ops_audit_entry_new ();
  g_autoptr(OpsSubstitute) substitute = ops_substitute_new ();
  g_autofree char *self_label = NULL;
  g_autofree char *for_label = NULL;
  g_autofree char *action_label = NULL;

  ops_audit_entry_set_actor_name (entry, "李娜");
  self_label = ops_audit_entry_dup_actor_label (entry);
  g_assert_cmpstr (self_label, ==, "李娜");
  ops_audit_entry_set_on_behalf_of_id (entry, 3);
  ops_audit_entry_set_on_behalf_of_name (entry, "王建国");
  for_label = ops_audit_entry_dup_actor_label (entry);
  g_assert_cmpstr (for_label, ==, "李娜 for 王建国");
  ops_audit_entry_set_action (entry, OPS_AUDIT_RETURN);
  g_object_get (entry, "action-label", &action_label, NULL);
  g_assert_cmpstr (action_label, ==, "Returned for modification");

  ops_substitute_set_from_date (substitute, "2026-11-25");
  ops_substitute_set_to_date (substitute, "2026-11-27");
  g_assert_true (ops_substitute_covers_date (substitute, "2026-11-25"));
  g_assert_true (ops_substitute_covers_date (substitute, "2026-11-27"));
  g_assert_false (ops_substitute_covers_date (substitute, "2026-11-24"));
  g_assert_false (ops_substitute_covers_date (substitute, "2026-11-28"));
  g_assert_false (ops_substitute_covers_date (substitute, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/approval-rules/deadlines/defaults", test_default_deadlines);
  g_test_add_func ("/approval-rules/deadlines/weekends", test_due_weekends);
  g_test_add_func ("/approval-rules/deadlines/holidays", test_due_holidays);
  g_test_add_func ("/approval-rules/deadlines/make-up-days", test_due_makeup_days);
  g_test_add_func ("/approval-rules/overdue", test_overdue);
  g_test_add_func ("/approval-rules/opinion-column", test_opinion_column);
  g_test_add_func ("/approval-rules/chain-label", test_chain_label);
  g_test_add_func ("/approval-rules/archive-number", test_archive_number);
  g_test_add_func ("/approval-rules/ids", test_ids);
  g_test_add_func ("/approval-rules/validation", test_validation);
  g_test_add_func ("/approval-rules/change-line", test_change_line);
  g_test_add_func ("/approval-rules/canonical-row", test_canonical_row);
  g_test_add_func ("/approval-models/type-levels", test_model_type_levels);
  g_test_add_func ("/approval-models/request", test_model_request);
  g_test_add_func ("/approval-models/audit-and-substitute", test_model_audit_and_substitute);

  return g_test_run ();
}

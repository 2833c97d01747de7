/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-rules.c: the storage-free rules of document approval (see
 * ops-approval-rules.h): ids and labels, deadlines, the opinion column,
 * archive numbers, validation and the audit hash chain.
 */

#define G_LOG_DOMAIN "opsdesk-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ops-approval-rules.h"

G_DEFINE_QUARK (ops-approval-rules-error-quark, ops_approval_rules_error)

typedef struct
{
  const char *id;     /* stored in the database: never translate or change */
  const char *label;  /* N_() source string */
} EnumInfo;

static const EnumInfo states[OPS_APPROVAL_N_STATES] = {
  [OPS_APPROVAL_STATE_DRAFT]     = { "draft",     N_("Draft") },
  [OPS_APPROVAL_STATE_PENDING]   = { "pending",   N_("Pending") },
  [OPS_APPROVAL_STATE_RETURNED]  = { "returned",  N_("Returned for modification") },
  [OPS_APPROVAL_STATE_APPROVED]  = { "approved",  N_("Approved") },
  [OPS_APPROVAL_STATE_REJECTED]  = { "rejected",  N_("Rejected") },
  [OPS_APPROVAL_STATE_WITHDRAWN] = { "withdrawn", N_("Withdrawn") },
};

static const EnumInfo actions[OPS_AUDIT_N_ACTIONS] = {
  [OPS_AUDIT_CREATE]       = { "create",       N_("Created") },
  [OPS_AUDIT_EDIT]         = { "edit",         N_("Edited") },
  [OPS_AUDIT_SUBMIT]       = { "submit",       N_("Submitted") },
  [OPS_AUDIT_RESUBMIT]     = { "resubmit",     N_("Resubmitted") },
  [OPS_AUDIT_APPROVE]      = { "approve",      N_("Approved") },
  [OPS_AUDIT_RETURN]       = { "return",       N_("Returned for modification") },
  [OPS_AUDIT_REJECT]       = { "reject",       N_("Rejected") },
  [OPS_AUDIT_WITHDRAW]     = { "withdraw",     N_("Withdrawn") },
  [OPS_AUDIT_LINK_MEETING] = { "link-meeting", N_("Meeting linked") },
  [OPS_AUDIT_STAMP]        = { "stamp",        N_("Stamped") },
  [OPS_AUDIT_DISTRIBUTE]   = { "distribute",   N_("Distributed") },
  [OPS_AUDIT_ARCHIVE]      = { "archive",      N_("Archived") },
  [OPS_AUDIT_ATTACH]       = { "attach",       N_("File attached") },
  [OPS_AUDIT_DELETE]       = { "delete",       N_("Deleted") },
};

typedef struct
{
  const char *code;
  const char *name;   /* N_() source string */
} BuiltinType;

static const BuiltinType builtin_types[] = {
  /* TRANSLATORS: document type of the approval engine (制度文件) */
  { "policy",   N_("Policy document") },
  /* TRANSLATORS: document type of the approval engine (合同) */
  { "contract", N_("Contract") },
  /* TRANSLATORS: document type of the approval engine (费用报销) */
  { "expense",  N_("Expense claim") },
  /* TRANSLATORS: document type of the approval engine (其他) */
  { "other",    N_("Other") },
};

static int
enum_from_id (const EnumInfo *table,
              guint           n,
              const char     *id)
{
  if (id == NULL)
    return -1;
  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (table[i].id, id) == 0)
        return (int) i;
    }
  return -1;
}

/**
 * ops_approval_state_to_id:
 *
 * Returns: (transfer none) (nullable): the stored id of @state.
 */
const char *
ops_approval_state_to_id (OpsApprovalState state)
{
  if ((guint) state >= G_N_ELEMENTS (states))
    return NULL;
  return states[state].id;
}

int
ops_approval_state_from_id (const char *id)
{
  return enum_from_id (states, G_N_ELEMENTS (states), id);
}

/**
 * ops_approval_state_to_label:
 *
 * Returns: (transfer none): the translated label of @state ("" if unknown).
 */
const char *
ops_approval_state_to_label (OpsApprovalState state)
{
  if ((guint) state >= G_N_ELEMENTS (states))
    return "";
  return _(states[state].label);
}

gboolean
ops_approval_state_is_final (OpsApprovalState state)
{
  return state == OPS_APPROVAL_STATE_APPROVED
         || state == OPS_APPROVAL_STATE_REJECTED
         || state == OPS_APPROVAL_STATE_WITHDRAWN;
}

/**
 * ops_approval_decision_to_label:
 *
 * Returns: (transfer none): "Approve", "Return for modification", "Reject",
 *   translated.
 */
const char *
ops_approval_decision_to_label (OpsApprovalDecision decision)
{
  switch (decision)
    {
    case OPS_APPROVAL_DECISION_APPROVE:
      return _("Approve");
    case OPS_APPROVAL_DECISION_RETURN:
      return _("Return for modification");
    case OPS_APPROVAL_DECISION_REJECT:
      return _("Reject");
    default:
      return "";
    }
}

/**
 * ops_audit_action_to_id:
 *
 * Returns: (transfer none) (nullable): the stored id of @action.
 */
const char *
ops_audit_action_to_id (OpsAuditAction action)
{
  if ((guint) action >= G_N_ELEMENTS (actions))
    return NULL;
  return actions[action].id;
}

int
ops_audit_action_from_id (const char *id)
{
  return enum_from_id (actions, G_N_ELEMENTS (actions), id);
}

/**
 * ops_audit_action_to_label:
 *
 * Returns: (transfer none): the translated label of @action ("" if unknown).
 */
const char *
ops_audit_action_to_label (OpsAuditAction action)
{
  if ((guint) action >= G_N_ELEMENTS (actions))
    return "";
  return _(actions[action].label);
}

/**
 * ops_approval_builtin_type_name:
 *
 * Returns: (transfer none) (nullable): the translated name of the built-in
 *   type @code, or %NULL for any other code.
 */
const char *
ops_approval_builtin_type_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_types); i++)
    {
      if (g_strcmp0 (builtin_types[i].code, code) == 0)
        return _(builtin_types[i].name);
    }
  return NULL;
}

/* Deadlines -------------------------------------------------------------- */

int
ops_approval_default_deadline_days (guint level_position)
{
  if (level_position <= 1)
    return 1;
  if (level_position == 2)
    return 2;
  return 3;
}

void
ops_approval_step_due (const OpsCalendar *cal,
                       const GDate       *started,
                       guint              days,
                       GDate             *due)
{
  g_return_if_fail (cal != NULL);
  g_return_if_fail (started != NULL && g_date_valid (started));
  g_return_if_fail (due != NULL);

  /* The calendar is not changed by the look-up; its API is not const. */
  ops_calendar_add_working_days ((OpsCalendar *) cal, started, days, due);
}

gboolean
ops_approval_is_overdue (const char *due_date,
                         const char *today)
{
  GDate due, now;

  if (!ops_date_parse_iso (due_date, &due) || !ops_date_parse_iso (today, &now))
    return FALSE;
  return g_date_compare (&now, &due) > 0;
}

/* Texts ------------------------------------------------------------------ */

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/**
 * ops_approval_opinion_column:
 *
 * Returns: (transfer full): "label:comment;label:comment".
 */
char *
ops_approval_opinion_column (const char * const *level_labels,
                             const char * const *comments,
                             guint               n)
{
  GString *text;

  g_return_val_if_fail (n == 0 || (level_labels != NULL && comments != NULL), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *comment = g_strstrip (g_strdup (comments[i] != NULL ? comments[i] : ""));

      if (i > 0)
        g_string_append_c (text, ';');
      g_string_append (text, level_labels[i] != NULL ? level_labels[i] : "");
      g_string_append_c (text, ':');
      /* TRANSLATORS: the opinion of an approval without a comment (同意) */
      g_string_append (text, is_blank (comment) ? C_("opinion", "Approved") : comment);
    }
  return g_string_free (text, FALSE);
}

/**
 * ops_approval_chain_label:
 *
 * Returns: (transfer full): the labels joined with "-".
 */
char *
ops_approval_chain_label (const char * const *level_labels,
                          guint               n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, '-');
      g_string_append (text, level_labels[i] != NULL ? level_labels[i] : "");
    }
  return g_string_free (text, FALSE);
}

/**
 * ops_approval_archive_number:
 *
 * Returns: (transfer full): "PREFIX-YEAR-NNN".
 */
char *
ops_approval_archive_number (const char *type_prefix,
                             int         year,
                             guint       seq)
{
  g_return_val_if_fail (type_prefix != NULL, NULL);
  return g_strdup_printf ("%s-%04d-%03u", type_prefix, year, seq);
}

char *
ops_approval_change_line (const char *field_label,
                          const char *old_value,
                          const char *new_value)
{
  /* TRANSLATORS: one changed field of a resubmitted request:
   * "Purpose: old text → new text" */
  return g_strdup_printf (_("%s: %s → %s"), field_label,
                          old_value != NULL ? old_value : "",
                          new_value != NULL ? new_value : "");
}

/* Validation ------------------------------------------------------------- */

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, OPS_APPROVAL_RULES_ERROR,
                       OPS_APPROVAL_RULES_ERROR_INVALID, message);
  return FALSE;
}

gboolean
ops_approval_validate_type_code (const char  *code,
                                 GError     **error)
{
  gsize len = code != NULL ? strlen (code) : 0;

  if (len < 1 || len > 32 || !g_ascii_islower (code[0]))
    return invalid (error, _("The type code must be 1 to 32 characters long and start with a lower-case letter (a–z). Enter a code such as “purchase”."));
  for (gsize i = 0; i < len; i++)
    {
      if (!(g_ascii_islower (code[i]) || g_ascii_isdigit (code[i]) || code[i] == '-'))
        return invalid (error, _("The type code may only contain lower-case letters, digits and “-”. Change the code, for example to “purchase”."));
    }
  return TRUE;
}

gboolean
ops_approval_validate_type_prefix (const char  *prefix,
                                   GError     **error)
{
  gsize len = prefix != NULL ? strlen (prefix) : 0;

  if (len < 1 || len > 12 || !g_ascii_isupper (prefix[0]))
    return invalid (error, _("The archive prefix must be 1 to 12 characters long and start with a capital letter (A–Z). Enter a prefix such as “PURCHASE”."));
  for (gsize i = 0; i < len; i++)
    {
      if (!(g_ascii_isupper (prefix[i]) || g_ascii_isdigit (prefix[i])))
        return invalid (error, _("The archive prefix may only contain capital letters and digits. Change it, for example to “PURCHASE”."));
    }
  return TRUE;
}

gboolean
ops_approval_validate_deadline (int      days,
                                GError **error)
{
  if (days < OPS_APPROVAL_MIN_DEADLINE_DAYS || days > OPS_APPROVAL_MAX_DEADLINE_DAYS)
    {
      g_set_error (error, OPS_APPROVAL_RULES_ERROR, OPS_APPROVAL_RULES_ERROR_INVALID,
                   _("A level’s deadline must be between %d and %d working days. Change the deadline."),
                   OPS_APPROVAL_MIN_DEADLINE_DAYS, OPS_APPROVAL_MAX_DEADLINE_DAYS);
      return FALSE;
    }
  return TRUE;
}

gboolean
ops_approval_validate_decision (OpsApprovalDecision   decision,
                                const char           *comment,
                                GError              **error)
{
  switch (decision)
    {
    case OPS_APPROVAL_DECISION_APPROVE:
      break;
    case OPS_APPROVAL_DECISION_RETURN:
      if (is_blank (comment))
        return invalid (error, _("Returning a request needs a comment. Write what the applicant must change."));
      break;
    case OPS_APPROVAL_DECISION_REJECT:
      if (is_blank (comment))
        return invalid (error, _("Rejecting a request needs a reason. Write why it is rejected."));
      break;
    default:
      return invalid (error, _("Unknown decision. Choose approve, return or reject."));
    }
  if (comment != NULL && g_utf8_strlen (comment, -1) > 2000)
    return invalid (error, _("The comment is longer than 2000 characters. Shorten it."));
  return TRUE;
}

/* Audit chain ------------------------------------------------------------ */

static void
append_text (GString    *out,
             const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "-,");
      return;
    }
  g_string_append_printf (out, "%" G_GSIZE_FORMAT ":", strlen (text));
  g_string_append (out, text);
  g_string_append_c (out, ',');
}

static void
append_int (GString *out,
            gint64   value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  append_text (out, buf);
}

/**
 * ops_audit_canonical_row:
 *
 * Returns: (transfer full): the canonical serialisation of @fields.
 */
char *
ops_audit_canonical_row (const OpsAuditFields *fields)
{
  GString *out;

  g_return_val_if_fail (fields != NULL, NULL);

  out = g_string_new ("opsdesk-audit-v1");
  append_int (out, fields->id);
  append_int (out, fields->request_id);
  append_int (out, fields->at);
  append_int (out, fields->actor_id);
  append_int (out, fields->on_behalf_of_id);
  append_text (out, fields->action);
  append_int (out, fields->level);
  append_int (out, fields->round);
  append_text (out, fields->comment);
  append_text (out, fields->os_user);
  return g_string_free (out, FALSE);
}

/**
 * ops_audit_row_hash:
 *
 * Returns: (transfer full): the lower-case hex SHA-256.
 */
char *
ops_audit_row_hash (const char *prev_hash_hex,
                    const char *canonical_row)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) prev = g_string_new (NULL);

  g_return_val_if_fail (canonical_row != NULL, NULL);

  append_text (prev, prev_hash_hex != NULL ? prev_hash_hex : "");
  g_checksum_update (sum, (const guchar *) prev->str, (gssize) prev->len);
  g_checksum_update (sum, (const guchar *) canonical_row, -1);
  return g_strdup (g_checksum_get_string (sum));
}

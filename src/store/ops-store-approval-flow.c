/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-approval-flow.c: the life of an approval request in the store
 * (SPEC §4): creating and editing drafts, submission with the chain resolved
 * from the applicant's department, decisions (also by a substitute),
 * withdrawal, and archive numbers that are never reused. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store-approvals-private.h"

/* Save (create / edit) ------------------------------------------------------ */

typedef struct {
  gint64    id;
  char     *name;
  gint64    type_id;
  char     *purpose;
  char     *date;
  gboolean  major;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_free (save->name);
  g_free (save->purpose);
  g_free (save->date);
  g_free (save);
}

static gboolean
type_exists (sqlite3     *db,
             gint64       type_id,
             GError     **error)
{
  sqlite3_stmt *stmt = ops_approvals_prepare (db, "SELECT 1 FROM approval_types WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, type_id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                         _("Choose the document type: the one chosen no longer exists."));
  else
    ops_store_set_sqlite_error (error, db, rc, _("read the document types"));
  return FALSE;
}

/* The type's display name for change lists. (transfer full) */
static char *
type_display_name (sqlite3 *db,
                   gint64   type_id)
{
  sqlite3_stmt *stmt;
  char *name = NULL;

  stmt = ops_approvals_prepare (db, "SELECT code, builtin, name FROM approval_types WHERE id = ?1", NULL);
  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, type_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (ops_approvals_type_name (ops_store_column_text (stmt, 0),
                                              sqlite3_column_int (stmt, 1) != 0,
                                              ops_store_column_text (stmt, 2)));
  sqlite3_finalize (stmt);
  return name != NULL ? name : g_strdup ("");
}

/* Appends "Field: old → new" lines for what differs. */
static void
describe_changes (sqlite3     *db,
                  GString     *out,
                  const char  *old_name,
                  gint64       old_type,
                  const char  *old_purpose,
                  const char  *old_date,
                  gboolean     old_major,
                  const char  *new_name,
                  gint64       new_type,
                  const char  *new_purpose,
                  const char  *new_date,
                  gboolean     new_major)
{
  struct {
    const char *label;
    const char *old_value;
    const char *new_value;
  } texts[] = {
    { _("Document name"), old_name, new_name },
    { _("Purpose"), old_purpose, new_purpose },
    { _("Date"), old_date, new_date },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (g_strcmp0 (texts[i].old_value, texts[i].new_value) != 0)
        {
          g_autofree char *line = ops_approval_change_line (texts[i].label, texts[i].old_value,
                                                            texts[i].new_value);
          if (out->len > 0)
            g_string_append_c (out, '\n');
          g_string_append (out, line);
        }
    }
  if (old_type != new_type)
    {
      g_autofree char *old_type_name = type_display_name (db, old_type);
      g_autofree char *new_type_name = type_display_name (db, new_type);
      g_autofree char *line = ops_approval_change_line (_("Type"), old_type_name, new_type_name);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  if (!old_major != !new_major)
    {
      g_autofree char *line = ops_approval_change_line (_("Major item"),
                                                        old_major ? _("Yes") : _("No"),
                                                        new_major ? _("Yes") : _("No"));
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
}

static gboolean
save_approval_op (OpsStore    *self,
                  sqlite3     *db,
                  OpsStoreOp  *op,
                  GError     **error)
{
  SaveData *save = op->data;
  g_autofree char *name = ops_strip_dup (save->name);
  g_autofree char *purpose = ops_strip_dup (save->purpose != NULL ? save->purpose : "");
  g_autofree char *date = ops_strip_dup (save->date != NULL ? save->date : "");
  GError *invalid = NULL;
  gint64 now = ops_store_now ();
  sqlite3_stmt *stmt;
  gint64 id = save->id;

  if (!ops_approvals_require_user (op->current_user, error))
    return FALSE;
  if (*date == '\0')
    {
      g_free (date);
      date = ops_approvals_today ();
    }
  if (!ops_validate_text (_("Document name"), name, -1, TRUE, OPS_MAX_NAME_CHARS, &invalid) ||
      !ops_validate_text (_("Purpose"), purpose, -1, FALSE, OPS_MAX_LONG_CHARS, &invalid) ||
      !ops_validate_date (_("Date"), date, &invalid))
    return ops_store_invalid (invalid, error);
  if (save->type_id == 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("Choose the document type."));
      return FALSE;
    }
  if (!type_exists (db, save->type_id, error))
    return FALSE;

  if (id == 0)
    {
      if (!ops_approvals_require_active (db, op->current_user, error))
        return FALSE;
      stmt = ops_approvals_prepare (db,
                                    "INSERT INTO approval_requests (name, type_id, purpose, applicant_id,"
                                    " department_id, date, major, state, round, current_level, created, updated)"
                                    " VALUES (?1, ?2, ?3, ?4, (SELECT department_id FROM people WHERE id = ?4),"
                                    " ?5, ?6, 'draft', 1, 0, ?7, ?7)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      ops_store_bind_text (stmt, 1, name);
      sqlite3_bind_int64 (stmt, 2, save->type_id);
      ops_store_bind_text (stmt, 3, purpose);
      sqlite3_bind_int64 (stmt, 4, op->current_user);
      ops_store_bind_text (stmt, 5, date);
      sqlite3_bind_int (stmt, 6, save->major ? 1 : 0);
      sqlite3_bind_int64 (stmt, 7, now);
      if (!ops_approvals_exec (db, stmt, _("save the request"), error))
        return FALSE;
      id = sqlite3_last_insert_rowid (db);
      if (!ops_approvals_audit_append (db, id, op->current_user, 0, OPS_AUDIT_CREATE, 0, 1,
                                       name, now, error))
        return FALSE;
    }
  else
    {
      g_auto(OpsApprovalRow) row = { 0 };
      g_autoptr(GString) changes = g_string_new (NULL);

      if (!ops_approvals_load_row (db, id, &row, error) ||
          !ops_approvals_require_applicant (db, &row, op->current_user, _("change it"), error))
        return FALSE;
      if (row.state != OPS_APPROVAL_STATE_DRAFT && row.state != OPS_APPROVAL_STATE_RETURNED)
        return ops_approvals_wrong_state (&row, _("change"), error);

      describe_changes (db, changes, row.name, row.type_id, row.purpose, row.date, row.major,
                        name, save->type_id, purpose, date, save->major);
      if (changes->len == 0)
        return ops_approvals_finish_request (db, op, id, error);

      stmt = ops_approvals_prepare (db,
                                    "UPDATE approval_requests SET name = ?2, type_id = ?3, purpose = ?4,"
                                    " date = ?5, major = ?6, updated = ?7 WHERE id = ?1",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      ops_store_bind_text (stmt, 2, name);
      sqlite3_bind_int64 (stmt, 3, save->type_id);
      ops_store_bind_text (stmt, 4, purpose);
      ops_store_bind_text (stmt, 5, date);
      sqlite3_bind_int (stmt, 6, save->major ? 1 : 0);
      sqlite3_bind_int64 (stmt, 7, now);
      if (!ops_approvals_exec (db, stmt, _("save the request"), error))
        return FALSE;
      if (!ops_approvals_audit_append (db, id, op->current_user, 0, OPS_AUDIT_EDIT, 0, row.round,
                                       changes->str, now, error))
        return FALSE;
    }

  return ops_approvals_finish_request (db, op, id, error);
}

void
ops_store_save_approval_async (OpsStore            *self,
                               OpsApprovalRequest  *request,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  SaveData *save;

  g_return_if_fail (OPS_IS_STORE (self));
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (request));

  save = g_new0 (SaveData, 1);
  save->id = ops_approval_request_get_id (request);
  save->name = g_strdup (ops_approval_request_get_name (request));
  save->type_id = ops_approval_request_get_type_id (request);
  save->purpose = g_strdup (ops_approval_request_get_purpose (request));
  save->date = g_strdup (ops_approval_request_get_date (request));
  save->major = ops_approval_request_get_major (request);

  ops_store_queue (self, save_approval_op, OPS_TXN_WRITE, save, save_data_free,
                   cancellable, ops_store_save_approval_async, callback, user_data);
}

/**
 * ops_store_save_approval_finish:
 *
 * Returns: (transfer full): the saved request, or %NULL.
 */
OpsApprovalRequest *
ops_store_save_approval_finish (OpsStore      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_save_approval_async, NULL, error);
}

/* Submit --------------------------------------------------------------------- */

typedef struct {
  char   *role;          /* NULL for a named person */
  gint64  approver_id;
  int     deadline_days;
} Step;

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->role);
  g_free (step);
}

/* Resolves one level to an active person, or fails saying whom to set. */
static gboolean
resolve_level (sqlite3     *db,
               const char  *role_id,
               gint64       person_id,
               gint64       department_id,
               gint64      *approver_id,
               GError     **error)
{
  OpsRole role = ops_role_from_id (role_id);
  sqlite3_stmt *stmt;
  int rc;

  *approver_id = 0;
  if (role == OPS_ROLE_NONE)
    {
      stmt = ops_approvals_prepare (db, "SELECT id FROM people WHERE id = ?1 AND active = 1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, person_id);
    }
  else if (role == OPS_ROLE_DEPARTMENT_HEAD || role == OPS_ROLE_DIVISION_LEADER)
    {
      if (department_id == 0)
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("The approval chain needs the applicant’s “%s”, but the applicant belongs to no department. Set the applicant’s department in People, then submit again."),
                       ops_role_to_label (role));
          return FALSE;
        }
      stmt = ops_approvals_prepare (db,
                                    role == OPS_ROLE_DEPARTMENT_HEAD
                                      ? "SELECT p.id FROM departments d JOIN people p ON p.id = d.head_id"
                                        " WHERE d.id = ?1 AND p.active = 1"
                                      : "SELECT p.id FROM departments d JOIN people p ON p.id = d.leader_id"
                                        " WHERE d.id = ?1 AND p.active = 1",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, department_id);
    }
  else
    {
      stmt = ops_approvals_prepare (db,
                                    "SELECT p.id FROM people p JOIN person_roles r ON r.person_id = p.id"
                                    " WHERE r.role = ?1 AND p.active = 1 ORDER BY p.id LIMIT 1",
                                    error);
      if (stmt == NULL)
        return FALSE;
      ops_store_bind_text (stmt, 1, role_id);
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *approver_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("find the approvers"));
      return FALSE;
    }

  if (role == OPS_ROLE_NONE)
    g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                         _("A person named in the approval chain is no longer active. Choose another approver for this document type in Preferences → Approval Chains."));
  else if (role == OPS_ROLE_DEPARTMENT_HEAD)
    g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                         _("The applicant’s department has no active head. Set the department’s head in People, then submit again."));
  else if (role == OPS_ROLE_DIVISION_LEADER)
    g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                         _("The applicant’s department has no active division leader. Set the department’s division leader in People, then submit again."));
  else
    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                 _("Nobody active holds the role “%s” needed by the approval chain. Give someone that role in People, then submit again."),
                 ops_role_to_label (role));
  return FALSE;
}

/* The chain of the request's type resolved from the applicant's department.
 * Levels that resolve to the applicant are left out (nobody approves their
 * own request). (transfer full) GPtrArray of Step. */
static GPtrArray *
resolve_chain (sqlite3     *db,
               gint64       request_id,
               gint64       type_id,
               gint64       applicant_id,
               GError     **error)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (step_free);
  gint64 department_id = 0;
  guint n_levels = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, "SELECT coalesce(department_id, 0) FROM approval_requests WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, request_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    department_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (department_id == 0)
    {
      /* The applicant may have joined a department since creating it. */
      stmt = ops_approvals_prepare (db, "SELECT coalesce(department_id, 0) FROM people WHERE id = ?1", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, applicant_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        department_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
    }

  stmt = ops_approvals_prepare (db,
                                "SELECT role, coalesce(person_id, 0), deadline_days FROM approval_levels"
                                " WHERE type_id = ?1 ORDER BY position",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, type_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *role = (const char *) sqlite3_column_text (stmt, 0);
      gint64 approver_id;

      n_levels++;
      if (!resolve_level (db, role, sqlite3_column_int64 (stmt, 1), department_id, &approver_id, error))
        {
          sqlite3_finalize (stmt);
          return NULL;
        }
      if (approver_id != applicant_id)
        {
          Step *step = g_new0 (Step, 1);

          step->role = g_strdup (role);
          step->approver_id = approver_id;
          step->deadline_days = sqlite3_column_int (stmt, 2);
          g_ptr_array_add (steps, step);
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approval chain"));
      return NULL;
    }
  if (n_levels == 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("This document type has no approval chain. Add at least one level in Preferences → Approval Chains."));
      return NULL;
    }
  if (steps->len == 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("Every level of the approval chain is the applicant: nobody else would approve it. Add a level with another approver in Preferences → Approval Chains."));
      return NULL;
    }
  return g_steal_pointer (&steps);
}

/* Today's due date for a step of @days working days. (transfer full) */
static char *
due_date_for (OpsStore  *self,
              sqlite3   *db,
              int        days,
              GError   **error)
{
  g_autoptr(OpsCalendar) calendar = ops_store_read_calendar (db, error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today, due;

  if (calendar == NULL)
    return NULL;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  ops_approval_step_due (calendar, &today, (guint) MAX (days, 1), &due);
  return ops_date_to_iso (&due);
}

static gboolean
start_step (OpsStore    *self,
            sqlite3     *db,
            gint64       request_id,
            guint        round_no,
            guint        level,
            gint64       now,
            GError     **error)
{
  g_autofree char *due = NULL;
  sqlite3_stmt *stmt;
  int days = 1;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT deadline_days FROM approval_steps"
                                " WHERE request_id = ?1 AND round = ?2 AND position = ?3",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, round_no);
  sqlite3_bind_int64 (stmt, 3, level);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    days = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approval chain"));
      return FALSE;
    }

  due = due_date_for (self, db, days, error);
  if (due == NULL)
    return FALSE;
  stmt = ops_approvals_prepare (db,
                                "UPDATE approval_requests SET state = 'pending', round = ?2,"
                                " current_level = ?3, step_started_at = ?4, step_due_date = ?5, updated = ?4"
                                " WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, round_no);
  sqlite3_bind_int64 (stmt, 3, level);
  sqlite3_bind_int64 (stmt, 4, now);
  ops_store_bind_text (stmt, 5, due);
  return ops_approvals_exec (db, stmt, _("move the request to its next level"), error);
}

/* For a resubmission: what changed since round @previous_round was
 * submitted, and which files were added while it was returned (they carry
 * the next round's number). (transfer full) */
static char *
resubmit_changes (sqlite3           *db,
                  const OpsApprovalRow  *row,
                  guint              previous_round,
                  GError           **error)
{
  g_autoptr(GString) changes = g_string_new (NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT name, type_id, purpose, date, major FROM approval_rounds"
                                " WHERE request_id = ?1 AND round = ?2",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, row->id);
  sqlite3_bind_int64 (stmt, 2, previous_round);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    describe_changes (db, changes,
                      ops_store_column_text (stmt, 0), sqlite3_column_int64 (stmt, 1),
                      ops_store_column_text (stmt, 2), ops_store_column_text (stmt, 3),
                      sqlite3_column_int (stmt, 4) != 0,
                      row->name, row->type_id, row->purpose, row->date, row->major);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the previous round"));
      return NULL;
    }

  stmt = ops_approvals_prepare (db, "SELECT title FROM approval_files WHERE request_id = ?1 AND round = ?2 ORDER BY id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, row->id);
  sqlite3_bind_int64 (stmt, 2, row->round + 1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (added, g_strdup (ops_store_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the request's files"));
      return NULL;
    }
  if (added->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (added, NULL);
      /* TRANSLATORS: list separator of file titles */
      list = g_strjoinv (C_("list separator", ", "), (char **) added->pdata);
      if (changes->len > 0)
        g_string_append_c (changes, '\n');
      /* TRANSLATORS: trail comment of a resubmission: the files added */
      g_string_append_printf (changes, _("Files added: %s"), list);
    }
  if (changes->len == 0)
    /* TRANSLATORS: trail comment of a resubmission that changed nothing */
    g_string_append (changes, _("Resubmitted without changes"));
  return g_string_free (g_steal_pointer (&changes), FALSE);
}

gboolean
ops_approvals_insert_round (sqlite3  *db,
                            gint64    request_id,
                            guint     round_no,
                            gint64    submitted_at,
                            GError  **error)
{
  g_auto(OpsApprovalRow) row = { 0 };
  g_autoptr(GPtrArray) steps = NULL;
  sqlite3_stmt *stmt;

  if (!ops_approvals_load_row (db, request_id, &row, error))
    return FALSE;
  steps = resolve_chain (db, request_id, row.type_id, row.applicant_id, error);
  if (steps == NULL)
    return FALSE;

  for (guint i = 0; i < steps->len; i++)
    {
      Step *step = g_ptr_array_index (steps, i);

      stmt = ops_approvals_prepare (db,
                                    "INSERT INTO approval_steps (request_id, round, position, role, approver_id,"
                                    " deadline_days) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, request_id);
      sqlite3_bind_int64 (stmt, 2, round_no);
      sqlite3_bind_int64 (stmt, 3, i + 1);
      ops_store_bind_text (stmt, 4, step->role);
      sqlite3_bind_int64 (stmt, 5, step->approver_id);
      sqlite3_bind_int (stmt, 6, step->deadline_days);
      if (!ops_approvals_exec (db, stmt, _("submit the request"), error))
        return FALSE;
    }

  stmt = ops_approvals_prepare (db,
                                "INSERT INTO approval_rounds (request_id, round, name, type_id, purpose, date,"
                                " major, submitted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, round_no);
  ops_store_bind_text (stmt, 3, row.name);
  sqlite3_bind_int64 (stmt, 4, row.type_id);
  ops_store_bind_text (stmt, 5, row.purpose);
  ops_store_bind_text (stmt, 6, row.date);
  sqlite3_bind_int (stmt, 7, row.major ? 1 : 0);
  sqlite3_bind_int64 (stmt, 8, submitted_at);
  return ops_approvals_exec (db, stmt, _("submit the request"), error);
}

static gboolean
submit_approval_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  g_autofree char *comment = NULL;
  gint64 now = ops_store_now ();
  gboolean resubmit;
  guint new_round;

  if (!ops_approvals_load_row (db, id, &row, error) ||
      !ops_approvals_require_applicant (db, &row, op->current_user, _("submit it"), error))
    return FALSE;
  if (row.state != OPS_APPROVAL_STATE_DRAFT && row.state != OPS_APPROVAL_STATE_RETURNED)
    return ops_approvals_wrong_state (&row, _("submit"), error);
  if (ops_is_blank (row.purpose))
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("Write the purpose of the document before submitting: the approvers need to know what it is for."));
      return FALSE;
    }

  resubmit = row.state == OPS_APPROVAL_STATE_RETURNED;
  new_round = resubmit ? row.round + 1 : row.round;
  if (resubmit)
    {
      comment = resubmit_changes (db, &row, row.round, error);
      if (comment == NULL)
        return FALSE;
    }

  if (!ops_approvals_insert_round (db, id, new_round, now, error))
    return FALSE;

  if (!start_step (self, db, id, new_round, 1, now, error) ||
      !ops_approvals_audit_append (db, id, op->current_user, 0,
                                   resubmit ? OPS_AUDIT_RESUBMIT : OPS_AUDIT_SUBMIT, 0, new_round,
                                   comment != NULL ? comment : "", now, error))
    return FALSE;

  return ops_approvals_finish_request (db, op, id, error);
}

void
ops_store_submit_approval_async (OpsStore            *self,
                                 gint64               id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, submit_approval_op, OPS_TXN_WRITE, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_submit_approval_async, callback, user_data);
}

/**
 * ops_store_submit_approval_finish:
 *
 * Returns: (transfer full): the submitted request, or %NULL.
 */
OpsApprovalRequest *
ops_store_submit_approval_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_submit_approval_async, NULL, error);
}

/* Archive numbers -------------------------------------------------------- */

static char *
numbers_path (OpsStore *self)
{
  return g_strconcat (ops_store_get_path (self), ".numbers", NULL);
}

char *
ops_store_dup_numbers_path_for_testing (OpsStore *self)
{
  return numbers_path (self);
}

/* Issues the next number for @prefix in @year: max(database counter, the
 * high-water file) + 1; writes the file (atomically) before the database
 * commits, so a number once handed out is never handed out again — a
 * rolled-back transaction only leaves a gap. (transfer full) */
static char *
issue_archive_number (OpsStore    *self,
                      sqlite3     *db,
                      const char  *prefix,
                      int          year,
                      GError     **error)
{
  g_autoptr(GKeyFile) numbers = g_key_file_new ();
  g_autoptr(GError) file_error = NULL;
  g_autofree char *path = numbers_path (self);
  g_autofree char *key = g_strdup_printf ("%s-%04d", prefix, year);
  gint64 db_seq = 0, file_seq = 0, seq;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, "SELECT last_seq FROM approval_number_counters WHERE prefix = ?1 AND year = ?2",
                                error);
  if (stmt == NULL)
    return NULL;
  ops_store_bind_text (stmt, 1, prefix);
  sqlite3_bind_int (stmt, 2, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    db_seq = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the archive numbers"));
      return NULL;
    }

  if (!g_key_file_load_from_file (numbers, path, G_KEY_FILE_NONE, &file_error))
    {
      if (!g_error_matches (file_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                       _("Could not read the archive-number record %s: %s. Archive numbers are never reused, so Opsdesk cannot issue one without it. Check the file (it is plain text) or restore it from a backup."),
                       path, file_error->message);
          return NULL;
        }
      g_clear_error (&file_error);
    }
  else if (g_key_file_has_key (numbers, "numbers", key, NULL))
    file_seq = g_key_file_get_int64 (numbers, "numbers", key, NULL);

  seq = MAX (db_seq, file_seq) + 1;

  g_key_file_set_int64 (numbers, "numbers", key, seq);
  if (!g_key_file_save_to_file (numbers, path, &file_error))
    {
      g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_FAILED,
                   _("Could not write the archive-number record %s: %s. Check that the database folder is writable, then approve again."),
                   path, file_error->message);
      return NULL;
    }

  stmt = ops_approvals_prepare (db,
                                "INSERT INTO approval_number_counters (prefix, year, last_seq) VALUES (?1, ?2, ?3)"
                                " ON CONFLICT (prefix, year) DO UPDATE SET last_seq = excluded.last_seq",
                                error);
  if (stmt == NULL)
    return NULL;
  ops_store_bind_text (stmt, 1, prefix);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int64 (stmt, 3, seq);
  if (!ops_approvals_exec (db, stmt, _("record the archive number"), error))
    return NULL;

  return ops_approval_archive_number (prefix, year, (guint) seq);
}

/* Decide ----------------------------------------------------------------------- */

typedef struct {
  gint64               id;
  OpsApprovalDecision  decision;
  char                *comment;
} DecideData;

static void
decide_data_free (gpointer data)
{
  DecideData *decide = data;

  g_free (decide->comment);
  g_free (decide);
}

/* Who acts: the approver themself (on_behalf_of 0) or their substitute. */
static gboolean
check_approver (sqlite3           *db,
                const OpsApprovalRow  *row,
                gint64             user_id,
                gint64            *on_behalf_of,
                GError           **error)
{
  g_autofree char *today = ops_approvals_today ();
  gboolean substitute = FALSE;

  *on_behalf_of = 0;
  if (!ops_approvals_require_user (user_id, error))
    return FALSE;
  if (user_id == row->approver_id)
    return TRUE;
  if (!ops_approvals_is_substitute (db, row->approver_id, user_id, today, &substitute, error))
    return FALSE;
  if (substitute)
    {
      *on_behalf_of = row->approver_id;
      return TRUE;
    }

  {
    g_autofree char *approver = ops_approvals_person_name (db, row->approver_id);

    g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                 _("Only %s, the approver of the current level, or their substitute can decide this step. Switch to that user or ask them."),
                 approver);
  }
  return FALSE;
}

static gboolean
check_major_meeting (sqlite3           *db,
                     const OpsApprovalRow  *row,
                     GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (row->meeting_id == 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("This is a major item: the final approval needs a special meeting. Link the meeting that discussed it (and its resolution) to the request first."));
      return FALSE;
    }
  if (row->resolution_id == 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("This is a major item: the final approval needs the meeting’s resolution on it. Link the resolution of the meeting to the request first."));
      return FALSE;
    }
  stmt = ops_approvals_prepare (db, "SELECT finalised FROM meeting_resolutions WHERE id = ?1 AND meeting_id = ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->resolution_id);
  sqlite3_bind_int64 (stmt, 2, row->meeting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0)
    {
      sqlite3_finalize (stmt);
      return TRUE;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the meeting's resolution"));
      return FALSE;
    }
  g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                       _("This is a major item: the linked meeting’s resolution is not final yet. Finalise the resolution in the meeting’s record, then approve."));
  return FALSE;
}

static gboolean
decide_approval_op (OpsStore    *self,
                    sqlite3     *db,
                    OpsStoreOp  *op,
                    GError     **error)
{
  DecideData *decide = op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  g_autofree char *comment = ops_strip_dup (decide->comment != NULL ? decide->comment : "");
  GError *invalid = NULL;
  gint64 on_behalf_of = 0;
  gint64 now = ops_store_now ();
  OpsAuditAction action;
  sqlite3_stmt *stmt;

  if (!ops_approvals_load_row (db, decide->id, &row, error))
    return FALSE;
  if (row.state != OPS_APPROVAL_STATE_PENDING)
    return ops_approvals_wrong_state (&row, _("decide on"), error);
  if (!check_approver (db, &row, op->current_user, &on_behalf_of, error))
    return FALSE;
  if (!ops_approval_validate_decision (decide->decision, comment, &invalid))
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID, invalid->message);
      g_error_free (invalid);
      return FALSE;
    }

  switch (decide->decision)
    {
    case OPS_APPROVAL_DECISION_APPROVE:
      action = OPS_AUDIT_APPROVE;
      break;
    case OPS_APPROVAL_DECISION_RETURN:
      action = OPS_AUDIT_RETURN;
      break;
    case OPS_APPROVAL_DECISION_REJECT:
    default:
      action = OPS_AUDIT_REJECT;
      break;
    }

  if (action == OPS_AUDIT_APPROVE && row.level >= row.n_steps && row.major &&
      !check_major_meeting (db, &row, error))
    return FALSE;

  if (!ops_approvals_audit_append (db, row.id, op->current_user, on_behalf_of, action, row.level,
                                   row.round, comment, now, error))
    return FALSE;

  if (action == OPS_AUDIT_APPROVE && row.level < row.n_steps)
    {
      if (!start_step (self, db, row.id, row.round, row.level + 1, now, error))
        return FALSE;
    }
  else if (action == OPS_AUDIT_APPROVE)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();
      g_autofree char *prefix = NULL;
      g_autofree char *number = NULL;

      stmt = ops_approvals_prepare (db, "SELECT prefix FROM approval_types WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row.type_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        prefix = g_strdup (ops_store_column_text (stmt, 0));
      sqlite3_finalize (stmt);
      if (prefix == NULL)
        return type_exists (db, row.type_id, error);

      number = issue_archive_number (self, db, prefix, g_date_time_get_year (local), error);
      if (number == NULL)
        return FALSE;
      stmt = ops_approvals_prepare (db,
                                    "UPDATE approval_requests SET state = 'approved', current_level = 0,"
                                    " step_started_at = NULL, step_due_date = NULL, archive_number = ?2,"
                                    " updated = ?3 WHERE id = ?1",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row.id);
      ops_store_bind_text (stmt, 2, number);
      sqlite3_bind_int64 (stmt, 3, now);
      if (!ops_approvals_exec (db, stmt, _("approve the request"), error) ||
          !ops_approvals_audit_append (db, row.id, op->current_user, on_behalf_of, OPS_AUDIT_ARCHIVE,
                                       0, row.round, number, now, error))
        return FALSE;
    }
  else
    {
      stmt = ops_approvals_prepare (db,
                                    "UPDATE approval_requests SET state = ?2, current_level = 0,"
                                    " step_started_at = NULL, step_due_date = NULL, updated = ?3 WHERE id = ?1",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row.id);
      ops_store_bind_text (stmt, 2, action == OPS_AUDIT_RETURN ? "returned" : "rejected");
      sqlite3_bind_int64 (stmt, 3, now);
      if (!ops_approvals_exec (db, stmt, _("record the decision"), error))
        return FALSE;
    }

  return ops_approvals_finish_request (db, op, row.id, error);
}

void
ops_store_decide_approval_async (OpsStore            *self,
                                 gint64               id,
                                 OpsApprovalDecision  decision,
                                 const char          *comment,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  DecideData *decide;

  g_return_if_fail (OPS_IS_STORE (self));

  decide = g_new0 (DecideData, 1);
  decide->id = id;
  decide->decision = decision;
  decide->comment = g_strdup (comment);

  ops_store_queue (self, decide_approval_op, OPS_TXN_WRITE, decide, decide_data_free,
                   cancellable, ops_store_decide_approval_async, callback, user_data);
}

/**
 * ops_store_decide_approval_finish:
 *
 * Returns: (transfer full): the request after the decision, or %NULL.
 */
OpsApprovalRequest *
ops_store_decide_approval_finish (OpsStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_decide_approval_async, NULL, error);
}

/* Withdraw --------------------------------------------------------------------- */

static gboolean
withdraw_approval_op (OpsStore    *self,
                      sqlite3     *db,
                      OpsStoreOp  *op,
                      GError     **error)
{
  gint64 id = *(gint64 *) op->data;
  g_auto(OpsApprovalRow) row = { 0 };
  gint64 now = ops_store_now ();
  sqlite3_stmt *stmt;

  if (!ops_approvals_load_row (db, id, &row, error) ||
      !ops_approvals_require_applicant (db, &row, op->current_user, _("withdraw it"), error))
    return FALSE;
  if (row.state != OPS_APPROVAL_STATE_PENDING)
    return ops_approvals_wrong_state (&row, _("withdraw"), error);
  if (row.level > 1)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
                           _("You cannot withdraw this request: an approver has already decided on it. Ask the current approver to return it instead."));
      return FALSE;
    }

  stmt = ops_approvals_prepare (db,
                                "UPDATE approval_requests SET state = 'withdrawn', current_level = 0,"
                                " step_started_at = NULL, step_due_date = NULL, updated = ?2 WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, now);
  if (!ops_approvals_exec (db, stmt, _("withdraw the request"), error) ||
      !ops_approvals_audit_append (db, id, op->current_user, 0, OPS_AUDIT_WITHDRAW, 0, row.round,
                                   "", now, error))
    return FALSE;

  return ops_approvals_finish_request (db, op, id, error);
}

void
ops_store_withdraw_approval_async (OpsStore            *self,
                                   gint64               id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, withdraw_approval_op, OPS_TXN_WRITE, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_withdraw_approval_async, callback, user_data);
}

/**
 * ops_store_withdraw_approval_finish:
 *
 * Returns: (transfer full): the withdrawn request, or %NULL.
 */
OpsApprovalRequest *
ops_store_withdraw_approval_finish (OpsStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_withdraw_approval_async, NULL, error);
}

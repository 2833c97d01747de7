/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-approvals.c: approval requests in the store (SPEC §4): the
 * helpers the approval files share, reading and listing requests with their
 * derived fields (chain label, opinion column, overdue, who may act), and
 * the My Work collector. The request's life is in ops-store-approval-flow.c,
 * its files, meeting link and stamp in ops-store-approval-files.c, types,
 * chains and substitutes in ops-store-approval-types.c, the audit trail in
 * ops-store-audit.c. */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/ops-validate.h"
#include "store/ops-store-approvals-private.h"

/* Helpers ------------------------------------------------------------------ */

sqlite3_stmt *
ops_approvals_prepare (sqlite3     *db,
                       const char  *sql,
                       GError     **error)
{
  return ops_store_prepare (db, sql, _("read the approvals"), error);
}

char *
ops_approvals_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

const char *
ops_approvals_type_name (const char *code,
                         gboolean    builtin,
                         const char *name)
{
  const char *translated = builtin ? ops_approval_builtin_type_name (code) : NULL;

  return translated != NULL ? translated : name;
}

/* Steps a statement that returns no rows; finalizes it. */
gboolean
ops_approvals_exec (sqlite3       *db,
                    sqlite3_stmt  *stmt,
                    const char    *what,
                    GError       **error)
{
  gboolean done = ops_store_step_done (db, stmt, what, error);

  sqlite3_finalize (stmt);
  return done;
}

gboolean
ops_approvals_not_found (GError **error)
{
  g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND,
                       _("This request no longer exists: someone may have deleted it meanwhile. Reload the list."));
  return FALSE;
}

/* The label of a chain step: the role's label, else the person's name. */
static const char *
step_label (const char *role_id,
            const char *ops_approvals_person_name)
{
  OpsRole role = ops_role_from_id (role_id);

  if (role != OPS_ROLE_NONE)
    return ops_role_to_label (role);
  return ops_approvals_person_name != NULL ? ops_approvals_person_name : "";
}

/* Person name by id ("" when unknown). (transfer full) */
char *
ops_approvals_person_name (sqlite3 *db,
             gint64   id)
{
  sqlite3_stmt *stmt;
  char *name = NULL;

  stmt = ops_approvals_prepare (db, "SELECT name FROM people WHERE id = ?1", NULL);
  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (ops_store_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return name != NULL ? name : g_strdup ("");
}

/* TRUE when @user_id is a substitute of @person_id on @today. */
gboolean
ops_approvals_is_substitute (sqlite3     *db,
               gint64       person_id,
               gint64       user_id,
               const char  *today,
               gboolean    *result,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *result = FALSE;
  if (person_id == 0 || user_id == 0)
    return TRUE;
  stmt = ops_approvals_prepare (db,
                                "SELECT 1 FROM approval_substitutes s JOIN people p ON p.id = s.substitute_id"
                                " WHERE s.person_id = ?1 AND s.substitute_id = ?2 AND p.active = 1"
                                "   AND s.from_date <= ?3 AND ?3 <= s.to_date",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, user_id);
  ops_store_bind_text (stmt, 3, today);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the substitutes"));
      return FALSE;
    }
  *result = rc == SQLITE_ROW;
  return TRUE;
}

/* Reading requests --------------------------------------------------------- */

static gboolean
fill_chain (sqlite3             *db,
            OpsApprovalRequest  *request,
            GError             **error)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *chain = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (ops_approval_request_get_state (request) == OPS_APPROVAL_STATE_DRAFT)
    {
      /* Not submitted yet: the chain the type has now. */
      stmt = ops_approvals_prepare (db,
                                    "SELECT l.role, p.name FROM approval_levels l"
                                    " LEFT JOIN people p ON p.id = l.person_id"
                                    " WHERE l.type_id = ?1 ORDER BY l.position",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ops_approval_request_get_type_id (request));
    }
  else
    {
      stmt = ops_approvals_prepare (db,
                                    "SELECT s.role, p.name FROM approval_steps s"
                                    " JOIN people p ON p.id = s.approver_id"
                                    " WHERE s.request_id = ?1 AND s.round = ?2 ORDER BY s.position",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ops_approval_request_get_id (request));
      sqlite3_bind_int64 (stmt, 2, ops_approval_request_get_round (request));
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (labels, g_strdup (step_label ((const char *) sqlite3_column_text (stmt, 0),
                                                   (const char *) sqlite3_column_text (stmt, 1))));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approval chain"));
      return FALSE;
    }

  chain = ops_approval_chain_label ((const char * const *) labels->pdata, labels->len);
  ops_approval_request_set_chain_label (request, chain);
  ops_approval_request_set_level_count (request, labels->len);
  return TRUE;
}

/* The opinion column: the decisions of the latest round that has any. */
static gboolean
fill_opinion (sqlite3             *db,
              OpsApprovalRequest  *request,
              GError             **error)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *opinion = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT s.role, p.name, a.comment FROM approval_audit a"
                                " LEFT JOIN approval_steps s ON s.request_id = a.request_id"
                                "   AND s.round = a.round AND s.position = a.level"
                                " LEFT JOIN people p ON p.id = s.approver_id"
                                " WHERE a.request_id = ?1 AND a.action IN ('approve', 'return', 'reject')"
                                "   AND a.round = (SELECT max(round) FROM approval_audit"
                                "                  WHERE request_id = ?1"
                                "                    AND action IN ('approve', 'return', 'reject'))"
                                " ORDER BY a.id",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_approval_request_get_id (request));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (labels, g_strdup (step_label ((const char *) sqlite3_column_text (stmt, 0),
                                                     (const char *) sqlite3_column_text (stmt, 1))));
      g_ptr_array_add (comments, g_strdup (ops_store_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approval trail"));
      return FALSE;
    }

  opinion = ops_approval_opinion_column ((const char * const *) labels->pdata,
                                         (const char * const *) comments->pdata,
                                         labels->len);
  ops_approval_request_set_opinion (request, opinion);
  return TRUE;
}

static gboolean
fill_files (sqlite3             *db,
            OpsApprovalRequest  *request,
            GError             **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT id, title, file_name, original_name, added_at, round, final"
                                " FROM approval_files WHERE request_id = ?1 ORDER BY added_at, id",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ops_approval_request_get_id (request));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpsApprovalAttachment *file = ops_approval_attachment_new ();

      ops_approval_attachment_set_id (file, sqlite3_column_int64 (stmt, 0));
      ops_approval_attachment_set_request_id (file, ops_approval_request_get_id (request));
      ops_approval_attachment_set_title (file, ops_store_column_text (stmt, 1));
      ops_approval_attachment_set_file_name (file, ops_store_column_text (stmt, 2));
      ops_approval_attachment_set_original_name (file, ops_store_column_text (stmt, 3));
      ops_approval_attachment_set_added_at (file, sqlite3_column_int64 (stmt, 4));
      ops_approval_attachment_set_round (file, (guint) sqlite3_column_int64 (stmt, 5));
      ops_approval_attachment_set_final (file, sqlite3_column_int (stmt, 6) != 0);
      g_ptr_array_add (files, file);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the request's files"));
      return FALSE;
    }
  ops_approval_request_set_attachments (request, files);
  return TRUE;
}

OpsApprovalRequest *
ops_approvals_request_from_row (sqlite3       *db,
                                sqlite3_stmt  *row,
                                gint64         user_id,
                                const char    *today,
                                gboolean       with_files,
                                GError       **error)
{
  g_autoptr(OpsApprovalRequest) request = ops_approval_request_new ();
  int state = ops_approval_state_from_id (ops_store_column_text (row, 13));
  gint64 approver_id = sqlite3_column_int64 (row, 29);

  ops_approval_request_set_id (request, sqlite3_column_int64 (row, 0));
  ops_approval_request_set_name (request, ops_store_column_text (row, 1));
  ops_approval_request_set_type_id (request, sqlite3_column_int64 (row, 2));
  ops_approval_request_set_type_code (request, ops_store_column_text (row, 3));
  ops_approval_request_set_type_name (request,
                                      ops_approvals_type_name (ops_store_column_text (row, 3),
                                                               sqlite3_column_int (row, 5) != 0,
                                                               ops_store_column_text (row, 4)));
  ops_approval_request_set_purpose (request, ops_store_column_text (row, 6));
  ops_approval_request_set_applicant_id (request, sqlite3_column_int64 (row, 7));
  ops_approval_request_set_applicant_name (request, ops_store_column_text (row, 8));
  ops_approval_request_set_department_id (request, sqlite3_column_int64 (row, 9));
  if (sqlite3_column_type (row, 10) != SQLITE_NULL)
    ops_approval_request_set_department_name (request, ops_store_column_text (row, 10));
  ops_approval_request_set_date (request, ops_store_column_text (row, 11));
  ops_approval_request_set_major (request, sqlite3_column_int (row, 12) != 0);
  ops_approval_request_set_state (request, state >= 0 ? (OpsApprovalState) state : OPS_APPROVAL_STATE_DRAFT);
  ops_approval_request_set_round (request, (guint) sqlite3_column_int64 (row, 14));
  ops_approval_request_set_current_level (request, (guint) sqlite3_column_int64 (row, 15));
  ops_approval_request_set_step_started_at (request, sqlite3_column_int64 (row, 16));
  if (sqlite3_column_type (row, 17) != SQLITE_NULL)
    ops_approval_request_set_step_due_date (request, ops_store_column_text (row, 17));
  ops_approval_request_set_meeting_id (request, sqlite3_column_int64 (row, 18));
  if (sqlite3_column_type (row, 19) != SQLITE_NULL)
    ops_approval_request_set_meeting_topic (request, ops_store_column_text (row, 19));
  ops_approval_request_set_resolution_id (request, sqlite3_column_int64 (row, 20));
  ops_approval_request_set_resolution_finalised (request, sqlite3_column_int (row, 21) != 0);
  if (sqlite3_column_type (row, 22) != SQLITE_NULL)
    ops_approval_request_set_archive_number (request, ops_store_column_text (row, 22));
  ops_approval_request_set_stamped_at (request, sqlite3_column_int64 (row, 23));
  ops_approval_request_set_stamped_by_id (request, sqlite3_column_int64 (row, 24));
  if (sqlite3_column_type (row, 25) != SQLITE_NULL)
    ops_approval_request_set_stamped_by_name (request, ops_store_column_text (row, 25));
  ops_approval_request_set_distributed_to (request, ops_store_column_text (row, 26));
  ops_approval_request_set_created_at (request, sqlite3_column_int64 (row, 27));
  ops_approval_request_set_updated_at (request, sqlite3_column_int64 (row, 28));

  if (state == OPS_APPROVAL_STATE_PENDING)
    {
      gboolean substitute = FALSE;

      ops_approval_request_set_current_approver_id (request, approver_id);
      ops_approval_request_set_current_approver_name (request, ops_store_column_text (row, 30));
      ops_approval_request_set_overdue (request,
                                        ops_approval_is_overdue (ops_approval_request_get_step_due_date (request),
                                                                 today));
      ops_approval_request_set_has_decision (request, ops_approval_request_get_current_level (request) > 1);
      if (user_id != 0 && user_id != approver_id &&
          !ops_approvals_is_substitute (db, approver_id, user_id, today, &substitute, error))
        return NULL;
      ops_approval_request_set_actionable (request, user_id != 0 && (user_id == approver_id || substitute));
      if (substitute && user_id != approver_id)
        ops_approval_request_set_acting_for_name (request, ops_store_column_text (row, 30));
    }

  if (!fill_chain (db, request, error) || !fill_opinion (db, request, error))
    return NULL;
  if (with_files && !fill_files (db, request, error))
    return NULL;

  return g_steal_pointer (&request);
}

OpsApprovalRequest *
ops_approvals_read_request (sqlite3   *db,
                            gint64     id,
                            gint64     user_id,
                            gboolean   with_files,
                            GError   **error)
{
  g_autofree char *today = ops_approvals_today ();
  OpsApprovalRequest *request = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db, OPS_APPROVAL_REQUEST_SELECT " WHERE r.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    request = ops_approvals_request_from_row (db, stmt, user_id, today, with_files, error);
  else if (rc == SQLITE_DONE)
    ops_approvals_not_found (error);
  else
    ops_store_set_sqlite_error (error, db, rc, _("read the request"));
  sqlite3_finalize (stmt);
  return request;
}

void
ops_approval_row_clear (OpsApprovalRow *row)
{
  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->purpose, g_free);
  g_clear_pointer (&row->date, g_free);
}

gboolean
ops_approvals_load_row (sqlite3     *db,
                  gint64       id,
                  OpsApprovalRow  *row,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT r.name, r.type_id, r.purpose, r.applicant_id, r.date, r.major,"
                                " r.state, r.round, r.current_level, r.meeting_id, r.resolution_id,"
                                " r.stamped_at, s.approver_id,"
                                " (SELECT count(*) FROM approval_steps x"
                                "   WHERE x.request_id = r.id AND x.round = r.round)"
                                " FROM approval_requests r"
                                " LEFT JOIN approval_steps s ON s.request_id = r.id AND s.round = r.round"
                                "   AND s.position = r.current_level"
                                " WHERE r.id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      int state = ops_approval_state_from_id (ops_store_column_text (stmt, 6));

      row->id = id;
      row->name = g_strdup (ops_store_column_text (stmt, 0));
      row->type_id = sqlite3_column_int64 (stmt, 1);
      row->purpose = g_strdup (ops_store_column_text (stmt, 2));
      row->applicant_id = sqlite3_column_int64 (stmt, 3);
      row->date = g_strdup (ops_store_column_text (stmt, 4));
      row->major = sqlite3_column_int (stmt, 5) != 0;
      row->state = state >= 0 ? (OpsApprovalState) state : OPS_APPROVAL_STATE_DRAFT;
      row->round = (guint) sqlite3_column_int64 (stmt, 7);
      row->level = (guint) sqlite3_column_int64 (stmt, 8);
      row->meeting_id = sqlite3_column_int64 (stmt, 9);
      row->resolution_id = sqlite3_column_int64 (stmt, 10);
      row->stamped_at = sqlite3_column_int64 (stmt, 11);
      row->approver_id = sqlite3_column_int64 (stmt, 12);
      row->n_steps = (guint) sqlite3_column_int64 (stmt, 13);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return ops_approvals_not_found (error);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the request"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ops_approvals_require_user (gint64    user_id,
              GError  **error)
{
  if (user_id == 0)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                           _("Choose who you are first (menu → Switch User), then try again."));
      return FALSE;
    }
  return TRUE;
}

gboolean
ops_approvals_require_active (sqlite3  *db,
                              gint64    user_id,
                              GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;
  gboolean active = FALSE;

  if (!ops_approvals_require_user (user_id, error))
    return FALSE;
  stmt = ops_approvals_prepare (db, "SELECT active FROM people WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    active = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("check the current user"));
      return FALSE;
    }
  if (!active)
    {
      g_set_error_literal (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
                           _("The current user is no longer an active member of the directory. Choose who you are (menu → Switch User), then try again."));
      return FALSE;
    }
  return TRUE;
}

/* Only the applicant may do @action (translated, e.g. "submit it"). */
gboolean
ops_approvals_require_applicant (sqlite3           *db,
                   const OpsApprovalRow  *row,
                   gint64             user_id,
                   const char        *action,
                   GError           **error)
{
  g_autofree char *applicant = NULL;

  if (!ops_approvals_require_user (user_id, error))
    return FALSE;
  if (row->applicant_id == user_id)
    return TRUE;
  applicant = ops_approvals_person_name (db, row->applicant_id);
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_PERMISSION_DENIED,
               /* TRANSLATORS: "Only 孙丽华, who applied for this request, can submit it." */
               _("Only %s, who applied for this request, can %s. Switch to that user or ask them."),
               applicant, action);
  return FALSE;
}

gboolean
ops_approvals_wrong_state (const OpsApprovalRow  *row,
             const char        *action,
             GError           **error)
{
  g_set_error (error, OPS_STORE_ERROR, OPS_STORE_ERROR_INVALID,
               /* TRANSLATORS: "You cannot withdraw this request: it is Approved." */
               _("You cannot %s this request: it is %s. Reload it to see its current state."),
               action, ops_approval_state_to_label (row->state));
  return FALSE;
}

gboolean
ops_approvals_finish_request (sqlite3     *db,
                OpsStoreOp  *op,
                gint64       id,
                GError     **error)
{
  op->result = ops_approvals_read_request (db, id, op->current_user, TRUE, error);
  op->result_free = g_object_unref;
  op->changed |= OPS_CHANGED_APPROVALS;
  return op->result != NULL;
}

/* List ------------------------------------------------------------------- */

typedef struct {
  char             *search;
  OpsApprovalScope  scope;
  gint64            type_id;
  int               state;
  gboolean          overdue_only;
  gint64            meeting_id;
  char             *from_date;
  char             *to_date;
  OpsRange          range;
} ApprovalQuery;

static void
approval_query_free (gpointer data)
{
  ApprovalQuery *query = data;

  g_free (query->search);
  g_free (query->from_date);
  g_free (query->to_date);
  g_free (query);
}

void
ops_approval_filter_init (OpsApprovalFilter *filter)
{
  g_return_if_fail (filter != NULL);

  memset (filter, 0, sizeof *filter);
  filter->scope = OPS_APPROVAL_SCOPE_ALL;
  filter->state = -1;
}

#define APPROVAL_WHERE \
  " WHERE (?1 IS NULL OR r.name LIKE ?1 ESCAPE '\\' OR r.purpose LIKE ?1 ESCAPE '\\'" \
  "        OR ap.name LIKE ?1 ESCAPE '\\' OR coalesce(r.archive_number, '') LIKE ?1 ESCAPE '\\'" \
  "        OR t.name LIKE ?1 ESCAPE '\\' OR t.code LIKE ?1 ESCAPE '\\')" \
  "   AND (?2 = 0 OR r.type_id = ?2)" \
  "   AND (?3 IS NULL OR r.state = ?3)" \
  "   AND (?4 = 0 OR (r.state = 'pending' AND r.step_due_date < ?5))" \
  "   AND (?6 = 0 OR r.meeting_id = ?6)" \
  "   AND (?7 IS NULL OR r.date >= ?7) AND (?8 IS NULL OR r.date <= ?8)" \
  "   AND (r.state <> 'draft' OR r.applicant_id = ?9)" \
  "   AND (?10 <> 1 OR (r.state = 'pending' AND (s.approver_id = ?9" \
  "        OR EXISTS (SELECT 1 FROM approval_substitutes x JOIN people xp ON xp.id = x.substitute_id" \
  "                   WHERE x.person_id = s.approver_id AND x.substitute_id = ?9 AND xp.active = 1" \
  "                     AND x.from_date <= ?5 AND ?5 <= x.to_date))))" \
  "   AND (?10 <> 2 OR r.applicant_id = ?9)"

static void
bind_query (sqlite3_stmt        *stmt,
            const ApprovalQuery *query,
            const char          *pattern,
            const char          *today,
            gint64               user_id)
{
  ops_store_bind_text (stmt, 1, pattern);
  sqlite3_bind_int64 (stmt, 2, query->type_id);
  ops_store_bind_text (stmt, 3, query->state >= 0 ? ops_approval_state_to_id (query->state) : NULL);
  sqlite3_bind_int (stmt, 4, query->overdue_only ? 1 : 0);
  ops_store_bind_text (stmt, 5, today);
  sqlite3_bind_int64 (stmt, 6, query->meeting_id);
  ops_store_bind_text (stmt, 7, query->from_date);
  ops_store_bind_text (stmt, 8, query->to_date);
  sqlite3_bind_int64 (stmt, 9, user_id);
  sqlite3_bind_int (stmt, 10, (int) query->scope);
}

static gboolean
list_approvals_op (OpsStore    *self,
                   sqlite3     *db,
                   OpsStoreOp  *op,
                   GError     **error)
{
  ApprovalQuery *query = op->data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *pattern = ops_store_like_pattern (query->search);
  g_autofree char *today = ops_approvals_today ();
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ops_approvals_prepare (db,
                                "SELECT count(*) FROM approval_requests r"
                                " JOIN approval_types t ON t.id = r.type_id"
                                " JOIN people ap ON ap.id = r.applicant_id"
                                " LEFT JOIN approval_steps s ON s.request_id = r.id AND s.round = r.round"
                                "   AND s.position = r.current_level"
                                APPROVAL_WHERE,
                                error);
  if (stmt == NULL)
    return FALSE;
  bind_query (stmt, query, pattern, today, op->current_user);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    op->total = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approvals"));
      return FALSE;
    }

  sql = g_strconcat (OPS_APPROVAL_REQUEST_SELECT, APPROVAL_WHERE,
                     query->scope == OPS_APPROVAL_SCOPE_WAITING_FOR_ME
                       ? " ORDER BY r.step_due_date, r.date, r.id"
                       : " ORDER BY r.date DESC, r.id DESC",
                     " LIMIT ?11 OFFSET ?12", NULL);
  stmt = ops_approvals_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_query (stmt, query, pattern, today, op->current_user);
  sqlite3_bind_int64 (stmt, 11, ops_store_range_limit (query->range));
  sqlite3_bind_int64 (stmt, 12, query->range.offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OpsApprovalRequest *request = ops_approvals_request_from_row (db, stmt, op->current_user,
                                                                    today, FALSE, error);

      if (request == NULL)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      g_ptr_array_add (items, request);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approvals"));
      return FALSE;
    }

  op->result = ops_store_list_model (items, OPS_TYPE_APPROVAL_REQUEST);
  op->result_free = g_object_unref;
  return TRUE;
}

void
ops_store_list_approvals_async (OpsStore                *self,
                                const OpsApprovalFilter *filter,
                                OpsRange                 range,
                                GCancellable            *cancellable,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data)
{
  ApprovalQuery *query;

  g_return_if_fail (OPS_IS_STORE (self));

  query = g_new0 (ApprovalQuery, 1);
  query->state = -1;
  if (filter != NULL)
    {
      query->search = g_strdup (filter->search);
      query->scope = filter->scope;
      query->type_id = filter->type_id;
      query->state = filter->state;
      query->overdue_only = filter->overdue_only;
      query->meeting_id = filter->meeting_id;
      query->from_date = g_strdup (filter->from_date);
      query->to_date = g_strdup (filter->to_date);
    }
  query->range = range;

  ops_store_queue (self, list_approvals_op, OPS_TXN_READ, query, approval_query_free,
                   cancellable, ops_store_list_approvals_async, callback, user_data);
}

/**
 * ops_store_list_approvals_finish:
 *
 * Returns: (transfer full): a GListModel of OpsApprovalRequest, or %NULL.
 */
GListModel *
ops_store_list_approvals_finish (OpsStore      *self,
                                 GAsyncResult  *result,
                                 guint         *total,
                                 GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_list_approvals_async, total, error);
}

/* Get -------------------------------------------------------------------- */

static gboolean
get_approval_op (OpsStore    *self,
                 sqlite3     *db,
                 OpsStoreOp  *op,
                 GError     **error)
{
  op->result = ops_approvals_read_request (db, *(gint64 *) op->data, op->current_user, TRUE, error);
  op->result_free = g_object_unref;
  return op->result != NULL;
}

void
ops_store_get_approval_async (OpsStore            *self,
                              gint64               id,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (OPS_IS_STORE (self));

  ops_store_queue (self, get_approval_op, OPS_TXN_READ, g_memdup2 (&id, sizeof id), g_free,
                   cancellable, ops_store_get_approval_async, callback, user_data);
}

/**
 * ops_store_get_approval_finish:
 *
 * Returns: (transfer full): the request with its files, or %NULL.
 */
OpsApprovalRequest *
ops_store_get_approval_finish (OpsStore      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return ops_store_finish_op (self, result, ops_store_get_approval_async, NULL, error);
}

/* My Work ---------------------------------------------------------------- */

gboolean
ops_store_collect_approval_work (OpsStore    *self,
                                 sqlite3     *db,
                                 gint64       user_id,
                                 gint64       now,
                                 const char  *today,
                                 GPtrArray   *items,
                                 GError     **error)
{
  ApprovalQuery query = { 0 };
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  query.scope = OPS_APPROVAL_SCOPE_WAITING_FOR_ME;
  query.state = -1;
  query.range = OPS_RANGE_ALL;

  sql = g_strconcat (OPS_APPROVAL_REQUEST_SELECT, APPROVAL_WHERE,
                     " ORDER BY r.step_due_date, r.id LIMIT ?11 OFFSET ?12", NULL);
  stmt = ops_approvals_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_query (stmt, &query, NULL, today, user_id);
  sqlite3_bind_int64 (stmt, 11, -1);
  sqlite3_bind_int64 (stmt, 12, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(OpsApprovalRequest) request = ops_approvals_request_from_row (db, stmt, user_id, today,
                                                                              FALSE, error);
      g_autofree char *detail = NULL;
      const char *due;

      if (request == NULL)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      due = ops_approval_request_get_step_due_date (request);
      if (ops_approval_request_get_acting_for_name (request) != NULL)
        /* TRANSLATORS: My Work: "制度文件 · 孙丽华 · for 王建国 · level 2 of 3" */
        detail = g_strdup_printf (_("%s · %s · for %s · level %u of %u"),
                                  ops_approval_request_get_type_name (request),
                                  ops_approval_request_get_applicant_name (request),
                                  ops_approval_request_get_acting_for_name (request),
                                  ops_approval_request_get_current_level (request),
                                  ops_approval_request_get_level_count (request));
      else
        /* TRANSLATORS: My Work: "制度文件 · 孙丽华 · level 2 of 3" */
        detail = g_strdup_printf (_("%s · %s · level %u of %u"),
                                  ops_approval_request_get_type_name (request),
                                  ops_approval_request_get_applicant_name (request),
                                  ops_approval_request_get_current_level (request),
                                  ops_approval_request_get_level_count (request));
      g_ptr_array_add (items,
                       ops_work_item_new (OPS_WORK_APPROVAL, ops_work_urgency_for_date (due, today),
                                          ops_approval_request_get_name (request), detail, 0, due,
                                          "approvals", ops_approval_request_get_id (request)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approvals"));
      return FALSE;
    }

  /* My requests returned to me, with the approver's comment. */
  stmt = ops_approvals_prepare (db,
                                "SELECT r.id, r.name, (SELECT a.comment FROM approval_audit a"
                                "   WHERE a.request_id = r.id AND a.action = 'return' ORDER BY a.id DESC LIMIT 1)"
                                " FROM approval_requests r WHERE r.applicant_id = ?1 AND r.state = 'returned'"
                                " ORDER BY r.updated",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* TRANSLATORS: My Work: a request returned to its applicant, with the comment */
      g_autofree char *detail = g_strdup_printf (_("Returned for modification: %s"),
                                                 ops_store_column_text (stmt, 2));

      g_ptr_array_add (items,
                       ops_work_item_new (OPS_WORK_REQUEST, OPS_WORK_TODAY,
                                          ops_store_column_text (stmt, 1), detail, 0, today,
                                          "approvals", sqlite3_column_int64 (stmt, 0)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approvals"));
      return FALSE;
    }

  /* Administration: approved documents still to stamp and distribute. */
  stmt = ops_approvals_prepare (db,
                                "SELECT r.id, r.name, r.archive_number FROM approval_requests r"
                                " WHERE r.state = 'approved' AND r.stamped_at IS NULL"
                                "   AND EXISTS (SELECT 1 FROM person_roles x JOIN people p ON p.id = x.person_id"
                                "               WHERE x.person_id = ?1 AND x.role = 'administration'"
                                "                 AND p.active = 1)"
                                " ORDER BY r.updated",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* TRANSLATORS: My Work: an approved document administration must
       * stamp and distribute; %s is its archive number */
      g_autofree char *detail = g_strdup_printf (_("Archive number %s"),
                                                 ops_store_column_text (stmt, 2));

      g_ptr_array_add (items,
                       ops_work_item_new (OPS_WORK_STAMP, OPS_WORK_TODAY,
                                          ops_store_column_text (stmt, 1), detail, 0, today,
                                          "approvals", sqlite3_column_int64 (stmt, 0)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      ops_store_set_sqlite_error (error, db, rc, _("read the approvals"));
      return FALSE;
    }
  return TRUE;
}

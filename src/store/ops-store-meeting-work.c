/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-meeting-work.c: the meetings' My Work collector: my action
 * items overdue or due within a week, minutes to write or review, meetings
 * I attend this week, materials I must send. */

#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-calendar.h"
#include "core/ops-validate.h"
#include "store/ops-store-meetings-private.h"

/* My Work ------------------------------------------------------------------------ */

static char *
add_days (const char *date,
          int         days)
{
  GDate d;

  if (!ops_date_parse_iso (date, &d))
    return g_strdup (date);
  g_date_add_days (&d, days);
  return ops_date_to_iso (&d);
}

static OpsWorkUrgency
urgency_for_instant (gint64      instant,
                     gint64      now,
                     const char *today)
{
  g_autofree char *date = ops_meeting_local_date (instant);

  if (instant < now)
    return OPS_WORK_OVERDUE;
  return ops_work_urgency_for_date (date, today);
}

gboolean
ops_store_collect_meeting_work (OpsStore    *self,
                                sqlite3     *db,
                                gint64       user_id,
                                gint64       now,
                                const char  *today,
                                GPtrArray   *items,
                                GError     **error)
{
  g_autofree char *week_end = add_days (today, 7);
  g_autofree char *next_week = add_days (week_end, 1);
  gint64 horizon;
  sqlite3_stmt *stmt;
  int rc;

  if (!ops_meetings_local_midnight (next_week, &horizon))
    horizon = now + 8 * 24 * 60 * 60;

  /* My open action items, overdue or due within a week. */
  stmt = ops_store_stmt (self,
                         "SELECT i.id, i.content, coalesce(m.topic, i.meeting_topic), i.due_date"
                         " FROM action_items i LEFT JOIN meetings m ON m.id = i.meeting_id"
                         " WHERE i.owner_id = ?1 AND i.status IN ('open', 'in-progress')"
                         " AND i.due_date <= ?2 ORDER BY i.due_date, i.id",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  ops_store_bind_text (stmt, 2, week_end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *due = ops_store_column_text (stmt, 3);
      g_autofree char *detail = g_strdup_printf (_("From the meeting “%s”"), ops_store_column_text (stmt, 2));

      g_ptr_array_add (items, ops_work_item_new (OPS_WORK_ACTION_ITEM,
                                                 ops_work_urgency_for_date (due, today),
                                                 ops_store_column_text (stmt, 1), detail,
                                                 0, due, "action-items",
                                                 sqlite3_column_int64 (stmt, 0)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* Minutes I take that are not submitted yet, once the meeting has ended. */
  stmt = ops_store_stmt (self,
                         "SELECT id, topic, ends_at FROM meetings WHERE note_taker_id = ?1"
                         " AND ends_at <= ?2 AND minutes_state IN ('none', 'draft')"
                         " AND archived_at IS NULL ORDER BY ends_at",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_int64 (stmt, 2, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 due = ops_meeting_minutes_due (sqlite3_column_int64 (stmt, 2));
      const char *detail = NULL;  /* the kind says it: "Minutes to write" */

      g_ptr_array_add (items, ops_work_item_new (OPS_WORK_MINUTES_WRITE,
                                                 urgency_for_instant (due, now, today),
                                                 ops_store_column_text (stmt, 1), detail,
                                                 due, NULL, "meetings",
                                                 sqlite3_column_int64 (stmt, 0)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* Minutes submitted to me as the host. */
  stmt = ops_store_stmt (self,
                         "SELECT m.id, m.topic, m.minutes_submitted_at, n.name FROM meetings m"
                         " JOIN people n ON n.id = m.note_taker_id"
                         " WHERE m.host_id = ?1 AND m.minutes_state = 'submitted'"
                         " ORDER BY m.minutes_submitted_at",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *detail = g_strdup_printf (_("Review and approve the minutes submitted by %s"),
                                                 ops_store_column_text (stmt, 3));

      g_ptr_array_add (items, ops_work_item_new (OPS_WORK_MINUTES_REVIEW, OPS_WORK_TODAY,
                                                 ops_store_column_text (stmt, 1), detail,
                                                 sqlite3_column_int64 (stmt, 2), NULL, "meetings",
                                                 sqlite3_column_int64 (stmt, 0)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* Meetings I attend, host or take notes of, from now to a week ahead. */
  stmt = ops_store_stmt (self,
                         "SELECT m.id, m.topic, m.starts_at, m.place FROM meetings m"
                         " WHERE m.ends_at > ?2 AND m.starts_at < ?3"
                         " AND (m.host_id = ?1 OR m.note_taker_id = ?1 OR EXISTS (SELECT 1"
                         " FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.person_id = ?1))"
                         " ORDER BY m.starts_at",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, horizon);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 starts = sqlite3_column_int64 (stmt, 2);
      g_autofree char *date = ops_meeting_local_date (starts);
      const char *detail = ops_store_column_text (stmt, 3);
      OpsWorkUrgency urgency = g_strcmp0 (date, today) <= 0 ? OPS_WORK_TODAY : OPS_WORK_THIS_WEEK;

      g_ptr_array_add (items, ops_work_item_new (OPS_WORK_MEETING, urgency,
                                                 ops_store_column_text (stmt, 1), detail,
                                                 starts, NULL, "meetings",
                                                 sqlite3_column_int64 (stmt, 0)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* Materials I must send: host or note-taker, not sent, meeting within two days. */
  stmt = ops_store_stmt (self,
                         "SELECT id, topic, starts_at FROM meetings"
                         " WHERE (host_id = ?1 OR note_taker_id = ?1) AND materials_sent_at IS NULL"
                         " AND ends_at > ?2 AND starts_at <= ?2 + 2 * 86400 ORDER BY starts_at",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_int64 (stmt, 2, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 starts = sqlite3_column_int64 (stmt, 2);
      gint64 due = starts - OPS_MEETING_MATERIALS_LEAD_SECONDS;
      const char *detail = NULL;  /* the kind says it: "Materials to send" */

      g_ptr_array_add (items, ops_work_item_new (OPS_WORK_MATERIALS,
                                                 urgency_for_instant (due, now, today),
                                                 ops_store_column_text (stmt, 1), detail,
                                                 due, NULL, "meetings",
                                                 sqlite3_column_int64 (stmt, 0)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  return TRUE;

failed:
  ops_store_set_sqlite_error (error, db, rc, _("read your work"));
  return FALSE;
}


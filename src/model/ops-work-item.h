/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-work-item.h: one entry of the My Work start page: something that needs
 * the current user (an action item due, minutes to write or review, a
 * meeting to attend, materials to send, an approval waiting), with how urgent
 * it is and the record it opens.
 *
 * Read-only properties: kind (int, OpsWorkKind), urgency (int,
 * OpsWorkUrgency), title, detail (strings), due (int64: Unix seconds, 0 when
 * the entry has no instant), due-date (string "YYYY-MM-DD" or NULL), page
 * (string: the window's page name that shows the record, e.g. "meetings"),
 * record-id (int64).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  OPS_WORK_ACTION_ITEM,      /* an action item I own */
  OPS_WORK_MINUTES_WRITE,    /* minutes I take and have not submitted */
  OPS_WORK_MINUTES_REVIEW,   /* minutes submitted to me as host */
  OPS_WORK_MEETING,          /* a meeting I attend (today or this week) */
  OPS_WORK_MATERIALS,        /* materials I must send (host or note-taker) */
  OPS_WORK_APPROVAL,         /* an approval step waiting for me */
  OPS_WORK_REQUEST,          /* my own request returned to me */
  OPS_WORK_STAMP,            /* an approved document to stamp and distribute */
} OpsWorkKind;

/* Ordered: most urgent first. */
typedef enum {
  OPS_WORK_OVERDUE,
  OPS_WORK_TODAY,
  OPS_WORK_THIS_WEEK,
  OPS_WORK_LATER,
} OpsWorkUrgency;

#define OPS_TYPE_WORK_ITEM (ops_work_item_get_type ())
G_DECLARE_FINAL_TYPE (OpsWorkItem, ops_work_item, OPS, WORK_ITEM, GObject)

OpsWorkItem    *ops_work_item_new            (OpsWorkKind     kind,
                                              OpsWorkUrgency  urgency,
                                              const char     *title,
                                              const char     *detail,
                                              gint64          due,
                                              const char     *due_date,
                                              const char     *page,
                                              gint64          record_id);
OpsWorkKind     ops_work_item_get_kind       (OpsWorkItem *self);
OpsWorkUrgency  ops_work_item_get_urgency    (OpsWorkItem *self);
const char     *ops_work_item_get_title      (OpsWorkItem *self);
const char     *ops_work_item_get_detail     (OpsWorkItem *self);
gint64          ops_work_item_get_due        (OpsWorkItem *self);
const char     *ops_work_item_get_due_date   (OpsWorkItem *self);
const char     *ops_work_item_get_page       (OpsWorkItem *self);
gint64          ops_work_item_get_record_id  (OpsWorkItem *self);

/* Orders most urgent first, then by due instant/date, then by title: a
 * GCompareDataFunc for g_ptr_array_sort_with_data (items are OpsWorkItem **). */
int             ops_work_item_compare        (gconstpointer a,
                                              gconstpointer b,
                                              gpointer      user_data);

/* The urgency of something due at local date @due_date (YYYY-MM-DD) seen on
 * @today (same form): overdue before today, today, within the 7 days from
 * today, later. */
OpsWorkUrgency  ops_work_urgency_for_date    (const char *due_date,
                                              const char *today);

G_END_DECLS

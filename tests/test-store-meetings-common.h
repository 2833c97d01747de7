/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-meetings-common.h: what the meetings store tests share:
 * blocking wrappers around the meetings API, a fixture with a sales
 * department and its people, and helpers that add meetings and action
 * items. */
#pragma once

#include <string.h>

#include "test-store-common.h"
#include "store/ops-store-meetings-private.h"

#define HOUR ((gint64) 3600)
#define DAY (24 * HOUR)

/* Blocking wrappers ---------------------------------------------------------- */

#define T_ID_BOOL(name)                                                         \
  static inline gboolean                                                        \
  t_##name (OpsStore *store, gint64 id, GError **error)                         \
  {                                                                             \
    g_autoptr(GAsyncResult) result = NULL;                                      \
                                                                                \
    ops_store_##name##_async (store, id, NULL, t_result_cb, &result);           \
    return ops_store_##name##_finish (store, t_wait (&result), error);          \
  }

T_ID_BOOL (submit_minutes)
T_ID_BOOL (approve_minutes)
T_ID_BOOL (distribute_minutes)
T_ID_BOOL (archive_meeting)
T_ID_BOOL (delete_meeting)
T_ID_BOOL (remove_material)
T_ID_BOOL (remove_resolution)

static inline OpsMeeting *
t_save_meeting (OpsStore       *store,
                OpsMeeting     *meeting,
                OpsSeriesEdit   scope,
                GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_meeting_async (store, meeting, scope, NULL, t_result_cb, &result);
  return ops_store_save_meeting_finish (store, t_wait (&result), error);
}

static inline OpsMeeting *
t_get_meeting (OpsStore  *store,
               gint64     id,
               GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_get_meeting_async (store, id, NULL, t_result_cb, &result);
  return ops_store_get_meeting_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_list_meetings (OpsStore               *store,
                 const OpsMeetingFilter *filter,
                 guint                  *total,
                 GError                **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_meetings_async (store, filter, OPS_RANGE_ALL, NULL, t_result_cb, &result);
  return ops_store_list_meetings_finish (store, t_wait (&result), total, error);
}

static inline GListModel *
t_create_series (OpsStore      *store,
                 OpsMeeting    *first,
                 OpsRecurFreq   freq,
                 guint          count,
                 GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_create_series_async (store, first, freq, 1, count, NULL, NULL, t_result_cb, &result);
  return ops_store_create_series_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_department_members (OpsStore  *store,
                      gint64     department_id,
                      GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_department_members_async (store, department_id, NULL, t_result_cb, &result);
  return ops_store_list_department_members_finish (store, t_wait (&result), error);
}

static inline OpsMaterial *
t_add_material_file (OpsStore    *store,
                     gint64       meeting_id,
                     GFile       *file,
                     const char  *title,
                     GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_add_material_file_async (store, meeting_id, file, title, NULL, t_result_cb, &result);
  return ops_store_add_material_file_finish (store, t_wait (&result), error);
}

static inline OpsMaterial *
t_add_material_link (OpsStore    *store,
                     gint64       meeting_id,
                     const char  *title,
                     const char  *uri,
                     GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_add_material_link_async (store, meeting_id, title, uri, NULL, t_result_cb, &result);
  return ops_store_add_material_link_finish (store, t_wait (&result), error);
}

static inline gboolean
t_materials_sent (OpsStore    *store,
                  gint64       meeting_id,
                  const char  *to,
                  GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_record_materials_sent_async (store, meeting_id, to, NULL, t_result_cb, &result);
  return ops_store_record_materials_sent_finish (store, t_wait (&result), error);
}

static inline gboolean
t_set_attendance (OpsStore       *store,
                  gint64          attendee_id,
                  OpsAttendance   attendance,
                  gint64          when,
                  GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_set_attendance_async (store, attendee_id, attendance, when, NULL, t_result_cb, &result);
  return ops_store_set_attendance_finish (store, t_wait (&result), error);
}

static inline OpsResolution *
t_save_resolution (OpsStore       *store,
                   OpsResolution  *resolution,
                   gint64          meeting_id,
                   GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_resolution_async (store, resolution, meeting_id, NULL, t_result_cb, &result);
  return ops_store_save_resolution_finish (store, t_wait (&result), error);
}

static inline OpsResolution *
t_finalise (OpsStore  *store,
            gint64     resolution_id,
            GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_finalise_resolution_async (store, resolution_id, NULL, t_result_cb, &result);
  return ops_store_finalise_resolution_finish (store, t_wait (&result), error);
}

static inline gboolean
t_save_minutes (OpsStore    *store,
                gint64       meeting_id,
                const char  *text,
                GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_save_minutes_async (store, meeting_id, text, NULL, t_result_cb, &result);
  return ops_store_save_minutes_finish (store, t_wait (&result), error);
}

static inline gboolean
t_return_minutes (OpsStore    *store,
                  gint64       meeting_id,
                  const char  *comment,
                  GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_return_minutes_async (store, meeting_id, comment, NULL, t_result_cb, &result);
  return ops_store_return_minutes_finish (store, t_wait (&result), error);
}

static inline gboolean
t_set_retention (OpsStore  *store,
                 guint      years,
                 GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_set_meeting_retention_years_async (store, years, NULL, t_result_cb, &result);
  return ops_store_set_meeting_retention_years_finish (store, t_wait (&result), error);
}

static inline guint
t_get_retention (OpsStore  *store,
                 GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_get_meeting_retention_years_async (store, NULL, t_result_cb, &result);
  return ops_store_get_meeting_retention_years_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_list_actions (OpsStore                  *store,
                const OpsActionItemFilter *filter,
                GError                   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_action_items_async (store, filter, OPS_RANGE_ALL, NULL, t_result_cb, &result);
  return ops_store_list_action_items_finish (store, t_wait (&result), NULL, error);
}

static inline OpsActionItem *
t_update_action (OpsStore         *store,
                 gint64            id,
                 OpsActionStatus   status,
                 const char       *due,
                 const char       *reason,
                 const char       *note,
                 GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_update_action_item_async (store, id, status, due, reason, note, NULL, t_result_cb, &result);
  return ops_store_update_action_item_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_list_revisions (OpsStore  *store,
                  gint64     id,
                  GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_action_revisions_async (store, id, NULL, t_result_cb, &result);
  return ops_store_list_action_revisions_finish (store, t_wait (&result), error);
}

static inline GListModel *
t_my_work (OpsStore  *store,
           GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ops_store_list_my_work_async (store, NULL, t_result_cb, &result);
  return ops_store_list_my_work_finish (store, t_wait (&result), error);
}

/* Fixture -------------------------------------------------------------------- */

typedef struct {
  TStore *t;
  gint64  sales;       /* department with three members */
  gint64  admin;       /* ADMINISTRATION */
  gint64  host;        /* sales */
  gint64  note_taker;  /* sales */
  gint64  member;      /* sales */
  gint64  other;       /* no department */
} Fixture;

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = t_store_new (TRUE, OPS_STORE_OPEN_NONE);
  f->admin = t_add_person (f->t->store, "徐丽", 0, OPS_ROLE_ADMINISTRATION);
  ops_store_set_current_user (f->t->store, f->admin);
  f->sales = t_add_department (f->t->store, "销售部");
  f->host = t_add_person (f->t->store, "张伟", f->sales, OPS_ROLE_DIVISION_LEADER);
  f->note_taker = t_add_person (f->t->store, "陈静", f->sales, OPS_ROLE_STAFF);
  f->member = t_add_person (f->t->store, "刘洋", f->sales, OPS_ROLE_DEPARTMENT_HEAD);
  f->other = t_add_person (f->t->store, "赵敏", 0, OPS_ROLE_STAFF);
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  t_store_free (f->t);
}

static inline void
as_user (Fixture *f,
         gint64   id)
{
  ops_store_set_current_user (f->t->store, id);
}

/* A meeting starting at @starts (1 h), host and note-taker of the fixture,
 * with the host and the member as attendees plus a guest. Not saved. */
static inline OpsMeeting *
new_meeting (Fixture    *f,
             const char *topic,
             gint64      starts)
{
  OpsMeeting *m = ops_meeting_new ();
  g_autoptr(GListStore) attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  g_autoptr(GListStore) agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);
  g_autoptr(OpsAttendee) a1 = ops_attendee_new_person (f->host, "张伟");
  g_autoptr(OpsAttendee) a2 = ops_attendee_new_person (f->member, "刘洋");
  g_autoptr(OpsAttendee) guest = ops_attendee_new_guest ("王总（客户）");
  g_autoptr(OpsAgendaItem) item1 = ops_agenda_item_new_full ("上半年业绩回顾", f->member, 30);
  g_autoptr(OpsAgendaItem) item2 = ops_agenda_item_new_full ("Q3目标分解", f->host, 30);
  const char * const resources[] = { "room", "projector", "白板", NULL };

  ops_meeting_set_topic (m, topic);
  ops_meeting_set_goal (m, "确定目标");
  ops_meeting_set_host_id (m, f->host);
  ops_meeting_set_note_taker_id (m, f->note_taker);
  ops_meeting_set_department_id (m, f->sales);
  ops_meeting_set_starts_at (m, starts);
  ops_meeting_set_ends_at (m, starts + HOUR);
  ops_meeting_set_place_kind (m, OPS_PLACE_ROOM);
  ops_meeting_set_place (m, "301会议室");
  ops_meeting_set_resources (m, resources);
  g_list_store_append (attendees, a1);
  g_list_store_append (attendees, a2);
  g_list_store_append (attendees, guest);
  ops_meeting_set_attendees (m, G_LIST_MODEL (attendees));
  g_list_store_append (agenda, item1);
  g_list_store_append (agenda, item2);
  ops_meeting_set_agenda (m, G_LIST_MODEL (agenda));
  return m;
}

/* Saves a new meeting (as the admin) and returns it read back. */
static inline OpsMeeting *
add_meeting (Fixture    *f,
             const char *topic,
             gint64      starts)
{
  g_autoptr(OpsMeeting) m = new_meeting (f, topic, starts);
  g_autoptr(GError) error = NULL;
  OpsMeeting *saved;
  gint64 user = ops_store_get_current_user (f->t->store);

  as_user (f, f->admin);
  saved = t_save_meeting (f->t->store, m, OPS_SERIES_EDIT_THIS, &error);
  as_user (f, user);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  return saved;
}

static inline gint64
attendee_id_of (OpsMeeting *m,
                gint64      person_id)
{
  GListModel *attendees = ops_meeting_get_attendees (m);

  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(OpsAttendee) a = g_list_model_get_item (attendees, i);

      if (ops_attendee_get_person_id (a) == person_id)
        return ops_attendee_get_id (a);
    }
  g_assert_not_reached ();
  return 0;
}

/* A held meeting (started @ago seconds ago) with a finalised resolution
 * owned by the member, due @due; returns the action item's id. */
static inline gint64
add_action_item (Fixture    *f,
                 gint64      ago,
                 const char *due,
                 gint64     *meeting_id)
{
  g_autoptr(OpsMeeting) m = add_meeting (f, "周例会", ops_store_now () - ago);
  g_autoptr(OpsResolution) r = ops_resolution_new ();
  g_autoptr(OpsResolution) saved = NULL;
  g_autoptr(OpsResolution) final = NULL;
  g_autoptr(GError) error = NULL;

  as_user (f, f->note_taker);
  ops_resolution_set_conclusion (r, "按区域分解目标");
  ops_resolution_set_owner_id (r, f->member);
  ops_resolution_set_due_date (r, due);
  saved = t_save_resolution (f->t->store, r, ops_meeting_get_id (m), &error);
  g_assert_no_error (error);
  final = t_finalise (f->t->store, ops_resolution_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ops_resolution_get_action_item_id (final), >, 0);
  if (meeting_id != NULL)
    *meeting_id = ops_meeting_get_id (m);
  return ops_resolution_get_action_item_id (final);
}

static inline char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static inline gboolean
has_work (GListModel  *items,
          OpsWorkKind  kind,
          const char  *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OpsWorkItem) item = g_list_model_get_item (items, i);

      if (ops_work_item_get_kind (item) == kind &&
          (title == NULL || g_strcmp0 (ops_work_item_get_title (item), title) == 0))
        return TRUE;
    }
  return FALSE;
}

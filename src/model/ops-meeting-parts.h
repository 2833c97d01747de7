/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-parts.h: the small records inside a meeting (SPEC §1):
 * OpsAttendee (sign-in sheet row), OpsAgendaItem, OpsMaterial and
 * OpsResolution. Plain GObjects with properties (kebab-case names as below),
 * each with a _copy() for the meeting's deep copy.
 */
#pragma once

#include <glib-object.h>

#include "core/ops-meeting-rules.h"

G_BEGIN_DECLS

/* OpsAttendee ------------------------------------------------------------
 * Properties: id (gint64, 0 = not saved), person-id (gint64, 0 = external
 * guest), name (string: the person's name filled by the store, or the
 * guest's name), department-name (string, filled by the store), guest
 * (boolean, read-only: person-id == 0), attendance (int, OpsAttendance),
 * checked-in-at (gint64, 0 = no check-in). */
#define OPS_TYPE_ATTENDEE (ops_attendee_get_type ())
G_DECLARE_FINAL_TYPE (OpsAttendee, ops_attendee, OPS, ATTENDEE, GObject)

OpsAttendee   *ops_attendee_new                 (void);
/* A person attendee with the name to show (the store refills the name). */
OpsAttendee   *ops_attendee_new_person          (gint64 person_id, const char *name);
/* An external guest by name. */
OpsAttendee   *ops_attendee_new_guest           (const char *name);
OpsAttendee   *ops_attendee_copy                (OpsAttendee *self);
gint64         ops_attendee_get_id              (OpsAttendee *self);
void           ops_attendee_set_id              (OpsAttendee *self, gint64 id);
gint64         ops_attendee_get_person_id       (OpsAttendee *self);
void           ops_attendee_set_person_id       (OpsAttendee *self, gint64 id);
const char    *ops_attendee_get_name            (OpsAttendee *self);
void           ops_attendee_set_name            (OpsAttendee *self, const char *name);
const char    *ops_attendee_get_department_name (OpsAttendee *self);
void           ops_attendee_set_department_name (OpsAttendee *self, const char *name);
gboolean       ops_attendee_get_guest           (OpsAttendee *self);
OpsAttendance  ops_attendee_get_attendance      (OpsAttendee *self);
void           ops_attendee_set_attendance      (OpsAttendee *self, OpsAttendance attendance);
gint64         ops_attendee_get_checked_in_at   (OpsAttendee *self);
void           ops_attendee_set_checked_in_at   (OpsAttendee *self, gint64 instant);

/* OpsAgendaItem ----------------------------------------------------------
 * Properties: id, position (uint, 0-based order), title, presenter-id
 * (gint64, 0 = none), presenter-name (filled by the store), minutes (uint,
 * 1–600 allotted). */
#define OPS_TYPE_AGENDA_ITEM (ops_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (OpsAgendaItem, ops_agenda_item, OPS, AGENDA_ITEM, GObject)

OpsAgendaItem *ops_agenda_item_new                (void);
OpsAgendaItem *ops_agenda_item_new_full           (const char *title,
                                                   gint64      presenter_id,
                                                   guint       minutes);
OpsAgendaItem *ops_agenda_item_copy               (OpsAgendaItem *self);
gint64         ops_agenda_item_get_id             (OpsAgendaItem *self);
void           ops_agenda_item_set_id             (OpsAgendaItem *self, gint64 id);
guint          ops_agenda_item_get_position       (OpsAgendaItem *self);
void           ops_agenda_item_set_position       (OpsAgendaItem *self, guint position);
const char    *ops_agenda_item_get_title          (OpsAgendaItem *self);
void           ops_agenda_item_set_title          (OpsAgendaItem *self, const char *title);
gint64         ops_agenda_item_get_presenter_id   (OpsAgendaItem *self);
void           ops_agenda_item_set_presenter_id   (OpsAgendaItem *self, gint64 id);
const char    *ops_agenda_item_get_presenter_name (OpsAgendaItem *self);
void           ops_agenda_item_set_presenter_name (OpsAgendaItem *self, const char *name);
guint          ops_agenda_item_get_minutes        (OpsAgendaItem *self);
void           ops_agenda_item_set_minutes        (OpsAgendaItem *self, guint minutes);

/* OpsMaterial ------------------------------------------------------------
 * Properties: id, meeting-id, title, file-name (the stored copy relative to
 * ops_store_dup_files_dir(), e.g. "meetings/12/3-report.xlsx"; NULL for a
 * link), original-name (the file's name when added), uri (a link; NULL for
 * a file), added-at (gint64). Exactly one of file-name and uri is set. */
#define OPS_TYPE_MATERIAL (ops_material_get_type ())
G_DECLARE_FINAL_TYPE (OpsMaterial, ops_material, OPS, MATERIAL, GObject)

OpsMaterial   *ops_material_new                 (void);
OpsMaterial   *ops_material_copy                (OpsMaterial *self);
gint64         ops_material_get_id              (OpsMaterial *self);
void           ops_material_set_id              (OpsMaterial *self, gint64 id);
gint64         ops_material_get_meeting_id      (OpsMaterial *self);
void           ops_material_set_meeting_id      (OpsMaterial *self, gint64 id);
const char    *ops_material_get_title           (OpsMaterial *self);
void           ops_material_set_title           (OpsMaterial *self, const char *title);
const char    *ops_material_get_file_name       (OpsMaterial *self);
void           ops_material_set_file_name       (OpsMaterial *self, const char *file_name);
const char    *ops_material_get_original_name   (OpsMaterial *self);
void           ops_material_set_original_name   (OpsMaterial *self, const char *name);
const char    *ops_material_get_uri             (OpsMaterial *self);
void           ops_material_set_uri             (OpsMaterial *self, const char *uri);
gint64         ops_material_get_added_at        (OpsMaterial *self);
void           ops_material_set_added_at        (OpsMaterial *self, gint64 instant);
/* TRUE for a link (uri set), FALSE for a stored file. */
gboolean       ops_material_is_link             (OpsMaterial *self);

/* OpsResolution ----------------------------------------------------------
 * Properties: id, meeting-id, position (uint), conclusion, owner-id (gint64,
 * 0 = not chosen), owner-name (filled by the store), due-date ("YYYY-MM-DD"
 * or NULL), finalised (boolean: cannot change any more), action-item-id
 * (gint64, 0 until finalised). */
#define OPS_TYPE_RESOLUTION (ops_resolution_get_type ())
G_DECLARE_FINAL_TYPE (OpsResolution, ops_resolution, OPS, RESOLUTION, GObject)

OpsResolution *ops_resolution_new                (void);
OpsResolution *ops_resolution_copy               (OpsResolution *self);
gint64         ops_resolution_get_id             (OpsResolution *self);
void           ops_resolution_set_id             (OpsResolution *self, gint64 id);
gint64         ops_resolution_get_meeting_id     (OpsResolution *self);
void           ops_resolution_set_meeting_id     (OpsResolution *self, gint64 id);
guint          ops_resolution_get_position       (OpsResolution *self);
void           ops_resolution_set_position       (OpsResolution *self, guint position);
const char    *ops_resolution_get_conclusion     (OpsResolution *self);
void           ops_resolution_set_conclusion     (OpsResolution *self, const char *text);
gint64         ops_resolution_get_owner_id       (OpsResolution *self);
void           ops_resolution_set_owner_id       (OpsResolution *self, gint64 id);
const char    *ops_resolution_get_owner_name     (OpsResolution *self);
void           ops_resolution_set_owner_name     (OpsResolution *self, const char *name);
const char    *ops_resolution_get_due_date       (OpsResolution *self);
void           ops_resolution_set_due_date       (OpsResolution *self, const char *date);
gboolean       ops_resolution_get_finalised      (OpsResolution *self);
void           ops_resolution_set_finalised      (OpsResolution *self, gboolean finalised);
gint64         ops_resolution_get_action_item_id (OpsResolution *self);
void           ops_resolution_set_action_item_id (OpsResolution *self, gint64 id);
/* TRUE when conclusion, owner and due date are all set (may be finalised). */
gboolean       ops_resolution_is_complete        (OpsResolution *self);

G_END_DECLS

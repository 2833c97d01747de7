/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting.h: one meeting (SPEC §1). A plain record: the store fills it,
 * pages bind to its properties, exporters read it. Its children (attendees,
 * agenda, materials, resolutions, and — from the reader — action items) are
 * GListStores the store sets on get and reads on save.
 *
 * Properties (readable and writable unless read-only; notify only on change):
 *   id                      gint64   0 for a meeting not yet saved
 *   series-id               gint64   0 = a single meeting
 *   topic                   string   required, ≤ 200 characters
 *   goal                    string   the decisions or consensus to reach
 *   host-id, host-name      gint64, string (name filled by the store)
 *   note-taker-id, note-taker-name
 *   department-id, department-name   organising department, 0 = none
 *   starts-at, ends-at      gint64   Unix seconds (UTC)
 *   place-kind              int      OpsPlaceKind
 *   place                   string   room name, or URL when online
 *   software-tested         boolean  online only: the software was tested
 *   resources               GStrv    "room", "projector", "microphone" or custom
 *   materials-sent-at       gint64   0 = materials not sent yet
 *   materials-sent-to       string   to whom (free text)
 *   minutes-state           int      OpsMinutesState
 *   minutes-text            string
 *   minutes-submitted-at, minutes-approved-at, minutes-distributed-at  gint64 (0 = not yet)
 *   minutes-distributed-to  string   the recipients ("、"-joined names)
 *   minutes-return-comment  string   the host's comment when returning minutes
 *   archived-at             gint64   0 = not archived
 *   archive-name            string   read-only: the stored name when archived,
 *                                    else computed "YYYY-MM-topic"
 *   retention-until         string   "YYYY-MM-DD", filled by the store
 *   flags                   uint     OpsMeetingFlags, filled by the store
 *   attendee-count, present-count, late-count, absent-count, open-actions,
 *   overdue-actions         uint     filled by the store (lists and get)
 *   planned-minutes         uint     read-only: (ends − starts) / 60
 *   agenda-minutes          uint     read-only: sum of the agenda items' minutes
 *   minutes-due             gint64   read-only: ends + 24 h
 */
#pragma once

#include <gio/gio.h>

#include "core/ops-meeting-rules.h"
#include "model/ops-meeting-parts.h"
#include "model/ops-action-item.h"

G_BEGIN_DECLS

#define OPS_TYPE_MEETING (ops_meeting_get_type ())
G_DECLARE_FINAL_TYPE (OpsMeeting, ops_meeting, OPS, MEETING, GObject)

OpsMeeting     *ops_meeting_new                     (void);
/* A deep copy: same values, and copies of every child. */
OpsMeeting     *ops_meeting_copy                    (OpsMeeting  *self);

gint64          ops_meeting_get_id                  (OpsMeeting  *self);
void            ops_meeting_set_id                  (OpsMeeting  *self, gint64 id);
gint64          ops_meeting_get_series_id           (OpsMeeting  *self);
void            ops_meeting_set_series_id           (OpsMeeting  *self, gint64 series_id);
const char     *ops_meeting_get_topic               (OpsMeeting  *self);
void            ops_meeting_set_topic               (OpsMeeting  *self, const char *topic);
const char     *ops_meeting_get_goal                (OpsMeeting  *self);
void            ops_meeting_set_goal                (OpsMeeting  *self, const char *goal);
gint64          ops_meeting_get_host_id             (OpsMeeting  *self);
void            ops_meeting_set_host_id             (OpsMeeting  *self, gint64 id);
const char     *ops_meeting_get_host_name           (OpsMeeting  *self);
void            ops_meeting_set_host_name           (OpsMeeting  *self, const char *name);
gint64          ops_meeting_get_note_taker_id       (OpsMeeting  *self);
void            ops_meeting_set_note_taker_id       (OpsMeeting  *self, gint64 id);
const char     *ops_meeting_get_note_taker_name     (OpsMeeting  *self);
void            ops_meeting_set_note_taker_name     (OpsMeeting  *self, const char *name);
gint64          ops_meeting_get_department_id       (OpsMeeting  *self);
void            ops_meeting_set_department_id       (OpsMeeting  *self, gint64 id);
const char     *ops_meeting_get_department_name     (OpsMeeting  *self);
void            ops_meeting_set_department_name     (OpsMeeting  *self, const char *name);
gint64          ops_meeting_get_starts_at           (OpsMeeting  *self);
void            ops_meeting_set_starts_at           (OpsMeeting  *self, gint64 instant);
gint64          ops_meeting_get_ends_at             (OpsMeeting  *self);
void            ops_meeting_set_ends_at             (OpsMeeting  *self, gint64 instant);
OpsPlaceKind    ops_meeting_get_place_kind          (OpsMeeting  *self);
void            ops_meeting_set_place_kind          (OpsMeeting  *self, OpsPlaceKind kind);
const char     *ops_meeting_get_place               (OpsMeeting  *self);
void            ops_meeting_set_place               (OpsMeeting  *self, const char *place);
gboolean        ops_meeting_get_software_tested     (OpsMeeting  *self);
void            ops_meeting_set_software_tested     (OpsMeeting  *self, gboolean tested);
/* NULL-terminated; never NULL (an empty vector when none). */
const char * const *ops_meeting_get_resources       (OpsMeeting  *self);
void            ops_meeting_set_resources           (OpsMeeting  *self, const char * const *resources);
gint64          ops_meeting_get_materials_sent_at   (OpsMeeting  *self);
void            ops_meeting_set_materials_sent_at   (OpsMeeting  *self, gint64 instant);
const char     *ops_meeting_get_materials_sent_to   (OpsMeeting  *self);
void            ops_meeting_set_materials_sent_to   (OpsMeeting  *self, const char *text);
OpsMinutesState ops_meeting_get_minutes_state       (OpsMeeting  *self);
void            ops_meeting_set_minutes_state       (OpsMeeting  *self, OpsMinutesState state);
const char     *ops_meeting_get_minutes_text        (OpsMeeting  *self);
void            ops_meeting_set_minutes_text        (OpsMeeting  *self, const char *text);
gint64          ops_meeting_get_minutes_submitted_at (OpsMeeting *self);
void            ops_meeting_set_minutes_submitted_at (OpsMeeting *self, gint64 instant);
gint64          ops_meeting_get_minutes_approved_at (OpsMeeting  *self);
void            ops_meeting_set_minutes_approved_at (OpsMeeting  *self, gint64 instant);
gint64          ops_meeting_get_minutes_distributed_at (OpsMeeting *self);
void            ops_meeting_set_minutes_distributed_at (OpsMeeting *self, gint64 instant);
const char     *ops_meeting_get_minutes_distributed_to (OpsMeeting *self);
void            ops_meeting_set_minutes_distributed_to (OpsMeeting *self, const char *text);
const char     *ops_meeting_get_minutes_return_comment (OpsMeeting *self);
void            ops_meeting_set_minutes_return_comment (OpsMeeting *self, const char *text);
gint64          ops_meeting_get_archived_at         (OpsMeeting  *self);
void            ops_meeting_set_archived_at         (OpsMeeting  *self, gint64 instant);
/* The stored archive name when archived, else "YYYY-MM-topic" computed from
 * the start and topic. Free with g_free(). */
char           *ops_meeting_dup_archive_name        (OpsMeeting  *self);
/* Store-only: the name fixed when the meeting was archived (NULL = none). */
void            ops_meeting_set_stored_archive_name (OpsMeeting  *self, const char *name);
const char     *ops_meeting_get_retention_until     (OpsMeeting  *self);
void            ops_meeting_set_retention_until     (OpsMeeting  *self, const char *date);
OpsMeetingFlags ops_meeting_get_flags               (OpsMeeting  *self);
void            ops_meeting_set_flags               (OpsMeeting  *self, OpsMeetingFlags flags);
guint           ops_meeting_get_attendee_count      (OpsMeeting  *self);
void            ops_meeting_set_attendee_count      (OpsMeeting  *self, guint n);
guint           ops_meeting_get_present_count       (OpsMeeting  *self);
void            ops_meeting_set_present_count       (OpsMeeting  *self, guint n);
guint           ops_meeting_get_late_count          (OpsMeeting  *self);
void            ops_meeting_set_late_count          (OpsMeeting  *self, guint n);
guint           ops_meeting_get_absent_count        (OpsMeeting  *self);
void            ops_meeting_set_absent_count        (OpsMeeting  *self, guint n);
guint           ops_meeting_get_open_actions        (OpsMeeting  *self);
void            ops_meeting_set_open_actions        (OpsMeeting  *self, guint n);
guint           ops_meeting_get_overdue_actions     (OpsMeeting  *self);
void            ops_meeting_set_overdue_actions     (OpsMeeting  *self, guint n);
/* (ends − starts) / 60, 0 when ends <= starts. */
guint           ops_meeting_get_planned_minutes     (OpsMeeting  *self);
/* Sum of the agenda items' minutes. */
guint           ops_meeting_get_agenda_minutes      (OpsMeeting  *self);
/* ends + 24 h. */
gint64          ops_meeting_get_minutes_due         (OpsMeeting  *self);

/* Children. Getters return (transfer none) the meeting's GListStore (never
 * NULL, possibly empty); setters replace the contents with copies of the
 * items of @model (NULL = empty) and emit items-changed on the same store. */
GListModel     *ops_meeting_get_attendees           (OpsMeeting  *self); /* OpsAttendee */
void            ops_meeting_set_attendees           (OpsMeeting  *self, GListModel *model);
GListModel     *ops_meeting_get_agenda              (OpsMeeting  *self); /* OpsAgendaItem, by position */
void            ops_meeting_set_agenda              (OpsMeeting  *self, GListModel *model);
GListModel     *ops_meeting_get_materials           (OpsMeeting  *self); /* OpsMaterial */
void            ops_meeting_set_materials           (OpsMeeting  *self, GListModel *model);
GListModel     *ops_meeting_get_resolutions         (OpsMeeting  *self); /* OpsResolution, by position */
void            ops_meeting_set_resolutions         (OpsMeeting  *self, GListModel *model);
/* Filled by the reader (ops_store_reader_get_meeting) and by
 * ops_store_get_meeting: the meeting's action items. */
GListModel     *ops_meeting_get_action_items        (OpsMeeting  *self); /* OpsActionItem */
void            ops_meeting_set_action_items        (OpsMeeting  *self, GListModel *model);

/* Convenience: "1.上半年业绩回顾;2.Q3目标分解" style numbered agenda joined
 * with @separator; attendee names joined with @separator (guests included).
 * Free with g_free(). */
char           *ops_meeting_dup_agenda_text         (OpsMeeting  *self,
                                                     const char  *separator);
char           *ops_meeting_dup_attendee_names      (OpsMeeting  *self,
                                                     const char  *separator);
char           *ops_meeting_dup_material_titles     (OpsMeeting  *self,
                                                     const char  *separator);

G_END_DECLS

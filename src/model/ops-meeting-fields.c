/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-meeting-fields.c: the getters and setters of OpsMeeting's plain fields
 * (each setter notifies only on change, plus the computed properties that
 * depend on it). */

#include "config.h"

#include <string.h>

#include "model/ops-meeting-private.h"

gint64
ops_meeting_get_id (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->id;
}

void
ops_meeting_set_id (OpsMeeting *self,
                    gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ID]);
}

gint64
ops_meeting_get_series_id (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->series_id;
}

void
ops_meeting_set_series_id (OpsMeeting *self,
                           gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->series_id == value)
    return;
  self->series_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_SERIES_ID]);
}

const char *
ops_meeting_get_topic (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->topic;
}

void
ops_meeting_set_topic (OpsMeeting *self,
                       const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->topic, value) == 0)
    return;
  g_free (self->topic);
  self->topic = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_TOPIC]);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ARCHIVE_NAME]);
}

const char *
ops_meeting_get_goal (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->goal;
}

void
ops_meeting_set_goal (OpsMeeting *self,
                      const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->goal, value) == 0)
    return;
  g_free (self->goal);
  self->goal = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_GOAL]);
}

gint64
ops_meeting_get_host_id (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->host_id;
}

void
ops_meeting_set_host_id (OpsMeeting *self,
                         gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->host_id == value)
    return;
  self->host_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_HOST_ID]);
}

const char *
ops_meeting_get_host_name (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->host_name;
}

void
ops_meeting_set_host_name (OpsMeeting *self,
                           const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->host_name, value) == 0)
    return;
  g_free (self->host_name);
  self->host_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_HOST_NAME]);
}

gint64
ops_meeting_get_note_taker_id (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->note_taker_id;
}

void
ops_meeting_set_note_taker_id (OpsMeeting *self,
                               gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->note_taker_id == value)
    return;
  self->note_taker_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_NOTE_TAKER_ID]);
}

const char *
ops_meeting_get_note_taker_name (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->note_taker_name;
}

void
ops_meeting_set_note_taker_name (OpsMeeting *self,
                                 const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->note_taker_name, value) == 0)
    return;
  g_free (self->note_taker_name);
  self->note_taker_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_NOTE_TAKER_NAME]);
}

gint64
ops_meeting_get_department_id (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->department_id;
}

void
ops_meeting_set_department_id (OpsMeeting *self,
                               gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->department_id == value)
    return;
  self->department_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_DEPARTMENT_ID]);
}

const char *
ops_meeting_get_department_name (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->department_name;
}

void
ops_meeting_set_department_name (OpsMeeting *self,
                                 const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->department_name, value) == 0)
    return;
  g_free (self->department_name);
  self->department_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_DEPARTMENT_NAME]);
}

gint64
ops_meeting_get_starts_at (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->starts_at;
}

void
ops_meeting_set_starts_at (OpsMeeting *self,
                           gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->starts_at == value)
    return;
  self->starts_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_STARTS_AT]);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_PLANNED_MINUTES]);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ARCHIVE_NAME]);
}

gint64
ops_meeting_get_ends_at (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->ends_at;
}

void
ops_meeting_set_ends_at (OpsMeeting *self,
                         gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->ends_at == value)
    return;
  self->ends_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ENDS_AT]);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_PLANNED_MINUTES]);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_DUE]);
}

OpsPlaceKind
ops_meeting_get_place_kind (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->place_kind;
}

void
ops_meeting_set_place_kind (OpsMeeting *self,
                            OpsPlaceKind value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->place_kind == value)
    return;
  self->place_kind = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_PLACE_KIND]);
}

const char *
ops_meeting_get_place (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->place;
}

void
ops_meeting_set_place (OpsMeeting *self,
                       const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->place, value) == 0)
    return;
  g_free (self->place);
  self->place = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_PLACE]);
}

gboolean
ops_meeting_get_software_tested (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), FALSE);

  return self->software_tested;
}

void
ops_meeting_set_software_tested (OpsMeeting *self,
                                 gboolean value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->software_tested == !!value)
    return;
  self->software_tested = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_SOFTWARE_TESTED]);
}

gint64
ops_meeting_get_materials_sent_at (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->materials_sent_at;
}

void
ops_meeting_set_materials_sent_at (OpsMeeting *self,
                                   gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->materials_sent_at == value)
    return;
  self->materials_sent_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MATERIALS_SENT_AT]);
}

const char *
ops_meeting_get_materials_sent_to (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->materials_sent_to;
}

void
ops_meeting_set_materials_sent_to (OpsMeeting *self,
                                   const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->materials_sent_to, value) == 0)
    return;
  g_free (self->materials_sent_to);
  self->materials_sent_to = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MATERIALS_SENT_TO]);
}

OpsMinutesState
ops_meeting_get_minutes_state (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->minutes_state;
}

void
ops_meeting_set_minutes_state (OpsMeeting *self,
                               OpsMinutesState value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->minutes_state == value)
    return;
  self->minutes_state = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_STATE]);
}

const char *
ops_meeting_get_minutes_text (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->minutes_text;
}

void
ops_meeting_set_minutes_text (OpsMeeting *self,
                              const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->minutes_text, value) == 0)
    return;
  g_free (self->minutes_text);
  self->minutes_text = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_TEXT]);
}

gint64
ops_meeting_get_minutes_submitted_at (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->minutes_submitted_at;
}

void
ops_meeting_set_minutes_submitted_at (OpsMeeting *self,
                                      gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->minutes_submitted_at == value)
    return;
  self->minutes_submitted_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_SUBMITTED_AT]);
}

gint64
ops_meeting_get_minutes_approved_at (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->minutes_approved_at;
}

void
ops_meeting_set_minutes_approved_at (OpsMeeting *self,
                                     gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->minutes_approved_at == value)
    return;
  self->minutes_approved_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_APPROVED_AT]);
}

gint64
ops_meeting_get_minutes_distributed_at (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->minutes_distributed_at;
}

void
ops_meeting_set_minutes_distributed_at (OpsMeeting *self,
                                        gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->minutes_distributed_at == value)
    return;
  self->minutes_distributed_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_DISTRIBUTED_AT]);
}

const char *
ops_meeting_get_minutes_distributed_to (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->minutes_distributed_to;
}

void
ops_meeting_set_minutes_distributed_to (OpsMeeting *self,
                                        const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->minutes_distributed_to, value) == 0)
    return;
  g_free (self->minutes_distributed_to);
  self->minutes_distributed_to = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_DISTRIBUTED_TO]);
}

const char *
ops_meeting_get_minutes_return_comment (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->minutes_return_comment;
}

void
ops_meeting_set_minutes_return_comment (OpsMeeting *self,
                                        const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->minutes_return_comment, value) == 0)
    return;
  g_free (self->minutes_return_comment);
  self->minutes_return_comment = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_MINUTES_RETURN_COMMENT]);
}

gint64
ops_meeting_get_archived_at (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->archived_at;
}

void
ops_meeting_set_archived_at (OpsMeeting *self,
                             gint64 value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->archived_at == value)
    return;
  self->archived_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ARCHIVED_AT]);
}

const char *
ops_meeting_get_retention_until (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return self->retention_until;
}

void
ops_meeting_set_retention_until (OpsMeeting *self,
                                 const char *value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->retention_until, value) == 0)
    return;
  g_free (self->retention_until);
  self->retention_until = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_RETENTION_UNTIL]);
}

OpsMeetingFlags
ops_meeting_get_flags (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->flags;
}

void
ops_meeting_set_flags (OpsMeeting *self,
                       OpsMeetingFlags value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->flags == value)
    return;
  self->flags = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_FLAGS]);
}

guint
ops_meeting_get_attendee_count (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->attendee_count;
}

void
ops_meeting_set_attendee_count (OpsMeeting *self,
                                guint value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->attendee_count == value)
    return;
  self->attendee_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ATTENDEE_COUNT]);
}

guint
ops_meeting_get_present_count (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->present_count;
}

void
ops_meeting_set_present_count (OpsMeeting *self,
                               guint value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->present_count == value)
    return;
  self->present_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_PRESENT_COUNT]);
}

guint
ops_meeting_get_late_count (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->late_count;
}

void
ops_meeting_set_late_count (OpsMeeting *self,
                            guint value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->late_count == value)
    return;
  self->late_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_LATE_COUNT]);
}

guint
ops_meeting_get_absent_count (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->absent_count;
}

void
ops_meeting_set_absent_count (OpsMeeting *self,
                              guint value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->absent_count == value)
    return;
  self->absent_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ABSENT_COUNT]);
}

guint
ops_meeting_get_open_actions (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->open_actions;
}

void
ops_meeting_set_open_actions (OpsMeeting *self,
                              guint value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->open_actions == value)
    return;
  self->open_actions = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_OPEN_ACTIONS]);
}

guint
ops_meeting_get_overdue_actions (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return self->overdue_actions;
}

void
ops_meeting_set_overdue_actions (OpsMeeting *self,
                                 guint value)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (self->overdue_actions == value)
    return;
  self->overdue_actions = value;
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_OVERDUE_ACTIONS]);
}

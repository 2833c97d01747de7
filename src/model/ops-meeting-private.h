/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-meeting-private.h: OpsMeeting's instance struct and property table,
 * shared by ops-meeting.c and ops-meeting-fields.c only. */
#pragma once

#include "model/ops-meeting.h"

G_BEGIN_DECLS

typedef gpointer (*CopyFunc) (gpointer item);

struct _OpsMeeting
{
  GObject parent_instance;

  gint64           id;
  gint64           series_id;
  char             *topic;
  char             *goal;
  gint64           host_id;
  char             *host_name;
  gint64           note_taker_id;
  char             *note_taker_name;
  gint64           department_id;
  char             *department_name;
  gint64           starts_at;
  gint64           ends_at;
  OpsPlaceKind     place_kind;
  char             *place;
  gboolean         software_tested;
  gint64           materials_sent_at;
  char             *materials_sent_to;
  OpsMinutesState  minutes_state;
  char             *minutes_text;
  gint64           minutes_submitted_at;
  gint64           minutes_approved_at;
  gint64           minutes_distributed_at;
  char             *minutes_distributed_to;
  char             *minutes_return_comment;
  gint64           archived_at;
  char             *retention_until;
  OpsMeetingFlags  flags;
  guint            attendee_count;
  guint            present_count;
  guint            late_count;
  guint            absent_count;
  guint            open_actions;
  guint            overdue_actions;
  char           **resources;
  char            *stored_archive_name;
  GListStore      *attendees;
  GListStore      *agenda;
  GListStore      *materials;
  GListStore      *resolutions;
  GListStore      *action_items;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_SERIES_ID,
  PROP_TOPIC,
  PROP_GOAL,
  PROP_HOST_ID,
  PROP_HOST_NAME,
  PROP_NOTE_TAKER_ID,
  PROP_NOTE_TAKER_NAME,
  PROP_DEPARTMENT_ID,
  PROP_DEPARTMENT_NAME,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_PLACE_KIND,
  PROP_PLACE,
  PROP_SOFTWARE_TESTED,
  PROP_MATERIALS_SENT_AT,
  PROP_MATERIALS_SENT_TO,
  PROP_MINUTES_STATE,
  PROP_MINUTES_TEXT,
  PROP_MINUTES_SUBMITTED_AT,
  PROP_MINUTES_APPROVED_AT,
  PROP_MINUTES_DISTRIBUTED_AT,
  PROP_MINUTES_DISTRIBUTED_TO,
  PROP_MINUTES_RETURN_COMMENT,
  PROP_ARCHIVED_AT,
  PROP_RETENTION_UNTIL,
  PROP_FLAGS,
  PROP_ATTENDEE_COUNT,
  PROP_PRESENT_COUNT,
  PROP_LATE_COUNT,
  PROP_ABSENT_COUNT,
  PROP_OPEN_ACTIONS,
  PROP_OVERDUE_ACTIONS,
  PROP_ARCHIVE_NAME,
  PROP_PLANNED_MINUTES,
  PROP_AGENDA_MINUTES,
  PROP_MINUTES_DUE,
  PROP_RESOURCES,
  N_PROPS
};

extern GParamSpec *ops_meeting_properties[N_PROPS];

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-meeting.c: the OpsMeeting record (SPEC §1): its class, properties,
 * copy and children. The plain field accessors are in ops-meeting-fields.c. */

#include "config.h"

#include <string.h>

#include "model/ops-meeting-private.h"

static void on_agenda_changed (gpointer data);
static void copy_children (GListStore *dest, GListModel *source, CopyFunc copy);

G_DEFINE_FINAL_TYPE (OpsMeeting, ops_meeting, G_TYPE_OBJECT)

GParamSpec *ops_meeting_properties[N_PROPS];

static void
ops_meeting_finalize (GObject *object)
{
  OpsMeeting *self = (OpsMeeting *) object;

  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->goal, g_free);
  g_clear_pointer (&self->host_name, g_free);
  g_clear_pointer (&self->note_taker_name, g_free);
  g_clear_pointer (&self->department_name, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->materials_sent_to, g_free);
  g_clear_pointer (&self->minutes_text, g_free);
  g_clear_pointer (&self->minutes_distributed_to, g_free);
  g_clear_pointer (&self->minutes_return_comment, g_free);
  g_clear_pointer (&self->retention_until, g_free);
  g_clear_pointer (&self->resources, g_strfreev);
  g_clear_pointer (&self->stored_archive_name, g_free);
  if (self->agenda != NULL)
    g_signal_handlers_disconnect_by_data (self->agenda, self);
  g_clear_object (&self->attendees);
  g_clear_object (&self->agenda);
  g_clear_object (&self->materials);
  g_clear_object (&self->resolutions);
  g_clear_object (&self->action_items);

  G_OBJECT_CLASS (ops_meeting_parent_class)->finalize (object);
}

static void
ops_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OpsMeeting *self = OPS_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_SERIES_ID:
      g_value_set_int64 (value, self->series_id);
      break;
    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;
    case PROP_GOAL:
      g_value_set_string (value, self->goal);
      break;
    case PROP_HOST_ID:
      g_value_set_int64 (value, self->host_id);
      break;
    case PROP_HOST_NAME:
      g_value_set_string (value, self->host_name);
      break;
    case PROP_NOTE_TAKER_ID:
      g_value_set_int64 (value, self->note_taker_id);
      break;
    case PROP_NOTE_TAKER_NAME:
      g_value_set_string (value, self->note_taker_name);
      break;
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;
    case PROP_DEPARTMENT_NAME:
      g_value_set_string (value, self->department_name);
      break;
    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;
    case PROP_ENDS_AT:
      g_value_set_int64 (value, self->ends_at);
      break;
    case PROP_PLACE_KIND:
      g_value_set_int (value, self->place_kind);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_SOFTWARE_TESTED:
      g_value_set_boolean (value, self->software_tested);
      break;
    case PROP_MATERIALS_SENT_AT:
      g_value_set_int64 (value, self->materials_sent_at);
      break;
    case PROP_MATERIALS_SENT_TO:
      g_value_set_string (value, self->materials_sent_to);
      break;
    case PROP_MINUTES_STATE:
      g_value_set_int (value, self->minutes_state);
      break;
    case PROP_MINUTES_TEXT:
      g_value_set_string (value, self->minutes_text);
      break;
    case PROP_MINUTES_SUBMITTED_AT:
      g_value_set_int64 (value, self->minutes_submitted_at);
      break;
    case PROP_MINUTES_APPROVED_AT:
      g_value_set_int64 (value, self->minutes_approved_at);
      break;
    case PROP_MINUTES_DISTRIBUTED_AT:
      g_value_set_int64 (value, self->minutes_distributed_at);
      break;
    case PROP_MINUTES_DISTRIBUTED_TO:
      g_value_set_string (value, self->minutes_distributed_to);
      break;
    case PROP_MINUTES_RETURN_COMMENT:
      g_value_set_string (value, self->minutes_return_comment);
      break;
    case PROP_ARCHIVED_AT:
      g_value_set_int64 (value, self->archived_at);
      break;
    case PROP_RETENTION_UNTIL:
      g_value_set_string (value, self->retention_until);
      break;
    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;
    case PROP_ATTENDEE_COUNT:
      g_value_set_uint (value, self->attendee_count);
      break;
    case PROP_PRESENT_COUNT:
      g_value_set_uint (value, self->present_count);
      break;
    case PROP_LATE_COUNT:
      g_value_set_uint (value, self->late_count);
      break;
    case PROP_ABSENT_COUNT:
      g_value_set_uint (value, self->absent_count);
      break;
    case PROP_OPEN_ACTIONS:
      g_value_set_uint (value, self->open_actions);
      break;
    case PROP_OVERDUE_ACTIONS:
      g_value_set_uint (value, self->overdue_actions);
      break;
    case PROP_ARCHIVE_NAME:
      g_value_take_string (value, ops_meeting_dup_archive_name (self));
      break;
    case PROP_PLANNED_MINUTES:
      g_value_set_uint (value, ops_meeting_get_planned_minutes (self));
      break;
    case PROP_AGENDA_MINUTES:
      g_value_set_uint (value, ops_meeting_get_agenda_minutes (self));
      break;
    case PROP_MINUTES_DUE:
      g_value_set_int64 (value, ops_meeting_get_minutes_due (self));
      break;
    case PROP_RESOURCES:
      g_value_set_boxed (value, self->resources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_meeting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OpsMeeting *self = OPS_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_meeting_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_SERIES_ID:
      ops_meeting_set_series_id (self, g_value_get_int64 (value));
      break;
    case PROP_TOPIC:
      ops_meeting_set_topic (self, g_value_get_string (value));
      break;
    case PROP_GOAL:
      ops_meeting_set_goal (self, g_value_get_string (value));
      break;
    case PROP_HOST_ID:
      ops_meeting_set_host_id (self, g_value_get_int64 (value));
      break;
    case PROP_HOST_NAME:
      ops_meeting_set_host_name (self, g_value_get_string (value));
      break;
    case PROP_NOTE_TAKER_ID:
      ops_meeting_set_note_taker_id (self, g_value_get_int64 (value));
      break;
    case PROP_NOTE_TAKER_NAME:
      ops_meeting_set_note_taker_name (self, g_value_get_string (value));
      break;
    case PROP_DEPARTMENT_ID:
      ops_meeting_set_department_id (self, g_value_get_int64 (value));
      break;
    case PROP_DEPARTMENT_NAME:
      ops_meeting_set_department_name (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      ops_meeting_set_starts_at (self, g_value_get_int64 (value));
      break;
    case PROP_ENDS_AT:
      ops_meeting_set_ends_at (self, g_value_get_int64 (value));
      break;
    case PROP_PLACE_KIND:
      ops_meeting_set_place_kind (self, g_value_get_int (value));
      break;
    case PROP_PLACE:
      ops_meeting_set_place (self, g_value_get_string (value));
      break;
    case PROP_SOFTWARE_TESTED:
      ops_meeting_set_software_tested (self, g_value_get_boolean (value));
      break;
    case PROP_MATERIALS_SENT_AT:
      ops_meeting_set_materials_sent_at (self, g_value_get_int64 (value));
      break;
    case PROP_MATERIALS_SENT_TO:
      ops_meeting_set_materials_sent_to (self, g_value_get_string (value));
      break;
    case PROP_MINUTES_STATE:
      ops_meeting_set_minutes_state (self, g_value_get_int (value));
      break;
    case PROP_MINUTES_TEXT:
      ops_meeting_set_minutes_text (self, g_value_get_string (value));
      break;
    case PROP_MINUTES_SUBMITTED_AT:
      ops_meeting_set_minutes_submitted_at (self, g_value_get_int64 (value));
      break;
    case PROP_MINUTES_APPROVED_AT:
      ops_meeting_set_minutes_approved_at (self, g_value_get_int64 (value));
      break;
    case PROP_MINUTES_DISTRIBUTED_AT:
      ops_meeting_set_minutes_distributed_at (self, g_value_get_int64 (value));
      break;
    case PROP_MINUTES_DISTRIBUTED_TO:
      ops_meeting_set_minutes_distributed_to (self, g_value_get_string (value));
      break;
    case PROP_MINUTES_RETURN_COMMENT:
      ops_meeting_set_minutes_return_comment (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVED_AT:
      ops_meeting_set_archived_at (self, g_value_get_int64 (value));
      break;
    case PROP_RETENTION_UNTIL:
      ops_meeting_set_retention_until (self, g_value_get_string (value));
      break;
    case PROP_FLAGS:
      ops_meeting_set_flags (self, g_value_get_uint (value));
      break;
    case PROP_ATTENDEE_COUNT:
      ops_meeting_set_attendee_count (self, g_value_get_uint (value));
      break;
    case PROP_PRESENT_COUNT:
      ops_meeting_set_present_count (self, g_value_get_uint (value));
      break;
    case PROP_LATE_COUNT:
      ops_meeting_set_late_count (self, g_value_get_uint (value));
      break;
    case PROP_ABSENT_COUNT:
      ops_meeting_set_absent_count (self, g_value_get_uint (value));
      break;
    case PROP_OPEN_ACTIONS:
      ops_meeting_set_open_actions (self, g_value_get_uint (value));
      break;
    case PROP_OVERDUE_ACTIONS:
      ops_meeting_set_overdue_actions (self, g_value_get_uint (value));
      break;
    case PROP_RESOURCES:
      ops_meeting_set_resources (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_meeting_class_init (OpsMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_meeting_finalize;
  object_class->get_property = ops_meeting_get_property;
  object_class->set_property = ops_meeting_set_property;

  ops_meeting_properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_SERIES_ID] =
    g_param_spec_int64 ("series-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_GOAL] =
    g_param_spec_string ("goal", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_HOST_ID] =
    g_param_spec_int64 ("host-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_HOST_NAME] =
    g_param_spec_string ("host-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_NOTE_TAKER_ID] =
    g_param_spec_int64 ("note-taker-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_NOTE_TAKER_NAME] =
    g_param_spec_string ("note-taker-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_DEPARTMENT_NAME] =
    g_param_spec_string ("department-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_ENDS_AT] =
    g_param_spec_int64 ("ends-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_PLACE_KIND] =
    g_param_spec_int ("place-kind", NULL, NULL, 0, OPS_PLACE_ONLINE, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_SOFTWARE_TESTED] =
    g_param_spec_boolean ("software-tested", NULL, NULL, FALSE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MATERIALS_SENT_AT] =
    g_param_spec_int64 ("materials-sent-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MATERIALS_SENT_TO] =
    g_param_spec_string ("materials-sent-to", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MINUTES_STATE] =
    g_param_spec_int ("minutes-state", NULL, NULL, 0, OPS_MINUTES_DISTRIBUTED, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MINUTES_TEXT] =
    g_param_spec_string ("minutes-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MINUTES_SUBMITTED_AT] =
    g_param_spec_int64 ("minutes-submitted-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MINUTES_APPROVED_AT] =
    g_param_spec_int64 ("minutes-approved-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MINUTES_DISTRIBUTED_AT] =
    g_param_spec_int64 ("minutes-distributed-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MINUTES_DISTRIBUTED_TO] =
    g_param_spec_string ("minutes-distributed-to", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_MINUTES_RETURN_COMMENT] =
    g_param_spec_string ("minutes-return-comment", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_ARCHIVED_AT] =
    g_param_spec_int64 ("archived-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_RETENTION_UNTIL] =
    g_param_spec_string ("retention-until", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_ATTENDEE_COUNT] =
    g_param_spec_uint ("attendee-count", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_PRESENT_COUNT] =
    g_param_spec_uint ("present-count", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_LATE_COUNT] =
    g_param_spec_uint ("late-count", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_ABSENT_COUNT] =
    g_param_spec_uint ("absent-count", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_OPEN_ACTIONS] =
    g_param_spec_uint ("open-actions", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_OVERDUE_ACTIONS] =
    g_param_spec_uint ("overdue-actions", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  ops_meeting_properties[PROP_ARCHIVE_NAME] =
    g_param_spec_string ("archive-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  ops_meeting_properties[PROP_PLANNED_MINUTES] =
    g_param_spec_uint ("planned-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  ops_meeting_properties[PROP_AGENDA_MINUTES] =
    g_param_spec_uint ("agenda-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  ops_meeting_properties[PROP_MINUTES_DUE] =
    g_param_spec_int64 ("minutes-due", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  ops_meeting_properties[PROP_RESOURCES] =
    g_param_spec_boxed ("resources", NULL, NULL, G_TYPE_STRV,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, ops_meeting_properties);
}

static void
ops_meeting_init (OpsMeeting *self)
{
  self->resources = g_new0 (char *, 1);
  self->attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  self->agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);
  self->materials = g_list_store_new (OPS_TYPE_MATERIAL);
  self->resolutions = g_list_store_new (OPS_TYPE_RESOLUTION);
  self->action_items = g_list_store_new (OPS_TYPE_ACTION_ITEM);
  g_signal_connect_object (self->agenda, "items-changed",
                           G_CALLBACK (on_agenda_changed), self, G_CONNECT_SWAPPED);
}

OpsMeeting *
ops_meeting_new (void)
{
  return g_object_new (OPS_TYPE_MEETING, NULL);
}

OpsMeeting *
ops_meeting_copy (OpsMeeting *self)
{
  OpsMeeting *copy;

  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  copy = ops_meeting_new ();
  copy->id = self->id;
  copy->series_id = self->series_id;
  copy->topic = g_strdup (self->topic);
  copy->goal = g_strdup (self->goal);
  copy->host_id = self->host_id;
  copy->host_name = g_strdup (self->host_name);
  copy->note_taker_id = self->note_taker_id;
  copy->note_taker_name = g_strdup (self->note_taker_name);
  copy->department_id = self->department_id;
  copy->department_name = g_strdup (self->department_name);
  copy->starts_at = self->starts_at;
  copy->ends_at = self->ends_at;
  copy->place_kind = self->place_kind;
  copy->place = g_strdup (self->place);
  copy->software_tested = self->software_tested;
  copy->materials_sent_at = self->materials_sent_at;
  copy->materials_sent_to = g_strdup (self->materials_sent_to);
  copy->minutes_state = self->minutes_state;
  copy->minutes_text = g_strdup (self->minutes_text);
  copy->minutes_submitted_at = self->minutes_submitted_at;
  copy->minutes_approved_at = self->minutes_approved_at;
  copy->minutes_distributed_at = self->minutes_distributed_at;
  copy->minutes_distributed_to = g_strdup (self->minutes_distributed_to);
  copy->minutes_return_comment = g_strdup (self->minutes_return_comment);
  copy->archived_at = self->archived_at;
  copy->retention_until = g_strdup (self->retention_until);
  copy->flags = self->flags;
  copy->attendee_count = self->attendee_count;
  copy->present_count = self->present_count;
  copy->late_count = self->late_count;
  copy->absent_count = self->absent_count;
  copy->open_actions = self->open_actions;
  copy->overdue_actions = self->overdue_actions;
  g_strfreev (copy->resources);
  copy->resources = g_strdupv (self->resources);
  copy->stored_archive_name = g_strdup (self->stored_archive_name);
  copy_children (copy->attendees, G_LIST_MODEL (self->attendees), (CopyFunc) ops_attendee_copy);
  copy_children (copy->agenda, G_LIST_MODEL (self->agenda), (CopyFunc) ops_agenda_item_copy);
  copy_children (copy->materials, G_LIST_MODEL (self->materials), (CopyFunc) ops_material_copy);
  copy_children (copy->resolutions, G_LIST_MODEL (self->resolutions), (CopyFunc) ops_resolution_copy);
  copy_children (copy->action_items, G_LIST_MODEL (self->action_items), (CopyFunc) ops_action_item_copy);

  return copy;
}

static void
on_agenda_changed (gpointer data)
{
  OpsMeeting *self = OPS_MEETING (data);

  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_AGENDA_MINUTES]);
}

static void
copy_children (GListStore *dest,
               GListModel *source,
               CopyFunc    copy)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = source != NULL ? g_list_model_get_n_items (source) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (source, i);

      g_ptr_array_add (items, copy (item));
    }
  g_list_store_splice (dest, 0, g_list_model_get_n_items (G_LIST_MODEL (dest)),
                       items->pdata, items->len);
}

const char * const *
ops_meeting_get_resources (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return (const char * const *) self->resources;
}

void
ops_meeting_set_resources (OpsMeeting         *self,
                           const char * const *resources)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (resources == NULL && self->resources[0] == NULL)
    return;
  if (resources != NULL && g_strv_equal (resources, (const char * const *) self->resources))
    return;

  g_strfreev (self->resources);
  self->resources = resources != NULL ? g_strdupv ((char **) resources) : g_new0 (char *, 1);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_RESOURCES]);
}

char *
ops_meeting_dup_archive_name (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  if (self->stored_archive_name != NULL)
    return g_strdup (self->stored_archive_name);
  return ops_meeting_archive_name (self->starts_at, self->topic);
}

void
ops_meeting_set_stored_archive_name (OpsMeeting *self,
                                     const char *name)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (g_strcmp0 (self->stored_archive_name, name) == 0)
    return;
  g_free (self->stored_archive_name);
  self->stored_archive_name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), ops_meeting_properties[PROP_ARCHIVE_NAME]);
}

guint
ops_meeting_get_planned_minutes (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  if (self->ends_at <= self->starts_at)
    return 0;
  return (guint) MIN ((self->ends_at - self->starts_at) / 60, (gint64) G_MAXUINT);
}

guint
ops_meeting_get_agenda_minutes (OpsMeeting *self)
{
  guint n, total = 0;

  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      total += ops_agenda_item_get_minutes (item);
    }
  return total;
}

gint64
ops_meeting_get_minutes_due (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), 0);

  return ops_meeting_minutes_due (self->ends_at);
}

GListModel *
ops_meeting_get_attendees (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->attendees);
}

void
ops_meeting_set_attendees (OpsMeeting *self,
                           GListModel *model)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (model == G_LIST_MODEL (self->attendees))
    return;
  copy_children (self->attendees, model, (CopyFunc) ops_attendee_copy);
}

GListModel *
ops_meeting_get_agenda (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->agenda);
}

void
ops_meeting_set_agenda (OpsMeeting *self,
                        GListModel *model)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (model == G_LIST_MODEL (self->agenda))
    return;
  copy_children (self->agenda, model, (CopyFunc) ops_agenda_item_copy);
}

GListModel *
ops_meeting_get_materials (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->materials);
}

void
ops_meeting_set_materials (OpsMeeting *self,
                           GListModel *model)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (model == G_LIST_MODEL (self->materials))
    return;
  copy_children (self->materials, model, (CopyFunc) ops_material_copy);
}

GListModel *
ops_meeting_get_resolutions (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->resolutions);
}

void
ops_meeting_set_resolutions (OpsMeeting *self,
                             GListModel *model)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (model == G_LIST_MODEL (self->resolutions))
    return;
  copy_children (self->resolutions, model, (CopyFunc) ops_resolution_copy);
}

GListModel *
ops_meeting_get_action_items (OpsMeeting *self)
{
  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->action_items);
}

void
ops_meeting_set_action_items (OpsMeeting *self,
                              GListModel *model)
{
  g_return_if_fail (OPS_IS_MEETING (self));

  if (model == G_LIST_MODEL (self->action_items))
    return;
  copy_children (self->action_items, model, (CopyFunc) ops_action_item_copy);
}

char *
ops_meeting_dup_agenda_text (OpsMeeting *self,
                             const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      if (i > 0)
        g_string_append (text, separator);
      g_string_append_printf (text, "%u.%s", i + 1, ops_agenda_item_get_title (item));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
ops_meeting_dup_attendee_names (OpsMeeting *self,
                                const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attendees));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (G_LIST_MODEL (self->attendees), i);

      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, ops_attendee_get_name (attendee) != NULL
                             ? ops_attendee_get_name (attendee) : "");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
ops_meeting_dup_material_titles (OpsMeeting *self,
                                 const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (OPS_IS_MEETING (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->materials));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (G_LIST_MODEL (self->materials), i);

      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, ops_material_get_title (material) != NULL
                             ? ops_material_get_title (material) : "");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-action-item.c: OpsActionItem, an action item that a meeting's finalised
 * resolution became. */

#include "config.h"

#include <string.h>

#include "model/ops-action-item.h"

/* OpsActionItem ---------------------------------------------------------- */

struct _OpsActionItem
{
  GObject parent_instance;

  gint64           id;
  gint64           meeting_id;
  char             *meeting_topic;
  gint64           meeting_starts_at;
  gint64           resolution_id;
  gint64           owner_id;
  char             *owner_name;
  char             *content;
  char             *due_date;
  char             *original_due_date;
  OpsActionStatus  status;
  gboolean         overdue;
  char             *last_reason;
  guint            revision_count;
  gint64           updated_at;
};

G_DEFINE_FINAL_TYPE (OpsActionItem, ops_action_item, G_TYPE_OBJECT)

enum {
  ACTION_ITEM_PROP_0,
  ACTION_ITEM_PROP_ID,
  ACTION_ITEM_PROP_MEETING_ID,
  ACTION_ITEM_PROP_MEETING_TOPIC,
  ACTION_ITEM_PROP_MEETING_STARTS_AT,
  ACTION_ITEM_PROP_RESOLUTION_ID,
  ACTION_ITEM_PROP_OWNER_ID,
  ACTION_ITEM_PROP_OWNER_NAME,
  ACTION_ITEM_PROP_CONTENT,
  ACTION_ITEM_PROP_DUE_DATE,
  ACTION_ITEM_PROP_ORIGINAL_DUE_DATE,
  ACTION_ITEM_PROP_STATUS,
  ACTION_ITEM_PROP_OVERDUE,
  ACTION_ITEM_PROP_LAST_REASON,
  ACTION_ITEM_PROP_REVISION_COUNT,
  ACTION_ITEM_PROP_UPDATED_AT,
  ACTION_ITEM_PROP_N
};

static GParamSpec *action_item_props[ACTION_ITEM_PROP_N];

static void
ops_action_item_finalize (GObject *object)
{
  OpsActionItem *self = (OpsActionItem *) object;

  g_clear_pointer (&self->meeting_topic, g_free);
  g_clear_pointer (&self->owner_name, g_free);
  g_clear_pointer (&self->content, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->original_due_date, g_free);
  g_clear_pointer (&self->last_reason, g_free);

  G_OBJECT_CLASS (ops_action_item_parent_class)->finalize (object);
}

static void
ops_action_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OpsActionItem *self = OPS_ACTION_ITEM (object);

  switch (prop_id)
    {
    case ACTION_ITEM_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case ACTION_ITEM_PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case ACTION_ITEM_PROP_MEETING_TOPIC:
      g_value_set_string (value, self->meeting_topic);
      break;
    case ACTION_ITEM_PROP_MEETING_STARTS_AT:
      g_value_set_int64 (value, self->meeting_starts_at);
      break;
    case ACTION_ITEM_PROP_RESOLUTION_ID:
      g_value_set_int64 (value, self->resolution_id);
      break;
    case ACTION_ITEM_PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;
    case ACTION_ITEM_PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;
    case ACTION_ITEM_PROP_CONTENT:
      g_value_set_string (value, self->content);
      break;
    case ACTION_ITEM_PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case ACTION_ITEM_PROP_ORIGINAL_DUE_DATE:
      g_value_set_string (value, self->original_due_date);
      break;
    case ACTION_ITEM_PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case ACTION_ITEM_PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;
    case ACTION_ITEM_PROP_LAST_REASON:
      g_value_set_string (value, self->last_reason);
      break;
    case ACTION_ITEM_PROP_REVISION_COUNT:
      g_value_set_uint (value, self->revision_count);
      break;
    case ACTION_ITEM_PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_action_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OpsActionItem *self = OPS_ACTION_ITEM (object);

  switch (prop_id)
    {
    case ACTION_ITEM_PROP_ID:
      ops_action_item_set_id (self, g_value_get_int64 (value));
      break;
    case ACTION_ITEM_PROP_MEETING_ID:
      ops_action_item_set_meeting_id (self, g_value_get_int64 (value));
      break;
    case ACTION_ITEM_PROP_MEETING_TOPIC:
      ops_action_item_set_meeting_topic (self, g_value_get_string (value));
      break;
    case ACTION_ITEM_PROP_MEETING_STARTS_AT:
      ops_action_item_set_meeting_starts_at (self, g_value_get_int64 (value));
      break;
    case ACTION_ITEM_PROP_RESOLUTION_ID:
      ops_action_item_set_resolution_id (self, g_value_get_int64 (value));
      break;
    case ACTION_ITEM_PROP_OWNER_ID:
      ops_action_item_set_owner_id (self, g_value_get_int64 (value));
      break;
    case ACTION_ITEM_PROP_OWNER_NAME:
      ops_action_item_set_owner_name (self, g_value_get_string (value));
      break;
    case ACTION_ITEM_PROP_CONTENT:
      ops_action_item_set_content (self, g_value_get_string (value));
      break;
    case ACTION_ITEM_PROP_DUE_DATE:
      ops_action_item_set_due_date (self, g_value_get_string (value));
      break;
    case ACTION_ITEM_PROP_ORIGINAL_DUE_DATE:
      ops_action_item_set_original_due_date (self, g_value_get_string (value));
      break;
    case ACTION_ITEM_PROP_STATUS:
      ops_action_item_set_status (self, g_value_get_int (value));
      break;
    case ACTION_ITEM_PROP_OVERDUE:
      ops_action_item_set_overdue (self, g_value_get_boolean (value));
      break;
    case ACTION_ITEM_PROP_LAST_REASON:
      ops_action_item_set_last_reason (self, g_value_get_string (value));
      break;
    case ACTION_ITEM_PROP_REVISION_COUNT:
      ops_action_item_set_revision_count (self, g_value_get_uint (value));
      break;
    case ACTION_ITEM_PROP_UPDATED_AT:
      ops_action_item_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_action_item_class_init (OpsActionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_action_item_finalize;
  object_class->get_property = ops_action_item_get_property;
  object_class->set_property = ops_action_item_set_property;

  action_item_props[ACTION_ITEM_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_MEETING_TOPIC] =
    g_param_spec_string ("meeting-topic", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_MEETING_STARTS_AT] =
    g_param_spec_int64 ("meeting-starts-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_RESOLUTION_ID] =
    g_param_spec_int64 ("resolution-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_CONTENT] =
    g_param_spec_string ("content", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_ORIGINAL_DUE_DATE] =
    g_param_spec_string ("original-due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, OPS_ACTION_CANCELLED, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_LAST_REASON] =
    g_param_spec_string ("last-reason", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_REVISION_COUNT] =
    g_param_spec_uint ("revision-count", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_item_props[ACTION_ITEM_PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, ACTION_ITEM_PROP_N, action_item_props);
}

static void
ops_action_item_init (OpsActionItem *self)
{
  (void) self;
}

OpsActionItem *
ops_action_item_new (void)
{
  return g_object_new (OPS_TYPE_ACTION_ITEM, NULL);
}

OpsActionItem *
ops_action_item_copy (OpsActionItem *self)
{
  OpsActionItem *copy;

  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), NULL);

  copy = ops_action_item_new ();
  copy->id = self->id;
  copy->meeting_id = self->meeting_id;
  copy->meeting_topic = g_strdup (self->meeting_topic);
  copy->meeting_starts_at = self->meeting_starts_at;
  copy->resolution_id = self->resolution_id;
  copy->owner_id = self->owner_id;
  copy->owner_name = g_strdup (self->owner_name);
  copy->content = g_strdup (self->content);
  copy->due_date = g_strdup (self->due_date);
  copy->original_due_date = g_strdup (self->original_due_date);
  copy->status = self->status;
  copy->overdue = self->overdue;
  copy->last_reason = g_strdup (self->last_reason);
  copy->revision_count = self->revision_count;
  copy->updated_at = self->updated_at;

  return copy;
}

gint64
ops_action_item_get_id (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->id;
}

void
ops_action_item_set_id (OpsActionItem *self,
                        gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_ID]);
}

gint64
ops_action_item_get_meeting_id (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->meeting_id;
}

void
ops_action_item_set_meeting_id (OpsActionItem *self,
                                gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->meeting_id == value)
    return;
  self->meeting_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_MEETING_ID]);
}

const char *
ops_action_item_get_meeting_topic (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), NULL);

  return self->meeting_topic;
}

void
ops_action_item_set_meeting_topic (OpsActionItem *self,
                                   const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (g_strcmp0 (self->meeting_topic, value) == 0)
    return;
  g_free (self->meeting_topic);
  self->meeting_topic = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_MEETING_TOPIC]);
}

gint64
ops_action_item_get_meeting_starts_at (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->meeting_starts_at;
}

void
ops_action_item_set_meeting_starts_at (OpsActionItem *self,
                                       gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->meeting_starts_at == value)
    return;
  self->meeting_starts_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_MEETING_STARTS_AT]);
}

gint64
ops_action_item_get_resolution_id (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->resolution_id;
}

void
ops_action_item_set_resolution_id (OpsActionItem *self,
                                   gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->resolution_id == value)
    return;
  self->resolution_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_RESOLUTION_ID]);
}

gint64
ops_action_item_get_owner_id (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->owner_id;
}

void
ops_action_item_set_owner_id (OpsActionItem *self,
                              gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->owner_id == value)
    return;
  self->owner_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_OWNER_ID]);
}

const char *
ops_action_item_get_owner_name (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), NULL);

  return self->owner_name;
}

void
ops_action_item_set_owner_name (OpsActionItem *self,
                                const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (g_strcmp0 (self->owner_name, value) == 0)
    return;
  g_free (self->owner_name);
  self->owner_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_OWNER_NAME]);
}

const char *
ops_action_item_get_content (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), NULL);

  return self->content;
}

void
ops_action_item_set_content (OpsActionItem *self,
                             const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (g_strcmp0 (self->content, value) == 0)
    return;
  g_free (self->content);
  self->content = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_CONTENT]);
}

const char *
ops_action_item_get_due_date (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), NULL);

  return self->due_date;
}

void
ops_action_item_set_due_date (OpsActionItem *self,
                              const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (g_strcmp0 (self->due_date, value) == 0)
    return;
  g_free (self->due_date);
  self->due_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_DUE_DATE]);
}

const char *
ops_action_item_get_original_due_date (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), NULL);

  return self->original_due_date;
}

void
ops_action_item_set_original_due_date (OpsActionItem *self,
                                       const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (g_strcmp0 (self->original_due_date, value) == 0)
    return;
  g_free (self->original_due_date);
  self->original_due_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_ORIGINAL_DUE_DATE]);
}

OpsActionStatus
ops_action_item_get_status (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->status;
}

void
ops_action_item_set_status (OpsActionItem *self,
                            OpsActionStatus value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->status == value)
    return;
  self->status = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_STATUS]);
}

gboolean
ops_action_item_get_overdue (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), FALSE);

  return self->overdue;
}

void
ops_action_item_set_overdue (OpsActionItem *self,
                             gboolean value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->overdue == !!value)
    return;
  self->overdue = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_OVERDUE]);
}

const char *
ops_action_item_get_last_reason (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), NULL);

  return self->last_reason;
}

void
ops_action_item_set_last_reason (OpsActionItem *self,
                                 const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (g_strcmp0 (self->last_reason, value) == 0)
    return;
  g_free (self->last_reason);
  self->last_reason = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_LAST_REASON]);
}

guint
ops_action_item_get_revision_count (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->revision_count;
}

void
ops_action_item_set_revision_count (OpsActionItem *self,
                                    guint value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->revision_count == value)
    return;
  self->revision_count = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_REVISION_COUNT]);
}

gint64
ops_action_item_get_updated_at (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), 0);

  return self->updated_at;
}

void
ops_action_item_set_updated_at (OpsActionItem *self,
                                gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_ITEM (self));

  if (self->updated_at == value)
    return;
  self->updated_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_item_props[ACTION_ITEM_PROP_UPDATED_AT]);
}

gboolean
ops_action_item_is_revised (OpsActionItem *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (self), FALSE);

  return self->original_due_date != NULL
         && g_strcmp0 (self->due_date, self->original_due_date) != 0;
}

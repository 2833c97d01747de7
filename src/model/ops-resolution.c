/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-resolution.c: OpsResolution, a meeting's resolution: conclusion, owner
 * and deadline; once finalised it becomes an action item. */

#include "config.h"

#include <string.h>

#include "model/ops-meeting-parts.h"

/* OpsResolution ---------------------------------------------------------- */

struct _OpsResolution
{
  GObject parent_instance;

  gint64           id;
  gint64           meeting_id;
  guint            position;
  char             *conclusion;
  gint64           owner_id;
  char             *owner_name;
  char             *due_date;
  gboolean         finalised;
  gint64           action_item_id;
};

G_DEFINE_FINAL_TYPE (OpsResolution, ops_resolution, G_TYPE_OBJECT)

enum {
  RESOLUTION_PROP_0,
  RESOLUTION_PROP_ID,
  RESOLUTION_PROP_MEETING_ID,
  RESOLUTION_PROP_POSITION,
  RESOLUTION_PROP_CONCLUSION,
  RESOLUTION_PROP_OWNER_ID,
  RESOLUTION_PROP_OWNER_NAME,
  RESOLUTION_PROP_DUE_DATE,
  RESOLUTION_PROP_FINALISED,
  RESOLUTION_PROP_ACTION_ITEM_ID,
  RESOLUTION_PROP_N
};

static GParamSpec *resolution_props[RESOLUTION_PROP_N];

static void
ops_resolution_finalize (GObject *object)
{
  OpsResolution *self = (OpsResolution *) object;

  g_clear_pointer (&self->conclusion, g_free);
  g_clear_pointer (&self->owner_name, g_free);
  g_clear_pointer (&self->due_date, g_free);

  G_OBJECT_CLASS (ops_resolution_parent_class)->finalize (object);
}

static void
ops_resolution_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OpsResolution *self = OPS_RESOLUTION (object);

  switch (prop_id)
    {
    case RESOLUTION_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case RESOLUTION_PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case RESOLUTION_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case RESOLUTION_PROP_CONCLUSION:
      g_value_set_string (value, self->conclusion);
      break;
    case RESOLUTION_PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;
    case RESOLUTION_PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;
    case RESOLUTION_PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case RESOLUTION_PROP_FINALISED:
      g_value_set_boolean (value, self->finalised);
      break;
    case RESOLUTION_PROP_ACTION_ITEM_ID:
      g_value_set_int64 (value, self->action_item_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_resolution_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OpsResolution *self = OPS_RESOLUTION (object);

  switch (prop_id)
    {
    case RESOLUTION_PROP_ID:
      ops_resolution_set_id (self, g_value_get_int64 (value));
      break;
    case RESOLUTION_PROP_MEETING_ID:
      ops_resolution_set_meeting_id (self, g_value_get_int64 (value));
      break;
    case RESOLUTION_PROP_POSITION:
      ops_resolution_set_position (self, g_value_get_uint (value));
      break;
    case RESOLUTION_PROP_CONCLUSION:
      ops_resolution_set_conclusion (self, g_value_get_string (value));
      break;
    case RESOLUTION_PROP_OWNER_ID:
      ops_resolution_set_owner_id (self, g_value_get_int64 (value));
      break;
    case RESOLUTION_PROP_OWNER_NAME:
      ops_resolution_set_owner_name (self, g_value_get_string (value));
      break;
    case RESOLUTION_PROP_DUE_DATE:
      ops_resolution_set_due_date (self, g_value_get_string (value));
      break;
    case RESOLUTION_PROP_FINALISED:
      ops_resolution_set_finalised (self, g_value_get_boolean (value));
      break;
    case RESOLUTION_PROP_ACTION_ITEM_ID:
      ops_resolution_set_action_item_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_resolution_class_init (OpsResolutionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_resolution_finalize;
  object_class->get_property = ops_resolution_get_property;
  object_class->set_property = ops_resolution_set_property;

  resolution_props[RESOLUTION_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_CONCLUSION] =
    g_param_spec_string ("conclusion", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_FINALISED] =
    g_param_spec_boolean ("finalised", NULL, NULL, FALSE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  resolution_props[RESOLUTION_PROP_ACTION_ITEM_ID] =
    g_param_spec_int64 ("action-item-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, RESOLUTION_PROP_N, resolution_props);
}

static void
ops_resolution_init (OpsResolution *self)
{
  (void) self;
}

OpsResolution *
ops_resolution_new (void)
{
  return g_object_new (OPS_TYPE_RESOLUTION, NULL);
}

OpsResolution *
ops_resolution_copy (OpsResolution *self)
{
  OpsResolution *copy;

  g_return_val_if_fail (OPS_IS_RESOLUTION (self), NULL);

  copy = ops_resolution_new ();
  copy->id = self->id;
  copy->meeting_id = self->meeting_id;
  copy->position = self->position;
  copy->conclusion = g_strdup (self->conclusion);
  copy->owner_id = self->owner_id;
  copy->owner_name = g_strdup (self->owner_name);
  copy->due_date = g_strdup (self->due_date);
  copy->finalised = self->finalised;
  copy->action_item_id = self->action_item_id;

  return copy;
}

gint64
ops_resolution_get_id (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), 0);

  return self->id;
}

void
ops_resolution_set_id (OpsResolution *self,
                       gint64 value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_ID]);
}

gint64
ops_resolution_get_meeting_id (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), 0);

  return self->meeting_id;
}

void
ops_resolution_set_meeting_id (OpsResolution *self,
                               gint64 value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (self->meeting_id == value)
    return;
  self->meeting_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_MEETING_ID]);
}

guint
ops_resolution_get_position (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), 0);

  return self->position;
}

void
ops_resolution_set_position (OpsResolution *self,
                             guint value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (self->position == value)
    return;
  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_POSITION]);
}

const char *
ops_resolution_get_conclusion (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), NULL);

  return self->conclusion;
}

void
ops_resolution_set_conclusion (OpsResolution *self,
                               const char *value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (g_strcmp0 (self->conclusion, value) == 0)
    return;
  g_free (self->conclusion);
  self->conclusion = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_CONCLUSION]);
}

gint64
ops_resolution_get_owner_id (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), 0);

  return self->owner_id;
}

void
ops_resolution_set_owner_id (OpsResolution *self,
                             gint64 value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (self->owner_id == value)
    return;
  self->owner_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_OWNER_ID]);
}

const char *
ops_resolution_get_owner_name (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), NULL);

  return self->owner_name;
}

void
ops_resolution_set_owner_name (OpsResolution *self,
                               const char *value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (g_strcmp0 (self->owner_name, value) == 0)
    return;
  g_free (self->owner_name);
  self->owner_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_OWNER_NAME]);
}

const char *
ops_resolution_get_due_date (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), NULL);

  return self->due_date;
}

void
ops_resolution_set_due_date (OpsResolution *self,
                             const char *value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (g_strcmp0 (self->due_date, value) == 0)
    return;
  g_free (self->due_date);
  self->due_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_DUE_DATE]);
}

gboolean
ops_resolution_get_finalised (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), FALSE);

  return self->finalised;
}

void
ops_resolution_set_finalised (OpsResolution *self,
                              gboolean value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (self->finalised == !!value)
    return;
  self->finalised = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_FINALISED]);
}

gint64
ops_resolution_get_action_item_id (OpsResolution *self)
{
  g_return_val_if_fail (OPS_IS_RESOLUTION (self), 0);

  return self->action_item_id;
}

void
ops_resolution_set_action_item_id (OpsResolution *self,
                                   gint64 value)
{
  g_return_if_fail (OPS_IS_RESOLUTION (self));

  if (self->action_item_id == value)
    return;
  self->action_item_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), resolution_props[RESOLUTION_PROP_ACTION_ITEM_ID]);
}

gboolean
ops_resolution_is_complete (OpsResolution *self)
{
  g_autofree char *conclusion = NULL;

  g_return_val_if_fail (OPS_IS_RESOLUTION (self), FALSE);

  conclusion = g_strstrip (g_strdup (self->conclusion != NULL ? self->conclusion : ""));
  return *conclusion != '\0' && self->owner_id != 0
         && self->due_date != NULL && *self->due_date != '\0';
}

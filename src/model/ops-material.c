/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-material.c: OpsMaterial, a meeting's material: a file copied into the
 * app's files folder, or a link. */

#include "config.h"

#include <string.h>

#include "model/ops-meeting-parts.h"

/* OpsMaterial ------------------------------------------------------------ */

struct _OpsMaterial
{
  GObject parent_instance;

  gint64           id;
  gint64           meeting_id;
  char             *title;
  char             *file_name;
  char             *original_name;
  char             *uri;
  gint64           added_at;
};

G_DEFINE_FINAL_TYPE (OpsMaterial, ops_material, G_TYPE_OBJECT)

enum {
  MATERIAL_PROP_0,
  MATERIAL_PROP_ID,
  MATERIAL_PROP_MEETING_ID,
  MATERIAL_PROP_TITLE,
  MATERIAL_PROP_FILE_NAME,
  MATERIAL_PROP_ORIGINAL_NAME,
  MATERIAL_PROP_URI,
  MATERIAL_PROP_ADDED_AT,
  MATERIAL_PROP_N
};

static GParamSpec *material_props[MATERIAL_PROP_N];

static void
ops_material_finalize (GObject *object)
{
  OpsMaterial *self = (OpsMaterial *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->original_name, g_free);
  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (ops_material_parent_class)->finalize (object);
}

static void
ops_material_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OpsMaterial *self = OPS_MATERIAL (object);

  switch (prop_id)
    {
    case MATERIAL_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case MATERIAL_PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case MATERIAL_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case MATERIAL_PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case MATERIAL_PROP_ORIGINAL_NAME:
      g_value_set_string (value, self->original_name);
      break;
    case MATERIAL_PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case MATERIAL_PROP_ADDED_AT:
      g_value_set_int64 (value, self->added_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_material_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OpsMaterial *self = OPS_MATERIAL (object);

  switch (prop_id)
    {
    case MATERIAL_PROP_ID:
      ops_material_set_id (self, g_value_get_int64 (value));
      break;
    case MATERIAL_PROP_MEETING_ID:
      ops_material_set_meeting_id (self, g_value_get_int64 (value));
      break;
    case MATERIAL_PROP_TITLE:
      ops_material_set_title (self, g_value_get_string (value));
      break;
    case MATERIAL_PROP_FILE_NAME:
      ops_material_set_file_name (self, g_value_get_string (value));
      break;
    case MATERIAL_PROP_ORIGINAL_NAME:
      ops_material_set_original_name (self, g_value_get_string (value));
      break;
    case MATERIAL_PROP_URI:
      ops_material_set_uri (self, g_value_get_string (value));
      break;
    case MATERIAL_PROP_ADDED_AT:
      ops_material_set_added_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_material_class_init (OpsMaterialClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_material_finalize;
  object_class->get_property = ops_material_get_property;
  object_class->set_property = ops_material_set_property;

  material_props[MATERIAL_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  material_props[MATERIAL_PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  material_props[MATERIAL_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  material_props[MATERIAL_PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  material_props[MATERIAL_PROP_ORIGINAL_NAME] =
    g_param_spec_string ("original-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  material_props[MATERIAL_PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  material_props[MATERIAL_PROP_ADDED_AT] =
    g_param_spec_int64 ("added-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, MATERIAL_PROP_N, material_props);
}

static void
ops_material_init (OpsMaterial *self)
{
  (void) self;
}

OpsMaterial *
ops_material_new (void)
{
  return g_object_new (OPS_TYPE_MATERIAL, NULL);
}

OpsMaterial *
ops_material_copy (OpsMaterial *self)
{
  OpsMaterial *copy;

  g_return_val_if_fail (OPS_IS_MATERIAL (self), NULL);

  copy = ops_material_new ();
  copy->id = self->id;
  copy->meeting_id = self->meeting_id;
  copy->title = g_strdup (self->title);
  copy->file_name = g_strdup (self->file_name);
  copy->original_name = g_strdup (self->original_name);
  copy->uri = g_strdup (self->uri);
  copy->added_at = self->added_at;

  return copy;
}

gint64
ops_material_get_id (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), 0);

  return self->id;
}

void
ops_material_set_id (OpsMaterial *self,
                     gint64 value)
{
  g_return_if_fail (OPS_IS_MATERIAL (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), material_props[MATERIAL_PROP_ID]);
}

gint64
ops_material_get_meeting_id (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), 0);

  return self->meeting_id;
}

void
ops_material_set_meeting_id (OpsMaterial *self,
                             gint64 value)
{
  g_return_if_fail (OPS_IS_MATERIAL (self));

  if (self->meeting_id == value)
    return;
  self->meeting_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), material_props[MATERIAL_PROP_MEETING_ID]);
}

const char *
ops_material_get_title (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), NULL);

  return self->title;
}

void
ops_material_set_title (OpsMaterial *self,
                        const char *value)
{
  g_return_if_fail (OPS_IS_MATERIAL (self));

  if (g_strcmp0 (self->title, value) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), material_props[MATERIAL_PROP_TITLE]);
}

const char *
ops_material_get_file_name (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), NULL);

  return self->file_name;
}

void
ops_material_set_file_name (OpsMaterial *self,
                            const char *value)
{
  g_return_if_fail (OPS_IS_MATERIAL (self));

  if (g_strcmp0 (self->file_name, value) == 0)
    return;
  g_free (self->file_name);
  self->file_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), material_props[MATERIAL_PROP_FILE_NAME]);
}

const char *
ops_material_get_original_name (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), NULL);

  return self->original_name;
}

void
ops_material_set_original_name (OpsMaterial *self,
                                const char *value)
{
  g_return_if_fail (OPS_IS_MATERIAL (self));

  if (g_strcmp0 (self->original_name, value) == 0)
    return;
  g_free (self->original_name);
  self->original_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), material_props[MATERIAL_PROP_ORIGINAL_NAME]);
}

const char *
ops_material_get_uri (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), NULL);

  return self->uri;
}

void
ops_material_set_uri (OpsMaterial *self,
                      const char *value)
{
  g_return_if_fail (OPS_IS_MATERIAL (self));

  if (g_strcmp0 (self->uri, value) == 0)
    return;
  g_free (self->uri);
  self->uri = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), material_props[MATERIAL_PROP_URI]);
}

gint64
ops_material_get_added_at (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), 0);

  return self->added_at;
}

void
ops_material_set_added_at (OpsMaterial *self,
                           gint64 value)
{
  g_return_if_fail (OPS_IS_MATERIAL (self));

  if (self->added_at == value)
    return;
  self->added_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), material_props[MATERIAL_PROP_ADDED_AT]);
}

gboolean
ops_material_is_link (OpsMaterial *self)
{
  g_return_val_if_fail (OPS_IS_MATERIAL (self), FALSE);

  return self->uri != NULL && *self->uri != '\0';
}

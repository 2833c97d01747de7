/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-substitute.c: the OpsSubstitute record (see ops-substitute.h). */

#include "config.h"


#include "model/ops-substitute.h"

struct _OpsSubstitute
{
  GObject parent_instance;

  gint64 id;
  gint64 person_id;
  char *person_name;
  gint64 substitute_id;
  char *substitute_name;
  char *from_date;
  char *to_date;
};

G_DEFINE_FINAL_TYPE (OpsSubstitute, ops_substitute, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_SUBSTITUTE_ID,
  PROP_SUBSTITUTE_NAME,
  PROP_FROM_DATE,
  PROP_TO_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_substitute_finalize (GObject *object)
{
  OpsSubstitute *self = (OpsSubstitute *) object;

  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->substitute_name, g_free);
  g_clear_pointer (&self->from_date, g_free);
  g_clear_pointer (&self->to_date, g_free);

  G_OBJECT_CLASS (ops_substitute_parent_class)->finalize (object);
}

static void
ops_substitute_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OpsSubstitute *self = OPS_SUBSTITUTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_SUBSTITUTE_ID:
      g_value_set_int64 (value, self->substitute_id);
      break;
    case PROP_SUBSTITUTE_NAME:
      g_value_set_string (value, self->substitute_name);
      break;
    case PROP_FROM_DATE:
      g_value_set_string (value, self->from_date);
      break;
    case PROP_TO_DATE:
      g_value_set_string (value, self->to_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_substitute_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OpsSubstitute *self = OPS_SUBSTITUTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_substitute_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      ops_substitute_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_NAME:
      ops_substitute_set_person_name (self, g_value_get_string (value));
      break;
    case PROP_SUBSTITUTE_ID:
      ops_substitute_set_substitute_id (self, g_value_get_int64 (value));
      break;
    case PROP_SUBSTITUTE_NAME:
      ops_substitute_set_substitute_name (self, g_value_get_string (value));
      break;
    case PROP_FROM_DATE:
      ops_substitute_set_from_date (self, g_value_get_string (value));
      break;
    case PROP_TO_DATE:
      ops_substitute_set_to_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_substitute_class_init (OpsSubstituteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_substitute_finalize;
  object_class->get_property = ops_substitute_get_property;
  object_class->set_property = ops_substitute_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, NULL, rw);
  properties[PROP_SUBSTITUTE_ID] =
    g_param_spec_int64 ("substitute-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_SUBSTITUTE_NAME] =
    g_param_spec_string ("substitute-name", NULL, NULL, NULL, rw);
  properties[PROP_FROM_DATE] =
    g_param_spec_string ("from-date", NULL, NULL, NULL, rw);
  properties[PROP_TO_DATE] =
    g_param_spec_string ("to-date", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_substitute_init (OpsSubstitute *self)
{
}

/**
 * ops_substitute_new:
 *
 * Returns: (transfer full): a new, unsaved record with no fields set.
 */
OpsSubstitute *
ops_substitute_new (void)
{
  return g_object_new (OPS_TYPE_SUBSTITUTE, NULL);
}

/**
 * ops_substitute_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsSubstitute *
ops_substitute_copy (OpsSubstitute *self)
{
  OpsSubstitute *copy;

  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), NULL);

  copy = ops_substitute_new ();
  copy->id = self->id;
  copy->person_id = self->person_id;
  copy->person_name = g_strdup (self->person_name);
  copy->substitute_id = self->substitute_id;
  copy->substitute_name = g_strdup (self->substitute_name);
  copy->from_date = g_strdup (self->from_date);
  copy->to_date = g_strdup (self->to_date);

  return copy;
}

/* Replaces *@field with a copy of @value and notifies @prop when it changed. */
static gboolean
set_string (OpsSubstitute *self,
            char **field,
            const char *value,
            guint prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

gint64
ops_substitute_get_id (OpsSubstitute *self)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), 0);
  return self->id;
}

void
ops_substitute_set_id (OpsSubstitute *self,
                       gint64 id)
{
  g_return_if_fail (OPS_IS_SUBSTITUTE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ops_substitute_get_person_id (OpsSubstitute *self)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), 0);
  return self->person_id;
}

void
ops_substitute_set_person_id (OpsSubstitute *self,
                              gint64 person_id)
{
  g_return_if_fail (OPS_IS_SUBSTITUTE (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
ops_substitute_get_person_name (OpsSubstitute *self)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), NULL);
  return self->person_name;
}

void
ops_substitute_set_person_name (OpsSubstitute *self,
                                const char *person_name)
{
  g_return_if_fail (OPS_IS_SUBSTITUTE (self));

  set_string (self, &self->person_name, person_name, PROP_PERSON_NAME);
}

gint64
ops_substitute_get_substitute_id (OpsSubstitute *self)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), 0);
  return self->substitute_id;
}

void
ops_substitute_set_substitute_id (OpsSubstitute *self,
                                  gint64 substitute_id)
{
  g_return_if_fail (OPS_IS_SUBSTITUTE (self));

  if (self->substitute_id == substitute_id)
    return;
  self->substitute_id = substitute_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBSTITUTE_ID]);
}

const char *
ops_substitute_get_substitute_name (OpsSubstitute *self)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), NULL);
  return self->substitute_name;
}

void
ops_substitute_set_substitute_name (OpsSubstitute *self,
                                    const char *substitute_name)
{
  g_return_if_fail (OPS_IS_SUBSTITUTE (self));

  set_string (self, &self->substitute_name, substitute_name, PROP_SUBSTITUTE_NAME);
}

const char *
ops_substitute_get_from_date (OpsSubstitute *self)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), NULL);
  return self->from_date;
}

void
ops_substitute_set_from_date (OpsSubstitute *self,
                              const char *from_date)
{
  g_return_if_fail (OPS_IS_SUBSTITUTE (self));

  set_string (self, &self->from_date, from_date, PROP_FROM_DATE);
}

const char *
ops_substitute_get_to_date (OpsSubstitute *self)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), NULL);
  return self->to_date;
}

void
ops_substitute_set_to_date (OpsSubstitute *self,
                            const char *to_date)
{
  g_return_if_fail (OPS_IS_SUBSTITUTE (self));

  set_string (self, &self->to_date, to_date, PROP_TO_DATE);
}

gboolean
ops_substitute_covers_date (OpsSubstitute *self,
                            const char    *date)
{
  g_return_val_if_fail (OPS_IS_SUBSTITUTE (self), FALSE);

  if (date == NULL || self->from_date == NULL || self->to_date == NULL)
    return FALSE;
  /* ISO dates compare as strings. */
  return strcmp (self->from_date, date) <= 0 && strcmp (date, self->to_date) <= 0;
}

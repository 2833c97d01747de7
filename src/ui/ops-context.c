/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-context.c: the services handed to the window and pages (store,
 * settings, current user).
 */
#include "config.h"

#include "ui/ops-context.h"

struct _OpsContext
{
  GObject    parent_instance;

  OpsStore  *store;
  GSettings *settings;
  OpsPerson *current_user;
};

G_DEFINE_FINAL_TYPE (OpsContext, ops_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_CURRENT_USER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_context_dispose (GObject *object)
{
  OpsContext *self = OPS_CONTEXT (object);

  g_clear_object (&self->current_user);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ops_context_parent_class)->dispose (object);
}

static void
ops_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OpsContext *self = OPS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CURRENT_USER:
      g_value_set_object (value, self->current_user);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OpsContext *self = OPS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_CURRENT_USER:
      ops_context_set_current_user (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_context_class_init (OpsContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_context_dispose;
  object_class->get_property = ops_context_get_property;
  object_class->set_property = ops_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OPS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_USER] =
    g_param_spec_object ("current-user", NULL, NULL, OPS_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_context_init (OpsContext *self)
{
}

/**
 * ops_context_new:
 * Returns: (transfer full): a new context holding references to both.
 */
OpsContext *
ops_context_new (OpsStore  *store,
                 GSettings *settings)
{
  g_return_val_if_fail (OPS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (OPS_TYPE_CONTEXT, "store", store, "settings", settings, NULL);
}

OpsStore *
ops_context_get_store (OpsContext *self)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (self), NULL);
  return self->store;
}

GSettings *
ops_context_get_settings (OpsContext *self)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (self), NULL);
  return self->settings;
}

OpsPerson *
ops_context_get_current_user (OpsContext *self)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (self), NULL);
  return self->current_user;
}

void
ops_context_set_current_user (OpsContext *self,
                              OpsPerson  *person)
{
  gint64 id;

  g_return_if_fail (OPS_IS_CONTEXT (self));
  g_return_if_fail (person == NULL || OPS_IS_PERSON (person));

  id = person != NULL ? ops_person_get_id (person) : 0;

  /* A record with the same id may carry edited fields: always take it. */
  g_set_object (&self->current_user, person);
  ops_store_set_current_user (self->store, id);
  if (g_settings_get_int64 (self->settings, "current-user-id") != id)
    g_settings_set_int64 (self->settings, "current-user-id", id);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_USER]);
}

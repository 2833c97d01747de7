/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-agenda-item.c: OpsAgendaItem, one item of a meeting's ordered agenda:
 * title, presenter and minutes allotted. */

#include "config.h"

#include <string.h>

#include "model/ops-meeting-parts.h"

/* OpsAgendaItem ---------------------------------------------------------- */

struct _OpsAgendaItem
{
  GObject parent_instance;

  gint64           id;
  guint            position;
  char             *title;
  gint64           presenter_id;
  char             *presenter_name;
  guint            minutes;
};

G_DEFINE_FINAL_TYPE (OpsAgendaItem, ops_agenda_item, G_TYPE_OBJECT)

enum {
  AGENDA_ITEM_PROP_0,
  AGENDA_ITEM_PROP_ID,
  AGENDA_ITEM_PROP_POSITION,
  AGENDA_ITEM_PROP_TITLE,
  AGENDA_ITEM_PROP_PRESENTER_ID,
  AGENDA_ITEM_PROP_PRESENTER_NAME,
  AGENDA_ITEM_PROP_MINUTES,
  AGENDA_ITEM_PROP_N
};

static GParamSpec *agenda_item_props[AGENDA_ITEM_PROP_N];

static void
ops_agenda_item_finalize (GObject *object)
{
  OpsAgendaItem *self = (OpsAgendaItem *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->presenter_name, g_free);

  G_OBJECT_CLASS (ops_agenda_item_parent_class)->finalize (object);
}

static void
ops_agenda_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OpsAgendaItem *self = OPS_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case AGENDA_ITEM_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case AGENDA_ITEM_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case AGENDA_ITEM_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case AGENDA_ITEM_PROP_PRESENTER_ID:
      g_value_set_int64 (value, self->presenter_id);
      break;
    case AGENDA_ITEM_PROP_PRESENTER_NAME:
      g_value_set_string (value, self->presenter_name);
      break;
    case AGENDA_ITEM_PROP_MINUTES:
      g_value_set_uint (value, self->minutes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_agenda_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OpsAgendaItem *self = OPS_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case AGENDA_ITEM_PROP_ID:
      ops_agenda_item_set_id (self, g_value_get_int64 (value));
      break;
    case AGENDA_ITEM_PROP_POSITION:
      ops_agenda_item_set_position (self, g_value_get_uint (value));
      break;
    case AGENDA_ITEM_PROP_TITLE:
      ops_agenda_item_set_title (self, g_value_get_string (value));
      break;
    case AGENDA_ITEM_PROP_PRESENTER_ID:
      ops_agenda_item_set_presenter_id (self, g_value_get_int64 (value));
      break;
    case AGENDA_ITEM_PROP_PRESENTER_NAME:
      ops_agenda_item_set_presenter_name (self, g_value_get_string (value));
      break;
    case AGENDA_ITEM_PROP_MINUTES:
      ops_agenda_item_set_minutes (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_agenda_item_class_init (OpsAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_agenda_item_finalize;
  object_class->get_property = ops_agenda_item_get_property;
  object_class->set_property = ops_agenda_item_set_property;

  agenda_item_props[AGENDA_ITEM_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  agenda_item_props[AGENDA_ITEM_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  agenda_item_props[AGENDA_ITEM_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  agenda_item_props[AGENDA_ITEM_PROP_PRESENTER_ID] =
    g_param_spec_int64 ("presenter-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  agenda_item_props[AGENDA_ITEM_PROP_PRESENTER_NAME] =
    g_param_spec_string ("presenter-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  agenda_item_props[AGENDA_ITEM_PROP_MINUTES] =
    g_param_spec_uint ("minutes", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, AGENDA_ITEM_PROP_N, agenda_item_props);
}

static void
ops_agenda_item_init (OpsAgendaItem *self)
{
  (void) self;
}

OpsAgendaItem *
ops_agenda_item_new (void)
{
  return g_object_new (OPS_TYPE_AGENDA_ITEM, NULL);
}

OpsAgendaItem *
ops_agenda_item_copy (OpsAgendaItem *self)
{
  OpsAgendaItem *copy;

  g_return_val_if_fail (OPS_IS_AGENDA_ITEM (self), NULL);

  copy = ops_agenda_item_new ();
  copy->id = self->id;
  copy->position = self->position;
  copy->title = g_strdup (self->title);
  copy->presenter_id = self->presenter_id;
  copy->presenter_name = g_strdup (self->presenter_name);
  copy->minutes = self->minutes;

  return copy;
}

gint64
ops_agenda_item_get_id (OpsAgendaItem *self)
{
  g_return_val_if_fail (OPS_IS_AGENDA_ITEM (self), 0);

  return self->id;
}

void
ops_agenda_item_set_id (OpsAgendaItem *self,
                        gint64 value)
{
  g_return_if_fail (OPS_IS_AGENDA_ITEM (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), agenda_item_props[AGENDA_ITEM_PROP_ID]);
}

guint
ops_agenda_item_get_position (OpsAgendaItem *self)
{
  g_return_val_if_fail (OPS_IS_AGENDA_ITEM (self), 0);

  return self->position;
}

void
ops_agenda_item_set_position (OpsAgendaItem *self,
                              guint value)
{
  g_return_if_fail (OPS_IS_AGENDA_ITEM (self));

  if (self->position == value)
    return;
  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), agenda_item_props[AGENDA_ITEM_PROP_POSITION]);
}

const char *
ops_agenda_item_get_title (OpsAgendaItem *self)
{
  g_return_val_if_fail (OPS_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

void
ops_agenda_item_set_title (OpsAgendaItem *self,
                           const char *value)
{
  g_return_if_fail (OPS_IS_AGENDA_ITEM (self));

  if (g_strcmp0 (self->title, value) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), agenda_item_props[AGENDA_ITEM_PROP_TITLE]);
}

gint64
ops_agenda_item_get_presenter_id (OpsAgendaItem *self)
{
  g_return_val_if_fail (OPS_IS_AGENDA_ITEM (self), 0);

  return self->presenter_id;
}

void
ops_agenda_item_set_presenter_id (OpsAgendaItem *self,
                                  gint64 value)
{
  g_return_if_fail (OPS_IS_AGENDA_ITEM (self));

  if (self->presenter_id == value)
    return;
  self->presenter_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), agenda_item_props[AGENDA_ITEM_PROP_PRESENTER_ID]);
}

const char *
ops_agenda_item_get_presenter_name (OpsAgendaItem *self)
{
  g_return_val_if_fail (OPS_IS_AGENDA_ITEM (self), NULL);

  return self->presenter_name;
}

void
ops_agenda_item_set_presenter_name (OpsAgendaItem *self,
                                    const char *value)
{
  g_return_if_fail (OPS_IS_AGENDA_ITEM (self));

  if (g_strcmp0 (self->presenter_name, value) == 0)
    return;
  g_free (self->presenter_name);
  self->presenter_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), agenda_item_props[AGENDA_ITEM_PROP_PRESENTER_NAME]);
}

guint
ops_agenda_item_get_minutes (OpsAgendaItem *self)
{
  g_return_val_if_fail (OPS_IS_AGENDA_ITEM (self), 0);

  return self->minutes;
}

void
ops_agenda_item_set_minutes (OpsAgendaItem *self,
                             guint value)
{
  g_return_if_fail (OPS_IS_AGENDA_ITEM (self));

  if (self->minutes == value)
    return;
  self->minutes = value;
  g_object_notify_by_pspec (G_OBJECT (self), agenda_item_props[AGENDA_ITEM_PROP_MINUTES]);
}

OpsAgendaItem *
ops_agenda_item_new_full (const char *title,
                          gint64      presenter_id,
                          guint       minutes)
{
  OpsAgendaItem *self = ops_agenda_item_new ();

  self->title = g_strdup (title);
  self->presenter_id = presenter_id;
  self->minutes = minutes;
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-calendar-day.c: one marked day (holiday or make-up working day). */

#include "config.h"

#include <glib/gi18n.h>

#include "model/ops-calendar-day.h"

struct _OpsCalendarDay
{
  GObject     parent_instance;

  char       *date;
  OpsDayKind  kind;
  char       *name;
};

G_DEFINE_FINAL_TYPE (OpsCalendarDay, ops_calendar_day, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_calendar_day_finalize (GObject *object)
{
  OpsCalendarDay *self = (OpsCalendarDay *) object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ops_calendar_day_parent_class)->finalize (object);
}

static void
ops_calendar_day_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpsCalendarDay *self = OPS_CALENDAR_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, ops_calendar_day_get_kind_label (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_calendar_day_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OpsCalendarDay *self = OPS_CALENDAR_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      if (g_strcmp0 (self->date, g_value_get_string (value)) != 0)
        {
          g_free (self->date);
          self->date = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_KIND:
      if ((int) self->kind != g_value_get_int (value))
        {
          self->kind = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_KIND_LABEL]);
        }
      break;
    case PROP_NAME:
      if (g_strcmp0 (self->name, g_value_get_string (value)) != 0)
        {
          g_free (self->name);
          self->name = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_calendar_day_class_init (OpsCalendarDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_calendar_day_finalize;
  object_class->get_property = ops_calendar_day_get_property;
  object_class->set_property = ops_calendar_day_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      OPS_DAY_KIND_HOLIDAY, OPS_DAY_KIND_WORKDAY,
                      OPS_DAY_KIND_HOLIDAY, rw);
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_calendar_day_init (OpsCalendarDay *self)
{
}

/**
 * ops_calendar_day_new:
 *
 * Returns: (transfer full): a new calendar mark.
 */
OpsCalendarDay *
ops_calendar_day_new (const char *date,
                      OpsDayKind  kind,
                      const char *name)
{
  return g_object_new (OPS_TYPE_CALENDAR_DAY,
                       "date", date,
                       "kind", (int) kind,
                       "name", name,
                       NULL);
}

const char *
ops_calendar_day_get_date (OpsCalendarDay *self)
{
  g_return_val_if_fail (OPS_IS_CALENDAR_DAY (self), NULL);
  return self->date;
}

OpsDayKind
ops_calendar_day_get_kind (OpsCalendarDay *self)
{
  g_return_val_if_fail (OPS_IS_CALENDAR_DAY (self), OPS_DAY_KIND_HOLIDAY);
  return self->kind;
}

const char *
ops_calendar_day_get_name (OpsCalendarDay *self)
{
  g_return_val_if_fail (OPS_IS_CALENDAR_DAY (self), NULL);
  return self->name;
}

const char *
ops_calendar_day_get_kind_label (OpsCalendarDay *self)
{
  g_return_val_if_fail (OPS_IS_CALENDAR_DAY (self), NULL);

  switch (self->kind)
    {
    case OPS_DAY_KIND_HOLIDAY:
      return _("Holiday");
    case OPS_DAY_KIND_WORKDAY:
      return _("Make-up working day");
    default:
      return "";
    }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-attendee.c: OpsAttendee, one row of a meeting's sign-in sheet: a person or
 * an external guest, with attendance and check-in time. */

#include "config.h"

#include <string.h>

#include "model/ops-meeting-parts.h"

/* OpsAttendee ------------------------------------------------------------ */

struct _OpsAttendee
{
  GObject parent_instance;

  gint64           id;
  gint64           person_id;
  char             *name;
  char             *department_name;
  OpsAttendance    attendance;
  gint64           checked_in_at;
};

G_DEFINE_FINAL_TYPE (OpsAttendee, ops_attendee, G_TYPE_OBJECT)

enum {
  ATTENDEE_PROP_0,
  ATTENDEE_PROP_ID,
  ATTENDEE_PROP_PERSON_ID,
  ATTENDEE_PROP_NAME,
  ATTENDEE_PROP_DEPARTMENT_NAME,
  ATTENDEE_PROP_ATTENDANCE,
  ATTENDEE_PROP_CHECKED_IN_AT,
  ATTENDEE_PROP_GUEST,
  ATTENDEE_PROP_N
};

static GParamSpec *attendee_props[ATTENDEE_PROP_N];

static void
ops_attendee_finalize (GObject *object)
{
  OpsAttendee *self = (OpsAttendee *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->department_name, g_free);

  G_OBJECT_CLASS (ops_attendee_parent_class)->finalize (object);
}

static void
ops_attendee_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OpsAttendee *self = OPS_ATTENDEE (object);

  switch (prop_id)
    {
    case ATTENDEE_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case ATTENDEE_PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case ATTENDEE_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case ATTENDEE_PROP_DEPARTMENT_NAME:
      g_value_set_string (value, self->department_name);
      break;
    case ATTENDEE_PROP_ATTENDANCE:
      g_value_set_int (value, self->attendance);
      break;
    case ATTENDEE_PROP_CHECKED_IN_AT:
      g_value_set_int64 (value, self->checked_in_at);
      break;
    case ATTENDEE_PROP_GUEST:
      g_value_set_boolean (value, self->person_id == 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_attendee_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OpsAttendee *self = OPS_ATTENDEE (object);

  switch (prop_id)
    {
    case ATTENDEE_PROP_ID:
      ops_attendee_set_id (self, g_value_get_int64 (value));
      break;
    case ATTENDEE_PROP_PERSON_ID:
      ops_attendee_set_person_id (self, g_value_get_int64 (value));
      break;
    case ATTENDEE_PROP_NAME:
      ops_attendee_set_name (self, g_value_get_string (value));
      break;
    case ATTENDEE_PROP_DEPARTMENT_NAME:
      ops_attendee_set_department_name (self, g_value_get_string (value));
      break;
    case ATTENDEE_PROP_ATTENDANCE:
      ops_attendee_set_attendance (self, g_value_get_int (value));
      break;
    case ATTENDEE_PROP_CHECKED_IN_AT:
      ops_attendee_set_checked_in_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_attendee_class_init (OpsAttendeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_attendee_finalize;
  object_class->get_property = ops_attendee_get_property;
  object_class->set_property = ops_attendee_set_property;

  attendee_props[ATTENDEE_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  attendee_props[ATTENDEE_PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  attendee_props[ATTENDEE_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  attendee_props[ATTENDEE_PROP_DEPARTMENT_NAME] =
    g_param_spec_string ("department-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  attendee_props[ATTENDEE_PROP_ATTENDANCE] =
    g_param_spec_int ("attendance", NULL, NULL, 0, OPS_ATTENDANCE_ABSENT, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  attendee_props[ATTENDEE_PROP_CHECKED_IN_AT] =
    g_param_spec_int64 ("checked-in-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  attendee_props[ATTENDEE_PROP_GUEST] =
    g_param_spec_boolean ("guest", NULL, NULL, FALSE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, ATTENDEE_PROP_N, attendee_props);
}

static void
ops_attendee_init (OpsAttendee *self)
{
  (void) self;
}

OpsAttendee *
ops_attendee_new (void)
{
  return g_object_new (OPS_TYPE_ATTENDEE, NULL);
}

OpsAttendee *
ops_attendee_copy (OpsAttendee *self)
{
  OpsAttendee *copy;

  g_return_val_if_fail (OPS_IS_ATTENDEE (self), NULL);

  copy = ops_attendee_new ();
  copy->id = self->id;
  copy->person_id = self->person_id;
  copy->name = g_strdup (self->name);
  copy->department_name = g_strdup (self->department_name);
  copy->attendance = self->attendance;
  copy->checked_in_at = self->checked_in_at;

  return copy;
}

gint64
ops_attendee_get_id (OpsAttendee *self)
{
  g_return_val_if_fail (OPS_IS_ATTENDEE (self), 0);

  return self->id;
}

void
ops_attendee_set_id (OpsAttendee *self,
                     gint64 value)
{
  g_return_if_fail (OPS_IS_ATTENDEE (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), attendee_props[ATTENDEE_PROP_ID]);
}

gint64
ops_attendee_get_person_id (OpsAttendee *self)
{
  g_return_val_if_fail (OPS_IS_ATTENDEE (self), 0);

  return self->person_id;
}

void
ops_attendee_set_person_id (OpsAttendee *self,
                            gint64 value)
{
  g_return_if_fail (OPS_IS_ATTENDEE (self));

  if (self->person_id == value)
    return;
  self->person_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), attendee_props[ATTENDEE_PROP_PERSON_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), attendee_props[ATTENDEE_PROP_GUEST]);
}

const char *
ops_attendee_get_name (OpsAttendee *self)
{
  g_return_val_if_fail (OPS_IS_ATTENDEE (self), NULL);

  return self->name;
}

void
ops_attendee_set_name (OpsAttendee *self,
                       const char *value)
{
  g_return_if_fail (OPS_IS_ATTENDEE (self));

  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), attendee_props[ATTENDEE_PROP_NAME]);
}

const char *
ops_attendee_get_department_name (OpsAttendee *self)
{
  g_return_val_if_fail (OPS_IS_ATTENDEE (self), NULL);

  return self->department_name;
}

void
ops_attendee_set_department_name (OpsAttendee *self,
                                  const char *value)
{
  g_return_if_fail (OPS_IS_ATTENDEE (self));

  if (g_strcmp0 (self->department_name, value) == 0)
    return;
  g_free (self->department_name);
  self->department_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), attendee_props[ATTENDEE_PROP_DEPARTMENT_NAME]);
}

OpsAttendance
ops_attendee_get_attendance (OpsAttendee *self)
{
  g_return_val_if_fail (OPS_IS_ATTENDEE (self), 0);

  return self->attendance;
}

void
ops_attendee_set_attendance (OpsAttendee *self,
                             OpsAttendance value)
{
  g_return_if_fail (OPS_IS_ATTENDEE (self));

  if (self->attendance == value)
    return;
  self->attendance = value;
  g_object_notify_by_pspec (G_OBJECT (self), attendee_props[ATTENDEE_PROP_ATTENDANCE]);
}

gint64
ops_attendee_get_checked_in_at (OpsAttendee *self)
{
  g_return_val_if_fail (OPS_IS_ATTENDEE (self), 0);

  return self->checked_in_at;
}

void
ops_attendee_set_checked_in_at (OpsAttendee *self,
                                gint64 value)
{
  g_return_if_fail (OPS_IS_ATTENDEE (self));

  if (self->checked_in_at == value)
    return;
  self->checked_in_at = value;
  g_object_notify_by_pspec (G_OBJECT (self), attendee_props[ATTENDEE_PROP_CHECKED_IN_AT]);
}

OpsAttendee *
ops_attendee_new_person (gint64      person_id,
                         const char *name)
{
  OpsAttendee *self = ops_attendee_new ();

  self->person_id = person_id;
  self->name = g_strdup (name);
  return self;
}

OpsAttendee *
ops_attendee_new_guest (const char *name)
{
  OpsAttendee *self = ops_attendee_new ();

  self->name = g_strdup (name);
  return self;
}

gboolean
ops_attendee_get_guest (OpsAttendee *self)
{
  g_return_val_if_fail (OPS_IS_ATTENDEE (self), FALSE);

  return self->person_id == 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-approval-level.c: the OpsApprovalLevel record (see ops-approval-level.h). */

#include "config.h"

#include "core/ops-approval-rules.h"
#include "model/ops-approval-level.h"

struct _OpsApprovalLevel
{
  GObject parent_instance;

  guint position;
  OpsRole role;
  gint64 person_id;
  char *person_name;
  int deadline_days;
};

G_DEFINE_FINAL_TYPE (OpsApprovalLevel, ops_approval_level, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_ROLE,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_DEADLINE_DAYS,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_approval_level_finalize (GObject *object)
{
  OpsApprovalLevel *self = (OpsApprovalLevel *) object;

  g_clear_pointer (&self->person_name, g_free);

  G_OBJECT_CLASS (ops_approval_level_parent_class)->finalize (object);
}

static void
ops_approval_level_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OpsApprovalLevel *self = OPS_APPROVAL_LEVEL (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_ROLE:
      g_value_set_uint (value, self->role);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_DEADLINE_DAYS:
      g_value_set_int (value, self->deadline_days);
      break;
    case PROP_LABEL:
      g_value_set_string (value, ops_approval_level_get_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_level_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OpsApprovalLevel *self = OPS_APPROVAL_LEVEL (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      ops_approval_level_set_position (self, g_value_get_uint (value));
      break;
    case PROP_ROLE:
      ops_approval_level_set_role (self, g_value_get_uint (value));
      break;
    case PROP_PERSON_ID:
      ops_approval_level_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_NAME:
      ops_approval_level_set_person_name (self, g_value_get_string (value));
      break;
    case PROP_DEADLINE_DAYS:
      ops_approval_level_set_deadline_days (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_level_class_init (OpsApprovalLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_approval_level_finalize;
  object_class->get_property = ops_approval_level_get_property;
  object_class->set_property = ops_approval_level_set_property;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 1, OPS_APPROVAL_MAX_LEVELS, 1, rw);
  properties[PROP_ROLE] =
    g_param_spec_uint ("role", NULL, NULL, 0, OPS_ROLE_ALL, 0, rw);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, NULL, rw);
  properties[PROP_DEADLINE_DAYS] =
    g_param_spec_int ("deadline-days", NULL, NULL, OPS_APPROVAL_MIN_DEADLINE_DAYS, OPS_APPROVAL_MAX_DEADLINE_DAYS, 1, rw);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_approval_level_init (OpsApprovalLevel *self)
{
  self->position = 1;
  self->deadline_days = 1;
}

/**
 * ops_approval_level_new:
 *
 * Returns: (transfer full): a new, unsaved record with no fields set.
 */
OpsApprovalLevel *
ops_approval_level_new (void)
{
  return g_object_new (OPS_TYPE_APPROVAL_LEVEL, NULL);
}

/**
 * ops_approval_level_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsApprovalLevel *
ops_approval_level_copy (OpsApprovalLevel *self)
{
  OpsApprovalLevel *copy;

  g_return_val_if_fail (OPS_IS_APPROVAL_LEVEL (self), NULL);

  copy = ops_approval_level_new ();
  copy->position = self->position;
  copy->role = self->role;
  copy->person_id = self->person_id;
  copy->person_name = g_strdup (self->person_name);
  copy->deadline_days = self->deadline_days;

  return copy;
}

/* Replaces *@field with a copy of @value and notifies @prop when it changed. */
static gboolean
set_string (OpsApprovalLevel *self,
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

guint
ops_approval_level_get_position (OpsApprovalLevel *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_LEVEL (self), 0);
  return self->position;
}

void
ops_approval_level_set_position (OpsApprovalLevel *self,
                                 guint position)
{
  g_return_if_fail (OPS_IS_APPROVAL_LEVEL (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

OpsRole
ops_approval_level_get_role (OpsApprovalLevel *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_LEVEL (self), 0);
  return self->role;
}

void
ops_approval_level_set_role (OpsApprovalLevel *self,
                             OpsRole role)
{
  g_return_if_fail (OPS_IS_APPROVAL_LEVEL (self));

  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

gint64
ops_approval_level_get_person_id (OpsApprovalLevel *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_LEVEL (self), 0);
  return self->person_id;
}

void
ops_approval_level_set_person_id (OpsApprovalLevel *self,
                                  gint64 person_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_LEVEL (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
ops_approval_level_get_person_name (OpsApprovalLevel *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_LEVEL (self), NULL);
  return self->person_name;
}

void
ops_approval_level_set_person_name (OpsApprovalLevel *self,
                                    const char *person_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_LEVEL (self));

  if (!set_string (self, &self->person_name, person_name, PROP_PERSON_NAME))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

int
ops_approval_level_get_deadline_days (OpsApprovalLevel *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_LEVEL (self), 0);
  return self->deadline_days;
}

void
ops_approval_level_set_deadline_days (OpsApprovalLevel *self,
                                      int deadline_days)
{
  g_return_if_fail (OPS_IS_APPROVAL_LEVEL (self));

  if (self->deadline_days == deadline_days)
    return;
  self->deadline_days = deadline_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE_DAYS]);
}

const char *
ops_approval_level_get_label (OpsApprovalLevel *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_LEVEL (self), NULL);

  if (self->role != 0 && ops_role_to_label (self->role) != NULL)
    return ops_role_to_label (self->role);
  return self->person_name != NULL ? self->person_name : "";
}

/**
 * ops_approval_level_new_full:
 *
 * Returns: (transfer full): a level with the default deadline of @position.
 */
OpsApprovalLevel *
ops_approval_level_new_full (guint   position,
                             OpsRole role,
                             gint64  person_id)
{
  OpsApprovalLevel *self = ops_approval_level_new ();

  self->position = CLAMP (position, 1, OPS_APPROVAL_MAX_LEVELS);
  self->role = role;
  self->person_id = person_id;
  self->deadline_days = ops_approval_default_deadline_days (self->position);
  return self;
}

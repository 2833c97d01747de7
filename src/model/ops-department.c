/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-department.c: the OpsDepartment record (name, head, division leader). */

#include "config.h"

#include "model/ops-department.h"

struct _OpsDepartment
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  gint64   head_id;
  char    *head_name;
  gint64   leader_id;
  char    *leader_name;
  guint    member_count;
};

G_DEFINE_FINAL_TYPE (OpsDepartment, ops_department, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_HEAD_ID,
  PROP_HEAD_NAME,
  PROP_LEADER_ID,
  PROP_LEADER_NAME,
  PROP_MEMBER_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_department_finalize (GObject *object)
{
  OpsDepartment *self = (OpsDepartment *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->head_name, g_free);
  g_clear_pointer (&self->leader_name, g_free);

  G_OBJECT_CLASS (ops_department_parent_class)->finalize (object);
}

static void
ops_department_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OpsDepartment *self = OPS_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_HEAD_ID:
      g_value_set_int64 (value, self->head_id);
      break;
    case PROP_HEAD_NAME:
      g_value_set_string (value, self->head_name);
      break;
    case PROP_LEADER_ID:
      g_value_set_int64 (value, self->leader_id);
      break;
    case PROP_LEADER_NAME:
      g_value_set_string (value, self->leader_name);
      break;
    case PROP_MEMBER_COUNT:
      g_value_set_uint (value, self->member_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_department_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OpsDepartment *self = OPS_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_department_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      ops_department_set_name (self, g_value_get_string (value));
      break;
    case PROP_HEAD_ID:
      ops_department_set_head_id (self, g_value_get_int64 (value));
      break;
    case PROP_HEAD_NAME:
      ops_department_set_head_name (self, g_value_get_string (value));
      break;
    case PROP_LEADER_ID:
      ops_department_set_leader_id (self, g_value_get_int64 (value));
      break;
    case PROP_LEADER_NAME:
      ops_department_set_leader_name (self, g_value_get_string (value));
      break;
    case PROP_MEMBER_COUNT:
      ops_department_set_member_count (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_department_class_init (OpsDepartmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_department_finalize;
  object_class->get_property = ops_department_get_property;
  object_class->set_property = ops_department_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_HEAD_ID] =
    g_param_spec_int64 ("head-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_HEAD_NAME] =
    g_param_spec_string ("head-name", NULL, NULL, NULL, rw);
  properties[PROP_LEADER_ID] =
    g_param_spec_int64 ("leader-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_LEADER_NAME] =
    g_param_spec_string ("leader-name", NULL, NULL, NULL, rw);
  properties[PROP_MEMBER_COUNT] =
    g_param_spec_uint ("member-count", NULL, NULL, 0, G_MAXUINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_department_init (OpsDepartment *self)
{
}

/**
 * ops_department_new:
 *
 * Returns: (transfer full): a new, unsaved department.
 */
OpsDepartment *
ops_department_new (void)
{
  return g_object_new (OPS_TYPE_DEPARTMENT, NULL);
}

/**
 * ops_department_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsDepartment *
ops_department_copy (OpsDepartment *self)
{
  OpsDepartment *copy;

  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), NULL);

  copy = ops_department_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->head_id = self->head_id;
  copy->head_name = g_strdup (self->head_name);
  copy->leader_id = self->leader_id;
  copy->leader_name = g_strdup (self->leader_name);
  copy->member_count = self->member_count;

  return copy;
}

static void
set_string (OpsDepartment  *self,
            char          **field,
            const char     *value,
            guint           prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_int64 (OpsDepartment *self,
           gint64        *field,
           gint64         value,
           guint          prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
ops_department_get_id (OpsDepartment *self)
{
  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), 0);
  return self->id;
}

void
ops_department_set_id (OpsDepartment *self,
                       gint64         id)
{
  g_return_if_fail (OPS_IS_DEPARTMENT (self));
  set_int64 (self, &self->id, id, PROP_ID);
}

const char *
ops_department_get_name (OpsDepartment *self)
{
  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), NULL);
  return self->name;
}

void
ops_department_set_name (OpsDepartment *self,
                         const char    *name)
{
  g_return_if_fail (OPS_IS_DEPARTMENT (self));
  set_string (self, &self->name, name, PROP_NAME);
}

gint64
ops_department_get_head_id (OpsDepartment *self)
{
  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), 0);
  return self->head_id;
}

void
ops_department_set_head_id (OpsDepartment *self,
                            gint64         id)
{
  g_return_if_fail (OPS_IS_DEPARTMENT (self));
  set_int64 (self, &self->head_id, id, PROP_HEAD_ID);
}

const char *
ops_department_get_head_name (OpsDepartment *self)
{
  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), NULL);
  return self->head_name;
}

void
ops_department_set_head_name (OpsDepartment *self,
                              const char    *name)
{
  g_return_if_fail (OPS_IS_DEPARTMENT (self));
  set_string (self, &self->head_name, name, PROP_HEAD_NAME);
}

gint64
ops_department_get_leader_id (OpsDepartment *self)
{
  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), 0);
  return self->leader_id;
}

void
ops_department_set_leader_id (OpsDepartment *self,
                              gint64         id)
{
  g_return_if_fail (OPS_IS_DEPARTMENT (self));
  set_int64 (self, &self->leader_id, id, PROP_LEADER_ID);
}

const char *
ops_department_get_leader_name (OpsDepartment *self)
{
  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), NULL);
  return self->leader_name;
}

void
ops_department_set_leader_name (OpsDepartment *self,
                                const char    *name)
{
  g_return_if_fail (OPS_IS_DEPARTMENT (self));
  set_string (self, &self->leader_name, name, PROP_LEADER_NAME);
}

guint
ops_department_get_member_count (OpsDepartment *self)
{
  g_return_val_if_fail (OPS_IS_DEPARTMENT (self), 0);
  return self->member_count;
}

void
ops_department_set_member_count (OpsDepartment *self,
                                 guint          count)
{
  g_return_if_fail (OPS_IS_DEPARTMENT (self));

  if (self->member_count == count)
    return;
  self->member_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_COUNT]);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-person.c: the OpsPerson record of the people directory. */

#include "config.h"

#include <glib/gi18n.h>

#include "model/ops-person.h"

struct _OpsPerson
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  gint64   department_id;
  char    *department_name;
  char    *title;
  char    *email;
  char    *phone;
  OpsRole  roles;
  gboolean active;
  gboolean referenced;
};

G_DEFINE_FINAL_TYPE (OpsPerson, ops_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DEPARTMENT_ID,
  PROP_DEPARTMENT_NAME,
  PROP_TITLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ROLES,
  PROP_ROLES_LABEL,
  PROP_ACTIVE,
  PROP_REFERENCED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_person_finalize (GObject *object)
{
  OpsPerson *self = (OpsPerson *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->department_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (ops_person_parent_class)->finalize (object);
}

static void
ops_person_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OpsPerson *self = OPS_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;
    case PROP_DEPARTMENT_NAME:
      g_value_set_string (value, self->department_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_ROLES:
      g_value_set_uint (value, self->roles);
      break;
    case PROP_ROLES_LABEL:
      g_value_take_string (value, ops_person_dup_roles_label (self));
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_REFERENCED:
      g_value_set_boolean (value, self->referenced);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_person_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OpsPerson *self = OPS_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_person_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      ops_person_set_name (self, g_value_get_string (value));
      break;
    case PROP_DEPARTMENT_ID:
      ops_person_set_department_id (self, g_value_get_int64 (value));
      break;
    case PROP_DEPARTMENT_NAME:
      ops_person_set_department_name (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      ops_person_set_title (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      ops_person_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      ops_person_set_phone (self, g_value_get_string (value));
      break;
    case PROP_ROLES:
      ops_person_set_roles (self, g_value_get_uint (value));
      break;
    case PROP_ACTIVE:
      ops_person_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_REFERENCED:
      ops_person_set_referenced (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_person_class_init (OpsPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_person_finalize;
  object_class->get_property = ops_person_get_property;
  object_class->set_property = ops_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_DEPARTMENT_NAME] =
    g_param_spec_string ("department-name", NULL, NULL, NULL, rw);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, rw);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, rw);
  properties[PROP_ROLES] =
    g_param_spec_uint ("roles", NULL, NULL, 0, OPS_ROLE_ALL, 0, rw);
  properties[PROP_ROLES_LABEL] =
    g_param_spec_string ("roles-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_REFERENCED] =
    g_param_spec_boolean ("referenced", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_person_init (OpsPerson *self)
{
  self->active = TRUE;
}

/**
 * ops_person_new:
 *
 * Returns: (transfer full): a new, unsaved, active person with no fields set.
 */
OpsPerson *
ops_person_new (void)
{
  return g_object_new (OPS_TYPE_PERSON, NULL);
}

/**
 * ops_person_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsPerson *
ops_person_copy (OpsPerson *self)
{
  OpsPerson *copy;

  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);

  copy = ops_person_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->department_id = self->department_id;
  copy->department_name = g_strdup (self->department_name);
  copy->title = g_strdup (self->title);
  copy->email = g_strdup (self->email);
  copy->phone = g_strdup (self->phone);
  copy->roles = self->roles;
  copy->active = self->active;
  copy->referenced = self->referenced;

  return copy;
}

/* Replaces *@field with a copy of @value and notifies @prop when it changed. */
static void
set_string (OpsPerson   *self,
            char       **field,
            const char  *value,
            guint        prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
ops_person_get_id (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), 0);
  return self->id;
}

void
ops_person_set_id (OpsPerson *self,
                   gint64     id)
{
  g_return_if_fail (OPS_IS_PERSON (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
ops_person_get_name (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);
  return self->name;
}

void
ops_person_set_name (OpsPerson  *self,
                     const char *name)
{
  g_return_if_fail (OPS_IS_PERSON (self));
  set_string (self, &self->name, name, PROP_NAME);
}

gint64
ops_person_get_department_id (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), 0);
  return self->department_id;
}

void
ops_person_set_department_id (OpsPerson *self,
                              gint64     department_id)
{
  g_return_if_fail (OPS_IS_PERSON (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

const char *
ops_person_get_department_name (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);
  return self->department_name;
}

void
ops_person_set_department_name (OpsPerson  *self,
                                const char *name)
{
  g_return_if_fail (OPS_IS_PERSON (self));
  set_string (self, &self->department_name, name, PROP_DEPARTMENT_NAME);
}

const char *
ops_person_get_title (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);
  return self->title;
}

void
ops_person_set_title (OpsPerson  *self,
                      const char *title)
{
  g_return_if_fail (OPS_IS_PERSON (self));
  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
ops_person_get_email (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);
  return self->email;
}

void
ops_person_set_email (OpsPerson  *self,
                      const char *email)
{
  g_return_if_fail (OPS_IS_PERSON (self));
  set_string (self, &self->email, email, PROP_EMAIL);
}

const char *
ops_person_get_phone (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);
  return self->phone;
}

void
ops_person_set_phone (OpsPerson  *self,
                      const char *phone)
{
  g_return_if_fail (OPS_IS_PERSON (self));
  set_string (self, &self->phone, phone, PROP_PHONE);
}

OpsRole
ops_person_get_roles (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), OPS_ROLE_NONE);
  return self->roles;
}

void
ops_person_set_roles (OpsPerson *self,
                      OpsRole    roles)
{
  g_return_if_fail (OPS_IS_PERSON (self));

  roles &= OPS_ROLE_ALL;
  if (self->roles == roles)
    return;
  self->roles = roles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES_LABEL]);
}

gboolean
ops_person_has_role (OpsPerson *self,
                     OpsRole    role)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), FALSE);
  return (self->roles & role) != 0;
}

/**
 * ops_person_dup_roles_label:
 *
 * Returns: (transfer full): the translated labels of the person's roles,
 * joined; free with g_free().
 */
char *
ops_person_dup_roles_label (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);
  return ops_roles_to_label (self->roles);
}

gboolean
ops_person_get_active (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), FALSE);
  return self->active;
}

void
ops_person_set_active (OpsPerson *self,
                       gboolean   active)
{
  g_return_if_fail (OPS_IS_PERSON (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

gboolean
ops_person_get_referenced (OpsPerson *self)
{
  g_return_val_if_fail (OPS_IS_PERSON (self), FALSE);
  return self->referenced;
}

void
ops_person_set_referenced (OpsPerson *self,
                           gboolean   referenced)
{
  g_return_if_fail (OPS_IS_PERSON (self));

  referenced = !!referenced;
  if (self->referenced == referenced)
    return;
  self->referenced = referenced;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCED]);
}

char *
ops_person_dup_affiliation (OpsPerson *self)
{
  const char *department;
  const char *title;

  g_return_val_if_fail (OPS_IS_PERSON (self), NULL);

  department = self->department_name != NULL ? self->department_name : "";
  title = self->title != NULL ? self->title : "";

  if (*department != '\0' && *title != '\0')
    /* TRANSLATORS: a person's department and job title, e.g. "销售部 · 销售经理" */
    return g_strdup_printf (_("%s · %s"), department, title);

  return g_strdup (*department != '\0' ? department : title);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-approval-type.c: the OpsApprovalType record (see ops-approval-type.h). */

#include "config.h"


#include "model/ops-approval-type.h"

struct _OpsApprovalType
{
  GObject parent_instance;

  gint64 id;
  char *code;
  char *name;
  char *prefix;
  gboolean builtin;
  gboolean in_use;
  GListStore *levels;  /* of OpsApprovalLevel, by position */
};

G_DEFINE_FINAL_TYPE (OpsApprovalType, ops_approval_type, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_PREFIX,
  PROP_BUILTIN,
  PROP_IN_USE,
  PROP_LEVELS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_approval_type_finalize (GObject *object)
{
  OpsApprovalType *self = (OpsApprovalType *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_object (&self->levels);

  G_OBJECT_CLASS (ops_approval_type_parent_class)->finalize (object);
}

static void
ops_approval_type_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpsApprovalType *self = OPS_APPROVAL_TYPE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PREFIX:
      g_value_set_string (value, self->prefix);
      break;
    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;
    case PROP_IN_USE:
      g_value_set_boolean (value, self->in_use);
      break;
    case PROP_LEVELS:
      g_value_set_object (value, self->levels);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_type_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OpsApprovalType *self = OPS_APPROVAL_TYPE (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_approval_type_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CODE:
      ops_approval_type_set_code (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      ops_approval_type_set_name (self, g_value_get_string (value));
      break;
    case PROP_PREFIX:
      ops_approval_type_set_prefix (self, g_value_get_string (value));
      break;
    case PROP_BUILTIN:
      ops_approval_type_set_builtin (self, g_value_get_boolean (value));
      break;
    case PROP_IN_USE:
      ops_approval_type_set_in_use (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_type_class_init (OpsApprovalTypeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_approval_type_finalize;
  object_class->get_property = ops_approval_type_get_property;
  object_class->set_property = ops_approval_type_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, rw);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_PREFIX] =
    g_param_spec_string ("prefix", NULL, NULL, NULL, rw);
  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE, rw);
  properties[PROP_IN_USE] =
    g_param_spec_boolean ("in-use", NULL, NULL, FALSE, rw);
  properties[PROP_LEVELS] =
    g_param_spec_object ("levels", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_approval_type_init (OpsApprovalType *self)
{
  self->levels = g_list_store_new (OPS_TYPE_APPROVAL_LEVEL);
}

/**
 * ops_approval_type_new:
 *
 * Returns: (transfer full): a new, unsaved record with no fields set.
 */
OpsApprovalType *
ops_approval_type_new (void)
{
  return g_object_new (OPS_TYPE_APPROVAL_TYPE, NULL);
}

/**
 * ops_approval_type_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsApprovalType *
ops_approval_type_copy (OpsApprovalType *self)
{
  OpsApprovalType *copy;

  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), NULL);

  copy = ops_approval_type_new ();
  copy->id = self->id;
  copy->code = g_strdup (self->code);
  copy->name = g_strdup (self->name);
  copy->prefix = g_strdup (self->prefix);
  copy->builtin = self->builtin;
  copy->in_use = self->in_use;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->levels)); i++)
    {
      g_autoptr(OpsApprovalLevel) level = g_list_model_get_item (G_LIST_MODEL (self->levels), i);
      g_autoptr(OpsApprovalLevel) level_copy = ops_approval_level_copy (level);
  
      g_list_store_append (copy->levels, level_copy);
    }

  return copy;
}

/* Replaces *@field with a copy of @value and notifies @prop when it changed. */
static gboolean
set_string (OpsApprovalType *self,
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
ops_approval_type_get_id (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), 0);
  return self->id;
}

void
ops_approval_type_set_id (OpsApprovalType *self,
                          gint64 id)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
ops_approval_type_get_code (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), NULL);
  return self->code;
}

void
ops_approval_type_set_code (OpsApprovalType *self,
                            const char *code)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));

  set_string (self, &self->code, code, PROP_CODE);
}

const char *
ops_approval_type_get_name (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), NULL);
  return self->name;
}

void
ops_approval_type_set_name (OpsApprovalType *self,
                            const char *name)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));

  set_string (self, &self->name, name, PROP_NAME);
}

const char *
ops_approval_type_get_prefix (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), NULL);
  return self->prefix;
}

void
ops_approval_type_set_prefix (OpsApprovalType *self,
                              const char *prefix)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));

  set_string (self, &self->prefix, prefix, PROP_PREFIX);
}

gboolean
ops_approval_type_get_builtin (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), FALSE);
  return self->builtin;
}

void
ops_approval_type_set_builtin (OpsApprovalType *self,
                               gboolean builtin)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));

  builtin = !!builtin;
  if (self->builtin == builtin)
    return;
  self->builtin = builtin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILTIN]);
}

gboolean
ops_approval_type_get_in_use (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), FALSE);
  return self->in_use;
}

void
ops_approval_type_set_in_use (OpsApprovalType *self,
                              gboolean in_use)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));

  in_use = !!in_use;
  if (self->in_use == in_use)
    return;
  self->in_use = in_use;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_USE]);
}

static void
renumber (OpsApprovalType *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->levels));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalLevel) level = g_list_model_get_item (G_LIST_MODEL (self->levels), i);

      ops_approval_level_set_position (level, i + 1);
    }
}

GListModel *
ops_approval_type_get_levels (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), NULL);
  return G_LIST_MODEL (self->levels);
}

guint
ops_approval_type_get_n_levels (OpsApprovalType *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->levels));
}

OpsApprovalLevel *
ops_approval_type_get_level (OpsApprovalType *self,
                             guint            index)
{
  g_autoptr(OpsApprovalLevel) level = NULL;

  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), NULL);

  level = g_list_model_get_item (G_LIST_MODEL (self->levels), index);
  /* The store keeps its own reference: hand out a borrowed pointer. */
  return level;
}

void
ops_approval_type_append_level (OpsApprovalType  *self,
                                OpsApprovalLevel *level)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));
  g_return_if_fail (OPS_IS_APPROVAL_LEVEL (level));

  ops_approval_level_set_position (level, ops_approval_type_get_n_levels (self) + 1);
  g_list_store_append (self->levels, level);
}

void
ops_approval_type_remove_level (OpsApprovalType *self,
                                guint            index)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));
  g_return_if_fail (index < ops_approval_type_get_n_levels (self));

  g_list_store_remove (self->levels, index);
  renumber (self);
}

void
ops_approval_type_move_level (OpsApprovalType *self,
                              guint            from,
                              guint            to)
{
  g_autoptr(OpsApprovalLevel) level = NULL;
  guint n;

  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));
  n = ops_approval_type_get_n_levels (self);
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;
  level = g_list_model_get_item (G_LIST_MODEL (self->levels), from);
  g_list_store_remove (self->levels, from);
  g_list_store_insert (self->levels, to, level);
  renumber (self);
}

void
ops_approval_type_clear_levels (OpsApprovalType *self)
{
  g_return_if_fail (OPS_IS_APPROVAL_TYPE (self));
  g_list_store_remove_all (self->levels);
}

/**
 * ops_approval_type_dup_chain_label:
 *
 * Returns: (transfer full): the level labels joined with "-".
 */
char *
ops_approval_type_dup_chain_label (OpsApprovalType *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (OPS_IS_APPROVAL_TYPE (self), NULL);

  n = ops_approval_type_get_n_levels (self);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (labels, (gpointer) ops_approval_level_get_label (ops_approval_type_get_level (self, i)));
  return ops_approval_chain_label ((const char * const *) labels->pdata, n);
}

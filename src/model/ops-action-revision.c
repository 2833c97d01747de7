/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-action-revision.c: OpsActionRevision, one entry of an action item's
 * append-only revision history. */

#include "config.h"

#include <string.h>

#include "model/ops-action-item.h"

/* OpsActionRevision ------------------------------------------------------ */

struct _OpsActionRevision
{
  GObject parent_instance;

  gint64           id;
  gint64           action_item_id;
  gint64           at;
  gint64           by_id;
  char             *by_name;
  OpsActionStatus  old_status;
  OpsActionStatus  new_status;
  char             *old_due_date;
  char             *new_due_date;
  char             *reason;
  char             *note;
};

G_DEFINE_FINAL_TYPE (OpsActionRevision, ops_action_revision, G_TYPE_OBJECT)

enum {
  ACTION_REVISION_PROP_0,
  ACTION_REVISION_PROP_ID,
  ACTION_REVISION_PROP_ACTION_ITEM_ID,
  ACTION_REVISION_PROP_AT,
  ACTION_REVISION_PROP_BY_ID,
  ACTION_REVISION_PROP_BY_NAME,
  ACTION_REVISION_PROP_OLD_STATUS,
  ACTION_REVISION_PROP_NEW_STATUS,
  ACTION_REVISION_PROP_OLD_DUE_DATE,
  ACTION_REVISION_PROP_NEW_DUE_DATE,
  ACTION_REVISION_PROP_REASON,
  ACTION_REVISION_PROP_NOTE,
  ACTION_REVISION_PROP_N
};

static GParamSpec *action_revision_props[ACTION_REVISION_PROP_N];

static void
ops_action_revision_finalize (GObject *object)
{
  OpsActionRevision *self = (OpsActionRevision *) object;

  g_clear_pointer (&self->by_name, g_free);
  g_clear_pointer (&self->old_due_date, g_free);
  g_clear_pointer (&self->new_due_date, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ops_action_revision_parent_class)->finalize (object);
}

static void
ops_action_revision_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OpsActionRevision *self = OPS_ACTION_REVISION (object);

  switch (prop_id)
    {
    case ACTION_REVISION_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case ACTION_REVISION_PROP_ACTION_ITEM_ID:
      g_value_set_int64 (value, self->action_item_id);
      break;
    case ACTION_REVISION_PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    case ACTION_REVISION_PROP_BY_ID:
      g_value_set_int64 (value, self->by_id);
      break;
    case ACTION_REVISION_PROP_BY_NAME:
      g_value_set_string (value, self->by_name);
      break;
    case ACTION_REVISION_PROP_OLD_STATUS:
      g_value_set_int (value, self->old_status);
      break;
    case ACTION_REVISION_PROP_NEW_STATUS:
      g_value_set_int (value, self->new_status);
      break;
    case ACTION_REVISION_PROP_OLD_DUE_DATE:
      g_value_set_string (value, self->old_due_date);
      break;
    case ACTION_REVISION_PROP_NEW_DUE_DATE:
      g_value_set_string (value, self->new_due_date);
      break;
    case ACTION_REVISION_PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case ACTION_REVISION_PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_action_revision_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OpsActionRevision *self = OPS_ACTION_REVISION (object);

  switch (prop_id)
    {
    case ACTION_REVISION_PROP_ID:
      ops_action_revision_set_id (self, g_value_get_int64 (value));
      break;
    case ACTION_REVISION_PROP_ACTION_ITEM_ID:
      ops_action_revision_set_action_item_id (self, g_value_get_int64 (value));
      break;
    case ACTION_REVISION_PROP_AT:
      ops_action_revision_set_at (self, g_value_get_int64 (value));
      break;
    case ACTION_REVISION_PROP_BY_ID:
      ops_action_revision_set_by_id (self, g_value_get_int64 (value));
      break;
    case ACTION_REVISION_PROP_BY_NAME:
      ops_action_revision_set_by_name (self, g_value_get_string (value));
      break;
    case ACTION_REVISION_PROP_OLD_STATUS:
      ops_action_revision_set_old_status (self, g_value_get_int (value));
      break;
    case ACTION_REVISION_PROP_NEW_STATUS:
      ops_action_revision_set_new_status (self, g_value_get_int (value));
      break;
    case ACTION_REVISION_PROP_OLD_DUE_DATE:
      ops_action_revision_set_old_due_date (self, g_value_get_string (value));
      break;
    case ACTION_REVISION_PROP_NEW_DUE_DATE:
      ops_action_revision_set_new_due_date (self, g_value_get_string (value));
      break;
    case ACTION_REVISION_PROP_REASON:
      ops_action_revision_set_reason (self, g_value_get_string (value));
      break;
    case ACTION_REVISION_PROP_NOTE:
      ops_action_revision_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_action_revision_class_init (OpsActionRevisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ops_action_revision_finalize;
  object_class->get_property = ops_action_revision_get_property;
  object_class->set_property = ops_action_revision_set_property;

  action_revision_props[ACTION_REVISION_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_ACTION_ITEM_ID] =
    g_param_spec_int64 ("action-item-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_BY_ID] =
    g_param_spec_int64 ("by-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_BY_NAME] =
    g_param_spec_string ("by-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_OLD_STATUS] =
    g_param_spec_int ("old-status", NULL, NULL, 0, OPS_ACTION_CANCELLED, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_NEW_STATUS] =
    g_param_spec_int ("new-status", NULL, NULL, 0, OPS_ACTION_CANCELLED, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_OLD_DUE_DATE] =
    g_param_spec_string ("old-due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_NEW_DUE_DATE] =
    g_param_spec_string ("new-due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  action_revision_props[ACTION_REVISION_PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, ACTION_REVISION_PROP_N, action_revision_props);
}

static void
ops_action_revision_init (OpsActionRevision *self)
{
  (void) self;
}

OpsActionRevision *
ops_action_revision_new (void)
{
  return g_object_new (OPS_TYPE_ACTION_REVISION, NULL);
}

gint64
ops_action_revision_get_id (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), 0);

  return self->id;
}

void
ops_action_revision_set_id (OpsActionRevision *self,
                            gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_ID]);
}

gint64
ops_action_revision_get_action_item_id (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), 0);

  return self->action_item_id;
}

void
ops_action_revision_set_action_item_id (OpsActionRevision *self,
                                        gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (self->action_item_id == value)
    return;
  self->action_item_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_ACTION_ITEM_ID]);
}

gint64
ops_action_revision_get_at (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), 0);

  return self->at;
}

void
ops_action_revision_set_at (OpsActionRevision *self,
                            gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (self->at == value)
    return;
  self->at = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_AT]);
}

gint64
ops_action_revision_get_by_id (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), 0);

  return self->by_id;
}

void
ops_action_revision_set_by_id (OpsActionRevision *self,
                               gint64 value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (self->by_id == value)
    return;
  self->by_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_BY_ID]);
}

const char *
ops_action_revision_get_by_name (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), NULL);

  return self->by_name;
}

void
ops_action_revision_set_by_name (OpsActionRevision *self,
                                 const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (g_strcmp0 (self->by_name, value) == 0)
    return;
  g_free (self->by_name);
  self->by_name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_BY_NAME]);
}

OpsActionStatus
ops_action_revision_get_old_status (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), 0);

  return self->old_status;
}

void
ops_action_revision_set_old_status (OpsActionRevision *self,
                                    OpsActionStatus value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (self->old_status == value)
    return;
  self->old_status = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_OLD_STATUS]);
}

OpsActionStatus
ops_action_revision_get_new_status (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), 0);

  return self->new_status;
}

void
ops_action_revision_set_new_status (OpsActionRevision *self,
                                    OpsActionStatus value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (self->new_status == value)
    return;
  self->new_status = value;
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_NEW_STATUS]);
}

const char *
ops_action_revision_get_old_due_date (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), NULL);

  return self->old_due_date;
}

void
ops_action_revision_set_old_due_date (OpsActionRevision *self,
                                      const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (g_strcmp0 (self->old_due_date, value) == 0)
    return;
  g_free (self->old_due_date);
  self->old_due_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_OLD_DUE_DATE]);
}

const char *
ops_action_revision_get_new_due_date (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), NULL);

  return self->new_due_date;
}

void
ops_action_revision_set_new_due_date (OpsActionRevision *self,
                                      const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (g_strcmp0 (self->new_due_date, value) == 0)
    return;
  g_free (self->new_due_date);
  self->new_due_date = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_NEW_DUE_DATE]);
}

const char *
ops_action_revision_get_reason (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), NULL);

  return self->reason;
}

void
ops_action_revision_set_reason (OpsActionRevision *self,
                                const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (g_strcmp0 (self->reason, value) == 0)
    return;
  g_free (self->reason);
  self->reason = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_REASON]);
}

const char *
ops_action_revision_get_note (OpsActionRevision *self)
{
  g_return_val_if_fail (OPS_IS_ACTION_REVISION (self), NULL);

  return self->note;
}

void
ops_action_revision_set_note (OpsActionRevision *self,
                              const char *value)
{
  g_return_if_fail (OPS_IS_ACTION_REVISION (self));

  if (g_strcmp0 (self->note, value) == 0)
    return;
  g_free (self->note);
  self->note = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), action_revision_props[ACTION_REVISION_PROP_NOTE]);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-audit-entry.c: the OpsAuditEntry record (see ops-audit-entry.h). */

#include "config.h"

#include <glib/gi18n.h>

#include "model/ops-audit-entry.h"

struct _OpsAuditEntry
{
  GObject parent_instance;

  gint64 id;
  gint64 request_id;
  char *request_name;
  gint64 at;
  gint64 actor_id;
  char *actor_name;
  gint64 on_behalf_of_id;
  char *on_behalf_of_name;
  OpsAuditAction action;
  guint level;
  char *level_label;
  guint round;
  char *comment;
  char *os_user;
  char *hash;
  char *prev_hash;
};

G_DEFINE_FINAL_TYPE (OpsAuditEntry, ops_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_REQUEST_NAME,
  PROP_AT,
  PROP_ACTOR_ID,
  PROP_ACTOR_NAME,
  PROP_ON_BEHALF_OF_ID,
  PROP_ON_BEHALF_OF_NAME,
  PROP_ACTION,
  PROP_LEVEL,
  PROP_LEVEL_LABEL,
  PROP_ROUND,
  PROP_COMMENT,
  PROP_OS_USER,
  PROP_HASH,
  PROP_PREV_HASH,
  PROP_ACTION_LABEL,
  PROP_ACTOR_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_audit_entry_finalize (GObject *object)
{
  OpsAuditEntry *self = (OpsAuditEntry *) object;

  g_clear_pointer (&self->request_name, g_free);
  g_clear_pointer (&self->actor_name, g_free);
  g_clear_pointer (&self->on_behalf_of_name, g_free);
  g_clear_pointer (&self->level_label, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->os_user, g_free);
  g_clear_pointer (&self->hash, g_free);
  g_clear_pointer (&self->prev_hash, g_free);

  G_OBJECT_CLASS (ops_audit_entry_parent_class)->finalize (object);
}

static void
ops_audit_entry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OpsAuditEntry *self = OPS_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;
    case PROP_REQUEST_NAME:
      g_value_set_string (value, self->request_name);
      break;
    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    case PROP_ACTOR_ID:
      g_value_set_int64 (value, self->actor_id);
      break;
    case PROP_ACTOR_NAME:
      g_value_set_string (value, self->actor_name);
      break;
    case PROP_ON_BEHALF_OF_ID:
      g_value_set_int64 (value, self->on_behalf_of_id);
      break;
    case PROP_ON_BEHALF_OF_NAME:
      g_value_set_string (value, self->on_behalf_of_name);
      break;
    case PROP_ACTION:
      g_value_set_int (value, self->action);
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_LEVEL_LABEL:
      g_value_set_string (value, self->level_label);
      break;
    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;
    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;
    case PROP_OS_USER:
      g_value_set_string (value, self->os_user);
      break;
    case PROP_HASH:
      g_value_set_string (value, self->hash);
      break;
    case PROP_PREV_HASH:
      g_value_set_string (value, self->prev_hash);
      break;
    case PROP_ACTION_LABEL:
      g_value_set_string (value, ops_audit_action_to_label (self->action));
      break;
    case PROP_ACTOR_LABEL:
      g_value_take_string (value, ops_audit_entry_dup_actor_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_audit_entry_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OpsAuditEntry *self = OPS_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_audit_entry_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_REQUEST_ID:
      ops_audit_entry_set_request_id (self, g_value_get_int64 (value));
      break;
    case PROP_REQUEST_NAME:
      ops_audit_entry_set_request_name (self, g_value_get_string (value));
      break;
    case PROP_AT:
      ops_audit_entry_set_at (self, g_value_get_int64 (value));
      break;
    case PROP_ACTOR_ID:
      ops_audit_entry_set_actor_id (self, g_value_get_int64 (value));
      break;
    case PROP_ACTOR_NAME:
      ops_audit_entry_set_actor_name (self, g_value_get_string (value));
      break;
    case PROP_ON_BEHALF_OF_ID:
      ops_audit_entry_set_on_behalf_of_id (self, g_value_get_int64 (value));
      break;
    case PROP_ON_BEHALF_OF_NAME:
      ops_audit_entry_set_on_behalf_of_name (self, g_value_get_string (value));
      break;
    case PROP_ACTION:
      ops_audit_entry_set_action (self, g_value_get_int (value));
      break;
    case PROP_LEVEL:
      ops_audit_entry_set_level (self, g_value_get_uint (value));
      break;
    case PROP_LEVEL_LABEL:
      ops_audit_entry_set_level_label (self, g_value_get_string (value));
      break;
    case PROP_ROUND:
      ops_audit_entry_set_round (self, g_value_get_uint (value));
      break;
    case PROP_COMMENT:
      ops_audit_entry_set_comment (self, g_value_get_string (value));
      break;
    case PROP_OS_USER:
      ops_audit_entry_set_os_user (self, g_value_get_string (value));
      break;
    case PROP_HASH:
      ops_audit_entry_set_hash (self, g_value_get_string (value));
      break;
    case PROP_PREV_HASH:
      ops_audit_entry_set_prev_hash (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_audit_entry_class_init (OpsAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_audit_entry_finalize;
  object_class->get_property = ops_audit_entry_get_property;
  object_class->set_property = ops_audit_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_REQUEST_NAME] =
    g_param_spec_string ("request-name", NULL, NULL, NULL, rw);
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ACTOR_ID] =
    g_param_spec_int64 ("actor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ACTOR_NAME] =
    g_param_spec_string ("actor-name", NULL, NULL, NULL, rw);
  properties[PROP_ON_BEHALF_OF_ID] =
    g_param_spec_int64 ("on-behalf-of-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ON_BEHALF_OF_NAME] =
    g_param_spec_string ("on-behalf-of-name", NULL, NULL, NULL, rw);
  properties[PROP_ACTION] =
    g_param_spec_int ("action", NULL, NULL, 0, OPS_AUDIT_N_ACTIONS - 1, OPS_AUDIT_CREATE, rw);
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 0, OPS_APPROVAL_MAX_LEVELS, 0, rw);
  properties[PROP_LEVEL_LABEL] =
    g_param_spec_string ("level-label", NULL, NULL, NULL, rw);
  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL, 0, G_MAXUINT, 1, rw);
  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL, NULL, rw);
  properties[PROP_OS_USER] =
    g_param_spec_string ("os-user", NULL, NULL, NULL, rw);
  properties[PROP_HASH] =
    g_param_spec_string ("hash", NULL, NULL, NULL, rw);
  properties[PROP_PREV_HASH] =
    g_param_spec_string ("prev-hash", NULL, NULL, NULL, rw);
  properties[PROP_ACTION_LABEL] =
    g_param_spec_string ("action-label", NULL, NULL, NULL, ro);
  properties[PROP_ACTOR_LABEL] =
    g_param_spec_string ("actor-label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_audit_entry_init (OpsAuditEntry *self)
{
  self->round = 1;
}

/**
 * ops_audit_entry_new:
 *
 * Returns: (transfer full): a new, unsaved record with no fields set.
 */
OpsAuditEntry *
ops_audit_entry_new (void)
{
  return g_object_new (OPS_TYPE_AUDIT_ENTRY, NULL);
}

/**
 * ops_audit_entry_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsAuditEntry *
ops_audit_entry_copy (OpsAuditEntry *self)
{
  OpsAuditEntry *copy;

  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);

  copy = ops_audit_entry_new ();
  copy->id = self->id;
  copy->request_id = self->request_id;
  copy->request_name = g_strdup (self->request_name);
  copy->at = self->at;
  copy->actor_id = self->actor_id;
  copy->actor_name = g_strdup (self->actor_name);
  copy->on_behalf_of_id = self->on_behalf_of_id;
  copy->on_behalf_of_name = g_strdup (self->on_behalf_of_name);
  copy->action = self->action;
  copy->level = self->level;
  copy->level_label = g_strdup (self->level_label);
  copy->round = self->round;
  copy->comment = g_strdup (self->comment);
  copy->os_user = g_strdup (self->os_user);
  copy->hash = g_strdup (self->hash);
  copy->prev_hash = g_strdup (self->prev_hash);

  return copy;
}

/* Replaces *@field with a copy of @value and notifies @prop when it changed. */
static gboolean
set_string (OpsAuditEntry *self,
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
ops_audit_entry_get_id (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->id;
}

void
ops_audit_entry_set_id (OpsAuditEntry *self,
                        gint64 id)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ops_audit_entry_get_request_id (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->request_id;
}

void
ops_audit_entry_set_request_id (OpsAuditEntry *self,
                                gint64 request_id)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->request_id == request_id)
    return;
  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST_ID]);
}

const char *
ops_audit_entry_get_request_name (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->request_name;
}

void
ops_audit_entry_set_request_name (OpsAuditEntry *self,
                                  const char *request_name)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  set_string (self, &self->request_name, request_name, PROP_REQUEST_NAME);
}

gint64
ops_audit_entry_get_at (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->at;
}

void
ops_audit_entry_set_at (OpsAuditEntry *self,
                        gint64 at)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->at == at)
    return;
  self->at = at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT]);
}

gint64
ops_audit_entry_get_actor_id (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->actor_id;
}

void
ops_audit_entry_set_actor_id (OpsAuditEntry *self,
                              gint64 actor_id)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->actor_id == actor_id)
    return;
  self->actor_id = actor_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_ID]);
}

const char *
ops_audit_entry_get_actor_name (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->actor_name;
}

void
ops_audit_entry_set_actor_name (OpsAuditEntry *self,
                                const char *actor_name)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (!set_string (self, &self->actor_name, actor_name, PROP_ACTOR_NAME))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_LABEL]);
}

gint64
ops_audit_entry_get_on_behalf_of_id (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->on_behalf_of_id;
}

void
ops_audit_entry_set_on_behalf_of_id (OpsAuditEntry *self,
                                     gint64 on_behalf_of_id)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->on_behalf_of_id == on_behalf_of_id)
    return;
  self->on_behalf_of_id = on_behalf_of_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_BEHALF_OF_ID]);
}

const char *
ops_audit_entry_get_on_behalf_of_name (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->on_behalf_of_name;
}

void
ops_audit_entry_set_on_behalf_of_name (OpsAuditEntry *self,
                                       const char *on_behalf_of_name)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (!set_string (self, &self->on_behalf_of_name, on_behalf_of_name, PROP_ON_BEHALF_OF_NAME))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_LABEL]);
}

OpsAuditAction
ops_audit_entry_get_action (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->action;
}

void
ops_audit_entry_set_action (OpsAuditEntry *self,
                            OpsAuditAction action)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->action == action)
    return;
  self->action = action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_LABEL]);
}

guint
ops_audit_entry_get_level (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->level;
}

void
ops_audit_entry_set_level (OpsAuditEntry *self,
                           guint level)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->level == level)
    return;
  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
ops_audit_entry_get_level_label (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->level_label;
}

void
ops_audit_entry_set_level_label (OpsAuditEntry *self,
                                 const char *level_label)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  set_string (self, &self->level_label, level_label, PROP_LEVEL_LABEL);
}

guint
ops_audit_entry_get_round (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), 0);
  return self->round;
}

void
ops_audit_entry_set_round (OpsAuditEntry *self,
                           guint round)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  if (self->round == round)
    return;
  self->round = round;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
}

const char *
ops_audit_entry_get_comment (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->comment;
}

void
ops_audit_entry_set_comment (OpsAuditEntry *self,
                             const char *comment)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  set_string (self, &self->comment, comment, PROP_COMMENT);
}

const char *
ops_audit_entry_get_os_user (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->os_user;
}

void
ops_audit_entry_set_os_user (OpsAuditEntry *self,
                             const char *os_user)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  set_string (self, &self->os_user, os_user, PROP_OS_USER);
}

const char *
ops_audit_entry_get_hash (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->hash;
}

void
ops_audit_entry_set_hash (OpsAuditEntry *self,
                          const char *hash)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  set_string (self, &self->hash, hash, PROP_HASH);
}

const char *
ops_audit_entry_get_prev_hash (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);
  return self->prev_hash;
}

void
ops_audit_entry_set_prev_hash (OpsAuditEntry *self,
                               const char *prev_hash)
{
  g_return_if_fail (OPS_IS_AUDIT_ENTRY (self));

  set_string (self, &self->prev_hash, prev_hash, PROP_PREV_HASH);
}

/**
 * ops_audit_entry_dup_actor_label:
 *
 * Returns: (transfer full): the actor, or "actor for approver" when a
 * substitute acted.
 */
char *
ops_audit_entry_dup_actor_label (OpsAuditEntry *self)
{
  g_return_val_if_fail (OPS_IS_AUDIT_ENTRY (self), NULL);

  if (self->on_behalf_of_id != 0 && self->on_behalf_of_name != NULL)
    /* Translators: a substitute acted for an approver: "李四 for 张三" */
    return g_strdup_printf (_("%s for %s"),
                            self->actor_name != NULL ? self->actor_name : "",
                            self->on_behalf_of_name);
  return g_strdup (self->actor_name != NULL ? self->actor_name : "");
}

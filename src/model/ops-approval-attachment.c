/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-approval-attachment.c: the OpsApprovalAttachment record (see ops-approval-attachment.h). */

#include "config.h"


#include "model/ops-approval-attachment.h"

struct _OpsApprovalAttachment
{
  GObject parent_instance;

  gint64 id;
  gint64 request_id;
  char *title;
  char *file_name;
  char *original_name;
  gint64 added_at;
  guint round;
  gboolean final;
};

G_DEFINE_FINAL_TYPE (OpsApprovalAttachment, ops_approval_attachment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_TITLE,
  PROP_FILE_NAME,
  PROP_ORIGINAL_NAME,
  PROP_ADDED_AT,
  PROP_ROUND,
  PROP_FINAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_approval_attachment_finalize (GObject *object)
{
  OpsApprovalAttachment *self = (OpsApprovalAttachment *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->original_name, g_free);

  G_OBJECT_CLASS (ops_approval_attachment_parent_class)->finalize (object);
}

static void
ops_approval_attachment_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OpsApprovalAttachment *self = OPS_APPROVAL_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_ORIGINAL_NAME:
      g_value_set_string (value, self->original_name);
      break;
    case PROP_ADDED_AT:
      g_value_set_int64 (value, self->added_at);
      break;
    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;
    case PROP_FINAL:
      g_value_set_boolean (value, self->final);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_attachment_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OpsApprovalAttachment *self = OPS_APPROVAL_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_approval_attachment_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_REQUEST_ID:
      ops_approval_attachment_set_request_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      ops_approval_attachment_set_title (self, g_value_get_string (value));
      break;
    case PROP_FILE_NAME:
      ops_approval_attachment_set_file_name (self, g_value_get_string (value));
      break;
    case PROP_ORIGINAL_NAME:
      ops_approval_attachment_set_original_name (self, g_value_get_string (value));
      break;
    case PROP_ADDED_AT:
      ops_approval_attachment_set_added_at (self, g_value_get_int64 (value));
      break;
    case PROP_ROUND:
      ops_approval_attachment_set_round (self, g_value_get_uint (value));
      break;
    case PROP_FINAL:
      ops_approval_attachment_set_final (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_attachment_class_init (OpsApprovalAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_approval_attachment_finalize;
  object_class->get_property = ops_approval_attachment_get_property;
  object_class->set_property = ops_approval_attachment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL, rw);
  properties[PROP_ORIGINAL_NAME] =
    g_param_spec_string ("original-name", NULL, NULL, NULL, rw);
  properties[PROP_ADDED_AT] =
    g_param_spec_int64 ("added-at", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL, 1, G_MAXUINT, 1, rw);
  properties[PROP_FINAL] =
    g_param_spec_boolean ("final", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_approval_attachment_init (OpsApprovalAttachment *self)
{
  self->round = 1;
}

/**
 * ops_approval_attachment_new:
 *
 * Returns: (transfer full): a new, unsaved record with no fields set.
 */
OpsApprovalAttachment *
ops_approval_attachment_new (void)
{
  return g_object_new (OPS_TYPE_APPROVAL_ATTACHMENT, NULL);
}

/**
 * ops_approval_attachment_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsApprovalAttachment *
ops_approval_attachment_copy (OpsApprovalAttachment *self)
{
  OpsApprovalAttachment *copy;

  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), NULL);

  copy = ops_approval_attachment_new ();
  copy->id = self->id;
  copy->request_id = self->request_id;
  copy->title = g_strdup (self->title);
  copy->file_name = g_strdup (self->file_name);
  copy->original_name = g_strdup (self->original_name);
  copy->added_at = self->added_at;
  copy->round = self->round;
  copy->final = self->final;

  return copy;
}

/* Replaces *@field with a copy of @value and notifies @prop when it changed. */
static gboolean
set_string (OpsApprovalAttachment *self,
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
ops_approval_attachment_get_id (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), 0);
  return self->id;
}

void
ops_approval_attachment_set_id (OpsApprovalAttachment *self,
                                gint64 id)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ops_approval_attachment_get_request_id (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), 0);
  return self->request_id;
}

void
ops_approval_attachment_set_request_id (OpsApprovalAttachment *self,
                                        gint64 request_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  if (self->request_id == request_id)
    return;
  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST_ID]);
}

const char *
ops_approval_attachment_get_title (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), NULL);
  return self->title;
}

void
ops_approval_attachment_set_title (OpsApprovalAttachment *self,
                                   const char *title)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
ops_approval_attachment_get_file_name (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), NULL);
  return self->file_name;
}

void
ops_approval_attachment_set_file_name (OpsApprovalAttachment *self,
                                       const char *file_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  set_string (self, &self->file_name, file_name, PROP_FILE_NAME);
}

const char *
ops_approval_attachment_get_original_name (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), NULL);
  return self->original_name;
}

void
ops_approval_attachment_set_original_name (OpsApprovalAttachment *self,
                                           const char *original_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  set_string (self, &self->original_name, original_name, PROP_ORIGINAL_NAME);
}

gint64
ops_approval_attachment_get_added_at (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), 0);
  return self->added_at;
}

void
ops_approval_attachment_set_added_at (OpsApprovalAttachment *self,
                                      gint64 added_at)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  if (self->added_at == added_at)
    return;
  self->added_at = added_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDED_AT]);
}

guint
ops_approval_attachment_get_round (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), 0);
  return self->round;
}

void
ops_approval_attachment_set_round (OpsApprovalAttachment *self,
                                   guint round)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  if (self->round == round)
    return;
  self->round = round;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
}

gboolean
ops_approval_attachment_get_final (OpsApprovalAttachment *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self), FALSE);
  return self->final;
}

void
ops_approval_attachment_set_final (OpsApprovalAttachment *self,
                                   gboolean final)
{
  g_return_if_fail (OPS_IS_APPROVAL_ATTACHMENT (self));

  final = !!final;
  if (self->final == final)
    return;
  self->final = final;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINAL]);
}


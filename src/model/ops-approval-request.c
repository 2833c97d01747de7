/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-approval-request.c: the OpsApprovalRequest record (see ops-approval-request.h). */

#include "config.h"


#include "model/ops-approval-request.h"

struct _OpsApprovalRequest
{
  GObject parent_instance;

  gint64 id;
  char *name;
  gint64 type_id;
  char *type_name;
  char *type_code;
  char *purpose;
  gint64 applicant_id;
  char *applicant_name;
  gint64 department_id;
  char *department_name;
  char *date;
  gboolean major;
  OpsApprovalState state;
  guint round;
  guint current_level;
  guint level_count;
  gint64 current_approver_id;
  char *current_approver_name;
  gint64 step_started_at;
  char *step_due_date;
  gboolean overdue;
  gboolean actionable;
  char *acting_for_name;
  gboolean has_decision;
  char *chain_label;
  char *opinion;
  char *archive_number;
  gint64 meeting_id;
  char *meeting_topic;
  gint64 resolution_id;
  gboolean resolution_finalised;
  gint64 stamped_at;
  gint64 stamped_by_id;
  char *stamped_by_name;
  char *distributed_to;
  gint64 created_at;
  gint64 updated_at;
  GListStore *attachments;  /* of OpsApprovalAttachment */
};

G_DEFINE_FINAL_TYPE (OpsApprovalRequest, ops_approval_request, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TYPE_ID,
  PROP_TYPE_NAME,
  PROP_TYPE_CODE,
  PROP_PURPOSE,
  PROP_APPLICANT_ID,
  PROP_APPLICANT_NAME,
  PROP_DEPARTMENT_ID,
  PROP_DEPARTMENT_NAME,
  PROP_DATE,
  PROP_MAJOR,
  PROP_STATE,
  PROP_ROUND,
  PROP_CURRENT_LEVEL,
  PROP_LEVEL_COUNT,
  PROP_CURRENT_APPROVER_ID,
  PROP_CURRENT_APPROVER_NAME,
  PROP_STEP_STARTED_AT,
  PROP_STEP_DUE_DATE,
  PROP_OVERDUE,
  PROP_ACTIONABLE,
  PROP_ACTING_FOR_NAME,
  PROP_HAS_DECISION,
  PROP_CHAIN_LABEL,
  PROP_OPINION,
  PROP_ARCHIVE_NUMBER,
  PROP_MEETING_ID,
  PROP_MEETING_TOPIC,
  PROP_RESOLUTION_ID,
  PROP_RESOLUTION_FINALISED,
  PROP_STAMPED_AT,
  PROP_STAMPED_BY_ID,
  PROP_STAMPED_BY_NAME,
  PROP_DISTRIBUTED_TO,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_STATE_LABEL,
  PROP_ATTACHMENTS,
  PROP_DOCUMENT_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_approval_request_finalize (GObject *object)
{
  OpsApprovalRequest *self = (OpsApprovalRequest *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->type_name, g_free);
  g_clear_pointer (&self->type_code, g_free);
  g_clear_pointer (&self->purpose, g_free);
  g_clear_pointer (&self->applicant_name, g_free);
  g_clear_pointer (&self->department_name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->current_approver_name, g_free);
  g_clear_pointer (&self->step_due_date, g_free);
  g_clear_pointer (&self->acting_for_name, g_free);
  g_clear_pointer (&self->chain_label, g_free);
  g_clear_pointer (&self->opinion, g_free);
  g_clear_pointer (&self->archive_number, g_free);
  g_clear_pointer (&self->meeting_topic, g_free);
  g_clear_pointer (&self->stamped_by_name, g_free);
  g_clear_pointer (&self->distributed_to, g_free);
  g_clear_object (&self->attachments);

  G_OBJECT_CLASS (ops_approval_request_parent_class)->finalize (object);
}

static void
ops_approval_request_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OpsApprovalRequest *self = OPS_APPROVAL_REQUEST (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TYPE_ID:
      g_value_set_int64 (value, self->type_id);
      break;
    case PROP_TYPE_NAME:
      g_value_set_string (value, self->type_name);
      break;
    case PROP_TYPE_CODE:
      g_value_set_string (value, self->type_code);
      break;
    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;
    case PROP_APPLICANT_ID:
      g_value_set_int64 (value, self->applicant_id);
      break;
    case PROP_APPLICANT_NAME:
      g_value_set_string (value, self->applicant_name);
      break;
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;
    case PROP_DEPARTMENT_NAME:
      g_value_set_string (value, self->department_name);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_MAJOR:
      g_value_set_boolean (value, self->major);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;
    case PROP_CURRENT_LEVEL:
      g_value_set_uint (value, self->current_level);
      break;
    case PROP_LEVEL_COUNT:
      g_value_set_uint (value, self->level_count);
      break;
    case PROP_CURRENT_APPROVER_ID:
      g_value_set_int64 (value, self->current_approver_id);
      break;
    case PROP_CURRENT_APPROVER_NAME:
      g_value_set_string (value, self->current_approver_name);
      break;
    case PROP_STEP_STARTED_AT:
      g_value_set_int64 (value, self->step_started_at);
      break;
    case PROP_STEP_DUE_DATE:
      g_value_set_string (value, self->step_due_date);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;
    case PROP_ACTIONABLE:
      g_value_set_boolean (value, self->actionable);
      break;
    case PROP_ACTING_FOR_NAME:
      g_value_set_string (value, self->acting_for_name);
      break;
    case PROP_HAS_DECISION:
      g_value_set_boolean (value, self->has_decision);
      break;
    case PROP_CHAIN_LABEL:
      g_value_set_string (value, self->chain_label);
      break;
    case PROP_OPINION:
      g_value_set_string (value, self->opinion);
      break;
    case PROP_ARCHIVE_NUMBER:
      g_value_set_string (value, self->archive_number);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case PROP_MEETING_TOPIC:
      g_value_set_string (value, self->meeting_topic);
      break;
    case PROP_RESOLUTION_ID:
      g_value_set_int64 (value, self->resolution_id);
      break;
    case PROP_RESOLUTION_FINALISED:
      g_value_set_boolean (value, self->resolution_finalised);
      break;
    case PROP_STAMPED_AT:
      g_value_set_int64 (value, self->stamped_at);
      break;
    case PROP_STAMPED_BY_ID:
      g_value_set_int64 (value, self->stamped_by_id);
      break;
    case PROP_STAMPED_BY_NAME:
      g_value_set_string (value, self->stamped_by_name);
      break;
    case PROP_DISTRIBUTED_TO:
      g_value_set_string (value, self->distributed_to);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    case PROP_STATE_LABEL:
      g_value_set_string (value, ops_approval_state_to_label (self->state));
      break;
    case PROP_ATTACHMENTS:
      g_value_set_object (value, self->attachments);
      break;
    case PROP_DOCUMENT_FILE:
      g_value_set_object (value, ops_approval_request_get_document_file (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_request_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OpsApprovalRequest *self = OPS_APPROVAL_REQUEST (object);

  switch (prop_id)
    {
    case PROP_ID:
      ops_approval_request_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      ops_approval_request_set_name (self, g_value_get_string (value));
      break;
    case PROP_TYPE_ID:
      ops_approval_request_set_type_id (self, g_value_get_int64 (value));
      break;
    case PROP_TYPE_NAME:
      ops_approval_request_set_type_name (self, g_value_get_string (value));
      break;
    case PROP_TYPE_CODE:
      ops_approval_request_set_type_code (self, g_value_get_string (value));
      break;
    case PROP_PURPOSE:
      ops_approval_request_set_purpose (self, g_value_get_string (value));
      break;
    case PROP_APPLICANT_ID:
      ops_approval_request_set_applicant_id (self, g_value_get_int64 (value));
      break;
    case PROP_APPLICANT_NAME:
      ops_approval_request_set_applicant_name (self, g_value_get_string (value));
      break;
    case PROP_DEPARTMENT_ID:
      ops_approval_request_set_department_id (self, g_value_get_int64 (value));
      break;
    case PROP_DEPARTMENT_NAME:
      ops_approval_request_set_department_name (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      ops_approval_request_set_date (self, g_value_get_string (value));
      break;
    case PROP_MAJOR:
      ops_approval_request_set_major (self, g_value_get_boolean (value));
      break;
    case PROP_STATE:
      ops_approval_request_set_state (self, g_value_get_int (value));
      break;
    case PROP_ROUND:
      ops_approval_request_set_round (self, g_value_get_uint (value));
      break;
    case PROP_CURRENT_LEVEL:
      ops_approval_request_set_current_level (self, g_value_get_uint (value));
      break;
    case PROP_LEVEL_COUNT:
      ops_approval_request_set_level_count (self, g_value_get_uint (value));
      break;
    case PROP_CURRENT_APPROVER_ID:
      ops_approval_request_set_current_approver_id (self, g_value_get_int64 (value));
      break;
    case PROP_CURRENT_APPROVER_NAME:
      ops_approval_request_set_current_approver_name (self, g_value_get_string (value));
      break;
    case PROP_STEP_STARTED_AT:
      ops_approval_request_set_step_started_at (self, g_value_get_int64 (value));
      break;
    case PROP_STEP_DUE_DATE:
      ops_approval_request_set_step_due_date (self, g_value_get_string (value));
      break;
    case PROP_OVERDUE:
      ops_approval_request_set_overdue (self, g_value_get_boolean (value));
      break;
    case PROP_ACTIONABLE:
      ops_approval_request_set_actionable (self, g_value_get_boolean (value));
      break;
    case PROP_ACTING_FOR_NAME:
      ops_approval_request_set_acting_for_name (self, g_value_get_string (value));
      break;
    case PROP_HAS_DECISION:
      ops_approval_request_set_has_decision (self, g_value_get_boolean (value));
      break;
    case PROP_CHAIN_LABEL:
      ops_approval_request_set_chain_label (self, g_value_get_string (value));
      break;
    case PROP_OPINION:
      ops_approval_request_set_opinion (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVE_NUMBER:
      ops_approval_request_set_archive_number (self, g_value_get_string (value));
      break;
    case PROP_MEETING_ID:
      ops_approval_request_set_meeting_id (self, g_value_get_int64 (value));
      break;
    case PROP_MEETING_TOPIC:
      ops_approval_request_set_meeting_topic (self, g_value_get_string (value));
      break;
    case PROP_RESOLUTION_ID:
      ops_approval_request_set_resolution_id (self, g_value_get_int64 (value));
      break;
    case PROP_RESOLUTION_FINALISED:
      ops_approval_request_set_resolution_finalised (self, g_value_get_boolean (value));
      break;
    case PROP_STAMPED_AT:
      ops_approval_request_set_stamped_at (self, g_value_get_int64 (value));
      break;
    case PROP_STAMPED_BY_ID:
      ops_approval_request_set_stamped_by_id (self, g_value_get_int64 (value));
      break;
    case PROP_STAMPED_BY_NAME:
      ops_approval_request_set_stamped_by_name (self, g_value_get_string (value));
      break;
    case PROP_DISTRIBUTED_TO:
      ops_approval_request_set_distributed_to (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      ops_approval_request_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      ops_approval_request_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_request_class_init (OpsApprovalRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_approval_request_finalize;
  object_class->get_property = ops_approval_request_get_property;
  object_class->set_property = ops_approval_request_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_TYPE_ID] =
    g_param_spec_int64 ("type-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TYPE_NAME] =
    g_param_spec_string ("type-name", NULL, NULL, NULL, rw);
  properties[PROP_TYPE_CODE] =
    g_param_spec_string ("type-code", NULL, NULL, NULL, rw);
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL, NULL, rw);
  properties[PROP_APPLICANT_ID] =
    g_param_spec_int64 ("applicant-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_APPLICANT_NAME] =
    g_param_spec_string ("applicant-name", NULL, NULL, NULL, rw);
  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_DEPARTMENT_NAME] =
    g_param_spec_string ("department-name", NULL, NULL, NULL, rw);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_MAJOR] =
    g_param_spec_boolean ("major", NULL, NULL, FALSE, rw);
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, 0, OPS_APPROVAL_N_STATES - 1, OPS_APPROVAL_STATE_DRAFT, rw);
  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL, 1, G_MAXUINT, 1, rw);
  properties[PROP_CURRENT_LEVEL] =
    g_param_spec_uint ("current-level", NULL, NULL, 0, OPS_APPROVAL_MAX_LEVELS, 0, rw);
  properties[PROP_LEVEL_COUNT] =
    g_param_spec_uint ("level-count", NULL, NULL, 0, OPS_APPROVAL_MAX_LEVELS, 0, rw);
  properties[PROP_CURRENT_APPROVER_ID] =
    g_param_spec_int64 ("current-approver-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CURRENT_APPROVER_NAME] =
    g_param_spec_string ("current-approver-name", NULL, NULL, NULL, rw);
  properties[PROP_STEP_STARTED_AT] =
    g_param_spec_int64 ("step-started-at", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STEP_DUE_DATE] =
    g_param_spec_string ("step-due-date", NULL, NULL, NULL, rw);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE, rw);
  properties[PROP_ACTIONABLE] =
    g_param_spec_boolean ("actionable", NULL, NULL, FALSE, rw);
  properties[PROP_ACTING_FOR_NAME] =
    g_param_spec_string ("acting-for-name", NULL, NULL, NULL, rw);
  properties[PROP_HAS_DECISION] =
    g_param_spec_boolean ("has-decision", NULL, NULL, FALSE, rw);
  properties[PROP_CHAIN_LABEL] =
    g_param_spec_string ("chain-label", NULL, NULL, NULL, rw);
  properties[PROP_OPINION] =
    g_param_spec_string ("opinion", NULL, NULL, NULL, rw);
  properties[PROP_ARCHIVE_NUMBER] =
    g_param_spec_string ("archive-number", NULL, NULL, NULL, rw);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_MEETING_TOPIC] =
    g_param_spec_string ("meeting-topic", NULL, NULL, NULL, rw);
  properties[PROP_RESOLUTION_ID] =
    g_param_spec_int64 ("resolution-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_RESOLUTION_FINALISED] =
    g_param_spec_boolean ("resolution-finalised", NULL, NULL, FALSE, rw);
  properties[PROP_STAMPED_AT] =
    g_param_spec_int64 ("stamped-at", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STAMPED_BY_ID] =
    g_param_spec_int64 ("stamped-by-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STAMPED_BY_NAME] =
    g_param_spec_string ("stamped-by-name", NULL, NULL, NULL, rw);
  properties[PROP_DISTRIBUTED_TO] =
    g_param_spec_string ("distributed-to", NULL, NULL, NULL, rw);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_STATE_LABEL] =
    g_param_spec_string ("state-label", NULL, NULL, NULL, ro);
  properties[PROP_ATTACHMENTS] =
    g_param_spec_object ("attachments", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_DOCUMENT_FILE] =
    g_param_spec_object ("document-file", NULL, NULL, OPS_TYPE_APPROVAL_ATTACHMENT, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_approval_request_init (OpsApprovalRequest *self)
{
  self->round = 1;
  self->attachments = g_list_store_new (OPS_TYPE_APPROVAL_ATTACHMENT);
}

/**
 * ops_approval_request_new:
 *
 * Returns: (transfer full): a new, unsaved record with no fields set.
 */
OpsApprovalRequest *
ops_approval_request_new (void)
{
  return g_object_new (OPS_TYPE_APPROVAL_REQUEST, NULL);
}

/**
 * ops_approval_request_copy:
 *
 * Returns: (transfer full): a new object with the same values as @self.
 */
OpsApprovalRequest *
ops_approval_request_copy (OpsApprovalRequest *self)
{
  OpsApprovalRequest *copy;

  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);

  copy = ops_approval_request_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->type_id = self->type_id;
  copy->type_name = g_strdup (self->type_name);
  copy->type_code = g_strdup (self->type_code);
  copy->purpose = g_strdup (self->purpose);
  copy->applicant_id = self->applicant_id;
  copy->applicant_name = g_strdup (self->applicant_name);
  copy->department_id = self->department_id;
  copy->department_name = g_strdup (self->department_name);
  copy->date = g_strdup (self->date);
  copy->major = self->major;
  copy->state = self->state;
  copy->round = self->round;
  copy->current_level = self->current_level;
  copy->level_count = self->level_count;
  copy->current_approver_id = self->current_approver_id;
  copy->current_approver_name = g_strdup (self->current_approver_name);
  copy->step_started_at = self->step_started_at;
  copy->step_due_date = g_strdup (self->step_due_date);
  copy->overdue = self->overdue;
  copy->actionable = self->actionable;
  copy->acting_for_name = g_strdup (self->acting_for_name);
  copy->has_decision = self->has_decision;
  copy->chain_label = g_strdup (self->chain_label);
  copy->opinion = g_strdup (self->opinion);
  copy->archive_number = g_strdup (self->archive_number);
  copy->meeting_id = self->meeting_id;
  copy->meeting_topic = g_strdup (self->meeting_topic);
  copy->resolution_id = self->resolution_id;
  copy->resolution_finalised = self->resolution_finalised;
  copy->stamped_at = self->stamped_at;
  copy->stamped_by_id = self->stamped_by_id;
  copy->stamped_by_name = g_strdup (self->stamped_by_name);
  copy->distributed_to = g_strdup (self->distributed_to);
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)); i++)
    {
      g_autoptr(OpsApprovalAttachment) file = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);
      g_autoptr(OpsApprovalAttachment) file_copy = ops_approval_attachment_copy (file);
  
      g_list_store_append (copy->attachments, file_copy);
    }

  return copy;
}

/* Replaces *@field with a copy of @value and notifies @prop when it changed. */
static gboolean
set_string (OpsApprovalRequest *self,
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
ops_approval_request_get_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->id;
}

void
ops_approval_request_set_id (OpsApprovalRequest *self,
                             gint64 id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
ops_approval_request_get_name (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->name;
}

void
ops_approval_request_set_name (OpsApprovalRequest *self,
                               const char *name)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->name, name, PROP_NAME);
}

gint64
ops_approval_request_get_type_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->type_id;
}

void
ops_approval_request_set_type_id (OpsApprovalRequest *self,
                                  gint64 type_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->type_id == type_id)
    return;
  self->type_id = type_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPE_ID]);
}

const char *
ops_approval_request_get_type_name (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->type_name;
}

void
ops_approval_request_set_type_name (OpsApprovalRequest *self,
                                    const char *type_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->type_name, type_name, PROP_TYPE_NAME);
}

const char *
ops_approval_request_get_type_code (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->type_code;
}

void
ops_approval_request_set_type_code (OpsApprovalRequest *self,
                                    const char *type_code)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->type_code, type_code, PROP_TYPE_CODE);
}

const char *
ops_approval_request_get_purpose (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->purpose;
}

void
ops_approval_request_set_purpose (OpsApprovalRequest *self,
                                  const char *purpose)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->purpose, purpose, PROP_PURPOSE);
}

gint64
ops_approval_request_get_applicant_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->applicant_id;
}

void
ops_approval_request_set_applicant_id (OpsApprovalRequest *self,
                                       gint64 applicant_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->applicant_id == applicant_id)
    return;
  self->applicant_id = applicant_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICANT_ID]);
}

const char *
ops_approval_request_get_applicant_name (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->applicant_name;
}

void
ops_approval_request_set_applicant_name (OpsApprovalRequest *self,
                                         const char *applicant_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->applicant_name, applicant_name, PROP_APPLICANT_NAME);
}

gint64
ops_approval_request_get_department_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->department_id;
}

void
ops_approval_request_set_department_id (OpsApprovalRequest *self,
                                        gint64 department_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

const char *
ops_approval_request_get_department_name (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->department_name;
}

void
ops_approval_request_set_department_name (OpsApprovalRequest *self,
                                          const char *department_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->department_name, department_name, PROP_DEPARTMENT_NAME);
}

const char *
ops_approval_request_get_date (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->date;
}

void
ops_approval_request_set_date (OpsApprovalRequest *self,
                               const char *date)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->date, date, PROP_DATE);
}

gboolean
ops_approval_request_get_major (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), FALSE);
  return self->major;
}

void
ops_approval_request_set_major (OpsApprovalRequest *self,
                                gboolean major)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  major = !!major;
  if (self->major == major)
    return;
  self->major = major;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAJOR]);
}

OpsApprovalState
ops_approval_request_get_state (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->state;
}

void
ops_approval_request_set_state (OpsApprovalRequest *self,
                                OpsApprovalState state)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE_LABEL]);
}

guint
ops_approval_request_get_round (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->round;
}

void
ops_approval_request_set_round (OpsApprovalRequest *self,
                                guint round)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->round == round)
    return;
  self->round = round;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
}

guint
ops_approval_request_get_current_level (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->current_level;
}

void
ops_approval_request_set_current_level (OpsApprovalRequest *self,
                                        guint current_level)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->current_level == current_level)
    return;
  self->current_level = current_level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_LEVEL]);
}

guint
ops_approval_request_get_level_count (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->level_count;
}

void
ops_approval_request_set_level_count (OpsApprovalRequest *self,
                                      guint level_count)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->level_count == level_count)
    return;
  self->level_count = level_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_COUNT]);
}

gint64
ops_approval_request_get_current_approver_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->current_approver_id;
}

void
ops_approval_request_set_current_approver_id (OpsApprovalRequest *self,
                                              gint64 current_approver_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->current_approver_id == current_approver_id)
    return;
  self->current_approver_id = current_approver_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_APPROVER_ID]);
}

const char *
ops_approval_request_get_current_approver_name (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->current_approver_name;
}

void
ops_approval_request_set_current_approver_name (OpsApprovalRequest *self,
                                                const char *current_approver_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->current_approver_name, current_approver_name, PROP_CURRENT_APPROVER_NAME);
}

gint64
ops_approval_request_get_step_started_at (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->step_started_at;
}

void
ops_approval_request_set_step_started_at (OpsApprovalRequest *self,
                                          gint64 step_started_at)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->step_started_at == step_started_at)
    return;
  self->step_started_at = step_started_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_STARTED_AT]);
}

const char *
ops_approval_request_get_step_due_date (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->step_due_date;
}

void
ops_approval_request_set_step_due_date (OpsApprovalRequest *self,
                                        const char *step_due_date)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->step_due_date, step_due_date, PROP_STEP_DUE_DATE);
}

gboolean
ops_approval_request_get_overdue (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), FALSE);
  return self->overdue;
}

void
ops_approval_request_set_overdue (OpsApprovalRequest *self,
                                  gboolean overdue)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  overdue = !!overdue;
  if (self->overdue == overdue)
    return;
  self->overdue = overdue;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE]);
}

gboolean
ops_approval_request_get_actionable (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), FALSE);
  return self->actionable;
}

void
ops_approval_request_set_actionable (OpsApprovalRequest *self,
                                     gboolean actionable)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  actionable = !!actionable;
  if (self->actionable == actionable)
    return;
  self->actionable = actionable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIONABLE]);
}

const char *
ops_approval_request_get_acting_for_name (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->acting_for_name;
}

void
ops_approval_request_set_acting_for_name (OpsApprovalRequest *self,
                                          const char *acting_for_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->acting_for_name, acting_for_name, PROP_ACTING_FOR_NAME);
}

gboolean
ops_approval_request_get_has_decision (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), FALSE);
  return self->has_decision;
}

void
ops_approval_request_set_has_decision (OpsApprovalRequest *self,
                                       gboolean has_decision)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  has_decision = !!has_decision;
  if (self->has_decision == has_decision)
    return;
  self->has_decision = has_decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_DECISION]);
}

const char *
ops_approval_request_get_chain_label (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->chain_label;
}

void
ops_approval_request_set_chain_label (OpsApprovalRequest *self,
                                      const char *chain_label)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->chain_label, chain_label, PROP_CHAIN_LABEL);
}

const char *
ops_approval_request_get_opinion (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->opinion;
}

void
ops_approval_request_set_opinion (OpsApprovalRequest *self,
                                  const char *opinion)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->opinion, opinion, PROP_OPINION);
}

const char *
ops_approval_request_get_archive_number (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->archive_number;
}

void
ops_approval_request_set_archive_number (OpsApprovalRequest *self,
                                         const char *archive_number)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->archive_number, archive_number, PROP_ARCHIVE_NUMBER);
}

gint64
ops_approval_request_get_meeting_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->meeting_id;
}

void
ops_approval_request_set_meeting_id (OpsApprovalRequest *self,
                                     gint64 meeting_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->meeting_id == meeting_id)
    return;
  self->meeting_id = meeting_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

const char *
ops_approval_request_get_meeting_topic (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->meeting_topic;
}

void
ops_approval_request_set_meeting_topic (OpsApprovalRequest *self,
                                        const char *meeting_topic)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->meeting_topic, meeting_topic, PROP_MEETING_TOPIC);
}

gint64
ops_approval_request_get_resolution_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->resolution_id;
}

void
ops_approval_request_set_resolution_id (OpsApprovalRequest *self,
                                        gint64 resolution_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->resolution_id == resolution_id)
    return;
  self->resolution_id = resolution_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION_ID]);
}

gboolean
ops_approval_request_get_resolution_finalised (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), FALSE);
  return self->resolution_finalised;
}

void
ops_approval_request_set_resolution_finalised (OpsApprovalRequest *self,
                                               gboolean resolution_finalised)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  resolution_finalised = !!resolution_finalised;
  if (self->resolution_finalised == resolution_finalised)
    return;
  self->resolution_finalised = resolution_finalised;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION_FINALISED]);
}

gint64
ops_approval_request_get_stamped_at (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->stamped_at;
}

void
ops_approval_request_set_stamped_at (OpsApprovalRequest *self,
                                     gint64 stamped_at)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->stamped_at == stamped_at)
    return;
  self->stamped_at = stamped_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAMPED_AT]);
}

gint64
ops_approval_request_get_stamped_by_id (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->stamped_by_id;
}

void
ops_approval_request_set_stamped_by_id (OpsApprovalRequest *self,
                                        gint64 stamped_by_id)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->stamped_by_id == stamped_by_id)
    return;
  self->stamped_by_id = stamped_by_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAMPED_BY_ID]);
}

const char *
ops_approval_request_get_stamped_by_name (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->stamped_by_name;
}

void
ops_approval_request_set_stamped_by_name (OpsApprovalRequest *self,
                                          const char *stamped_by_name)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->stamped_by_name, stamped_by_name, PROP_STAMPED_BY_NAME);
}

const char *
ops_approval_request_get_distributed_to (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return self->distributed_to;
}

void
ops_approval_request_set_distributed_to (OpsApprovalRequest *self,
                                         const char *distributed_to)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  set_string (self, &self->distributed_to, distributed_to, PROP_DISTRIBUTED_TO);
}

gint64
ops_approval_request_get_created_at (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->created_at;
}

void
ops_approval_request_set_created_at (OpsApprovalRequest *self,
                                     gint64 created_at)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->created_at == created_at)
    return;
  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
ops_approval_request_get_updated_at (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), 0);
  return self->updated_at;
}

void
ops_approval_request_set_updated_at (OpsApprovalRequest *self,
                                     gint64 updated_at)
{
  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  if (self->updated_at == updated_at)
    return;
  self->updated_at = updated_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

GListModel *
ops_approval_request_get_attachments (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);
  return G_LIST_MODEL (self->attachments);
}

void
ops_approval_request_set_attachments (OpsApprovalRequest *self,
                                      GPtrArray          *files)
{
  guint removed;

  g_return_if_fail (OPS_IS_APPROVAL_REQUEST (self));

  removed = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));
  g_list_store_splice (self->attachments, 0, removed,
                       files != NULL ? files->pdata : NULL,
                       files != NULL ? files->len : 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_FILE]);
}

OpsApprovalAttachment *
ops_approval_request_get_document_file (OpsApprovalRequest *self)
{
  OpsApprovalAttachment *found = NULL;
  guint n;

  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalAttachment) file = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);

      if (ops_approval_attachment_get_final (file))
        found = file;  /* the list keeps it alive; the newest (last) wins */
    }
  return found;
}

gboolean
ops_approval_request_is_editable (OpsApprovalRequest *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (self), FALSE);
  return self->state == OPS_APPROVAL_STATE_DRAFT || self->state == OPS_APPROVAL_STATE_RETURNED;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-backup-info.c: one backup generation of the database (read-only record). */

#include "config.h"

#include "model/ops-backup-info.h"

struct _OpsBackupInfo
{
  GObject   parent_instance;

  char     *path;
  gint64    created;
  guint64   size;
  gboolean  automatic;
};

G_DEFINE_FINAL_TYPE (OpsBackupInfo, ops_backup_info, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CREATED,
  PROP_SIZE,
  PROP_AUTOMATIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ops_backup_info_finalize (GObject *object)
{
  OpsBackupInfo *self = (OpsBackupInfo *) object;

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (ops_backup_info_parent_class)->finalize (object);
}

static void
ops_backup_info_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OpsBackupInfo *self = OPS_BACKUP_INFO (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;
    case PROP_SIZE:
      g_value_set_uint64 (value, self->size);
      break;
    case PROP_AUTOMATIC:
      g_value_set_boolean (value, self->automatic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_backup_info_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OpsBackupInfo *self = OPS_BACKUP_INFO (object);

  /* Construct-only: no notification needed. */
  switch (prop_id)
    {
    case PROP_PATH:
      g_free (self->path);
      self->path = g_value_dup_string (value);
      break;
    case PROP_CREATED:
      self->created = g_value_get_int64 (value);
      break;
    case PROP_SIZE:
      self->size = g_value_get_uint64 (value);
      break;
    case PROP_AUTOMATIC:
      self->automatic = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_backup_info_class_init (OpsBackupInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ops_backup_info_finalize;
  object_class->get_property = ops_backup_info_get_property;
  object_class->set_property = ops_backup_info_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_SIZE] =
    g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  properties[PROP_AUTOMATIC] =
    g_param_spec_boolean ("automatic", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_backup_info_init (OpsBackupInfo *self)
{
}

/**
 * ops_backup_info_new:
 *
 * Returns: (transfer full): a new record describing one backup file.
 */
OpsBackupInfo *
ops_backup_info_new (const char *path,
                     gint64      created,
                     guint64     size,
                     gboolean    automatic)
{
  return g_object_new (OPS_TYPE_BACKUP_INFO,
                       "path", path,
                       "created", created,
                       "size", size,
                       "automatic", automatic,
                       NULL);
}

const char *
ops_backup_info_get_path (OpsBackupInfo *self)
{
  g_return_val_if_fail (OPS_IS_BACKUP_INFO (self), NULL);
  return self->path;
}

gint64
ops_backup_info_get_created (OpsBackupInfo *self)
{
  g_return_val_if_fail (OPS_IS_BACKUP_INFO (self), 0);
  return self->created;
}

guint64
ops_backup_info_get_size (OpsBackupInfo *self)
{
  g_return_val_if_fail (OPS_IS_BACKUP_INFO (self), 0);
  return self->size;
}

gboolean
ops_backup_info_get_automatic (OpsBackupInfo *self)
{
  g_return_val_if_fail (OPS_IS_BACKUP_INFO (self), FALSE);
  return self->automatic;
}

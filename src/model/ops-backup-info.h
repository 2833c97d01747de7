/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-backup-info.h: one backup generation of the database, as listed by the
 * store for the Restore dialog.
 *
 * Properties: path (string), created (gint64, Unix seconds UTC),
 * size (guint64, bytes), automatic (boolean: made before a migration or a
 * restore rather than by the user).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OPS_TYPE_BACKUP_INFO (ops_backup_info_get_type ())
G_DECLARE_FINAL_TYPE (OpsBackupInfo, ops_backup_info, OPS, BACKUP_INFO, GObject)

OpsBackupInfo *ops_backup_info_new          (const char *path,
                                             gint64      created,
                                             guint64     size,
                                             gboolean    automatic);
const char    *ops_backup_info_get_path     (OpsBackupInfo *self);
gint64         ops_backup_info_get_created  (OpsBackupInfo *self);
guint64        ops_backup_info_get_size     (OpsBackupInfo *self);
gboolean       ops_backup_info_get_automatic (OpsBackupInfo *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-store.h: the persistence layer. One worker thread owns the single write
 * connection; every public call is an _async/_finish pair whose callback runs
 * in the caller's main context. Exports and long reads use an OpsStoreReader
 * (own read-only connection, one snapshot). No sqlite3 type leaves src/store/.
 *
 * Errors are OPS_STORE_ERROR with a translated message a person can act on.
 */
#pragma once

#include <gio/gio.h>

#include "core/ops-calendar.h"
#include "core/ops-roles.h"
#include "model/ops-backup-info.h"
#include "model/ops-calendar-day.h"
#include "model/ops-department.h"
#include "model/ops-person.h"
#include "model/ops-work-item.h"

G_BEGIN_DECLS

#define OPS_STORE_ERROR (ops_store_error_quark ())

typedef enum {
  OPS_STORE_ERROR_FAILED,            /* anything else (I/O, SQLite) */
  OPS_STORE_ERROR_INVALID,           /* bad input: the message names the field */
  OPS_STORE_ERROR_NOT_FOUND,         /* the record no longer exists */
  OPS_STORE_ERROR_PERMISSION_DENIED, /* the current user lacks the role */
  OPS_STORE_ERROR_IN_USE,            /* referenced by other records */
  OPS_STORE_ERROR_DUPLICATE,         /* a unique name already taken */
  OPS_STORE_ERROR_LOCKED,            /* another process has the database open */
  OPS_STORE_ERROR_CORRUPT,           /* quick_check failed or not a database */
  OPS_STORE_ERROR_TOO_NEW,           /* schema newer than this program knows */
  OPS_STORE_ERROR_MIGRATION,         /* a migration failed; nothing was changed */
} OpsStoreError;

GQuark ops_store_error_quark (void);

/* The schema version this build migrates to (PRAGMA user_version). */
#define OPS_STORE_SCHEMA_VERSION 4

typedef enum {
  OPS_STORE_OPEN_NONE = 0,
  /* When the database file does not exist yet, fill it with demo data. */
  OPS_STORE_OPEN_DEMO = 1 << 0,
} OpsStoreOpenFlags;

/* A list range: @limit 0 means "no limit". */
typedef struct {
  guint offset;
  guint limit;
} OpsRange;

#define OPS_RANGE_ALL ((OpsRange) { 0, 0 })

typedef struct {
  const char *search;           /* matches name, title, email, phone, department; NULL = all */
  gint64      department_id;    /* 0 = every department */
  gboolean    include_inactive;
} OpsPersonFilter;

typedef struct {
  const char *search;           /* matches the name; NULL = all */
} OpsDepartmentFilter;

#define OPS_TYPE_STORE (ops_store_get_type ())
G_DECLARE_FINAL_TYPE (OpsStore, ops_store, OPS, STORE, GObject)

/* Opening. Takes an exclusive lock (PATH.lock, flock) so that a second process
 * is refused with OPS_STORE_ERROR_LOCKED; creates the parent folder and the
 * file when missing; refuses a damaged file with OPS_STORE_ERROR_CORRUPT
 * without writing anything to it; backs an existing database up before its
 * first migration; migrates to OPS_STORE_SCHEMA_VERSION. The sync variant is
 * for the command line and tests (never the UI thread). */
OpsStore   *ops_store_open                  (const char         *path,
                                             OpsStoreOpenFlags   flags,
                                             GCancellable       *cancellable,
                                             GError            **error);
void        ops_store_open_async            (const char         *path,
                                             OpsStoreOpenFlags   flags,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
OpsStore   *ops_store_open_finish           (GAsyncResult       *result,
                                             GError            **error);

/* Stops the worker after the queued operations, closes the connections and
 * releases the lock. Called by dispose too. */
void        ops_store_close                 (OpsStore           *self);

const char *ops_store_get_path              (OpsStore           *self);
/* The folder of backups: "<dir of the database>/backups". */
const char *ops_store_get_backup_dir        (OpsStore           *self);
/* TRUE when this open created the database (fresh file). */
gboolean    ops_store_get_created           (OpsStore           *self);
/* The schema version found before migrating (0 for a new file). */
guint       ops_store_get_initial_version   (OpsStore           *self);
/* Folder for attachments: "<dir of the database>/files". */
char       *ops_store_dup_files_dir         (OpsStore           *self);

/* The current user, checked by role-restricted actions (0 = nobody chosen). */
gint64      ops_store_get_current_user      (OpsStore           *self);
void        ops_store_set_current_user      (OpsStore           *self,
                                             gint64              person_id);

/* Emitted on the main context after any write that changed data, and after a
 * restore. ::changed (const char *what): "people", "departments",
 * "calendar", "meetings", "action-items", "approvals", or "*" (everything,
 * after a restore). */

/* My Work ---------------------------------------------------------------- */
/* What needs the current user, from every workflow, most urgent first: a
 * GListModel of OpsWorkItem (transfer full). Empty when nobody is chosen. */
void        ops_store_list_my_work_async    (OpsStore           *self,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
GListModel *ops_store_list_my_work_finish   (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* People ---------------------------------------------------------------- */
void        ops_store_list_people_async     (OpsStore           *self,
                                             const OpsPersonFilter *filter,
                                             OpsRange            range,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
/* Returns (transfer full) a GListModel of OpsPerson sorted by name. @total
 * (optional) receives the number of matches ignoring the range. */
GListModel *ops_store_list_people_finish    (OpsStore           *self,
                                             GAsyncResult       *result,
                                             guint              *total,
                                             GError            **error);

void        ops_store_get_person_async      (OpsStore           *self,
                                             gint64              id,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
OpsPerson  *ops_store_get_person_finish     (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* Inserts (id 0) or updates a person. Validates every field; changing the
 * roles of a person needs the ADMINISTRATION or HR role, except while no
 * active person holds ADMINISTRATION (the first person of a new directory).
 * Returns (transfer full) the saved person as read back from the database. */
void        ops_store_save_person_async     (OpsStore           *self,
                                             OpsPerson          *person,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
OpsPerson  *ops_store_save_person_finish    (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);

void        ops_store_set_person_active_async (OpsStore         *self,
                                             gint64              id,
                                             gboolean            active,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    ops_store_set_person_active_finish (OpsStore        *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* Deletes a person no record refers to; otherwise OPS_STORE_ERROR_IN_USE with
 * a message that says to deactivate instead. */
void        ops_store_delete_person_async   (OpsStore           *self,
                                             gint64              id,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    ops_store_delete_person_finish  (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* Departments ----------------------------------------------------------- */
void        ops_store_list_departments_async  (OpsStore         *self,
                                             const OpsDepartmentFilter *filter,
                                             OpsRange            range,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
/* (transfer full) GListModel of OpsDepartment sorted by name. */
GListModel *ops_store_list_departments_finish (OpsStore         *self,
                                             GAsyncResult       *result,
                                             guint              *total,
                                             GError            **error);
/* Returns (transfer full) the saved department. Names are unique
 * (OPS_STORE_ERROR_DUPLICATE). */
void        ops_store_save_department_async (OpsStore           *self,
                                             OpsDepartment      *department,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
OpsDepartment *ops_store_save_department_finish (OpsStore       *self,
                                             GAsyncResult       *result,
                                             GError            **error);
/* Refused with OPS_STORE_ERROR_IN_USE while people belong to it. */
void        ops_store_delete_department_async (OpsStore         *self,
                                             gint64              id,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    ops_store_delete_department_finish (OpsStore        *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* Company calendar ------------------------------------------------------ */
/* (transfer full) GListModel of OpsCalendarDay sorted by date. */
void        ops_store_list_calendar_days_async (OpsStore        *self,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
GListModel *ops_store_list_calendar_days_finish (OpsStore       *self,
                                             GAsyncResult       *result,
                                             GError            **error);
/* Marks a day (replacing an earlier mark). Needs ADMINISTRATION or
 * GENERAL_MANAGER; the date must be valid; a holiday on a weekend or a make-up
 * working day on a weekday is refused as meaningless. */
void        ops_store_set_calendar_day_async (OpsStore          *self,
                                             const char         *date,
                                             OpsDayKind          kind,
                                             const char         *name,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    ops_store_set_calendar_day_finish (OpsStore         *self,
                                             GAsyncResult       *result,
                                             GError            **error);
void        ops_store_remove_calendar_day_async (OpsStore       *self,
                                             const char         *date,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    ops_store_remove_calendar_day_finish (OpsStore      *self,
                                             GAsyncResult       *result,
                                             GError            **error);
/* A snapshot of the calendar for working-day arithmetic (transfer full). */
void        ops_store_load_calendar_async   (OpsStore           *self,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
OpsCalendar *ops_store_load_calendar_finish (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* Role checks ----------------------------------------------------------- */
/* Succeeds when the current user is active and holds any role of @any_of;
 * else OPS_STORE_ERROR_PERMISSION_DENIED naming the roles needed. Runs on the
 * worker; every role-restricted write calls the same check inside its
 * transaction. */
void        ops_store_check_role_async      (OpsStore           *self,
                                             OpsRole             any_of,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    ops_store_check_role_finish     (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* Backup and restore (ops-store-backup.c) ------------------------------- */
/* Writes a verified, fsync'd copy into the backup folder (or to @dest_path
 * when not NULL) with the SQLite backup API: temporary file, quick_check,
 * fsync, rename. Keeps the newest OPS_STORE_BACKUP_GENERATIONS generations in
 * the backup folder. Returns (transfer full) the path written. */
#define OPS_STORE_BACKUP_GENERATIONS 7
void        ops_store_backup_async          (OpsStore           *self,
                                             const char         *dest_path,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
char       *ops_store_backup_finish         (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);
/* (transfer full) GListModel of OpsBackupInfo, newest first. */
void        ops_store_list_backups_async    (OpsStore           *self,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
GListModel *ops_store_list_backups_finish   (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);
/* Replaces the whole database with @source_path after checking that it is an
 * intact Opsdesk database not newer than this program; the current content
 * is backed up first; the restored content is migrated. Emits ::changed "*". */
void        ops_store_restore_async         (OpsStore           *self,
                                             const char         *source_path,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    ops_store_restore_finish        (OpsStore           *self,
                                             GAsyncResult       *result,
                                             GError            **error);

/* For the CORRUPT case, before any store exists: the newest backup of the
 * database at @db_path (NULL when there is none). Blocking file I/O: call it
 * from a worker thread. */
char       *ops_store_find_newest_backup    (const char         *db_path);
/* Replaces the damaged file at @db_path with @backup_path (the damaged file is
 * kept beside it as "<name>.damaged-<timestamp>"). Blocking: worker thread. */
gboolean    ops_store_replace_with_backup   (const char         *db_path,
                                             const char         *backup_path,
                                             GError            **error);

G_END_DECLS

#include "store/ops-store-meetings.h"
#include "store/ops-store-approvals.h"

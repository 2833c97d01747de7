/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ops-store-private.h: what the files of src/store/ share: the store's
 * instance struct, the worker-thread operation, connection helpers, and a few
 * entry points for the tests. Never included outside src/store/ and tests/. */
#pragma once

#include <sqlite3.h>

#include "store/ops-store.h"

G_BEGIN_DECLS

/* PRAGMA application_id of every Opsdesk database: "OPSD". */
#define OPS_STORE_APPLICATION_ID 0x4F505344

/* What a write changed: decides which ::changed signals are emitted. */
typedef enum {
  OPS_CHANGED_NONE        = 0,
  OPS_CHANGED_PEOPLE      = 1 << 0,
  OPS_CHANGED_DEPARTMENTS = 1 << 1,
  OPS_CHANGED_CALENDAR    = 1 << 2,
  OPS_CHANGED_ALL         = 1 << 3,
  OPS_CHANGED_MEETINGS    = 1 << 4,  /* meetings and everything inside them */
  OPS_CHANGED_ACTIONS     = 1 << 5,  /* action items and their revisions */
  OPS_CHANGED_APPROVALS   = 1 << 6,  /* requests, chains, types, substitutes, trail */
} OpsChanged;

/* How the worker wraps an operation. */
typedef enum {
  OPS_TXN_NONE,   /* the operation manages transactions itself (backup, restore) */
  OPS_TXN_READ,   /* BEGIN … COMMIT: one consistent snapshot */
  OPS_TXN_WRITE,  /* BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error */
} OpsTxn;

typedef struct _OpsStoreOp OpsStoreOp;

/* Runs on the worker thread with the write connection. On success it sets
 * op->result (and op->result_free) or leaves it NULL for a plain TRUE. */
typedef gboolean (*OpsStoreOpFunc) (OpsStore    *self,
                                    sqlite3     *db,
                                    OpsStoreOp  *op,
                                    GError     **error);

struct _OpsStoreOp
{
  OpsStoreOpFunc  func;
  OpsTxn          txn;
  gint64          current_user;  /* snapshot taken when the call was made */
  gpointer        data;
  GDestroyNotify  data_free;
  gpointer        result;
  GDestroyNotify  result_free;
  guint           total;         /* lists: number of matches ignoring the range */
  OpsChanged      changed;       /* set by func: what to announce after COMMIT */
};

struct _OpsStore
{
  GObject       parent_instance;

  char         *path;
  char         *backup_dir;
  gboolean      created;
  guint         initial_version;

  int           lock_fd;
  sqlite3      *db;            /* the write connection: worker thread only */
  GHashTable   *statements;    /* SQL text → cached sqlite3_stmt (worker only) */
  GThreadPool  *pool;          /* one exclusive worker thread */
  GThread      *worker;
  GMainContext *main_context;  /* where ::changed is emitted */

  GMutex        mutex;         /* protects current_user */
  gint64        current_user;
};

/* Queues @op on the worker; the task's result is op->result (or TRUE). */
void          ops_store_queue             (OpsStore           *self,
                                           OpsStoreOpFunc      func,
                                           OpsTxn              txn,
                                           gpointer            data,
                                           GDestroyNotify      data_free,
                                           GCancellable       *cancellable,
                                           gpointer            source_tag,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
/* Finishes an operation queued with ops_store_queue(). Returns (transfer full)
 * the result; for operations without a result a non-NULL dummy pointer. */
gpointer      ops_store_finish_op         (OpsStore           *self,
                                           GAsyncResult       *result,
                                           gpointer            source_tag,
                                           guint              *total,
                                           GError            **error);
/* Starts the worker thread: the last step of opening (ops-store-open.c). */
gboolean      ops_store_start_worker      (OpsStore           *self,
                                           GError            **error);
/* Emits ::changed on the store's main context (callable from any thread). */
void          ops_store_emit_changed      (OpsStore           *self,
                                           OpsChanged          changed);

/* Connections (ops-store-open.c) and SQLite helpers (ops-store.c). */

/* Opens a connection with the pragmas of every connection (foreign keys,
 * trusted_schema off, busy timeout, the ops_locale collation); @write also
 * sets WAL and synchronous=FULL. @flags are sqlite3_open_v2 flags. */
sqlite3      *ops_store_open_connection   (const char         *path,
                                           int                 flags,
                                           gboolean            write,
                                           GError            **error);
/* Sets @error from the connection's last error; @rc the failing code. The
 * message says what failed (@what) and what to do, never SQLite text alone. */
void          ops_store_set_sqlite_error  (GError            **error,
                                           sqlite3            *db,
                                           int                 rc,
                                           const char         *what);
/* Runs SQL without results (no values: never build SQL from user data). */
gboolean      ops_store_exec              (sqlite3            *db,
                                           const char         *sql,
                                           GError            **error);
/* A cached statement of the write connection, reset and with no bindings. */
sqlite3_stmt *ops_store_stmt              (OpsStore           *self,
                                           const char         *sql,
                                           GError            **error);
/* Reads "PRAGMA name" as an integer. */
gboolean      ops_store_pragma_int        (sqlite3            *db,
                                           const char         *pragma,
                                           gint64             *value,
                                           GError            **error);
/* PRAGMA quick_check on @db (also catches "file is not a database"). On
 * failure returns FALSE and sets @problem (transfer full) to what SQLite
 * reported; callers build the message. */
gboolean      ops_store_quick_check       (sqlite3            *db,
                                           char              **problem);
/* Binds @text as TEXT, or NULL when @text is NULL. */
void          ops_store_bind_text         (sqlite3_stmt       *stmt,
                                           int                 index,
                                           const char         *text);
/* Column as a string, never NULL ("" for NULL). */
const char   *ops_store_column_text       (sqlite3_stmt       *stmt,
                                           int                 column);
/* Column as a string, NULL for SQL NULL. */
const char   *ops_store_column_text_or_null (sqlite3_stmt     *stmt,
                                             int               column);
/* An uncached statement on @db; NULL with @error saying it failed to
 * @what. The caller finalises it. */
sqlite3_stmt *ops_store_prepare           (sqlite3            *db,
                                           const char         *sql,
                                           const char         *what,
                                           GError            **error);
/* Steps @stmt once; FALSE with @error (failed to @what) unless it is done.
 * Neither resets nor finalises @stmt. */
gboolean      ops_store_step_done         (sqlite3            *db,
                                           sqlite3_stmt       *stmt,
                                           const char         *what,
                                           GError            **error);
gint64        ops_store_now               (void);

/* Query helpers shared by the list operations. */
/* "%text%" for LIKE … ESCAPE '\' with %, _ and \ escaped; NULL (no search)
 * for a NULL or blank @search. (transfer full) */
char         *ops_store_like_pattern      (const char         *search);
/* The LIMIT for @range: -1 (no limit) when range.limit is 0. */
gint64        ops_store_range_limit       (OpsRange            range);
/* Turns (and frees) a core/ validation error into OPS_STORE_ERROR_INVALID,
 * keeping its message. Always returns FALSE. */
gboolean      ops_store_invalid           (GError             *validation_error,
                                           GError            **error);
/* (transfer full) A GListStore of @type holding @items, filled with one
 * items-changed. */
GListModel   *ops_store_list_model        (GPtrArray          *items,
                                           GType               type);

/* The role check used inside write transactions: the active person
 * @user_id must hold one of @any_of; @action is the translated thing to do
 * ("change the company calendar"). */
gboolean      ops_store_require_role      (sqlite3            *db,
                                           gint64              user_id,
                                           OpsRole             any_of,
                                           const char         *action,
                                           GError            **error);

/* Migrations (ops-store-open.c): migrates @db from its user_version up to
 * @to_version with @scripts (script i brings version i to i + 1; NULL = the
 * bundled resources), each in one transaction; stops at the first error with
 * OPS_STORE_ERROR_MIGRATION. */
gboolean      ops_store_migrate           (sqlite3            *db,
                                           guint               to_version,
                                           const char * const *scripts,
                                           GError            **error);

/* Backup helpers (ops-store-backup.c). */
gboolean      ops_store_backup_db_to_path (sqlite3            *db,
                                           const char         *dest_path,
                                           GError            **error);
/* Writes an automatic or manual generation into @backup_dir and prunes old
 * ones. Returns (transfer full) the path written. */
char         *ops_store_backup_generation (sqlite3            *db,
                                           const char         *db_path,
                                           const char         *backup_dir,
                                           gboolean            automatic,
                                           GError            **error);
char         *ops_store_backup_dir_for    (const char         *db_path);

/* People (ops-store-people.c), shared with the reader. */
typedef enum {
  OPS_PERSON_ORDER_NAME,
  OPS_PERSON_ORDER_DEPARTMENT,
} OpsPersonOrder;

/* A query of people matching @filter (and @id when not 0), or their count.
 * Bound and ready to step. */
sqlite3_stmt *ops_store_prepare_people_query (sqlite3            *db,
                                              const OpsPersonFilter *filter,
                                              gint64              id,
                                              OpsPersonOrder      order,
                                              OpsRange            range,
                                              gboolean            count_only,
                                              GError            **error);
OpsPerson    *ops_store_person_from_row   (sqlite3_stmt       *stmt);

/* The company calendar as read by @db (ops-store-calendar.c; any
 * connection, on the thread that owns it).
 * (transfer full) */
OpsCalendar  *ops_store_read_calendar     (sqlite3            *db,
                                           GError            **error);

/* My Work (ops-store-my-work.c). Each workflow has a collector that appends
 * (transfer full) OpsWorkItem objects for @user_id to @items; @now is Unix
 * seconds and @today the local date "YYYY-MM-DD" at @now. Collectors run
 * on the worker thread inside one read transaction. */
typedef gboolean (*OpsWorkCollector) (OpsStore   *self,
                                      sqlite3    *db,
                                      gint64      user_id,
                                      gint64      now,
                                      const char *today,
                                      GPtrArray  *items,
                                      GError    **error);

/* Meetings' My Work collector (ops-store-meetings.c): my overdue and
 * soon-due action items, minutes to write or review, meetings I attend
 * today and this week, materials I must send. */
gboolean      ops_store_collect_meeting_work (OpsStore    *self,
                                              sqlite3     *db,
                                              gint64       user_id,
                                              gint64       now,
                                              const char  *today,
                                              GPtrArray   *items,
                                              GError     **error);

/* The read-only connection of a reader (ops-store-reader.c), for the
 * workflows' reader functions. */
typedef struct _OpsStoreReader OpsStoreReader;
sqlite3      *ops_store_reader_get_db      (OpsStoreReader     *self);

/* Meetings' demo data (ops-store-demo-meetings.c), called by
 * ops_store_fill_demo() inside its transaction after the people exist. */
gboolean      ops_store_fill_demo_meetings (sqlite3            *db,
                                            GError            **error);

/* Approvals' My Work collector (ops-store-approvals.c): steps waiting for me
 * (as approver or substitute today) and my requests returned to me. */
gboolean      ops_store_collect_approval_work (OpsStore    *self,
                                               sqlite3     *db,
                                               gint64       user_id,
                                               gint64       now,
                                               const char  *today,
                                               GPtrArray   *items,
                                               GError     **error);

/* Approvals' demo data (ops-store-demo-approvals.c), called by
 * ops_store_fill_demo() inside its transaction after people and meetings. */
gboolean      ops_store_fill_demo_approvals (sqlite3           *db,
                                             GError           **error);

/* Demo data (ops-store-demo.c), inside the caller's transaction. */
gboolean      ops_store_fill_demo         (sqlite3            *db,
                                           GError            **error);
/* Runs one demo statement with arguments bound by @format: 'i' gint64, 'n'
 * gint64 bound as NULL when 0, 't' const char * (NULL binds NULL). Sets
 * @rowid (optional) to the last inserted row. */
gboolean      ops_store_demo_exec         (sqlite3            *db,
                                           gint64             *rowid,
                                           GError            **error,
                                           const char         *sql,
                                           const char         *format,
                                           ...);

/* Test-only entry points: migrate a file (no lock, no backup) to
 * @to_version with the bundled scripts, or with arbitrary @scripts. */
gboolean      ops_store_migrate_file_for_testing  (const char         *path,
                                                   guint               to_version,
                                                   GError            **error);
gboolean      ops_store_apply_scripts_for_testing (const char         *path,
                                                   const char * const *scripts,
                                                   GError            **error);

/* Test-only: the value of "PRAGMA @pragma" on the write connection (as
 * text). Call only while no operation is queued. */
char         *ops_store_dup_pragma_for_testing    (OpsStore           *self,
                                                   const char         *pragma);

/* Test- and benchmark-only: inserts @people (OpsPerson; ids ignored, roles
 * kept) in one write transaction on the write connection, without validation
 * or role checks. Call only while no operation is queued. */
gboolean      ops_store_insert_people_for_testing (OpsStore           *self,
                                                   GPtrArray          *people,
                                                   GError            **error);

G_END_DECLS

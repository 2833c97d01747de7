/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-store-reader.h: a read-only connection on one consistent snapshot, for
 * exports and long reads. Used from one worker thread (not the UI thread);
 * WAL lets it read while the store writes.
 */
#pragma once

#include "store/ops-store.h"

G_BEGIN_DECLS

typedef struct _OpsStoreReader OpsStoreReader;

/* Called for each row; return FALSE to stop early (no error). */
typedef gboolean (*OpsPersonFunc) (OpsPerson *person, gpointer user_data);

/* Opens a read connection to @store's database and begins a read transaction. */
OpsStoreReader *ops_store_reader_new           (OpsStore         *store,
                                                GError          **error);
/* The same, from a path, for the command line before a store exists. */
OpsStoreReader *ops_store_reader_new_for_path  (const char       *path,
                                                GError          **error);
void            ops_store_reader_free          (OpsStoreReader   *self);

/* Number of people that match @filter (for progress). */
gboolean        ops_store_reader_count_people  (OpsStoreReader   *self,
                                                const OpsPersonFilter *filter,
                                                guint            *count,
                                                GError          **error);
/* Streams matching people sorted by department then name. Checks
 * @cancellable between rows. */
gboolean        ops_store_reader_foreach_person (OpsStoreReader  *self,
                                                const OpsPersonFilter *filter,
                                                OpsPersonFunc     func,
                                                gpointer          user_data,
                                                GCancellable     *cancellable,
                                                GError          **error);

/* (transfer full) (nullable) the random identity the store gave the
 * database (32 hex digits; calendar exports build event UIDs from it), NULL
 * when it has none yet. */
char           *ops_store_reader_dup_database_uid (OpsStoreReader *self);

/* Meetings (ops-store-reader-meetings.c) ------------------------------- */

typedef gboolean (*OpsMeetingFunc)    (OpsMeeting    *meeting, gpointer user_data);
typedef gboolean (*OpsActionItemFunc) (OpsActionItem *item,    gpointer user_data);

/* Streams the meetings whose local start date is in [@from_date, @to_date]
 * ("YYYY-MM-DD", inclusive; NULL = open), start ascending, each with every
 * child (attendees with sign-in, agenda, materials, resolutions, action
 * items) and names, counts, retention-until and flags filled. */
gboolean        ops_store_reader_foreach_meeting (OpsStoreReader *self,
                                                const char       *from_date,
                                                const char       *to_date,
                                                OpsMeetingFunc    func,
                                                gpointer          user_data,
                                                GCancellable     *cancellable,
                                                GError          **error);
/* (transfer full) one meeting with every child and its action items
 * (ops_meeting_get_action_items); NULL with OPS_STORE_ERROR_NOT_FOUND when
 * there is no meeting @id. */
OpsMeeting     *ops_store_reader_get_meeting   (OpsStoreReader   *self,
                                                gint64            id,
                                                GError          **error);
/* (transfer full) the occurrences of series @series_id with children, start
 * ascending, and the series' recurrence in @series (optional, transfer
 * full). NULL with OPS_STORE_ERROR_NOT_FOUND when the series is unknown. */
GPtrArray      *ops_store_reader_get_series    (OpsStoreReader   *self,
                                                gint64            series_id,
                                                OpsMeetingSeries **series,
                                                GError          **error);
/* Streams action items matching @filter (NULL = all) sorted by due date,
 * then meeting start, then id; overdue, last-reason and revision-count
 * filled. */
gboolean        ops_store_reader_foreach_action_item (OpsStoreReader *self,
                                                const OpsActionItemFilter *filter,
                                                OpsActionItemFunc func,
                                                gpointer          user_data,
                                                GCancellable     *cancellable,
                                                GError          **error);

/* Approvals (ops-store-reader-approvals.c) ------------------------------ */

typedef gboolean (*OpsApprovalFunc) (OpsApprovalRequest *request, gpointer user_data);

/* Number of requests whose application date is in [@from_date, @to_date]
 * ("YYYY-MM-DD", inclusive; NULL = open), for progress. Drafts (not yet
 * applications) are left out, here and in the foreach. */
gboolean        ops_store_reader_count_approvals (OpsStoreReader *self,
                                                const char       *from_date,
                                                const char       *to_date,
                                                guint            *count,
                                                GError          **error);
/* Streams those requests by application date, then id, each with its type
 * name (translated), applicant, chain-label (审批层级), opinion (审批意见栏,
 * see ops_approval_opinion_column()), state, round, archive number, stamp
 * and attachments filled. Checks @cancellable between rows. */
gboolean        ops_store_reader_foreach_approval (OpsStoreReader *self,
                                                const char       *from_date,
                                                const char       *to_date,
                                                OpsApprovalFunc   func,
                                                gpointer          user_data,
                                                GCancellable     *cancellable,
                                                GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsStoreReader, ops_store_reader_free)

G_END_DECLS

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpsStoreReader, ops_store_reader_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-id-filter.h: a filter drop-down of "All …" followed by records (hosts,
 * owners, departments, meetings), with the record id of each position kept
 * in a GArray of gint64 beside its GtkStringList (position 0, "All", is 0).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The id chosen in @drop_down (0 for "All" or nothing). */
gint64   ops_id_filter_get_selected (GtkDropDown   *drop_down,
                                     GArray        *ids);

/* Replaces the choices by @all_label then @names (with their @new_ids) and
 * keeps the record chosen before selected when it is still offered. Returns
 * TRUE when a chosen record is gone and the selection fell back to "All":
 * the caller's list must follow. @names is consumed (its strings stay owned
 * by the array). Changes ::notify::selected: callers guard their handler. */
gboolean ops_id_filter_refill       (GtkDropDown   *drop_down,
                                     GtkStringList *model,
                                     GArray        *ids,
                                     const char    *all_label,
                                     GPtrArray     *names,
                                     GArray        *new_ids);

/* The names and ids of a list of OpsPerson, for ops_id_filter_refill().
 * (transfer full) both. */
void     ops_id_filter_people       (GListModel    *people,
                                     GPtrArray    **names,
                                     GArray       **ids);

G_END_DECLS

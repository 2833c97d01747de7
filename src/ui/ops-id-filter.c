/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-id-filter.c: filter drop-downs of records chosen by id.
 */
#include "config.h"

#include "model/ops-person.h"
#include "ui/ops-id-filter.h"

gint64
ops_id_filter_get_selected (GtkDropDown *drop_down,
                            GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  if (position == GTK_INVALID_LIST_POSITION || position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}

gboolean
ops_id_filter_refill (GtkDropDown   *drop_down,
                      GtkStringList *model,
                      GArray        *ids,
                      const char    *all_label,
                      GPtrArray     *names,
                      GArray        *new_ids)
{
  gint64 keep = ops_id_filter_get_selected (drop_down, ids);
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint selected = 0;
  gint64 all_id = 0;

  g_ptr_array_insert (names, 0, g_strdup (all_label));
  g_ptr_array_add (names, NULL);
  g_array_set_size (ids, 0);
  g_array_append_val (ids, all_id);
  for (guint i = 0; i < new_ids->len; i++)
    {
      gint64 id = g_array_index (new_ids, gint64, i);

      g_array_append_val (ids, id);
      if (id == keep)
        selected = i + 1;
    }

  gtk_string_list_splice (model, 0, old_n, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (drop_down, selected);

  return keep != 0 && selected == 0;
}

void
ops_id_filter_people (GListModel  *people,
                      GPtrArray  **names,
                      GArray     **ids)
{
  *names = g_ptr_array_new_with_free_func (g_free);
  *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
      gint64 id = ops_person_get_id (person);

      g_ptr_array_add (*names, g_strdup (ops_person_get_name (person)));
      g_array_append_val (*ids, id);
    }
}

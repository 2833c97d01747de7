/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-directory.c: what the meetings' exports need to know about
 * people — e-mail addresses (calendar attendees) and each department's
 * active members (so that a whole department attending reads "销售部全体") —
 * and the attendee list as a manager reads it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-meetings.h"

struct _OpsExportDirectory
{
  GHashTable *emails;       /* gint64 * person id → char * e-mail */
  GHashTable *departments;  /* char * name → GHashTable of gint64 * active member ids */
};

static GHashTable *
id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * ops_export_directory_new:
 *
 * Returns: (transfer full): an empty directory; free with
 * ops_export_directory_free().
 */
OpsExportDirectory *
ops_export_directory_new (void)
{
  OpsExportDirectory *self = g_new0 (OpsExportDirectory, 1);

  self->emails = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_hash_table_unref);
  return self;
}

void
ops_export_directory_free (OpsExportDirectory *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->emails);
  g_hash_table_unref (self->departments);
  g_free (self);
}

/**
 * ops_export_directory_add_person:
 * @person: anyone of the directory, active or not
 *
 * Remembers @person's e-mail, and, when active and in a department, that
 * they are one of its members.
 */
void
ops_export_directory_add_person (OpsExportDirectory *self,
                                 OpsPerson          *person)
{
  const char *email;
  const char *department;
  gint64 id;

  g_return_if_fail (self != NULL);
  g_return_if_fail (OPS_IS_PERSON (person));

  id = ops_person_get_id (person);
  email = ops_person_get_email (person);
  department = ops_person_get_department_name (person);

  if (email != NULL && *email != '\0')
    g_hash_table_replace (self->emails, g_memdup2 (&id, sizeof id), g_strdup (email));

  if (ops_person_get_active (person) && department != NULL && *department != '\0')
    {
      GHashTable *members = g_hash_table_lookup (self->departments, department);

      if (members == NULL)
        {
          members = id_set_new ();
          g_hash_table_insert (self->departments, g_strdup (department), members);
        }
      g_hash_table_add (members, g_memdup2 (&id, sizeof id));
    }
}

const char *
ops_export_directory_get_email (OpsExportDirectory *self,
                                gint64              person_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->emails, &person_id);
}

/**
 * ops_export_list_separator:
 *
 * Returns: (transfer none): the separator of a list of names or titles:
 * "、" in Chinese, ", " in English.
 */
const char *
ops_export_list_separator (void)
{
  /* Translators: between the names of a list in an exported cell
   * ("张三、李四"); Chinese uses "、" */
  return C_("list separator", ", ");
}

/* TRUE when every active member of @members is in @attending. */
static gboolean
covers_department (GHashTable *members,
                   GHashTable *attending)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (members) < 2)
    return FALSE;

  g_hash_table_iter_init (&iter, members);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (attending, key))
      return FALSE;

  return TRUE;
}

/**
 * ops_export_format_attendees:
 * @attendees: a GListModel of OpsAttendee
 * @directory: (nullable): the people, to fold whole departments
 *
 * "销售部全体、王总": departments every active member of which attends (two
 * or more), in the order they first appear, then the other attendees in
 * their order.
 *
 * Returns: (transfer full): the text ("" when nobody attends).
 */
char *
ops_export_format_attendees (GListModel         *attendees,
                             OpsExportDirectory *directory)
{
  g_autoptr(GHashTable) attending = id_set_new ();
  g_autoptr(GHashTable) whole = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n, i;

  g_return_val_if_fail (G_IS_LIST_MODEL (attendees), NULL);

  n = g_list_model_get_n_items (attendees);
  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (attendees, i);
      gint64 id = ops_attendee_get_person_id (attendee);

      if (id != 0)
        g_hash_table_add (attending, g_memdup2 (&id, sizeof id));
    }

  /* The departments that attend whole, in order of first appearance. */
  for (i = 0; directory != NULL && i < n; i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (attendees, i);
      const char *department = ops_attendee_get_department_name (attendee);
      GHashTable *members;

      if (ops_attendee_get_person_id (attendee) == 0 || department == NULL ||
          g_hash_table_contains (whole, department))
        continue;

      members = g_hash_table_lookup (directory->departments, department);
      if (members != NULL && covers_department (members, attending))
        {
          g_hash_table_add (whole, g_strdup (department));
          /* Translators: an exported attendee list: the whole of a
           * department attends ("销售部全体"); %s is the department */
          g_ptr_array_add (parts, g_strdup_printf (_("All of %s"), department));
        }
    }

  for (i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (attendees, i);
      const char *department = ops_attendee_get_department_name (attendee);
      const char *name = ops_attendee_get_name (attendee);
      gint64 id = ops_attendee_get_person_id (attendee);

      if (name == NULL || *name == '\0')
        continue;
      /* Covered by "<department>全体" when they are one of its active members. */
      if (id != 0 && department != NULL && g_hash_table_contains (whole, department))
        {
          GHashTable *members = g_hash_table_lookup (directory->departments, department);

          if (g_hash_table_contains (members, &id))
            continue;
        }
      g_ptr_array_add (parts, g_strdup (name));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (ops_export_list_separator (), (char **) parts->pdata);
}

/**
 * ops_export_dup_title:
 * @name: the translated template name ("会议通知表")
 * @from: (nullable): first day of the range, "YYYY-MM-DD"
 * @to: (nullable): last day of the range
 *
 * Returns: (transfer full): a sheet's title row: the name and the range
 * ("会议通知表 — 2023-09-01 至 2023-09-30"), or the name and today's date
 * when there is no range.
 */
char *
ops_export_dup_title (const char *name,
                      const char *from,
                      const char *to)
{
  gboolean has_from = from != NULL && *from != '\0';
  gboolean has_to = to != NULL && *to != '\0';

  if (has_from && has_to)
    /* Translators: an export's title row: the sheet title, then the first and last day */
    return g_strdup_printf (_("%s — %s to %s"), name, from, to);
  if (has_from)
    /* Translators: an export's title row: the sheet title, then the first day */
    return g_strdup_printf (_("%s — from %s"), name, from);
  if (has_to)
    /* Translators: an export's title row: the sheet title, then the last day */
    return g_strdup_printf (_("%s — until %s"), name, to);

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

    /* Translators: an export's title row: the sheet title, then the export date */
    return g_strdup_printf (_("%s — %s"), name, date);
  }
}

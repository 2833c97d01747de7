/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-compat.c: version-dependent calls in one place (see ops-compat.h).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-compat.h"

void
ops_compat_open_file (GtkWindow *parent,
                      GFile     *file)
{
  g_return_if_fail (G_IS_FILE (file));

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);
    gtk_file_launcher_launch (launcher, parent, NULL, NULL, NULL);
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
  }
#endif
}

static GtkFileFilter *
make_filter (const char *filter_name,
             const char *pattern)
{
  GtkFileFilter *filter;

  if (pattern == NULL)
    return NULL;

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, filter_name != NULL ? filter_name : pattern);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
on_dialog_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GFile *file;

  if (GPOINTER_TO_INT (g_task_get_task_data (task)))
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);

  if (file == NULL)
    {
      if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
        {
          g_clear_error (&error);
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "dismissed");
        }
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, file, g_object_unref);
}

static void
run_dialog (gboolean             save,
            GtkWindow           *parent,
            const char          *title,
            GFile               *folder,
            const char          *initial_name,
            const char          *filter_name,
            const char          *pattern,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = make_filter (filter_name, pattern);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_task_data (task, GINT_TO_POINTER (save), NULL);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  if (save && initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, initial_name);
  if (filter != NULL)
    gtk_file_dialog_set_default_filter (dialog, filter);

  if (save)
    gtk_file_dialog_save (dialog, parent, cancellable, on_dialog_done, task);
  else
    gtk_file_dialog_open (dialog, parent, cancellable, on_dialog_done, task);
}

G_GNUC_END_IGNORE_DEPRECATIONS

#else /* GTK 4.8 */

static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)),
                           g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "dismissed");

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
run_dialog (gboolean             save,
            GtkWindow           *parent,
            const char          *title,
            GFile               *folder,
            const char          *initial_name,
            const char          *filter_name,
            const char          *pattern,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  GtkFileChooserNative *native;
  GtkFileFilter *filter = make_filter (filter_name, pattern);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  native = gtk_file_chooser_native_new (title, parent,
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE
                                             : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        save ? _("_Save") : _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  if (save && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  if (filter != NULL)
    {
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
      g_object_unref (filter);
    }

  g_signal_connect (native, "response", G_CALLBACK (on_native_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

void
ops_compat_save_file_async (GtkWindow           *parent,
                            const char          *title,
                            GFile               *folder,
                            const char          *initial_name,
                            const char          *filter_name,
                            const char          *pattern,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  run_dialog (TRUE, parent, title, folder, initial_name, filter_name, pattern,
              cancellable, callback, user_data);
}

void
ops_compat_open_file_async (GtkWindow           *parent,
                            const char          *title,
                            GFile               *folder,
                            const char          *filter_name,
                            const char          *pattern,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  run_dialog (FALSE, parent, title, folder, NULL, filter_name, pattern,
              cancellable, callback, user_data);
}

GFile *
ops_compat_file_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
ops_compat_list_box_remove_all (GtkListBox *box)
{
  g_return_if_fail (GTK_IS_LIST_BOX (box));

#if GTK_CHECK_VERSION (4, 12, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_list_box_remove_all (box);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  {
    GtkListBoxRow *row;

    while ((row = gtk_list_box_get_row_at_index (box, 0)) != NULL)
      gtk_list_box_remove (box, GTK_WIDGET (row));
  }
#endif
}

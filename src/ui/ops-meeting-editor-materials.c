/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-editor-materials.c: the meeting editor's materials — files
 * the store copies into the app's data folder, and links. For a meeting
 * already stored they are added and removed at once through the store; for
 * a new one they wait for its first save (then stored one by one).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-compat.h"
#include "ui/ops-meeting-editor-private.h"

#define SOURCE_FILE_KEY "ops-source-file"

static OpsStore *
get_store (OpsMeetingEditor *self)
{
  return ops_context_get_store (ops_editor_get_context (OPS_EDITOR (self)));
}

/* Shows a problem with what was typed inline, like a store error. */
static void
show_problem (OpsMeetingEditor *self,
              const char       *message)
{
  g_autoptr(GError) error = g_error_new_literal (OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED, message);

  ops_editor_show_error (OPS_EDITOR (self), error);
}

static void
store_remove_item (GListStore *store,
                   gpointer    item)
{
  guint position;

  if (g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

/* Materials ------------------------------------------------------------- */

static void
on_material_removed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpsMeetingEditor *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  ops_store_remove_material_finish (OPS_STORE (source), result, &error);
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  store_remove_item (self->materials, g_task_get_task_data (task));
}

static void
on_material_remove_clicked (GtkButton        *button,
                            OpsMeetingEditor *self)
{
  OpsMaterial *material = g_object_get_data (G_OBJECT (button), "ops-item");
  GTask *task;

  if (ops_material_get_id (material) == 0)
    {
      store_remove_item (self->materials, material);
      return;
    }

  /* A stored material goes at once (the store refuses it while the
   * meeting's records must be kept). */
  if (!ops_editor_begin_write (OPS_EDITOR (self)))
    return;
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (material), g_object_unref);
  ops_store_remove_material_async (get_store (self), ops_material_get_id (material),
                                   ops_editor_get_cancellable (OPS_EDITOR (self)), on_material_removed, task);
}

/* Opens a material with the desktop's default application: the stored
 * copy, the file still to be stored, or the link. */
static void
on_material_activated (AdwActionRow     *row,
                       OpsMeetingEditor *self)
{
  OpsMaterial *material = g_object_get_data (G_OBJECT (row), "ops-item");
  GFile *source = g_object_get_data (G_OBJECT (material), SOURCE_FILE_KEY);
  g_autoptr(GFile) file = NULL;

  if (ops_material_is_link (material))
    file = g_file_new_for_uri (ops_material_get_uri (material));
  else if (source != NULL)
    file = g_object_ref (source);
  else
    {
      g_autofree char *path = ops_store_dup_material_path (get_store (self), material);

      if (path != NULL)
        file = g_file_new_for_path (path);
    }

  if (file != NULL)
    ops_compat_open_file (GTK_WINDOW (self), file);
}

static GtkWidget *
create_material_row (gpointer data,
                     gpointer user_data)
{
  OpsMeetingEditor *self = user_data;
  OpsMaterial *material = data;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *label = g_strdup_printf (_("Remove %s"), ops_material_get_title (material));
  GtkWidget *button = ops_meeting_editor_remove_button (label);
  GtkWidget *icon = gtk_image_new_from_icon_name (ops_material_is_link (material) ? "insert-link-symbolic"
                                                                                  : "text-x-generic-symbolic");
  g_autofree char *subtitle = NULL;
  const char *where = ops_material_is_link (material) ? ops_material_get_uri (material)
                                                      : ops_material_get_original_name (material);

  if (ops_material_get_id (material) == 0)
    /* TRANSLATORS: a material added in the editor; "%s" is its file name or link */
    subtitle = g_strdup_printf (_("%s — stored when you save"), where != NULL ? where : "");
  else
    subtitle = g_strdup (where != NULL ? where : "");

  gtk_widget_set_name (row, "meeting-material-row");
  gtk_widget_set_name (button, "meeting-material-remove-button");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_material_get_title (material));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data_full (G_OBJECT (button), "ops-item", g_object_ref (material), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_material_remove_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  gtk_widget_set_tooltip_text (row, _("Open with the default application"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "ops-item", g_object_ref (material), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_material_activated), self, 0);
  return row;
}

static void
on_stored_now (OpsMeetingEditor *self,
               const GError     *error)
{
  /* On an error the material stays in the list, marked as not yet stored:
   * Save tries it again. */
  ops_editor_end_write (OPS_EDITOR (self), error);
}

/* Adds @material (@file: the file to copy, NULL for a link). A stored
 * meeting takes it at once; a new one with its first save. While another
 * write runs it waits in the list (a running store of materials picks it
 * up, a save stores it). */
static void
add_material (OpsMeetingEditor *self,
              OpsMaterial      *material,
              GFile            *file)
{
  if (file != NULL)
    g_object_set_data_full (G_OBJECT (material), SOURCE_FILE_KEY, g_object_ref (file), g_object_unref);
  g_list_store_append (self->materials, material);

  if (self->meeting_id == 0 || !ops_editor_begin_write (OPS_EDITOR (self)))
    return;
  ops_meeting_editor_store_pending_materials (self, on_stored_now);
}

/**
 * ops_meeting_editor_add_file:
 * @file: a local file to attach
 *
 * Adds @file as a material, titled with its name: the store copies it into
 * the app's data folder at once for a stored meeting, or with the first
 * save of a new one. Used by "Add File…" and by dropping files on the
 * editor.
 */
void
ops_meeting_editor_add_file (OpsMeetingEditor *self,
                             GFile            *file)
{
  g_autoptr(OpsMaterial) material = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (OPS_IS_MEETING_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  material = ops_material_new ();
  ops_material_set_title (material, name);
  ops_material_set_original_name (material, name);
  ops_editor_clear_error (OPS_EDITOR (self));
  add_material (self, material, file);
}

static void
add_link_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);
  g_autofree char *title = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->link_title_row)));
  g_autofree char *uri = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->link_uri_row)));
  g_autofree char *scheme = NULL;
  g_autoptr(OpsMaterial) material = NULL;

  if (uri == NULL || *uri == '\0')
    {
      show_problem (self, _("Type the link first, for example https://example.com/report, then add it."));
      gtk_widget_grab_focus (GTK_WIDGET (self->link_uri_row));
      return;
    }
  scheme = g_uri_parse_scheme (uri);
  if (scheme == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("“%s” is not a link. Write the whole address, starting with "
                                                 "https:// (or file:// for a shared folder)."), uri);
      show_problem (self, text);
      return;
    }

  ops_editor_clear_error (OPS_EDITOR (self));
  material = ops_material_new ();
  ops_material_set_title (material, title != NULL && *title != '\0' ? title : uri);
  ops_material_set_uri (material, uri);
  add_material (self, material, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->link_title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->link_uri_row), "");
}

static void
on_link_apply (OpsMeetingEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.add-link", NULL);
}

static void
on_file_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsMeetingEditor) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = ops_compat_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ops_editor_show_error_with_heading (OPS_EDITOR (self), _("The file could not be chosen"), error);
      return;
    }

  ops_meeting_editor_add_file (self, file);
}

static void
add_file_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);

  ops_compat_open_file_async (GTK_WINDOW (self), _("Add Material"), NULL, NULL, NULL,
                              ops_editor_get_cancellable (OPS_EDITOR (self)), on_file_chosen,
                              g_object_ref (self));
}

gboolean
ops_meeting_editor_has_pending_materials (OpsMeetingEditor *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->materials)); i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (G_LIST_MODEL (self->materials), i);

      if (ops_material_get_id (material) == 0)
        return TRUE;
    }
  return FALSE;
}

GListModel *
ops_meeting_editor_dup_stored_materials (OpsMeetingEditor *self)
{
  GListStore *stored = g_list_store_new (OPS_TYPE_MATERIAL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->materials)); i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (G_LIST_MODEL (self->materials), i);

      if (ops_material_get_id (material) != 0)
        g_list_store_append (stored, material);
    }
  return G_LIST_MODEL (stored);
}

/* Stores the pending materials one by one: a GTask (source: the editor)
 * carries the done callback. */
typedef struct {
  OpsMaterialsDoneFunc done;
} PendingData;

static void store_next_pending (GTask *task);

static void
on_pending_stored (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpsMeetingEditor *self = g_task_get_source_object (task);
  OpsMaterial *pending = g_object_get_data (G_OBJECT (task), "ops-pending");
  OpsMaterialsDoneFunc done = ((PendingData *) g_task_get_task_data (task))->done;
  g_autoptr(OpsMaterial) material = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  if (g_object_get_data (G_OBJECT (pending), SOURCE_FILE_KEY) != NULL)
    material = ops_store_add_material_file_finish (OPS_STORE (source), result, &error);
  else
    material = ops_store_add_material_link_finish (OPS_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (material == NULL)
    {
      done (self, error);
      return;
    }

  if (g_list_store_find (self->materials, pending, &position))
    g_list_store_splice (self->materials, position, 1, (gpointer *) &material, 1);
  store_next_pending (g_steal_pointer (&task));
}

static void
store_next_pending (GTask *task)
{
  OpsMeetingEditor *self = g_task_get_source_object (task);
  OpsMaterialsDoneFunc done = ((PendingData *) g_task_get_task_data (task))->done;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->materials)); i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (G_LIST_MODEL (self->materials), i);
      GFile *file;

      if (ops_material_get_id (material) != 0)
        continue;

      file = g_object_get_data (G_OBJECT (material), SOURCE_FILE_KEY);
      g_object_set_data_full (G_OBJECT (task), "ops-pending", g_object_ref (material), g_object_unref);
      if (file != NULL)
        ops_store_add_material_file_async (get_store (self), self->meeting_id, file,
                                           ops_material_get_title (material),
                                           ops_editor_get_cancellable (OPS_EDITOR (self)),
                                           on_pending_stored, task);
      else
        ops_store_add_material_link_async (get_store (self), self->meeting_id,
                                           ops_material_get_title (material), ops_material_get_uri (material),
                                           ops_editor_get_cancellable (OPS_EDITOR (self)),
                                           on_pending_stored, task);
      return;
    }

  done (self, NULL);
  g_object_unref (task);
}

void
ops_meeting_editor_store_pending_materials (OpsMeetingEditor     *self,
                                            OpsMaterialsDoneFunc  done)
{
  GTask *task = g_task_new (self, NULL, NULL, NULL);
  PendingData *data = g_new0 (PendingData, 1);

  data->done = done;
  g_task_set_task_data (task, data, g_free);
  store_next_pending (task);
}

static gboolean
on_files_dropped (GtkDropTarget    *target,
                  const GValue     *value,
                  double            x,
                  double            y,
                  OpsMeetingEditor *self)
{
  GSList *files;

  if (!self->ready || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    ops_meeting_editor_add_file (self, l->data);
  g_slist_free (files);
  return TRUE;
}

void
ops_meeting_editor_materials_init (OpsMeetingEditor *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_list_box_bind_model (self->material_list, G_LIST_MODEL (self->materials),
                           create_material_row, self, NULL);

  /* Files dropped anywhere on the editor become materials. */
  g_signal_connect_object (target, "drop", G_CALLBACK (on_files_dropped), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
ops_meeting_editor_materials_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_link_apply);

  gtk_widget_class_install_action (widget_class, "editor.add-file", NULL, add_file_action);
  gtk_widget_class_install_action (widget_class, "editor.add-link", NULL, add_link_action);
}

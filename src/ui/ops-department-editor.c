/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-department-editor.c: the modal window that creates, edits or deletes a
 * department and names its head and division leader. Writes go through the
 * store; on an error the message shows inline and every field stays.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-department-editor.h"
#include "ui/ops-page.h"

struct _OpsDepartmentEditor
{
  AdwWindow          parent_instance;

  OpsContext        *context;
  OpsDepartment     *original;       /* NULL for a new department */

  /* Template children */
  GtkScrolledWindow *scroller;
  GtkLabel          *error_label;
  AdwEntryRow       *name_row;
  AdwComboRow       *head_row;
  GtkStringList     *head_model;
  AdwComboRow       *leader_row;
  GtkStringList     *leader_model;
  GtkWidget         *delete_button;
  GtkWidget         *save_button;

  GCancellable      *cancellable;
  GArray            *person_ids;     /* gint64 per combo position (both combos) */
  char              *initial_state;
  gboolean           people_loaded;
  gboolean           busy;
  gboolean           closing;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_DEPARTMENT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsDepartmentEditor, ops_department_editor, ADW_TYPE_WINDOW)

/* Fields ---------------------------------------------------------------- */

static gint64
combo_person_id (OpsDepartmentEditor *self,
                 AdwComboRow         *row,
                 gint64               before_loading)
{
  guint position;

  if (!self->people_loaded)
    return before_loading;

  position = adw_combo_row_get_selected (row);
  if (position == GTK_INVALID_LIST_POSITION || position >= self->person_ids->len)
    return 0;

  return g_array_index (self->person_ids, gint64, position);
}

static gint64
current_head_id (OpsDepartmentEditor *self)
{
  return combo_person_id (self, self->head_row,
                          self->original != NULL ? ops_department_get_head_id (self->original) : 0);
}

static gint64
current_leader_id (OpsDepartmentEditor *self)
{
  return combo_person_id (self, self->leader_row,
                          self->original != NULL ? ops_department_get_leader_id (self->original) : 0);
}

static char *
dup_state (OpsDepartmentEditor *self)
{
  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT,
                          gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                          current_head_id (self),
                          current_leader_id (self));
}

static gboolean
is_changed (OpsDepartmentEditor *self)
{
  g_autofree char *state = NULL;

  if (self->initial_state == NULL)
    return FALSE;

  state = dup_state (self);
  return g_strcmp0 (state, self->initial_state) != 0;
}

static OpsDepartment *
build_department (OpsDepartmentEditor *self)
{
  OpsDepartment *department = self->original != NULL ? ops_department_copy (self->original)
                                                     : ops_department_new ();
  g_autofree char *name = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  ops_department_set_name (department, name);
  ops_department_set_head_id (department, current_head_id (self));
  ops_department_set_leader_id (department, current_leader_id (self));

  return department;
}

static void
update_actions (OpsDepartmentEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete",
                                 self->original != NULL && !self->busy);
}

static void
set_busy (OpsDepartmentEditor *self,
          gboolean             busy)
{
  self->busy = busy;
  update_actions (self);
}

static void
show_error (OpsDepartmentEditor *self,
            const char          *heading,
            const GError        *error)
{
  g_autofree char *text = NULL;

  if (heading != NULL)
    text = g_strdup_printf ("%s\n%s", heading, error->message);
  else
    text = g_strdup (error->message);

  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
}

static void
hide_error (OpsDepartmentEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
}

static void
on_field_changed (OpsDepartmentEditor *self)
{
  update_actions (self);
}

static void
toast_and_close (OpsDepartmentEditor *self,
                 const char          *text)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  ops_show_toast (parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (self), text);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* People for the two combos --------------------------------------------- */

/* Position of @id in the combos, appending it (with @name) when it is not an
 * active person of the list: a head who was deactivated stays visible and is
 * not dropped by a save. */
static guint
ensure_person (OpsDepartmentEditor *self,
               GPtrArray           *names,
               gint64               id,
               const char          *name)
{
  if (id == 0)
    return 0;

  for (guint i = 0; i < self->person_ids->len; i++)
    if (g_array_index (self->person_ids, gint64, i) == id)
      return i;

  g_array_append_val (self->person_ids, id);
  g_ptr_array_add (names, g_strdup (name != NULL && *name != '\0' ? name : _("(unknown person)")));

  return self->person_ids->len - 1;
}

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsDepartmentEditor) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GHashTable) counts = NULL;
  gint64 head_id;
  gint64 leader_id;
  guint head_position;
  guint leader_position;
  guint n;
  gint64 nobody_id = 0;

  people = ops_store_list_people_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      show_error (self, _("Could not load the people. Close the window and try again."), error);
      return;
    }

  head_id = current_head_id (self);
  leader_id = current_leader_id (self);
  n = g_list_model_get_n_items (people);
  names = g_ptr_array_new_with_free_func (g_free);

  g_array_set_size (self->person_ids, 0);
  g_array_append_val (self->person_ids, nobody_id);
  g_ptr_array_add (names, g_strdup (_("Nobody")));

  /* Names count how often each name occurs: two people of the same name
   * are told apart by their department. */
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
      const char *name = ops_person_get_name (person);

      g_hash_table_insert (counts, g_strdup (name),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
      gint64 id = ops_person_get_id (person);
      const char *name = ops_person_get_name (person);
      const char *department = ops_person_get_department_name (person);

      g_array_append_val (self->person_ids, id);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) > 1 &&
          department != NULL && *department != '\0')
        /* Translators: one of two people of the same name: "name · department". */
        g_ptr_array_add (names, g_strdup_printf (_("%s · %s"), name, department));
      else
        g_ptr_array_add (names, g_strdup (name));
    }

  head_position = ensure_person (self, names, head_id,
                                 self->original != NULL ? ops_department_get_head_name (self->original) : NULL);
  leader_position = ensure_person (self, names, leader_id,
                                   self->original != NULL ? ops_department_get_leader_name (self->original) : NULL);
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->head_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->head_model)),
                          (const char * const *) names->pdata);
  gtk_string_list_splice (self->leader_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->leader_model)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->head_row, head_position);
  adw_combo_row_set_selected (self->leader_row, leader_position);

  self->people_loaded = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->head_row), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->leader_row), TRUE);
  update_actions (self);
}

/* Save ------------------------------------------------------------------ */

static void
on_department_saved (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OpsDepartmentEditor) self = user_data;
  g_autoptr(OpsDepartment) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  saved = ops_store_save_department_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (error != NULL)
    {
      show_error (self, NULL, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, saved);
  text = g_strdup_printf (_("Saved “%s”"), ops_department_get_name (saved));
  toast_and_close (self, text);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (widget);
  g_autoptr(OpsDepartment) department = NULL;

  if (self->busy)
    return;

  hide_error (self);
  department = build_department (self);
  set_busy (self, TRUE);
  ops_store_save_department_async (ops_context_get_store (self->context), department,
                                   self->cancellable, on_department_saved, g_object_ref (self));
}

static void
on_name_activated (OpsDepartmentEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* Delete ---------------------------------------------------------------- */

static void
on_department_deleted (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsDepartmentEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!ops_store_delete_department_finish (OPS_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_busy (self, FALSE);
      show_error (self, NULL, error);
      return;
    }

  text = g_strdup_printf (_("Deleted “%s”"), ops_department_get_name (self->original));
  toast_and_close (self, text);
}

static void
on_delete_response (AdwMessageDialog    *dialog,
                    const char          *response,
                    OpsDepartmentEditor *self)
{
  if (g_strcmp0 (response, "delete") != 0 || self->busy)
    return;

  hide_error (self);
  set_busy (self, TRUE);
  ops_store_delete_department_async (ops_context_get_store (self->context),
                                     ops_department_get_id (self->original),
                                     self->cancellable, on_department_deleted,
                                     g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->original == NULL || self->busy)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), ops_department_get_name (self->original));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("A department can be deleted only when no one belongs to it. "
                                     "This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Closing --------------------------------------------------------------- */

/* Cancel is an explicit choice to drop the changes: no question. Escape and
 * the window's close ask first when something was changed. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (widget);

  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_when_idle (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog    *dialog,
                     const char          *response,
                     OpsDepartmentEditor *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Close once the question has gone: it is transient for this window,
   * and destroying its parent inside its own ::response leaves it pointing
   * at a freed window. */
  self->closing = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_when_idle, g_object_ref (self), g_object_unref);
}

static gboolean
ops_department_editor_close_request (GtkWindow *window)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (window);
  GtkWidget *dialog;

  if (self->closing || !is_changed (self))
    return GTK_WINDOW_CLASS (ops_department_editor_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard your changes?"),
                                   _("The changes to this department have not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* Construction ---------------------------------------------------------- */

static void
ops_department_editor_constructed (GObject *object)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);
  OpsDepartment *department = self->original;
  const char *head_name = NULL;
  const char *leader_name = NULL;

  G_OBJECT_CLASS (ops_department_editor_parent_class)->constructed (object);

  g_assert (OPS_IS_CONTEXT (self->context));

  gtk_window_set_title (GTK_WINDOW (self),
                        department != NULL ? _("Edit Department") : _("New Department"));

  if (department != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), ops_department_get_name (department));
      if (ops_department_get_head_id (department) != 0)
        head_name = ops_department_get_head_name (department);
      if (ops_department_get_leader_id (department) != 0)
        leader_name = ops_department_get_leader_name (department);
      gtk_widget_set_visible (self->delete_button, TRUE);
    }

  /* Until the people arrive each combo shows the current choice only. */
  gtk_string_list_append (self->head_model, head_name != NULL ? head_name : _("Nobody"));
  gtk_string_list_append (self->leader_model, leader_name != NULL ? leader_name : _("Nobody"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->head_row), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->leader_row), FALSE);

  self->initial_state = dup_state (self);
  update_actions (self);

  ops_store_list_people_async (ops_context_get_store (self->context),
                               &(OpsPersonFilter) { NULL, 0, FALSE }, OPS_RANGE_ALL,
                               self->cancellable, on_people_listed, g_object_ref (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ops_department_editor_dispose (GObject *object)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_DEPARTMENT_EDITOR);

  G_OBJECT_CLASS (ops_department_editor_parent_class)->dispose (object);
}

static void
ops_department_editor_finalize (GObject *object)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->original);
  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->initial_state, g_free);

  G_OBJECT_CLASS (ops_department_editor_parent_class)->finalize (object);
}

static void
ops_department_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_DEPARTMENT:
      g_value_set_object (value, self->original);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_department_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_DEPARTMENT:
      {
        OpsDepartment *department = g_value_get_object (value);

        self->original = department != NULL ? ops_department_copy (department) : NULL;
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_department_editor_class_init (OpsDepartmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ops_department_editor_constructed;
  object_class->dispose = ops_department_editor_dispose;
  object_class->finalize = ops_department_editor_finalize;
  object_class->get_property = ops_department_editor_get_property;
  object_class->set_property = ops_department_editor_set_property;

  window_class->close_request = ops_department_editor_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         OPS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DEPARTMENT] =
    g_param_spec_object ("department", NULL, NULL,
                         OPS_TYPE_DEPARTMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsDepartmentEditor::saved:
   * @department: the department as the store saved it
   *
   * Emitted after the store confirmed the save.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPS_TYPE_DEPARTMENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-department-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, head_row);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, head_model);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, leader_row);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, leader_model);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, OpsDepartmentEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ops_department_editor_init (OpsDepartmentEditor *self)
{
  gint64 nobody_id = 0;

  self->cancellable = g_cancellable_new ();
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->person_ids, nobody_id);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ops_department_editor_new (OpsContext    *context,
                           OpsDepartment *department)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (department == NULL || OPS_IS_DEPARTMENT (department), NULL);

  return g_object_new (OPS_TYPE_DEPARTMENT_EDITOR,
                       "context", context,
                       "department", department,
                       NULL);
}

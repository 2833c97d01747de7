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

struct _OpsDepartmentEditor
{
  OpsEditor          parent_instance;

  OpsDepartment     *original;       /* NULL for a new department */

  /* Template children */
  GtkLabel          *error_label;
  AdwEntryRow       *name_row;
  AdwComboRow       *head_row;
  GtkStringList     *head_model;
  AdwComboRow       *leader_row;
  GtkStringList     *leader_model;
  GtkWidget         *delete_button;
  GtkWidget         *save_button;

  GArray            *person_ids;     /* gint64 per combo position (both combos) */
  gboolean           people_loaded;
};

enum {
  PROP_0,
  PROP_DEPARTMENT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsDepartmentEditor, ops_department_editor, OPS_TYPE_EDITOR)

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

/* A string that changes whenever any field does. */
static char *
dup_state (OpsEditor *editor)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (editor);

  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT,
                          gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                          current_head_id (self),
                          current_leader_id (self));
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
update_actions (OpsEditor *editor)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (editor);
  gboolean busy = ops_editor_get_busy (editor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete",
                                 self->original != NULL && !busy);
}

static void
on_field_changed (OpsDepartmentEditor *self)
{
  update_actions (OPS_EDITOR (self));
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
      ops_editor_show_error_with_heading (OPS_EDITOR (self),
                                          _("Could not load the people. Close the window and try again."),
                                          error);
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
  update_actions (OPS_EDITOR (self));
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
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  g_signal_emit (self, signals[SAVED], 0, saved);
  text = g_strdup_printf (_("Saved “%s”"), ops_department_get_name (saved));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autoptr(OpsDepartment) department = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  department = build_department (self);
  ops_store_save_department_async (ops_context_get_store (ops_editor_get_context (editor)), department,
                                   ops_editor_get_cancellable (editor), on_department_saved,
                                   g_object_ref (self));
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
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }

  text = g_strdup_printf (_("Deleted “%s”"), ops_department_get_name (self->original));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
delete_confirmed (OpsEditor *editor)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (editor);

  if (!ops_editor_begin_write (editor))
    return;

  ops_store_delete_department_async (ops_context_get_store (ops_editor_get_context (editor)),
                                     ops_department_get_id (self->original),
                                     ops_editor_get_cancellable (editor),
                                     on_department_deleted, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (widget);
  g_autofree char *heading = NULL;

  if (self->original == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), ops_department_get_name (self->original));
  ops_editor_confirm_destructive (OPS_EDITOR (self), heading,
                                  _("A department can be deleted only when no one belongs to it. "
                                    "This cannot be undone."),
                                  _("_Delete"), delete_confirmed);
}

/* Construction ---------------------------------------------------------- */

static void
ops_department_editor_constructed (GObject *object)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);
  OpsEditor *editor = OPS_EDITOR (object);
  OpsDepartment *department = self->original;
  const char *head_name = NULL;
  const char *leader_name = NULL;

  G_OBJECT_CLASS (ops_department_editor_parent_class)->constructed (object);

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

  ops_editor_remember_state (editor);
  update_actions (editor);

  ops_store_list_people_async (ops_context_get_store (ops_editor_get_context (editor)),
                               &(OpsPersonFilter) { NULL, 0, FALSE }, OPS_RANGE_ALL,
                               ops_editor_get_cancellable (editor), on_people_listed,
                               g_object_ref (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ops_department_editor_dispose (GObject *object)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_DEPARTMENT_EDITOR);

  G_OBJECT_CLASS (ops_department_editor_parent_class)->dispose (object);
}

static void
ops_department_editor_finalize (GObject *object)
{
  OpsDepartmentEditor *self = OPS_DEPARTMENT_EDITOR (object);

  g_clear_object (&self->original);
  g_clear_pointer (&self->person_ids, g_array_unref);

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
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_department_editor_constructed;
  object_class->dispose = ops_department_editor_dispose;
  object_class->finalize = ops_department_editor_finalize;
  object_class->get_property = ops_department_editor_get_property;
  object_class->set_property = ops_department_editor_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The changes to this department have not been saved."));

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
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_department_editor_init (OpsDepartmentEditor *self)
{
  gint64 nobody_id = 0;

  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->person_ids, nobody_id);

  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
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

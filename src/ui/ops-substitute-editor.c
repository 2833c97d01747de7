/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-substitute-editor.c: the modal window that names a substitute for an
 * approver over a date range. The store checks who may (the approver
 * themself or Administration), that both people are active and different
 * and that the dates are valid and in order; its refusal shows inline and
 * every field stays as chosen.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-substitute-editor.h"

struct _OpsSubstituteEditor
{
  OpsEditor       parent_instance;

  /* Template children */
  GtkLabel       *error_label;
  AdwComboRow    *person_row;
  GtkStringList  *person_model;
  AdwComboRow    *substitute_row;
  GtkStringList  *substitute_model;
  AdwEntryRow    *from_row;
  AdwEntryRow    *to_row;

  GArray         *person_ids;      /* gint64 per combo position (both combos) */
  GPtrArray      *person_names;    /* char * per combo position */
  gboolean        people_loaded;
};

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsSubstituteEditor, ops_substitute_editor, OPS_TYPE_EDITOR)

/* Fields ---------------------------------------------------------------- */

static gint64
combo_person_id (OpsSubstituteEditor *self,
                 AdwComboRow         *row)
{
  guint position = adw_combo_row_get_selected (row);

  if (!self->people_loaded || position == GTK_INVALID_LIST_POSITION || position >= self->person_ids->len)
    return 0;

  return g_array_index (self->person_ids, gint64, position);
}

static const char *
combo_person_name (OpsSubstituteEditor *self,
                   AdwComboRow         *row)
{
  guint position = adw_combo_row_get_selected (row);

  if (!self->people_loaded || position == GTK_INVALID_LIST_POSITION || position >= self->person_names->len)
    return NULL;

  return g_ptr_array_index (self->person_names, position);
}

static char *
dup_state (OpsEditor *editor)
{
  OpsSubstituteEditor *self = OPS_SUBSTITUTE_EDITOR (editor);

  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%s",
                          combo_person_id (self, self->person_row),
                          combo_person_id (self, self->substitute_row),
                          gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->to_row)));
}

static void
update_actions (OpsEditor *editor)
{
  OpsSubstituteEditor *self = OPS_SUBSTITUTE_EDITOR (editor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 !ops_editor_get_busy (editor) && self->people_loaded);
}

static void
on_field_changed (OpsSubstituteEditor *self)
{
  update_actions (OPS_EDITOR (self));
}

/* People ---------------------------------------------------------------- */

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsSubstituteEditor) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  OpsPerson *user;
  gint64 user_id;
  guint user_position = 0;
  gint64 nobody_id = 0;
  guint n;

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

  user = ops_context_get_current_user (ops_editor_get_context (OPS_EDITOR (self)));
  user_id = user != NULL ? ops_person_get_id (user) : 0;

  labels = g_ptr_array_new_with_free_func (g_free);
  g_array_set_size (self->person_ids, 0);
  g_ptr_array_set_size (self->person_names, 0);

  g_array_append_val (self->person_ids, nobody_id);
  g_ptr_array_add (self->person_names, NULL);
  g_ptr_array_add (labels, g_strdup (_("Choose a person")));

  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
      gint64 id = ops_person_get_id (person);
      const char *department = ops_person_get_department_name (person);

      if (id == user_id)
        user_position = self->person_ids->len;

      g_array_append_val (self->person_ids, id);
      g_ptr_array_add (self->person_names, g_strdup (ops_person_get_name (person)));
      if (department != NULL && *department != '\0')
        /* Translators: a person in a list: "name · department". */
        g_ptr_array_add (labels, g_strdup_printf (_("%s · %s"), ops_person_get_name (person), department));
      else
        g_ptr_array_add (labels, g_strdup (ops_person_get_name (person)));
    }
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->person_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->person_model)),
                          (const char * const *) labels->pdata);
  gtk_string_list_splice (self->substitute_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->substitute_model)),
                          (const char * const *) labels->pdata);

  self->people_loaded = TRUE;
  adw_combo_row_set_selected (self->person_row, user_position);
  adw_combo_row_set_selected (self->substitute_row, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->substitute_row), TRUE);

  ops_editor_remember_state (OPS_EDITOR (self));
  update_actions (OPS_EDITOR (self));
}

/* Save ------------------------------------------------------------------ */

static void
on_substitute_saved (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OpsSubstituteEditor) self = user_data;
  g_autoptr(OpsSubstitute) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = ops_store_save_substitute_finish (OPS_STORE (source), result, &error);
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  g_signal_emit (self, signals[SAVED], 0, saved);
  ops_editor_close (OPS_EDITOR (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsSubstituteEditor *self = OPS_SUBSTITUTE_EDITOR (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autoptr(OpsSubstitute) substitute = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!self->people_loaded || !ops_editor_begin_write (editor))
    return;

  from = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->from_row)));
  to = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->to_row)));

  substitute = ops_substitute_new ();
  ops_substitute_set_person_id (substitute, combo_person_id (self, self->person_row));
  ops_substitute_set_person_name (substitute, combo_person_name (self, self->person_row));
  ops_substitute_set_substitute_id (substitute, combo_person_id (self, self->substitute_row));
  ops_substitute_set_substitute_name (substitute, combo_person_name (self, self->substitute_row));
  ops_substitute_set_from_date (substitute, from);
  ops_substitute_set_to_date (substitute, to);

  ops_store_save_substitute_async (ops_context_get_store (ops_editor_get_context (editor)), substitute,
                                   ops_editor_get_cancellable (editor), on_substitute_saved,
                                   g_object_ref (self));
}

static void
on_entry_activated (OpsSubstituteEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* Construction ---------------------------------------------------------- */

static void
ops_substitute_editor_constructed (GObject *object)
{
  OpsSubstituteEditor *self = OPS_SUBSTITUTE_EDITOR (object);
  OpsEditor *editor = OPS_EDITOR (object);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) week = g_date_time_add_days (now, 6);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *last = g_date_time_format (week, "%Y-%m-%d");

  G_OBJECT_CLASS (ops_substitute_editor_parent_class)->constructed (object);

  /* A week from today, to change as needed. */
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), last);

  /* Until the people arrive the combos wait. */
  gtk_string_list_append (self->person_model, _("Loading…"));
  gtk_string_list_append (self->substitute_model, _("Loading…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->substitute_row), FALSE);

  ops_editor_remember_state (editor);
  update_actions (editor);

  ops_store_list_people_async (ops_context_get_store (ops_editor_get_context (editor)),
                               &(OpsPersonFilter) { NULL, 0, FALSE }, OPS_RANGE_ALL,
                               ops_editor_get_cancellable (editor), on_people_listed,
                               g_object_ref (self));
}

static void
ops_substitute_editor_dispose (GObject *object)
{
  OpsSubstituteEditor *self = OPS_SUBSTITUTE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_SUBSTITUTE_EDITOR);

  G_OBJECT_CLASS (ops_substitute_editor_parent_class)->dispose (object);
}

static void
ops_substitute_editor_finalize (GObject *object)
{
  OpsSubstituteEditor *self = OPS_SUBSTITUTE_EDITOR (object);

  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->person_names, g_ptr_array_unref);

  G_OBJECT_CLASS (ops_substitute_editor_parent_class)->finalize (object);
}

static void
ops_substitute_editor_class_init (OpsSubstituteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_substitute_editor_constructed;
  object_class->dispose = ops_substitute_editor_dispose;
  object_class->finalize = ops_substitute_editor_finalize;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The substitute has not been saved."));

  /**
   * OpsSubstituteEditor::saved:
   * @substitute: the substitute as the store saved it
   *
   * Emitted after the store confirmed the save, before the window closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPS_TYPE_SUBSTITUTE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-substitute-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsSubstituteEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsSubstituteEditor, person_row);
  gtk_widget_class_bind_template_child (widget_class, OpsSubstituteEditor, person_model);
  gtk_widget_class_bind_template_child (widget_class, OpsSubstituteEditor, substitute_row);
  gtk_widget_class_bind_template_child (widget_class, OpsSubstituteEditor, substitute_model);
  gtk_widget_class_bind_template_child (widget_class, OpsSubstituteEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, OpsSubstituteEditor, to_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_substitute_editor_init (OpsSubstituteEditor *self)
{
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->person_names = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
}

/**
 * ops_substitute_editor_new:
 * @context: the application's context
 *
 * Returns: (transfer none): a new window; set transient-for and present it.
 */
GtkWidget *
ops_substitute_editor_new (OpsContext *context)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);

  return g_object_new (OPS_TYPE_SUBSTITUTE_EDITOR,
                       "context", context,
                       NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-person-editor.c: the modal window that creates or edits one person of
 * the directory. Every write goes through the store; the window closes only
 * after the store confirmed it, and keeps every field as typed on an error.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-person-editor.h"

struct _OpsPersonEditor
{
  OpsEditor       parent_instance;

  OpsPerson      *original;          /* NULL for a new person */

  /* Template children */
  GtkLabel       *error_label;
  AdwEntryRow    *name_row;
  AdwComboRow    *department_row;
  GtkStringList  *department_model;
  AdwEntryRow    *title_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *phone_row;
  AdwPreferencesGroup *roles_group;
  GtkWidget      *status_group;
  GtkSwitch      *active_switch;
  GtkWidget      *record_actions;
  GtkButton      *active_button;
  GtkWidget      *delete_button;
  GtkWidget      *save_button;

  GtkCheckButton *role_checks[OPS_N_ROLES];

  GArray         *department_ids;    /* gint64 per combo position */
  gboolean        departments_loaded;
};

enum {
  PROP_0,
  PROP_PERSON,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsPersonEditor, ops_person_editor, OPS_TYPE_EDITOR)

/* Fields ---------------------------------------------------------------- */

static gint64
current_department_id (OpsPersonEditor *self)
{
  guint position;

  /* Until the list arrives the person keeps the department it had. */
  if (!self->departments_loaded)
    return self->original != NULL ? ops_person_get_department_id (self->original) : 0;

  position = adw_combo_row_get_selected (self->department_row);
  if (position == GTK_INVALID_LIST_POSITION || position >= self->department_ids->len)
    return 0;

  return g_array_index (self->department_ids, gint64, position);
}

static OpsRole
current_roles (OpsPersonEditor *self)
{
  OpsRole roles = OPS_ROLE_NONE;

  for (guint i = 0; i < OPS_N_ROLES; i++)
    if (gtk_check_button_get_active (self->role_checks[i]))
      roles |= ops_role_nth (i);

  return roles;
}

static gboolean
current_active (OpsPersonEditor *self)
{
  if (self->original == NULL)
    return TRUE;

  return gtk_switch_get_active (self->active_switch);
}

/* A string that changes whenever any field does. */
static char *
dup_state (OpsEditor *editor)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (editor);

  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1f%s\x1f%u\x1f%d",
                          gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                          current_department_id (self),
                          gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->email_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->phone_row)),
                          (guint) current_roles (self),
                          current_active (self));
}

/* The person the fields describe (transfer full). */
static OpsPerson *
build_person (OpsPersonEditor *self)
{
  OpsPerson *person = self->original != NULL ? ops_person_copy (self->original) : ops_person_new ();
  g_autofree char *name = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autofree char *title = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_autofree char *email = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->email_row)));
  g_autofree char *phone = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));

  ops_person_set_name (person, name);
  ops_person_set_department_id (person, current_department_id (self));
  ops_person_set_title (person, title);
  ops_person_set_email (person, email);
  ops_person_set_phone (person, phone);
  ops_person_set_roles (person, current_roles (self));
  ops_person_set_active (person, current_active (self));

  return person;
}

static void
update_actions (OpsEditor *editor)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (editor);
  gboolean busy = ops_editor_get_busy (editor);
  gboolean editing = self->original != NULL;
  gboolean referenced = editing && ops_person_get_referenced (self->original);
  gboolean changed = ops_editor_is_changed (editor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete",
                                 editing && !referenced && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.toggle-active",
                                 editing && !changed && !busy);

  if (!editing)
    return;

  gtk_widget_set_tooltip_text (self->delete_button,
                               referenced ? _("Named in other records: deactivate instead")
                                          : _("Remove the person from the directory for good"));

  if (ops_person_get_active (self->original))
    {
      gtk_button_set_label (self->active_button, _("D_eactivate"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->active_button),
                                   changed ? _("Save or cancel your changes first")
                                           : _("Keep the person in past records but no longer offer them for new ones"));
    }
  else
    {
      gtk_button_set_label (self->active_button, _("_Activate"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->active_button),
                                   changed ? _("Save or cancel your changes first")
                                           : _("Offer the person again for new records"));
    }
  gtk_button_set_use_underline (self->active_button, TRUE);
}

static void
on_field_changed (OpsPersonEditor *self)
{
  update_actions (OPS_EDITOR (self));
}

/* Departments ----------------------------------------------------------- */

static void
on_departments_listed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsPersonEditor) self = user_data;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gint64 keep_id;
  guint selected = 0;
  guint n;
  gint64 none_id = 0;

  departments = ops_store_list_departments_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      /* The person keeps its department; it just cannot be changed now. */
      ops_editor_show_error_with_heading (OPS_EDITOR (self),
                                          _("Could not load the departments. Close the window and try again."),
                                          error);
      return;
    }

  keep_id = current_department_id (self);
  n = g_list_model_get_n_items (departments);
  names = g_ptr_array_new_with_free_func (g_free);

  g_array_set_size (self->department_ids, 0);
  g_array_append_val (self->department_ids, none_id);
  g_ptr_array_add (names, g_strdup (_("No department")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = ops_department_get_id (department);

      g_array_append_val (self->department_ids, id);
      g_ptr_array_add (names, g_strdup (ops_department_get_name (department)));
      if (id == keep_id)
        selected = i + 1;
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->department_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->department_model)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->department_row, selected);
  self->departments_loaded = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->department_row), TRUE);
  update_actions (OPS_EDITOR (self));
}

/* Save ------------------------------------------------------------------ */

static void
on_person_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsPersonEditor) self = user_data;
  g_autoptr(OpsPerson) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  saved = ops_store_save_person_finish (OPS_STORE (source), result, &error);
  /* On an error every field stays as typed: fix and save again. */
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  g_signal_emit (self, signals[SAVED], 0, saved);
  text = g_strdup_printf (_("Saved “%s”"), ops_person_get_name (saved));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autoptr(OpsPerson) person = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  person = build_person (self);
  ops_store_save_person_async (ops_context_get_store (ops_editor_get_context (editor)), person,
                               ops_editor_get_cancellable (editor), on_person_saved,
                               g_object_ref (self));
}

static void
on_name_activated (OpsPersonEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* Activate / deactivate ------------------------------------------------- */

static void
on_person_reread (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsPersonEditor) self = user_data;
  g_autoptr(OpsPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean active;

  person = ops_store_get_person_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  ops_editor_set_busy (OPS_EDITOR (self), FALSE);

  if (error != NULL)
    {
      /* The change was stored; only reading it back failed. */
      active = !ops_person_get_active (self->original);
      text = g_strdup_printf (active ? _("Activated “%s”") : _("Deactivated “%s”"),
                              ops_person_get_name (self->original));
      ops_editor_close_with_toast (OPS_EDITOR (self), text);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, person);
  text = g_strdup_printf (ops_person_get_active (person) ? _("Activated “%s”") : _("Deactivated “%s”"),
                          ops_person_get_name (person));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
on_active_set (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OpsPersonEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_store_set_person_active_finish (OPS_STORE (source), result, &error))
    {
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }

  /* Still busy: the write ends once the record is read back. */
  ops_store_get_person_async (OPS_STORE (source), ops_person_get_id (self->original),
                              ops_editor_get_cancellable (OPS_EDITOR (self)),
                              on_person_reread, g_object_ref (self));
}

static void
toggle_active_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (widget);
  OpsEditor *editor = OPS_EDITOR (widget);

  if (self->original == NULL || !ops_editor_begin_write (editor))
    return;

  ops_store_set_person_active_async (ops_context_get_store (ops_editor_get_context (editor)),
                                     ops_person_get_id (self->original),
                                     !ops_person_get_active (self->original),
                                     ops_editor_get_cancellable (editor),
                                     on_active_set, g_object_ref (self));
}

/* Delete ---------------------------------------------------------------- */

static void
on_person_deleted (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsPersonEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!ops_store_delete_person_finish (OPS_STORE (source), result, &error))
    {
      /* IN_USE says to deactivate instead. */
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }

  text = g_strdup_printf (_("Deleted “%s”"), ops_person_get_name (self->original));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
delete_confirmed (OpsEditor *editor)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (editor);

  if (!ops_editor_begin_write (editor))
    return;

  ops_store_delete_person_async (ops_context_get_store (ops_editor_get_context (editor)),
                                 ops_person_get_id (self->original),
                                 ops_editor_get_cancellable (editor),
                                 on_person_deleted, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (widget);
  g_autofree char *heading = NULL;

  if (self->original == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), ops_person_get_name (self->original));
  ops_editor_confirm_destructive (OPS_EDITOR (self), heading,
                                  _("The person is removed from the directory. This cannot be undone."),
                                  _("_Delete"), delete_confirmed);
}

/* Construction ---------------------------------------------------------- */

static void
add_role_rows (OpsPersonEditor *self)
{
  for (guint i = 0; i < OPS_N_ROLES; i++)
    {
      OpsRole role = ops_role_nth (i);
      g_autofree char *name = g_strdup_printf ("role-%s", ops_role_to_id (role));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_name (check, name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, ops_role_to_label (role),
                                      -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_field_changed), self,
                               G_CONNECT_SWAPPED);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_role_to_label (role));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->roles_group, row);

      self->role_checks[i] = GTK_CHECK_BUTTON (check);
    }
}

static void
ops_person_editor_constructed (GObject *object)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (object);
  OpsEditor *editor = OPS_EDITOR (object);
  OpsPerson *person = self->original;
  OpsRole roles = person != NULL ? ops_person_get_roles (person) : OPS_ROLE_STAFF;
  const char *department_name = NULL;

  G_OBJECT_CLASS (ops_person_editor_parent_class)->constructed (object);

  gtk_window_set_title (GTK_WINDOW (self), person != NULL ? _("Edit Person") : _("New Person"));

  if (person != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), ops_person_get_name (person));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), ops_person_get_title (person));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), ops_person_get_email (person));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), ops_person_get_phone (person));
      gtk_switch_set_active (self->active_switch, ops_person_get_active (person));
      department_name = ops_person_get_department_name (person);
      gtk_widget_set_visible (self->status_group, TRUE);
      gtk_widget_set_visible (self->record_actions, TRUE);
    }

  for (guint i = 0; i < OPS_N_ROLES; i++)
    gtk_check_button_set_active (self->role_checks[i], (roles & ops_role_nth (i)) != 0);

  /* Until the departments arrive the combo shows the person's own one. */
  gtk_string_list_append (self->department_model,
                          department_name != NULL && *department_name != '\0'
                          ? department_name : _("No department"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->department_row), FALSE);

  ops_editor_remember_state (editor);
  update_actions (editor);

  ops_store_list_departments_async (ops_context_get_store (ops_editor_get_context (editor)),
                                    &(OpsDepartmentFilter) { NULL }, OPS_RANGE_ALL,
                                    ops_editor_get_cancellable (editor), on_departments_listed,
                                    g_object_ref (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ops_person_editor_dispose (GObject *object)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (ops_person_editor_parent_class)->dispose (object);
}

static void
ops_person_editor_finalize (GObject *object)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (object);

  g_clear_object (&self->original);
  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (ops_person_editor_parent_class)->finalize (object);
}

static void
ops_person_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->original);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_person_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OpsPersonEditor *self = OPS_PERSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      {
        OpsPerson *person = g_value_get_object (value);

        /* A copy: the list's record never changes under the table. */
        self->original = person != NULL ? ops_person_copy (person) : NULL;
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_person_editor_class_init (OpsPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_person_editor_constructed;
  object_class->dispose = ops_person_editor_dispose;
  object_class->finalize = ops_person_editor_finalize;
  object_class->get_property = ops_person_editor_get_property;
  object_class->set_property = ops_person_editor_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The changes to this person have not been saved."));

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         OPS_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsPersonEditor::saved:
   * @person: the person as the store saved it
   *
   * Emitted after the store confirmed a save or an activation change.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPS_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-person-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, department_model);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, roles_group);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, status_group);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, record_actions);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, active_button);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, OpsPersonEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.toggle-active", NULL, toggle_active_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_person_editor_init (OpsPersonEditor *self)
{
  gint64 none_id = 0;

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->department_ids, none_id);

  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
  add_role_rows (self);
}

GtkWidget *
ops_person_editor_new (OpsContext *context,
                       OpsPerson  *person)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (person == NULL || OPS_IS_PERSON (person), NULL);

  return g_object_new (OPS_TYPE_PERSON_EDITOR,
                       "context", context,
                       "person", person,
                       NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-resolution-dialog.c: the modal window that adds or edits one draft
 * resolution (conclusion, owner, deadline). The store validates and saves;
 * on a refusal the message shows inline and every field keeps what was
 * typed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-resolution-dialog.h"

struct _OpsResolutionDialog
{
  OpsEditor       parent_instance;

  OpsResolution  *original;          /* NULL for a new resolution */
  gint64          meeting_id;

  /* Template children */
  GtkLabel       *error_label;
  AdwEntryRow    *conclusion_row;
  AdwComboRow    *owner_row;
  GtkStringList  *owner_model;
  AdwEntryRow    *due_row;
  GtkMenuButton  *calendar_button;
  GtkCalendar    *calendar;

  GArray         *owner_ids;         /* gint64 per combo position */
  gboolean        people_loaded;
};

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_RESOLUTION,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsResolutionDialog, ops_resolution_dialog, OPS_TYPE_EDITOR)

static gint64
current_owner_id (OpsResolutionDialog *self)
{
  guint position;

  if (!self->people_loaded)
    return self->original != NULL ? ops_resolution_get_owner_id (self->original) : 0;

  position = adw_combo_row_get_selected (self->owner_row);
  if (position == GTK_INVALID_LIST_POSITION || position >= self->owner_ids->len)
    return 0;

  return g_array_index (self->owner_ids, gint64, position);
}

static char *
dup_state (OpsEditor *editor)
{
  OpsResolutionDialog *self = OPS_RESOLUTION_DIALOG (editor);

  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%s",
                          gtk_editable_get_text (GTK_EDITABLE (self->conclusion_row)),
                          current_owner_id (self),
                          gtk_editable_get_text (GTK_EDITABLE (self->due_row)));
}

static void
update_actions (OpsEditor *editor)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (editor), "editor.save", !ops_editor_get_busy (editor));
}

static void
on_field_changed (OpsResolutionDialog *self)
{
  update_actions (OPS_EDITOR (self));
}

static void
on_day_selected (OpsResolutionDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->due_row), text);
  gtk_menu_button_popdown (self->calendar_button);
}

/* Owners ------------------------------------------------------------------ */

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsResolutionDialog) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gint64 keep_id;
  guint selected = 0;
  gint64 none_id = 0;
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

  keep_id = current_owner_id (self);
  n = g_list_model_get_n_items (people);
  names = g_ptr_array_new_with_free_func (g_free);

  g_array_set_size (self->owner_ids, 0);
  g_array_append_val (self->owner_ids, none_id);
  g_ptr_array_add (names, g_strdup (_("Not chosen yet")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
      gint64 id = ops_person_get_id (person);
      const char *department = ops_person_get_department_name (person);

      g_array_append_val (self->owner_ids, id);
      if (department != NULL && *department != '\0')
        g_ptr_array_add (names, g_strdup_printf ("%s · %s", ops_person_get_name (person), department));
      else
        g_ptr_array_add (names, g_strdup (ops_person_get_name (person)));
      if (id == keep_id)
        selected = i + 1;
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->owner_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->owner_model)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->owner_row, selected);
  self->people_loaded = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_row), TRUE);
  update_actions (OPS_EDITOR (self));
}

/* Save ------------------------------------------------------------------ */

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(OpsResolutionDialog) self = user_data;
  g_autoptr(OpsResolution) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = ops_store_save_resolution_finish (OPS_STORE (source), result, &error);
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  g_signal_emit (self, signals[SAVED], 0, saved);
  ops_editor_close_with_toast (OPS_EDITOR (self), _("Resolution saved"));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsResolutionDialog *self = OPS_RESOLUTION_DIALOG (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autoptr(OpsResolution) resolution = NULL;
  g_autofree char *conclusion = NULL;
  g_autofree char *due = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  resolution = self->original != NULL ? ops_resolution_copy (self->original) : ops_resolution_new ();
  conclusion = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->conclusion_row)));
  due = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->due_row)));
  ops_resolution_set_meeting_id (resolution, self->meeting_id);
  ops_resolution_set_conclusion (resolution, conclusion != NULL && *conclusion != '\0' ? conclusion : NULL);
  ops_resolution_set_owner_id (resolution, current_owner_id (self));
  ops_resolution_set_due_date (resolution, due != NULL && *due != '\0' ? due : NULL);

  ops_store_save_resolution_async (ops_context_get_store (ops_editor_get_context (editor)),
                                   resolution, self->meeting_id,
                                   ops_editor_get_cancellable (editor), on_saved, g_object_ref (self));
}

/* Construction ---------------------------------------------------------- */

static void
ops_resolution_dialog_constructed (GObject *object)
{
  OpsResolutionDialog *self = OPS_RESOLUTION_DIALOG (object);
  OpsEditor *editor = OPS_EDITOR (object);
  OpsResolution *resolution = self->original;
  const char *owner_name = NULL;
  OpsPersonFilter filter = { 0 };

  G_OBJECT_CLASS (ops_resolution_dialog_parent_class)->constructed (object);

  gtk_window_set_title (GTK_WINDOW (self), resolution != NULL ? _("Edit Resolution") : _("New Resolution"));

  if (resolution != NULL)
    {
      const char *conclusion = ops_resolution_get_conclusion (resolution);
      const char *due = ops_resolution_get_due_date (resolution);

      gtk_editable_set_text (GTK_EDITABLE (self->conclusion_row), conclusion != NULL ? conclusion : "");
      gtk_editable_set_text (GTK_EDITABLE (self->due_row), due != NULL ? due : "");
      owner_name = ops_resolution_get_owner_name (resolution);
    }

  /* Until the people arrive the combo shows the owner chosen before. */
  gtk_string_list_append (self->owner_model,
                          owner_name != NULL && *owner_name != '\0' ? owner_name : _("Not chosen yet"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_row), FALSE);

  ops_editor_remember_state (editor);
  update_actions (editor);

  ops_store_list_people_async (ops_context_get_store (ops_editor_get_context (editor)),
                               &filter, OPS_RANGE_ALL,
                               ops_editor_get_cancellable (editor), on_people_listed,
                               g_object_ref (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->conclusion_row));
}

static void
ops_resolution_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_RESOLUTION_DIALOG);

  G_OBJECT_CLASS (ops_resolution_dialog_parent_class)->dispose (object);
}

static void
ops_resolution_dialog_finalize (GObject *object)
{
  OpsResolutionDialog *self = OPS_RESOLUTION_DIALOG (object);

  g_clear_object (&self->original);
  g_clear_pointer (&self->owner_ids, g_array_unref);

  G_OBJECT_CLASS (ops_resolution_dialog_parent_class)->finalize (object);
}

static void
ops_resolution_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OpsResolutionDialog *self = OPS_RESOLUTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_RESOLUTION:
      g_value_set_object (value, self->original);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_resolution_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OpsResolutionDialog *self = OPS_RESOLUTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;

    case PROP_RESOLUTION:
      {
        OpsResolution *resolution = g_value_get_object (value);

        self->original = resolution != NULL ? ops_resolution_copy (resolution) : NULL;
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_resolution_dialog_class_init (OpsResolutionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_resolution_dialog_constructed;
  object_class->dispose = ops_resolution_dialog_dispose;
  object_class->finalize = ops_resolution_dialog_finalize;
  object_class->get_property = ops_resolution_dialog_get_property;
  object_class->set_property = ops_resolution_dialog_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The changes to this resolution have not been saved."));

  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RESOLUTION] =
    g_param_spec_object ("resolution", NULL, NULL,
                         OPS_TYPE_RESOLUTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsResolutionDialog::saved:
   * @resolution: the resolution as the store saved it
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPS_TYPE_RESOLUTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-resolution-dialog.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsResolutionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsResolutionDialog, conclusion_row);
  gtk_widget_class_bind_template_child (widget_class, OpsResolutionDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, OpsResolutionDialog, owner_model);
  gtk_widget_class_bind_template_child (widget_class, OpsResolutionDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, OpsResolutionDialog, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, OpsResolutionDialog, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_resolution_dialog_init (OpsResolutionDialog *self)
{
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
}

GtkWidget *
ops_resolution_dialog_new (OpsContext    *context,
                           gint64         meeting_id,
                           OpsResolution *resolution)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (resolution == NULL || OPS_IS_RESOLUTION (resolution), NULL);

  return g_object_new (OPS_TYPE_RESOLUTION_DIALOG,
                       "context", context,
                       "meeting-id", meeting_id,
                       "resolution", resolution,
                       NULL);
}

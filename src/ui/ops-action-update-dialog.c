/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-action-update-dialog.c: the modal window that updates one action item
 * and lists its revision history. The store decides what is allowed (an
 * overdue item needs a reason and a new date later than today; only the
 * owner, the host or the note-taker may update); its refusal is shown inline
 * and the fields keep what was typed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-compat.h"
#include "ui/ops-action-update-dialog.h"

struct _OpsActionUpdateDialog
{
  OpsEditor       parent_instance;

  OpsActionItem  *item;

  /* Template children */
  GtkLabel       *content_label;
  GtkLabel       *info_label;
  GtkLabel       *overdue_label;
  GtkLabel       *error_label;
  AdwComboRow    *status_row;
  GtkStringList  *status_model;
  AdwEntryRow    *due_row;
  GtkMenuButton  *calendar_button;
  GtkCalendar    *calendar;
  AdwEntryRow    *reason_row;
  AdwEntryRow    *note_row;
  GtkListBox     *history_list;
};

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The status row's choices, in this order. */
static const OpsActionStatus status_choices[] = {
  OPS_ACTION_OPEN,
  OPS_ACTION_IN_PROGRESS,
  OPS_ACTION_DONE,
  OPS_ACTION_CANCELLED,
};

G_DEFINE_FINAL_TYPE (OpsActionUpdateDialog, ops_action_update_dialog, OPS_TYPE_EDITOR)

static OpsActionStatus
current_status (OpsActionUpdateDialog *self)
{
  guint position = adw_combo_row_get_selected (self->status_row);

  if (position >= G_N_ELEMENTS (status_choices))
    return ops_action_item_get_status (self->item);
  return status_choices[position];
}

static char *
dup_state (OpsEditor *editor)
{
  OpsActionUpdateDialog *self = OPS_ACTION_UPDATE_DIALOG (editor);

  return g_strdup_printf ("%d\x1f%s\x1f%s\x1f%s",
                          (int) current_status (self),
                          gtk_editable_get_text (GTK_EDITABLE (self->due_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->reason_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
}

static void
update_actions (OpsEditor *editor)
{
  /* Always offered: the store says what is missing, in words. */
  gtk_widget_action_set_enabled (GTK_WIDGET (editor), "editor.save", !ops_editor_get_busy (editor));
}

static void
on_field_changed (OpsActionUpdateDialog *self)
{
  update_actions (OPS_EDITOR (self));
}

static void
on_day_selected (OpsActionUpdateDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->due_row), text);
  gtk_menu_button_popdown (self->calendar_button);
}

/* History ----------------------------------------------------------------- */

static GtkWidget *
make_revision_row (OpsActionRevision *revision,
                   guint              index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (ops_action_revision_get_at (revision));
  g_autofree char *time = g_date_time_format (at, "%Y-%m-%d %H:%M");
  g_autofree char *title = NULL;
  g_autofree char *name = g_strdup_printf ("action-revision-%u", index);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  OpsActionStatus old_status = ops_action_revision_get_old_status (revision);
  OpsActionStatus new_status = ops_action_revision_get_new_status (revision);
  const char *old_due = ops_action_revision_get_old_due_date (revision);
  const char *new_due = ops_action_revision_get_new_due_date (revision);
  const char *reason = ops_action_revision_get_reason (revision);
  const char *note = ops_action_revision_get_note (revision);

  gtk_widget_set_name (row, name);
  /* Translators: "2023-09-06 10:00 · 王小明" */
  title = g_strdup_printf (_("%s · %s"), time, ops_action_revision_get_by_name (revision));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (old_status != new_status)
    g_string_append_printf (subtitle, _("Status %s → %s"),
                            ops_action_status_to_label (old_status), ops_action_status_to_label (new_status));
  else
    g_string_append_printf (subtitle, _("Status %s"), ops_action_status_to_label (new_status));

  if (g_strcmp0 (old_due, new_due) != 0 && new_due != NULL && *new_due != '\0')
    {
      g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Due %s → %s"), old_due != NULL ? old_due : "—", new_due);
    }
  if (reason != NULL && *reason != '\0')
    {
      g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Reason: %s"), reason);
    }
  if (note != NULL && *note != '\0')
    {
      g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Note: %s"), note);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
on_revisions_listed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OpsActionUpdateDialog) self = user_data;
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  revisions = ops_store_list_action_revisions_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  ops_compat_list_box_remove_all (self->history_list);

  if (error != NULL)
    {
      ops_editor_show_error_with_heading (OPS_EDITOR (self), _("Could not load the revision history"), error);
      return;
    }

  n = g_list_model_get_n_items (revisions);
  /* Newest first: the last change is what a reader looks for. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(OpsActionRevision) revision = g_list_model_get_item (revisions, i - 1);

      gtk_list_box_append (self->history_list, make_revision_row (revision, i - 1));
    }

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No updates yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->history_list, row);
    }
}

static void
load_history (OpsActionUpdateDialog *self)
{
  OpsEditor *editor = OPS_EDITOR (self);

  ops_store_list_action_revisions_async (ops_context_get_store (ops_editor_get_context (editor)),
                                         ops_action_item_get_id (self->item),
                                         ops_editor_get_cancellable (editor),
                                         on_revisions_listed, g_object_ref (self));
}

/* Save ------------------------------------------------------------------ */

static void
on_updated (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OpsActionUpdateDialog) self = user_data;
  g_autoptr(OpsActionItem) updated = NULL;
  g_autoptr(GError) error = NULL;

  updated = ops_store_update_action_item_finish (OPS_STORE (source), result, &error);
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  g_signal_emit (self, signals[SAVED], 0, updated);
  ops_editor_close_with_toast (OPS_EDITOR (self), _("Action item updated"));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsActionUpdateDialog *self = OPS_ACTION_UPDATE_DIALOG (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autofree char *due = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *note = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  due = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->due_row)));
  reason = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row)));
  note = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  ops_store_update_action_item_async (ops_context_get_store (ops_editor_get_context (editor)),
                                      ops_action_item_get_id (self->item),
                                      current_status (self),
                                      due != NULL && *due != '\0' ? due : NULL,
                                      reason != NULL && *reason != '\0' ? reason : NULL,
                                      note != NULL && *note != '\0' ? note : NULL,
                                      ops_editor_get_cancellable (editor), on_updated,
                                      g_object_ref (self));
}

/* Construction ---------------------------------------------------------- */

static void
ops_action_update_dialog_constructed (GObject *object)
{
  OpsActionUpdateDialog *self = OPS_ACTION_UPDATE_DIALOG (object);
  OpsEditor *editor = OPS_EDITOR (object);
  OpsActionItem *item = self->item;
  g_autofree char *info = NULL;
  const char *topic = ops_action_item_get_meeting_topic (item);

  G_OBJECT_CLASS (ops_action_update_dialog_parent_class)->constructed (object);

  gtk_label_set_text (self->content_label, ops_action_item_get_content (item));
  if (ops_action_item_is_revised (item))
    /* Translators: "Owner 王小明 · Meeting Q3销售目标分解 · due 2023-09-12 (first 2023-09-05)" */
    info = g_strdup_printf (_("Owner %s · Meeting %s · due %s (first %s)"),
                            ops_action_item_get_owner_name (item),
                            topic != NULL && *topic != '\0' ? topic : _("deleted"),
                            ops_action_item_get_due_date (item),
                            ops_action_item_get_original_due_date (item));
  else
    info = g_strdup_printf (_("Owner %s · Meeting %s · due %s"),
                            ops_action_item_get_owner_name (item),
                            topic != NULL && *topic != '\0' ? topic : _("deleted"),
                            ops_action_item_get_due_date (item));
  gtk_label_set_text (self->info_label, info);

  if (ops_action_item_get_overdue (item))
    {
      g_autofree char *text =
        g_strdup_printf (_("This item is overdue: it was due on %s. Give the reason and a new due date "
                           "later than today — both are required for any update."),
                         ops_action_item_get_due_date (item));
      gtk_label_set_text (self->overdue_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Reason (required)"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row),
                                     _("New due date, YYYY-MM-DD (required)"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (status_choices); i++)
    {
      gtk_string_list_append (self->status_model, ops_action_status_to_label (status_choices[i]));
      if (status_choices[i] == ops_action_item_get_status (item))
        adw_combo_row_set_selected (self->status_row, i);
    }

  ops_editor_remember_state (editor);
  update_actions (editor);
  load_history (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->status_row));
}

static void
ops_action_update_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_ACTION_UPDATE_DIALOG);

  G_OBJECT_CLASS (ops_action_update_dialog_parent_class)->dispose (object);
}

static void
ops_action_update_dialog_finalize (GObject *object)
{
  OpsActionUpdateDialog *self = OPS_ACTION_UPDATE_DIALOG (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (ops_action_update_dialog_parent_class)->finalize (object);
}

static void
ops_action_update_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  OpsActionUpdateDialog *self = OPS_ACTION_UPDATE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_action_update_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  OpsActionUpdateDialog *self = OPS_ACTION_UPDATE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      /* A copy: the table's record never changes under it. */
      self->item = ops_action_item_copy (g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_action_update_dialog_class_init (OpsActionUpdateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_action_update_dialog_constructed;
  object_class->dispose = ops_action_update_dialog_dispose;
  object_class->finalize = ops_action_update_dialog_finalize;
  object_class->get_property = ops_action_update_dialog_get_property;
  object_class->set_property = ops_action_update_dialog_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The update of this action item has not been recorded."));

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         OPS_TYPE_ACTION_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsActionUpdateDialog::saved:
   * @item: the action item as the store updated it
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPS_TYPE_ACTION_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-action-update-dialog.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, content_label);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, info_label);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, status_model);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, OpsActionUpdateDialog, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_action_update_dialog_init (OpsActionUpdateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
}

GtkWidget *
ops_action_update_dialog_new (OpsContext    *context,
                              OpsActionItem *item)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OPS_IS_ACTION_ITEM (item), NULL);

  return g_object_new (OPS_TYPE_ACTION_UPDATE_DIALOG,
                       "context", context,
                       "item", item,
                       NULL);
}

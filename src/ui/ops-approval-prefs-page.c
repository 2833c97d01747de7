/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-prefs-page.c: Preferences → Approvals. Lists the document
 * types with their chains (one row each: the chain as the approval form
 * shows it, the deadlines, the archive prefix), opens OpsChainEditor to add a
 * type or edit a chain, deletes unused user-defined types after asking, and
 * lists, adds (OpsSubstituteEditor) and removes substitutes. The store decides
 * who may do what; its refusals show in the group's error line.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-compat.h"
#include "ui/ops-approval-prefs-page.h"
#include "ui/ops-chain-editor.h"
#include "ui/ops-editor.h"
#include "ui/ops-page.h"
#include "ui/ops-substitute-editor.h"

struct _OpsApprovalPrefsPage
{
  AdwPreferencesPage parent_instance;

  OpsContext     *context;

  /* Template children */
  GtkLabel       *types_error_label;
  GtkListBox     *types_list;
  GtkLabel       *substitutes_error_label;
  GtkListBox     *substitutes_list;

  GCancellable   *types_cancellable;
  GCancellable   *substitutes_cancellable;
  GCancellable   *cancellable;        /* writes */
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsApprovalPrefsPage, ops_approval_prefs_page, ADW_TYPE_PREFERENCES_PAGE)

static OpsStore *
get_store (OpsApprovalPrefsPage *self)
{
  return ops_context_get_store (self->context);
}

static void
show_toast (OpsApprovalPrefsPage *self,
            const char           *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (text));
  else
    g_message ("%s", text);
}

/* An icon-only button with its tooltip and accessible name. */
static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *tooltip,
                    const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_name (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  return button;
}

static GtkWidget *
create_placeholder (const char *text)
{
  GtkWidget *placeholder = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  return placeholder;
}

/* Document types -------------------------------------------------------- */

static void
on_chain_saved (OpsChainEditor       *editor,
                OpsApprovalType      *type,
                OpsApprovalPrefsPage *self)
{
  g_autofree char *text = g_strdup_printf (_("Saved the approval chain of “%s”"),
                                           ops_approval_type_get_name (type));

  ops_error_label_clear (self->types_error_label);
  show_toast (self, text);
}

static void
open_chain_editor (OpsApprovalPrefsPage *self,
                   OpsApprovalType      *type)
{
  GtkWidget *editor;

  if (self->context == NULL)
    return;

  editor = ops_chain_editor_new (self->context, type);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_chain_saved), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (editor), ops_widget_get_window (GTK_WIDGET (self)));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_type_row_activated (OpsApprovalPrefsPage *self,
                       GtkListBoxRow        *row)
{
  OpsApprovalType *type = g_object_get_data (G_OBJECT (row), "ops-type");

  if (type != NULL)
    open_chain_editor (self, type);
}

static void
on_edit_type_clicked (GtkButton            *button,
                      OpsApprovalPrefsPage *self)
{
  open_chain_editor (self, g_object_get_data (G_OBJECT (button), "ops-type"));
}

static void
on_type_deleted (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApprovalPrefsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_store_delete_approval_type_finish (OPS_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      ops_error_label_show (self->types_error_label, _("Could not delete the document type."), error);
      return;
    }

  /* The store's ::changed reloads the list. */
  show_toast (self, _("Document type deleted"));
}

static void
on_delete_type_response (AdwMessageDialog     *dialog,
                         const char           *response,
                         OpsApprovalPrefsPage *self)
{
  OpsApprovalType *type = g_object_get_data (G_OBJECT (dialog), "ops-type");

  if (g_strcmp0 (response, "delete") != 0 || type == NULL)
    return;

  ops_error_label_clear (self->types_error_label);
  ops_store_delete_approval_type_async (get_store (self), ops_approval_type_get_id (type),
                                        self->cancellable, on_type_deleted, g_object_ref (self));
}

static void
on_delete_type_clicked (GtkButton            *button,
                        OpsApprovalPrefsPage *self)
{
  OpsApprovalType *type = g_object_get_data (G_OBJECT (button), "ops-type");
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (type == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), ops_approval_type_get_name (type));
  dialog = GTK_WIDGET (ops_confirm_destructive_new (GTK_WIDGET (self), heading,
                                                    _("A document type can be deleted only while no request uses it. Its chain is deleted with it."),
                                                    "delete", _("_Delete")));
  gtk_widget_set_name (dialog, "approval-type-delete-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "ops-type", g_object_ref (type), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_type_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "1 / 2 / 3": the deadlines of the levels in order. */
static char *
dup_deadlines (OpsApprovalType *type)
{
  guint n = ops_approval_type_get_n_levels (type);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, " / ");
      g_string_append_printf (text, "%d",
                              ops_approval_level_get_deadline_days (ops_approval_type_get_level (type, i)));
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
create_type_row (OpsApprovalPrefsPage *self,
                 OpsApprovalType      *type)
{
  const char *code = ops_approval_type_get_code (type);
  const char *name = ops_approval_type_get_name (type);
  g_autofree char *chain = ops_approval_type_dup_chain_label (type);
  g_autofree char *deadlines = dup_deadlines (type);
  g_autofree char *subtitle = NULL;
  g_autofree char *row_name = g_strdup_printf ("approval-type-%s", code);
  g_autofree char *edit_name = g_strdup_printf ("approval-type-edit-%s", code);
  g_autofree char *edit_label = g_strdup_printf (_("Edit the approval chain of %s"), name);
  GtkWidget *row;
  GtkWidget *button;

  /* Translators: a document type in Preferences: the chain as on the form,
   * the deadline of each level, and the archive number's form, e.g.
   * "部门负责人-分管领导-总经理 · working days: 1 / 2 / 3 · POLICY-YYYY-NNN". */
  subtitle = g_strdup_printf (_("%s · working days: %s · %s-YYYY-NNN"),
                              chain, deadlines, ops_approval_type_get_prefix (type));

  row = adw_action_row_new ();
  gtk_widget_set_name (row, row_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "ops-type", g_object_ref (type), g_object_unref);

  if (!ops_approval_type_get_builtin (type))
    {
      g_autofree char *delete_name = g_strdup_printf ("approval-type-delete-%s", code);
      g_autofree char *delete_label = NULL;

      if (ops_approval_type_get_in_use (type))
        delete_label = g_strdup_printf (_("%s is used by requests and cannot be deleted"), name);
      else
        delete_label = g_strdup_printf (_("Delete %s"), name);

      button = create_icon_button ("user-trash-symbolic", delete_label, delete_name);
      gtk_widget_set_sensitive (button, !ops_approval_type_get_in_use (type));
      g_object_set_data_full (G_OBJECT (button), "ops-type", g_object_ref (type), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_delete_type_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  button = create_icon_button ("document-edit-symbolic", edit_label, edit_name);
  g_object_set_data_full (G_OBJECT (button), "ops-type", g_object_ref (type), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_edit_type_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
on_types_listed (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApprovalPrefsPage) self = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  types = ops_store_list_approval_types_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      ops_error_label_show (self->types_error_label,
                            _("Could not load the document types. Close Preferences and open them again."),
                            error);
      return;
    }

  ops_compat_list_box_remove_all (self->types_list);
  n = g_list_model_get_n_items (types);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalType) type = g_list_model_get_item (types, i);

      gtk_list_box_append (self->types_list, create_type_row (self, type));
    }
}

static void
add_type_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_chain_editor (OPS_APPROVAL_PREFS_PAGE (widget), NULL);
}

/* Substitutes ----------------------------------------------------------- */

static void
on_substitute_saved (OpsSubstituteEditor  *editor,
                     OpsSubstitute        *substitute,
                     OpsApprovalPrefsPage *self)
{
  /* Translators: a toast: "张伟 substitutes for 刘洋 from 2026-11-26 to 2026-12-02". */
  g_autofree char *text = g_strdup_printf (_("%s substitutes for %s from %s to %s"),
                                           ops_substitute_get_substitute_name (substitute),
                                           ops_substitute_get_person_name (substitute),
                                           ops_substitute_get_from_date (substitute),
                                           ops_substitute_get_to_date (substitute));

  ops_error_label_clear (self->substitutes_error_label);
  show_toast (self, text);
}

static void
add_substitute_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsApprovalPrefsPage *self = OPS_APPROVAL_PREFS_PAGE (widget);
  GtkWidget *editor;

  if (self->context == NULL)
    return;

  editor = ops_substitute_editor_new (self->context);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_substitute_saved), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (editor), ops_widget_get_window (GTK_WIDGET (self)));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_substitute_removed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsApprovalPrefsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_store_remove_substitute_finish (OPS_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      ops_error_label_show (self->substitutes_error_label, _("Could not remove the substitute."), error);
      return;
    }

  show_toast (self, _("Substitute removed"));
}

static void
on_remove_substitute_clicked (GtkButton            *button,
                              OpsApprovalPrefsPage *self)
{
  OpsSubstitute *substitute = g_object_get_data (G_OBJECT (button), "ops-substitute");

  ops_error_label_clear (self->substitutes_error_label);
  ops_store_remove_substitute_async (get_store (self), ops_substitute_get_id (substitute),
                                     self->cancellable, on_substitute_removed, g_object_ref (self));
}

static GtkWidget *
create_substitute_row (OpsApprovalPrefsPage *self,
                       OpsSubstitute        *substitute,
                       const char           *today)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = NULL;
  g_autofree char *row_name = g_strdup_printf ("substitute-%" G_GINT64_FORMAT, ops_substitute_get_id (substitute));
  g_autofree char *remove_name = g_strdup_printf ("substitute-remove-%" G_GINT64_FORMAT,
                                                  ops_substitute_get_id (substitute));
  GtkWidget *row;
  GtkWidget *button;

  /* Translators: a substitute: "张伟 for 刘洋" (as the audit trail reads). */
  title = g_strdup_printf (_("%s for %s"), ops_substitute_get_substitute_name (substitute),
                           ops_substitute_get_person_name (substitute));
  if (ops_substitute_covers_date (substitute, today))
    /* Translators: the dates of a substitute that applies today. */
    subtitle = g_strdup_printf (_("%s to %s · in effect today"), ops_substitute_get_from_date (substitute),
                                ops_substitute_get_to_date (substitute));
  else
    /* Translators: the dates of a substitute: "2026-11-26 to 2026-12-02". */
    subtitle = g_strdup_printf (_("%s to %s"), ops_substitute_get_from_date (substitute),
                                ops_substitute_get_to_date (substitute));
  /* Translators: the remove button of a substitute: "Remove 张伟 for 刘洋". */
  remove_label = g_strdup_printf (_("Remove %s"), title);

  row = adw_action_row_new ();
  gtk_widget_set_name (row, row_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  button = create_icon_button ("user-trash-symbolic", remove_label, remove_name);
  g_object_set_data_full (G_OBJECT (button), "ops-substitute", g_object_ref (substitute), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_substitute_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
on_substitutes_listed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsApprovalPrefsPage) self = user_data;
  g_autoptr(GListModel) substitutes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  guint n;

  substitutes = ops_store_list_substitutes_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      ops_error_label_show (self->substitutes_error_label,
                            _("Could not load the substitutes. Close Preferences and open them again."),
                            error);
      return;
    }

  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");

  ops_compat_list_box_remove_all (self->substitutes_list);
  n = g_list_model_get_n_items (substitutes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsSubstitute) substitute = g_list_model_get_item (substitutes, i);

      gtk_list_box_append (self->substitutes_list, create_substitute_row (self, substitute, today));
    }
}

/* Loading --------------------------------------------------------------- */

static void
load (OpsApprovalPrefsPage *self)
{
  OpsStore *store = get_store (self);

  g_cancellable_cancel (self->types_cancellable);
  g_clear_object (&self->types_cancellable);
  self->types_cancellable = g_cancellable_new ();
  ops_store_list_approval_types_async (store, self->types_cancellable,
                                       on_types_listed, g_object_ref (self));

  g_cancellable_cancel (self->substitutes_cancellable);
  g_clear_object (&self->substitutes_cancellable);
  self->substitutes_cancellable = g_cancellable_new ();
  ops_store_list_substitutes_async (store, 0, self->substitutes_cancellable,
                                    on_substitutes_listed, g_object_ref (self));
}

static void
on_store_changed (OpsApprovalPrefsPage *self,
                  const char           *what,
                  OpsStore             *store)
{
  /* Names of people show in both lists. */
  if (g_strcmp0 (what, "approvals") == 0 || g_strcmp0 (what, "people") == 0
      || g_strcmp0 (what, "*") == 0)
    load (self);
}

/**
 * ops_approval_prefs_page_set_context:
 * @context: the application's context
 *
 * Sets the context once and loads the types and substitutes.
 */
void
ops_approval_prefs_page_set_context (OpsApprovalPrefsPage *self,
                                     OpsContext           *context)
{
  g_return_if_fail (OPS_IS_APPROVAL_PREFS_PAGE (self));
  g_return_if_fail (OPS_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.add-type", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.add-substitute", TRUE);
  load (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * ops_approval_prefs_page_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
OpsContext *
ops_approval_prefs_page_get_context (OpsApprovalPrefsPage *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_PREFS_PAGE (self), NULL);

  return self->context;
}

/* Construction ---------------------------------------------------------- */

static void
ops_approval_prefs_page_dispose (GObject *object)
{
  OpsApprovalPrefsPage *self = OPS_APPROVAL_PREFS_PAGE (object);

  g_cancellable_cancel (self->types_cancellable);
  g_cancellable_cancel (self->substitutes_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->types_cancellable);
  g_clear_object (&self->substitutes_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_APPROVAL_PREFS_PAGE);

  G_OBJECT_CLASS (ops_approval_prefs_page_parent_class)->dispose (object);
}

static void
ops_approval_prefs_page_finalize (GObject *object)
{
  OpsApprovalPrefsPage *self = OPS_APPROVAL_PREFS_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ops_approval_prefs_page_parent_class)->finalize (object);
}

static void
ops_approval_prefs_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OpsApprovalPrefsPage *self = OPS_APPROVAL_PREFS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_prefs_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OpsApprovalPrefsPage *self = OPS_APPROVAL_PREFS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      if (g_value_get_object (value) != NULL)
        ops_approval_prefs_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_prefs_page_class_init (OpsApprovalPrefsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_approval_prefs_page_dispose;
  object_class->finalize = ops_approval_prefs_page_finalize;
  object_class->get_property = ops_approval_prefs_page_get_property;
  object_class->set_property = ops_approval_prefs_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         OPS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-approval-prefs-page.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsApprovalPrefsPage, types_error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalPrefsPage, types_list);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalPrefsPage, substitutes_error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalPrefsPage, substitutes_list);
  gtk_widget_class_bind_template_callback (widget_class, on_type_row_activated);

  gtk_widget_class_install_action (widget_class, "approvals.add-type", NULL, add_type_action);
  gtk_widget_class_install_action (widget_class, "approvals.add-substitute", NULL, add_substitute_action);
}

static void
ops_approval_prefs_page_init (OpsApprovalPrefsPage *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->types_list,
                                create_placeholder (_("Loading the document types…")));
  gtk_list_box_set_placeholder (self->substitutes_list,
                                create_placeholder (_("No substitutes. When an approver will be away, add the colleague who decides for them.")));

  /* Nothing to act on before the context is set. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.add-type", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.add-substitute", FALSE);
}

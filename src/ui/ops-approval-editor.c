/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-editor.c: the window that creates or edits an approval
 * request. A save is a chain of store calls: save the request, copy each
 * chosen file (on the store's worker), then submit when asked. On any error
 * the window stays with every field as typed; what was already stored is
 * remembered, so the next try continues instead of starting over.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-approval-editor.h"
#include "ui/ops-compat.h"

struct _OpsApprovalEditor
{
  OpsEditor           parent_instance;

  OpsApprovalRequest *original;        /* NULL until the request exists */

  /* Template children */
  GtkLabel           *error_label;
  AdwEntryRow        *name_row;
  AdwComboRow        *type_row;
  GtkStringList      *type_model;
  AdwEntryRow        *date_row;
  GtkSwitch          *major_switch;
  GtkTextView        *purpose_view;
  AdwActionRow       *document_row;
  GtkListBox         *files_list;
  GtkWidget          *submit_button;
  GtkWidget          *save_button;

  GArray             *type_ids;        /* gint64 per combo position */
  GPtrArray          *type_chains;     /* chain label per combo position */
  gboolean            types_loaded;
  GFile              *document;        /* final document to copy, or NULL */
  GPtrArray          *attachments;     /* GFile to copy as attachments */
  GArray             *remove_ids;      /* stored attachments to remove (gint64) */
  gboolean            submit;          /* the running save ends with a submit */
};

enum {
  PROP_0,
  PROP_REQUEST,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsApprovalEditor, ops_approval_editor, OPS_TYPE_EDITOR)

static void copy_next_file   (OpsApprovalEditor *self);
static void remove_next_file (OpsApprovalEditor *self);

/* Fields ---------------------------------------------------------------- */

static gint64
current_type_id (OpsApprovalEditor *self)
{
  guint position;

  if (!self->types_loaded)
    return self->original != NULL ? ops_approval_request_get_type_id (self->original) : 0;

  position = adw_combo_row_get_selected (self->type_row);
  if (position == GTK_INVALID_LIST_POSITION || position >= self->type_ids->len)
    return 0;
  return g_array_index (self->type_ids, gint64, position);
}

static char *
dup_purpose (OpsApprovalEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->purpose_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return ops_strip_dup (text);
}

static char *
dup_state (OpsEditor *editor)
{
  OpsApprovalEditor *self = OPS_APPROVAL_EDITOR (editor);
  g_autofree char *purpose = dup_purpose (self);

  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%s\x1f%d\x1f%s\x1f%s\x1f%u\x1f%u",
                          gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                          current_type_id (self),
                          gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                          gtk_switch_get_active (self->major_switch),
                          purpose != NULL ? purpose : "",
                          self->document != NULL ? g_file_peek_path (self->document) : "",
                          self->attachments->len,
                          self->remove_ids->len);
}

static OpsApprovalRequest *
build_request (OpsApprovalEditor *self)
{
  OpsApprovalRequest *request = self->original != NULL ? ops_approval_request_copy (self->original)
                                                       : ops_approval_request_new ();
  g_autofree char *name = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autofree char *date = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *purpose = dup_purpose (self);

  ops_approval_request_set_name (request, name);
  ops_approval_request_set_type_id (request, current_type_id (self));
  ops_approval_request_set_date (request, date);
  ops_approval_request_set_major (request, gtk_switch_get_active (self->major_switch));
  ops_approval_request_set_purpose (request, purpose);
  return request;
}

static void
update_actions (OpsEditor *editor)
{
  OpsApprovalEditor *self = OPS_APPROVAL_EDITOR (editor);
  gboolean busy = ops_editor_get_busy (editor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.submit", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.choose-document", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-attachment", !busy);
}

static void
on_field_changed (OpsApprovalEditor *self)
{
  guint position = adw_combo_row_get_selected (self->type_row);

  /* The chosen type's chain, under its name. */
  if (self->types_loaded && position < self->type_chains->len)
    {
      g_autofree char *subtitle = g_strdup_printf (_("Approval chain: %s"),
                                                   (const char *) g_ptr_array_index (self->type_chains, position));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->type_row), subtitle);
    }
  update_actions (OPS_EDITOR (self));
}

/* Files ----------------------------------------------------------------- */

static void rebuild_files (OpsApprovalEditor *self);

static void
on_remove_file_clicked (GtkButton         *button,
                        OpsApprovalEditor *self)
{
  GFile *file = g_object_get_data (G_OBJECT (button), "file");

  if (ops_editor_get_busy (OPS_EDITOR (self)))
    return;

  if (self->document == file)
    g_clear_object (&self->document);
  else
    g_ptr_array_remove (self->attachments, file);
  rebuild_files (self);
}

static gboolean
marked_for_removal (OpsApprovalEditor *self,
                    gint64             id)
{
  for (guint i = 0; i < self->remove_ids->len; i++)
    if (g_array_index (self->remove_ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
on_remove_stored_clicked (GtkButton         *button,
                          OpsApprovalEditor *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "attachment-id");

  if (ops_editor_get_busy (OPS_EDITOR (self)) || marked_for_removal (self, id))
    return;
  g_array_append_val (self->remove_ids, id);
  rebuild_files (self);
}

static GtkWidget *
file_row_new (OpsApprovalEditor *self,
              const char        *title,
              const char        *subtitle,
              GFile             *pending)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (pending != NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");
      g_autofree char *label = g_strdup_printf (_("Do not add “%s”"), title);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (button), "file", g_object_ref (pending), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_file_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

/* Stored files (read-only here), then the ones chosen since. */
static void
rebuild_files (OpsApprovalEditor *self)
{
  OpsApprovalAttachment *stored_document = NULL;
  guint shown = 0;

  ops_compat_list_box_remove_all (self->files_list);

  if (self->original != NULL)
    {
      GListModel *files = ops_approval_request_get_attachments (self->original);

      stored_document = ops_approval_request_get_document_file (self->original);
      for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(OpsApprovalAttachment) file = g_list_model_get_item (files, i);
          g_autofree char *subtitle = NULL;
          gint64 id = ops_approval_attachment_get_id (file);
          GtkWidget *row;

          if (ops_approval_attachment_get_final (file) || marked_for_removal (self, id))
            continue;
          /* TRANSLATORS: an attachment already stored: "<file name> · round 2" */
          subtitle = g_strdup_printf (_("%s · round %u"), ops_approval_attachment_get_original_name (file),
                                      ops_approval_attachment_get_round (file));
          row = file_row_new (self, ops_approval_attachment_get_title (file), subtitle, NULL);
          /* Files of a draft never sent can go again; once submitted they
           * stay as history (the store refuses it too). */
          if (ops_approval_request_get_state (self->original) == OPS_APPROVAL_STATE_DRAFT)
            {
              GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");
              g_autofree char *label = g_strdup_printf (_("Remove “%s” when you save"),
                                                        ops_approval_attachment_get_title (file));

              gtk_widget_set_name (button, "approval-editor-remove-stored");
              gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
              gtk_widget_add_css_class (button, "flat");
              gtk_widget_set_tooltip_text (button, label);
              gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
              g_object_set_data_full (G_OBJECT (button), "attachment-id", g_memdup2 (&id, sizeof id), g_free);
              g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_stored_clicked), self, 0);
              adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
            }
          gtk_list_box_append (self->files_list, row);
          shown++;
        }
    }

  for (guint i = 0; i < self->attachments->len; i++)
    {
      GFile *file = g_ptr_array_index (self->attachments, i);
      g_autofree char *name = g_file_get_basename (file);

      gtk_list_box_append (self->files_list,
                           file_row_new (self, name, _("Copied when you save"), file));
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->files_list), shown > 0);

  /* The final document row names what will be, or is, the document. */
  if (self->document != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->document);
      g_autofree char *subtitle = g_strdup_printf (_("%s (copied when you save)"), name);

      adw_action_row_set_subtitle (self->document_row, subtitle);
    }
  else if (stored_document != NULL)
    adw_action_row_set_subtitle (self->document_row, ops_approval_attachment_get_original_name (stored_document));
  else
    adw_action_row_set_subtitle (self->document_row, _("None chosen yet"));

  update_actions (OPS_EDITOR (self));
}

void
ops_approval_editor_add_file (OpsApprovalEditor *self,
                              GFile             *file,
                              gboolean           final)
{
  g_return_if_fail (OPS_IS_APPROVAL_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (final)
    g_set_object (&self->document, file);
  else
    g_ptr_array_add (self->attachments, g_object_ref (file));
  rebuild_files (self);
}

static void
on_file_chosen (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsApprovalEditor) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean final = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "choosing-final"));

  file = ops_compat_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ops_editor_show_error_with_heading (OPS_EDITOR (self), _("The file could not be chosen."), error);
      return;
    }
  ops_approval_editor_add_file (self, file, final);
}

static void
choose_file (OpsApprovalEditor *self,
             gboolean           final)
{
  g_object_set_data (G_OBJECT (self), "choosing-final", GINT_TO_POINTER (final));
  ops_compat_open_file_async (GTK_WINDOW (self),
                              final ? _("Choose the Final Document") : _("Choose an Attachment"),
                              NULL, NULL, NULL, ops_editor_get_cancellable (OPS_EDITOR (self)),
                              on_file_chosen, g_object_ref (self));
}

static void
choose_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  choose_file (OPS_APPROVAL_EDITOR (widget), TRUE);
}

static void
add_attachment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  choose_file (OPS_APPROVAL_EDITOR (widget), FALSE);
}

/* Types ----------------------------------------------------------------- */

static void
on_types_listed (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApprovalEditor) self = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gint64 keep_id;
  guint selected = 0;
  guint n;

  types = ops_store_list_approval_types_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_editor_show_error_with_heading (OPS_EDITOR (self),
                                          _("Could not load the document types. Close the window and try again."),
                                          error);
      return;
    }

  keep_id = current_type_id (self);
  n = g_list_model_get_n_items (types);
  g_array_set_size (self->type_ids, 0);
  g_ptr_array_set_size (self->type_chains, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalType) type = g_list_model_get_item (types, i);
      gint64 id = ops_approval_type_get_id (type);
      g_autofree char *chain = NULL;
      GListModel *levels = ops_approval_type_get_levels (type);
      guint n_levels = g_list_model_get_n_items (levels);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      for (guint j = 0; j < n_levels; j++)
        {
          g_autoptr(OpsApprovalLevel) level = g_list_model_get_item (levels, j);
          g_ptr_array_add (labels, (gpointer) ops_approval_level_get_label (level));
        }
      chain = ops_approval_chain_label ((const char * const *) labels->pdata, labels->len);

      g_array_append_val (self->type_ids, id);
      g_ptr_array_add (names, g_strdup (ops_approval_type_get_name (type)));
      g_ptr_array_add (self->type_chains, g_steal_pointer (&chain));
      if (id == keep_id)
        selected = i;
    }
  g_ptr_array_add (names, NULL);

  /* Remember the state as shown: the list arriving is no change. */
  gtk_string_list_splice (self->type_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->type_model)),
                          (const char * const *) names->pdata);
  self->types_loaded = TRUE;
  adw_combo_row_set_selected (self->type_row, selected);
  on_field_changed (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->type_row), TRUE);
  if (self->original == NULL || keep_id == 0)
    ops_editor_remember_state (OPS_EDITOR (self));
  update_actions (OPS_EDITOR (self));
}

/* Save ------------------------------------------------------------------ */

static void
finish_save (OpsApprovalEditor *self)
{
  OpsApprovalState state = ops_approval_request_get_state (self->original);
  g_autofree char *text = NULL;

  ops_editor_set_busy (OPS_EDITOR (self), FALSE);
  g_signal_emit (self, signals[SAVED], 0, self->original);
  if (state == OPS_APPROVAL_STATE_PENDING)
    text = g_strdup_printf (_("Submitted “%s” to %s"), ops_approval_request_get_name (self->original),
                            ops_approval_request_get_current_approver_name (self->original));
  else
    text = g_strdup_printf (_("Saved “%s”"), ops_approval_request_get_name (self->original));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
on_submitted (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpsApprovalEditor) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  request = ops_store_submit_approval_finish (OPS_STORE (source), result, &error);
  if (request == NULL)
    {
      /* Saved, not submitted: the message says what is missing. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      ops_editor_set_busy (OPS_EDITOR (self), FALSE);
      ops_editor_show_error_with_heading (OPS_EDITOR (self),
                                          _("The request is saved but was not submitted."),
                                          error);
      return;
    }

  g_set_object (&self->original, request);
  finish_save (self);
}

static void
submit_or_finish (OpsApprovalEditor *self)
{
  OpsEditor *editor = OPS_EDITOR (self);

  if (!self->submit)
    {
      finish_save (self);
      return;
    }

  ops_store_submit_approval_async (ops_context_get_store (ops_editor_get_context (editor)),
                                   ops_approval_request_get_id (self->original),
                                   ops_editor_get_cancellable (editor), on_submitted,
                                   g_object_ref (self));
}

static void
on_reread (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(OpsApprovalEditor) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  request = ops_store_get_approval_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* Only the list of files is refreshed from it; carry on either way. */
  if (request != NULL)
    g_set_object (&self->original, request);
  rebuild_files (self);
  submit_or_finish (self);
}

static void
on_file_copied (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsApprovalEditor) self = user_data;
  g_autoptr(OpsApprovalAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;

  attachment = ops_store_add_approval_file_finish (OPS_STORE (source), result, &error);
  if (attachment == NULL)
    {
      /* The files still listed are the ones not copied yet. */
      rebuild_files (self);
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }

  if (ops_approval_attachment_get_final (attachment))
    g_clear_object (&self->document);
  else if (self->attachments->len > 0)
    g_ptr_array_remove_index (self->attachments, 0);

  copy_next_file (self);
}

static void
on_file_removed (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApprovalEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_store_remove_approval_file_finish (OPS_STORE (source), result, &error))
    {
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }
  g_array_remove_index (self->remove_ids, 0);
  remove_next_file (self);
}

/* First the removals the person asked for, then the new files. */
static void
remove_next_file (OpsApprovalEditor *self)
{
  OpsEditor *editor = OPS_EDITOR (self);

  if (self->remove_ids->len == 0)
    {
      copy_next_file (self);
      return;
    }
  ops_store_remove_approval_file_async (ops_context_get_store (ops_editor_get_context (editor)),
                                        g_array_index (self->remove_ids, gint64, 0),
                                        ops_editor_get_cancellable (editor), on_file_removed,
                                        g_object_ref (self));
}

static void
copy_next_file (OpsApprovalEditor *self)
{
  OpsEditor *editor = OPS_EDITOR (self);
  OpsStore *store = ops_context_get_store (ops_editor_get_context (editor));
  gint64 id = ops_approval_request_get_id (self->original);

  if (self->document != NULL)
    {
      ops_store_add_approval_file_async (store, id, self->document, "", TRUE,
                                         ops_editor_get_cancellable (editor), on_file_copied,
                                         g_object_ref (self));
      return;
    }
  if (self->attachments->len > 0)
    {
      ops_store_add_approval_file_async (store, id, g_ptr_array_index (self->attachments, 0), "", FALSE,
                                         ops_editor_get_cancellable (editor), on_file_copied,
                                         g_object_ref (self));
      return;
    }

  /* Read it back with its files, then submit or close. */
  ops_store_get_approval_async (store, id, ops_editor_get_cancellable (editor), on_reread,
                                g_object_ref (self));
}

static void
on_request_saved (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsApprovalEditor) self = user_data;
  g_autoptr(OpsApprovalRequest) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = ops_store_save_approval_finish (OPS_STORE (source), result, &error);
  if (saved == NULL)
    {
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }

  /* From now on the request exists: a retry after a later error updates
   * it instead of creating another one. */
  g_set_object (&self->original, saved);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Approval Request"));
  remove_next_file (self);
}

static void
start_save (OpsApprovalEditor *self,
            gboolean           submit)
{
  OpsEditor *editor = OPS_EDITOR (self);
  g_autoptr(OpsApprovalRequest) request = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  self->submit = submit;
  request = build_request (self);
  ops_store_save_approval_async (ops_context_get_store (ops_editor_get_context (editor)), request,
                                 ops_editor_get_cancellable (editor), on_request_saved,
                                 g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  start_save (OPS_APPROVAL_EDITOR (widget), FALSE);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  start_save (OPS_APPROVAL_EDITOR (widget), TRUE);
}

/* Construction ---------------------------------------------------------- */

static void
ops_approval_editor_constructed (GObject *object)
{
  OpsApprovalEditor *self = OPS_APPROVAL_EDITOR (object);
  OpsEditor *editor = OPS_EDITOR (object);
  OpsApprovalRequest *request = self->original;

  G_OBJECT_CLASS (ops_approval_editor_parent_class)->constructed (object);

  if (request != NULL)
    {
      gboolean returned = ops_approval_request_get_state (request) == OPS_APPROVAL_STATE_RETURNED;

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Approval Request"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), ops_approval_request_get_name (request));
      gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                             ops_approval_request_get_date (request) != NULL ? ops_approval_request_get_date (request) : "");
      gtk_switch_set_active (self->major_switch, ops_approval_request_get_major (request));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->purpose_view),
                                ops_approval_request_get_purpose (request) != NULL ? ops_approval_request_get_purpose (request) : "",
                                -1);
      gtk_string_list_append (self->type_model,
                              ops_approval_request_get_type_name (request) != NULL ? ops_approval_request_get_type_name (request) : "");
      if (returned)
        {
          gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save Changes"));
          gtk_widget_set_tooltip_text (self->save_button,
                                       _("Keep the changes and resubmit later (Ctrl+S)"));
          gtk_button_set_label (GTK_BUTTON (self->submit_button), _("Save and _Resubmit"));
          gtk_widget_set_tooltip_text (self->submit_button,
                                       _("Save the changes and send the request through the chain again, as a new round"));
        }
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
      gtk_string_list_append (self->type_model, _("Loading the types…"));
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->type_row), FALSE);

  rebuild_files (self);
  ops_editor_remember_state (editor);
  update_actions (editor);

  ops_store_list_approval_types_async (ops_context_get_store (ops_editor_get_context (editor)),
                                       ops_editor_get_cancellable (editor), on_types_listed,
                                       g_object_ref (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ops_approval_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_APPROVAL_EDITOR);

  G_OBJECT_CLASS (ops_approval_editor_parent_class)->dispose (object);
}

static void
ops_approval_editor_finalize (GObject *object)
{
  OpsApprovalEditor *self = OPS_APPROVAL_EDITOR (object);

  g_clear_object (&self->original);
  g_clear_object (&self->document);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);
  g_clear_pointer (&self->remove_ids, g_array_unref);
  g_clear_pointer (&self->type_ids, g_array_unref);
  g_clear_pointer (&self->type_chains, g_ptr_array_unref);

  G_OBJECT_CLASS (ops_approval_editor_parent_class)->finalize (object);
}

static void
ops_approval_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OpsApprovalEditor *self = OPS_APPROVAL_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, self->original);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OpsApprovalEditor *self = OPS_APPROVAL_EDITOR (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      {
        OpsApprovalRequest *request = g_value_get_object (value);

        /* A copy: the shown record never changes under the form. */
        self->original = request != NULL ? ops_approval_request_copy (request) : NULL;
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_editor_class_init (OpsApprovalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_approval_editor_constructed;
  object_class->dispose = ops_approval_editor_dispose;
  object_class->finalize = ops_approval_editor_finalize;
  object_class->get_property = ops_approval_editor_get_property;
  object_class->set_property = ops_approval_editor_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The changes to this request have not been saved."));

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL,
                         OPS_TYPE_APPROVAL_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsApprovalEditor::saved:
   * @request: the request as the store saved (and maybe submitted) it
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPS_TYPE_APPROVAL_REQUEST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-approval-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, type_model);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, major_switch);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, purpose_view);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, document_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, files_list);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, submit_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-document", NULL, choose_document_action);
  gtk_widget_class_install_action (widget_class, "editor.add-attachment", NULL, add_attachment_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_approval_editor_init (OpsApprovalEditor *self)
{
  self->type_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->type_chains = g_ptr_array_new_with_free_func (g_free);
  self->attachments = g_ptr_array_new_with_free_func (g_object_unref);
  self->remove_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
  g_signal_connect_object (gtk_text_view_get_buffer (self->purpose_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ops_approval_editor_new (OpsContext         *context,
                         OpsApprovalRequest *request)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (request == NULL || OPS_IS_APPROVAL_REQUEST (request), NULL);

  return g_object_new (OPS_TYPE_APPROVAL_EDITOR,
                       "context", context,
                       "request", request,
                       NULL);
}

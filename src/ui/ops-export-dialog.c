/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-export-dialog.c: runs one export in a worker thread (through
 * ops_export_run_async) while showing progress and offering Cancel.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-export-dialog.h"
#include "ui/ops-export-runner.h"
#include "ui/ops-page.h"
#include "ui/ops-window.h"

struct _OpsExportDialog
{
  AdwWindow       parent_instance;

  OpsContext     *context;
  char           *template_name;
  gint64          record_id;
  char           *from;
  char           *to;
  GFile          *file;
  GCancellable   *cancellable;
  gboolean        running;

  GtkLabel       *status_label;
  GtkProgressBar *progress_bar;
  GtkButton      *cancel_button;
};

G_DEFINE_FINAL_TYPE (OpsExportDialog, ops_export_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  OpsExportDialog *self = user_data;
  g_autofree char *text = NULL;

  if (total == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      return;
    }

  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  /* TRANSLATORS: export progress: rows written of rows in all */
  text = g_strdup_printf (_("%u of %u rows"), done, total);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean ok;

  ok = ops_export_run_finish (result, &error);
  self->running = FALSE;
  g_signal_emit (self, signals[FINISHED], 0, ok);

  if (ok)
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      g_autofree char *text = g_strdup_printf (_("Exported “%s”"), basename);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("Open"));
      adw_toast_set_action_name (toast, "win.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (g_file_peek_path (self->file)));
      adw_toast_set_timeout (toast, 8);
      if (OPS_IS_WINDOW (parent))
        ops_window_add_toast (OPS_WINDOW (parent), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (OPS_IS_WINDOW (parent))
        ops_window_add_toast (OPS_WINDOW (parent), adw_toast_new (_("Export cancelled: no file was written")));
    }
  else
    {
      ops_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL,
                      _("The export did not finish"), error);
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

void
ops_export_dialog_set_record_id (OpsExportDialog *self,
                                 gint64           record_id)
{
  g_return_if_fail (OPS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (!self->running);

  self->record_id = record_id;
}

void
ops_export_dialog_set_range (OpsExportDialog *self,
                             const char      *from,
                             const char      *to)
{
  g_return_if_fail (OPS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (!self->running);

  g_free (self->from);
  self->from = g_strdup (from);
  g_free (self->to);
  self->to = g_strdup (to);
}

void
ops_export_dialog_start (OpsExportDialog *self)
{
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;
  OpsExportParams params = { NULL, NULL, 0 };

  g_return_if_fail (OPS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (!self->running);

  basename = g_file_get_basename (self->file);
  text = g_strdup_printf (_("Writing “%s”…"), basename);
  gtk_label_set_text (self->status_label, text);

  self->running = TRUE;
  params.record_id = self->record_id;
  params.from = self->from;
  params.to = self->to;
  ops_export_run_async (ops_context_get_store (self->context), self->template_name,
                        &params,
                        g_file_peek_path (self->file), on_progress, g_object_ref (self),
                        g_object_unref, self->cancellable, on_export_done,
                        g_object_ref (self));
}

void
ops_export_dialog_cancel (OpsExportDialog *self)
{
  g_return_if_fail (OPS_IS_EXPORT_DIALOG (self));

  gtk_label_set_text (self->status_label, _("Cancelling…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  g_cancellable_cancel (self->cancellable);
}

static gboolean
ops_export_dialog_close_request (GtkWindow *window)
{
  OpsExportDialog *self = OPS_EXPORT_DIALOG (window);

  /* Closing while running means Cancel; the dialog goes when the worker stops. */
  if (self->running)
    {
      ops_export_dialog_cancel (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (ops_export_dialog_parent_class)->close_request (window);
}

static void
ops_export_dialog_dispose (GObject *object)
{
  OpsExportDialog *self = OPS_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->file);
  g_clear_pointer (&self->template_name, g_free);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (ops_export_dialog_parent_class)->dispose (object);
}

static void
ops_export_dialog_class_init (OpsExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ops_export_dialog_dispose;
  window_class->close_request = ops_export_dialog_close_request;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/opsdesk/Opsdesk/ops-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsExportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, OpsExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OpsExportDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, ops_export_dialog_cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ops_export_dialog_init (OpsExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

OpsExportDialog *
ops_export_dialog_new (GtkWindow  *parent,
                       OpsContext *context,
                       const char *template_name,
                       GFile      *file)
{
  OpsExportDialog *self;

  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (template_name != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (OPS_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->template_name = g_strdup (template_name);
  self->file = g_object_ref (file);
  return self;
}

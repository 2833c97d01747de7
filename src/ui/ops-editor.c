/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-editor.c: the abstract base of the record editors. It owns what every
 * editor does the same way: busy state, inline errors, Cancel, the discard
 * question on close, delete confirmations and closing after a confirmed
 * write. The subclasses keep their fields and their store calls.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-editor.h"
#include "ui/ops-page.h"

typedef struct
{
  OpsContext    *context;
  GCancellable  *cancellable;
  GtkLabel      *error_label;
  char          *initial_state;  /* dup_state as first shown */
  OpsEditorFunc  on_accept;      /* of the open destructive confirmation */
  gboolean       busy;           /* a write is under way */
  gboolean       closing;        /* close without asking */
} OpsEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OpsEditor, ops_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Error label (shared with windows that are not editors) ---------------- */

void
ops_error_label_show (GtkLabel     *label,
                      const char   *heading,
                      const GError *error)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (error != NULL);

  if (heading != NULL)
    text = g_strdup_printf ("%s\n%s", heading, error->message);
  else
    text = g_strdup (error->message);

  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

void
ops_error_label_clear (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
  gtk_label_set_text (label, "");
}

/* Default vfuncs -------------------------------------------------------- */

static gboolean
ops_editor_real_is_changed (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);
  OpsEditorClass *klass = OPS_EDITOR_GET_CLASS (self);
  g_autofree char *state = NULL;

  if (priv->initial_state == NULL || klass->dup_state == NULL)
    return FALSE;

  state = klass->dup_state (self);
  return g_strcmp0 (state, priv->initial_state) != 0;
}

/* Closing --------------------------------------------------------------- */

/* Cancel is an explicit choice to drop the changes: no question. Escape and
 * the window's close ask first when something was changed. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ops_editor_close (OPS_EDITOR (widget));
}

static gboolean
close_when_idle (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     OpsEditor        *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Close once the question has gone, never inside its ::response: the
   * question is transient for this window, and destroying its parent while
   * it is still emitting ::response leaves it pointing at a freed window,
   * which crashes GTK 4.8. */
  priv->closing = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_when_idle, g_object_ref (self), g_object_unref);
}

static gboolean
ops_editor_close_request (GtkWindow *window)
{
  OpsEditor *self = OPS_EDITOR (window);
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);
  const char *body = OPS_EDITOR_GET_CLASS (self)->discard_body;
  GtkWidget *dialog;

  if (priv->closing || !ops_editor_is_changed (self))
    return GTK_WINDOW_CLASS (ops_editor_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Discard your changes?"),
                                   body != NULL ? _(body) : NULL);
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

/* Destructive confirmation ---------------------------------------------- */

static void
on_confirm_response (AdwMessageDialog *dialog,
                     const char       *response,
                     OpsEditor        *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);
  OpsEditorFunc on_accept = g_steal_pointer (&priv->on_accept);

  if (g_strcmp0 (response, "accept") != 0 || priv->busy || on_accept == NULL)
    return;

  on_accept (self);
}

/* GObject --------------------------------------------------------------- */

static void
ops_editor_constructed (GObject *object)
{
  OpsEditor *self = OPS_EDITOR (object);
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  G_OBJECT_CLASS (ops_editor_parent_class)->constructed (object);

  g_assert (OPS_IS_CONTEXT (priv->context));
}

static void
ops_editor_dispose (GObject *object)
{
  OpsEditor *self = OPS_EDITOR (object);
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->error_label);

  G_OBJECT_CLASS (ops_editor_parent_class)->dispose (object);
}

static void
ops_editor_finalize (GObject *object)
{
  OpsEditor *self = OPS_EDITOR (object);
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->context);
  g_clear_pointer (&priv->initial_state, g_free);

  G_OBJECT_CLASS (ops_editor_parent_class)->finalize (object);
}

static void
ops_editor_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OpsEditor *self = OPS_EDITOR (object);
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_editor_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OpsEditor *self = OPS_EDITOR (object);
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_editor_class_init (OpsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ops_editor_constructed;
  object_class->dispose = ops_editor_dispose;
  object_class->finalize = ops_editor_finalize;
  object_class->get_property = ops_editor_get_property;
  object_class->set_property = ops_editor_set_property;

  window_class->close_request = ops_editor_close_request;

  klass->is_changed = ops_editor_real_is_changed;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         OPS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Installed here, inherited by every editor. */
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ops_editor_init (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  priv->cancellable = g_cancellable_new ();
}

/* Public ---------------------------------------------------------------- */

void
ops_editor_class_set_discard_body (OpsEditorClass *klass,
                                   const char     *body)
{
  g_return_if_fail (OPS_IS_EDITOR_CLASS (klass));

  klass->discard_body = body;
}

OpsContext *
ops_editor_get_context (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_EDITOR (self), NULL);

  return priv->context;
}

GCancellable *
ops_editor_get_cancellable (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_EDITOR (self), NULL);

  return priv->cancellable;
}

gboolean
ops_editor_get_busy (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_EDITOR (self), FALSE);

  return priv->busy;
}

void
ops_editor_set_busy (OpsEditor *self,
                     gboolean   busy)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);
  OpsEditorClass *klass;

  g_return_if_fail (OPS_IS_EDITOR (self));

  klass = OPS_EDITOR_GET_CLASS (self);
  priv->busy = !!busy;
  if (klass->update_actions != NULL)
    klass->update_actions (self);
}

gboolean
ops_editor_begin_write (OpsEditor *self)
{
  g_return_val_if_fail (OPS_IS_EDITOR (self), FALSE);

  if (ops_editor_get_busy (self))
    return FALSE;

  ops_editor_clear_error (self);
  ops_editor_set_busy (self, TRUE);
  return TRUE;
}

gboolean
ops_editor_end_write (OpsEditor    *self,
                      const GError *error)
{
  g_return_val_if_fail (OPS_IS_EDITOR (self), FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;

  ops_editor_set_busy (self, FALSE);

  if (error != NULL)
    {
      ops_editor_show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

void
ops_editor_remember_state (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);
  OpsEditorClass *klass;

  g_return_if_fail (OPS_IS_EDITOR (self));

  klass = OPS_EDITOR_GET_CLASS (self);
  g_return_if_fail (klass->dup_state != NULL);

  g_free (priv->initial_state);
  priv->initial_state = klass->dup_state (self);
}

gboolean
ops_editor_is_changed (OpsEditor *self)
{
  g_return_val_if_fail (OPS_IS_EDITOR (self), FALSE);

  return OPS_EDITOR_GET_CLASS (self)->is_changed (self);
}

void
ops_editor_set_error_label (OpsEditor *self,
                            GtkLabel  *label)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_return_if_fail (OPS_IS_EDITOR (self));
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  g_set_object (&priv->error_label, label);
}

void
ops_editor_show_error_with_heading (OpsEditor    *self,
                                    const char   *heading,
                                    const GError *error)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);
  GtkWidget *scroller;

  g_return_if_fail (OPS_IS_EDITOR (self));
  g_return_if_fail (priv->error_label != NULL);

  ops_error_label_show (priv->error_label, heading, error);

  /* The message sits above the fields: bring it into view. */
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (priv->error_label), GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0.0);
}

void
ops_editor_show_error (OpsEditor    *self,
                       const GError *error)
{
  ops_editor_show_error_with_heading (self, NULL, error);
}

void
ops_editor_clear_error (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_return_if_fail (OPS_IS_EDITOR (self));
  g_return_if_fail (priv->error_label != NULL);

  ops_error_label_clear (priv->error_label);
}

void
ops_editor_confirm_destructive (OpsEditor     *self,
                                const char    *heading,
                                const char    *body,
                                const char    *accept_label,
                                OpsEditorFunc  on_accept)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);
  GtkWidget *dialog;

  g_return_if_fail (OPS_IS_EDITOR (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (accept_label != NULL);
  g_return_if_fail (on_accept != NULL);

  if (priv->busy)
    return;

  /* The question is modal: at most one is open at a time. */
  priv->on_accept = on_accept;

  dialog = GTK_WIDGET (ops_confirm_destructive_new (GTK_WIDGET (self), heading, body,
                                                    "accept", accept_label));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ops_editor_close (OpsEditor *self)
{
  OpsEditorPrivate *priv = ops_editor_get_instance_private (self);

  g_return_if_fail (OPS_IS_EDITOR (self));

  priv->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

void
ops_editor_close_with_toast (OpsEditor  *self,
                             const char *text)
{
  GtkWindow *parent;

  g_return_if_fail (OPS_IS_EDITOR (self));
  g_return_if_fail (text != NULL);

  /* Feedback goes to the window the editor belongs to. */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  ops_show_toast (parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (self), text);
  ops_editor_close (self);
}

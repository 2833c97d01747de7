/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-page.c: the abstract base of the window's sections, and the feedback
 * helpers (toasts, error dialogs) every page and dialog uses.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-page.h"
#include "ui/ops-window.h"

typedef struct
{
  OpsContext *context;
  char       *title;
  char       *icon_name;
  char       *export_template;
  gulong      changed_id;
} OpsPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OpsPage, ops_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  PROP_ICON_NAME,
  PROP_EXPORT_TEMPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark watch_quark;

static gboolean
page_watches (OpsPage    *self,
              const char *what)
{
  GType type;

  if (g_strcmp0 (what, "*") == 0)
    return TRUE;

  /* Topics are stored per class; a subclass inherits its parent's. */
  for (type = G_OBJECT_TYPE (self); type != OPS_TYPE_PAGE; type = g_type_parent (type))
    {
      const char * const *topics = g_type_get_qdata (type, watch_quark);

      if (topics != NULL && g_strv_contains (topics, what))
        return TRUE;
    }

  return FALSE;
}

static void
on_store_changed (OpsStore   *store,
                  const char *what,
                  OpsPage    *self)
{
  if (page_watches (self, what))
    ops_page_reload (self);
}

static void
ops_page_dispose (GObject *object)
{
  OpsPage *self = OPS_PAGE (object);
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  if (priv->context != NULL && priv->changed_id != 0)
    g_clear_signal_handler (&priv->changed_id, ops_context_get_store (priv->context));
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (ops_page_parent_class)->dispose (object);
}

static void
ops_page_finalize (GObject *object)
{
  OpsPage *self = OPS_PAGE (object);
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  g_free (priv->title);
  g_free (priv->icon_name);
  g_free (priv->export_template);

  G_OBJECT_CLASS (ops_page_parent_class)->finalize (object);
}

static void
ops_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OpsPage *self = OPS_PAGE (object);
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, priv->icon_name);
      break;
    case PROP_EXPORT_TEMPLATE:
      g_value_set_string (value, priv->export_template);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (OpsPage  *self,
            char    **field,
            GValue   *value,
            guint     prop)
{
  if (g_strcmp0 (*field, g_value_get_string (value)) == 0)
    return;
  g_free (*field);
  *field = g_value_dup_string (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
ops_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OpsPage *self = OPS_PAGE (object);
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ops_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_TITLE:
      set_string (self, &priv->title, (GValue *) value, prop_id);
      break;
    case PROP_ICON_NAME:
      set_string (self, &priv->icon_name, (GValue *) value, prop_id);
      break;
    case PROP_EXPORT_TEMPLATE:
      set_string (self, &priv->export_template, (GValue *) value, prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_page_class_init (OpsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ops_page_dispose;
  object_class->finalize = ops_page_finalize;
  object_class->get_property = ops_page_get_property;
  object_class->set_property = ops_page_set_property;

  watch_quark = g_quark_from_static_string ("ops-page-watch");

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, OPS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPORT_TEMPLATE] =
    g_param_spec_string ("export-template", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_page_init (OpsPage *self)
{
}

OpsContext *
ops_page_get_context (OpsPage *self)
{
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_PAGE (self), NULL);
  return priv->context;
}

/**
 * ops_page_set_context:
 * Gives the page its context; the page watches the store for changes from
 * then on and reloads at once.
 */
void
ops_page_set_context (OpsPage    *self,
                      OpsContext *context)
{
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  g_return_if_fail (OPS_IS_PAGE (self));
  g_return_if_fail (context == NULL || OPS_IS_CONTEXT (context));

  if (priv->context == context)
    return;

  if (priv->context != NULL && priv->changed_id != 0)
    g_clear_signal_handler (&priv->changed_id, ops_context_get_store (priv->context));
  g_set_object (&priv->context, context);
  if (context != NULL)
    priv->changed_id = g_signal_connect_object (ops_context_get_store (context), "changed",
                                                G_CALLBACK (on_store_changed), self, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);

  if (context != NULL)
    ops_page_reload (self);
}

const char *
ops_page_get_title (OpsPage *self)
{
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_PAGE (self), NULL);
  return priv->title;
}

const char *
ops_page_get_icon_name (OpsPage *self)
{
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_PAGE (self), NULL);
  return priv->icon_name;
}

const char *
ops_page_get_export_template (OpsPage *self)
{
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  g_return_val_if_fail (OPS_IS_PAGE (self), NULL);
  return priv->export_template;
}

void
ops_page_reload (OpsPage *self)
{
  OpsPagePrivate *priv = ops_page_get_instance_private (self);

  g_return_if_fail (OPS_IS_PAGE (self));

  if (priv->context != NULL && OPS_PAGE_GET_CLASS (self)->reload != NULL)
    OPS_PAGE_GET_CLASS (self)->reload (self);
}

void
ops_page_focus_search (OpsPage *self)
{
  g_return_if_fail (OPS_IS_PAGE (self));

  if (OPS_PAGE_GET_CLASS (self)->focus_search != NULL)
    OPS_PAGE_GET_CLASS (self)->focus_search (self);
}

void
ops_page_new_record (OpsPage *self)
{
  g_return_if_fail (OPS_IS_PAGE (self));

  if (OPS_PAGE_GET_CLASS (self)->new_record != NULL)
    OPS_PAGE_GET_CLASS (self)->new_record (self);
}

void
ops_page_open_record (OpsPage *self,
                      gint64   id)
{
  g_return_if_fail (OPS_IS_PAGE (self));

  if (OPS_PAGE_GET_CLASS (self)->open_record != NULL)
    OPS_PAGE_GET_CLASS (self)->open_record (self, id);
}

void
ops_page_class_watch (OpsPageClass *klass,
                      const char   *first_topic,
                      ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *topic;
  va_list args;

  g_return_if_fail (OPS_IS_PAGE_CLASS (klass));

  va_start (args, first_topic);
  for (topic = first_topic; topic != NULL; topic = va_arg (args, const char *))
    g_strv_builder_add (builder, topic);
  va_end (args);

  if (watch_quark == 0)
    watch_quark = g_quark_from_static_string ("ops-page-watch");
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), watch_quark, g_strv_builder_end (builder));
}

/* The main window for feedback: the widget's own root when it is the
 * window, or the window a dialog is transient for. */
static OpsWindow *
find_window (GtkWidget *widget)
{
  GtkWindow *window;

  if (widget == NULL)
    return NULL;

  window = GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget) : GTK_WINDOW (gtk_widget_get_root (widget));
  while (window != NULL && !OPS_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  return window != NULL ? OPS_WINDOW (window) : NULL;
}

void
ops_show_toast (GtkWidget  *widget,
                const char *text)
{
  OpsWindow *window = find_window (widget);

  g_return_if_fail (text != NULL);

  if (window != NULL)
    ops_window_add_toast (window, adw_toast_new (text));
  else
    g_message ("%s", text);
}

GtkWindow *
ops_widget_get_window (GtkWidget *widget)
{
  GtkRoot *root;

  if (widget == NULL)
    return NULL;
  if (GTK_IS_WINDOW (widget))
    return GTK_WINDOW (widget);
  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

AdwMessageDialog *
ops_confirm_destructive_new (GtkWidget  *widget,
                             const char *heading,
                             const char *body,
                             const char *accept_id,
                             const char *accept_label)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (accept_id != NULL && accept_label != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ops_widget_get_window (widget), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    accept_id, accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, accept_id, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

void
ops_show_error (GtkWidget    *widget,
                const char   *heading,
                const GError *error)
{
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  ops_error_dialog_present (ops_widget_get_window (widget), heading, error->message);
}

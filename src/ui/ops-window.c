/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-window.c: the main window: sections in a sidebar, the visible page,
 * toasts and error dialogs, the welcome on first start. The menu's actions
 * (export, back up, restore, switch user) live in ops-window-actions.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-action-items-page.h"
#include "ui/ops-application.h"
#include "ui/ops-approvals-page.h"
#include "ui/ops-export-dialog.h"
#include "ui/ops-meetings-page.h"
#include "ui/ops-my-work-page.h"
#include "ui/ops-people-page.h"
#include "ui/ops-welcome-page.h"
#include "ui/ops-window.h"
#include "ui/ops-window-private.h"

G_DEFINE_FINAL_TYPE (OpsWindow, ops_window, ADW_TYPE_APPLICATION_WINDOW)

/* The sections, in sidebar order. Each workflow issue adds its page here. */
static const struct {
  const char *name;
  GtkWidget *(*create) (void);
} sections[] = {
  { "my-work", ops_my_work_page_new },
  { "meetings", ops_meetings_page_new },
  { "action-items", ops_action_items_page_new },
  { "approvals", ops_approvals_page_new },
  { "people", ops_people_page_new },
};

static void
update_user (OpsWindow *self)
{
  OpsPerson *user = self->context != NULL ? ops_context_get_current_user (self->context) : NULL;

  if (user != NULL)
    {
      g_autofree char *detail = ops_person_dup_affiliation (user);
      g_autofree char *tooltip = NULL;

      gtk_label_set_text (self->user_name_label, ops_person_get_name (user));
      gtk_label_set_text (self->user_detail_label, detail);
      adw_avatar_set_text (self->user_avatar, ops_person_get_name (user));
      tooltip = g_strdup_printf (_("Signed in as %s. Switch user (Ctrl+Shift+U)"),
                                 ops_person_get_name (user));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->user_button), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->user_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      gtk_stack_set_visible_child_name (self->main_stack, "main");
    }
  else if (self->context != NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  ops_window_update_actions (self);
}

static void
on_current_user_changed (OpsWindow *self)
{
  update_user (self);
}

static void
on_visible_page_changed (OpsWindow *self)
{
  OpsPage *page = ops_window_get_visible_page (self);
  GtkListBoxRow *row;
  const char *name;

  if (page == NULL)
    return;

  adw_window_title_set_title (self->content_title, ops_page_get_title (page));
  name = gtk_stack_get_visible_child_name (self->page_stack);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].name, name) == 0)
      {
        row = gtk_list_box_get_row_at_index (self->sidebar, i);
        if (row != NULL && gtk_list_box_get_selected_row (self->sidebar) != row)
          gtk_list_box_select_row (self->sidebar, row);
        if (self->context != NULL)
          g_settings_set_string (ops_context_get_settings (self->context), "sidebar-page", name);
      }

  ops_window_update_actions (self);
}

static void
on_sidebar_row_activated (GtkListBox    *box,
                          GtkListBoxRow *row,
                          OpsWindow     *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < G_N_ELEMENTS (sections))
    {
      gtk_stack_set_visible_child_name (self->page_stack, sections[index].name);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
}

static void
on_back_clicked (GtkButton *button,
                 OpsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_welcome_chosen (OpsWelcomePage *page,
                   OpsPerson      *person,
                   OpsWindow      *self)
{
  g_autofree char *text = NULL;

  ops_context_set_current_user (self->context, person);
  ops_window_show_page (self, "my-work");

  text = g_strdup_printf (_("Welcome, %s. My Work lists what needs you; add colleagues under People."),
                          ops_person_get_name (person));
  ops_window_add_toast (self, adw_toast_new (text));
}

static GtkWidget *
create_sidebar_row (OpsPage *page)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (ops_page_get_icon_name (page));
  GtkWidget *label = gtk_label_new (ops_page_get_title (page));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ops_page_get_title (page), -1);
  return row;
}

static void
ops_window_dispose (GObject *object)
{
  OpsWindow *self = OPS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_WINDOW);

  G_OBJECT_CLASS (ops_window_parent_class)->dispose (object);
}

static void
ops_window_class_init (OpsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_window_dispose;

  g_type_ensure (OPS_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/opsdesk/Opsdesk/ops-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, user_button);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, user_avatar);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, user_name_label);
  gtk_widget_class_bind_template_child (widget_class, OpsWindow, user_detail_label);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_chosen);

  ops_window_class_install_actions (widget_class);
}

static void
ops_window_init (OpsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = sections[i].create ();

      gtk_stack_add_named (self->page_stack, page, sections[i].name);
      gtk_list_box_append (self->sidebar, create_sidebar_row (OPS_PAGE (page)));
    }

  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  ops_window_update_actions (self);
}

OpsWindow *
ops_window_new (GtkApplication *application)
{
  GSettings *settings;
  OpsWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (OPS_TYPE_WINDOW, "application", application, NULL);

  /* Window size is a UI preference: the application's GSettings. */
  settings = OPS_IS_APPLICATION (application)
             ? ops_application_get_settings (OPS_APPLICATION (application)) : NULL;
  if (settings != NULL)
    {
      g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }

  return self;
}

void
ops_window_set_context (OpsWindow  *self,
                        OpsContext *context)
{
  GtkWidget *child;
  g_autofree char *last_page = NULL;

  g_return_if_fail (OPS_IS_WINDOW (self));
  g_return_if_fail (OPS_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->page_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *page = gtk_stack_page_get_child (gtk_stack_get_page (self->page_stack, child));
      ops_page_set_context (OPS_PAGE (page), context);
    }
  ops_welcome_page_set_context (self->welcome_page, context);

  g_signal_connect_object (context, "notify::current-user",
                           G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);

  last_page = g_settings_get_string (ops_context_get_settings (context), "sidebar-page");
  if (!ops_window_show_page (self, last_page))
    ops_window_show_page (self, "my-work");
  on_visible_page_changed (self);
  update_user (self);
  /* The approval trail is checked at every open (SPEC §4). */
  ops_window_verify_audit (self, FALSE);
}

OpsContext *
ops_window_get_context (OpsWindow *self)
{
  g_return_val_if_fail (OPS_IS_WINDOW (self), NULL);
  return self->context;
}

void
ops_window_add_toast (OpsWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (OPS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

gboolean
ops_window_show_page (OpsWindow  *self,
                      const char *name)
{
  g_return_val_if_fail (OPS_IS_WINDOW (self), FALSE);

  if (name == NULL || gtk_stack_get_child_by_name (self->page_stack, name) == NULL)
    return FALSE;

  gtk_stack_set_visible_child_name (self->page_stack, name);
  return TRUE;
}

/**
 * ops_window_open_record:
 * @name: the page ("meetings", "approvals", …)
 * @id: the record of that page's main kind
 *
 * Shows the page @name and, on it, the record @id. Returns FALSE when there
 * is no such page.
 */
gboolean
ops_window_open_record (OpsWindow  *self,
                        const char *name,
                        gint64      id)
{
  g_return_val_if_fail (OPS_IS_WINDOW (self), FALSE);

  if (!ops_window_show_page (self, name))
    return FALSE;
  /* Folded (narrow window): slide from the sidebar to the page. */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  ops_page_open_record (ops_window_get_visible_page (self), id);
  return TRUE;
}

OpsPage *
ops_window_get_visible_page (OpsWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (OPS_IS_WINDOW (self), NULL);

  child = gtk_stack_get_visible_child (self->page_stack);
  return child != NULL ? OPS_PAGE (child) : NULL;
}

OpsPage *
ops_window_get_page (OpsWindow  *self,
                     const char *name)
{
  GtkWidget *child;

  g_return_val_if_fail (OPS_IS_WINDOW (self), NULL);

  child = gtk_stack_get_child_by_name (self->page_stack, name);
  return child != NULL ? OPS_PAGE (child) : NULL;
}

gboolean
ops_window_get_welcome_visible (OpsWindow *self)
{
  g_return_val_if_fail (OPS_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0;
}

GtkWidget *
ops_error_dialog_present (GtkWindow  *parent,
                          const char *heading,
                          const char *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_widget_set_name (dialog, "error-dialog");
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-welcome-page.c: pick who you are from the directory, or add yourself.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-page.h"
#include "ui/ops-person-editor.h"
#include "ui/ops-welcome-page.h"

struct _OpsWelcomePage
{
  AdwBin          parent_instance;

  OpsContext     *context;
  GCancellable   *cancellable;
  GListModel     *people;
  gboolean        switching;

  GtkImage       *app_icon;
  GtkLabel       *title_label;
  GtkLabel       *description_label;
  GtkSearchEntry *search_entry;
  GtkListBox     *people_list;
  GtkLabel       *empty_label;
  GtkLabel       *next_label;
};

G_DEFINE_FINAL_TYPE (OpsWelcomePage, ops_welcome_page, ADW_TYPE_BIN)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  OpsPerson *person = item;
  g_autofree char *subtitle = ops_person_dup_affiliation (person);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, ops_person_get_name (person), TRUE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_person_get_name (person));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "person", g_object_ref (person), g_object_unref);
  return row;
}

static void
on_people_loaded (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OpsWelcomePage *self;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;
  const char *search;

  people = ops_store_list_people_finish (OPS_STORE (object), result, &total, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = OPS_WELCOME_PAGE (user_data);
  if (people == NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the people"), error);
      return;
    }

  g_set_object (&self->people, people);
  gtk_list_box_bind_model (self->people_list, people, create_row, NULL, NULL);

  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), g_list_model_get_n_items (people) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), g_list_model_get_n_items (people) == 0);
  if (*search != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("No one in the directory matches “%s”. Check the spelling, or add yourself."), search);
      gtk_label_set_text (self->empty_label, text);
    }
  else
    gtk_label_set_text (self->empty_label,
                        _("The directory is empty: you are the first. Add yourself — the first person may take the Administration role and set up the rest."));
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry),
                          *search != '\0' || g_list_model_get_n_items (people) > 0);
}

static void
reload (OpsWelcomePage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  OpsPersonFilter filter = { *search != '\0' ? search : NULL, 0, FALSE };

  if (self->context == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  ops_store_list_people_async (ops_context_get_store (self->context), &filter, OPS_RANGE_ALL,
                               self->cancellable, on_people_loaded, self);
}

static void
on_search_changed (OpsWelcomePage *self)
{
  reload (self);
}

static void
on_search_activate (OpsWelcomePage *self)
{
  /* Enter in the search picks the only match. */
  if (self->people != NULL && g_list_model_get_n_items (self->people) == 1)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (self->people, 0);
      g_signal_emit (self, signals[CHOSEN], 0, person);
    }
}

static void
on_row_activated (GtkListBox     *box,
                  GtkListBoxRow  *row,
                  OpsWelcomePage *self)
{
  OpsPerson *person = g_object_get_data (G_OBJECT (row), "person");

  if (person != NULL)
    g_signal_emit (self, signals[CHOSEN], 0, person);
}

static void
on_person_saved (OpsWelcomePage *self,
                 OpsPerson      *person)
{
  g_signal_emit (self, signals[CHOSEN], 0, person);
}

static void
on_add_me_clicked (OpsWelcomePage *self)
{
  GtkWidget *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->context == NULL)
    return;

  editor = ops_person_editor_new (self->context, NULL);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_store_changed (OpsStore       *store,
                  const char     *what,
                  OpsWelcomePage *self)
{
  if (g_strcmp0 (what, "people") == 0 || g_strcmp0 (what, "*") == 0)
    reload (self);
}

static void
ops_welcome_page_dispose (GObject *object)
{
  OpsWelcomePage *self = OPS_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->people);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (ops_welcome_page_parent_class)->dispose (object);
}

static void
ops_welcome_page_class_init (OpsWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_welcome_page_dispose;

  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, OPS_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/opsdesk/Opsdesk/ops-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsWelcomePage, app_icon);
  gtk_widget_class_bind_template_child (widget_class, OpsWelcomePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OpsWelcomePage, description_label);
  gtk_widget_class_bind_template_child (widget_class, OpsWelcomePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OpsWelcomePage, people_list);
  gtk_widget_class_bind_template_child (widget_class, OpsWelcomePage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, OpsWelcomePage, next_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_add_me_clicked);
}

static void
ops_welcome_page_init (OpsWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OpsWelcomePage *
ops_welcome_page_new (void)
{
  return g_object_new (OPS_TYPE_WELCOME_PAGE, NULL);
}

void
ops_welcome_page_set_context (OpsWelcomePage *self,
                              OpsContext     *context)
{
  g_return_if_fail (OPS_IS_WELCOME_PAGE (self));
  g_return_if_fail (OPS_IS_CONTEXT (context));

  if (self->context == context)
    return;

  g_set_object (&self->context, context);
  g_signal_connect_object (ops_context_get_store (context), "changed",
                           G_CALLBACK (on_store_changed), self, 0);
  reload (self);
}

void
ops_welcome_page_set_switching (OpsWelcomePage *self,
                                gboolean        switching)
{
  g_return_if_fail (OPS_IS_WELCOME_PAGE (self));

  self->switching = !!switching;
  gtk_widget_set_visible (GTK_WIDGET (self->app_icon), !switching);
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), !switching);
  gtk_label_set_text (self->title_label, switching ? _("Who Is Using Opsdesk?") : _("Who Are You?"));
  if (switching)
    gtk_label_set_text (self->description_label,
                        _("Pick the person who is using Opsdesk now. What they may approve or review follows their roles."));
}

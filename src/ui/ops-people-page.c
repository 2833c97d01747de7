/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-people-page.c: the People section: the people and departments tables,
 * their search and filters, and the doors to the person and department
 * editors.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-department-editor.h"
#include "ui/ops-people-page.h"
#include "ui/ops-id-filter.h"
#include "ui/ops-person-editor.h"

struct _OpsPeoplePage
{
  OpsPage              parent_instance;

  /* Template children */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *department_filter;
  GtkStringList       *department_filter_model;
  GtkCheckButton      *show_inactive;
  AdwViewStack        *view_stack;

  GtkStack            *people_stack;
  GtkSpinner          *people_spinner;
  GtkColumnView       *people_column_view;
  GtkSingleSelection  *people_selection;
  GtkSortListModel    *people_sort_model;
  AdwStatusPage       *people_status_page;
  GtkWidget           *people_status_button;
  GtkLabel            *people_count_label;
  GtkColumnViewColumn *person_name_column;
  GtkColumnViewColumn *person_department_column;
  GtkColumnViewColumn *person_title_column;
  GtkColumnViewColumn *person_email_column;
  GtkColumnViewColumn *person_phone_column;
  GtkColumnViewColumn *person_roles_column;
  GtkColumnViewColumn *person_status_column;

  GtkStack            *departments_stack;
  GtkColumnView       *departments_column_view;
  GtkSingleSelection  *departments_selection;
  GtkFilterListModel  *departments_filter_model;
  GtkStringFilter     *departments_filter;
  AdwStatusPage       *departments_status_page;
  GtkWidget           *departments_status_button;
  GtkLabel            *departments_count_label;
  GtkColumnViewColumn *department_name_column;
  GtkColumnViewColumn *department_head_column;
  GtkColumnViewColumn *department_leader_column;
  GtkColumnViewColumn *department_members_column;

  /* State */
  GCancellable        *people_cancellable;
  GCancellable        *departments_cancellable;
  GListModel          *departments;        /* OpsDepartment, the last list */
  GArray              *filter_ids;         /* gint64 per filter position */
  char                *people_search;      /* search text of each view */
  char                *departments_search;
  gint64               select_person_id;   /* select after the next load */
  gint64               select_department_id;
  guint                updating_filter : 1;
  guint                people_loaded : 1;
};

G_DEFINE_FINAL_TYPE (OpsPeoplePage, ops_people_page, OPS_TYPE_PAGE)

static void load_people      (OpsPeoplePage *self);
static void load_departments (OpsPeoplePage *self);

/* Table cells ----------------------------------------------------------- */

/* One factory serves every column: the cell is a label showing one property
 * of the row's record (a string, a count, or "Active"/"Inactive"), dimmed for
 * an inactive person, and refreshed when the record changes. */

static void
cell_refresh (GtkListItem *item)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  GObject *record = gtk_list_item_get_item (item);
  const char *property = g_object_get_data (G_OBJECT (label), "ops-property");
  g_autofree char *text = NULL;
  GParamSpec *pspec;
  gboolean inactive = FALSE;

  if (record == NULL)
    return;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_assert (pspec != NULL);

  if (OPS_IS_PERSON (record))
    inactive = !ops_person_get_active (OPS_PERSON (record));

  if (pspec->value_type == G_TYPE_STRING)
    {
      g_object_get (record, property, &text, NULL);
    }
  else if (pspec->value_type == G_TYPE_UINT)
    {
      guint value = 0;

      g_object_get (record, property, &value, NULL);
      text = g_strdup_printf ("%u", value);
    }
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    {
      /* Only "active" is shown as a boolean column. */
      text = g_strdup (inactive ? _("Inactive") : _("Active"));
    }
  else
    {
      g_assert_not_reached ();
    }

  gtk_label_set_text (label, text != NULL ? text : "");
  /* Long names (Chinese department names, e-mail addresses) are ellipsized
   * in the cell; the tooltip shows them whole. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (label),
                               text != NULL && g_utf8_strlen (text, -1) > 12 ? text : NULL);

  if (inactive)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
on_cell_record_notify (GObject     *record,
                       GParamSpec  *pspec,
                       GtkListItem *item)
{
  cell_refresh (item);
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            const char               *property)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  g_object_set_data (G_OBJECT (label), "ops-property", (gpointer) property);
  if (g_str_equal (property, "member-count"))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           const char               *property)
{
  GObject *record = gtk_list_item_get_item (item);

  g_signal_connect (record, "notify", G_CALLBACK (on_cell_record_notify), item);
  cell_refresh (item);
}

static void
cell_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             const char               *property)
{
  GObject *record = gtk_list_item_get_item (item);

  if (record != NULL)
    g_signal_handlers_disconnect_by_func (record, on_cell_record_notify, item);
}

static void
column_set_cells (GtkColumnViewColumn *column,
                  const char          *property)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), (gpointer) property);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), (gpointer) property);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind), (gpointer) property);
  gtk_column_view_column_set_factory (column, factory);
}

/* Helpers --------------------------------------------------------------- */

static OpsStore *
get_store (OpsPeoplePage *self)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));

  return context != NULL ? ops_context_get_store (context) : NULL;
}

static gboolean
showing_departments (OpsPeoplePage *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                    "departments") == 0;
}

static gint64
selected_department_id (OpsPeoplePage *self)
{
  return ops_id_filter_get_selected (self->department_filter, self->filter_ids);
}

/* The search text without surrounding white space; NULL when empty. */
static char *
dup_search_text (OpsPeoplePage *self)
{
  g_autofree char *text = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (text == NULL || *text == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

static void
present_window (OpsPeoplePage *self,
                GtkWidget     *window)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_person_saved (OpsPeoplePage *self,
                 OpsPerson     *person)
{
  /* The store's ::changed reloads the list; select the saved row then. */
  self->select_person_id = ops_person_get_id (person);
}

static void
on_department_saved (OpsPeoplePage *self,
                     OpsDepartment *department)
{
  self->select_department_id = ops_department_get_id (department);
}

static void
open_person_editor (OpsPeoplePage *self,
                    OpsPerson     *person)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  GtkWidget *editor;

  if (context == NULL)
    return;

  editor = ops_person_editor_new (context, person);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved), self,
                           G_CONNECT_SWAPPED);
  present_window (self, editor);
}

static void
open_department_editor (OpsPeoplePage *self,
                        OpsDepartment *department)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  GtkWidget *editor;

  if (context == NULL)
    return;

  editor = ops_department_editor_new (context, department);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_department_saved), self,
                           G_CONNECT_SWAPPED);
  present_window (self, editor);
}

/* Selects the row of @id in @selection, if it is there. */
static void
select_by_id (GtkSingleSelection *selection,
              gint64              id)
{
  GListModel *model = G_LIST_MODEL (selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (model, i);
      gint64 record_id = 0;

      g_object_get (record, "id", &record_id, NULL);
      if (record_id == id)
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }
}

/* People ---------------------------------------------------------------- */

static void
update_people_state (OpsPeoplePage *self)
{
  GListModel *model = G_LIST_MODEL (self->people_sort_model);
  guint n = g_list_model_get_n_items (model);
  g_autofree char *count = NULL;
  g_autofree char *search = NULL;

  count = g_strdup_printf (ngettext ("%u person", "%u people", n), n);
  gtk_label_set_text (self->people_count_label, count);

  gtk_spinner_stop (self->people_spinner);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->people_stack, "list");
      return;
    }

  search = dup_search_text (self);
  if (search != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("No one matches “%s”"), search);

      adw_status_page_set_icon_name (self->people_status_page, "edit-find-symbolic");
      adw_status_page_set_title (self->people_status_page, title);
      adw_status_page_set_description (self->people_status_page,
                                       _("Search for part of a name, job title, e-mail address or phone number, "
                                         "or clear the search and the filters."));
      gtk_widget_set_visible (self->people_status_button, FALSE);
    }
  else if (selected_department_id (self) != 0)
    {
      adw_status_page_set_icon_name (self->people_status_page, "system-users-symbolic");
      adw_status_page_set_title (self->people_status_page, _("No one in this department"));
      adw_status_page_set_description (self->people_status_page,
                                       _("Choose “All departments” to see everyone, or tick “Show inactive” "
                                         "to see people who were deactivated."));
      gtk_widget_set_visible (self->people_status_button, FALSE);
    }
  else
    {
      adw_status_page_set_icon_name (self->people_status_page, "system-users-symbolic");
      adw_status_page_set_title (self->people_status_page, _("No people yet"));
      adw_status_page_set_description (self->people_status_page,
                                       gtk_check_button_get_active (self->show_inactive)
                                       ? _("Add the people of your company so that meetings, approvals "
                                           "and tasks can be given to them.")
                                       : _("Add the people of your company so that meetings, approvals "
                                           "and tasks can be given to them. People who were deactivated "
                                           "are listed with “Show inactive”."));
      gtk_widget_set_visible (self->people_status_button, TRUE);
    }

  gtk_stack_set_visible_child_name (self->people_stack, "empty");
}

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsPeoplePage) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;

  people = ops_store_list_people_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      gtk_spinner_stop (self->people_spinner);
      adw_status_page_set_icon_name (self->people_status_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->people_status_page, _("Could not load the people"));
      adw_status_page_set_description (self->people_status_page, error->message);
      gtk_widget_set_visible (self->people_status_button, FALSE);
      gtk_stack_set_visible_child_name (self->people_stack, "empty");
      ops_show_error (GTK_WIDGET (self), _("Could not load the people"), error);
      return;
    }

  self->people_loaded = TRUE;
  gtk_sort_list_model_set_model (self->people_sort_model, people);
  update_people_state (self);

  if (self->select_person_id != 0)
    {
      select_by_id (self->people_selection, self->select_person_id);
      self->select_person_id = 0;
    }
}

static void
load_people (OpsPeoplePage *self)
{
  OpsStore *store = get_store (self);
  OpsPersonFilter filter = { 0 };
  g_autofree char *search = NULL;

  if (store == NULL)
    return;

  /* Only the newest query counts. */
  g_cancellable_cancel (self->people_cancellable);
  g_clear_object (&self->people_cancellable);
  self->people_cancellable = g_cancellable_new ();

  search = dup_search_text (self);
  filter.search = search;
  filter.department_id = selected_department_id (self);
  filter.include_inactive = gtk_check_button_get_active (self->show_inactive);

  if (!self->people_loaded)
    {
      gtk_stack_set_visible_child_name (self->people_stack, "loading");
      gtk_spinner_start (self->people_spinner);
    }

  ops_store_list_people_async (store, &filter, OPS_RANGE_ALL,
                               self->people_cancellable,
                               on_people_listed, g_object_ref (self));
}

static void
on_person_activated (OpsPeoplePage *self,
                     guint          position)
{
  g_autoptr(OpsPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people_selection), position);

  if (person != NULL)
    open_person_editor (self, person);
}

/* Departments ----------------------------------------------------------- */

static void
update_departments_state (OpsPeoplePage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->departments_filter_model));
  guint all;
  g_autofree char *count = NULL;

  /* Nothing to say before the first list arrived. */
  if (self->departments == NULL)
    return;

  all = g_list_model_get_n_items (self->departments);

  if (shown == all)
    count = g_strdup_printf (ngettext ("%u department", "%u departments", all), all);
  else
    /* Translators: "3 of 12 departments" while searching. */
    count = g_strdup_printf (ngettext ("%u of %u department", "%u of %u departments", all), shown, all);
  gtk_label_set_text (self->departments_count_label, count);

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->departments_stack, "list");
      return;
    }

  if (all > 0)
    {
      g_autofree char *title = g_strdup_printf (_("No department matches “%s”"),
                                                gtk_string_filter_get_search (self->departments_filter));

      adw_status_page_set_icon_name (self->departments_status_page, "edit-find-symbolic");
      adw_status_page_set_title (self->departments_status_page, title);
      adw_status_page_set_description (self->departments_status_page,
                                       _("Search for part of the department’s name, or clear the search."));
      gtk_widget_set_visible (self->departments_status_button, FALSE);
    }
  else
    {
      adw_status_page_set_icon_name (self->departments_status_page, "view-list-symbolic");
      adw_status_page_set_title (self->departments_status_page, _("No departments yet"));
      adw_status_page_set_description (self->departments_status_page,
                                       _("Add the departments of your company and name their heads "
                                         "and division leaders: approvals go to them."));
      gtk_widget_set_visible (self->departments_status_button, TRUE);
    }

  gtk_stack_set_visible_child_name (self->departments_stack, "empty");
}

static void
on_departments_items_changed (OpsPeoplePage *self,
                              guint          position,
                              guint          removed,
                              guint          added,
                              GListModel    *model)
{
  update_departments_state (self);
}

/* Refills the department filter from the last department list, keeping the
 * chosen department when it still exists. */
static void
rebuild_department_filter (OpsPeoplePage *self)
{
  guint n = g_list_model_get_n_items (self->departments);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean lost;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsDepartment) department = g_list_model_get_item (self->departments, i);
      gint64 id = ops_department_get_id (department);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, g_strdup (ops_department_get_name (department)));
    }

  self->updating_filter = TRUE;
  lost = ops_id_filter_refill (self->department_filter, self->department_filter_model,
                               self->filter_ids, _("All departments"), names, ids);
  self->updating_filter = FALSE;

  /* The chosen department is gone: the people list must follow. */
  if (lost)
    load_people (self);
}

static void
on_departments_listed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsPeoplePage) self = user_data;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GError) error = NULL;

  departments = ops_store_list_departments_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the departments"), error);
      return;
    }

  g_set_object (&self->departments, departments);
  rebuild_department_filter (self);
  gtk_filter_list_model_set_model (self->departments_filter_model, departments);
  update_departments_state (self);

  if (self->select_department_id != 0)
    {
      select_by_id (self->departments_selection, self->select_department_id);
      self->select_department_id = 0;
    }
}

static void
load_departments (OpsPeoplePage *self)
{
  OpsStore *store = get_store (self);
  OpsDepartmentFilter filter = { NULL };

  if (store == NULL)
    return;

  g_cancellable_cancel (self->departments_cancellable);
  g_clear_object (&self->departments_cancellable);
  self->departments_cancellable = g_cancellable_new ();

  /* All of them: the list also fills the department filter; the table's
   * search is a filter over the names. */
  ops_store_list_departments_async (store, &filter, OPS_RANGE_ALL,
                                    self->departments_cancellable,
                                    on_departments_listed, g_object_ref (self));
}

static void
on_department_activated (OpsPeoplePage *self,
                         guint          position)
{
  g_autoptr(OpsDepartment) department = g_list_model_get_item (G_LIST_MODEL (self->departments_selection),
                                                               position);

  if (department != NULL)
    open_department_editor (self, department);
}

/* Toolbar --------------------------------------------------------------- */

static void
on_search_changed (OpsPeoplePage *self)
{
  g_autofree char *search = dup_search_text (self);

  if (showing_departments (self))
    {
      if (g_strcmp0 (search, self->departments_search) == 0)
        return;
      g_free (self->departments_search);
      self->departments_search = g_steal_pointer (&search);
      gtk_string_filter_set_search (self->departments_filter, self->departments_search);
    }
  else
    {
      if (g_strcmp0 (search, self->people_search) == 0)
        return;
      g_free (self->people_search);
      self->people_search = g_steal_pointer (&search);
      load_people (self);
    }
}

static void
on_stop_search (OpsPeoplePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_department_filter_changed (OpsPeoplePage *self)
{
  if (!self->updating_filter)
    load_people (self);
}

static void
on_show_inactive_toggled (OpsPeoplePage *self)
{
  load_people (self);
}

static void
on_view_changed (OpsPeoplePage *self)
{
  gboolean departments = showing_departments (self);
  const char *search = departments ? self->departments_search : self->people_search;

  /* One search entry, remembered per view. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  /* gtk_search_entry_set_placeholder_text() is GTK 4.10: use the property. */
  g_object_set (self->search_entry, "placeholder-text",
                departments ? _("Search departments…") : _("Search name, title, e-mail, phone…"),
                NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->department_filter), !departments);
  gtk_widget_set_visible (GTK_WIDGET (self->show_inactive), !departments);
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_person_editor (OPS_PEOPLE_PAGE (widget), NULL);
}

static void
new_department_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  open_department_editor (OPS_PEOPLE_PAGE (widget), NULL);
}

/* OpsPage --------------------------------------------------------------- */

static void
ops_people_page_reload (OpsPage *page)
{
  OpsPeoplePage *self = OPS_PEOPLE_PAGE (page);
  gboolean ready = get_store (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.new-person", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.new-department", ready);

  load_departments (self);
  load_people (self);
}

static void
ops_people_page_focus_search (OpsPage *page)
{
  OpsPeoplePage *self = OPS_PEOPLE_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ops_people_page_new_record (OpsPage *page)
{
  OpsPeoplePage *self = OPS_PEOPLE_PAGE (page);

  if (showing_departments (self))
    open_department_editor (self, NULL);
  else
    open_person_editor (self, NULL);
}

/* GObject --------------------------------------------------------------- */

static void
ops_people_page_dispose (GObject *object)
{
  OpsPeoplePage *self = OPS_PEOPLE_PAGE (object);

  g_cancellable_cancel (self->people_cancellable);
  g_cancellable_cancel (self->departments_cancellable);
  g_clear_object (&self->people_cancellable);
  g_clear_object (&self->departments_cancellable);
  g_clear_object (&self->departments);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PEOPLE_PAGE);

  G_OBJECT_CLASS (ops_people_page_parent_class)->dispose (object);
}

static void
ops_people_page_finalize (GObject *object)
{
  OpsPeoplePage *self = OPS_PEOPLE_PAGE (object);

  g_clear_pointer (&self->filter_ids, g_array_unref);
  g_clear_pointer (&self->people_search, g_free);
  g_clear_pointer (&self->departments_search, g_free);

  G_OBJECT_CLASS (ops_people_page_parent_class)->finalize (object);
}

static void
ops_people_page_class_init (OpsPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsPageClass *page_class = OPS_PAGE_CLASS (klass);

  object_class->dispose = ops_people_page_dispose;
  object_class->finalize = ops_people_page_finalize;

  page_class->reload = ops_people_page_reload;
  page_class->focus_search = ops_people_page_focus_search;
  page_class->new_record = ops_people_page_new_record;
  ops_page_class_watch (page_class, "people", "departments", NULL);

  /* The template's sorters and filters look these types up by name. */
  g_type_ensure (OPS_TYPE_PERSON);
  g_type_ensure (OPS_TYPE_DEPARTMENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-people-page.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, department_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, department_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, show_inactive);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_stack);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_spinner);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_column_view);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_selection);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_sort_model);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_status_page);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_status_button);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, people_count_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, person_name_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, person_department_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, person_title_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, person_email_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, person_phone_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, person_roles_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, person_status_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_stack);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_column_view);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_selection);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_status_page);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_status_button);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, departments_count_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, department_name_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, department_head_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, department_leader_column);
  gtk_widget_class_bind_template_child (widget_class, OpsPeoplePage, department_members_column);

  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_department_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_show_inactive_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_department_activated);

  gtk_widget_class_install_action (widget_class, "people.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "people.new-department", NULL, new_department_action);
}

static void
ops_people_page_init (OpsPeoplePage *self)
{
  gint64 all_id = 0;

  self->filter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->filter_ids, all_id);

  /* Set before the template: its signal handlers may run while it loads. */
  self->updating_filter = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->department_filter_model, _("All departments"));
  gtk_drop_down_set_selected (self->department_filter, 0);
  self->updating_filter = FALSE;

  column_set_cells (self->person_name_column, "name");
  column_set_cells (self->person_department_column, "department-name");
  column_set_cells (self->person_title_column, "title");
  column_set_cells (self->person_email_column, "email");
  column_set_cells (self->person_phone_column, "phone");
  column_set_cells (self->person_roles_column, "roles-label");
  column_set_cells (self->person_status_column, "active");

  column_set_cells (self->department_name_column, "name");
  column_set_cells (self->department_head_column, "head-name");
  column_set_cells (self->department_leader_column, "leader-name");
  column_set_cells (self->department_members_column, "member-count");

  g_signal_connect_object (self->departments_filter_model, "items-changed",
                           G_CALLBACK (on_departments_items_changed), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.new-person", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.new-department", FALSE);

  gtk_label_set_text (self->people_count_label, "");
  gtk_label_set_text (self->departments_count_label, "");
}

GtkWidget *
ops_people_page_new (void)
{
  return g_object_new (OPS_TYPE_PEOPLE_PAGE, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-action-items-page.c: the Action Items section. The table is a store
 * query per filter change (owner, "Mine", status, due week, meeting,
 * search); the column view sorts what came back:
 *
 *   GtkColumnView ← GtkSingleSelection ← GtkSortListModel ← store list
 *
 * Update… (or activating a row) opens OpsActionUpdateDialog; the meeting
 * column opens the meeting on the Meetings page.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-action-items-page.h"
#include "ui/ops-id-filter.h"
#include "ui/ops-action-update-dialog.h"
#include "ui/ops-window.h"

struct _OpsActionItemsPage
{
  OpsPage              parent_instance;

  /* Template children */
  GtkSearchEntry      *search_entry;
  GtkToggleButton     *mine_toggle;
  GtkDropDown         *owner_filter;
  GtkStringList       *owner_filter_model;
  GtkDropDown         *status_filter;
  GtkDropDown         *due_filter;
  GtkDropDown         *meeting_filter;
  GtkStringList       *meeting_filter_model;
  GtkLabel            *count_label;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *content_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *meeting_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *reason_column;
  GtkColumnViewColumn *revisions_column;
  AdwStatusPage       *status_page;
  GtkWidget           *status_button;

  /* State */
  GCancellable        *cancellable;          /* the newest item query */
  GCancellable        *filters_cancellable;  /* people and meetings for the filters */
  GArray              *owner_ids;            /* gint64 per owner filter position */
  GArray              *meeting_ids;          /* gint64 per meeting filter position */
  gint64               select_id;            /* select after the next load */
  OpsContext          *user_watch;           /* whose current user "Mine" follows (not a reference) */
  guint                updating_filters : 1;
  guint                loaded : 1;
};

G_DEFINE_FINAL_TYPE (OpsActionItemsPage, ops_action_items_page, OPS_TYPE_PAGE)

/* The status filter's positions. */
static const OpsActionStatusFilter status_positions[] = {
  OPS_ACTION_FILTER_OPEN,
  OPS_ACTION_FILTER_OVERDUE,
  OPS_ACTION_FILTER_DONE,
  OPS_ACTION_FILTER_ANY,
};

enum {
  DUE_THIS_WEEK,
  DUE_NEXT_WEEK,
  DUE_ANY,
};

static void load_items (OpsActionItemsPage *self);

/* Helpers --------------------------------------------------------------- */

static OpsStore *
get_store (OpsActionItemsPage *self)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));

  return context != NULL ? ops_context_get_store (context) : NULL;
}

static gint64
current_user_id (OpsActionItemsPage *self)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  OpsPerson *user = context != NULL ? ops_context_get_current_user (context) : NULL;

  return user != NULL ? ops_person_get_id (user) : 0;
}

static char *
dup_search_text (OpsActionItemsPage *self)
{
  g_autofree char *text = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (text == NULL || *text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

/* Monday and Sunday ("YYYY-MM-DD") of this week (@weeks_ahead 0) or a later
 * one, in local time. */
static void
week_bounds (int    weeks_ahead,
             char **from,
             char **to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now) + 7 * weeks_ahead);
  g_autoptr(GDateTime) sunday = g_date_time_add_days (monday, 6);

  *from = g_date_time_format (monday, "%Y-%m-%d");
  *to = g_date_time_format (sunday, "%Y-%m-%d");
}

static OpsActionItem *
selected_item (OpsActionItemsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (OpsActionItemsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "action-items.update",
                                 get_store (self) != NULL && selected_item (self) != NULL);
}

/* Cells ----------------------------------------------------------------- */

typedef enum {
  CELL_CONTENT,
  CELL_OWNER,
  CELL_MEETING,
  CELL_DUE,
  CELL_STATUS,
  CELL_REASON,
  CELL_REVISIONS,
} CellKind;

static void
on_meeting_clicked (GtkButton          *button,
                    OpsActionItemsPage *self)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (button), "ops-list-item");
  OpsActionItem *item = gtk_list_item_get_item (list_item);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (item != NULL && ops_action_item_get_meeting_id (item) != 0 && OPS_IS_WINDOW (root))
    ops_window_open_record (OPS_WINDOW (root), "meetings", ops_action_item_get_meeting_id (item));
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            OpsActionItemsPage       *self)
{
  CellKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "ops-kind"));
  GtkWidget *label;

  if (kind == CELL_MEETING)
    {
      GtkWidget *button = gtk_button_new ();

      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "meeting-link");
      g_object_set_data (G_OBJECT (button), "ops-list-item", list_item);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_meeting_clicked), self, 0);
      gtk_list_item_set_child (list_item, button);
      return;
    }

  if (kind == CELL_STATUS)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *badge = gtk_label_new (_("Overdue"));

      label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_add_css_class (badge, "meeting-badge");
      gtk_widget_add_css_class (badge, "flag-error");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (badge, _("Past its due date: update it with a reason and a new date"));
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), badge);
      gtk_list_item_set_child (list_item, box);
      return;
    }

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), kind == CELL_REVISIONS ? 1.0f : 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (kind == CELL_CONTENT || kind == CELL_REASON)
    {
      /* The content and the reason are sentences: two lines before "…". */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
    }
  else
    gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (kind == CELL_REVISIONS || kind == CELL_DUE)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           OpsActionItemsPage       *self)
{
  CellKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "ops-kind"));
  OpsActionItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  switch (kind)
    {
    case CELL_CONTENT:
      gtk_label_set_text (GTK_LABEL (child), ops_action_item_get_content (item));
      gtk_widget_set_tooltip_text (child, ops_action_item_get_content (item));
      break;

    case CELL_OWNER:
      gtk_label_set_text (GTK_LABEL (child), ops_action_item_get_owner_name (item));
      break;

    case CELL_MEETING:
      {
        GtkWidget *label = gtk_button_get_child (GTK_BUTTON (child));
        const char *topic = ops_action_item_get_meeting_topic (item);
        gboolean linked = ops_action_item_get_meeting_id (item) != 0;
        g_autofree char *tooltip = NULL;

        gtk_label_set_text (GTK_LABEL (label), linked && topic != NULL ? topic : _("(meeting deleted)"));
        gtk_widget_set_sensitive (child, linked);
        tooltip = linked ? g_strdup_printf (_("Open the meeting “%s”"), topic) : NULL;
        gtk_widget_set_tooltip_text (child, tooltip);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        linked ? tooltip : _("The meeting was deleted"), -1);
      }
      break;

    case CELL_DUE:
      if (ops_action_item_is_revised (item))
        {
          g_autofree char *markup = g_markup_printf_escaped ("<s>%s</s> %s",
                                                             ops_action_item_get_original_due_date (item),
                                                             ops_action_item_get_due_date (item));
          g_autofree char *tooltip = g_strdup_printf (_("Revised from %s to %s"),
                                                      ops_action_item_get_original_due_date (item),
                                                      ops_action_item_get_due_date (item));
          gtk_label_set_markup (GTK_LABEL (child), markup);
          gtk_widget_set_tooltip_text (child, tooltip);
        }
      else
        {
          gtk_label_set_text (GTK_LABEL (child), ops_action_item_get_due_date (item));
          gtk_widget_set_tooltip_text (child, NULL);
        }
      break;

    case CELL_STATUS:
      {
        GtkWidget *label = gtk_widget_get_first_child (child);
        GtkWidget *badge = gtk_widget_get_next_sibling (label);

        gtk_label_set_text (GTK_LABEL (label), ops_action_status_to_label (ops_action_item_get_status (item)));
        gtk_widget_set_visible (badge, ops_action_item_get_overdue (item));
      }
      break;

    case CELL_REASON:
      gtk_label_set_text (GTK_LABEL (child), ops_action_item_get_last_reason (item));
      gtk_widget_set_tooltip_text (child, ops_action_item_get_last_reason (item));
      break;

    case CELL_REVISIONS:
      text = g_strdup_printf ("%u", ops_action_item_get_revision_count (item));
      gtk_label_set_text (GTK_LABEL (child), text);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
column_set_cells (OpsActionItemsPage  *self,
                  GtkColumnViewColumn *column,
                  CellKind             kind)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "ops-kind", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), self);
  gtk_column_view_column_set_factory (column, factory);
}

/* The update dialog ------------------------------------------------------- */

static void
on_item_saved (OpsActionItemsPage *self,
               OpsActionItem      *item)
{
  /* The store's ::changed reloads the table: keep the row selected. */
  self->select_id = ops_action_item_get_id (item);
}

static void
open_update_dialog (OpsActionItemsPage *self,
                    OpsActionItem      *item)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (context == NULL || item == NULL)
    return;

  dialog = ops_action_update_dialog_new (context, item);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_item_saved), self, G_CONNECT_SWAPPED);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsActionItemsPage *self = OPS_ACTION_ITEMS_PAGE (widget);

  open_update_dialog (self, selected_item (self));
}

static void
on_item_activated (OpsActionItemsPage *self,
                   guint               position)
{
  g_autoptr(OpsActionItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  open_update_dialog (self, item);
}

static void
on_selection_changed (OpsActionItemsPage *self)
{
  update_actions (self);
}

/* Items ------------------------------------------------------------------- */

static gboolean
select_by_id (OpsActionItemsPage *self,
              gint64              id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsActionItem) item = g_list_model_get_item (model, i);

      if (ops_action_item_get_id (item) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
update_state (OpsActionItemsPage *self,
              guint               total)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *count = NULL;
  g_autofree char *search = NULL;
  gboolean filtered;

  count = g_strdup_printf (ngettext ("%u item", "%u items", total), total);
  gtk_label_set_text (self->count_label, count);
  gtk_spinner_stop (self->spinner);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  search = dup_search_text (self);
  filtered = search != NULL || gtk_toggle_button_get_active (self->mine_toggle)
             || gtk_drop_down_get_selected (self->owner_filter) > 0
             || gtk_drop_down_get_selected (self->meeting_filter) > 0
             || gtk_drop_down_get_selected (self->due_filter) != DUE_ANY
             || gtk_drop_down_get_selected (self->status_filter) != G_N_ELEMENTS (status_positions) - 1;

  if (filtered)
    {
      adw_status_page_set_icon_name (self->status_page, "edit-find-symbolic");
      adw_status_page_set_title (self->status_page, _("No Matching Action Items"));
      adw_status_page_set_description (self->status_page,
                                       _("Nothing matches the search and filters. Choose “All statuses” and "
                                         "“Any due date”, turn “Mine” off, or clear the search."));
      gtk_widget_set_visible (self->status_button, FALSE);
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "checkbox-checked-symbolic");
      adw_status_page_set_title (self->status_page, _("No Action Items Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Action items come from meetings: finalise a resolution with its "
                                         "conclusion, owner and deadline and it is tracked here."));
      gtk_widget_set_visible (self->status_button, TRUE);
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_items_listed (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsActionItemsPage) self = user_data;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  items = ops_store_list_action_items_finish (OPS_STORE (source), result, &total, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      gtk_spinner_stop (self->spinner);
      adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->status_page, _("Could Not Load the Action Items"));
      adw_status_page_set_description (self->status_page, error->message);
      gtk_widget_set_visible (self->status_button, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->loaded = TRUE;
  gtk_sort_list_model_set_model (self->sort_model, items);
  update_state (self, total);

  if (self->select_id != 0)
    {
      select_by_id (self, self->select_id);
      self->select_id = 0;
    }
  update_actions (self);
}

static void
load_items (OpsActionItemsPage *self)
{
  OpsStore *store = get_store (self);
  OpsActionItemFilter filter = { 0 };
  g_autofree char *search = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint status = gtk_drop_down_get_selected (self->status_filter);

  if (store == NULL || self->updating_filters)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  search = dup_search_text (self);
  filter.search = search;
  if (gtk_toggle_button_get_active (self->mine_toggle))
    filter.owner_id = current_user_id (self);
  else
    filter.owner_id = ops_id_filter_get_selected (self->owner_filter, self->owner_ids);
  filter.meeting_id = ops_id_filter_get_selected (self->meeting_filter, self->meeting_ids);
  filter.status = status < G_N_ELEMENTS (status_positions) ? status_positions[status] : OPS_ACTION_FILTER_ANY;

  switch (gtk_drop_down_get_selected (self->due_filter))
    {
    case DUE_THIS_WEEK:
      week_bounds (0, &from, &to);
      break;
    case DUE_NEXT_WEEK:
      week_bounds (1, &from, &to);
      break;
    default:
      break;
    }
  filter.due_from = from;
  filter.due_to = to;

  if (!self->loaded)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_spinner_start (self->spinner);
    }

  ops_store_list_action_items_async (store, &filter, OPS_RANGE_ALL, self->cancellable,
                                     on_items_listed, g_object_ref (self));
}

/* Filters ----------------------------------------------------------------- */

/* Refills a filter drop-down with "All …" and @names, keeping the chosen id
 * when it is still offered. */
static void
refill_filter (OpsActionItemsPage *self,
               GtkDropDown        *drop_down,
               GtkStringList      *model,
               GArray             *ids,
               const char         *all_label,
               GPtrArray          *names,
               GArray             *new_ids)
{
  gboolean lost;

  self->updating_filters = TRUE;
  lost = ops_id_filter_refill (drop_down, model, ids, all_label, names, new_ids);
  self->updating_filters = FALSE;

  if (lost)
    load_items (self);
}

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsActionItemsPage) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) ids = NULL;

  people = ops_store_list_people_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the people for the owner filter"), error);
      return;
    }

  ops_id_filter_people (people, &names, &ids);
  refill_filter (self, self->owner_filter, self->owner_filter_model, self->owner_ids,
                 _("All owners"), names, ids);
}

static void
on_meetings_listed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OpsActionItemsPage) self = user_data;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  meetings = ops_store_list_meetings_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the meetings for the meeting filter"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(OpsMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (meeting));
      g_autofree char *date = g_date_time_format (start, "%Y-%m-%d");
      gint64 id = ops_meeting_get_id (meeting);

      g_ptr_array_add (names, g_strdup_printf ("%s · %s", date, ops_meeting_get_topic (meeting)));
      g_array_append_val (ids, id);
    }

  refill_filter (self, self->meeting_filter, self->meeting_filter_model, self->meeting_ids,
                 _("All meetings"), names, ids);
}

static void
load_filters (OpsActionItemsPage *self)
{
  OpsStore *store = get_store (self);
  OpsPersonFilter people = { 0 };
  OpsMeetingFilter meetings = { 0 };

  if (store == NULL)
    return;

  g_cancellable_cancel (self->filters_cancellable);
  g_clear_object (&self->filters_cancellable);
  self->filters_cancellable = g_cancellable_new ();

  people.include_inactive = TRUE;
  ops_store_list_people_async (store, &people, OPS_RANGE_ALL, self->filters_cancellable,
                               on_people_listed, g_object_ref (self));

  /* The latest 200 meetings: older ones are found by the search. */
  meetings.scope = OPS_MEETING_SCOPE_ALL;
  ops_store_list_meetings_async (store, &meetings, (OpsRange) { 0, 200 }, self->filters_cancellable,
                                 on_meetings_listed, g_object_ref (self));
}

static void
on_filter_changed (OpsActionItemsPage *self)
{
  if (!self->updating_filters)
    load_items (self);
}

static void
on_mine_toggled (OpsActionItemsPage *self)
{
  gboolean mine = gtk_toggle_button_get_active (self->mine_toggle);

  /* "Mine" stands for the owner filter while it is on. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_filter), !mine);
  load_items (self);
}

static void
on_stop_search (OpsActionItemsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_current_user_changed (OpsActionItemsPage *self)
{
  if (gtk_toggle_button_get_active (self->mine_toggle))
    load_items (self);
}

/* OpsPage --------------------------------------------------------------- */

static void
ops_action_items_page_reload (OpsPage *page)
{
  OpsActionItemsPage *self = OPS_ACTION_ITEMS_PAGE (page);
  OpsContext *context = ops_page_get_context (page);

  if (context != NULL && self->user_watch != context)
    {
      /* Follow the current user for "Mine" (connected once per context;
       * the connection ends with the page). */
      g_signal_connect_object (context, "notify::current-user",
                               G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);
      self->user_watch = context;
    }

  load_filters (self);
  load_items (self);
  update_actions (self);
}

static void
ops_action_items_page_focus_search (OpsPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (OPS_ACTION_ITEMS_PAGE (page)->search_entry));
}

static void
ops_action_items_page_new_record (OpsPage *page)
{
  OpsActionItemsPage *self = OPS_ACTION_ITEMS_PAGE (page);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Action items are born from resolutions: Ctrl+N goes to the meetings. */
  if (OPS_IS_WINDOW (root))
    {
      ops_window_show_page (OPS_WINDOW (root), "meetings");
      ops_show_toast (GTK_WIDGET (root),
                      _("Action items come from resolutions: finalise one in a meeting to add an item"));
    }
}

static void
ops_action_items_page_open_record (OpsPage *page,
                                   gint64   id)
{
  OpsActionItemsPage *self = OPS_ACTION_ITEMS_PAGE (page);

  if (select_by_id (self, id))
    return;

  /* Not in the table as filtered: show everything, then select it. */
  self->updating_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_toggle_button_set_active (self->mine_toggle, FALSE);
  gtk_drop_down_set_selected (self->owner_filter, 0);
  gtk_drop_down_set_selected (self->meeting_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, G_N_ELEMENTS (status_positions) - 1);
  gtk_drop_down_set_selected (self->due_filter, DUE_ANY);
  self->updating_filters = FALSE;
  self->select_id = id;
  load_items (self);
}

/* GObject --------------------------------------------------------------- */

static void
ops_action_items_page_dispose (GObject *object)
{
  OpsActionItemsPage *self = OPS_ACTION_ITEMS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->filters_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->filters_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_ACTION_ITEMS_PAGE);

  G_OBJECT_CLASS (ops_action_items_page_parent_class)->dispose (object);
}

static void
ops_action_items_page_finalize (GObject *object)
{
  OpsActionItemsPage *self = OPS_ACTION_ITEMS_PAGE (object);

  g_clear_pointer (&self->owner_ids, g_array_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);

  G_OBJECT_CLASS (ops_action_items_page_parent_class)->finalize (object);
}

static void
ops_action_items_page_class_init (OpsActionItemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsPageClass *page_class = OPS_PAGE_CLASS (klass);

  object_class->dispose = ops_action_items_page_dispose;
  object_class->finalize = ops_action_items_page_finalize;

  page_class->reload = ops_action_items_page_reload;
  page_class->focus_search = ops_action_items_page_focus_search;
  page_class->new_record = ops_action_items_page_new_record;
  page_class->open_record = ops_action_items_page_open_record;
  ops_page_class_watch (page_class, "action-items", "meetings", "people", NULL);

  /* The template's sorters look the type up by name. */
  g_type_ensure (OPS_TYPE_ACTION_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-action-items-page.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, mine_toggle);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, owner_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, due_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, meeting_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, meeting_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, content_column);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, meeting_column);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, reason_column);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, revisions_column);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OpsActionItemsPage, status_button);

  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_mine_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_item_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);

  gtk_widget_class_install_action (widget_class, "action-items.update", NULL, update_action);
}

static void
ops_action_items_page_init (OpsActionItemsPage *self)
{
  gint64 zero = 0;

  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->owner_ids, zero);
  g_array_append_val (self->meeting_ids, zero);

  /* Set before the template: its signal handlers may run while it loads. */
  self->updating_filters = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (self->owner_filter_model, _("All owners"));
  gtk_string_list_append (self->meeting_filter_model, _("All meetings"));
  gtk_drop_down_set_selected (self->owner_filter, 0);
  gtk_drop_down_set_selected (self->meeting_filter, 0);
  gtk_drop_down_set_selected (self->due_filter, DUE_ANY);
  self->updating_filters = FALSE;

  column_set_cells (self, self->content_column, CELL_CONTENT);
  column_set_cells (self, self->owner_column, CELL_OWNER);
  column_set_cells (self, self->meeting_column, CELL_MEETING);
  column_set_cells (self, self->due_column, CELL_DUE);
  column_set_cells (self, self->status_column, CELL_STATUS);
  column_set_cells (self, self->reason_column, CELL_REASON);
  column_set_cells (self, self->revisions_column, CELL_REVISIONS);

  gtk_label_set_text (self->count_label, "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "action-items.update", FALSE);
}

GtkWidget *
ops_action_items_page_new (void)
{
  return g_object_new (OPS_TYPE_ACTION_ITEMS_PAGE, NULL);
}

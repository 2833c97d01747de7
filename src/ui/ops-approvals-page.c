/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approvals-page.c: the Approvals section: the scope switcher (Waiting
 * for Me / My Requests / All, with counts), search and filters, the list of
 * requests with their state, step, deadline and flags, and the selected
 * request in an OpsApprovalView beside it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-approval-editor.h"
#include "ui/ops-approval-view.h"
#include "ui/ops-approvals-page.h"
#include "ui/ops-id-filter.h"

#define N_SCOPES 3

struct _OpsApprovalsPage
{
  OpsPage             parent_instance;

  /* Template children */
  GtkRevealer        *audit_revealer;
  GtkLabel           *audit_label;
  GtkToggleButton    *scope_waiting;
  GtkToggleButton    *scope_mine;
  GtkToggleButton    *scope_all;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *type_filter;
  GtkStringList      *type_filter_model;
  GtkDropDown        *state_filter;
  GtkStringList      *state_filter_model;
  GtkCheckButton     *overdue_only;
  GtkStack           *list_stack;
  GtkSpinner         *spinner;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  AdwStatusPage      *status_page;
  GtkWidget          *status_button;
  GtkLabel           *count_label;
  OpsApprovalView    *view;

  /* State */
  GCancellable       *list_cancellable;
  GCancellable       *types_cancellable;
  GCancellable       *count_cancellable;
  OpsContext         *watched;           /* whose current-user we follow */
  GArray             *type_ids;          /* gint64 per type filter position */
  gint64              select_id;         /* select after the next load */
  guint               updating_filters : 1;
  guint               updating_selection : 1;
  guint               loaded : 1;
};

G_DEFINE_FINAL_TYPE (OpsApprovalsPage, ops_approvals_page, OPS_TYPE_PAGE)

static void load_list   (OpsApprovalsPage *self);
static void load_counts (OpsApprovalsPage *self);

/* Helpers --------------------------------------------------------------- */

static OpsStore *
get_store (OpsApprovalsPage *self)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));

  return context != NULL ? ops_context_get_store (context) : NULL;
}

static OpsApprovalScope
current_scope (OpsApprovalsPage *self)
{
  if (gtk_toggle_button_get_active (self->scope_mine))
    return OPS_APPROVAL_SCOPE_MINE;
  if (gtk_toggle_button_get_active (self->scope_all))
    return OPS_APPROVAL_SCOPE_ALL;
  return OPS_APPROVAL_SCOPE_WAITING_FOR_ME;
}

static char *
dup_search_text (OpsApprovalsPage *self)
{
  g_autofree char *text = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (text == NULL || *text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

static gint64
selected_type_id (OpsApprovalsPage *self)
{
  return ops_id_filter_get_selected (self->type_filter, self->type_ids);
}

static int
selected_state (OpsApprovalsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->state_filter);

  /* Position 0 is "Any state"; then the states in enum order. */
  if (position == GTK_INVALID_LIST_POSITION || position == 0 || position > OPS_APPROVAL_N_STATES)
    return -1;
  return (int) position - 1;
}

static gboolean
filters_active (OpsApprovalsPage *self)
{
  g_autofree char *search = dup_search_text (self);

  return search != NULL || selected_type_id (self) != 0 || selected_state (self) >= 0
         || gtk_check_button_get_active (self->overdue_only);
}

/* "11-28" for a date of this year, else "2025-11-28". */
static char *
format_due (const char *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *year = g_date_time_format (now, "%Y-");

  if (date == NULL || *date == '\0')
    return g_strdup ("");
  if (g_str_has_prefix (date, year))
    return g_strdup (date + strlen (year));
  return g_strdup (date);
}

/* Rows ------------------------------------------------------------------ */

/* The line under a request that says where it stands. */
static char *
dup_step_text (OpsApprovalRequest *request)
{
  OpsApprovalState state = ops_approval_request_get_state (request);

  switch (state)
    {
    case OPS_APPROVAL_STATE_PENDING:
      {
        g_autofree char *due = format_due (ops_approval_request_get_step_due_date (request));
        const char *approver = ops_approval_request_get_current_approver_name (request);

        /* TRANSLATORS: "Level 2 of 3 · 李强 · due 11-28" */
        return g_strdup_printf (_("Level %u of %u · %s · due %s"),
                                ops_approval_request_get_current_level (request),
                                ops_approval_request_get_level_count (request),
                                approver != NULL ? approver : "", due);
      }
    case OPS_APPROVAL_STATE_RETURNED:
      return g_strdup_printf (_("Returned to %s for changes"),
                              ops_approval_request_get_applicant_name (request));
    case OPS_APPROVAL_STATE_APPROVED:
      /* Administration looks for what is still to stamp. */
      if (ops_approval_request_get_archive_number (request) != NULL
          && ops_approval_request_get_stamped_at (request) == 0)
        return g_strdup_printf (_("Archive number %s · to be stamped and distributed"),
                                ops_approval_request_get_archive_number (request));
      if (ops_approval_request_get_archive_number (request) != NULL)
        return g_strdup_printf (_("Archive number %s"), ops_approval_request_get_archive_number (request));
      return g_strdup (_("Approved"));
    case OPS_APPROVAL_STATE_DRAFT:
      return g_strdup (_("Draft: not submitted yet"));
    case OPS_APPROVAL_STATE_REJECTED:
    case OPS_APPROVAL_STATE_WITHDRAWN:
      return g_strdup (ops_approval_state_to_label (state));
    default:
      return g_strdup ("");
    }
}

static const char *state_classes[] = {
  "badge-draft", "badge-pending", "badge-returned", "badge-approved", "badge-rejected", "badge-withdrawn",
};

/* Shared with the detail view: the state badge's colour class. */
static void
badge_set_state (GtkWidget        *badge,
                 OpsApprovalState  state)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    gtk_widget_remove_css_class (badge, state_classes[i]);
  if ((guint) state < G_N_ELEMENTS (state_classes))
    gtk_widget_add_css_class (badge, state_classes[state]);
  gtk_label_set_text (GTK_LABEL (badge), ops_approval_state_to_label (state));
}

static GtkWidget *
make_label (const char *css_class,
            const char *name)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_name (label, name);
  return label;
}

static void
row_setup (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = make_label ("heading", "approval-row-name");
  GtkWidget *state = make_label ("badge", "approval-row-state");
  GtkWidget *overdue = make_label ("badge", "approval-row-overdue");
  GtkWidget *major = make_label ("badge", "approval-row-major");
  GtkWidget *meta = make_label ("dim-label", "approval-row-meta");
  GtkWidget *step = make_label (NULL, "approval-row-step");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (overdue, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (major, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (state), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_ellipsize (GTK_LABEL (overdue), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_ellipsize (GTK_LABEL (major), PANGO_ELLIPSIZE_NONE);
  gtk_widget_add_css_class (overdue, "badge-overdue");
  gtk_widget_add_css_class (major, "badge-major");
  gtk_label_set_text (GTK_LABEL (overdue), _("OVERDUE"));
  gtk_label_set_text (GTK_LABEL (major), _("Major"));
  gtk_widget_set_tooltip_text (major, _("Major item: needs a special meeting before the last approval"));

  gtk_box_append (GTK_BOX (line), name);
  gtk_box_append (GTK_BOX (line), overdue);
  gtk_box_append (GTK_BOX (line), major);
  gtk_box_append (GTK_BOX (line), state);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_box_append (GTK_BOX (box), step);

  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "state", state);
  g_object_set_data (G_OBJECT (box), "overdue", overdue);
  g_object_set_data (G_OBJECT (box), "major", major);
  g_object_set_data (G_OBJECT (box), "meta", meta);
  g_object_set_data (G_OBJECT (box), "step", step);
  gtk_list_item_set_child (item, box);
}

static void
row_bind (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  OpsApprovalRequest *request = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *step = g_object_get_data (G_OBJECT (box), "step");
  g_autofree char *meta = NULL;
  g_autofree char *step_text = dup_step_text (request);
  g_autofree char *accessible = NULL;
  gboolean overdue = ops_approval_request_get_overdue (request);
  gboolean major = ops_approval_request_get_major (request);

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "name"), ops_approval_request_get_name (request));
  gtk_widget_set_tooltip_text (g_object_get_data (G_OBJECT (box), "name"), ops_approval_request_get_name (request));
  badge_set_state (g_object_get_data (G_OBJECT (box), "state"), ops_approval_request_get_state (request));
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (box), "overdue"), overdue);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (box), "major"), major);

  /* TRANSLATORS: type · applicant · application date */
  meta = g_strdup_printf (_("%s · %s · %s"),
                          ops_approval_request_get_type_name (request) != NULL ? ops_approval_request_get_type_name (request) : "",
                          ops_approval_request_get_applicant_name (request) != NULL ? ops_approval_request_get_applicant_name (request) : "",
                          ops_approval_request_get_date (request) != NULL ? ops_approval_request_get_date (request) : "");
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "meta"), meta);
  gtk_label_set_text (GTK_LABEL (step), step_text);
  if (overdue)
    gtk_widget_add_css_class (step, "overdue");
  else
    gtk_widget_remove_css_class (step, "overdue");

  /* One sentence for a screen reader. */
  accessible = g_strdup_printf ("%s, %s%s%s, %s, %s",
                                ops_approval_request_get_name (request),
                                ops_approval_state_to_label (ops_approval_request_get_state (request)),
                                overdue ? ", " : "", overdue ? _("overdue") : "",
                                meta, step_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Scopes and counts ----------------------------------------------------- */

static void
set_scope_label (GtkToggleButton *button,
                 const char      *title,
                 guint            count,
                 gboolean         known)
{
  g_autofree char *text = known ? g_strdup_printf ("%s (%u)", title, count) : g_strdup (title);

  gtk_button_set_label (GTK_BUTTON (button), text);
}

typedef struct {
  OpsApprovalsPage *self;
  OpsApprovalScope  scope;
} CountData;

static void
on_counted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CountData *data = user_data;
  g_autoptr(OpsApprovalsPage) self = data->self;
  OpsApprovalScope scope = data->scope;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  g_free (data);
  list = ops_store_list_approvals_finish (OPS_STORE (source), result, &total, &error);
  /* A count is a hint: on an error the button keeps its plain title. */
  if (list == NULL)
    return;

  switch (scope)
    {
    case OPS_APPROVAL_SCOPE_WAITING_FOR_ME:
      set_scope_label (self->scope_waiting, _("Waiting for Me"), total, TRUE);
      break;
    case OPS_APPROVAL_SCOPE_MINE:
      set_scope_label (self->scope_mine, _("My Requests"), total, TRUE);
      break;
    case OPS_APPROVAL_SCOPE_ALL:
      set_scope_label (self->scope_all, _("All"), total, TRUE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
load_counts (OpsApprovalsPage *self)
{
  OpsStore *store = get_store (self);
  static const OpsApprovalScope scopes[N_SCOPES] = {
    OPS_APPROVAL_SCOPE_WAITING_FOR_ME, OPS_APPROVAL_SCOPE_MINE, OPS_APPROVAL_SCOPE_ALL,
  };

  if (store == NULL)
    return;

  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  self->count_cancellable = g_cancellable_new ();

  for (guint i = 0; i < N_SCOPES; i++)
    {
      OpsApprovalFilter filter;
      CountData *data = g_new0 (CountData, 1);

      ops_approval_filter_init (&filter);
      filter.scope = scopes[i];
      data->self = g_object_ref (self);
      data->scope = scopes[i];
      /* Only the total is wanted. */
      ops_store_list_approvals_async (store, &filter, (OpsRange) { 0, 1 }, self->count_cancellable,
                                      on_counted, data);
    }
}

/* The list -------------------------------------------------------------- */

static void
update_state (OpsApprovalsPage *self)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autofree char *count = NULL;

  count = g_strdup_printf (ngettext ("%u request", "%u requests", n), n);
  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (filters_active (self))
    {
      adw_status_page_set_icon_name (self->status_page, "edit-find-symbolic");
      adw_status_page_set_title (self->status_page, _("No Request Matches"));
      adw_status_page_set_description (self->status_page,
                                       _("Search for part of the document name, the applicant, the purpose or the archive number, or clear the search and the filters."));
      gtk_widget_set_visible (self->status_button, FALSE);
    }
  else
    {
      switch (current_scope (self))
        {
        case OPS_APPROVAL_SCOPE_WAITING_FOR_ME:
          adw_status_page_set_icon_name (self->status_page, "object-select-symbolic");
          adw_status_page_set_title (self->status_page, _("Nothing Is Waiting for You"));
          adw_status_page_set_description (self->status_page,
                                           _("Requests appear here when it is your turn to decide on them, also while you stand in for someone as their substitute. My Requests shows the ones you made."));
          gtk_widget_set_visible (self->status_button, FALSE);
          break;
        case OPS_APPROVAL_SCOPE_MINE:
          adw_status_page_set_icon_name (self->status_page, "document-send-symbolic");
          adw_status_page_set_title (self->status_page, _("You Have No Requests"));
          adw_status_page_set_description (self->status_page,
                                           _("Ask for a policy, contract, expense or other document to be approved: it goes through its chain level by level, each with a deadline."));
          gtk_widget_set_visible (self->status_button, TRUE);
          break;
        case OPS_APPROVAL_SCOPE_ALL:
          adw_status_page_set_icon_name (self->status_page, "mail-send-receive-symbolic");
          adw_status_page_set_title (self->status_page, _("No Approval Requests Yet"));
          adw_status_page_set_description (self->status_page,
                                           _("Requests of everyone appear here. Start one with New Request; the chains of the document types are set in Preferences."));
          gtk_widget_set_visible (self->status_button, TRUE);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
select_id (OpsApprovalsPage *self,
           gint64            id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  self->updating_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalRequest) request = g_list_model_get_item (model, i);

      if (ops_approval_request_get_id (request) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  self->updating_selection = FALSE;
}

static void
on_listed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(OpsApprovalsPage) self = user_data;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gboolean requested;
  gint64 keep_id;

  list = ops_store_list_approvals_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);
  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the approval requests"), error);
      return;
    }

  self->loaded = TRUE;
  requested = self->select_id != 0;
  keep_id = requested ? self->select_id : ops_approval_view_get_id (self->view);
  self->select_id = 0;

  self->updating_selection = TRUE;
  gtk_single_selection_set_model (self->selection, list);
  self->updating_selection = FALSE;
  if (keep_id != 0)
    select_id (self, keep_id);
  else if (g_list_model_get_n_items (list) > 0)
    /* Master–detail: start with the first (most urgent) request shown. */
    gtk_single_selection_set_selected (self->selection, 0);
  update_state (self);

  /* A request asked for (from My Work, a link) that this scope does not
   * list: show all requests, where it is. */
  if (requested && gtk_single_selection_get_selected_item (self->selection) == NULL
      && !gtk_toggle_button_get_active (self->scope_all))
    {
      self->select_id = keep_id;
      gtk_toggle_button_set_active (self->scope_all, TRUE);
    }
}

static void
load_list (OpsApprovalsPage *self)
{
  OpsStore *store = get_store (self);
  OpsApprovalFilter filter;
  g_autofree char *search = NULL;

  if (store == NULL)
    return;

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->list_cancellable = g_cancellable_new ();

  search = dup_search_text (self);
  ops_approval_filter_init (&filter);
  filter.search = search;
  filter.scope = current_scope (self);
  filter.type_id = selected_type_id (self);
  filter.state = selected_state (self);
  filter.overdue_only = gtk_check_button_get_active (self->overdue_only);

  if (!self->loaded)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "loading");
      gtk_spinner_start (self->spinner);
    }

  ops_store_list_approvals_async (store, &filter, OPS_RANGE_ALL, self->list_cancellable,
                                  on_listed, g_object_ref (self));
}

/* Filters --------------------------------------------------------------- */

static void
on_types_listed (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApprovalsPage) self = user_data;
  g_autoptr(GListModel) types = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean lost;

  types = ops_store_list_approval_types_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the document types"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(OpsApprovalType) type = g_list_model_get_item (types, i);
      gint64 id = ops_approval_type_get_id (type);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, g_strdup (ops_approval_type_get_name (type)));
    }

  self->updating_filters = TRUE;
  lost = ops_id_filter_refill (self->type_filter, self->type_filter_model, self->type_ids,
                               _("All types"), names, ids);
  self->updating_filters = FALSE;

  /* The chosen type is gone: the list must follow. */
  if (lost)
    load_list (self);
}

static void
load_types (OpsApprovalsPage *self)
{
  OpsStore *store = get_store (self);

  if (store == NULL)
    return;

  g_cancellable_cancel (self->types_cancellable);
  g_clear_object (&self->types_cancellable);
  self->types_cancellable = g_cancellable_new ();
  ops_store_list_approval_types_async (store, self->types_cancellable, on_types_listed,
                                       g_object_ref (self));
}

static void
on_filter_changed (OpsApprovalsPage *self)
{
  if (!self->updating_filters)
    load_list (self);
}

static void
on_scope_toggled (OpsApprovalsPage *self,
                  GtkToggleButton  *button)
{
  /* Each switch toggles two buttons: act on the one turned on. */
  if (gtk_toggle_button_get_active (button))
    load_list (self);
}

static void
on_stop_search (OpsApprovalsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_selection_changed (OpsApprovalsPage *self)
{
  OpsApprovalRequest *request;

  if (self->updating_selection)
    return;

  request = gtk_single_selection_get_selected_item (self->selection);
  if (request != NULL)
    ops_approval_view_show (self->view, ops_approval_request_get_id (request));
}

/* Editor ---------------------------------------------------------------- */

static void
on_request_saved (OpsApprovalsPage   *self,
                  OpsApprovalRequest *request)
{
  /* The store's ::changed reloads the list; show the saved request. */
  self->select_id = ops_approval_request_get_id (request);
  ops_approval_view_show (self->view, self->select_id);
}

static void
open_editor (OpsApprovalsPage *self)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *editor;

  if (context == NULL || ops_context_get_current_user (context) == NULL)
    return;

  editor = ops_approval_editor_new (context, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_request_saved), self, G_CONNECT_SWAPPED);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (OPS_APPROVALS_PAGE (widget));
}

/* OpsPage --------------------------------------------------------------- */

static void
ops_approvals_page_reload (OpsPage *page)
{
  OpsApprovalsPage *self = OPS_APPROVALS_PAGE (page);
  OpsContext *context = ops_page_get_context (page);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.new", context != NULL);
  ops_approval_view_set_context (self->view, context);
  if (context != self->watched)
    {
      /* What waits for me and what is mine change with the current user. */
      if (self->watched != NULL)
        g_signal_handlers_disconnect_by_data (self->watched, self);
      g_set_object (&self->watched, context);
      if (context != NULL)
        g_signal_connect_object (context, "notify::current-user",
                                 G_CALLBACK (ops_page_reload), self, G_CONNECT_SWAPPED);
    }

  load_types (self);
  load_list (self);
  load_counts (self);
  /* The request shown may have changed too. */
  if (ops_approval_view_get_id (self->view) != 0)
    ops_approval_view_show (self->view, ops_approval_view_get_id (self->view));
}

static void
ops_approvals_page_focus_search (OpsPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (OPS_APPROVALS_PAGE (page)->search_entry));
}

static void
ops_approvals_page_new_record (OpsPage *page)
{
  open_editor (OPS_APPROVALS_PAGE (page));
}

static void
ops_approvals_page_open_record (OpsPage *page,
                                gint64   id)
{
  OpsApprovalsPage *self = OPS_APPROVALS_PAGE (page);

  /* Shown at once; selected in the list when the list has it, else the
   * list shows all requests, where it is. */
  ops_approval_view_show (self->view, id);
  self->select_id = id;
  select_id (self, id);
  if (self->loaded && gtk_single_selection_get_selected_item (self->selection) == NULL
      && !gtk_toggle_button_get_active (self->scope_all))
    gtk_toggle_button_set_active (self->scope_all, TRUE);
}

/* Public ---------------------------------------------------------------- */

void
ops_approvals_page_set_audit_alert (OpsApprovalsPage *self,
                                    const char       *message)
{
  g_return_if_fail (OPS_IS_APPROVALS_PAGE (self));

  gtk_label_set_text (self->audit_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->audit_revealer, message != NULL);
}

GtkWidget *
ops_approvals_page_new (void)
{
  return g_object_new (OPS_TYPE_APPROVALS_PAGE, NULL);
}

/* GObject --------------------------------------------------------------- */

static void
ops_approvals_page_dispose (GObject *object)
{
  OpsApprovalsPage *self = OPS_APPROVALS_PAGE (object);

  g_cancellable_cancel (self->list_cancellable);
  g_cancellable_cancel (self->types_cancellable);
  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->list_cancellable);
  g_clear_object (&self->types_cancellable);
  g_clear_object (&self->count_cancellable);
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  g_clear_object (&self->watched);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_APPROVALS_PAGE);

  G_OBJECT_CLASS (ops_approvals_page_parent_class)->dispose (object);
}

static void
ops_approvals_page_finalize (GObject *object)
{
  OpsApprovalsPage *self = OPS_APPROVALS_PAGE (object);

  g_clear_pointer (&self->type_ids, g_array_unref);

  G_OBJECT_CLASS (ops_approvals_page_parent_class)->finalize (object);
}

static void
ops_approvals_page_class_init (OpsApprovalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsPageClass *page_class = OPS_PAGE_CLASS (klass);

  object_class->dispose = ops_approvals_page_dispose;
  object_class->finalize = ops_approvals_page_finalize;

  page_class->reload = ops_approvals_page_reload;
  page_class->focus_search = ops_approvals_page_focus_search;
  page_class->new_record = ops_approvals_page_new_record;
  page_class->open_record = ops_approvals_page_open_record;
  ops_page_class_watch (page_class, "approvals", "people", "meetings", NULL);

  g_type_ensure (OPS_TYPE_APPROVAL_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-approvals-page.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, audit_revealer);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, audit_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, scope_waiting);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, scope_mine);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, scope_all);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, type_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, type_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, state_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, state_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, overdue_only);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, status_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalsPage, view);

  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);

  gtk_widget_class_install_action (widget_class, "approvals.new", NULL, new_action);
}

static void
ops_approvals_page_init (OpsApprovalsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  gint64 all_id = 0;

  self->type_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->type_ids, all_id);

  /* Set before the template: its signal handlers may run while it loads. */
  self->updating_filters = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->type_filter_model, _("All types"));
  gtk_drop_down_set_selected (self->type_filter, 0);
  gtk_string_list_append (self->state_filter_model, _("Any state"));
  for (int state = 0; state < OPS_APPROVAL_N_STATES; state++)
    gtk_string_list_append (self->state_filter_model, ops_approval_state_to_label (state));
  gtk_drop_down_set_selected (self->state_filter, 0);
  self->updating_filters = FALSE;

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.new", FALSE);
  gtk_label_set_text (self->count_label, "");
}

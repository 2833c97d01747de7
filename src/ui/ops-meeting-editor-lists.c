/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-editor-lists.c: the lists of the meeting editor — attendees
 * (people, whole departments expanded to their members, guests by name),
 * the ordered agenda with its live total against the planned length, and
 * custom resources. The materials are in ops-meeting-editor-materials.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-compat.h"
#include "ui/ops-meeting-editor-private.h"

static OpsStore *
get_store (OpsMeetingEditor *self)
{
  return ops_context_get_store (ops_editor_get_context (OPS_EDITOR (self)));
}

/* Shows a problem with what was typed inline, like a store error. */
static void
show_problem (OpsMeetingEditor *self,
              const char       *message)
{
  g_autoptr(GError) error = g_error_new_literal (OPS_VALIDATION_ERROR, OPS_VALIDATION_ERROR_REQUIRED, message);

  ops_editor_show_error (OPS_EDITOR (self), error);
}

GtkWidget *
ops_meeting_editor_remove_button (const char *accessible_label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return button;
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Removes @item from @store, if it is there. */
static void
store_remove_item (GListStore *store,
                   gpointer    item)
{
  guint position;

  if (g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

/* Attendees ------------------------------------------------------------- */

static void
update_attendee_count (OpsMeetingEditor *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->attendees));
  g_autofree char *text = g_strdup_printf (ngettext ("%u attendee", "%u attendees", n), n);

  adw_preferences_group_set_description (self->attendees_group, text);
}

static void
on_attendee_remove_clicked (GtkButton        *button,
                            OpsMeetingEditor *self)
{
  store_remove_item (self->attendees, g_object_get_data (G_OBJECT (button), "ops-item"));
}

static GtkWidget *
create_attendee_row (gpointer item,
                     gpointer user_data)
{
  OpsMeetingEditor *self = user_data;
  OpsAttendee *attendee = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *label = g_strdup_printf (_("Remove %s"), ops_attendee_get_name (attendee));
  GtkWidget *button = ops_meeting_editor_remove_button (label);
  const char *department = ops_attendee_get_department_name (attendee);

  gtk_widget_set_name (row, "meeting-attendee-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_attendee_get_name (attendee));
  if (ops_attendee_get_guest (attendee))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("External guest"));
  else if (department != NULL && *department != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), department);

  g_object_set_data_full (G_OBJECT (button), "ops-item", g_object_ref (attendee), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_attendee_remove_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static gboolean
has_person (OpsMeetingEditor *self,
            gint64            person_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attendees)); i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (G_LIST_MODEL (self->attendees), i);

      if (ops_attendee_get_person_id (attendee) == person_id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_guest (OpsMeetingEditor *self,
           const char       *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attendees)); i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (G_LIST_MODEL (self->attendees), i);

      if (ops_attendee_get_guest (attendee) && g_strcmp0 (ops_attendee_get_name (attendee), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);
  guint position = gtk_drop_down_get_selected (self->person_drop_down);
  gint64 id = ops_meeting_editor_person_at (self, position);
  g_autoptr(GtkStringObject) name = NULL;
  g_autoptr(OpsAttendee) attendee = NULL;

  if (id == 0)
    return;

  name = g_list_model_get_item (G_LIST_MODEL (self->people_model), position);
  if (has_person (self, id))
    {
      g_autofree char *text = g_strdup_printf (_("%s is already an attendee."),
                                               gtk_string_object_get_string (name));
      show_problem (self, text);
      return;
    }

  ops_editor_clear_error (OPS_EDITOR (self));
  attendee = ops_attendee_new_person (id, gtk_string_object_get_string (name));
  /* Show the department too, as for members of a department. */
  if (self->people != NULL && position < g_list_model_get_n_items (self->people))
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (self->people, position);

      ops_attendee_set_department_name (attendee, ops_person_get_department_name (person));
    }
  g_list_store_append (self->attendees, attendee);
}

static void
on_members_listed (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsMeetingEditor) self = user_data;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  members = ops_store_list_department_members_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_editor_show_error_with_heading (OPS_EDITOR (self), _("Could not add the department’s members"),
                                          error);
      return;
    }

  if (g_list_model_get_n_items (members) == 0)
    {
      show_problem (self, _("The department has no active members yet: add its people under People first."));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (members, i);
      OpsAttendee *attendee;

      if (has_person (self, ops_person_get_id (person)))
        continue;
      attendee = ops_attendee_new_person (ops_person_get_id (person), ops_person_get_name (person));
      ops_attendee_set_department_name (attendee, ops_person_get_department_name (person));
      g_ptr_array_add (added, attendee);
    }

  /* One items-changed for the whole department. */
  g_list_store_splice (self->attendees, g_list_model_get_n_items (G_LIST_MODEL (self->attendees)), 0,
                       added->pdata, added->len);
}

static void
add_department_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);
  guint position = gtk_drop_down_get_selected (self->add_department_drop_down);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->department_ids->len)
    return;

  ops_editor_clear_error (OPS_EDITOR (self));
  ops_store_list_department_members_async (get_store (self),
                                           g_array_index (self->department_ids, gint64, position),
                                           ops_editor_get_cancellable (OPS_EDITOR (self)),
                                           on_members_listed, g_object_ref (self));
}

static void
add_guest_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);
  g_autofree char *name = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->guest_row)));
  g_autoptr(OpsAttendee) attendee = NULL;

  if (name == NULL || *name == '\0')
    {
      show_problem (self, _("Type the guest’s name first, then add them."));
      gtk_widget_grab_focus (GTK_WIDGET (self->guest_row));
      return;
    }
  if (has_guest (self, name))
    {
      g_autofree char *text = g_strdup_printf (_("%s is already an attendee."), name);
      show_problem (self, text);
      return;
    }

  ops_editor_clear_error (OPS_EDITOR (self));
  attendee = ops_attendee_new_guest (name);
  g_list_store_append (self->attendees, attendee);
  gtk_editable_set_text (GTK_EDITABLE (self->guest_row), "");
}

static void
on_guest_apply (OpsMeetingEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.add-guest", NULL);
}

/* Agenda ---------------------------------------------------------------- */

/* A row holds its item as "ops-item"; the widgets write into it. */

static guint
agenda_total (OpsMeetingEditor *self)
{
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->agenda)); i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      total += ops_agenda_item_get_minutes (item);
    }
  return total;
}

void
ops_meeting_editor_update_agenda_total (OpsMeetingEditor *self,
                                        guint             planned_minutes)
{
  guint total = agenda_total (self);
  g_autofree char *text = NULL;

  if (planned_minutes > 0)
    /* TRANSLATORS: the agenda's minutes against the planned length, e.g. "Agenda 85 of 90 minutes" */
    text = g_strdup_printf (ngettext ("Agenda %u of %u minute", "Agenda %u of %u minutes", planned_minutes),
                            total, planned_minutes);
  else
    text = g_strdup_printf (ngettext ("Agenda %u minute", "Agenda %u minutes", total), total);

  gtk_label_set_text (self->agenda_total_label, text);
  self->planned_minutes = planned_minutes;
  gtk_widget_set_visible (self->agenda_over_warning, planned_minutes > 0 && total > planned_minutes);
}

static void
refresh_agenda_total (OpsMeetingEditor *self)
{
  ops_meeting_editor_update_agenda_total (self, self->planned_minutes);
}

static void
renumber_agenda (OpsMeetingEditor *self)
{
  GtkListBoxRow *row;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->agenda_list, i)) != NULL; i++)
    {
      GtkLabel *number = g_object_get_data (G_OBJECT (row), "ops-number");
      GtkWidget *up = g_object_get_data (G_OBJECT (row), "ops-up");
      GtkWidget *down = g_object_get_data (G_OBJECT (row), "ops-down");
      g_autofree char *text = NULL;

      if (number == NULL)
        continue;
      text = g_strdup_printf ("%d.", i + 1);
      gtk_label_set_text (number, text);
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, (guint) i + 1 < n);
    }
}

static void
on_agenda_changed (OpsMeetingEditor *self)
{
  renumber_agenda (self);
  refresh_agenda_total (self);
  ops_meeting_editor_fields_changed (self);
}

static void
on_agenda_title_changed (GtkEditable      *entry,
                         OpsMeetingEditor *self)
{
  ops_agenda_item_set_title (g_object_get_data (G_OBJECT (entry), "ops-item"), gtk_editable_get_text (entry));
  ops_meeting_editor_fields_changed (self);
}

static void
on_agenda_minutes_changed (GtkSpinButton    *spin,
                           OpsMeetingEditor *self)
{
  ops_agenda_item_set_minutes (g_object_get_data (G_OBJECT (spin), "ops-item"),
                               (guint) gtk_spin_button_get_value_as_int (spin));
  refresh_agenda_total (self);
  ops_meeting_editor_fields_changed (self);
}

static void
on_agenda_presenter_changed (GtkDropDown      *drop_down,
                             GParamSpec       *pspec,
                             OpsMeetingEditor *self)
{
  guint position = gtk_drop_down_get_selected (drop_down);
  gint64 id = position == 0 ? 0 : ops_meeting_editor_person_at (self, position - 1);

  ops_agenda_item_set_presenter_id (g_object_get_data (G_OBJECT (drop_down), "ops-item"), id);
  ops_meeting_editor_fields_changed (self);
}

static void
move_agenda_item (OpsMeetingEditor *self,
                  OpsAgendaItem    *item,
                  int               delta,
                  const char       *focus_key)
{
  g_autoptr(OpsAgendaItem) keep = g_object_ref (item);
  guint position;
  int target;
  GtkListBoxRow *row;

  if (!g_list_store_find (self->agenda, item, &position))
    return;
  target = (int) position + delta;
  if (target < 0 || (guint) target >= g_list_model_get_n_items (G_LIST_MODEL (self->agenda)))
    return;

  g_list_store_remove (self->agenda, position);
  g_list_store_insert (self->agenda, (guint) target, keep);

  /* Keep the keyboard on the moved item. */
  row = gtk_list_box_get_row_at_index (self->agenda_list, target);
  if (row != NULL)
    {
      GtkWidget *button = g_object_get_data (G_OBJECT (row), focus_key);

      if (button != NULL && gtk_widget_get_sensitive (button))
        gtk_widget_grab_focus (button);
      else
        gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "ops-title"));
    }
}

static void
on_agenda_up_clicked (GtkButton        *button,
                      OpsMeetingEditor *self)
{
  move_agenda_item (self, g_object_get_data (G_OBJECT (button), "ops-item"), -1, "ops-up");
}

static void
on_agenda_down_clicked (GtkButton        *button,
                        OpsMeetingEditor *self)
{
  move_agenda_item (self, g_object_get_data (G_OBJECT (button), "ops-item"), +1, "ops-down");
}

static void
on_agenda_remove_clicked (GtkButton        *button,
                          OpsMeetingEditor *self)
{
  store_remove_item (self->agenda, g_object_get_data (G_OBJECT (button), "ops-item"));
}

static GtkWidget *
agenda_button (GtkWidget     *box,
               const char    *icon,
               const char    *name,
               const char    *label,
               OpsAgendaItem *item,
               GCallback      callback,
               gpointer       self)
{
  GtkWidget *button = ops_meeting_editor_remove_button (label);

  gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  gtk_widget_set_name (button, name);
  g_object_set_data_full (G_OBJECT (button), "ops-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static GtkWidget *
create_agenda_row (gpointer data,
                   gpointer user_data)
{
  OpsMeetingEditor *self = user_data;
  OpsAgendaItem *item = data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = gtk_entry_new ();
  GtkWidget *presenter = gtk_drop_down_new (NULL, NULL);
  GtkWidget *minutes = gtk_spin_button_new_with_range (1, 600, 5);
  GtkWidget *unit = gtk_label_new (_("min"));
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  guint presenter_position = 0;
  GtkWidget *up, *down;

  gtk_widget_set_name (row, "meeting-agenda-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_set_size_request (number, 24, -1);
  gtk_box_append (GTK_BOX (box), number);

  gtk_widget_set_name (title, "agenda-title-entry");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("What to discuss"));
  gtk_editable_set_text (GTK_EDITABLE (title), ops_agenda_item_get_title (item) != NULL
                                               ? ops_agenda_item_get_title (item) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Agenda item"), -1);
  g_object_set_data_full (G_OBJECT (title), "ops-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (title, "changed", G_CALLBACK (on_agenda_title_changed), self, 0);
  gtk_box_append (GTK_BOX (box), title);

  gtk_widget_set_name (presenter, "agenda-presenter");
  gtk_drop_down_set_model (GTK_DROP_DOWN (presenter), G_LIST_MODEL (self->presenter_model));
  gtk_drop_down_set_expression (GTK_DROP_DOWN (presenter), expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (presenter), TRUE);
  if (ops_agenda_item_get_presenter_id (item) != 0)
    {
      guint position = ops_meeting_editor_person_position (self, ops_agenda_item_get_presenter_id (item));

      if (position != GTK_INVALID_LIST_POSITION)
        presenter_position = position + 1;
    }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (presenter), presenter_position);
  gtk_widget_set_tooltip_text (presenter, _("Who presents this item"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (presenter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Presenter"), -1);
  g_object_set_data_full (G_OBJECT (presenter), "ops-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (presenter, "notify::selected", G_CALLBACK (on_agenda_presenter_changed), self, 0);
  gtk_box_append (GTK_BOX (box), presenter);

  gtk_widget_set_name (minutes, "agenda-minutes");
  gtk_widget_set_valign (minutes, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (minutes), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minutes), MAX (1, ops_agenda_item_get_minutes (item)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (minutes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Minutes allotted"), -1);
  g_object_set_data_full (G_OBJECT (minutes), "ops-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (minutes, "value-changed", G_CALLBACK (on_agenda_minutes_changed), self, 0);
  gtk_box_append (GTK_BOX (box), minutes);
  gtk_widget_add_css_class (unit, "dim-label");
  gtk_box_append (GTK_BOX (box), unit);

  up = agenda_button (box, "go-up-symbolic", "agenda-up-button", _("Move the item up"), item,
                      G_CALLBACK (on_agenda_up_clicked), self);
  down = agenda_button (box, "go-down-symbolic", "agenda-down-button", _("Move the item down"), item,
                        G_CALLBACK (on_agenda_down_clicked), self);
  agenda_button (box, "user-trash-symbolic", "agenda-remove-button", _("Remove the item"), item,
                 G_CALLBACK (on_agenda_remove_clicked), self);

  g_object_set_data (G_OBJECT (row), "ops-number", number);
  g_object_set_data (G_OBJECT (row), "ops-title", title);
  g_object_set_data (G_OBJECT (row), "ops-up", up);
  g_object_set_data (G_OBJECT (row), "ops-down", down);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
add_agenda_item_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);
  g_autoptr(OpsAgendaItem) item = ops_agenda_item_new_full ("", 0, 15);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  GtkListBoxRow *row;

  g_list_store_append (self->agenda, item);
  row = gtk_list_box_get_row_at_index (self->agenda_list, (int) n);
  if (row != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "ops-title"));
}

/* Resources ------------------------------------------------------------- */

static void
on_resource_remove_clicked (GtkButton        *button,
                            OpsMeetingEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "ops-row");

  g_ptr_array_remove (self->custom_resource_rows, row);
  adw_preferences_group_remove (self->resources_group, row);
  ops_meeting_editor_fields_changed (self);
}

static gboolean
has_resource (OpsMeetingEditor *self,
              const char       *text)
{
  for (guint i = 0; i < self->custom_resource_rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (self->custom_resource_rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), text) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
append_resource_row (OpsMeetingEditor *self,
                     const char       *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *label = g_strdup_printf (_("Remove %s"), text);
  GtkWidget *button = ops_meeting_editor_remove_button (label);

  gtk_widget_set_name (row, "meeting-custom-resource");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  g_object_set_data (G_OBJECT (button), "ops-row", row);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_resource_remove_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (self->resources_group, row);
  g_ptr_array_add (self->custom_resource_rows, row);
}

static void
add_resource_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);
  g_autofree char *text = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->custom_resource_row)));

  if (text == NULL || *text == '\0')
    {
      show_problem (self, _("Type what to book (a whiteboard, a video link…), then add it."));
      return;
    }
  ops_editor_clear_error (OPS_EDITOR (self));
  if (!has_resource (self, text) && !g_str_equal (text, "room") && !g_str_equal (text, "projector")
      && !g_str_equal (text, "microphone"))
    append_resource_row (self, text);
  gtk_editable_set_text (GTK_EDITABLE (self->custom_resource_row), "");
  ops_meeting_editor_fields_changed (self);
}

static void
on_custom_resource_apply (OpsMeetingEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.add-resource", NULL);
}

char **
ops_meeting_editor_dup_resources (OpsMeetingEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (gtk_check_button_get_active (self->room_check))
    g_strv_builder_add (builder, "room");
  if (gtk_check_button_get_active (self->projector_check))
    g_strv_builder_add (builder, "projector");
  if (gtk_check_button_get_active (self->microphone_check))
    g_strv_builder_add (builder, "microphone");
  for (guint i = 0; i < self->custom_resource_rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (self->custom_resource_rows, i);

      g_strv_builder_add (builder, adw_preferences_row_get_title (row));
    }

  return g_strv_builder_end (builder);
}

/* Filling and reading --------------------------------------------------- */

static void
copy_into (GListStore *store,
           GListModel *model)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

void
ops_meeting_editor_lists_fill (OpsMeetingEditor *self,
                               OpsMeeting       *meeting)
{
  g_autoptr(GListStore) agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);

  while (self->custom_resource_rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_index (self->custom_resource_rows, 0);

      g_ptr_array_remove_index (self->custom_resource_rows, 0);
      adw_preferences_group_remove (self->resources_group, row);
    }

  if (meeting == NULL)
    {
      copy_into (self->attendees, NULL);
      copy_into (self->agenda, NULL);
      copy_into (self->materials, NULL);
      return;
    }

  for (const char * const *r = ops_meeting_get_resources (meeting); *r != NULL; r++)
    if (!g_str_equal (*r, "room") && !g_str_equal (*r, "projector") && !g_str_equal (*r, "microphone"))
      append_resource_row (self, *r);

  /* Copies: the editor's rows write into their items. */
  for (guint i = 0; i < g_list_model_get_n_items (ops_meeting_get_agenda (meeting)); i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (ops_meeting_get_agenda (meeting), i);
      g_autoptr(OpsAgendaItem) copy = ops_agenda_item_copy (item);

      g_list_store_append (agenda, copy);
    }
  copy_into (self->agenda, G_LIST_MODEL (agenda));
  copy_into (self->attendees, ops_meeting_get_attendees (meeting));
  copy_into (self->materials, ops_meeting_get_materials (meeting));
}

GListModel *
ops_meeting_editor_dup_agenda (OpsMeetingEditor *self)
{
  GListStore *agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->agenda)); i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);
      g_autoptr(OpsAgendaItem) copy = ops_agenda_item_copy (item);
      g_autofree char *title = ops_strip_dup (ops_agenda_item_get_title (copy));

      ops_agenda_item_set_title (copy, title);
      ops_agenda_item_set_position (copy, i);
      g_list_store_append (agenda, copy);
    }
  return G_LIST_MODEL (agenda);
}

void
ops_meeting_editor_lists_state (OpsMeetingEditor *self,
                                GString          *state)
{
  g_auto(GStrv) resources = ops_meeting_editor_dup_resources (self);
  g_autofree char *joined = g_strjoinv ("\x1e", resources);

  g_string_append_printf (state, "\x1f%s", joined);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attendees)); i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (G_LIST_MODEL (self->attendees), i);

      g_string_append_printf (state, "\x1f" "a%" G_GINT64_FORMAT ":%s", ops_attendee_get_person_id (attendee),
                              ops_attendee_get_name (attendee));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->agenda)); i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      g_string_append_printf (state, "\x1f" "g%s:%" G_GINT64_FORMAT ":%u", ops_agenda_item_get_title (item),
                              ops_agenda_item_get_presenter_id (item), ops_agenda_item_get_minutes (item));
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->materials)); i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (G_LIST_MODEL (self->materials), i);

      g_string_append_printf (state, "\x1f" "m%" G_GINT64_FORMAT ":%s", ops_material_get_id (material),
                              ops_material_get_title (material));
    }
}

/* Setup ----------------------------------------------------------------- */

static void
on_attendees_changed (OpsMeetingEditor *self)
{
  update_attendee_count (self);
  ops_meeting_editor_fields_changed (self);
}

static void
on_materials_changed (OpsMeetingEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->material_list),
                          g_list_model_get_n_items (G_LIST_MODEL (self->materials)) > 0);
  ops_meeting_editor_fields_changed (self);
}

void
ops_meeting_editor_lists_init (OpsMeetingEditor *self)
{
  self->attendees = g_list_store_new (OPS_TYPE_ATTENDEE);
  self->agenda = g_list_store_new (OPS_TYPE_AGENDA_ITEM);
  self->materials = g_list_store_new (OPS_TYPE_MATERIAL);
  self->custom_resource_rows = g_ptr_array_new ();

  gtk_list_box_bind_model (self->attendee_list, G_LIST_MODEL (self->attendees),
                           create_attendee_row, self, NULL);
  gtk_list_box_set_placeholder (self->attendee_list,
                                placeholder (_("No attendees yet: add people, a whole department "
                                               "or guests above.")));
  gtk_list_box_bind_model (self->agenda_list, G_LIST_MODEL (self->agenda),
                           create_agenda_row, self, NULL);
  gtk_list_box_set_placeholder (self->agenda_list,
                                placeholder (_("No agenda yet: add the items to discuss, each with its presenter "
                                               "and minutes.")));
  ops_meeting_editor_materials_init (self);

  g_signal_connect_object (self->attendees, "items-changed", G_CALLBACK (on_attendees_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->agenda, "items-changed", G_CALLBACK (on_agenda_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->materials, "items-changed", G_CALLBACK (on_materials_changed), self,
                           G_CONNECT_SWAPPED);
  update_attendee_count (self);
  ops_meeting_editor_update_agenda_total (self, 0);
}

void
ops_meeting_editor_lists_finalize (OpsMeetingEditor *self)
{
  g_clear_object (&self->attendees);
  g_clear_object (&self->agenda);
  g_clear_object (&self->materials);
  g_clear_pointer (&self->custom_resource_rows, g_ptr_array_unref);
}

void
ops_meeting_editor_lists_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_guest_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_resource_apply);

  gtk_widget_class_install_action (widget_class, "editor.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "editor.add-department", NULL, add_department_action);
  gtk_widget_class_install_action (widget_class, "editor.add-guest", NULL, add_guest_action);
  gtk_widget_class_install_action (widget_class, "editor.add-resource", NULL, add_resource_action);
  gtk_widget_class_install_action (widget_class, "editor.add-agenda-item", NULL, add_agenda_item_action);
  ops_meeting_editor_materials_class_init (widget_class);
}

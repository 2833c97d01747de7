/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-chain-editor.c: the modal window that creates a user-defined document
 * type or edits the approval chain of any type. The levels are a working
 * copy (an OpsApprovalType) shown as one row each — approver, deadline in
 * working days, move up, move down, remove — and rebuilt after every change
 * of order. Saving goes through the store, which checks every rule; the
 * window closes only after the store confirmed it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-compat.h"
#include "ui/ops-chain-editor.h"

/* One entry of the approver drop-downs: a role or a person. */
typedef struct {
  OpsRole  role;
  gint64   person_id;
  char    *person_name;
} Choice;

struct _OpsChainEditor
{
  OpsEditor        parent_instance;

  OpsApprovalType *type;             /* the working copy */
  gboolean         is_new;

  /* Template children */
  GtkLabel        *error_label;
  AdwPreferencesGroup *type_group;
  AdwEntryRow     *name_row;
  AdwEntryRow     *code_row;
  AdwEntryRow     *prefix_row;
  GtkListBox      *levels_list;
  GtkLabel        *summary_label;

  GtkStringList   *choice_labels;    /* shared by every approver drop-down */
  GArray          *choices;          /* Choice, parallel to choice_labels */
  gboolean         people_loaded;
  gboolean         prefix_edited;    /* stop suggesting a prefix from the code */
  gboolean         building;         /* rows are being (re)built */
};

enum {
  PROP_0,
  PROP_TYPE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsChainEditor, ops_chain_editor, OPS_TYPE_EDITOR)

static void rebuild_levels (OpsChainEditor *self,
                            int             focus_index,
                            const char     *focus_part);

static void
choice_clear (gpointer data)
{
  Choice *choice = data;

  g_clear_pointer (&choice->person_name, g_free);
}

/* The roles offered as approvers, in display order (everyone but plain
 * staff). */
static gboolean
role_is_approver (OpsRole role)
{
  return role != OPS_ROLE_STAFF && role != OPS_ROLE_NONE;
}

/* The role a new level at 1-based @position gets: the default chain
 * department head → division leader → general manager. */
static OpsRole
default_role_for_position (guint position)
{
  switch (position)
    {
    case 1:
      return OPS_ROLE_DEPARTMENT_HEAD;
    case 2:
      return OPS_ROLE_DIVISION_LEADER;
    default:
      return OPS_ROLE_GENERAL_MANAGER;
    }
}

/* Choices --------------------------------------------------------------- */

static void
add_choice (OpsChainEditor *self,
            GPtrArray      *labels,
            OpsRole         role,
            gint64          person_id,
            const char     *person_name,
            const char     *label)
{
  Choice choice = { role, person_id, g_strdup (person_name) };

  g_array_append_val (self->choices, choice);
  g_ptr_array_add (labels, g_strdup (label));
}

/* Index of the choice for @level, appending one when the level names a
 * person not in the list (an inactive person, or before the list came). */
static guint
choice_for_level (OpsChainEditor   *self,
                  OpsApprovalLevel *level)
{
  OpsRole role = ops_approval_level_get_role (level);
  gint64 person_id = ops_approval_level_get_person_id (level);
  const char *name = ops_approval_level_get_person_name (level);

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = &g_array_index (self->choices, Choice, i);

      if (role != OPS_ROLE_NONE ? choice->role == role
                                : (choice->role == OPS_ROLE_NONE && choice->person_id == person_id))
        return i;
    }

  {
    Choice choice = { role, person_id, g_strdup (name) };
    g_autofree char *label = NULL;

    if (role != OPS_ROLE_NONE)
      label = g_strdup (ops_role_to_label (role));
    else
      /* Translators: an approver who is not in the list of active people. */
      label = g_strdup_printf (_("%s (inactive)"), name != NULL && *name != '\0' ? name : _("(unknown person)"));

    g_array_append_val (self->choices, choice);
    gtk_string_list_append (self->choice_labels, label);
    return self->choices->len - 1;
  }
}

/* Replaces the choices: the approver roles, then @people (nullable). */
static void
set_choices (OpsChainEditor *self,
             GListModel     *people)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint n = people != NULL ? g_list_model_get_n_items (people) : 0;

  g_array_set_size (self->choices, 0);

  for (guint i = 0; i < OPS_N_ROLES; i++)
    {
      OpsRole role = ops_role_nth (i);

      if (role_is_approver (role))
        add_choice (self, labels, role, 0, NULL, ops_role_to_label (role));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
      const char *department = ops_person_get_department_name (person);
      g_autofree char *label = NULL;

      if (department != NULL && *department != '\0')
        /* Translators: a person offered as an approver: "name · department". */
        label = g_strdup_printf (_("%s · %s"), ops_person_get_name (person), department);
      else
        label = g_strdup (ops_person_get_name (person));

      add_choice (self, labels, OPS_ROLE_NONE, ops_person_get_id (person),
                  ops_person_get_name (person), label);
    }

  g_ptr_array_add (labels, NULL);
  self->building = TRUE;
  gtk_string_list_splice (self->choice_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->choice_labels)),
                          (const char * const *) labels->pdata);
  self->building = FALSE;
}

/* Fields ---------------------------------------------------------------- */

/* A string that changes whenever any field does. */
static char *
dup_state (OpsEditor *editor)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (editor);
  GString *state = g_string_new (NULL);
  guint n = ops_approval_type_get_n_levels (self->type);

  g_string_append_printf (state, "%s\x1f%s\x1f%s",
                          gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->code_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->prefix_row)));
  for (guint i = 0; i < n; i++)
    {
      OpsApprovalLevel *level = ops_approval_type_get_level (self->type, i);

      g_string_append_printf (state, "\x1e%u:%" G_GINT64_FORMAT ":%d",
                              (guint) ops_approval_level_get_role (level),
                              ops_approval_level_get_person_id (level),
                              ops_approval_level_get_deadline_days (level));
    }

  return g_string_free (state, FALSE);
}

static void
update_summary (OpsChainEditor *self)
{
  g_autofree char *chain = ops_approval_type_dup_chain_label (self->type);
  g_autofree char *text = NULL;

  if (ops_approval_type_get_n_levels (self->type) == 0)
    {
      gtk_label_set_text (self->summary_label,
                          _("The chain has no level. Add at least one with Add Level."));
      return;
    }

  /* Translators: below the chain editor: the chain as the approval form shows it. */
  text = g_strdup_printf (_("On the approval form: %s"), chain);
  gtk_label_set_text (self->summary_label, text);
}

static void
update_actions (OpsEditor *editor)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (editor);
  gboolean busy = ops_editor_get_busy (editor);
  guint n = ops_approval_type_get_n_levels (self->type);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chain.add-level",
                                 !busy && n < OPS_APPROVAL_MAX_LEVELS);
}

static void
on_field_changed (OpsChainEditor *self)
{
  update_actions (OPS_EDITOR (self));
}

/* Suggest the archive prefix from the code ("purchase-order" →
 * "PURCHASEORDER") until the prefix is typed by hand. */
static void
on_code_changed (OpsChainEditor *self)
{
  if (self->is_new && !self->prefix_edited && !self->building)
    {
      const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_row));
      GString *prefix = g_string_new (NULL);

      for (const char *p = code; *p != '\0' && prefix->len < 12; p++)
        if (g_ascii_isalnum (*p))
          g_string_append_c (prefix, g_ascii_toupper (*p));

      self->building = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->prefix_row), prefix->str);
      self->building = FALSE;
      g_string_free (prefix, TRUE);
    }

  update_actions (OPS_EDITOR (self));
}

static void
on_prefix_changed (OpsChainEditor *self)
{
  if (!self->building)
    self->prefix_edited = TRUE;

  update_actions (OPS_EDITOR (self));
}

/* Levels ---------------------------------------------------------------- */

static guint
widget_index (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "ops-index"));
}

static void
on_approver_selected (GtkDropDown    *drop_down,
                      GParamSpec     *pspec,
                      OpsChainEditor *self)
{
  guint index = widget_index (drop_down);
  guint selected = gtk_drop_down_get_selected (drop_down);
  OpsApprovalLevel *level;
  Choice *choice;

  if (self->building || selected == GTK_INVALID_LIST_POSITION || selected >= self->choices->len)
    return;

  level = ops_approval_type_get_level (self->type, index);
  if (level == NULL)
    return;

  choice = &g_array_index (self->choices, Choice, selected);
  ops_approval_level_set_role (level, choice->role);
  ops_approval_level_set_person_id (level, choice->role == OPS_ROLE_NONE ? choice->person_id : 0);
  ops_approval_level_set_person_name (level, choice->role == OPS_ROLE_NONE ? choice->person_name : NULL);
  update_summary (self);
  update_actions (OPS_EDITOR (self));
}

/* Translators: after the deadline of a level: "3 working days". */
static const char *
unit_text (int days)
{
  return g_dngettext (GETTEXT_PACKAGE, "working day", "working days", (gulong) MAX (days, 0));
}

static void
on_days_changed (GtkSpinButton  *spin,
                 OpsChainEditor *self)
{
  OpsApprovalLevel *level;

  if (self->building)
    return;

  level = ops_approval_type_get_level (self->type, widget_index (spin));
  if (level != NULL)
    ops_approval_level_set_deadline_days (level, gtk_spin_button_get_value_as_int (spin));
  gtk_label_set_text (g_object_get_data (G_OBJECT (spin), "ops-unit"),
                      unit_text (gtk_spin_button_get_value_as_int (spin)));
  update_actions (OPS_EDITOR (self));
}

static void
on_move_up_clicked (GtkButton      *button,
                    OpsChainEditor *self)
{
  guint index = widget_index (button);

  if (index == 0 || ops_editor_get_busy (OPS_EDITOR (self)))
    return;

  ops_approval_type_move_level (self->type, index, index - 1);
  rebuild_levels (self, (int) index - 1, index - 1 == 0 ? "down" : "up");
}

static void
on_move_down_clicked (GtkButton      *button,
                      OpsChainEditor *self)
{
  guint index = widget_index (button);
  guint n = ops_approval_type_get_n_levels (self->type);

  if (index + 1 >= n || ops_editor_get_busy (OPS_EDITOR (self)))
    return;

  ops_approval_type_move_level (self->type, index, index + 1);
  rebuild_levels (self, (int) index + 1, index + 2 == n ? "up" : "down");
}

static void
on_remove_clicked (GtkButton      *button,
                   OpsChainEditor *self)
{
  guint index = widget_index (button);
  guint n = ops_approval_type_get_n_levels (self->type);

  if (index >= n || n <= 1 || ops_editor_get_busy (OPS_EDITOR (self)))
    return;

  ops_approval_type_remove_level (self->type, index);
  rebuild_levels (self, (int) MIN (index, n - 2), "approver");
}

static void
add_level_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (widget);
  guint n = ops_approval_type_get_n_levels (self->type);
  g_autoptr(OpsApprovalLevel) level = NULL;

  if (n >= OPS_APPROVAL_MAX_LEVELS || ops_editor_get_busy (OPS_EDITOR (self)))
    return;

  level = ops_approval_level_new_full (n + 1, default_role_for_position (n + 1), 0);
  ops_approval_type_append_level (self->type, level);
  rebuild_levels (self, (int) n, "approver");
}

/* An icon-only button with its tooltip and accessible name. */
static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *tooltip,
                    const char *name,
                    guint       index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_name (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_object_set_data (G_OBJECT (button), "ops-index", GUINT_TO_POINTER (index));
  return button;
}

static GtkWidget *
create_level_row (OpsChainEditor   *self,
                  guint             index,
                  guint             n,
                  OpsApprovalLevel *level)
{
  guint position = index + 1;
  g_autofree char *number = g_strdup_printf ("%u", position);
  g_autofree char *approver_label = g_strdup_printf (_("Approver of level %u"), position);
  g_autofree char *days_label = g_strdup_printf (_("Deadline of level %u in working days"), position);
  g_autofree char *up_label = g_strdup_printf (_("Move level %u up"), position);
  g_autofree char *down_label = g_strdup_printf (_("Move level %u down"), position);
  g_autofree char *remove_label = g_strdup_printf (_("Remove level %u"), position);
  g_autofree char *name = NULL;
  g_autoptr(GtkExpression) expression = NULL;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *drop_down;
  GtkWidget *spin;
  GtkWidget *unit;
  GtkWidget *button;

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "ops-index", GUINT_TO_POINTER (index));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  label = gtk_label_new (number);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (label), 2);
  gtk_box_append (GTK_BOX (box), label);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->choice_labels)),
                                 g_steal_pointer (&expression));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_widget_set_hexpand (drop_down, TRUE);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (drop_down, approver_label);
  name = g_strdup_printf ("chain-level-%u-approver", position);
  gtk_widget_set_name (drop_down, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, approver_label,
                                  -1);
  g_object_set_data (G_OBJECT (drop_down), "ops-index", GUINT_TO_POINTER (index));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), choice_for_level (self, level));
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (on_approver_selected), self, 0);
  gtk_box_append (GTK_BOX (box), drop_down);

  spin = gtk_spin_button_new_with_range (OPS_APPROVAL_MIN_DEADLINE_DAYS, OPS_APPROVAL_MAX_DEADLINE_DAYS, 1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), ops_approval_level_get_deadline_days (level));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, days_label);
  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("chain-level-%u-days", position);
  gtk_widget_set_name (spin, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, days_label,
                                  -1);
  g_object_set_data (G_OBJECT (spin), "ops-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_days_changed), self, 0);
  gtk_box_append (GTK_BOX (box), spin);

  unit = gtk_label_new (unit_text (ops_approval_level_get_deadline_days (level)));
  gtk_label_set_width_chars (GTK_LABEL (unit), 12);
  gtk_label_set_xalign (GTK_LABEL (unit), 0.0f);
  gtk_widget_add_css_class (unit, "dim-label");
  g_object_set_data (G_OBJECT (spin), "ops-unit", unit);
  gtk_box_append (GTK_BOX (box), unit);

  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("chain-level-%u-up", position);
  button = create_icon_button ("go-up-symbolic", up_label, name, index);
  gtk_widget_set_sensitive (button, index > 0);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_move_up_clicked), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("chain-level-%u-down", position);
  button = create_icon_button ("go-down-symbolic", down_label, name, index);
  gtk_widget_set_sensitive (button, index + 1 < n);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_move_down_clicked), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("chain-level-%u-remove", position);
  button = create_icon_button ("list-remove-symbolic", remove_label, name, index);
  /* A chain keeps at least one level. */
  gtk_widget_set_sensitive (button, n > 1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  return row;
}

/* Rebuilds every level row from the working copy; then focuses
 * @focus_part ("approver", "up", "down") of the row at @focus_index (-1:
 * nothing), so the keyboard stays where the person was. */
static void
rebuild_levels (OpsChainEditor *self,
                int             focus_index,
                const char     *focus_part)
{
  guint n = ops_approval_type_get_n_levels (self->type);
  GtkListBoxRow *row;

  self->building = TRUE;
  ops_compat_list_box_remove_all (self->levels_list);

  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->levels_list,
                         create_level_row (self, i, n, ops_approval_type_get_level (self->type, i)));
  self->building = FALSE;

  if (focus_index >= 0 && (guint) focus_index < n && focus_part != NULL)
    {
      g_autofree char *name = g_strdup_printf ("chain-level-%d-%s", focus_index + 1, focus_part);
      GtkWidget *target = NULL;

      row = gtk_list_box_get_row_at_index (self->levels_list, focus_index);
      for (GtkWidget *child = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
           child != NULL; child = gtk_widget_get_next_sibling (child))
        if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
          target = child;

      if (target != NULL && gtk_widget_get_sensitive (target))
        gtk_widget_grab_focus (target);
    }

  update_summary (self);
  update_actions (OPS_EDITOR (self));
}

/* After the choices changed: each drop-down selects its level's approver
 * again, in place (the rows stay, and so does the keyboard focus). */
static void
sync_drop_downs (OpsChainEditor *self)
{
  GtkListBoxRow *row;

  self->building = TRUE;
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->levels_list, i)) != NULL; i++)
    {
      OpsApprovalLevel *level = ops_approval_type_get_level (self->type, i);
      g_autofree char *name = g_strdup_printf ("chain-level-%u-approver", i + 1);

      for (GtkWidget *child = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
           child != NULL && level != NULL; child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_DROP_DOWN (child) && g_strcmp0 (gtk_widget_get_name (child), name) == 0)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (child), choice_for_level (self, level));
    }
  self->building = FALSE;
}

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsChainEditor) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;

  people = ops_store_list_people_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      ops_editor_show_error_with_heading (OPS_EDITOR (self),
                                          _("Could not load the people: only roles can be chosen. Close the window and try again."),
                                          error);
      return;
    }

  set_choices (self, people);
  self->people_loaded = TRUE;
  sync_drop_downs (self);
}

/* Save ------------------------------------------------------------------ */

static OpsApprovalType *
build_type (OpsChainEditor *self)
{
  OpsApprovalType *type = ops_approval_type_copy (self->type);
  g_autofree char *name = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autofree char *code = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->code_row)));
  g_autofree char *prefix = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->prefix_row)));

  /* A built-in type keeps its code and (translated) name. */
  if (!ops_approval_type_get_builtin (type))
    {
      ops_approval_type_set_name (type, name);
      ops_approval_type_set_code (type, code);
    }
  ops_approval_type_set_prefix (type, prefix);

  return type;
}

static void
on_type_saved (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OpsChainEditor) self = user_data;
  g_autoptr(OpsApprovalType) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = ops_store_save_approval_type_finish (OPS_STORE (source), result, &error);
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  g_signal_emit (self, signals[SAVED], 0, saved);
  ops_editor_close (OPS_EDITOR (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autoptr(OpsApprovalType) type = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  type = build_type (self);
  ops_store_save_approval_type_async (ops_context_get_store (ops_editor_get_context (editor)), type,
                                      ops_editor_get_cancellable (editor), on_type_saved,
                                      g_object_ref (self));
}

static void
on_entry_activated (OpsChainEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* Construction ---------------------------------------------------------- */

static void
ops_chain_editor_constructed (GObject *object)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (object);
  OpsEditor *editor = OPS_EDITOR (object);
  gboolean builtin;

  G_OBJECT_CLASS (ops_chain_editor_parent_class)->constructed (object);

  if (self->type == NULL)
    {
      /* A new type starts with the default chain. */
      self->type = ops_approval_type_new ();
      self->is_new = TRUE;
      for (guint position = 1; position <= 3; position++)
        {
          g_autoptr(OpsApprovalLevel) level =
            ops_approval_level_new_full (position, default_role_for_position (position), 0);

          ops_approval_type_append_level (self->type, level);
        }
    }

  builtin = ops_approval_type_get_builtin (self->type);

  if (self->is_new)
    gtk_window_set_title (GTK_WINDOW (self), _("New Document Type"));
  else
    {
      g_autofree char *title = g_strdup_printf (_("Approval Chain of “%s”"),
                                                ops_approval_type_get_name (self->type));

      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  self->building = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                         ops_approval_type_get_name (self->type) != NULL ? ops_approval_type_get_name (self->type) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->code_row),
                         ops_approval_type_get_code (self->type) != NULL ? ops_approval_type_get_code (self->type) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->prefix_row),
                         ops_approval_type_get_prefix (self->type) != NULL ? ops_approval_type_get_prefix (self->type) : "");
  self->building = FALSE;
  self->prefix_edited = !self->is_new;

  /* The built-in types keep their code and name; a saved type its code
   * (archive numbers and requests refer to it). */
  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), !builtin);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), !builtin);
  gtk_editable_set_editable (GTK_EDITABLE (self->code_row), self->is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), self->is_new);
  if (builtin)
    adw_preferences_group_set_description (self->type_group,
                                           _("A built-in type keeps its name and code; its archive prefix and its chain can be changed."));
  else if (!self->is_new)
    adw_preferences_group_set_description (self->type_group,
                                           _("The code stays as it was saved: requests and archive numbers refer to it."));

  set_choices (self, NULL);
  rebuild_levels (self, -1, NULL);
  ops_editor_remember_state (editor);
  update_actions (editor);

  ops_store_list_people_async (ops_context_get_store (ops_editor_get_context (editor)),
                               &(OpsPersonFilter) { NULL, 0, FALSE }, OPS_RANGE_ALL,
                               ops_editor_get_cancellable (editor), on_people_listed,
                               g_object_ref (self));

  if (self->is_new)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ops_chain_editor_dispose (GObject *object)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_CHAIN_EDITOR);

  G_OBJECT_CLASS (ops_chain_editor_parent_class)->dispose (object);
}

static void
ops_chain_editor_finalize (GObject *object)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (object);

  g_clear_object (&self->type);
  g_clear_object (&self->choice_labels);
  g_clear_pointer (&self->choices, g_array_unref);

  G_OBJECT_CLASS (ops_chain_editor_parent_class)->finalize (object);
}

static void
ops_chain_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TYPE:
      g_value_set_object (value, self->type);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_chain_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OpsChainEditor *self = OPS_CHAIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TYPE:
      {
        OpsApprovalType *type = g_value_get_object (value);

        self->type = type != NULL ? ops_approval_type_copy (type) : NULL;
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_chain_editor_class_init (OpsChainEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_chain_editor_constructed;
  object_class->dispose = ops_chain_editor_dispose;
  object_class->finalize = ops_chain_editor_finalize;
  object_class->get_property = ops_chain_editor_get_property;
  object_class->set_property = ops_chain_editor_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The changes to this approval chain have not been saved."));

  properties[PROP_TYPE] =
    g_param_spec_object ("approval-type", NULL, NULL,
                         OPS_TYPE_APPROVAL_TYPE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsChainEditor::saved:
   * @type: the type as the store saved it
   *
   * Emitted after the store confirmed the save, before the window closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OPS_TYPE_APPROVAL_TYPE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-chain-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsChainEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsChainEditor, type_group);
  gtk_widget_class_bind_template_child (widget_class, OpsChainEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OpsChainEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, OpsChainEditor, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, OpsChainEditor, levels_list);
  gtk_widget_class_bind_template_child (widget_class, OpsChainEditor, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_code_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_prefix_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "chain.add-level", NULL, add_level_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_chain_editor_init (OpsChainEditor *self)
{
  self->choice_labels = gtk_string_list_new (NULL);
  self->choices = g_array_new (FALSE, TRUE, sizeof (Choice));
  g_array_set_clear_func (self->choices, choice_clear);

  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
}

/**
 * ops_chain_editor_new:
 * @context: the application's context
 * @type: (nullable): the type to edit (copied), or %NULL for a new type
 *
 * Returns: (transfer none): a new window; set transient-for and present it.
 */
GtkWidget *
ops_chain_editor_new (OpsContext      *context,
                      OpsApprovalType *type)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (type == NULL || OPS_IS_APPROVAL_TYPE (type), NULL);

  return g_object_new (OPS_TYPE_CHAIN_EDITOR,
                       "context", context,
                       "approval-type", type,
                       NULL);
}

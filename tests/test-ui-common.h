/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ui-common.h: what the UI test programs share: the fixture (one real
 * application and window on a temporary database), waiting, finding widgets
 * by name, clicking, typing, screenshots, and the start-up of the program.
 * Include it once, from the test program's .c file.
 */
#pragma once

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include <stdio.h>
#include <string.h>

#include "store/ops-store.h"
#include "ui/ops-application.h"
#include "ui/ops-window.h"

typedef struct {
  char           *dir;
  char           *db_path;
  OpsApplication *app;
  OpsWindow      *window;
} Fixture;

static Fixture fx;

/* Helpers ----------------------------------------------------------------- */

typedef gboolean (*Condition) (gpointer data);

G_GNUC_UNUSED static gboolean
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_test_message ("timed out waiting for %s", what);
          return FALSE;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return TRUE;
}

G_GNUC_UNUSED static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

G_GNUC_UNUSED static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  GtkWidget *child;

  if (root == NULL)
    return NULL;
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The visible toplevel of @type (or with a widget named @name), or NULL. */
G_GNUC_UNUSED static GtkWindow *
find_toplevel (GType       type,
               const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      if (type != G_TYPE_INVALID && !g_type_is_a (G_OBJECT_TYPE (window), type))
        continue;
      if (name != NULL && find_named (GTK_WIDGET (window), name) == NULL)
        continue;
      return window;
    }
  return NULL;
}

G_GNUC_UNUSED static gboolean
toplevel_present (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data), NULL) != NULL;
}

G_GNUC_UNUSED static gboolean
toplevel_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data), NULL) == NULL;
}

G_GNUC_UNUSED static GtkWidget *
require (GtkWidget  *root,
         const char *name)
{
  GtkWidget *widget = find_named (root, name);

  if (widget == NULL)
    g_error ("no widget named “%s”", name);
  return widget;
}

G_GNUC_UNUSED static void
set_text (GtkWidget  *root,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (require (root, name)), text);
}

G_GNUC_UNUSED static void
click (GtkWidget  *root,
       const char *name)
{
  GtkWidget *button = require (root, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
}

G_GNUC_UNUSED static const char *
item_name (gpointer item)
{
  if (OPS_IS_PERSON (item))
    return ops_person_get_name (item);
  if (OPS_IS_DEPARTMENT (item))
    return ops_department_get_name (item);
  if (GTK_IS_STRING_OBJECT (item))
    return gtk_string_object_get_string (item);
  return NULL;
}

G_GNUC_UNUSED static gboolean
model_contains (GListModel *model,
                const char *name)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (item_name (item), name) == 0)
        return TRUE;
    }
  return FALSE;
}

G_GNUC_UNUSED static void
select_in_combo (GtkWidget  *root,
                 const char *name,
                 const char *value)
{
  AdwComboRow *combo = ADW_COMBO_ROW (require (root, name));
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (item_name (item), value) == 0)
        {
          adw_combo_row_set_selected (combo, i);
          return;
        }
    }
  g_error ("“%s” is not offered in %s", value, name);
}

G_GNUC_UNUSED static GListModel *
column_view_model (const char *name)
{
  GtkWidget *view = require (GTK_WIDGET (fx.window), name);

  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
}

typedef struct {
  const char *view;
  const char *name;
  int         n_items;   /* -1: don't care */
} ViewCheck;

G_GNUC_UNUSED static gboolean
view_matches (gpointer data)
{
  ViewCheck *check = data;
  GListModel *model = column_view_model (check->view);

  if (check->name != NULL && !model_contains (model, check->name))
    return FALSE;
  if (check->n_items >= 0 && g_list_model_get_n_items (model) != (guint) check->n_items)
    return FALSE;
  return TRUE;
}

G_GNUC_UNUSED static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  GdkPaintable *paintable;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  const char *lang = g_getenv ("LANG");
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", lang != NULL ? lang : "C", NULL);
  g_autofree char *path = NULL;
  int width, height;

  spin (300);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  g_object_unref (paintable);
}

/* Every icon-only button in @root has an accessible name. */
G_GNUC_UNUSED static void
assert_icon_buttons_named (GtkWidget *root)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (root) && gtk_widget_get_visible (root)
      && gtk_button_get_icon_name (GTK_BUTTON (root)) != NULL
      && gtk_button_get_label (GTK_BUTTON (root)) == NULL)
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL)
          && !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        g_error ("icon-only button “%s” (%s) has no accessible name",
                 gtk_widget_get_name (root), gtk_button_get_icon_name (GTK_BUTTON (root)));
    }

  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    assert_icon_buttons_named (child);
}

/* Answers a message dialog the way a click does: the response, then the
 * dialog closes. */
G_GNUC_UNUSED static void
respond (GtkWindow  *dialog,
         const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (dialog);
}

G_GNUC_UNUSED static gboolean
stack_shows (gpointer data)
{
  return g_strcmp0 (data, "welcome") == 0 ? ops_window_get_welcome_visible (fx.window)
                                           : (ops_window_get_context (fx.window) != NULL
                                              && !ops_window_get_welcome_visible (fx.window)
                                              && ops_context_get_current_user (ops_window_get_context (fx.window)) != NULL);
}

G_GNUC_UNUSED static gboolean
user_is (gpointer data)
{
  OpsPerson *user = ops_context_get_current_user (ops_window_get_context (fx.window));

  return user != NULL && g_strcmp0 (ops_person_get_name (user), data) == 0;
}

/* Starts the test program: GTest with isolated folders (reading the system's
 * icons and MIME database), the locale of the environment (not
 * gtk_test_init(), which forces en_US), GTK, libadwaita, and the application
 * on a new temporary database with its window 1200×760. */
G_GNUC_UNUSED static void
ui_fixture_init (int    *argc_p,
                 char ***argv_p)
{
  const char *localedir = g_getenv ("OPSDESK_LOCALEDIR");
  g_autofree char *system_data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  /* Not gtk_test_init(): it forces en_US, and the UI runs in the locale the
   * environment asks for (the suite runs it in zh_CN too). */
  g_test_init (argc_p, argv_p, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Isolation hides the system's data folders; the icon theme and the MIME
   * database (which SVG icons need) live there: read them, write nothing. */
  {
    g_autofree char *dirs = g_strconcat (g_getenv ("XDG_DATA_DIRS"), ":",
                                         system_data_dirs != NULL ? system_data_dirs : "/usr/local/share:/usr/share",
                                         NULL);
    g_setenv ("XDG_DATA_DIRS", dirs, TRUE);
  }
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  fx.dir = g_dir_make_tmp ("opsdesk-ui-XXXXXX", NULL);
  fx.db_path = g_build_filename (fx.dir, "office.db", NULL);
  fx.app = ops_application_new ();
  g_object_set (fx.app, "flags", G_APPLICATION_NON_UNIQUE, "database", fx.db_path, NULL);
  g_assert_true (g_application_register (G_APPLICATION (fx.app), NULL, NULL));
  g_application_activate (G_APPLICATION (fx.app));
  fx.window = OPS_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fx.app)));
  g_assert_nonnull (fx.window);
  gtk_window_set_default_size (GTK_WINDOW (fx.window), 1200, 760);
}

/* Closes the window and quits the application after g_test_run(). */
G_GNUC_UNUSED static void
ui_fixture_finish (void)
{
  gtk_window_destroy (GTK_WINDOW (fx.window));
  spin (100);
  g_application_quit (G_APPLICATION (fx.app));
  g_clear_object (&fx.app);
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-application.c: command-line options, the headless export, opening the
 * store (and what to do when it cannot be opened) and the main window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "store/ops-store.h"
#include "store/ops-store-reader.h"
#include "ui/ops-application.h"
#include "ui/ops-context.h"
#include "ui/ops-export-runner.h"
#include "ui/ops-preferences-window.h"
#include "ui/ops-window.h"

struct _OpsApplication
{
  AdwApplication  parent_instance;

  char           *database;
  gboolean        demo;
  GSettings      *settings;
  OpsContext     *context;
  OpsWindow      *window;
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (OpsApplication, ops_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void open_store (OpsApplication *self);

char *
ops_application_dup_default_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "opsdesk", "opsdesk.db", NULL);
}

const char *
ops_application_get_database (OpsApplication *self)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (self), NULL);
  return self->database;
}

GSettings *
ops_application_get_settings (OpsApplication *self)
{
  g_return_val_if_fail (OPS_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* Command line ---------------------------------------------------------- */

static void
print_error (const char *message)
{
  /* TRANSLATORS: how every command-line error starts: "opsdesk: <message>" */
  g_printerr (_("opsdesk: %s\n"), message);
}

/* Not a spreadsheet template: the calendar file of a meeting (--meeting)
 * or of its whole series (--series). */
#define OPS_EXPORT_MEETING_ICS "meeting-ics"

static int
run_export (OpsApplication *self,
            const char     *template_name,
            const char     *output,
            const char     *from,
            const char     *to,
            gint64          meeting_id,
            gboolean        series)
{
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(OpsStoreReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  OpsExportParams params = { from, to, meeting_id };
  OpsStoreOpenFlags flags = self->demo ? OPS_STORE_OPEN_DEMO : OPS_STORE_OPEN_NONE;
  gboolean ics = g_strcmp0 (template_name, OPS_EXPORT_MEETING_ICS) == 0;
  gboolean ok;

  if (g_strcmp0 (template_name, "list") == 0)
    {
      const OpsExportTemplate *templates = ops_export_templates ();

      for (guint i = 0; templates[i].name != NULL; i++)
        g_print ("%-16s %s — %s\n", templates[i].name,
                 templates[i].title (), templates[i].description ());
      g_print ("%-16s %s — %s\n", OPS_EXPORT_MEETING_ICS, _("Calendar file"),
               _("A meeting (--meeting ID), or its whole series with --series, as an .ics file for calendar programs"));
      return 0;
    }

  if (!ics && ops_export_template_lookup_checked (template_name, &error) == NULL)
    {
      print_error (error->message);
      return 2;
    }

  if (meeting_id < 0)
    {
      print_error (_("--meeting needs the number of a meeting (1 or more)."));
      return 2;
    }
  if ((ics || g_strcmp0 (template_name, "meeting-minutes") == 0) && meeting_id == 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("--export %s needs --meeting ID: the number of the meeting."), template_name);

      print_error (message);
      return 2;
    }
  if (!ics && g_strcmp0 (template_name, "meeting-minutes") != 0 && meeting_id != 0)
    {
      print_error (_("--meeting goes with --export meeting-minutes or --export meeting-ics."));
      return 2;
    }
  if (series && !ics)
    {
      print_error (_("--series goes with --export meeting-ics."));
      return 2;
    }

  if (output == NULL || *output == '\0')
    {
      print_error (ics ? _("--export meeting-ics needs --output FILE: the .ics file to write.")
                       : _("--export needs --output FILE: the .xlsx file to write."));
      return 2;
    }

  if (from != NULL && !ops_validate_date ("--from", from, &error))
    {
      print_error (error->message);
      return 2;
    }
  if (to != NULL && !ops_validate_date ("--to", to, &error))
    {
      print_error (error->message);
      return 2;
    }
  if (from != NULL && to != NULL && g_strcmp0 (from, to) > 0)
    {
      print_error (_("--from is after --to. Give the earlier date first."));
      return 2;
    }

  if (!self->demo && !g_file_test (self->database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message =
        g_strdup_printf (_("There is no database at %s. Start Opsdesk once to create it, give the right --database, or add --demo to create one with demo data."),
                         self->database);
      print_error (message);
      return 1;
    }

  store = ops_store_open (self->database, flags, NULL, &error);
  if (store != NULL)
    reader = ops_store_reader_new (store, &error);
  else if (g_error_matches (error, OPS_STORE_ERROR, OPS_STORE_ERROR_LOCKED))
    {
      /* The window has the database open: exporting only reads, and WAL
       * lets a second process read one consistent snapshot. */
      g_clear_error (&error);
      reader = ops_store_reader_new_for_path (self->database, &error);
    }

  if (reader == NULL)
    {
      print_error (error->message);
      return 1;
    }

  if (ics)
    ok = ops_export_run_ics (reader, meeting_id, series, output, NULL, &error);
  else
    ok = ops_export_run (reader, template_name, &params, output, NULL, NULL, NULL, &error);
  if (!ok)
    {
      print_error (error->message);
      return 1;
    }

  /* TRANSLATORS: printed after a successful command-line export */
  g_print (_("Exported “%s” to %s\n"), template_name, output);
  return 0;
}

static int
ops_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  OpsApplication *self = OPS_APPLICATION (app);
  const char *database = NULL;
  const char *template_name = NULL;
  const char *output = NULL;
  const char *from = NULL;
  const char *to = NULL;
  gint64 meeting_id = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("opsdesk %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* Filename options are byte strings: "^&ay", not "&s". */
  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && *database != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);

      g_free (self->database);
      self->database = g_file_get_path (file);
    }
  if (g_variant_dict_contains (options, "demo"))
    self->demo = TRUE;

  if (g_variant_dict_lookup (options, "export", "&s", &template_name))
    {
      g_variant_dict_lookup (options, "output", "^&ay", &output);
      g_variant_dict_lookup (options, "from", "&s", &from);
      g_variant_dict_lookup (options, "to", "&s", &to);
      g_variant_dict_lookup (options, "meeting", "x", &meeting_id);
      return run_export (self, template_name, output, from, to, meeting_id,
                         g_variant_dict_contains (options, "series"));
    }

  if (g_variant_dict_contains (options, "output") || g_variant_dict_contains (options, "from")
      || g_variant_dict_contains (options, "to") || g_variant_dict_contains (options, "meeting")
      || g_variant_dict_contains (options, "series"))
    {
      print_error (_("--output, --from, --to, --meeting and --series go with --export TEMPLATE."));
      return 2;
    }

  /* Run the window in this process for this database. */
  return -1;
}

/* Opening the store ------------------------------------------------------ */

static void
on_fatal_response (AdwMessageDialog *dialog,
                   const char       *response,
                   OpsApplication   *self)
{
  g_application_quit (G_APPLICATION (self));
}

static void
show_fatal (OpsApplication *self,
            const char     *heading,
            const char     *body)
{
  GtkWidget *dialog = ops_error_dialog_present (GTK_WINDOW (self->window), heading, body);

  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (dialog), "close", _("_Quit"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_fatal_response), self, 0);
}

static void
replace_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OpsApplication *self = source_object;
  const char *backup = task_data;
  GError *error = NULL;

  if (ops_store_replace_with_backup (self->database, backup, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_replaced (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  OpsApplication *self = OPS_APPLICATION (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_fatal (self, _("The backup could not be restored"), error->message);
      return;
    }

  open_store (self);
}

static void
on_corrupt_response (AdwMessageDialog *dialog,
                     const char       *response,
                     OpsApplication   *self)
{
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup");

  if (g_strcmp0 (response, "restore") == 0 && backup != NULL)
    {
      g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_replaced, NULL);

      g_task_set_task_data (task, g_strdup (backup), g_free);
      g_task_run_in_thread (task, replace_thread);
      return;
    }

  g_application_quit (G_APPLICATION (self));
}

static void
find_backup_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  OpsApplication *self = source_object;

  g_task_return_pointer (task, ops_store_find_newest_backup (self->database), g_free);
}

static void
on_backup_found (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  OpsApplication *self = OPS_APPLICATION (object);
  g_autofree char *message = user_data;
  g_autofree char *backup = g_task_propagate_pointer (G_TASK (result), NULL);
  GtkWidget *dialog;

  dialog = ops_error_dialog_present (GTK_WINDOW (self->window),
                                     _("The database is damaged"), message);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (dialog), "close", _("_Quit"));
  if (backup != NULL)
    {
      g_autofree char *body = g_strdup_printf (_("%s\n\nRestore Newest Backup puts that backup in place and keeps the damaged file beside it."),
                                               message);

      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "restore",
                                       _("_Restore Newest Backup"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
      g_object_set_data_full (G_OBJECT (dialog), "backup", g_steal_pointer (&backup), g_free);
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_corrupt_response), self, 0);
}

static void
on_current_user_loaded (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(OpsApplication) self = user_data;
  g_autoptr(OpsPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  person = ops_store_get_person_finish (OPS_STORE (object), result, &error);
  if (person != NULL && ops_person_get_active (person))
    ops_context_set_current_user (self->context, person);

  /* Without a current user the window shows the welcome. */
  if (self->window != NULL)
    ops_window_set_context (self->window, self->context);
}

static void
on_store_opened (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApplication) self = user_data;
  g_autoptr(OpsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 user_id;

  store = ops_store_open_finish (result, &error);
  if (store == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      if (g_error_matches (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT))
        {
          g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_backup_found,
                                              g_strdup (error->message));
          g_task_run_in_thread (task, find_backup_thread);
        }
      else if (g_error_matches (error, OPS_STORE_ERROR, OPS_STORE_ERROR_LOCKED))
        show_fatal (self, _("Opsdesk is already open"), error->message);
      else
        show_fatal (self, _("The database could not be opened"), error->message);
      return;
    }

  g_clear_object (&self->context);
  self->context = ops_context_new (store, self->settings);

  user_id = g_settings_get_int64 (self->settings, "current-user-id");
  if (user_id > 0 && !ops_store_get_created (store))
    ops_store_get_person_async (store, user_id, self->cancellable,
                                on_current_user_loaded, g_object_ref (self));
  else if (self->window != NULL)
    ops_window_set_context (self->window, self->context);
}

static void
open_store (OpsApplication *self)
{
  ops_store_open_async (self->database,
                        self->demo ? OPS_STORE_OPEN_DEMO : OPS_STORE_OPEN_NONE,
                        self->cancellable, on_store_opened, g_object_ref (self));
}

/* Actions ----------------------------------------------------------------- */

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  OpsApplication *self = user_data;
  GtkWidget *window;

  if (self->context == NULL || self->window == NULL)
    return;

  window = ops_preferences_window_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self->window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  OpsApplication *self = user_data;
  static const char *developers[] = { "The Opsdesk developers", NULL };

  adw_show_about_window (GTK_WINDOW (self->window),
                         "application-name", _("Opsdesk"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Opsdesk developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Meetings, projects, customers, approvals and training for the whole office — on the desktop, offline."),
                         "website", "https://github.com/opsdesk/opsdesk",
                         "issue-url", "https://github.com/opsdesk/opsdesk/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         /* TRANSLATORS: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OpsApplication *self = user_data;

  if (self->window != NULL)
    gtk_window_close (GTK_WINDOW (self->window));
  else
    g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
ops_application_startup (GApplication *app)
{
  OpsApplication *self = OPS_APPLICATION (app);
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.new-record", { "<Control>n", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.export('')", { "<Control>e", NULL } },
    { "win.switch-user", { "<Control><Shift>u", NULL } },
    { "win.backup", { "<Control><Shift>b", NULL } },
    { "win.show-page('my-work')", { "<Alt>1", NULL } },
    { "win.show-page('meetings')", { "<Alt>2", NULL } },
    { "win.show-page('action-items')", { "<Alt>3", NULL } },
    { "win.show-page('approvals')", { "<Alt>4", NULL } },
    { "win.show-page('people')", { "<Alt>5", NULL } },
    { "win.reload", { "F5", "<Control>r", NULL } },
  };

  G_APPLICATION_CLASS (ops_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (gtk_app, accels[i].action, accels[i].accels);

  self->settings = g_settings_new (APP_ID);
}

static void
ops_application_activate (GApplication *app)
{
  OpsApplication *self = OPS_APPLICATION (app);

  if (self->window != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->window));
      return;
    }

  self->window = ops_window_new (GTK_APPLICATION (app));
  g_object_add_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  gtk_window_present (GTK_WINDOW (self->window));

  if (self->context != NULL)
    ops_window_set_context (self->window, self->context);
  else
    open_store (self);
}

static void
ops_application_shutdown (GApplication *app)
{
  OpsApplication *self = OPS_APPLICATION (app);

  g_cancellable_cancel (self->cancellable);
  if (self->context != NULL)
    ops_store_close (ops_context_get_store (self->context));

  G_APPLICATION_CLASS (ops_application_parent_class)->shutdown (app);
}

static void
ops_application_dispose (GObject *object)
{
  OpsApplication *self = OPS_APPLICATION (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ops_application_parent_class)->dispose (object);
}

static void
ops_application_finalize (GObject *object)
{
  OpsApplication *self = OPS_APPLICATION (object);

  g_free (self->database);

  G_OBJECT_CLASS (ops_application_parent_class)->finalize (object);
}

static void
ops_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OpsApplication *self = OPS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_string (value, self->database);
      break;
    case PROP_DEMO:
      g_value_set_boolean (value, self->demo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_application_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OpsApplication *self = OPS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      if (g_value_get_string (value) != NULL)
        {
          g_free (self->database);
          self->database = g_value_dup_string (value);
        }
      break;
    case PROP_DEMO:
      self->demo = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_application_class_init (OpsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ops_application_dispose;
  object_class->finalize = ops_application_finalize;
  object_class->get_property = ops_application_get_property;
  object_class->set_property = ops_application_set_property;

  app_class->handle_local_options = ops_application_handle_local_options;
  app_class->startup = ops_application_startup;
  app_class->activate = ops_application_activate;
  app_class->shutdown = ops_application_shutdown;

  properties[PROP_DATABASE] =
    g_param_spec_string ("database", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEMO] =
    g_param_spec_boolean ("demo", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ops_application_init (OpsApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The database file (default: ~/.local/share/opsdesk/opsdesk.db)"), N_("PATH") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Fill a new database with demo data"), NULL },
    { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export a template table without opening a window (“list” shows the names)"), N_("TEMPLATE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The .xlsx file that --export writes"), N_("FILE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("First day of a date-ranged export"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Last day of a date-ranged export"), N_("YYYY-MM-DD") },
    { "meeting", 0, 0, G_OPTION_ARG_INT64, NULL,
      N_("The meeting of --export meeting-minutes or meeting-ics"), N_("ID") },
    { "series", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export meeting-ics: the meeting’s whole series"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  self->database = ops_application_dup_default_database ();
  self->cancellable = g_cancellable_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Opsdesk runs an office’s daily operations."));
}

OpsApplication *
ops_application_new (void)
{
  return g_object_new (OPS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/opsdesk/Opsdesk",
                       NULL);
}

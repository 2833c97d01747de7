/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * main.c: the entry point: locale, translations, the application.
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "ui/ops-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OpsApplication) app = NULL;
  const char *localedir = g_getenv ("OPSDESK_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ops_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

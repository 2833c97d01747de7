/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-page.h: the abstract base of the window's sections (My Work, People,
 * and one per workflow). A page gets the OpsContext as a property, reloads
 * when the store reports a change in what it shows, and offers the window an
 * export template and a search entry.
 *
 * Properties: context (OpsContext), title (string), icon-name (string),
 * export-template (string or NULL: what Ctrl+E exports from this page).
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_PAGE (ops_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (OpsPage, ops_page, OPS, PAGE, AdwBin)

struct _OpsPageClass
{
  AdwBinClass parent_class;

  /* Re-read what the page shows (the context is set). Called when the
   * context is set, when the store emits ::changed with a @what the page
   * cares about (see ops_page_class_watch) or "*", and on demand. */
  void (*reload)       (OpsPage *self);
  /* Put the keyboard focus into the page's search entry (Ctrl+F). */
  void (*focus_search) (OpsPage *self);
  /* Start creating a new record of the page's main kind (Ctrl+N). */
  void (*new_record)   (OpsPage *self);
  /* Show the record @id of the page's main kind (from My Work, a link in
   * another page, or search). */
  void (*open_record)  (OpsPage *self,
                        gint64   id);
};

OpsContext *ops_page_get_context         (OpsPage     *self);
void        ops_page_set_context         (OpsPage     *self,
                                          OpsContext  *context);
const char *ops_page_get_title           (OpsPage     *self);
const char *ops_page_get_icon_name       (OpsPage     *self);
const char *ops_page_get_export_template (OpsPage     *self);
void        ops_page_reload              (OpsPage     *self);
void        ops_page_focus_search        (OpsPage     *self);
void        ops_page_new_record          (OpsPage     *self);
void        ops_page_open_record         (OpsPage     *self,
                                          gint64       id);

/* A page class names the store ::changed topics it shows ("people",
 * "departments", …), NULL-terminated. "*" always reloads. */
void        ops_page_class_watch         (OpsPageClass *klass,
                                          const char   *first_topic,
                                          ...) G_GNUC_NULL_TERMINATED;

/* Feedback, from any widget inside the window or a dialog transient for it:
 * a toast for success, a dialog that says what happened and what to do. */
/* (transfer none) the window @widget is in (or @widget itself), or NULL. */
GtkWindow  *ops_widget_get_window        (GtkWidget    *widget);
/* A question "@heading" with @body, transient for @widget's window, with
 * Cancel (the default and the close response) and a destructive
 * @accept_label answering @accept_id (both translated by the caller).
 * Connect ::response, then present it. (transfer none) */
AdwMessageDialog *ops_confirm_destructive_new (GtkWidget  *widget,
                                          const char   *heading,
                                          const char   *body,
                                          const char   *accept_id,
                                          const char   *accept_label);
void        ops_show_toast               (GtkWidget    *widget,
                                          const char   *text);
void        ops_show_error               (GtkWidget    *widget,
                                          const char   *heading,
                                          const GError *error);

G_END_DECLS

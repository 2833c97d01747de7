/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-window-private.h: the window's fields, shared by ops-window.c (layout,
 * pages) and ops-window-actions.c (menu and keyboard actions).
 */
#pragma once

#include "ui/ops-welcome-page.h"
#include "ui/ops-window.h"

G_BEGIN_DECLS

struct _OpsWindow
{
  AdwApplicationWindow  parent_instance;

  OpsContext           *context;
  GCancellable         *cancellable;

  /* Template children */
  GtkStack             *main_stack;
  OpsWelcomePage       *welcome_page;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  AdwWindowTitle       *content_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *page_stack;
  GtkButton            *user_button;
  AdwAvatar            *user_avatar;
  GtkLabel             *user_name_label;
  GtkLabel             *user_detail_label;
};

void ops_window_class_install_actions (GtkWidgetClass *widget_class);
void ops_window_update_actions        (OpsWindow      *self);
void ops_window_verify_audit          (OpsWindow      *self,
                                       gboolean        interactive);

G_END_DECLS

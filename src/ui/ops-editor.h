/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-editor.h: the abstract base of the modal windows that create or edit
 * one record (a person, a department, …). It holds what every editor does
 * the same way: the context, a cancellable for the editor's store calls, the
 * busy flag while a write is under way, the inline error label, the Cancel
 * action, the "Discard your changes?" question when the window is closed
 * with unsaved changes, the confirmation before a destructive action, and
 * closing after a write the store confirmed.
 *
 * A subclass keeps its own composite template, with the error label in it,
 * hands that label over with ops_editor_set_error_label() after
 * gtk_widget_init_template(), implements dup_state (or is_changed) and
 * update_actions, and calls ops_editor_remember_state() once its fields show
 * the record. Each store write goes between ops_editor_begin_write() and
 * ops_editor_end_write(), with ops_editor_get_cancellable(), and ends with
 * ops_editor_close_with_toast() when the store confirmed it.
 *
 * Properties: context (OpsContext, construct-only).
 * Actions: editor.cancel (close without asking). Escape closes the window,
 * which asks first when something was changed.
 */
#pragma once

#include <adwaita.h>
#include "ui/ops-context.h"

G_BEGIN_DECLS

#define OPS_TYPE_EDITOR (ops_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (OpsEditor, ops_editor, OPS, EDITOR, AdwWindow)

struct _OpsEditorClass
{
  AdwWindowClass parent_class;

  /* A string that changes whenever any field does (transfer full). The
   * default is_changed compares it with the one ops_editor_remember_state()
   * took. */
  char     *(*dup_state)      (OpsEditor *self);
  /* Whether the fields differ from the record as first shown: closing then
   * asks before the changes are dropped. */
  gboolean  (*is_changed)     (OpsEditor *self);
  /* Enable the subclass's actions from its fields and ops_editor_get_busy();
   * the base calls it whenever the busy flag changes. */
  void      (*update_actions) (OpsEditor *self);

  /*< private >*/
  const char *discard_body;
};

/* Called by ops_editor_confirm_destructive() when the person accepts and no
 * write is under way. */
typedef void (*OpsEditorFunc) (OpsEditor *self);

/* The second line of the "Discard your changes?" question, marked with N_()
 * (it is translated when shown), e.g. "The changes to this person have not
 * been saved.". Call from class_init. */
void          ops_editor_class_set_discard_body (OpsEditorClass *klass,
                                                 const char     *body);

/* (transfer none) */
OpsContext   *ops_editor_get_context            (OpsEditor      *self);
/* (transfer none): cancelled when the editor is disposed. Pass it to every
 * store call the editor makes, and return on G_IO_ERROR_CANCELLED in the
 * callback before touching the editor. */
GCancellable *ops_editor_get_cancellable        (OpsEditor      *self);

gboolean      ops_editor_get_busy               (OpsEditor      *self);
/* While busy, a destructive confirmation does nothing; update_actions is
 * called on every change. */
void          ops_editor_set_busy               (OpsEditor      *self,
                                                 gboolean        busy);

/* Starts a write: returns FALSE, doing nothing, while another is under
 * way; otherwise clears the error and sets busy. */
gboolean      ops_editor_begin_write            (OpsEditor      *self);
/* Ends a write started with ops_editor_begin_write(), given its _finish
 * @error (nullable). Returns TRUE when it succeeded (busy is cleared). On
 * G_IO_ERROR_CANCELLED it touches nothing (the editor may be disposed) and
 * returns FALSE; on another error it clears busy, shows @error inline (every
 * field stays as typed) and returns FALSE. */
gboolean      ops_editor_end_write              (OpsEditor      *self,
                                                 const GError   *error);

/* Remember the fields as they are now (dup_state) as the unchanged state. */
void          ops_editor_remember_state         (OpsEditor      *self);
gboolean      ops_editor_is_changed             (OpsEditor      *self);

/* The label (from the subclass's template) that shows errors inline, above
 * the fields. The editor keeps a reference until it is disposed. */
void          ops_editor_set_error_label        (OpsEditor      *self,
                                                 GtkLabel       *label);
/* Shows @error's message in the error label and scrolls it into view. */
void          ops_editor_show_error             (OpsEditor      *self,
                                                 const GError   *error);
/* The same, with a line that says what failed above the message. */
void          ops_editor_show_error_with_heading (OpsEditor     *self,
                                                  const char    *heading,
                                                  const GError  *error);
void          ops_editor_clear_error            (OpsEditor      *self);

/* Asks "@heading" with @body, a Cancel button and a destructive
 * @accept_label button (all translated by the caller); calls @on_accept
 * when the person accepts and the editor is not busy. */
void          ops_editor_confirm_destructive    (OpsEditor      *self,
                                                 const char     *heading,
                                                 const char     *body,
                                                 const char     *accept_label,
                                                 OpsEditorFunc   on_accept);

/* Closes the editor without the discard question: after a write the store
 * confirmed, or when the changes were dropped on purpose. */
void          ops_editor_close                  (OpsEditor      *self);
/* Shows @text as a toast in the window the editor is transient for (or the
 * editor itself), then closes as ops_editor_close() does. */
void          ops_editor_close_with_toast       (OpsEditor      *self,
                                                 const char     *text);

/* For windows that are not editors (Preferences): shows @error's message,
 * below @heading (nullable), in @label and makes it visible; clearing empties
 * and hides it again. */
void          ops_error_label_show              (GtkLabel       *label,
                                                 const char     *heading,
                                                 const GError   *error);
void          ops_error_label_clear             (GtkLabel       *label);

G_END_DECLS

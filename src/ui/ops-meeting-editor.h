/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-editor.h: the modal window that plans a meeting — or a weekly
 * or monthly series of them — and edits the "before" part of one: topic,
 * goal, host, note-taker, time, place, resources, attendees (people, whole
 * departments, guests), the agenda with its live total, materials. Every
 * write goes through the store; the window closes only after the store
 * confirmed it and keeps every field as typed on an error.
 *
 * Properties: meeting-id (gint64, construct-only: 0 plans a new meeting).
 * Signals: "saved" (gint64 meeting_id): the store saved the meeting (the
 * first one of a new series).
 */
#pragma once

#include "ui/ops-editor.h"

G_BEGIN_DECLS

#define OPS_TYPE_MEETING_EDITOR (ops_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (OpsMeetingEditor, ops_meeting_editor, OPS, MEETING_EDITOR, OpsEditor)

/* Returns a new editor window for meeting @meeting_id (0 = a new meeting);
 * it loads the meeting itself. Make it transient for the main window and
 * present it. */
GtkWidget *ops_meeting_editor_new (OpsContext *context,
                                   gint64      meeting_id);

/* Adds @file as a material: copied by the store into the app's data folder
 * at once for a stored meeting, with the first save for a new one (also
 * what "Add File…" and dropping files on the editor do). */
void       ops_meeting_editor_add_file (OpsMeetingEditor *self,
                                        GFile            *file);

G_END_DECLS

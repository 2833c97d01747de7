/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-editor-private.h: the meeting editor's fields, shared by
 * ops-meeting-editor.c (loading, fields, place, repetition, saving),
 * ops-meeting-editor-time.c (date, start, end, planned length),
 * ops-meeting-editor-lists.c (the attendee, agenda and resource lists) and
 * ops-meeting-editor-materials.c (materials).
 */
#pragma once

#include <adwaita.h>

#include "store/ops-store.h"
#include "ui/ops-meeting-editor.h"

G_BEGIN_DECLS

struct _OpsMeetingEditor
{
  OpsEditor            parent_instance;

  gint64               meeting_id;        /* 0 until the store saved it */
  OpsMeeting          *original;          /* as loaded or saved; NULL for a new one */

  /* Template children */
  GtkLabel            *error_label;
  GtkWidget           *scroller;
  AdwEntryRow         *topic_row;
  AdwEntryRow         *goal_row;
  GtkDropDown         *host_drop_down;
  GtkDropDown         *note_taker_drop_down;
  GtkDropDown         *department_drop_down;
  AdwEntryRow         *date_row;
  GtkCalendar         *calendar;
  AdwEntryRow         *start_row;
  AdwEntryRow         *end_row;
  AdwActionRow        *length_row;
  GtkWidget           *long_warning;
  AdwComboRow         *place_kind_row;
  GtkStringList       *place_kind_model;
  AdwEntryRow         *place_row;
  GtkWidget           *software_row;
  GtkCheckButton      *software_check;
  AdwPreferencesGroup *resources_group;
  GtkCheckButton      *room_check;
  GtkCheckButton      *projector_check;
  GtkCheckButton      *microphone_check;
  AdwEntryRow         *custom_resource_row;
  AdwPreferencesGroup *attendees_group;
  GtkDropDown         *person_drop_down;
  GtkDropDown         *add_department_drop_down;
  AdwEntryRow         *guest_row;
  GtkListBox          *attendee_list;
  GtkLabel            *agenda_total_label;
  GtkWidget           *agenda_over_warning;
  GtkListBox          *agenda_list;
  AdwEntryRow         *link_title_row;
  AdwEntryRow         *link_uri_row;
  GtkListBox          *material_list;
  GtkWidget           *repeat_group;
  AdwComboRow         *repeat_row;
  GtkStringList       *repeat_model;
  GtkWidget           *interval_row;
  GtkSpinButton       *interval_spin;
  GtkLabel            *interval_unit_label;
  AdwComboRow         *repeat_end_row;
  GtkStringList       *repeat_end_model;
  GtkWidget           *count_row;
  GtkSpinButton       *count_spin;
  AdwEntryRow         *until_row;

  /* Choices, filled from the store */
  GListModel          *people;            /* OpsPerson, the active people as listed */
  GtkStringList       *people_model;      /* active people (host, note-taker, add) */
  GArray              *people_ids;        /* gint64 per people_model position */
  GtkStringList       *presenter_model;   /* "No presenter" + people_model */
  GtkStringList       *departments_model; /* "No department" + departments */
  GtkStringList       *add_department_model; /* departments */
  GArray              *department_ids;    /* gint64 per add_department_model position */

  /* What the lists show */
  GListStore          *attendees;         /* OpsAttendee */
  GListStore          *agenda;            /* OpsAgendaItem, in order */
  GListStore          *materials;         /* OpsMaterial; id 0 = added, not yet stored */
  GPtrArray           *custom_resource_rows; /* AdwActionRow, title = the resource */

  guint                planned_minutes;   /* from the times, 0 while they are unreadable */
  guint                pending_loads;     /* loads before the fields can be filled */
  guint                filling : 1;       /* fields being set from a record */
  guint                ready : 1;         /* every load arrived, fields filled */
};

/* ops-meeting-editor.c */
void     ops_meeting_editor_fields_changed  (OpsMeetingEditor *self);
gint64   ops_meeting_editor_current_user_id (OpsMeetingEditor *self);

/* ops-meeting-editor-lists.c */
/* A flat trash button named for a screen reader by @accessible_label. */
GtkWidget *ops_meeting_editor_remove_button (const char *accessible_label);
void     ops_meeting_editor_lists_init      (OpsMeetingEditor *self);
void     ops_meeting_editor_lists_finalize  (OpsMeetingEditor *self);
void     ops_meeting_editor_lists_class_init (GtkWidgetClass  *widget_class);
/* Fills the lists from @meeting (NULL: empty). */
void     ops_meeting_editor_lists_fill      (OpsMeetingEditor *self,
                                             OpsMeeting       *meeting);
/* Appends the lists' state to @state (for the discard question). */
void     ops_meeting_editor_lists_state     (OpsMeetingEditor *self,
                                             GString          *state);
/* The resources as checked and added, NULL-terminated (transfer full). */
char   **ops_meeting_editor_dup_resources   (OpsMeetingEditor *self);
/* The agenda as a new GListStore of OpsAgendaItem with positions (transfer full). */
GListModel *ops_meeting_editor_dup_agenda   (OpsMeetingEditor *self);
/* The stored materials (id != 0) as a new list (transfer full). */
GListModel *ops_meeting_editor_dup_stored_materials (OpsMeetingEditor *self);
/* Updates the "Agenda N of M minutes" line from the planned length
 * (@planned_minutes 0 = unknown). */
void     ops_meeting_editor_update_agenda_total (OpsMeetingEditor *self,
                                             guint             planned_minutes);
/* ops-meeting-editor-time.c */
void     ops_meeting_editor_time_class_init (GtkWidgetClass  *widget_class);
/* Reads date, start and end into Unix seconds; on failure @error says which
 * field is wrong and how to write it. */
gboolean ops_meeting_editor_read_times      (OpsMeetingEditor  *self,
                                             gint64            *starts_at,
                                             gint64            *ends_at,
                                             GError           **error);
/* Shows the planned length, the 90-minute warning and the agenda total. */
void     ops_meeting_editor_update_length   (OpsMeetingEditor  *self);

/* ops-meeting-editor-materials.c */
void     ops_meeting_editor_materials_init  (OpsMeetingEditor *self);
void     ops_meeting_editor_materials_class_init (GtkWidgetClass *widget_class);
/* Stores the materials added while the meeting was new, one after the
 * other, for the saved meeting; calls @done with the first error or NULL. */
typedef void (*OpsMaterialsDoneFunc) (OpsMeetingEditor *self,
                                      const GError     *error);
void     ops_meeting_editor_store_pending_materials (OpsMeetingEditor    *self,
                                             OpsMaterialsDoneFunc done);
gboolean ops_meeting_editor_has_pending_materials   (OpsMeetingEditor *self);
/* Position of @person_id in people_model, or GTK_INVALID_LIST_POSITION. */
guint    ops_meeting_editor_person_position (OpsMeetingEditor *self,
                                             gint64            person_id);
gint64   ops_meeting_editor_person_at       (OpsMeetingEditor *self,
                                             guint             position);

G_END_DECLS

-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0003-meetings.sql: schema version 3: meetings (SPEC §1): series, meetings
-- with their attendees, agenda, materials, resources and resolutions, the
-- minutes and archive columns, the action items that resolutions become and
-- their append-only revision history. Applied in one transaction by
-- ops-store-open.c. Instants are INTEGER Unix seconds (UTC); dates are TEXT
-- "YYYY-MM-DD". Enum values match core/ops-meeting-rules.c (never change).

-- A weekly or monthly series: every occurrence is its own row in meetings.
CREATE TABLE meeting_series (
  id         INTEGER PRIMARY KEY,
  freq       TEXT NOT NULL CHECK (freq IN ('weekly', 'monthly')),
  interval   INTEGER NOT NULL DEFAULT 1 CHECK (interval BETWEEN 1 AND 52),
  count      INTEGER NOT NULL DEFAULT 0 CHECK (count BETWEEN 0 AND 520),
  until      TEXT CHECK (until IS NULL OR until IS date(until, '+0 days')),
  created    INTEGER NOT NULL
) STRICT;

CREATE TABLE meetings (
  id                     INTEGER PRIMARY KEY,
  series_id              INTEGER REFERENCES meeting_series (id) ON DELETE SET NULL,
  topic                  TEXT NOT NULL
                           CHECK (length(trim(topic)) BETWEEN 1 AND 200
                                  AND instr(topic, char(0)) = 0),
  goal                   TEXT NOT NULL DEFAULT ''
                           CHECK (length(goal) <= 10000 AND instr(goal, char(0)) = 0),
  host_id                INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  note_taker_id          INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  department_id          INTEGER REFERENCES departments (id) ON DELETE RESTRICT,
  starts_at              INTEGER NOT NULL,
  ends_at                INTEGER NOT NULL,
  place_kind             TEXT NOT NULL CHECK (place_kind IN ('room', 'online')),
  place                  TEXT NOT NULL
                           CHECK (length(trim(place)) BETWEEN 1 AND 2000
                                  AND instr(place, char(0)) = 0),
  software_tested        INTEGER NOT NULL DEFAULT 0 CHECK (software_tested IN (0, 1)),
  -- Materials distribution (SPEC §1 "Before"): NULL = not sent yet.
  materials_sent_at      INTEGER,
  materials_sent_to      TEXT NOT NULL DEFAULT ''
                           CHECK (length(materials_sent_to) <= 10000
                                  AND instr(materials_sent_to, char(0)) = 0),
  -- Minutes: draft → submitted → approved by the host → distributed.
  minutes_state          TEXT NOT NULL DEFAULT 'none'
                           CHECK (minutes_state IN ('none', 'draft', 'submitted',
                                                    'approved', 'distributed')),
  minutes_text           TEXT NOT NULL DEFAULT ''
                           CHECK (length(minutes_text) <= 100000
                                  AND instr(minutes_text, char(0)) = 0),
  minutes_submitted_at   INTEGER,
  minutes_approved_at    INTEGER,
  minutes_approved_by    INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  minutes_return_comment TEXT NOT NULL DEFAULT ''
                           CHECK (length(minutes_return_comment) <= 2000
                                  AND instr(minutes_return_comment, char(0)) = 0),
  minutes_distributed_at INTEGER,
  minutes_distributed_to TEXT NOT NULL DEFAULT ''
                           CHECK (length(minutes_distributed_to) <= 10000
                                  AND instr(minutes_distributed_to, char(0)) = 0),
  -- Archive: name "YYYY-MM-topic" fixed when archived; NULL = not archived.
  archived_at            INTEGER,
  archive_name           TEXT CHECK (archive_name IS NULL
                                     OR (length(archive_name) BETWEEN 1 AND 100
                                         AND instr(archive_name, char(0)) = 0)),
  created                INTEGER NOT NULL,
  updated                INTEGER NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (place_kind = 'online' OR software_tested = 0),
  CHECK ((minutes_state IN ('submitted', 'approved', 'distributed'))
         = (minutes_submitted_at IS NOT NULL)),
  CHECK ((minutes_state IN ('approved', 'distributed'))
         = (minutes_approved_at IS NOT NULL AND minutes_approved_by IS NOT NULL)),
  CHECK ((minutes_state = 'distributed') = (minutes_distributed_at IS NOT NULL)),
  CHECK ((archived_at IS NULL) = (archive_name IS NULL)),
  CHECK (archived_at IS NULL OR minutes_state IN ('approved', 'distributed'))
) STRICT;

-- Attendees: a person (person_id) or an external guest (guest_name).
CREATE TABLE meeting_attendees (
  id            INTEGER PRIMARY KEY,
  meeting_id    INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id     INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  guest_name    TEXT NOT NULL DEFAULT ''
                  CHECK (length(guest_name) <= 200 AND instr(guest_name, char(0)) = 0),
  attendance    TEXT NOT NULL DEFAULT 'unknown'
                  CHECK (attendance IN ('unknown', 'present', 'late', 'absent')),
  checked_in_at INTEGER,
  CHECK ((person_id IS NULL) = (length(trim(guest_name)) > 0)),
  CHECK ((attendance IN ('present', 'late')) = (checked_in_at IS NOT NULL))
) STRICT;

CREATE TABLE meeting_agenda (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  title        TEXT NOT NULL
                 CHECK (length(trim(title)) BETWEEN 1 AND 200
                        AND instr(title, char(0)) = 0),
  presenter_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  UNIQUE (meeting_id, position)
) STRICT;

-- A material is a copied file (file_name, relative to the files folder) or a
-- link (uri): exactly one of the two.
CREATE TABLE meeting_materials (
  id            INTEGER PRIMARY KEY,
  meeting_id    INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  title         TEXT NOT NULL
                  CHECK (length(trim(title)) BETWEEN 1 AND 200
                         AND instr(title, char(0)) = 0),
  file_name     TEXT CHECK (file_name IS NULL
                            OR (length(file_name) BETWEEN 1 AND 1000
                                AND instr(file_name, char(0)) = 0)),
  original_name TEXT NOT NULL DEFAULT ''
                  CHECK (length(original_name) <= 1000
                         AND instr(original_name, char(0)) = 0),
  uri           TEXT CHECK (uri IS NULL
                            OR (length(uri) BETWEEN 1 AND 2000
                                AND instr(uri, char(0)) = 0)),
  added_at      INTEGER NOT NULL,
  CHECK ((file_name IS NULL) <> (uri IS NULL))
) STRICT;

-- Resources to book: 'room', 'projector', 'microphone' or custom text.
CREATE TABLE meeting_resources (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL CHECK (position >= 0),
  resource   TEXT NOT NULL
               CHECK (length(trim(resource)) BETWEEN 1 AND 200
                      AND instr(resource, char(0)) = 0),
  PRIMARY KEY (meeting_id, position)
) STRICT, WITHOUT ROWID;

-- Resolutions: drafts may be incomplete; a finalised one has all three of
-- conclusion, owner and deadline and cannot change any more.
CREATE TABLE meeting_resolutions (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  conclusion   TEXT NOT NULL DEFAULT ''
                 CHECK (length(conclusion) <= 2000 AND instr(conclusion, char(0)) = 0),
  owner_id     INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  due_date     TEXT CHECK (due_date IS NULL OR due_date IS date(due_date, '+0 days')),
  finalised    INTEGER NOT NULL DEFAULT 0 CHECK (finalised IN (0, 1)),
  finalised_at INTEGER,
  CHECK ((finalised = 1) = (finalised_at IS NOT NULL)),
  CHECK (finalised = 0 OR (length(trim(conclusion)) > 0
                           AND owner_id IS NOT NULL AND due_date IS NOT NULL))
) STRICT;

CREATE TRIGGER meeting_resolutions_final_no_update
  BEFORE UPDATE ON meeting_resolutions WHEN OLD.finalised = 1
BEGIN
  SELECT RAISE(ABORT, 'a finalised resolution cannot be changed');
END;

-- Action items: one per finalised resolution. The meeting's topic and start
-- are kept so that the item survives the meeting's deletion after retention.
CREATE TABLE action_items (
  id                INTEGER PRIMARY KEY,
  meeting_id        INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  resolution_id     INTEGER UNIQUE REFERENCES meeting_resolutions (id) ON DELETE SET NULL,
  meeting_topic     TEXT NOT NULL
                      CHECK (length(meeting_topic) <= 200
                             AND instr(meeting_topic, char(0)) = 0),
  meeting_starts_at INTEGER NOT NULL,
  owner_id          INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  content           TEXT NOT NULL
                      CHECK (length(trim(content)) BETWEEN 1 AND 2000
                             AND instr(content, char(0)) = 0),
  due_date          TEXT NOT NULL CHECK (due_date IS date(due_date, '+0 days')),
  original_due_date TEXT NOT NULL
                      CHECK (original_due_date IS date(original_due_date, '+0 days')),
  status            TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
  created           INTEGER NOT NULL,
  updated           INTEGER NOT NULL
) STRICT;

-- Every update of an action item, kept forever (append-only).
CREATE TABLE action_item_revisions (
  id             INTEGER PRIMARY KEY,
  action_item_id INTEGER NOT NULL REFERENCES action_items (id) ON DELETE RESTRICT,
  at             INTEGER NOT NULL,
  by_id          INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  old_status     TEXT NOT NULL
                   CHECK (old_status IN ('open', 'in-progress', 'done', 'cancelled')),
  new_status     TEXT NOT NULL
                   CHECK (new_status IN ('open', 'in-progress', 'done', 'cancelled')),
  old_due_date   TEXT NOT NULL CHECK (old_due_date IS date(old_due_date, '+0 days')),
  new_due_date   TEXT NOT NULL CHECK (new_due_date IS date(new_due_date, '+0 days')),
  reason         TEXT NOT NULL DEFAULT ''
                   CHECK (length(reason) <= 2000 AND instr(reason, char(0)) = 0),
  note           TEXT NOT NULL DEFAULT ''
                   CHECK (length(note) <= 2000 AND instr(note, char(0)) = 0)
) STRICT;

CREATE TRIGGER action_item_revisions_no_update
  BEFORE UPDATE ON action_item_revisions
BEGIN
  SELECT RAISE(ABORT, 'action item revisions are append-only');
END;

CREATE TRIGGER action_item_revisions_no_delete
  BEFORE DELETE ON action_item_revisions
BEGIN
  SELECT RAISE(ABORT, 'action item revisions are append-only');
END;

CREATE INDEX meetings_by_start ON meetings (starts_at);
CREATE INDEX meetings_by_series ON meetings (series_id, starts_at);
CREATE INDEX meetings_by_host ON meetings (host_id, starts_at);
CREATE INDEX meetings_by_note_taker ON meetings (note_taker_id, starts_at);
CREATE INDEX meetings_by_department ON meetings (department_id, starts_at);
CREATE INDEX meeting_attendees_by_meeting ON meeting_attendees (meeting_id);
CREATE INDEX meeting_attendees_by_person ON meeting_attendees (person_id, meeting_id);
CREATE UNIQUE INDEX meeting_attendees_unique_person
  ON meeting_attendees (meeting_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX meeting_agenda_by_presenter ON meeting_agenda (presenter_id);
CREATE INDEX meeting_materials_by_meeting ON meeting_materials (meeting_id);
CREATE INDEX meeting_resolutions_by_meeting ON meeting_resolutions (meeting_id, position);
CREATE INDEX meeting_resolutions_by_owner ON meeting_resolutions (owner_id);
CREATE INDEX action_items_by_owner ON action_items (owner_id, status, due_date);
CREATE INDEX action_items_by_meeting ON action_items (meeting_id);
CREATE INDEX action_items_by_due ON action_items (status, due_date);
CREATE INDEX action_item_revisions_by_item ON action_item_revisions (action_item_id, at);
CREATE INDEX action_item_revisions_by_person ON action_item_revisions (by_id);
CREATE INDEX meetings_by_approver ON meetings (minutes_approved_by);

-- Every column that refers to a person (see 0001): recreated with meetings.
DROP VIEW person_references;
CREATE VIEW person_references (person_id, what, label) AS
  SELECT head_id, 'department-head', name FROM departments WHERE head_id IS NOT NULL
  UNION ALL
  SELECT leader_id, 'division-leader', name FROM departments WHERE leader_id IS NOT NULL
  UNION ALL
  SELECT host_id, 'meeting-host', topic FROM meetings
  UNION ALL
  SELECT note_taker_id, 'meeting-note-taker', topic FROM meetings
  UNION ALL
  SELECT minutes_approved_by, 'meeting-minutes-approver', topic FROM meetings
    WHERE minutes_approved_by IS NOT NULL
  UNION ALL
  SELECT a.person_id, 'meeting-attendee', m.topic
    FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
    WHERE a.person_id IS NOT NULL
  UNION ALL
  SELECT g.presenter_id, 'meeting-presenter', m.topic
    FROM meeting_agenda g JOIN meetings m ON m.id = g.meeting_id
    WHERE g.presenter_id IS NOT NULL
  UNION ALL
  SELECT r.owner_id, 'resolution-owner', m.topic
    FROM meeting_resolutions r JOIN meetings m ON m.id = r.meeting_id
    WHERE r.owner_id IS NOT NULL
  UNION ALL
  SELECT owner_id, 'action-item-owner', content FROM action_items
  UNION ALL
  SELECT v.by_id, 'action-item-revision', i.content
    FROM action_item_revisions v JOIN action_items i ON i.id = v.action_item_id;

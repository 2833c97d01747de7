-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0004-approvals.sql: schema version 4: document approval (SPEC §4): document
-- types with their approval chains, requests with the chain snapshot of each
-- round, files, substitutes, the never-reused archive-number counters, and
-- the append-only audit trail chained with SHA-256. Applied in one
-- transaction by ops-store-open.c after 0003-meetings.sql (it links requests
-- to meetings and resolutions). Enum ids match core/ops-approval-rules.c and
-- core/ops-roles.c (never change them).

-- Document types. Built-in types keep name '' and are named by the program
-- in the user's language (制度文件, 合同, 费用报销, 其他); user types carry a name.
CREATE TABLE approval_types (
  id      INTEGER PRIMARY KEY,
  code    TEXT NOT NULL UNIQUE
            CHECK (length(code) BETWEEN 1 AND 32
                   AND code NOT GLOB '*[^a-z0-9-]*' AND code GLOB '[a-z]*'),
  name    TEXT NOT NULL DEFAULT ''
            CHECK (length(name) <= 200 AND instr(name, char(0)) = 0),
  prefix  TEXT NOT NULL UNIQUE
            CHECK (length(prefix) BETWEEN 1 AND 12
                   AND prefix NOT GLOB '*[^A-Z0-9]*' AND prefix GLOB '[A-Z]*'),
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  created INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  CHECK (builtin = 1 OR length(trim(name)) >= 1)
) STRICT;

-- The chain of a type: a role (resolved from the applicant's department or
-- the directory when a request is submitted) or one person per level.
CREATE TABLE approval_levels (
  type_id       INTEGER NOT NULL REFERENCES approval_types (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position BETWEEN 1 AND 10),
  role          TEXT CHECK (role IS NULL OR role IN
                  ('staff', 'department-head', 'division-leader', 'general-manager',
                   'administration', 'hr', 'trainer', 'project-manager',
                   'account-manager')),
  person_id     INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  deadline_days INTEGER NOT NULL CHECK (deadline_days BETWEEN 1 AND 30),
  PRIMARY KEY (type_id, position),
  CHECK ((role IS NULL) <> (person_id IS NULL))
) STRICT, WITHOUT ROWID;

CREATE TABLE approval_requests (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL
                    CHECK (length(trim(name)) BETWEEN 1 AND 200
                           AND instr(name, char(0)) = 0),
  type_id         INTEGER NOT NULL REFERENCES approval_types (id) ON DELETE RESTRICT,
  purpose         TEXT NOT NULL DEFAULT ''
                    CHECK (length(purpose) <= 10000 AND instr(purpose, char(0)) = 0),
  applicant_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  department_id   INTEGER REFERENCES departments (id) ON DELETE SET NULL,
  date            TEXT NOT NULL CHECK (date IS date(date, '+0 days')),
  major           INTEGER NOT NULL DEFAULT 0 CHECK (major IN (0, 1)),
  state           TEXT NOT NULL DEFAULT 'draft'
                    CHECK (state IN ('draft', 'pending', 'returned', 'approved',
                                     'rejected', 'withdrawn')),
  round           INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
  -- The level waiting (1-based) while pending, else 0.
  current_level   INTEGER NOT NULL DEFAULT 0 CHECK (current_level BETWEEN 0 AND 10),
  step_started_at INTEGER,
  step_due_date   TEXT CHECK (step_due_date IS NULL
                              OR step_due_date IS date(step_due_date, '+0 days')),
  meeting_id      INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  resolution_id   INTEGER REFERENCES meeting_resolutions (id) ON DELETE SET NULL,
  archive_number  TEXT UNIQUE
                    CHECK (archive_number IS NULL
                           OR (length(archive_number) BETWEEN 8 AND 40
                               AND archive_number NOT GLOB '*[^A-Z0-9-]*')),
  stamped_at      INTEGER,
  stamped_by      INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  distributed_to  TEXT NOT NULL DEFAULT ''
                    CHECK (length(distributed_to) <= 2000
                           AND instr(distributed_to, char(0)) = 0),
  created         INTEGER NOT NULL,
  updated         INTEGER NOT NULL,
  CHECK ((state = 'pending') = (current_level >= 1)),
  CHECK ((state = 'pending') = (step_started_at IS NOT NULL AND step_due_date IS NOT NULL)),
  CHECK ((state = 'approved') = (archive_number IS NOT NULL)),
  CHECK ((stamped_at IS NULL) = (stamped_by IS NULL)),
  CHECK (stamped_at IS NULL OR state = 'approved'),
  CHECK (resolution_id IS NULL OR meeting_id IS NOT NULL)
) STRICT;

-- The chain of one round, resolved to people when the round was submitted:
-- the chain a request runs through does not change under it.
CREATE TABLE approval_steps (
  request_id    INTEGER NOT NULL REFERENCES approval_requests (id) ON DELETE CASCADE,
  round         INTEGER NOT NULL CHECK (round >= 1),
  position      INTEGER NOT NULL CHECK (position BETWEEN 1 AND 10),
  role          TEXT CHECK (role IS NULL OR role IN
                  ('staff', 'department-head', 'division-leader', 'general-manager',
                   'administration', 'hr', 'trainer', 'project-manager',
                   'account-manager')),
  approver_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  deadline_days INTEGER NOT NULL CHECK (deadline_days BETWEEN 1 AND 30),
  PRIMARY KEY (request_id, round, position)
) STRICT, WITHOUT ROWID;

-- What was submitted in each round (name, type, purpose, date, major), so
-- that a resubmission can show what changed since the previous round.
CREATE TABLE approval_rounds (
  request_id   INTEGER NOT NULL REFERENCES approval_requests (id) ON DELETE CASCADE,
  round        INTEGER NOT NULL CHECK (round >= 1),
  name         TEXT NOT NULL CHECK (length(name) <= 200 AND instr(name, char(0)) = 0),
  type_id      INTEGER NOT NULL,
  purpose      TEXT NOT NULL CHECK (length(purpose) <= 10000 AND instr(purpose, char(0)) = 0),
  date         TEXT NOT NULL CHECK (date IS date(date, '+0 days')),
  major        INTEGER NOT NULL CHECK (major IN (0, 1)),
  submitted_at INTEGER NOT NULL,
  PRIMARY KEY (request_id, round)
) STRICT, WITHOUT ROWID;

-- Files copied into "<files>/approvals/<request id>/<file_name>".
CREATE TABLE approval_files (
  id            INTEGER PRIMARY KEY,
  request_id    INTEGER NOT NULL REFERENCES approval_requests (id) ON DELETE CASCADE,
  title         TEXT NOT NULL
                  CHECK (length(trim(title)) BETWEEN 1 AND 200
                         AND instr(title, char(0)) = 0),
  file_name     TEXT NOT NULL
                  CHECK (length(file_name) BETWEEN 1 AND 255
                         AND instr(file_name, '/') = 0 AND file_name NOT IN ('.', '..')
                         AND instr(file_name, char(0)) = 0),
  original_name TEXT NOT NULL DEFAULT ''
                  CHECK (length(original_name) <= 1000
                         AND instr(original_name, char(0)) = 0),
  added_at      INTEGER NOT NULL,
  round         INTEGER NOT NULL CHECK (round >= 1),
  final         INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)),
  UNIQUE (request_id, file_name)
) STRICT;

-- Substitutes: from_date..to_date inclusive.
CREATE TABLE approval_substitutes (
  id            INTEGER PRIMARY KEY,
  person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  substitute_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  from_date     TEXT NOT NULL CHECK (from_date IS date(from_date, '+0 days')),
  to_date       TEXT NOT NULL CHECK (to_date IS date(to_date, '+0 days')),
  created       INTEGER NOT NULL,
  CHECK (person_id <> substitute_id),
  CHECK (from_date <= to_date)
) STRICT;

-- The last archive sequence issued per TYPE prefix and year. Keyed by the
-- prefix (the TYPE part of the number) so that a deleted and re-created type
-- cannot issue a number again. Only ever grows; never deleted. The store
-- also keeps a high-water mark outside the database ("<database>.numbers")
-- so that restoring an older backup does not issue a number twice.
CREATE TABLE approval_number_counters (
  prefix   TEXT NOT NULL CHECK (length(prefix) BETWEEN 1 AND 12),
  year     INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
  last_seq INTEGER NOT NULL CHECK (last_seq >= 1),
  PRIMARY KEY (prefix, year)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER approval_number_counters_only_grow
  BEFORE UPDATE ON approval_number_counters
  WHEN NEW.last_seq <= OLD.last_seq OR NEW.prefix IS NOT OLD.prefix
       OR NEW.year IS NOT OLD.year
BEGIN
  SELECT RAISE(ABORT, 'archive number counters only grow');
END;

CREATE TRIGGER approval_number_counters_no_delete
  BEFORE DELETE ON approval_number_counters
BEGIN
  SELECT RAISE(ABORT, 'archive number counters are never deleted');
END;

-- The audit trail: append-only. request_id has no foreign key on purpose:
-- the trail outlives a deleted request. hash = SHA-256 over prev_hash and
-- the canonical row (core/ops-approval-rules.h); ids follow 1, 2, 3, …
CREATE TABLE approval_audit (
  id              INTEGER PRIMARY KEY CHECK (id >= 1),
  request_id      INTEGER NOT NULL,
  at              INTEGER NOT NULL,
  actor_id        INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  on_behalf_of_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  action          TEXT NOT NULL
                    CHECK (action IN ('create', 'edit', 'submit', 'resubmit', 'approve',
                                      'return', 'reject', 'withdraw', 'link-meeting',
                                      'stamp', 'distribute', 'archive', 'attach',
                                      'delete')),
  level           INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 10),
  round           INTEGER NOT NULL CHECK (round >= 1),
  comment         TEXT NOT NULL DEFAULT ''
                    CHECK (length(comment) <= 20000 AND instr(comment, char(0)) = 0),
  os_user         TEXT NOT NULL DEFAULT ''
                    CHECK (length(os_user) <= 256 AND instr(os_user, char(0)) = 0),
  prev_hash       TEXT NOT NULL CHECK (length(prev_hash) IN (0, 64)),
  hash            TEXT NOT NULL CHECK (length(hash) = 64),
  CHECK (on_behalf_of_id IS NULL OR on_behalf_of_id <> actor_id)
) STRICT;

CREATE TRIGGER approval_audit_no_update
  BEFORE UPDATE ON approval_audit
BEGIN
  SELECT RAISE(ABORT, 'the approval audit trail is append-only');
END;

CREATE TRIGGER approval_audit_no_delete
  BEFORE DELETE ON approval_audit
BEGIN
  SELECT RAISE(ABORT, 'the approval audit trail is append-only');
END;

-- The chain head: the last row appended and its hash (one row, id 1), so
-- that removing the newest rows is detected too. It only moves forward.
CREATE TABLE approval_audit_head (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  last_id INTEGER NOT NULL CHECK (last_id >= 0),
  hash    TEXT NOT NULL CHECK (length(hash) IN (0, 64))
) STRICT;

INSERT INTO approval_audit_head (id, last_id, hash) VALUES (1, 0, '');

CREATE TRIGGER approval_audit_head_forward
  BEFORE UPDATE ON approval_audit_head WHEN NEW.last_id <= OLD.last_id
BEGIN
  SELECT RAISE(ABORT, 'the audit chain head only moves forward');
END;

CREATE TRIGGER approval_audit_head_no_delete
  BEFORE DELETE ON approval_audit_head
BEGIN
  SELECT RAISE(ABORT, 'the audit chain head cannot be deleted');
END;

-- The built-in types with the default chain 部门负责人 (1 working day) →
-- 分管领导 (2) → 总经理 (3).
INSERT INTO approval_types (id, code, name, prefix, builtin, created, updated) VALUES
  (1, 'policy',   '', 'POLICY',   1, unixepoch(), unixepoch()),
  (2, 'contract', '', 'CONTRACT', 1, unixepoch(), unixepoch()),
  (3, 'expense',  '', 'EXPENSE',  1, unixepoch(), unixepoch()),
  (4, 'other',    '', 'OTHER',    1, unixepoch(), unixepoch());

INSERT INTO approval_levels (type_id, position, role, deadline_days)
  SELECT t.id, l.position, l.role, l.days
    FROM approval_types t,
         (SELECT 1 AS position, 'department-head' AS role, 1 AS days
          UNION ALL SELECT 2, 'division-leader', 2
          UNION ALL SELECT 3, 'general-manager', 3) l;

CREATE INDEX approval_levels_by_person ON approval_levels (person_id);
CREATE INDEX approval_requests_by_date ON approval_requests (date, id);
CREATE INDEX approval_requests_by_state ON approval_requests (state, step_due_date);
CREATE INDEX approval_requests_by_applicant ON approval_requests (applicant_id, state);
CREATE INDEX approval_requests_by_type ON approval_requests (type_id);
CREATE INDEX approval_requests_by_meeting ON approval_requests (meeting_id);
CREATE INDEX approval_requests_by_resolution ON approval_requests (resolution_id);
CREATE INDEX approval_requests_by_department ON approval_requests (department_id);
CREATE INDEX approval_requests_by_stamper ON approval_requests (stamped_by);
CREATE INDEX approval_steps_by_approver ON approval_steps (approver_id);
CREATE INDEX approval_files_by_request ON approval_files (request_id, round);
CREATE INDEX approval_substitutes_by_person ON approval_substitutes (person_id, from_date);
CREATE INDEX approval_substitutes_by_substitute ON approval_substitutes (substitute_id, from_date);
CREATE INDEX approval_audit_by_request ON approval_audit (request_id, id);
CREATE INDEX approval_audit_by_actor ON approval_audit (actor_id);
CREATE INDEX approval_audit_by_behalf ON approval_audit (on_behalf_of_id);

-- Every column that refers to a person (see 0001 and 0003): recreated with
-- the approval columns added.
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
    FROM action_item_revisions v JOIN action_items i ON i.id = v.action_item_id
  UNION ALL
  SELECT l.person_id, 'approval-chain', t.prefix
    FROM approval_levels l JOIN approval_types t ON t.id = l.type_id
    WHERE l.person_id IS NOT NULL
  UNION ALL
  SELECT applicant_id, 'approval-applicant', name FROM approval_requests
  UNION ALL
  SELECT stamped_by, 'approval-stamp', name FROM approval_requests
    WHERE stamped_by IS NOT NULL
  UNION ALL
  SELECT s.approver_id, 'approval-approver', r.name
    FROM approval_steps s JOIN approval_requests r ON r.id = s.request_id
  UNION ALL
  SELECT person_id, 'approval-substitute', from_date || '..' || to_date
    FROM approval_substitutes
  UNION ALL
  SELECT substitute_id, 'approval-substitute', from_date || '..' || to_date
    FROM approval_substitutes
  UNION ALL
  SELECT actor_id, 'approval-trail', CAST(request_id AS TEXT) FROM approval_audit
  UNION ALL
  SELECT on_behalf_of_id, 'approval-trail', CAST(request_id AS TEXT) FROM approval_audit
    WHERE on_behalf_of_id IS NOT NULL;

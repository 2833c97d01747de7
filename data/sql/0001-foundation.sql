-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0001-foundation.sql: schema version 1: the people directory (SPEC §0):
-- departments, people, their roles, and the view of every reference to a
-- person. Applied in one transaction by ops-store.c with PRAGMA user_version.
-- Limits match core/ops-validate.h (names and short texts: 200 characters).

PRAGMA application_id = 1330664260; -- 0x4F505344 "OPSD"

CREATE TABLE departments (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL COLLATE NOCASE UNIQUE
              CHECK (length(trim(name)) BETWEEN 1 AND 200
                     AND instr(name, char(0)) = 0),
  head_id   INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  leader_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  created   INTEGER NOT NULL,
  updated   INTEGER NOT NULL
) STRICT;

CREATE TABLE people (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL
                  CHECK (length(trim(name)) BETWEEN 1 AND 200
                         AND instr(name, char(0)) = 0),
  department_id INTEGER REFERENCES departments (id) ON DELETE RESTRICT,
  title         TEXT NOT NULL DEFAULT ''
                  CHECK (length(title) <= 200 AND instr(title, char(0)) = 0),
  email         TEXT NOT NULL DEFAULT ''
                  CHECK (length(email) <= 200 AND instr(email, char(0)) = 0),
  phone         TEXT NOT NULL DEFAULT ''
                  CHECK (length(phone) <= 32 AND instr(phone, char(0)) = 0),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created       INTEGER NOT NULL,
  updated       INTEGER NOT NULL
) STRICT;

CREATE TABLE person_roles (
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role      TEXT NOT NULL
              CHECK (role IN ('staff', 'department-head', 'division-leader',
                              'general-manager', 'administration', 'hr',
                              'trainer', 'project-manager', 'account-manager')),
  PRIMARY KEY (person_id, role)
) STRICT, WITHOUT ROWID;

-- The list queries: by name, by department, active only; role look-ups.
CREATE INDEX people_by_name ON people (name);
CREATE INDEX people_by_department ON people (department_id, active, name);
CREATE INDEX people_by_active ON people (active, name);
CREATE INDEX person_roles_by_role ON person_roles (role, person_id);
CREATE INDEX departments_by_head ON departments (head_id);
CREATE INDEX departments_by_leader ON departments (leader_id);

-- Every column that refers to a person: `what` is a stable kind that the
-- store turns into a translated phrase ("head of %s"), `label` names the
-- record. Later workflows DROP and recreate this view with their columns.
CREATE VIEW person_references (person_id, what, label) AS
  SELECT head_id, 'department-head', name FROM departments WHERE head_id IS NOT NULL
  UNION ALL
  SELECT leader_id, 'division-leader', name FROM departments WHERE leader_id IS NOT NULL;

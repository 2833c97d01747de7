-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0002-calendar.sql: schema version 2: the company calendar (holidays and
-- make-up working days) and a table of company settings for later workflows.

-- A holiday only on a weekday, a make-up working day only on a weekend
-- (strftime %w: 0 = Sunday, 6 = Saturday). date(d, '+0 days') rejects
-- 2024-02-30, which plain date(d) accepts.
CREATE TABLE calendar_days (
  date TEXT PRIMARY KEY NOT NULL
         CHECK (date IS date(date, '+0 days')),
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL DEFAULT ''
         CHECK (length(name) <= 200 AND instr(name, char(0)) = 0),
  CHECK ((kind = 'holiday') = (strftime('%w', date) NOT IN ('0', '6')))
) STRICT, WITHOUT ROWID;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL
          CHECK (length(key) BETWEEN 1 AND 200 AND instr(key, char(0)) = 0),
  value ANY
) STRICT, WITHOUT ROWID;

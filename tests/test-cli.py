#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli.py: runs the built `opsdesk` as a script or a manager would, with
# no display: --export in three locales, the export list, the usage errors,
# a missing folder, a missing database and --version; the meetings'
# templates (--from/--to, --meeting ID) and calendar file (meeting-ics,
# --series). Reads each file back with openpyxl (python3-icalendar and
# python3-dateutil for .ics). Prints TAP and exits non-zero on any failure.
#
# Usage: /usr/bin/python3 test-cli.py PATH/TO/opsdesk

import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

HEADERS = {
    'en': ['Name', 'Department', 'Job Title', 'E-mail', 'Phone', 'Roles', 'Status'],
    'zh': ['姓名', '部门', '职务', '邮箱', '电话', '角色', '状态'],
}
STATUS = {
    'en': {'Active', 'Inactive'},
    'zh': {'在职', '已停用'},
}
TITLE = {'en': 'People Directory', 'zh': '人员名录'}
MIN_DEMO_PEOPLE = 15


class Runner:
    def __init__(self, opsdesk, tmp):
        self.opsdesk = opsdesk
        self.tmp = tmp
        self.count = 0
        self.failed = 0

    def env(self, lang=None):
        env = dict(os.environ)
        for key in ('DISPLAY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS',
                    'LANG', 'LC_ALL', 'LANGUAGE', 'LC_MESSAGES', 'LC_NUMERIC'):
            env.pop(key, None)
        # Never touch the real user's data or settings.
        home = os.path.join(self.tmp, 'home')
        for key, sub in (('HOME', ''), ('XDG_DATA_HOME', 'data'), ('XDG_CONFIG_HOME', 'config'),
                         ('XDG_CACHE_HOME', 'cache'), ('XDG_STATE_HOME', 'state')):
            path = os.path.join(home, sub)
            os.makedirs(path, exist_ok=True)
            env[key] = path
        env.setdefault('GSETTINGS_BACKEND', 'memory')
        if lang is not None:
            env['LANG'] = env['LC_ALL'] = env['LANGUAGE'] = lang
        else:
            env['LC_ALL'] = 'C.UTF-8'
        return env

    def run(self, args, lang=None):
        return subprocess.run([self.opsdesk] + args, env=self.env(lang), cwd=self.tmp,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=120)

    def check(self, description, problems, proc=None):
        self.count += 1
        if problems:
            self.failed += 1
            print('not ok %d - %s' % (self.count, description))
            for p in problems:
                print('#   %s' % p)
            if proc is not None:
                print('#   exit status %d' % proc.returncode)
                for line in (proc.stdout + proc.stderr).splitlines():
                    print('#   | %s' % line)
        else:
            print('ok %d - %s' % (self.count, description))


def leftovers(folder):
    """Temporary files an export may have left beside its target."""
    return [n for n in os.listdir(folder) if n.startswith('.')]


def read_people(path, lang):
    """The problems found in an exported people sheet, and its data rows."""
    problems = []
    try:
        wb = openpyxl.load_workbook(path)
    except Exception as e:
        return ['%s cannot be read: %s: %s' % (path, type(e).__name__, e)], []
    ws = wb.worksheets[0]
    title = ws['A1'].value
    if not isinstance(title, str) or not title.startswith(TITLE[lang]):
        problems.append('title A1 is %r, expected it to start with %r' % (title, TITLE[lang]))
    headers = [ws.cell(row=2, column=c).value for c in range(1, 8)]
    if headers != HEADERS[lang]:
        problems.append('headers are %r, expected %r' % (headers, HEADERS[lang]))
    if ws.max_column != 7:
        problems.append('%d columns, expected 7' % ws.max_column)
    rows = [[ws.cell(row=r, column=c).value for c in range(1, 8)] for r in range(3, ws.max_row + 1)]
    if len(rows) < MIN_DEMO_PEOPLE:
        problems.append('%d people, expected the demo data (at least %d)' % (len(rows), MIN_DEMO_PEOPLE))
    for i, row in enumerate(rows):
        if not isinstance(row[0], str) or not row[0].strip():
            problems.append('row %d has no name: %r' % (i + 3, row))
        if row[6] not in STATUS[lang]:
            problems.append('row %d status %r is not one of %s' % (i + 3, row[6], sorted(STATUS[lang])))
    if ws.freeze_panes != 'A3':
        problems.append('frozen pane is %s, expected A3' % ws.freeze_panes)
    return problems, rows


APPROVAL_HEADERS = {
    'en': ['Document Name', 'Document Type', 'Applicant', 'Date of Application',
           'Approval Levels', 'Approval Opinions'],
    'zh': ['文件名称', '文件类型', '申请人', '申请日期', '审批层级', '审批意见栏'],
}


def read_approval_form(path, headers, chinese):
    """The problems found in an exported approval form for September 2023."""
    import datetime
    problems = []
    try:
        wb = openpyxl.load_workbook(path)
    except Exception as e:
        return ['%s cannot be read: %s: %s' % (path, type(e).__name__, e)]
    ws = wb.worksheets[0]
    got = [ws.cell(row=2, column=c).value for c in range(1, 7)]
    if got != headers:
        problems.append('headers are %r, expected %r' % (got, headers))
    rows = [[ws.cell(row=r, column=c) for c in range(1, 7)] for r in range(3, ws.max_row + 1)]
    seed = [row for row in rows if row[0].value == '2023年费用报销制度']
    if len(seed) != 1:
        problems.append('expected the seed request once, found %d rows: %r'
                        % (len(seed), [row[0].value for row in rows]))
    else:
        row = seed[0]
        if row[3].data_type != 'd' or row[3].value != datetime.datetime(2023, 9, 1):
            problems.append('申请日期 is %r (type %s), expected the date 2023-09-01'
                            % (row[3].value, row[3].data_type))
        if not isinstance(row[2].value, str) or not row[2].value:
            problems.append('the applicant is %r' % row[2].value)
        if chinese:
            want = ['制度文件', '部门负责人-分管领导-总经理', '部门负责人:同意;分管领导:需补充差旅费标准']
            values = [row[1].value, row[4].value, row[5].value]
            if values != want:
                problems.append('type, levels, opinion are %r, expected %r' % (values, want))
    for row in rows:
        date = row[3].value
        if not isinstance(date, datetime.datetime) or not (
                datetime.datetime(2023, 9, 1) <= date <= datetime.datetime(2023, 9, 30)):
            problems.append('row %r is dated %r, outside --from/--to' % (row[0].value, date))
    return problems


NOTICE_HEADERS = {
    'en': ['Topic', 'Time', 'Place / Online', 'Attendees', 'Agenda', 'Materials'],
    'zh': ['会议主题', '时间', '地点/线上', '参会人员', '议程', '材料清单'],
}
# The seed row of 会议通知表 (SPEC §6), *总 being the demo's 王建国.
NOTICE_SEED_ZH = ['Q3销售目标分解', None, '301会议室', '销售部全体、王建国',
                  '1.上半年业绩回顾;2.Q3目标分解;3.资源需求讨论', '上半年业绩报表、竞品分析报告']


def db_query(db, sql, *args):
    """Reads the database directly (an independent reader)."""
    import sqlite3
    con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def read_meeting_notice(path, lang, min_rows):
    """The problems found in an exported meeting notice, and its data rows."""
    import datetime
    problems = []
    try:
        wb = openpyxl.load_workbook(path)
    except Exception as e:
        return ['%s cannot be read: %s: %s' % (path, type(e).__name__, e)], []
    ws = wb.worksheets[0]
    headers = [ws.cell(row=2, column=c).value for c in range(1, 7)]
    if headers != NOTICE_HEADERS[lang]:
        problems.append('headers are %r, expected %r' % (headers, NOTICE_HEADERS[lang]))
    rows = [[ws.cell(row=r, column=c).value for c in range(1, 7)] for r in range(3, ws.max_row + 1)]
    if len(rows) < min_rows:
        problems.append('%d meetings, expected at least %d' % (len(rows), min_rows))
    for i, row in enumerate(rows):
        if not isinstance(row[1], datetime.datetime):
            problems.append('row %d: the time %r is not a date-time cell' % (i + 3, row[1]))
    return problems, rows


def check_calendar(path, n_occurrences):
    """The problems of a series exported as .ics: CRLF, folding, one master
    with an RRULE whose expansion gives @n_occurrences."""
    import icalendar
    from dateutil import rrule
    problems = []
    with open(path, 'rb') as f:
        data = f.read()
    lines = data.split(b'\r\n')
    if lines[-1] != b'' or any(b'\n' in line for line in lines):
        problems.append('lines do not all end with CRLF')
    if any(len(line) > 75 for line in lines):
        problems.append('a line is longer than 75 octets')
    cal = icalendar.Calendar.from_ical(data)
    if str(cal.get('METHOD')) != 'PUBLISH':
        problems.append('METHOD is %r' % cal.get('METHOD'))
    events = [c for c in cal.walk() if c.name == 'VEVENT']
    masters = [e for e in events if e.get('RECURRENCE-ID') is None]
    if len(masters) != 1 or masters[0].get('RRULE') is None:
        return problems + ['expected one recurring master event, found %d' % len(masters)]
    master = masters[0]
    start = master.decoded('DTSTART')
    rule = master.get('RRULE').to_ical().decode()
    starts = list(rrule.rrulestr(rule, dtstart=start))
    exdates = master.get('EXDATE')
    if exdates is not None:
        exdates = exdates if isinstance(exdates, list) else [exdates]
        gone = {d.dt for e in exdates for d in e.dts}
        starts = [s for s in starts if s not in gone]
    if len(starts) != n_occurrences:
        problems.append('the calendar shows %d occurrences, the database has %d' % (len(starts), n_occurrences))
    if not str(master.get('UID', '')).startswith('series-'):
        problems.append('UID %r is not a series UID' % master.get('UID'))
    return problems


def main(argv):
    if len(argv) != 2:
        print('usage: test-cli.py PATH/TO/opsdesk', file=sys.stderr)
        return 2
    opsdesk = os.path.abspath(argv[1])
    tmp = tempfile.mkdtemp(prefix='opsdesk-cli-')
    r = Runner(opsdesk, tmp)
    db = os.path.join(tmp, 'db', 'opsdesk.db')
    out = os.path.join(tmp, 'out')
    os.makedirs(out)
    en_rows = []

    try:
        # English, creating the demo database.
        path = os.path.join(out, 'p.xlsx')
        proc = r.run(['--database', db, '--demo', '--export', 'people', '--output', path])
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        elif not os.path.isfile(path):
            problems.append('%s was not written' % path)
        else:
            found, en_rows = read_people(path, 'en')
            problems += found
        if leftovers(out):
            problems.append('temporary files left: %s' % leftovers(out))
        r.check('--export people writes the demo people with English headers', problems, proc)

        # Chinese.
        path_zh = os.path.join(out, 'p-zh.xlsx')
        proc = r.run(['--database', db, '--demo', '--export', 'people', '--output', path_zh],
                     lang='zh_CN.UTF-8')
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            found, zh_rows = read_people(path_zh, 'zh')
            problems += found
        r.check('zh_CN.UTF-8: the headers are exactly 姓名 部门 职务 邮箱 电话 角色 状态', problems, proc)

        # The document approval form, Chinese and English, for September 2023:
        # the seed's request, its date a real date cell.
        for lang, headers in (('zh_CN.UTF-8', APPROVAL_HEADERS['zh']), (None, APPROVAL_HEADERS['en'])):
            path_ap = os.path.join(out, 'approvals-%s.xlsx' % (lang or 'C'))
            proc = r.run(['--database', db, '--export', 'approval-form', '--from', '2023-09-01',
                          '--to', '2023-09-30', '--output', path_ap], lang=lang)
            problems = []
            if proc.returncode != 0:
                problems.append('exit status %d, expected 0' % proc.returncode)
            else:
                problems += read_approval_form(path_ap, headers, lang is not None)
            if leftovers(out):
                problems.append('temporary files left: %s' % leftovers(out))
            r.check('--export approval-form --from --to (%s): headers %s and the seed row'
                    % (lang or 'C', ' '.join(headers)), problems, proc)

        # A --from after --to is refused before anything is written.
        path_bad = os.path.join(out, 'approvals-bad.xlsx')
        proc = r.run(['--database', db, '--export', 'approval-form', '--from', '2023-10-01',
                      '--to', '2023-09-01', '--output', path_bad])
        problems = []
        if proc.returncode == 0:
            problems.append('exit status 0, expected an error')
        if os.path.exists(path_bad):
            problems.append('%s was created' % path_bad)
        r.check('--export approval-form with --from after --to fails', problems, proc)

        # German: a decimal comma must not corrupt the file. Exports over
        # the first file (replaced whole).
        proc = r.run(['--database', db, '--export', 'people', '--output', path], lang='de_DE.UTF-8')
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            found, de_rows = read_people(path, 'en')
            problems += found
            if not found and en_rows and [row[0] for row in de_rows] != [row[0] for row in en_rows]:
                problems.append('the people differ from the first export')
        if leftovers(out):
            problems.append('temporary files left: %s' % leftovers(out))
        r.check('de_DE.UTF-8: the file is valid and replaces the earlier export', problems, proc)

        # While another Opsdesk process has the database open (it holds the
        # lock), a command-line export still works: it only reads, from one
        # consistent snapshot.
        import fcntl
        path_locked = os.path.join(out, 'p-locked.xlsx')
        with open(db + '.lock', 'a+') as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            proc = r.run(['--database', db, '--export', 'people', '--output', path_locked])
            fcntl.flock(lock, fcntl.LOCK_UN)
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            found, locked_rows = read_people(path_locked, 'en')
            problems += found
            if not found and en_rows and [row[0] for row in locked_rows] != [row[0] for row in en_rows]:
                problems.append('the people differ from the first export')
        r.check('--export reads a database that another process has open', problems, proc)

        # The list of templates.
        proc = r.run(['--export', 'list'])
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        if not any(line.split()[:1] == ['people'] for line in proc.stdout.splitlines()):
            problems.append('stdout does not list "people"')
        r.check('--export list names the templates', problems, proc)

        # An unknown template.
        proc = r.run(['--database', db, '--export', 'nope', '--output', 'x'])
        problems = []
        if proc.returncode == 0:
            problems.append('exit status 0, expected an error')
        if 'nope' not in proc.stderr:
            problems.append('stderr does not mention "nope"')
        if not proc.stderr.startswith('opsdesk: '):
            problems.append('stderr does not start with "opsdesk: "')
        if os.path.exists(os.path.join(tmp, 'x')):
            problems.append('a file "x" was created')
        r.check('--export nope fails and names the template', problems, proc)

        # No --output.
        proc = r.run(['--database', db, '--export', 'people'])
        problems = []
        if proc.returncode == 0:
            problems.append('exit status 0, expected an error')
        if '--output' not in proc.stderr:
            problems.append('stderr does not mention --output')
        r.check('--export people without --output fails and says so', problems, proc)

        # A folder that does not exist.
        missing = os.path.join(tmp, 'no-such-folder', 'p.xlsx')
        proc = r.run(['--database', db, '--export', 'people', '--output', missing])
        problems = []
        if proc.returncode == 0:
            problems.append('exit status 0, expected an error')
        if os.path.exists(os.path.dirname(missing)):
            problems.append('the missing folder was created')
        if 'no-such-folder' not in proc.stderr:
            problems.append('stderr does not name the folder')
        r.check('--output into a missing folder fails and writes nothing', problems, proc)

        # A database that does not exist, without --demo.
        nodb = os.path.join(tmp, 'nodb', 'none.db')
        target = os.path.join(out, 'none.xlsx')
        proc = r.run(['--database', nodb, '--export', 'people', '--output', target])
        problems = []
        if proc.returncode == 0:
            problems.append('exit status 0, expected an error')
        if 'no database' not in proc.stderr.lower():
            problems.append('stderr does not say there is no database')
        if os.path.exists(target):
            problems.append('%s was created' % target)
        if os.path.exists(nodb):
            problems.append('the database %s was created' % nodb)
        r.check('--export on a missing database fails, creating nothing', problems, proc)

        # The meetings' templates (会议通知表, 会议纪要, action items) and the
        # calendar file, from the demo database.
        notice = os.path.join(out, 'notice-zh.xlsx')
        proc = r.run(['--database', db, '--export', 'meeting-notice', '--from', '2023-09-01',
                      '--to', '2023-09-01', '--output', notice], lang='zh_CN.UTF-8')
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            found, rows = read_meeting_notice(notice, 'zh', 1)
            problems += found
            if len(rows) != 1:
                problems.append('%d rows for 2023-09-01, expected the seed meeting only' % len(rows))
            elif [v for i, v in enumerate(rows[0]) if i != 1] != [v for i, v in enumerate(NOTICE_SEED_ZH) if i != 1]:
                problems.append('the row is %r, expected %r' % (rows[0], NOTICE_SEED_ZH))
            elif rows[0][1].strftime('%Y-%m-%d %H:%M') != '2023-09-01 14:00':
                problems.append('the time is %s, expected 2023-09-01 14:00' % rows[0][1])
        r.check('zh_CN: --export meeting-notice --from --to writes the seed row as SPEC §6 has it', problems, proc)

        notice_all = os.path.join(out, 'notice.xlsx')
        proc = r.run(['--database', db, '--export', 'meeting-notice', '--output', notice_all])
        problems = []
        n_meetings = db_query(db, 'SELECT count(*) FROM meetings')[0][0]
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            found, rows = read_meeting_notice(notice_all, 'en', n_meetings)
            problems += found
            if len(rows) != n_meetings:
                problems.append('%d rows, the database has %d meetings' % (len(rows), n_meetings))
        r.check('--export meeting-notice without a range writes every meeting', problems, proc)

        seed_id = db_query(db, "SELECT id FROM meetings WHERE topic = 'Q3销售目标分解'")[0][0]
        minutes = os.path.join(out, 'minutes-zh.xlsx')
        proc = r.run(['--database', db, '--export', 'meeting-minutes', '--meeting', str(seed_id),
                      '--output', minutes], lang='zh_CN.UTF-8')
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            ws = openpyxl.load_workbook(minutes).worksheets[0]
            want = {'A1': '会议纪要 — Q3销售目标分解', 'A3': '会议时间', 'B3': '2023-09-01 14:00-15:30',
                    'A6': '参会人员', 'A8': '决议事项', 'A10': '待办任务', 'A11': '责任人', 'B11': '内容',
                    'F11': '完成时间', 'A12': '刘洋'}
            for cell, value in want.items():
                if ws[cell].value != value:
                    problems.append('%s is %r, expected %r' % (cell, ws[cell].value, value))
            if ws.page_setup.fitToHeight not in (None, 1, '1') or not ws.sheet_properties.pageSetUpPr.fitToPage:
                problems.append('the minutes do not fit one page')
        r.check('zh_CN: --export meeting-minutes --meeting ID writes the form with SPEC §6 labels', problems, proc)

        no_meeting = os.path.join(out, 'no-meeting.xlsx')
        proc = r.run(['--database', db, '--export', 'meeting-minutes', '--output', no_meeting])
        problems = []
        if proc.returncode != 2:
            problems.append('exit status %d, expected 2' % proc.returncode)
        if '--meeting' not in proc.stderr:
            problems.append('stderr does not mention --meeting')
        if os.path.exists(no_meeting):
            problems.append('%s was created' % no_meeting)
        r.check('--export meeting-minutes without --meeting fails and says so', problems, proc)

        proc = r.run(['--database', db, '--export', 'meeting-minutes', '--meeting', '999999',
                      '--output', no_meeting])
        problems = []
        if proc.returncode == 0:
            problems.append('exit status 0, expected an error')
        if not proc.stderr.startswith('opsdesk: '):
            problems.append('stderr does not start with "opsdesk: "')
        if os.path.exists(no_meeting):
            problems.append('%s was created' % no_meeting)
        r.check('--export meeting-minutes of a meeting that does not exist fails, creating nothing', problems, proc)

        actions = os.path.join(out, 'actions.xlsx')
        proc = r.run(['--database', db, '--export', 'action-items', '--output', actions])
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            ws = openpyxl.load_workbook(actions).worksheets[0]
            n_items = db_query(db, 'SELECT count(*) FROM action_items')[0][0]
            if ws.max_row - 2 != n_items:
                problems.append('%d rows, the database has %d action items' % (ws.max_row - 2, n_items))
            headers = [ws.cell(row=2, column=c).value for c in range(1, 11)]
            if headers[:7] != ['Meeting', 'Meeting Date', 'Owner', 'Content', 'Due Date',
                               'Original Due Date', 'Status']:
                problems.append('headers are %r' % headers)
        r.check('--export action-items writes every action item', problems, proc)

        series_id, meeting_id = db_query(db, 'SELECT series_id, min(id) FROM meetings'
                                             ' WHERE series_id IS NOT NULL GROUP BY series_id')[0]
        n_occurrences = db_query(db, 'SELECT count(*) FROM meetings WHERE series_id = ?', series_id)[0][0]
        ics = os.path.join(out, 'series.ics')
        proc = r.run(['--database', db, '--export', 'meeting-ics', '--meeting', str(meeting_id),
                      '--series', '--output', ics])
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        else:
            problems += check_calendar(ics, n_occurrences)
        if leftovers(out):
            problems.append('temporary files left: %s' % leftovers(out))
        r.check('--export meeting-ics --meeting ID --series writes the series as one recurring event', problems, proc)

        proc = r.run(['--database', db, '--export', 'meeting-notice', '--series', '--output', ics])
        problems = []
        if proc.returncode != 2:
            problems.append('exit status %d, expected 2' % proc.returncode)
        if '--series' not in proc.stderr:
            problems.append('stderr does not mention --series')
        r.check('--series goes only with meeting-ics', problems, proc)

        proc = r.run(['--export', 'list'])
        problems = []
        names = {line.split()[0] for line in proc.stdout.splitlines() if line.split()}
        for name in ('meeting-notice', 'meeting-minutes', 'action-items', 'meeting-ics'):
            if name not in names:
                problems.append('stdout does not list "%s"' % name)
        r.check('--export list names the meetings\' templates and meeting-ics', problems, proc)

        # The version.
        proc = r.run(['--version'])
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        if 'opsdesk 0.2.0' not in proc.stdout:
            problems.append('stdout %r does not contain "opsdesk 0.2.0"' % proc.stdout)
        r.check('--version prints "opsdesk 0.2.0"', problems, proc)
    except subprocess.TimeoutExpired as e:
        r.check('opsdesk finishes in time', ['%s timed out after %s s' % (e.cmd, e.timeout)])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print('1..%d' % r.count)
    if r.failed:
        print('# %d of %d failed' % (r.failed, r.count))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

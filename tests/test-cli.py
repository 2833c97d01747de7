#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli.py: runs the built `opsdesk` as a script or a manager would, with
# no display: --export in three locales, the export list, the usage errors,
# a missing folder, a missing database and --version. Reads each file back
# with openpyxl. Prints TAP and exits non-zero on any failure.
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

        # The version.
        proc = r.run(['--version'])
        problems = []
        if proc.returncode != 0:
            problems.append('exit status %d, expected 0' % proc.returncode)
        if 'opsdesk 0.1.0' not in proc.stdout:
            problems.append('stdout %r does not contain "opsdesk 0.1.0"' % proc.stdout)
        r.check('--version prints "opsdesk 0.1.0"', problems, proc)
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

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# check-potfiles.py: fails when po/POTFILES misses a file with translatable
# strings, or lists a file that does not exist.
#
# Usage: check-potfiles.py SOURCE_ROOT        (check)
#        check-potfiles.py SOURCE_ROOT --list (print what POTFILES should hold)

import os
import re
import sys

# C: _("…"), N_("…"), C_("ctx", "…"), NC_(…), Q_(…), and the gettext calls.
C_MARKERS = re.compile(
    r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_)\s*\(\s*"'
    r'|(?<![A-Za-z0-9_])(?:g_)?d?n?gettext\s*\('
    r'|(?<![A-Za-z0-9_])g_dpgettext2?\s*\('
)
UI_MARKER = re.compile(r'translatable\s*=\s*"(?:yes|true|1)"')
DESKTOP_KEYS = re.compile(r'^(?:Name|GenericName|Comment|Keywords|X-GNOME-FullName)\s*=', re.M)
METAINFO_TAGS = re.compile(r'<(?:name|summary|p|li|caption)(?:\s[^>]*)?>', re.M)
GSCHEMA_TAGS = re.compile(r'<(?:summary|description)>|<default[^>]*\sl10n=')


def strip_c_comments(text):
    # A marker inside a comment is not a string to translate.
    return re.sub(r'/\*.*?\*/|//[^\n]*', '', text, flags=re.S)


def needs_translation(root, rel):
    path = os.path.join(root, rel)
    try:
        with open(path, encoding='utf-8') as f:
            text = f.read()
    except UnicodeDecodeError:
        return False
    if rel.endswith(('.c', '.h')):
        return C_MARKERS.search(strip_c_comments(text)) is not None
    if rel.endswith('.ui'):
        return UI_MARKER.search(text) is not None
    if rel.endswith('.desktop.in'):
        return DESKTOP_KEYS.search(text) is not None
    if rel.endswith(('.metainfo.xml.in', '.appdata.xml.in')):
        return METAINFO_TAGS.search(text) is not None
    if rel.endswith('.gschema.xml'):
        return GSCHEMA_TAGS.search(text) is not None
    return False


def candidates(root):
    for top in ('src', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                rel = os.path.relpath(os.path.join(dirpath, name), root)
                if needs_translation(root, rel):
                    yield rel


def read_potfiles(root):
    entries = []
    with open(os.path.join(root, 'po', 'POTFILES'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                entries.append(line)
    return entries


def self_test():
    """Proves the checker fails on a tree with each kind of mistake."""
    import subprocess
    import tempfile

    def run(files, potfiles):
        with tempfile.TemporaryDirectory() as root:
            for rel, text in files.items():
                os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
                with open(os.path.join(root, rel), 'w', encoding='utf-8') as f:
                    f.write(text)
            os.makedirs(os.path.join(root, 'po'), exist_ok=True)
            with open(os.path.join(root, 'po', 'POTFILES'), 'w', encoding='utf-8') as f:
                f.write('# comment\n' + ''.join(line + '\n' for line in potfiles))
            return subprocess.run([sys.executable, os.path.abspath(__file__), root],
                                  capture_output=True).returncode

    tree = {
        'src/a.c': 'x = _("Hello");\n',
        'src/b.c': 'x = g_strdup ("no strings"); /* _("in a comment") */\n',
        'src/c.ui': '<interface><object><property name="label" translatable="yes">Hi'
                    '</property></object></interface>\n',
        'src/d.c': 'x = C_("list separator",\n       ", ");\n',
        'data/x.desktop.in': '[Desktop Entry]\nName=X\n',
    }
    good = ['src/a.c', 'src/c.ui', 'src/d.c', 'data/x.desktop.in']
    cases = [
        ('complete list', tree, good, 0),
        ('C file missing', tree, [f for f in good if f != 'src/a.c'], 1),
        ('C_ file missing', tree, [f for f in good if f != 'src/d.c'], 1),
        ('.ui file missing', tree, [f for f in good if f != 'src/c.ui'], 1),
        ('desktop file missing', tree, [f for f in good if f != 'data/x.desktop.in'], 1),
        ('stale entry', tree, good + ['src/gone.c'], 1),
        ('duplicate entry', tree, good + ['src/a.c'], 1),
    ]
    failed = 0
    for name, files, potfiles, expected in cases:
        got = run(files, potfiles)
        ok = got == expected
        failed += not ok
        print('%s - %s (exit %d, expected %d)' % ('ok' if ok else 'FAILED', name, got, expected))
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ['--self-test']:
        return self_test()
    if len(sys.argv) < 2:
        print('usage: check-potfiles.py SOURCE_ROOT [--list]', file=sys.stderr)
        return 2
    root = sys.argv[1]
    wanted = list(candidates(root))

    if '--list' in sys.argv[2:]:
        print('\n'.join(wanted))
        return 0

    listed = read_potfiles(root)
    problems = []

    for rel in wanted:
        if rel not in listed:
            problems.append('%s has translatable strings but is missing from po/POTFILES: '
                            'add it there.' % rel)
    for rel in listed:
        if not os.path.isfile(os.path.join(root, rel)):
            problems.append('po/POTFILES lists %s, which does not exist: remove or fix the line.'
                            % rel)
    seen = set()
    for rel in listed:
        if rel in seen:
            problems.append('po/POTFILES lists %s twice: remove one line.' % rel)
        seen.add(rel)

    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print('po/POTFILES lists all %d files with translatable strings.' % len(wanted))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# check-flatpak.py: parses the Flatpak manifest with flatpak-builder (offline:
# no runtime is needed) and checks the modules and the sandbox permissions.
#
# Usage: check-flatpak.py FLATPAK_BUILDER MANIFEST

import json
import os
import re
import subprocess
import sys
import tempfile

APP_ID = 'io.github.opsdesk.Opsdesk'
FINISH_ARGS = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']


def main():
    if len(sys.argv) != 3:
        print('usage: check-flatpak.py FLATPAK_BUILDER MANIFEST', file=sys.stderr)
        return 2
    builder, manifest_path = sys.argv[1:]
    # flatpak-builder leaves a .flatpak-builder folder in its working directory.
    with tempfile.TemporaryDirectory() as scratch:
        shown = subprocess.run([builder, '--show-manifest', os.path.abspath(manifest_path)],
                               capture_output=True, text=True, cwd=scratch)
    if shown.returncode != 0:
        print('flatpak-builder could not parse %s:\n%s' % (manifest_path, shown.stderr),
              file=sys.stderr)
        return 1
    m = json.loads(shown.stdout)
    problems = []

    def need(cond, message):
        if not cond:
            problems.append(message)

    need(m.get('id', m.get('app-id')) == APP_ID, 'app-id must be %s' % APP_ID)
    need(m.get('command') == 'opsdesk', 'command must be opsdesk')
    need(m.get('runtime') == 'org.gnome.Platform' and m.get('sdk') == 'org.gnome.Sdk',
         'runtime and sdk must be org.gnome.Platform and org.gnome.Sdk')
    need(sorted(m.get('finish-args', [])) == sorted(FINISH_ARGS),
         'finish-args must be exactly %s, found %s' % (FINISH_ARGS, m.get('finish-args')))
    need(not any(a.startswith('--filesystem') for a in m.get('finish-args', [])),
         'no --filesystem= access: files go through the portal file chooser')

    modules = m.get('modules', [])
    names = [mod.get('name') if isinstance(mod, dict) else mod for mod in modules]
    need(names == ['libxlsxwriter', 'opsdesk'],
         'modules must be [libxlsxwriter, opsdesk], found %s' % names)

    if names == ['libxlsxwriter', 'opsdesk']:
        xlsx, app = modules
        need(xlsx.get('buildsystem') in ('cmake', 'cmake-ninja'),
             'libxlsxwriter must build with cmake')
        need('-DUSE_DTOA_LIBRARY=ON' in xlsx.get('config-opts', []),
             'libxlsxwriter needs -DUSE_DTOA_LIBRARY=ON (locale-independent numbers)')
        sources = xlsx.get('sources', [])
        need(len(sources) == 1 and sources[0].get('type') == 'archive',
             'libxlsxwriter must come from one archive source')
        if sources:
            src = sources[0]
            need(re.match(r'^https://github\.com/jmcnamara/libxlsxwriter/archive/'
                          r'refs/tags/v\d+\.\d+\.\d+\.tar\.gz$', src.get('url', '')) is not None,
                 'libxlsxwriter url must be a pinned release tag archive, found %r'
                 % src.get('url'))
            need(re.match(r'^[0-9a-f]{64}$', src.get('sha256', '')) is not None,
                 'libxlsxwriter needs a sha256 checksum')

        need(app.get('buildsystem') == 'meson', 'opsdesk must build with meson')
        app_sources = app.get('sources', [])
        need(len(app_sources) == 1 and app_sources[0].get('type') == 'dir'
             and app_sources[0].get('path') == '..',
             'opsdesk must build from the source tree (type dir, path ..)')

    for p in problems:
        print('%s: %s' % (manifest_path, p), file=sys.stderr)
    if not problems:
        print('%s: manifest checks passed' % manifest_path)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

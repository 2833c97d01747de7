#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# check-metainfo.py: checks what Debian's appstreamcli 0.16 cannot (it does not
# know <developer>) and what Flathub requires of the built metainfo file.
#
# Usage: check-metainfo.py METAINFO APP_ID VERSION

import re
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) != 4:
        print('usage: check-metainfo.py METAINFO APP_ID VERSION', file=sys.stderr)
        return 2
    path, app_id, version = sys.argv[1:]
    problems = []

    def need(cond, message):
        if not cond:
            problems.append(message)

    root = ET.parse(path).getroot()
    need(root.tag == 'component' and root.get('type') == 'desktop-application',
         'the root must be <component type="desktop-application">')
    need(root.findtext('id') == app_id, '<id> must be %s' % app_id)
    need(root.findtext('metadata_license') == 'CC0-1.0', '<metadata_license> must be CC0-1.0')
    need(root.findtext('project_license') == 'GPL-3.0-or-later',
         '<project_license> must be GPL-3.0-or-later')
    # Untranslated elements only (merge_file adds xml:lang copies).
    untranslated = lambda tag: [e for e in root.findall(tag)
                                if '{http://www.w3.org/XML/1998/namespace}lang' not in e.attrib]
    need(len(untranslated('name')) == 1 and untranslated('name')[0].text,
         'exactly one untranslated <name> is needed')
    need(len(untranslated('summary')) == 1 and untranslated('summary')[0].text,
         'exactly one untranslated <summary> is needed')
    need(root.find('description/p') is not None, '<description> needs at least one <p>')

    launchables = root.findall('launchable')
    need(any(l.get('type') == 'desktop-id' and l.text == app_id + '.desktop' for l in launchables),
         '<launchable type="desktop-id">%s.desktop</launchable> is missing' % app_id)

    rating = root.find('content_rating')
    need(rating is not None and rating.get('type') == 'oars-1.1',
         '<content_rating type="oars-1.1"> is missing')

    developer = root.find('developer')
    need(developer is not None and developer.get('id'),
         '<developer id="…"> is missing (Flathub requires it)')
    need(developer is not None and (developer.findtext('name') or '').strip(),
         '<developer> needs a <name>')

    shots = root.findall('screenshots/screenshot')
    need(len(shots) >= 1, 'at least one <screenshot> is needed')
    need(sum(1 for s in shots if s.get('type') == 'default') == 1,
         'exactly one screenshot must be type="default"')
    for s in shots:
        image = (s.findtext('image') or '').strip()
        need(re.match(r'^https://\S+\.png$', image) is not None,
             'screenshot image %r must be an https URL of a PNG' % image)
        need(any((c.text or '').strip() for c in s.findall('caption')),
             'screenshot %r needs a caption' % image)

    releases = root.findall('releases/release')
    need(len(releases) >= 1, 'at least one <release> is needed')
    for r in releases:
        need(re.match(r'^\d{4}-\d{2}-\d{2}$', r.get('date') or '') is not None,
             'release %s needs a date YYYY-MM-DD' % r.get('version'))
        need(r.find('description/p') is not None,
             'release %s needs a <description>' % r.get('version'))
    need(releases and releases[0].get('version') == version,
         'the newest <release> must be the project version %s (meson.build)' % version)

    need(root.find("url[@type='homepage']") is not None, '<url type="homepage"> is missing')
    need(root.findtext('provides/binary') == 'opsdesk', '<provides><binary>opsdesk is missing')
    translation = root.find('translation')
    need(translation is not None and translation.get('type') == 'gettext'
         and translation.text == 'opsdesk', '<translation type="gettext">opsdesk is missing')
    colours = root.findall('branding/color')
    need({c.get('scheme_preference') for c in colours} >= {'light', 'dark'},
         '<branding> needs a light and a dark primary colour')

    for p in problems:
        print('%s: %s' % (path, p), file=sys.stderr)
    if not problems:
        print('%s: all Flathub checks passed' % path)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ics-check.py: the independent reader of Opsdesk's calendar files. Reads an
# .ics strictly (RFC 5545: CRLF, lines of at most 75 octets folded without
# splitting a UTF-8 character, TEXT escaping, UTC times, the properties a
# VEVENT needs), parses it again with python3-icalendar, expands every
# recurring event with python3-dateutil (RRULE, RDATE, EXDATE, overrides by
# RECURRENCE-ID) and compares the occurrences a calendar program would show
# with the expected ones.
#
# Usage: ics-check.py FILE.ics EXPECTED.json
# Exit: 0 all match, 1 mismatches, 2 the file can't be read or bad usage.
#
# EXPECTED.json:
# {
#   "method": "PUBLISH",
#   "n_vevents": 3,                      # VEVENT components in the file
#   "events": [                          # the occurrences, any order
#     {"uid": "...", "start": "20230901T060000Z", "end": "20230901T073000Z",
#      "summary": "...", "location": "..." or null, "url": "..." or null,
#      "organizer": ["mailto:a@b", "CN"] or null,
#      "attendees": [["mailto:x@y", "CN"], ...],
#      "description_contains": ["...", ...],
#      "description_lacks": ["...", ...]}
#   ],
#   "rules": {"UID": {"rrule": "FREQ=...", "exdate": [...], "rdate": [...],
#             "overrides": ["20230915T060000Z", ...]}}   # optional, exact
# }

import datetime
import json
import sys

import icalendar
from dateutil import rrule

UTC = datetime.timezone.utc
TEXT_PROPERTIES = {'SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT'}


def parse_utc(value):
    if not value.endswith('Z') or len(value) != 16 or value[8] != 'T':
        raise ValueError('%r is not a UTC DATE-TIME (YYYYMMDDTHHMMSSZ)' % value)
    return datetime.datetime.strptime(value, '%Y%m%dT%H%M%SZ').replace(tzinfo=UTC)


def format_utc(moment):
    return moment.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def unescape_text(value):
    """RFC 5545 §3.3.11, strictly: a lone ; or , is an error."""
    out = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == '\\':
            if i + 1 >= len(value):
                raise ValueError('a TEXT value ends with a lone backslash: %r' % value)
            n = value[i + 1]
            if n in '\\;,':
                out.append(n)
            elif n in 'nN':
                out.append('\n')
            else:
                raise ValueError('unknown escape \\%s in %r' % (n, value))
            i += 2
            continue
        if c in ';,':
            raise ValueError('unescaped %r in TEXT value %r' % (c, value))
        if ord(c) < 0x20 and c != '\t':
            raise ValueError('control character %r in TEXT value' % c)
        out.append(c)
        i += 1
    return ''.join(out)


def split_content_line(line):
    """name, {param: value}, value — parameter values may be quoted."""
    i = 0
    in_quotes = False
    while i < len(line):
        c = line[i]
        if c == '"':
            in_quotes = not in_quotes
        elif c == ':' and not in_quotes:
            break
        i += 1
    if i >= len(line):
        raise ValueError('no ":" in content line %r' % line)
    head, value = line[:i], line[i + 1:]
    parts = []
    current = ''
    in_quotes = False
    for c in head:
        if c == '"':
            in_quotes = not in_quotes
            current += c
        elif c == ';' and not in_quotes:
            parts.append(current)
            current = ''
        else:
            current += c
    parts.append(current)
    name = parts[0].upper()
    params = {}
    for p in parts[1:]:
        if '=' not in p:
            raise ValueError('parameter without "=" in %r' % line)
        k, v = p.split('=', 1)
        if v.startswith('"'):
            if not v.endswith('"') or len(v) < 2:
                raise ValueError('badly quoted parameter in %r' % line)
            v = v[1:-1]
        params[k.upper()] = v
    return name, params, value


class Checker:
    def __init__(self):
        self.errors = []

    def fail(self, message):
        self.errors.append(message)

    # The raw file -----------------------------------------------------------

    def read_lines(self, data):
        if not data.endswith(b'\r\n'):
            self.fail('the file does not end with CRLF')
        physical = data.split(b'\r\n')
        if physical and physical[-1] == b'':
            physical.pop()
        logical = []
        for number, raw in enumerate(physical, 1):
            if b'\n' in raw or b'\r' in raw:
                self.fail('line %d has a bare LF or CR' % number)
            if len(raw) > 75:
                self.fail('line %d is %d octets long (at most 75)' % (number, len(raw)))
            try:
                text = raw.decode('utf-8')
            except UnicodeDecodeError as e:
                self.fail('line %d is not UTF-8 on its own (a fold split a character?): %s' % (number, e))
                text = raw.decode('utf-8', 'replace')
            if text.startswith(' ') or text.startswith('\t'):
                if not logical:
                    self.fail('line %d continues nothing' % number)
                    continue
                if text.startswith('  '):
                    self.fail('line %d: a continuation must begin with exactly one space' % number)
                logical[-1] += text[1:]
            else:
                if text == '':
                    self.fail('line %d is empty' % number)
                logical.append(text)
        return logical

    def components(self, lines):
        """[(name, [(prop, params, value)], children)] of the top level."""
        stack = [('ROOT', [], [])]
        for line in lines:
            try:
                name, params, value = split_content_line(line)
            except ValueError as e:
                self.fail(str(e))
                continue
            if name == 'BEGIN':
                stack.append((value.upper(), [], []))
            elif name == 'END':
                if len(stack) < 2 or stack[-1][0] != value.upper():
                    self.fail('END:%s does not close %s' % (value, stack[-1][0]))
                    continue
                done = stack.pop()
                stack[-1][2].append(done)
            else:
                stack[-1][1].append((name, params, value))
        if len(stack) != 1:
            self.fail('unclosed components: %s' % [s[0] for s in stack[1:]])
        return stack[0][2]

    # Events ---------------------------------------------------------------

    def event_fields(self, props):
        fields = {'attendees': [], 'exdate': [], 'rdate': []}
        counts = {}
        for name, params, value in props:
            counts[name] = counts.get(name, 0) + 1
            try:
                if name in TEXT_PROPERTIES:
                    fields[name.lower()] = unescape_text(value)
                elif name in ('DTSTART', 'DTEND', 'DTSTAMP', 'RECURRENCE-ID'):
                    if params:
                        self.fail('%s has parameters %s: expected a plain UTC time' % (name, params))
                    fields[name.lower()] = parse_utc(value)
                elif name in ('EXDATE', 'RDATE'):
                    for v in value.split(','):
                        fields[name.lower()].append(parse_utc(v))
                elif name == 'ATTENDEE':
                    if not value.lower().startswith('mailto:') or len(value) <= len('mailto:'):
                        self.fail('ATTENDEE %r is not a mailto: address' % value)
                    if params.get('ROLE') != 'REQ-PARTICIPANT':
                        self.fail('ATTENDEE %r has ROLE %r' % (value, params.get('ROLE')))
                    fields['attendees'].append([value, params.get('CN')])
                elif name == 'ORGANIZER':
                    if not value.lower().startswith('mailto:') or len(value) <= len('mailto:'):
                        self.fail('ORGANIZER %r is not a mailto: address' % value)
                    fields['organizer'] = [value, params.get('CN')]
                else:
                    fields[name.lower()] = value
            except ValueError as e:
                self.fail('%s: %s' % (name, e))
        for name in ('UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'):
            if counts.get(name, 0) != 1:
                self.fail('a VEVENT has %d %s (expected 1)' % (counts.get(name, 0), name))
        for name, n in counts.items():
            if n > 1 and name not in ('ATTENDEE', 'EXDATE', 'RDATE', 'COMMENT'):
                self.fail('a VEVENT has %s %d times' % (name, n))
        if 'dtstart' in fields and 'dtend' in fields and fields['dtend'] < fields['dtstart']:
            self.fail('%s ends before it starts' % fields.get('uid'))
        return fields

    def expand(self, events):
        """The occurrences a calendar shows: [(uid, start, end, fields)]."""
        by_uid = {}
        for e in events:
            by_uid.setdefault(e.get('uid'), []).append(e)
        out = []
        rules = {}
        for uid, group in by_uid.items():
            masters = [e for e in group if 'recurrence-id' not in e]
            overrides = {e['recurrence-id']: e for e in group if 'recurrence-id' in e}
            if len(masters) != 1:
                self.fail('UID %s has %d master events' % (uid, len(masters)))
                continue
            master = masters[0]
            duration = master['dtend'] - master['dtstart']
            if 'rrule' in master:
                rules[uid] = {
                    'rrule': master['rrule'],
                    'exdate': sorted(format_utc(d) for d in master['exdate']),
                    'rdate': sorted(format_utc(d) for d in master['rdate']),
                    'overrides': sorted(format_utc(d) for d in overrides),
                }
                if 'UNTIL=' in master['rrule']:
                    until = master['rrule'].split('UNTIL=')[1].split(';')[0]
                    try:
                        parse_utc(until)
                    except ValueError as e:
                        self.fail('RRULE UNTIL: %s' % e)
                rule_set = rrule.rruleset()
                rule_set.rrule(rrule.rrulestr(master['rrule'], dtstart=master['dtstart']))
                for d in master['rdate']:
                    rule_set.rdate(d)
                for d in master['exdate']:
                    rule_set.exdate(d)
                starts = list(rule_set)
            else:
                if overrides:
                    self.fail('UID %s has RECURRENCE-ID events but no RRULE' % uid)
                starts = [master['dtstart']]
            seen = set()
            for s in starts:
                if s in overrides:
                    o = overrides[s]
                    seen.add(s)
                    out.append((uid, o['dtstart'], o['dtend'], o))
                else:
                    out.append((uid, s, s + duration, master))
            for rid in overrides:
                if rid not in seen:
                    self.fail('UID %s: RECURRENCE-ID %s is not an occurrence of the rule' % (uid, format_utc(rid)))
        return out, rules

    def compare(self, occurrences, expected):
        got = sorted(occurrences, key=lambda o: (o[1], o[0]))
        want = sorted(expected, key=lambda e: (e['start'], e['uid']))
        if len(got) != len(want):
            self.fail('%d occurrences, expected %d: %s' % (
                len(got), len(want), [(o[0], format_utc(o[1])) for o in got]))
        for (uid, start, end, fields), e in zip(got, want):
            where = '%s at %s' % (e['uid'], e['start'])
            if uid != e['uid']:
                self.fail('%s: UID is %s' % (where, uid))
            if format_utc(start) != e['start'] or format_utc(end) != e['end']:
                self.fail('%s: occurs %s–%s, expected %s–%s' % (
                    where, format_utc(start), format_utc(end), e['start'], e['end']))
            for key in ('summary', 'location', 'url'):
                if key in e and fields.get(key) != e[key]:
                    self.fail('%s: %s is %r, expected %r' % (where, key.upper(), fields.get(key), e[key]))
            if 'organizer' in e and fields.get('organizer') != e['organizer']:
                self.fail('%s: ORGANIZER is %r, expected %r' % (where, fields.get('organizer'), e['organizer']))
            if 'attendees' in e and sorted(fields['attendees']) != sorted(e['attendees']):
                self.fail('%s: ATTENDEE %r, expected %r' % (where, fields['attendees'], e['attendees']))
            description = fields.get('description', '')
            for text in e.get('description_contains', []):
                if text not in description:
                    self.fail('%s: DESCRIPTION %r lacks %r' % (where, description, text))
            for text in e.get('description_lacks', []):
                if text in description:
                    self.fail('%s: DESCRIPTION %r has %r' % (where, description, text))

    def cross_check(self, data, n_vevents, summaries):
        """python3-icalendar reads the same events."""
        try:
            cal = icalendar.Calendar.from_ical(data)
        except Exception as e:
            self.fail('python3-icalendar cannot read the file: %s: %s' % (type(e).__name__, e))
            return
        vevents = [c for c in cal.walk() if c.name == 'VEVENT']
        if len(vevents) != n_vevents:
            self.fail('python3-icalendar sees %d VEVENTs, the strict reader %d' % (len(vevents), n_vevents))
        got = sorted(str(v.get('SUMMARY')) for v in vevents)
        if got != sorted(summaries):
            self.fail('python3-icalendar reads the summaries %r, the strict reader %r' % (got, sorted(summaries)))
        for v in vevents:
            start = v.decoded('DTSTART')
            if not isinstance(start, datetime.datetime) or start.utcoffset() != datetime.timedelta(0):
                self.fail('python3-icalendar: DTSTART %r is not UTC' % start)


def main(argv):
    if len(argv) != 3:
        print('usage: ics-check.py FILE.ics EXPECTED.json', file=sys.stderr)
        return 2
    with open(argv[2], encoding='utf-8') as f:
        expected = json.load(f)
    try:
        with open(argv[1], 'rb') as f:
            data = f.read()
    except OSError as e:
        print('%s: %s' % (argv[1], e), file=sys.stderr)
        return 2

    c = Checker()
    lines = c.read_lines(data)
    top = c.components(lines)
    if len(top) != 1 or top[0][0] != 'VCALENDAR':
        c.fail('expected one VCALENDAR, found %s' % [t[0] for t in top])
    else:
        name, props, children = top[0]
        values = {}
        for n, params, v in props:
            values.setdefault(n, []).append(v)
        if values.get('VERSION') != ['2.0']:
            c.fail('VERSION is %r, expected 2.0' % values.get('VERSION'))
        if len(values.get('PRODID', [])) != 1:
            c.fail('PRODID is missing')
        if values.get('METHOD') != [expected.get('method', 'PUBLISH')]:
            c.fail('METHOD is %r' % values.get('METHOD'))
        vevents = [ch for ch in children if ch[0] == 'VEVENT']
        if 'n_vevents' in expected and len(vevents) != expected['n_vevents']:
            c.fail('%d VEVENTs, expected %d' % (len(vevents), expected['n_vevents']))
        events = [c.event_fields(v[1]) for v in vevents]
        occurrences, rules = c.expand(events)
        c.compare(occurrences, expected.get('events', []))
        for uid, want in expected.get('rules', {}).items():
            got = rules.get(uid)
            if got != want:
                c.fail('UID %s: recurrence %r, expected %r' % (uid, got, want))
        c.cross_check(data, len(vevents), [e.get('summary', '') for e in events])

    for message in c.errors:
        print(message, file=sys.stderr)
    if c.errors:
        print('%d mismatch(es) in %s' % (len(c.errors), argv[1]), file=sys.stderr)
        return 1
    print('%s: %d lines match' % (argv[1], len(lines)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

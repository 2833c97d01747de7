#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# xlsx-check.py: the independent reader of Opsdesk's exports. Opens an .xlsx
# with openpyxl and compares it with an expected.json written by the C test,
# cell by cell (types included) plus sheet facts; prints every mismatch.
#
# Usage: xlsx-check.py FILE.xlsx EXPECTED.json
# Exit: 0 all match, 1 mismatches, 2 the file can't be read or bad usage.
#
# expected.json:
# {
#   "sheet": "People Directory",          # the only sheet's name
#   "cells": [[row, col, value, type]],    # 0-based; type "s" text, "n" number,
#                                          # "d" date ("YYYY-MM-DD") or date-time
#                                          # ("YYYY-MM-DDTHH:MM:SS"), null blank.
#   "complete": true,                      # cells not listed must be blank
#   "facts": { see check_facts() }
# }

import datetime
import json
import sys
import zipfile
from xml.etree import ElementTree

import openpyxl
from openpyxl.utils import get_column_letter


def cell_name(row, col):
    return '%s%d' % (get_column_letter(col + 1), row + 1)


class Checker:
    def __init__(self, path, wb, ws):
        self.path = path
        self.wb = wb
        self.ws = ws
        self.errors = []

    def fail(self, message):
        self.errors.append(message)

    # Cells ------------------------------------------------------------------

    def check_cell(self, row, col, value, kind):
        cell = self.ws.cell(row=row + 1, column=col + 1)
        name = cell_name(row, col)
        got = cell.value
        if kind is None or value is None:
            if got is not None and got != '':
                self.fail('%s: expected a blank cell, found %r (type %s)' % (name, got, cell.data_type))
            return
        if kind == 's':
            if cell.data_type != 's' or not isinstance(got, str):
                self.fail('%s: expected text %r, found %r (type %s)' % (name, value, got, cell.data_type))
            elif got != value:
                self.fail('%s: expected text %r, found %r' % (name, value, got))
        elif kind == 'n':
            if cell.data_type != 'n' or isinstance(got, bool) or not isinstance(got, (int, float)):
                self.fail('%s: expected number %r, found %r (type %s)' % (name, value, got, cell.data_type))
            elif abs(float(got) - float(value)) > 1e-9:
                self.fail('%s: expected number %r, found %r' % (name, value, got))
        elif kind == 'd':
            if 'T' in value:
                want = datetime.datetime.fromisoformat(value)
            else:
                want = datetime.datetime.fromisoformat(value + 'T00:00:00')
            if cell.data_type != 'd' or not isinstance(got, datetime.datetime):
                self.fail('%s: expected date %s, found %r (type %s)' % (name, value, got, cell.data_type))
            elif got != want:
                self.fail('%s: expected date %s, found %s' % (name, want.isoformat(), got.isoformat()))
        else:
            self.fail('%s: expected.json has unknown type %r' % (name, kind))

    def check_cells(self, cells, complete):
        listed = set()
        for row, col, value, kind in cells:
            listed.add((row, col))
            self.check_cell(row, col, value, kind)
        if complete:
            for r in range(self.ws.max_row):
                for c in range(self.ws.max_column):
                    if (r, c) in listed:
                        continue
                    got = self.ws.cell(row=r + 1, column=c + 1).value
                    if got is not None:
                        self.fail('%s: expected no cell, found %r' % (cell_name(r, c), got))
        for r in range(self.ws.max_row):
            for c in range(self.ws.max_column):
                cell = self.ws.cell(row=r + 1, column=c + 1)
                if cell.data_type == 'f':
                    self.fail('%s: is a formula %r; user text must never be a formula' % (cell_name(r, c), cell.value))

    # Facts ------------------------------------------------------------------

    def app_property(self, tag):
        # openpyxl does not read docProps/app.xml (extended properties).
        with zipfile.ZipFile(self.path) as z:
            root = ElementTree.fromstring(z.read('docProps/app.xml'))
        ns = '{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}'
        node = root.find(ns + tag)
        return None if node is None else node.text

    def width(self, letter):
        dim = self.ws.column_dimensions.get(letter)
        if dim is None or dim.width is None:
            return None
        return float(dim.width)

    def check_facts(self, facts):
        ws = self.ws
        for key, want in facts.items():
            if key == 'freeze':
                if ws.freeze_panes != want:
                    self.fail('frozen pane: expected %s, found %s' % (want, ws.freeze_panes))
            elif key == 'autofilter':
                if ws.auto_filter.ref != want:
                    self.fail('autofilter: expected %s, found %s' % (want, ws.auto_filter.ref))
            elif key == 'merged':
                got = sorted(str(r) for r in ws.merged_cells.ranges)
                if got != sorted(want):
                    self.fail('merged ranges: expected %s, found %s' % (want, got))
            elif key == 'title':
                if ws['A1'].value != want:
                    self.fail('title A1: expected %r, found %r' % (want, ws['A1'].value))
                font = ws['A1'].font
                if not font.b or (font.sz or 11) <= 11:
                    self.fail('title A1: expected bold and larger than 11 pt, found bold=%s size=%s' % (font.b, font.sz))
            elif key == 'header_row':
                self.check_header_row(want, facts.get('n_columns', ws.max_column))
            elif key == 'n_columns':
                if ws.max_column != want:
                    self.fail('columns: expected %d, found %d' % (want, ws.max_column))
            elif key == 'max_row':
                if ws.max_row != want:
                    self.fail('last row: expected %d, found %d' % (want, ws.max_row))
            elif key == 'landscape':
                got = ws.page_setup.orientation == 'landscape'
                if got != want:
                    self.fail('landscape: expected %s, found orientation %s' % (want, ws.page_setup.orientation))
            elif key == 'paper':
                if str(ws.page_setup.paperSize) != str(want):
                    self.fail('paper size: expected %s, found %s' % (want, ws.page_setup.paperSize))
            elif key == 'fit_to_width':
                fit = ws.sheet_properties.pageSetUpPr
                if fit is None or not fit.fitToPage:
                    self.fail('fit to page is not set')
                # An absent attribute means 1 (ECMA-376 default).
                got = ws.page_setup.fitToWidth
                if str(1 if got is None else got) != str(want):
                    self.fail('fit to width: expected %s, found %s' % (want, got))
            elif key == 'fit_to_height':
                got = ws.page_setup.fitToHeight
                if str(1 if got is None else got) != str(want):
                    self.fail('fit to height: expected %s, found %s' % (want, got))
            elif key == 'print_title_rows':
                got = ws.print_title_rows
                if got is None or got.replace('$', '') != want:
                    self.fail('rows repeated on every page: expected %s, found %s' % (want, got))
            elif key == 'widths':
                for letter, (low, high) in want.items():
                    got = self.width(letter)
                    if got is None or not (low <= got <= high):
                        self.fail('column %s width: expected %s..%s, found %s' % (letter, low, high, got))
            elif key == 'wider':
                for wide, narrow in want:
                    a, b = self.width(wide), self.width(narrow)
                    if a is None or b is None or not a > b:
                        self.fail('column %s (width %s) should be wider than %s (width %s)' % (wide, a, narrow, b))
            elif key == 'formats':
                for name, fmt in want.items():
                    if ws[name].number_format != fmt:
                        self.fail('%s number format: expected %r, found %r' % (name, fmt, ws[name].number_format))
            elif key == 'wrapped':
                for name in want:
                    if not ws[name].alignment.wrap_text:
                        self.fail('%s: expected wrapped text' % name)
            elif key == 'properties':
                props = self.wb.properties
                for attr, value in want.items():
                    if attr == 'company':
                        got = self.app_property('Company')
                    else:
                        got = getattr(props, attr, None)
                    if got != value:
                        self.fail('document property %s: expected %r, found %r' % (attr, value, got))
            elif key == 'has_created':
                if want and not isinstance(self.wb.properties.created, datetime.datetime):
                    self.fail('document property created is missing')
            elif key == 'column_multiset':
                for letter, values in want.items():
                    col = openpyxl.utils.column_index_from_string(letter)
                    got = [ws.cell(row=r, column=col).value for r in range(3, ws.max_row + 1)]
                    if sorted(got, key=repr) != sorted(values, key=repr):
                        self.fail('column %s values: expected %r, found %r' % (letter, sorted(values, key=repr), sorted(got, key=repr)))
            elif key == 'marked':
                # Warning cells (an overdue status): bold dark red on light red.
                for name in want:
                    cell = ws[name]
                    color = (cell.font.color.rgb or '') if cell.font.color is not None else ''
                    fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fgColor is not None else ''
                    if not cell.font.b or not str(color).endswith('9C0006') or not str(fill).endswith('FFC7CE'):
                        self.fail('%s: expected a marked cell, found bold=%s colour=%s fill=%s' % (name, cell.font.b, color, fill))
            elif key == 'unmarked':
                for name in want:
                    cell = ws[name]
                    fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fgColor is not None else ''
                    if str(fill).endswith('FFC7CE'):
                        self.fail('%s: expected an unmarked cell, found the warning fill' % name)
            elif key == 'row_heights_min':
                # 1-based row numbers: their height in points at least this.
                for row, low in want.items():
                    got = ws.row_dimensions[int(row)].height
                    if got is None or got < low:
                        self.fail('row %s height: expected at least %s, found %s' % (row, low, got))
            elif key == 'row_heights_max':
                for row, high in want.items():
                    got = ws.row_dimensions[int(row)].height
                    if got is None or got > high:
                        self.fail('row %s height: expected at most %s, found %s' % (row, high, got))
            elif key == 'footer_contains':
                text = ws.oddFooter.center.text or ''
                if want not in text:
                    self.fail('footer: expected it to contain %r, found %r' % (want, text))
            else:
                self.fail('expected.json has unknown fact %r' % key)

    def check_header_row(self, row, n_columns):
        for c in range(n_columns):
            cell = self.ws.cell(row=row + 1, column=c + 1)
            name = cell_name(row, c)
            if not cell.font.b:
                self.fail('%s: header is not bold' % name)
            if cell.fill is None or cell.fill.fill_type != 'solid':
                self.fail('%s: header has no fill colour' % name)
            if cell.border.bottom is None or cell.border.bottom.style is None:
                self.fail('%s: header has no border' % name)
            if not cell.alignment.wrap_text:
                self.fail('%s: header is not wrapped' % name)
            if cell.alignment.vertical != 'center':
                self.fail('%s: header is not vertically centred (%s)' % (name, cell.alignment.vertical))


def main(argv):
    if len(argv) != 3:
        print('usage: xlsx-check.py FILE.xlsx EXPECTED.json', file=sys.stderr)
        return 2
    with open(argv[2], encoding='utf-8') as f:
        expected = json.load(f)
    try:
        wb = openpyxl.load_workbook(argv[1])
    except Exception as e:  # openpyxl raises many kinds for a corrupt file
        print('%s: cannot be read as a workbook: %s: %s' % (argv[1], type(e).__name__, e), file=sys.stderr)
        return 2

    if len(wb.sheetnames) != 1:
        print('expected one sheet, found %s' % wb.sheetnames, file=sys.stderr)
        return 1
    ws = wb.worksheets[0]
    checker = Checker(argv[1], wb, ws)
    if 'sheet' in expected and ws.title != expected['sheet']:
        checker.fail('sheet name: expected %r, found %r' % (expected['sheet'], ws.title))
    checker.check_cells(expected.get('cells', []), expected.get('complete', True))
    checker.check_facts(expected.get('facts', {}))

    for message in checker.errors:
        print(message, file=sys.stderr)
    if checker.errors:
        print('%d mismatch(es) in %s' % (len(checker.errors), argv[1]), file=sys.stderr)
        return 1
    print('%s: %d rows × %d columns match' % (argv[1], ws.max_row, ws.max_column))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

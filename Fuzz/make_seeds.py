#!/usr/bin/env python3
"""Writes small XLSX seeds for fuzz-xlsx and fuzz-review from the shipped example workbooks.

The examples are deflated, and a mutation of deflated bytes is almost never a workbook, so
the fuzzer would spend its time in the zip reader. These seeds are the same workbooks with
their entries stored (uncompressed; the reader skips CRC checks), cut to their first rows so
they stay far below -max_len, in two variants: the cells' strings inline, as the examples
have them, and in a shared-string table (xl/sharedStrings.xml), as Excel writes them.

usage: make_seeds.py OUTPUT_DIR [ROWS]
"""
import os
import re
import sys
import zipfile

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 12
examples = ["examples/cycle-review/actuals.xlsx", "examples/campaign-review/sales.xlsx"]


def cut(sheet, keep):
    """The sheet with only its first `keep` <row> elements."""
    found = list(re.finditer(r"<row\b.*?</row>", sheet, re.S))
    if len(found) <= keep:
        return sheet
    return sheet[: found[keep - 1].end()] + sheet[found[-1].end():]


def shared(sheet):
    """Inline-string cells moved to a shared-string table: (sheet, sharedStrings.xml)."""
    table = []

    def move(match):
        attributes, text = match.group(1), match.group(2)
        if text not in table:
            table.append(text)
        attributes = attributes.replace('t="inlineStr"', 't="s"')
        return f"<c{attributes}><v>{table.index(text)}</v></c>"

    sheet = re.sub(r"<c\b([^>]*t=\"inlineStr\"[^>]*)><is><t>(.*?)</t></is></c>", move, sheet, flags=re.S)
    items = "".join(f"<si><t>{text}</t></si>" for text in table)
    strings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               f'count="{len(table)}" uniqueCount="{len(table)}">{items}</sst>')
    return sheet, strings


def write(path, entries):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in entries:
            archive.writestr(name, data)


os.makedirs(out, exist_ok=True)
for example in examples:
    if not os.path.exists(example):
        continue
    with zipfile.ZipFile(example) as archive:
        entries = [(info.filename, archive.read(info.filename)) for info in archive.infolist()
                   if not info.filename.startswith(("docProps/", "xl/theme/"))]
    stem = example.split("/")[-2]
    sheet_name = next(name for name, _ in entries if name.startswith("xl/worksheets/"))
    sheet = cut(dict(entries)[sheet_name].decode("utf-8"), rows)
    write(f"{out}/{stem}-inline.xlsx",
          [(name, sheet.encode() if name == sheet_name else data) for name, data in entries])
    moved, strings = shared(sheet)
    relations = dict(entries).get("xl/_rels/workbook.xml.rels", b"").decode("utf-8")
    if "sharedStrings" not in relations:
        relations = relations.replace(
            "</Relationships>",
            '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    rewritten = []
    for name, data in entries:
        if name == sheet_name:
            data = moved.encode()
        elif name == "xl/_rels/workbook.xml.rels":
            data = relations.encode()
        rewritten.append((name, data))
    rewritten.append(("xl/sharedStrings.xml", strings.encode()))
    write(f"{out}/{stem}-shared.xlsx", rewritten)

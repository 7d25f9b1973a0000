#!/usr/bin/env python3
"""Writes an Excel workbook from a CSV export, the way a back-end's Excel export looks: a
merged title row above the header, real date cells, numbers as numbers with thousands
formats, text cells (channel, group) as shared strings. Demo data tooling (needs openpyxl).

usage: make_xlsx.py CSV XLSX TITLE [SHEET]
"""
import csv
import datetime
import re
import sys

from openpyxl import Workbook
from openpyxl.styles import Font

source, target, title = sys.argv[1:4]
sheet_name = sys.argv[4] if len(sys.argv) > 4 else "日报"
with open(source, encoding="utf-8-sig") as handle:
    rows = list(csv.reader(handle))
header, data = rows[0], rows[1:]
book = Workbook()
sheet = book.active
sheet.title = sheet_name
sheet.append([title])
sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
sheet["A1"].font = Font(bold=True)
sheet.append(header)
number = re.compile(r"^¥?-?[\d,]+(\.\d+)?$")
for row in data:
    year, month, day = (int(part) for part in row[0].split("/"))
    values = [datetime.date(year, month, day)]
    for text in row[1:]:
        if number.match(text):
            value = float(text.replace("¥", "").replace(",", ""))
            values.append(int(value) if value.is_integer() else value)
        else:
            values.append(text)  # labels, and cells the back-end could not fill (暂无)
    sheet.append(values)
    sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy/m/d"
    for column, value in enumerate(values[1:], start=2):
        if isinstance(value, (int, float)):
            sheet.cell(row=sheet.max_row, column=column).number_format = "#,##0.00" if isinstance(value, float) else "#,##0"
book.save(target)
print(f"wrote {target}: {len(data)} rows")

#!/usr/bin/env python3
"""Writes actuals.xlsx from actuals.csv, as a back-end's Excel export looks: a merged title
row above the header, real date cells, numbers as numbers with thousands formats. Demo data
tooling (needs openpyxl)."""
import csv
import datetime

from openpyxl import Workbook
from openpyxl.styles import Font

with open("actuals.csv", encoding="utf-8-sig") as handle:
    rows = list(csv.reader(handle))
header, data = rows[0], rows[1:]
book = Workbook()
sheet = book.active
sheet.title = "日报"
sheet.append(["12月私域运营日报（导出自 SCRM）"])
sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
sheet["A1"].font = Font(bold=True)
sheet.append(header)
for row in data:
    year, month, day = (int(part) for part in row[0].split("/"))
    values = [datetime.date(year, month, day), row[1], row[2]]
    for text in row[3:]:
        number = float(text.replace("¥", "").replace(",", ""))
        values.append(int(number) if number.is_integer() else number)
    sheet.append(values)
    sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy/m/d"
    for column in range(4, len(values) + 1):
        sheet.cell(row=sheet.max_row, column=column).number_format = "#,##0.00" if isinstance(values[column - 1], float) else "#,##0"
book.save("actuals.xlsx")
print(f"wrote actuals.xlsx: {len(data)} rows")

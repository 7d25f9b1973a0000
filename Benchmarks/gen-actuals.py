#!/usr/bin/env python3
"""Writes the generated actuals exports the import and review benchmarks read.

    gen-actuals.py csv  FILE [DAYS] [STORES]   daily rows per store, as a mall back end exports them
    gen-actuals.py xlsx FILE [DAYS] [STORES]   the same as an Excel workbook
    gen-actuals.py check FILE                  read the workbook back with openpyxl

Deterministic (seeded). Columns: 日期, 门店, 分组, then four metrics named as in
plans/shared/metrics-aarrr.yaml (新增好友 new_adds, 新客访客数 visitors, 新客订单数
orders_new, 新客成交额 gmv_new), so plans/cycle.yaml maps them with no declaration. The
days end on 2027-01-09, after plans/cycle.yaml finishes, so its December windows have data;
分组 (A/B by store) is the dimension of the plan's coupon experiment.
"""
import datetime
import random
import sys

HEADER = ["日期", "门店", "分组", "新增好友", "新客访客数", "新客订单数", "新客成交额"]
LAST_DAY = datetime.date(2027, 1, 9)


def rows(days, stores):
    random.seed(1)
    start = LAST_DAY - datetime.timedelta(days=days - 1)
    for day in range(days):
        date = start + datetime.timedelta(days=day)
        for store in range(stores):
            yield (date, f"门店{store}", "AB"[store % 2], random.randint(10, 90), random.randint(1000, 9999),
                   random.randint(1, 50), random.uniform(100, 9000))


def write_csv(path, days, stores):
    # Numbers as the exports write them: grouped thousands in quotes, a currency sign.
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(HEADER) + "\n")
        for date, store, group, adds, visitors, orders, gmv in rows(days, stores):
            f.write(f"{date.year}/{date.month}/{date.day},{store},{group},{adds},\"{visitors:,}\",{orders},\"¥{gmv:,.2f}\"\n")


def write_xlsx(path, days, stores):
    # Written as Excel writes it (openpyxl would write inline strings, and slowly): every
    # string a shared string, dates as serial numbers styled yyyy-mm-dd, numbers as numbers,
    # and one metric in four as text ("1,234"), as exports that format before saving have it.
    # openpyxl reads the result back (check with check_xlsx).
    import zipfile
    from xml.sax.saxutils import escape
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    def column(n):
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n]

    epoch = datetime.date(1899, 12, 30)
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    sheet.append('<row r="1">' + "".join(f'<c r="{column(i)}1" t="s"><v>{shared(h)}</v></c>' for i, h in enumerate(HEADER)) + "</row>")
    for number, (date, store, group, adds, visitors, orders, gmv) in enumerate(rows(days, stores), start=2):
        r = str(number)
        sheet.append(f'<row r="{r}"><c r="A{r}" s="1"><v>{(date - epoch).days}</v></c>'
                     f'<c r="B{r}" t="s"><v>{shared(store)}</v></c><c r="C{r}" t="s"><v>{shared(group)}</v></c>'
                     f'<c r="D{r}"><v>{adds}</v></c><c r="E{r}" t="s"><v>{shared(f"{visitors:,}")}</v></c>'
                     f'<c r="F{r}"><v>{orders}</v></c><c r="G{r}"><v>{round(gmv, 2)!r}</v></c></row>')
    sheet.append("</sheetData></worksheet>")
    ns = "http://schemas.openxmlformats.org"
    files = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" '
            f'xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="日报" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{ns}/spreadsheetml/2006/main">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)


def check_xlsx(path):
    # The workbook is a real one: openpyxl reads dates as dates and the text as written.
    from openpyxl import load_workbook
    sheet = load_workbook(path, read_only=True).active
    first = next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))
    assert isinstance(first[0], datetime.datetime), first
    print("openpyxl reads", path, "row 2:", first)


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    days = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    stores = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    if kind == "check":
        check_xlsx(path)
    else:
        {"csv": write_csv, "xlsx": write_xlsx}[kind](path, days, stores)

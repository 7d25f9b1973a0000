#!/usr/bin/env python3
"""Writes the hand-made inputs for the cases of issue #9 into Tests/Fuzz/regressions/TARGET/.

Each is the smallest input that shows one case; the fuzzers find the others. Their fixes are
merged, so `swift test` replays every one on every run (a new case waits in
Tests/Fuzz/pending/TARGET/ with a README line until its fix lands).

usage: python3 Tests/Fuzz/make_cases.py   (from the repository root)
"""
import os
import zipfile

PENDING = "Tests/Fuzz/regressions"


def write(target, name, data):
    os.makedirs(f"{PENDING}/{target}", exist_ok=True)
    with open(f"{PENDING}/{target}/{name}", "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def workbook(sheet_data, shared=None, merges="", sheet_prefix=""):
    """A minimal stored workbook whose sheet holds `sheet_data` (the <sheetData> content)."""
    from io import BytesIO

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    entries = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": f'<workbook {ns} xmlns:r="{rel}"><sheets><sheet name="日报" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f"<worksheet {ns}>{sheet_prefix}<sheetData>{sheet_data}</sheetData>{merges}</worksheet>",
    }
    if shared is not None:
        entries["xl/sharedStrings.xml"] = f"<sst {ns}>" + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>"
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, text in entries.items():
            # A fixed timestamp, so that the files are the same bytes on every run.
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            archive.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    return buffer.getvalue()


def row(r, *cells):
    """A row of inline-string / number cells; `r=None` leaves the row's r attribute out."""
    out = []
    for ref, value in cells:
        attr = f' r="{ref}"' if ref else ""
        if isinstance(value, str):
            out.append(f'<c{attr} t="inlineStr"><is><t>{value}</t></is></c>')
        else:
            out.append(f"<c{attr}><v>{value}</v></c>")
    r_attr = f' r="{r}"' if r is not None else ""
    return f"<row{r_attr}>{''.join(out)}</row>"


header = row(1, ("A1", "日期"), ("B1", "新客访客数"))

# Case 2: nearly equal conversion rates overflow the sample-size note (Double → Int).
write("review", "ab-test-nearly-equal-rates.csv",
      "日期,海报版本,新客访客数,新客订单数\n2026/11/10,A,40000,17143\n2026/11/10,B,40007,17146\n")
# Case 2: a Welch test with sd = 1e11.
write("review", "welch-huge-sd.csv",
      "日期,券型,客单价均值,客单价标准差,样本订单数\n"
      "2026/11/10,折扣,500,100000000000,300\n2026/11/10,满减,530,100000000000,300\n")
# Case 5: a 400-digit number is read as +inf and reaches the charts.
digits = "9" * 400
write("review", "number-400-digits.csv", f"日期,渠道,新客访客数\n2026/11/10,直播间,{digits}\n")
write("csv", "number-400-digits.csv", f"日期,渠道,新客访客数\n2026/11/10,直播间,{digits}\n")

# Case 3: shared-string index -1 and out of range.
write("xlsx", "shared-string-index-negative.xlsx",
      workbook(header + '<row r="2"><c r="A2"><v>46336</v></c><c r="B2" t="s"><v>-1</v></c></row>', shared=["日期"]))
write("xlsx", "shared-string-index-out-of-range.xlsx",
      workbook(header + '<row r="2"><c r="A2"><v>46336</v></c><c r="B2" t="s"><v>7</v></c></row>', shared=["日期"]))
# Case 3: <row r="0">, a reversed merge, references that overflow, the maximal r then rows without r.
write("xlsx", "row-zero.xlsx", workbook('<row r="0"><c t="inlineStr"><is><t>日期</t></is></c></row>' + header))
write("xlsx", "merge-reversed.xlsx", workbook(header + row(2, ("A2", 46336), ("B2", 5)),
                                              merges='<mergeCells count="1"><mergeCell ref="B2:A1"/></mergeCells>'))
write("xlsx", "reference-digits-overflow.xlsx", workbook(header + row(2, ("A99999999999999999999999", 46336))))
write("xlsx", "reference-letters-overflow.xlsx", workbook(header + row(2, ("ZZZZZZZZZZZZZZZZ2", 46336))))
write("xlsx", "row-maximal-then-no-r.xlsx",
      workbook(header + row(9223372036854775807, (None, 46336)) + row(None, (None, 46337))))
# Case 4: one invalid UTF-8 byte in an attribute name.
# Stored entries hold the XML as it is, so the byte can be put in place (the reader skips CRCs).
write("xlsx", "invalid-utf8-attribute-name.xlsx",
      workbook(header).replace(b'<row r="1">', b'<row \xff="1">'))
# Case 6: a cell far out (ZZZZZZ2, B300000000) and a merge over the whole sheet allocate GBs.
write("xlsx", "cell-ZZZZZZ2.xlsx", workbook(header + row(2, ("ZZZZZZ2", 46336))))
write("xlsx", "cell-B300000000.xlsx", workbook(header + row(300000000, ("B300000000", 5))))
write("xlsx", "merge-whole-sheet.xlsx", workbook(header, merges='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))

# Case 1: a formula of ~90,000 terms (stack overflow freeing the tree) and of ~11,000.
write("formula", "terms-90000.txt", "+".join(["a"] * 90_000))
write("formula", "terms-11000.txt", "*".join(["a"] * 11_000))

# Case 10 (found by fuzz-xlsx as one mutated byte, `<v<112</v>`): the sheet XML stops parsing
# in row 3; what came before is imported and the rest silently dropped.
write("xlsx", "sheet-xml-parse-error.xlsx",
      workbook(header + row(2, ("A2", 46336), ("B2", 5)) + '<row r="3"><c r="A3"><v>46337</v></c><c r="B3"><v<6</v></c></row>'
               + row(4, ("A4", 46338), ("B4", 7))))

#!/usr/bin/env python3
"""Reads cycleplan's XLSX export back with openpyxl and LibreOffice (test tooling, not product).

usage: check_xlsx.py CYCLEPLAN_BINARY [REPO_ROOT]

For each shipped plan, the hostile fixture and a plan of control characters written here,
openpyxl must find the sheets 任务, 甘特图 and 图例; on the task sheet MS Project's columns,
every row's name (exactly, control characters and a literal `_x0041_` included), WBS,
working days, start and finish as typed cells (numbers and dates, not text) under their
number formats, the critical flag as a boolean, role names (not ids), deadlines and total
float as `cycleplan schedule --format json` and the plan list them, and as many predecessor
entries as the MS Project XML export has links; the header row frozen with the first three
columns, and the auto-filter over the whole table. On the Gantt sheet: the header rows and
labels frozen, the filter on, each task's first cell filled with its role's colour (as the
legend sheet lists it), critical bars outlined red, closed days shaded. The same plan must
give the same bytes twice. LibreOffice (headless) must convert the workbook to CSV with the
names and dates as shown, and to PDF. Prints one line per check and `N passed, N failed`;
exits 1 on any failure.
"""
import csv
import datetime
import io
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import openpyxl
import yaml

HEADERS = ["标识号", "WBS", "名称", "工期", "开始", "完成", "前置任务", "角色", "期限", "总可宽延时间", "关键", "目标", "计划编号"]
# The English MS Project's headers, for `--lang en`.
ENGLISH_HEADERS = ["ID", "WBS", "Name", "Duration", "Start", "Finish", "Predecessors", "Resource Names", "Deadline",
                   "Total Slack", "Critical", "Targets", "Plan ID"]
CRITICAL = "FFD62728"
CLOSED = "FFEBEBEB"

# Control characters XML cannot carry, a literal escape sequence and a CRLF: the cells must
# hold them exactly as the plan does.
CONTROL_PLAN = """cycleplan: 1
id: control
title: "控制字符 \\x01 _x0041_"
start: 2026-09-07
roles:
  design: {name: "设计 _x0042_", headcount: 1}
tasks:
  - {id: a, name: "响铃\\x07 退格\\x08 _x0041_ 与 _X005f_", role: design, duration: 2d}
  - {id: b, name: "第一行\\r\\n第二行\\x1b[31m", role: design, duration: 1d, after: a, deadline: 2026-09-08}
"""


def main():
    binary = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parents[2])
    passed = failed = 0

    def check(ok, label):
        nonlocal passed, failed
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
        print(("ok   " if ok else "FAIL ") + label)

    work = pathlib.Path(tempfile.mkdtemp())
    (work / "control.yaml").write_text(CONTROL_PLAN, encoding="utf-8")
    plans = sorted((root / "plans").glob("*.yaml")) + [root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml", work / "control.yaml"]
    for plan in plans:
        name = plan.stem
        path = work / f"{name}.xlsx"
        run = subprocess.run([binary, "gantt", str(plan), "-o", str(path), "--today", "2026-10-15"], capture_output=True)
        if run.returncode != 0:
            check(False, f"{name}.xlsx written: {run.stderr.decode()[:300]}")
            continue
        again = work / f"{name}-again.xlsx"
        subprocess.run([binary, "gantt", str(plan), "-o", str(again), "--today", "2026-10-15"], check=True, capture_output=True)
        check(path.read_bytes() == again.read_bytes(), f"{name}.xlsx: the same bytes twice")
        schedule = json.loads(subprocess.run([binary, "schedule", str(plan), "--format", "json"], check=True, capture_output=True).stdout)
        rows = schedule["tasks"]
        source = yaml.safe_load(plan.read_text(encoding="utf-8"))
        book = openpyxl.load_workbook(path)
        check(book.sheetnames == ["任务", "甘特图", "图例"], f"{name}.xlsx: sheets {book.sheetnames}")
        tasks, gantt, legend = book["任务"], book["甘特图"], book["图例"]
        check([cell.value for cell in tasks[1]] == HEADERS, f"{name}.xlsx: MS Project's columns in the header row")
        check(tasks.freeze_panes == "D2", f"{name}.xlsx: task sheet frozen at D2 ({tasks.freeze_panes})")
        check(tasks.auto_filter.ref == f"A1:M{len(rows) + 1}", f"{name}.xlsx: task sheet filter {tasks.auto_filter.ref}")
        check(tasks.max_row == len(rows) + 1, f"{name}.xlsx: {tasks.max_row - 1} task rows for {len(rows)} scheduled")
        check_task_values(name, plan, tasks, rows, source, check)
        check_raw_names(name, path, rows, check)
        links = count_links(binary, plan, work)
        written = sum(len(str(tasks.cell(row=r, column=7).value).split(",")) for r in range(2, len(rows) + 2) if tasks.cell(row=r, column=7).value)
        check(written == links, f"{name}.xlsx: {written} predecessor entries, as the MS Project export has links ({links})")
        check_gantt(name, gantt, legend, rows, check)

        if shutil.which("soffice"):
            check_libreoffice(name, path, rows, work, check)
        else:
            check(False, f"{name}.xlsx: LibreOffice (soffice, libreoffice-calc-nogui) installed — scripts/bootstrap.sh --test")
    check_english(binary, root, work, check)
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def check_english(binary, root, work, check):
    """`--lang en`: English sheet names and MS Project's English headers as openpyxl reads them,
    durations as "N days", and no Chinese in any cell but the plan's own names."""
    plan = root / "plans" / "cycle.yaml"
    path = work / "english.xlsx"
    subprocess.run([binary, "gantt", str(plan), "-o", str(path), "--today", "2026-10-15", "--lang", "en"], check=True, capture_output=True)
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["Tasks", "Gantt", "Legend"], f"english.xlsx: sheets {book.sheetnames}")
    tasks = book["Tasks"]
    check([cell.value for cell in tasks[1]] == ENGLISH_HEADERS, "english.xlsx: the English MS Project's columns in the header row")
    check(tasks.cell(row=2, column=4).number_format == '0" days"', f"english.xlsx: durations as days ({tasks.cell(row=2, column=4).number_format})")
    schedule = json.loads(subprocess.run([binary, "schedule", str(plan), "--format", "json"], check=True, capture_output=True).stdout)
    names = {row["name"] for row in schedule["tasks"]}

    def collect(node):
        # Every name, title and unit the plan and its shared files give (roles, metrics, holidays).
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name", "title", "unit") and isinstance(value, str):
                    names.add(value)
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)
    for source in [plan] + sorted((root / "plans" / "shared").glob("*.yaml")):
        collect(yaml.safe_load(source.read_text(encoding="utf-8")))
    cjk = re.compile(r"[\u3001-\u303f\u4e00-\u9fff\uff00-\uffef]")
    foreign = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                text = cell.value if isinstance(cell.value, str) else ""
                for name in sorted(names, key=len, reverse=True):
                    text = text.replace(name, "") if name else text
                if cjk.search(text):
                    foreign.append(f"{sheet.title}!{cell.coordinate}={cell.value}")
    check(not foreign, f"english.xlsx: no Chinese but the plan's names {foreign[:5]}")


def ooxml_encode(text):
    """A name as SpreadsheetML stores it (ECMA-376 ST_Xstring): control characters other than
    tab and line breaks as _xHHHH_, and the `_` of a literal `_xHHHH_` as _x005F_."""
    text = re.sub(r"_(?=[xX][0-9A-Fa-f]{4}_)", "_x005F_", text)
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", lambda m: "_x%04X_" % ord(m.group()), text)


def ooxml_decode(text):
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def openpyxl_view(text):
    """What openpyxl returns for a correctly stored name: it undoes only `_x005F_` (its
    reader replaces 'x005F_' and leaves other escapes as stored)."""
    return ooxml_encode(text).replace("x005F_", "")


def role_names_of(plan, source):
    names = {}
    for include in source.get("include") or []:
        included = yaml.safe_load((plan.parent / include).read_text(encoding="utf-8")) or {}
        names.update(role_names_of(plan.parent / include, included))
    for key, value in (source.get("roles") or {}).items():
        names[key] = value["name"] if isinstance(value, dict) else value
    return names


def check_raw_names(name, path, rows, check):
    """Every name decoded from the shared strings exactly as ECMA-376 says: control characters
    and literal escapes come back as the plan wrote them."""
    import zipfile
    raw = zipfile.ZipFile(path).read("xl/sharedStrings.xml")
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    strings = {ooxml_decode("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"]))) for si in ET.fromstring(raw).findall("m:si", ns)}
    missing = [row["name"] for row in rows if row["name"] not in strings]
    check(not missing, f"{name}.xlsx: every name decodes exactly from the shared strings {missing[:2]}")


def check_task_values(name, plan, sheet, rows, source, check):
    role_names = role_names_of(plan, source)
    deadlines = {}

    def walk(items):
        for item in items or []:
            if "deadline" in item:
                deadlines[item["id"]] = str(item["deadline"])
            walk(item.get("tasks"))
            walk(item.get("phases"))
    walk(source.get("phases"))
    walk(source.get("tasks"))
    wrong = []
    for index, row in enumerate(rows):
        r = index + 2
        cells = {HEADERS[c]: sheet.cell(row=r, column=c + 1) for c in range(len(HEADERS))}
        expected_start = datetime.datetime.fromisoformat(row["start"])
        expected_finish = datetime.datetime.fromisoformat(row["finish"])
        problems = []
        if cells["名称"].value != openpyxl_view(row["name"]):
            problems.append(("name", cells["名称"].value, row["name"]))
        if cells["计划编号"].value != row["id"]:
            problems.append(("id", cells["计划编号"].value))
        if cells["开始"].value != expected_start or not cells["开始"].is_date or cells["开始"].number_format != "yyyy-mm-dd":
            problems.append(("start", cells["开始"].value, cells["开始"].number_format))
        if cells["完成"].value != expected_finish or not cells["完成"].is_date:
            problems.append(("finish", cells["完成"].value))
        if cells["工期"].data_type != "n" or cells["工期"].value != row["workingDays"] or "个工作日" not in cells["工期"].number_format:
            problems.append(("days", cells["工期"].value, cells["工期"].number_format))
        if cells["总可宽延时间"].value != row["totalFloat"] or cells["总可宽延时间"].data_type != "n":
            problems.append(("float", cells["总可宽延时间"].value))
        if cells["关键"].value is not row["critical"]:
            problems.append(("critical", cells["关键"].value))
        roles = cells["角色"].value or ""
        for role in row.get("roles", []):
            if role_names.get(role, role) not in roles:
                problems.append(("role", roles, role))
        if row["id"] in deadlines:
            value = cells["期限"].value
            if not cells["期限"].is_date or value.date().isoformat() != deadlines[row["id"]]:
                problems.append(("deadline", value))
            if expected_finish.date().isoformat() > deadlines[row["id"]] and cells["完成"].font.color.rgb != "FFD62728":
                problems.append(("late not red", row["id"]))
        if problems:
            wrong.append((row["id"], problems))
    check(not wrong, f"{name}.xlsx: every row's name, WBS, dates, working days, float, critical flag, roles and deadline {wrong[:2]}")
    phases = [i for i, row in enumerate(rows) if row.get("summary")]
    check(all(sheet.cell(row=i + 2, column=3).font.b for i in phases), f"{name}.xlsx: {len(phases)} phase rows in bold")


def count_links(binary, plan, work):
    xml_path = work / f"{plan.stem}.xml"
    subprocess.run([binary, "gantt", str(plan), "-o", str(xml_path)], check=True, capture_output=True)
    tree = ET.parse(xml_path)
    return len(tree.getroot().findall(".//{http://schemas.microsoft.com/project}PredecessorLink"))


def check_gantt(name, sheet, legend, rows, check):
    check(sheet.freeze_panes == "C3", f"{name}.xlsx: Gantt sheet frozen at C3 ({sheet.freeze_panes})")
    check(bool(sheet.auto_filter.ref) and sheet.auto_filter.ref.startswith("A2:"), f"{name}.xlsx: Gantt sheet filter {sheet.auto_filter.ref}")
    colors = {}
    for r in range(2, legend.max_row + 1):
        fill = legend.cell(row=r, column=1).fill
        if fill.fill_type == "solid":
            colors[legend.cell(row=r, column=2).value] = fill.fgColor.rgb
    dates = {}
    for c in range(3, sheet.max_column + 1):
        value = sheet.cell(row=2, column=c).value
        if isinstance(value, datetime.datetime):
            dates[c] = value.date()
    check(len(dates) == sheet.max_column - 2 and all(sheet.cell(row=2, column=c).is_date for c in dates),
          f"{name}.xlsx: {len(dates)} time columns headed by typed dates")
    step = 1 if len(dates) < 2 else (dates[4] - dates[3]).days if 4 in dates else 1
    closed = [c for c in dates if sheet.cell(row=2, column=c).fill.fgColor.rgb == CLOSED]
    weekend = [c for c in dates if step == 1 and dates[c].weekday() >= 5]
    check(step == 7 or closed or not weekend, f"{name}.xlsx: closed days shaded in the header ({len(closed)} of {len(weekend)} weekend days)")
    wrong, critical_seen = [], 0
    for index, row in enumerate(rows):
        if row.get("summary") or row.get("milestone"):
            continue
        start = datetime.date.fromisoformat(row["start"])
        column = max((c for c in dates if dates[c] <= start), default=None)
        cell = sheet.cell(row=index + 3, column=column)
        if sheet.cell(row=index + 3, column=2).value != openpyxl_view(row["name"]):
            wrong.append((row["id"], "label", sheet.cell(row=index + 3, column=2).value))
            continue
        if cell.fill.fill_type != "solid" or (colors and cell.fill.fgColor.rgb not in colors.values()):
            wrong.append((row["id"], "fill", cell.fill.fgColor.rgb))
        if row["critical"]:
            critical_seen += 1
            if cell.border.top.color is None or cell.border.top.color.rgb != CRITICAL or cell.border.left.style != "medium":
                wrong.append((row["id"], "critical outline"))
        elif cell.border.top.style:
            wrong.append((row["id"], "outlined but not critical"))
    check(not wrong, f"{name}.xlsx: every task's first Gantt cell in a legend colour, critical ones ({critical_seen}) outlined red {wrong[:3]}")
    check(colors and all(re.fullmatch(r"FF[0-9A-F]{6}", v) for v in colors.values()),
          f"{name}.xlsx: legend lists {len(colors)} role colours by name")


def check_libreoffice(name, path, rows, work, check):
    out = work / f"lo-{name}"
    out.mkdir(exist_ok=True)
    profile = work / "lo-profile"
    base = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    subprocess.run(base + ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(out), str(path)],
                   capture_output=True, timeout=180)
    csv_path = out / f"{name}.csv"
    table = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8"), newline=""))) if csv_path.exists() else []
    check(bool(table) and table[0] == HEADERS, f"{name}.xlsx: LibreOffice reads the task sheet's header")
    wrong = []
    for index, row in enumerate(rows):
        got = table[index + 1] if index + 1 < len(table) else []
        # LibreOffice writes a line break inside a cell as LF.
        expected = [row["name"].replace("\r\n", "\n").replace("\r", "\n"), row["start"], row["finish"], "TRUE" if row["critical"] else "FALSE"]
        shown = [got[2].replace("\r\n", "\n"), got[4], got[5], got[10]] if len(got) > 10 else got
        if shown != expected:
            wrong.append((row["id"], shown, expected))
    check(table and not wrong, f"{name}.xlsx: LibreOffice shows every name exactly, dates as yyyy-mm-dd, the critical flag {wrong[:2]}")
    subprocess.run(base + ["--convert-to", "pdf", "--outdir", str(out), str(path)], capture_output=True, timeout=180)
    pdf = out / f"{name}.pdf"
    check(pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), f"{name}.xlsx: LibreOffice converts it to PDF")


if __name__ == "__main__":
    sys.exit(main())

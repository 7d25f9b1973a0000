#!/usr/bin/env python3
"""Opens cycleplan's exports with real readers (test tooling, not product).

usage: check_exports.py CYCLEPLAN_BINARY [REPO_ROOT]

For each shipped plan and the hostile fixture (names full of markup, quotes, line breaks
and syntax characters):
- iCalendar: parsed by the `icalendar` package; one VEVENT per task and milestone, UIDs
  unique, DTSTART/DTEND (exclusive) equal to the schedule's dates, SUMMARY intact after
  unescaping, CATEGORIES the names of the task's roles (in the schedule's order, the ids
  given beside the names in DESCRIPTION); DTSTAMP, LAST-MODIFIED and SEQUENCE taken from
  SOURCE_DATE_EPOCH when set, and a later edit raising SEQUENCE;
- PlantUML: `plantuml -syntax` (Debian's plantuml) reads the text as a gantt diagram, and
  the SVG that `plantuml -tsvg` draws shows every task name intact (no creole markup,
  `<tags>`, `%functions()`, line breaks or brackets applied), one arrow per dependency
  the export draws, and every bar and milestone on the schedule's dates (positions read
  off that SVG through its axis, `plantuml_svg.py`).
Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import datetime
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import icalendar

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import plantuml_svg  # noqa: E402


def check_plantuml_positions(check, name, text, svg, schedule):
    """Every bar and milestone where PlantUML itself draws it (read off its SVG through the
    axis) on the schedule's dates: PlantUML's own date arithmetic once moved 5 of the
    campaign's 35 tasks (leads, closed days, milestones after their predecessor)."""
    slots, row_slots = 0, []
    for line in text.splitlines():
        if line.startswith("-- "):
            slots += 1
        elif re.match(r"^\[.*\] as \[\w+\] (starts|happens) ", line):
            row_slots.append(slots)
            slots += 1
    rows = schedule["tasks"]
    start = datetime.date.fromisoformat(re.search(r"^Project starts (\S+)$", text, re.M).group(1))
    drawn, first_day = plantuml_svg.dates(svg, start)
    ys = sorted({y for y, *_ in plantuml_svg.shapes(svg)})
    pitch = min((b - a for a, b in zip(ys, ys[1:])), default=16)
    by_slot = {row_slots[0] + round((y - ys[0]) / pitch): shape for y, shape in zip([y for y, *_ in plantuml_svg.shapes(svg)], drawn)}
    wrong = []
    for row, slot in zip(rows, row_slots):
        kind, first, last = by_slot.get(slot, (None, None, None))
        expected = ("diamond" if row["milestone"] else "bar", row["start"], row["finish"])
        if (kind, str(first), str(last)) != expected:
            wrong.append((row["id"], expected[1:], (str(first), str(last)) if kind else "not drawn"))
    tasks = sum(1 for row in rows if not row["summary"])
    check(len(row_slots) == len(rows) and first_day == start.day and not wrong,
          f"{name}.puml: all {len(rows)} rows ({tasks} tasks) drawn by PlantUML on the schedule's dates {len(wrong)} wrong {wrong[:3]}")


def main():
    binary = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parents[2])
    plans = sorted((root / "plans").glob("*.yaml")) + [root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"]
    passed = failed = 0

    def check(ok, label):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {label}")
        else:
            failed += 1
            print(f"FAIL {label}")

    work = pathlib.Path(tempfile.mkdtemp())
    plantuml = shutil.which("plantuml")
    for plan in plans:
        name = plan.stem
        schedule = json.loads(subprocess.run([binary, "schedule", str(plan), "--format", "json"],
                                             check=True, capture_output=True).stdout)
        tasks = {row["id"]: row for row in schedule["tasks"] if not row["summary"]}
        ics = work / f"{name}.ics"
        pinned = dict(os.environ, SOURCE_DATE_EPOCH="1791533045")  # 2026-10-09T08:04:05Z
        subprocess.run([binary, "gantt", str(plan), "-o", str(ics)], check=True, capture_output=True, env=pinned)
        calendar = icalendar.Calendar.from_ical(ics.read_bytes())
        events = [component for component in calendar.walk() if component.name == "VEVENT"]
        check(len(events) == len(tasks), f"{name}.ics: {len(events)} events for {len(tasks)} tasks")
        uids = [str(event["UID"]) for event in events]
        check(len(set(uids)) == len(uids), f"{name}.ics: UIDs unique")
        mismatches = []
        for event in events:
            task_id = str(event["UID"]).split("@")[0]
            row = tasks.get(task_id)
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND")
            summary = str(event["SUMMARY"])
            expected_summary = ("◆ " if row and row["milestone"] else "") + (row["name"] if row else "")
            if (row is None or start != datetime.date.fromisoformat(row["start"])
                    or end != datetime.date.fromisoformat(row["finish"]) + datetime.timedelta(days=1)
                    or summary.replace("\r\n", "\n") != expected_summary.replace("\r\n", "\n")):
                mismatches.append(task_id)
            categories = event.get("CATEGORIES")
            if row and row["roles"]:
                got = [str(value) for value in categories.cats] if categories else []
                described = re.search(r"^角色: (.*)$", str(event["DESCRIPTION"]), re.M)
                pairs = re.findall(r"(.*?) \(([^()]*)\)(?:、|$)", described.group(1)) if described else []
                if [pair[1] for pair in pairs] != row["roles"] or got != [pair[0] for pair in pairs]:
                    mismatches.append(task_id + " (categories)")
        check(not mismatches, f"{name}.ics: dates, summaries and role-name categories match the schedule {mismatches[:3]}")
        stamps = {(str(event.get("DTSTAMP").to_ical(), "ascii"), str(event.get("LAST-MODIFIED").to_ical(), "ascii"), int(event.get("SEQUENCE")))
                  for event in events}
        later = subprocess.run([binary, "gantt", str(plan), "--format", "ical"], check=True, capture_output=True,
                               env=dict(os.environ, SOURCE_DATE_EPOCH="1791536645")).stdout  # an hour later
        later_sequences = {int(event.get("SEQUENCE")) for event in icalendar.Calendar.from_ical(later).walk() if event.name == "VEVENT"}
        check(stamps == {("20261009T080405Z", "20261009T080405Z", (1791533045 - 1577836800) // 60)}
              and later_sequences == {(1791536645 - 1577836800) // 60},
              f"{name}.ics: DTSTAMP, LAST-MODIFIED and SEQUENCE from the plan's revision; a later edit raises SEQUENCE {sorted(stamps)[:1]}")
        if plantuml:
            puml = work / f"{name}.puml"
            subprocess.run([binary, "gantt", str(plan), "-o", str(puml)], check=True, capture_output=True)
            text = puml.read_text(encoding="utf-8")
            syntax = subprocess.run([plantuml, "-syntax"], input=text.encode(), capture_output=True, timeout=300)
            check(syntax.returncode == 0 and syntax.stdout.decode().startswith("OTHER") and b"ERROR" not in syntax.stdout,
                  f"{name}.puml: plantuml -syntax reads a gantt diagram {syntax.stdout.decode()[:80]!r}")
            subprocess.run([plantuml, "-tsvg", str(puml)], capture_output=True, timeout=300)
            svg = (work / f"{name}.svg").read_text(encoding="utf-8") if (work / f"{name}.svg").exists() else ""
            drawn = [html.unescape(value) for value in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
            expected = [" ".join(row["name"].split()) for row in schedule["tasks"]]
            missing = [value for value in expected if value not in drawn]
            check(svg and not missing, f"{name}.puml: plantuml draws every name intact {missing[:2]}")
            links = len(re.findall(r"'s (?:end|start)$|\] -> \[", text, re.M))
            milestones = sum(1 for row in tasks.values() if row["milestone"])
            arrows = svg.count("<polygon") - milestones
            check(arrows == links and links > 0, f"{name}.puml: {arrows} arrows drawn for the {links} links written")
            check_plantuml_positions(check, name, text, svg, schedule)
        else:
            check(False, f"{name}.puml: plantuml is not installed (scripts/bootstrap.sh --test installs it)")
    shutil.rmtree(work)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

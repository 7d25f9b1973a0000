#!/usr/bin/env python3
"""Opens cycleplan's exports with real readers (test tooling, not product).

usage: check_exports.py CYCLEPLAN_BINARY [REPO_ROOT]

For each shipped plan and the hostile fixture (names full of markup, quotes, line breaks
and syntax characters):
- iCalendar: parsed by the `icalendar` package; one VEVENT per task and milestone, UIDs
  unique, DTSTART/DTEND (exclusive) equal to the schedule's dates, SUMMARY and CATEGORIES
  intact after unescaping;
- PlantUML: `plantuml -checkonly` (Debian's plantuml) accepts the gantt text.
Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import datetime
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

import icalendar


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
        subprocess.run([binary, "gantt", str(plan), "-o", str(ics)], check=True, capture_output=True)
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
                    or summary != expected_summary):
                mismatches.append(task_id)
            categories = event.get("CATEGORIES")
            if row and row["roles"]:
                got = [str(value) for value in categories.cats] if categories else []
                if got != row["roles"]:
                    mismatches.append(task_id + " (categories)")
        check(not mismatches, f"{name}.ics: dates, summaries and categories match the schedule {mismatches[:3]}")
        if plantuml:
            puml = work / f"{name}.puml"
            subprocess.run([binary, "gantt", str(plan), "-o", str(puml)], check=True, capture_output=True)
            result = subprocess.run([plantuml, "-checkonly", str(puml)], capture_output=True, timeout=300)
            check(result.returncode == 0, f"{name}.puml: plantuml -checkonly accepts it")
        else:
            check(False, f"{name}.puml: plantuml is not installed (scripts/bootstrap.sh --test installs it)")
    shutil.rmtree(work)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Reads cycleplan's MS Project XML back with MPXJ, the library behind most tools that
open MS Project files (test tooling, not product).

usage: check_msproject.py CYCLEPLAN_BINARY [REPO_ROOT]

For each shipped plan and the hostile fixture, MPXJ must read every task with its name,
start and finish dates, summary and milestone flags; every task's and every phase's
(summary task's) duration in working days; every dependency with its type and
lag; every resource with its units; every assignment; and every calendar exception
(holidays and make-up working days); every constraint and deadline the plan sets, a phase's
`notBefore` and `deadline` on its summary task and its `notBefore` on each of its tasks
too; each leveled task's leveling delay (the days its roles held it back); and each row's
plan id in Text1, aliased "cycleplan id". Expected values come from `cycleplan schedule
--format json`, the plan's YAML and the XML itself. With a baseline and a status file (a
small plan written here), MPXJ must read the project's status date and every task's
baseline 0 start, finish, duration and work, % complete and actual start and finish, as
`cycleplan schedule --as-of … --format json` lists them. Prints `N passed, N failed`;
exits 1 on failure.
"""
import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jpype
import yaml
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import tracked_plan  # noqa: E402
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

NS = {"p": "http://schemas.microsoft.com/project"}
TYPES = {"0": "FF", "1": "FS", "2": "SF", "3": "SS"}


def main():
    binary = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).resolve().parents[2])
    jpype.startJVM()
    from org.mpxj.reader import UniversalProjectReader
    from org.mpxj import TimeUnit, TaskField

    passed = failed = 0

    def check(ok, label):
        nonlocal passed, failed
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
        print(("ok   " if ok else "FAIL ") + label)

    work = pathlib.Path(tempfile.mkdtemp())
    plans = sorted((root / "plans").glob("*.yaml")) + [root / "Tests/PlanRenderingTests/Fixtures/hostile.yaml"]
    for plan in plans:
        name = plan.stem
        path = work / f"{name}.xml"
        subprocess.run([binary, "gantt", str(plan), "-o", str(path)], check=True, capture_output=True)
        schedule = json.loads(subprocess.run([binary, "schedule", str(plan), "--format", "json"], check=True, capture_output=True).stdout)
        rows = schedule["tasks"]
        project = UniversalProjectReader().read(str(path))
        tasks = [task for task in project.getTasks() if int(task.getUniqueID()) != 0]
        check(len(tasks) == len(rows), f"{name}.xml: {len(tasks)} tasks read for {len(rows)} rows")
        wrong = []
        for task, row in zip(tasks, rows):
            start, finish = str(task.getStart())[:10], str(task.getFinish())[:10]
            if (str(task.getName()) != row["name"] or start != row["start"] or finish != row["finish"]
                    or bool(task.getSummary()) != row["summary"] or bool(task.getMilestone()) != row["milestone"]):
                wrong.append((row["id"], str(task.getName()), start, finish))
        check(not wrong, f"{name}.xml: names, dates, summary and milestone flags {wrong[:2]}")
        properties = project.getProjectProperties()
        durations = []
        for task, row in zip(tasks, rows):
            days = float(task.getDuration().convertUnits(TimeUnit.DAYS, properties).getDuration())
            expected = 0 if row["milestone"] else row["workingDays"]
            if abs(days - expected) > 1e-6:
                durations.append((row["id"], row["summary"], days, expected))
        summaries = sum(1 for row in rows if row["summary"])
        check(not durations, f"{name}.xml: durations of all {len(rows)} rows, {summaries} phases among them, in working days {durations[:3]}")

        # Constraints and deadlines, from the plan's own YAML (issue #13 defect 2).
        expected_constraints = {}

        def walk(phase, inherited, root=False):
            own = phase.get("notBefore")
            latest = max([d for d in (inherited, own) if d is not None], default=None)
            if not root:
                expected_constraints[phase["id"]] = ("START_NO_EARLIER_THAN" if own else "AS_SOON_AS_POSSIBLE",
                                                     str(own) if own else None, str(phase["deadline"]) if phase.get("deadline") else None)
            for task in phase.get("tasks") or []:
                if task.get("start"):
                    kind, date = "MUST_START_ON", str(task["start"])
                else:
                    dates = [d for d in (task.get("notBefore"), latest) if d is not None]
                    kind, date = ("START_NO_EARLIER_THAN", str(max(dates))) if dates else ("AS_SOON_AS_POSSIBLE", None)
                expected_constraints[task["id"]] = (kind, date, str(task["deadline"]) if task.get("deadline") else None)
            for child in phase.get("phases") or []:
                walk(child, latest)

        walk(yaml.safe_load(plan.read_text(encoding="utf-8")), None, root=True)
        got_constraints = {}
        for task, row in zip(tasks, rows):
            date = task.getConstraintDate()
            deadline = task.getDeadline()
            got_constraints[row["id"]] = (str(task.getConstraintType()), str(date)[:10] if date is not None else None,
                                          str(deadline)[:10] if deadline is not None else None)
        wrong = sorted((key, got_constraints.get(key), value) for key, value in expected_constraints.items()
                       if got_constraints.get(key) != value)
        phase_rules = sum(1 for row in rows if row["summary"] and expected_constraints[row["id"]] != ("AS_SOON_AS_POSSIBLE", None, None))
        check(not wrong and len(expected_constraints) == len(rows),
              f"{name}.xml: constraints and deadlines of all {len(rows)} rows, {phase_rules} phases with their own {wrong[:3]}")

        # Leveling and ids (issue #13 defect 3): the days the task's roles held it back, which
        # MS Project adds to the start its links allow; the plan id in Text1 "cycleplan id".
        delays = []
        for task, row in zip(tasks, rows):
            delay = task.getLevelingDelay()
            days = float(delay.convertUnits(TimeUnit.DAYS, properties).getDuration()) if delay is not None else 0.0
            expected = sum(share["days"] for share in row["delayedByRoles"])
            if abs(days - expected) > 1e-6:
                delays.append((row["id"], days, expected))
        leveled = sum(1 for row in rows if row["delayedByRoles"])
        check(not delays, f"{name}.xml: leveling delays of the {leveled} tasks leveling held back {delays[:3]}")
        field = project.getCustomFields().get(TaskField.TEXT1)
        alias = str(field.getAlias()) if field is not None and field.getAlias() is not None else None
        ids = [(row["id"], str(task.getText(1))) for task, row in zip(tasks, rows) if str(task.getText(1)) != row["id"]]
        check(alias == "cycleplan id" and not ids, f"{name}.xml: every row's plan id in Text1, aliased {alias!r} {ids[:3]}")

        tree = ET.parse(path)
        links = set()
        for element in tree.getroot().iterfind("p:Tasks/p:Task", NS):
            uid = element.findtext("p:UID", namespaces=NS)
            for link in element.iterfind("p:PredecessorLink", NS):
                lag_days = int(link.findtext("p:LinkLag", namespaces=NS)) / 4800
                links.add((uid, link.findtext("p:PredecessorUID", namespaces=NS), TYPES[link.findtext("p:Type", namespaces=NS)], lag_days))
        read = set()
        for task in tasks:
            for relation in task.getPredecessors():
                lag = relation.getLag()
                days = float(lag.convertUnits(TimeUnit.DAYS, project.getProjectProperties()).getDuration())
                read.add((str(task.getUniqueID()), str(relation.getPredecessorTask().getUniqueID()), str(relation.getType()), days))
        check(read == links and links, f"{name}.xml: all {len(links)} dependencies with type and lag {sorted(read ^ links)[:3]}")

        resources = {element.findtext("p:Name", namespaces=NS): float(element.findtext("p:MaxUnits", namespaces=NS))
                     for element in tree.getroot().iterfind("p:Resources/p:Resource", NS)}
        got = {str(resource.getName()): float(resource.getMaxUnits()) / 100
               for resource in project.getResources() if resource.getName() is not None}
        check(got == resources, f"{name}.xml: {len(resources)} resources with their headcount")
        expected = sorted((element.findtext("p:TaskUID", namespaces=NS), element.findtext("p:ResourceUID", namespaces=NS),
                           float(element.findtext("p:Units", namespaces=NS)))
                          for element in tree.getroot().iterfind("p:Assignments/p:Assignment", NS))
        got = sorted((str(assignment.getTask().getUniqueID()), str(assignment.getResource().getUniqueID()),
                      float(assignment.getUnits()) / 100)
                     for assignment in project.getResourceAssignments() if assignment.getResource() is not None)
        check(got == expected, f"{name}.xml: {len(expected)} assignments with units")

        calendar = tree.getroot().find("p:Calendars/p:Calendar", NS)
        expected = sorted((element.findtext("p:TimePeriod/p:FromDate", namespaces=NS)[:10],
                           element.findtext("p:TimePeriod/p:ToDate", namespaces=NS)[:10],
                           element.findtext("p:DayWorking", namespaces=NS) == "1")
                          for element in calendar.iterfind("p:Exceptions/p:Exception", NS))
        got = sorted((str(exception.getFromDate()), str(exception.getToDate()), bool(exception.getWorking()))
                     for exception in project.getDefaultCalendar().getCalendarExceptions())
        check(got == expected, f"{name}.xml: {len(expected)} calendar exceptions (holidays and make-up days)")
    check_tracking(binary, work, check, UniversalProjectReader, TimeUnit)
    check_calendars(binary, root, work, check, UniversalProjectReader, TimeUnit)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def check_calendars(binary, root, work, check, reader, time_unit):
    """Two plans on different calendars charted together (春节 with 调休, and seven days a
    week), a continuous task, a 7-calendar-day task, a lag in calendar days and roles with
    calendars of their own: MS Project must count each task's days on the calendar it works
    on — its task calendar when it has one (with IgnoreResourceCalendar), else its role's
    resource calendar — as cycleplan did, and read the calendar-day lag as elapsed days."""
    folder = root / "Tests/PlanRenderingTests/Fixtures/calendars"
    path = work / "calendars.xml"
    subprocess.run([binary, "gantt", "cny.yaml", "always.yaml", "--format", "msproject", "-o", str(path)], cwd=folder,
                   check=True, capture_output=True)
    rows = json.loads(subprocess.run([binary, "schedule", "cny.yaml", "always.yaml", "--format", "json"], cwd=folder,
                                     check=True, capture_output=True).stdout)["tasks"]
    project = reader().read(str(path))
    tasks = {str(task.getName()): task for task in project.getTasks() if int(task.getUniqueID()) != 0}
    counted, wrong = 0, []
    for row in rows:
        if row["summary"] or row["milestone"]:
            continue
        task = tasks[row["name"]]
        calendar = task.getCalendar()
        if calendar is None:
            assignments = list(task.getResourceAssignments())
            calendar = assignments[0].getResource().getCalendar() if len(assignments) == 1 else project.getDefaultCalendar()
        elif not task.getIgnoreResourceCalendar():
            wrong.append((row["id"], "task calendar without IgnoreResourceCalendar"))
        days = float(calendar.getWork(task.getStart(), task.getFinish(), time_unit.DAYS).getDuration())
        counted += 1
        if abs(days - row["workingDays"]) > 1e-6:
            wrong.append((row["id"], str(calendar.getName()), days, row["workingDays"]))
    check(counted >= 7 and not wrong, f"calendars.xml: each of {counted} tasks spans its working days on the calendar MS Project gives it {wrong[:3]}")
    lags = [(str(relation.getPredecessorTask().getName()), str(relation.getLag()))
            for relation in tasks["节后海报"].getPredecessors()]
    check(lags == [("视频号封面审核", "2.0ed")], f"calendars.xml: the 2-calendar-day lag read as 2 elapsed days {lags}")
    names = sorted(str(calendar.getName()) for calendar in project.getCalendars())
    check("社群日常" in names and "每天" in names,
          f"calendars.xml: the seven-day plan's calendar and the every-day calendar written {names}")


def check_tracking(binary, work, check, reader, time_unit):
    folder = work / "tracked"
    tracked_plan.write(binary, folder)
    subprocess.run([binary, "gantt", "spring.yaml", "--baseline", "初版", "-o", "spring.xml"], cwd=folder, check=True, capture_output=True)
    rows = json.loads(subprocess.run([binary, "schedule", "spring.yaml", "--baseline", "初版", "--format", "json"], cwd=folder,
                                     check=True, capture_output=True).stdout)["tasks"]
    baselines = {entry["id"]: entry for entry in json.loads((folder / "spring.baselines.json").read_text(encoding="utf-8"))["baselines"][0]["entries"]}
    project = reader().read(str(folder / "spring.xml"))
    properties = project.getProjectProperties()
    check(str(properties.getStatusDate())[:10] == "2027-01-06", f"spring.xml: status date {properties.getStatusDate()}")
    tasks = [task for task in project.getTasks() if int(task.getUniqueID()) != 0]
    wrong = []
    for task, row in zip(tasks, rows):
        entry = baselines[row["id"]]
        got = (str(task.getBaselineStart())[:10], str(task.getBaselineFinish())[:10],
               float(task.getBaselineDuration().convertUnits(time_unit.DAYS, properties).getDuration()))
        expected = (row["baselineStart"], row["baselineFinish"], 0.0 if row["milestone"] else float(entry["duration"]))
        if got != expected:
            wrong.append((row["id"], got, expected))
        if entry["kind"] == "task":
            hours = float(task.getBaselineWork().convertUnits(time_unit.HOURS, properties).getDuration())
            if abs(hours - entry["work"] * 8) > 1e-6:
                wrong.append((row["id"], "work", hours, entry["work"] * 8))
    check(not wrong and len(tasks) == len(rows), f"spring.xml: baseline 0 start, finish, duration and work of {len(rows)} rows {wrong[:3]}")
    wrong = []
    for task, row in zip(tasks, rows):
        actual_start = str(task.getActualStart())[:10] if task.getActualStart() is not None else None
        actual_finish = str(task.getActualFinish())[:10] if task.getActualFinish() is not None else None
        got = (float(task.getPercentageComplete()), actual_start, actual_finish)
        expected = (float(row["percentComplete"]), row["actualStart"], row["actualFinish"])
        if got != expected:
            wrong.append((row["id"], got, expected))
    done = sum(1 for row in rows if row["actualFinish"])
    check(not wrong and done > 0, f"spring.xml: % complete, actual start and finish ({done} rows done) {wrong[:3]}")


if __name__ == "__main__":
    sys.exit(main())

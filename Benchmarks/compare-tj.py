#!/usr/bin/env python3
"""Compare cycleplan's schedule with TaskJuggler's, task by task.

usage: compare-tj.py CYCLEPLAN.csv TJ-DATES.csv PROJECT.tjp
CYCLEPLAN.csv comes from `cycleplan schedule PLAN --format csv`, TJ-DATES.csv from the
taskreport the generated .tjp declares (times as "%Y-%m-%d %H:%M").

TaskJuggler starts a successor at the instant its predecessor ends (17:00) and reports that
instant as its start; the work begins on the next working day, which is the date cycleplan
reports. Starts are normalised that way, using the calendar of the .tjp file: its weekends
(`workinghours ... off`), its holidays (`leaves holiday`) and its make-up days (the intervals
of `shifts makeup`, worked although they are weekends); ends are compared as dates. Prints the
number of tasks whose start and finish agree and the first disagreements; exits 1 when any
differ. Test tooling, not product.
"""
import csv
import datetime
import re
import sys


WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def days_between(first, end):
    """The dates from `first` up to `end`, exclusive (TaskJuggler's intervals)."""
    day = datetime.date.fromisoformat(first)
    stop = datetime.date.fromisoformat(end)
    while day < stop:
        yield day
        day += datetime.timedelta(days=1)


def calendar(tjp_path):
    """(weekend weekday numbers, holidays, make-up days) declared in the .tjp file."""
    weekends, off, makeup = set(), set(), set()
    with open(tjp_path, encoding="utf-8") as handle:
        for line in handle:
            match = re.match(r"\s*workinghours (.*) off\s*$", line)
            if match:
                for name in re.findall(r"[a-z]{3}", match.group(1)):
                    weekends.add(WEEKDAYS.index(name))
            match = re.match(r'leaves holiday ".*" (\S+) - (\S+)', line)
            if match:
                off.update(days_between(match.group(1), match.group(2)))
            for first, end in re.findall(r"shifts makeup (\S+) - (\S+)", line):
                makeup.update(days_between(first, end))
    return weekends, off, makeup


def working_start(stamp, cal):
    weekends, off, makeup = cal
    moment = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    day = moment.date()
    if moment.hour >= 17:
        day += datetime.timedelta(days=1)
    while day not in makeup and (day.weekday() in weekends or day in off):
        day += datetime.timedelta(days=1)
    return day.isoformat()


def main() -> int:
    ours = {}
    with open(sys.argv[1], encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            if row["summary"] == "false":
                ours[row["id"]] = (row["start"], row["finish"])
    cal = calendar(sys.argv[3])
    theirs = {}
    with open(sys.argv[2], encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            start, end = row["Start"], row["End"]
            milestone = start == end
            shown_start = start[:10] if milestone else working_start(start, cal)
            theirs[row["Id"].split(".")[-1]] = (shown_start, end[:10])
    same = [task for task in ours if theirs.get(task) == ours[task]]
    differ = [task for task in ours if task in theirs and theirs[task] != ours[task]]
    missing = [task for task in ours if task not in theirs]
    print(f"{len(same)} of {len(ours)} tasks have the same start and finish in both")
    for task in differ[:10]:
        print(f"  {task}: cycleplan {ours[task]}, TaskJuggler {theirs[task]}")
    if missing:
        print(f"  {len(missing)} tasks missing from TaskJuggler's report, e.g. {missing[:5]}")
    return 0 if not differ and not missing else 1


if __name__ == "__main__":
    sys.exit(main())

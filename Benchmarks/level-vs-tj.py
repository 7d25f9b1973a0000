#!/usr/bin/env python3
"""cycleplan's leveled finish against TaskJuggler's and against the lower bound.

usage: level-vs-tj.py PLAN-BENCH WORKDIR [TASKS] [SEEDS] [ROLES...]
For each role count (default 5 and 20) and seed 1..SEEDS (default 10), `plan-bench tj-level`
writes a generated plan of TASKS tasks (default 1,000) and its TaskJuggler twin that levels;
tj3 schedules the twin. Spans are working days of the plan calendar from the plan start
through the finish (TaskJuggler's working days are those its .tjp declares, the same
calendar). Prints one row per plan and the mean and worst ratios: cycleplan / TaskJuggler,
cycleplan / lower bound, and the same for cycleplan's first serial pass alone. Test tooling,
not product.
"""
import csv
import datetime
import importlib.util
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("compare_tj", os.path.join(HERE, "compare-tj.py"))
compare_tj = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare_tj)


def span(start, last, cal):
    """Working days from `start` through `last` on the .tjp calendar."""
    weekends, off, makeup = cal
    day, count = start, 0
    while day <= last:
        if day in makeup or not (day.weekday() in weekends or day in off):
            count += 1
        day += datetime.timedelta(days=1)
    return count


def tj_finish(path):
    """The last day any task of TaskJuggler's report works."""
    last = None
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            moment = datetime.datetime.strptime(row["End"], "%Y-%m-%d %H:%M")
            day = moment.date() - datetime.timedelta(days=1) if moment.hour <= 9 else moment.date()
            last = day if last is None or day > last else last
    return last


def main() -> int:
    bench, work = sys.argv[1], sys.argv[2]
    tasks = sys.argv[3] if len(sys.argv) > 3 else "1000"
    seeds = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    role_counts = sys.argv[5:] or ["5", "20"]
    date = datetime.date.fromisoformat
    print("| roles | seed | cycleplan | first pass | TaskJuggler | lower bound | ours / TJ | ours / bound | first pass / TJ | rule kept |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    summary = {}
    for roles in role_counts:
        rows = []
        for seed in range(1, seeds + 1):
            base = os.path.join(work, f"lv{roles}-{seed}")
            line = subprocess.run([bench, "tj-level", tasks, roles, str(seed), base], check=True,
                                  capture_output=True, text=True).stdout.split()
            fields = dict(zip(line[0::2], line[1::2]))
            subprocess.run(["tj3", "--no-color", os.path.basename(base) + ".level.tjp"], cwd=work, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cal = compare_tj.calendar(base + ".level.tjp")
            start = date(fields["start"])
            ours = span(start, date(fields["finish"]), cal)
            first = span(start, date(fields["serial"]), cal)
            theirs = span(start, tj_finish(os.path.join(work, "tj-dates.csv")), cal)
            bound = int(fields["bound"])
            rows.append((ours / theirs, ours / bound, first / theirs))
            print(f"| {roles} | {seed} | {ours} | {first} | {theirs} | {bound} | {ours / theirs:.3f} | "
                  f"{ours / bound:.3f} | {first / theirs:.3f} | {fields['rule']} |", flush=True)
        summary[roles] = rows
    print()
    print("| roles | ours / TJ mean | worst | ours / bound mean | worst | first pass / TJ mean | worst |")
    print("|---|---|---|---|---|---|---|")
    for roles, rows in summary.items():
        columns = list(zip(*rows))
        cells = []
        for column in columns:
            cells += [f"{sum(column) / len(column):.3f}", f"{max(column):.3f}"]
        print(f"| {roles} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

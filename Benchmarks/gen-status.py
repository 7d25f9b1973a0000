#!/usr/bin/env python3
"""Writes a status file for a generated plan (benchmark tooling): reads the plan's schedule
as CSV (`cycleplan schedule PLAN --format csv`) on standard input, takes as the status date
the day by which SHARE of the tasks finish on plan, and reports those tasks done on their
planned dates, the tasks running over that day started and half done, and the milestones
passed reached.

usage: cycleplan schedule plan.yaml --format csv | gen-status.py 0.3 > plan.status.yaml
"""
import csv
import sys


def main():
    share = float(sys.argv[1]) if len(sys.argv) > 1 else 0.3
    rows = [row for row in csv.DictReader(line.lstrip("\ufeff") for line in sys.stdin) if row["summary"] == "false"]
    tasks = [row for row in rows if row["milestone"] == "false"]
    finishes = sorted(row["finish"] for row in tasks)
    as_of = finishes[max(int(len(finishes) * share) - 1, 0)]
    out = [f"asOf: {as_of}", "tasks:"]
    done = running = 0
    for row in rows:
        if row["milestone"] == "true":
            if row["start"] <= as_of:
                out.append(f"  {row['id']}: {{reached: {row['start']}}}")
        elif row["finish"] <= as_of:
            out.append(f"  {row['id']}: {{started: {row['start']}, done: {row['finish']}}}")
            done += 1
        elif row["start"] <= as_of:
            out.append(f"  {row['id']}: {{started: {row['start']}, progress: 50%}}")
            running += 1
    sys.stdout.write("\n".join(out) + "\n")
    print(f"status on {as_of}: {done} of {len(tasks)} tasks done ({done / len(tasks):.0%}), {running} running", file=sys.stderr)


if __name__ == "__main__":
    main()

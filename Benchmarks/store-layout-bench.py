#!/usr/bin/env python3
"""SQLite's side of a bulk import into a new metrics store, per schema version (docs/benchmarks.md §5e).

    store-layout-bench.py WORK [ROWS]

Builds two stores with the `sqlite3` shell (the same library the store links): one at
migration v3 (metric as text, six indexes) and one at the current schema (v4: WITHOUT ROWID
clustered on (metric, day, import, row), metric ids, `series`), then times what the store's
bulk import asks of SQLite in one transaction: drop the observations' indexes, insert ROWS rows
(default 10,000,000: 4 metrics × 1,000 days × 2,500 combinations, in the table's order),
make the indexes again, commit. The rows are made in SQL (`generate_series`), so the parse and
the binding are not measured. The schemas are read from the migrations in SQLiteSchema.swift.
Wrap it in /tmp/quiet.sh on a shared machine.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "Sources", "MetricsStoreSQLite", "SQLiteSchema.swift")
PREFIX = """PRAGMA journal_mode=WAL;
PRAGMA cache_size=-262144;
BEGIN;
INSERT INTO imports VALUES (1, 'a.csv', 'h', 't', 1, 1, 0, 1, NULL, NULL);
INSERT INTO combinations (id, key) SELECT value, 'k' || value FROM generate_series(1, 2500);
"""
METRICS = ["new_adds", "visitors", "orders_new", "gmv_new"]


def loads(rows):
    per_metric = rows // 4
    case = "CASE value / %d %s END" % (per_metric, " ".join(f"WHEN {i} THEN '{m}'" for i, m in enumerate(METRICS)))
    day = f"19000 + (value % {per_metric}) / 2500"
    v3 = ("PRAGMA foreign_keys=ON;\n" + PREFIX + """
DROP INDEX observations_current_key; DROP INDEX observations_superseded_key; DROP INDEX observations_by_import;
DROP INDEX observations_superseded; DROP INDEX observations_current_series; DROP INDEX observations_current_combination;
.timer on
INSERT INTO observations (import_id, seq, metric, day, combination_id, value)
  SELECT 1, value, %s, %s, 1 + value %% 2500, (value %% 997) * 1.5 FROM generate_series(0, %d);
CREATE INDEX observations_by_import ON observations(import_id, seq);
CREATE INDEX observations_current_combination ON observations(combination_id, metric) WHERE superseded_by IS NULL;
CREATE INDEX observations_current_series ON observations(metric, day, import_id, seq, combination_id, value) WHERE superseded_by IS NULL;
CREATE INDEX observations_superseded ON observations(superseded_by) WHERE superseded_by IS NOT NULL;
CREATE INDEX observations_superseded_key ON observations(metric, day, combination_id, import_id) WHERE superseded_by IS NOT NULL;
CREATE UNIQUE INDEX observations_current_key ON observations(metric, day, combination_id) WHERE superseded_by IS NULL;
COMMIT;
""" % (case, day, rows - 1))
    # The current import turns foreign keys off around its transaction (its ids are its own).
    v4 = ("PRAGMA foreign_keys=OFF;\n" + PREFIX + """
INSERT INTO metrics (name) VALUES %s;
DROP INDEX observations_current_key; DROP INDEX observations_superseded_key; DROP INDEX observations_by_import;
DROP INDEX observations_superseded;
.timer on
INSERT INTO observations (metric_id, day, import_id, seq, combination_id, value)
  SELECT 1 + value / %d, %s, 1, value, 1 + value %% 2500, (value %% 997) * 1.5 FROM generate_series(0, %d);
INSERT INTO series SELECT 1 + value / 2500, 1 + value %% 2500, %d FROM generate_series(0, 9999);
CREATE INDEX observations_by_import ON observations(import_id, seq);
CREATE INDEX observations_superseded ON observations(superseded_by) WHERE superseded_by IS NOT NULL;
CREATE INDEX observations_superseded_key ON observations(metric_id, day, combination_id, import_id) WHERE superseded_by IS NOT NULL;
CREATE UNIQUE INDEX observations_current_key ON observations(metric_id, day, combination_id) WHERE superseded_by IS NULL;
COMMIT;
""" % (", ".join(f"('{m}')" for m in METRICS), per_metric, day, rows - 1, rows // 10000))
    return v3, v4


def run(work, name, schema, load):
    path = os.path.join(work, f"{name}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    subprocess.run(["sqlite3", path], input=schema, text=True, check=True, stdout=subprocess.DEVNULL)
    output = subprocess.run(["sqlite3", path], input=load, text=True, check=True, capture_output=True).stdout
    timed = load.split(".timer on", 1)[1]
    steps = [" ".join(line.split()[:3]).rstrip(";") for line in timed.splitlines()
             if line.startswith(("INSERT INTO", "CREATE", "COMMIT"))]
    times = [line for line in output.splitlines() if line.startswith("Run Time")]
    print(f"== {name}")
    for step, time in zip(steps, times):
        print(f"  {step:<45} {time}")
    print(f"  file {os.path.getsize(path) / 1e6:,.0f} MB")


def main():
    work = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000_000
    os.makedirs(work, exist_ok=True)
    with open(SCHEMA, encoding="utf-8") as f:
        migrations = re.findall(r'"""\n(.*?)"""', f.read(), re.S)
    v3, v4 = loads(rows)
    run(work, "v3", ";\n".join(migrations[:3]) + ";\n", v3)
    run(work, "v4", ";\n".join(migrations) + ";\n", v4)


if __name__ == "__main__":
    main()

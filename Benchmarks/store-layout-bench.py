#!/usr/bin/env python3
"""SQLite's side of a bulk import into a new metrics store, per schema version (docs/benchmarks.md §5e).

    store-layout-bench.py WORK [ROWS]

Builds stores with the `sqlite3` shell (the same library the store links), one per schema
version — v3 (metric as text, six indexes), v4 (WITHOUT ROWID clustered on (metric, day,
import, row), metric ids, `series`), v5 (no index by import: per-import day ranges,
`import_days`) — then times what the store's bulk import asks of SQLite in one transaction:
drop the observations' indexes, insert ROWS rows (default 10,000,000: 4 metrics × 1,000 days ×
2,500 combinations, in the table's order), make the indexes again, commit. `v5-chunked` is v5
with the rows in the order a pipelined import would insert them (each chunk of CHUNK export
rows, metric after metric, then the next chunk: four insertion points in the table instead
of one append). The rows are made in SQL (`generate_series`), so the parse and the binding are
not measured. The schemas are read from the migrations in SQLiteSchema.swift. Pick versions
with VERSIONS=v4,v5 (default: all); CHUNK defaults to 100,000 export rows.
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
    lean = ("PRAGMA foreign_keys=OFF;\n" + PREFIX + """
INSERT INTO metrics (name) VALUES %s;
DROP INDEX observations_current_key; DROP INDEX observations_superseded_key; %s
DROP INDEX observations_superseded;
.timer on
INSERT INTO observations (metric_id, day, import_id, seq, combination_id, value)
  SELECT %s FROM generate_series(0, %d);
INSERT INTO series SELECT 1 + value / 2500, 1 + value %% 2500, %d FROM generate_series(0, 9999);
%s
CREATE INDEX observations_superseded ON observations(superseded_by) WHERE superseded_by IS NOT NULL;
CREATE INDEX observations_superseded_key ON observations(metric_id, day, combination_id, import_id) WHERE superseded_by IS NOT NULL;
CREATE UNIQUE INDEX observations_current_key ON observations(metric_id, day, combination_id) WHERE superseded_by IS NULL;
COMMIT;
""")
    names = ", ".join(f"('{m}')" for m in METRICS)
    in_order = f"1 + value / {per_metric}, {day}, 1, value, 1 + value % 2500, (value % 997) * 1.5"
    v4 = lean % (names, "DROP INDEX observations_by_import;", in_order, rows - 1, rows // 10000,
                 "CREATE INDEX observations_by_import ON observations(import_id, seq);")
    ranges = "INSERT INTO import_days SELECT 1, id, 19000, 19000 + %d FROM metrics;" % (per_metric // 2500 - 1)
    v5 = lean % (names, "", in_order, rows - 1, rows // 10000, ranges)
    # Chunk after chunk of export rows, each chunk metric after metric: value -> (chunk, metric, row).
    chunk = int(os.environ.get("CHUNK", "100000"))
    row = f"((value / {4 * chunk}) * {chunk} + value % {chunk})"
    chunked = (f"1 + (value % {4 * chunk}) / {chunk}, 19000 + {row} / 2500, 1, value, 1 + {row} % 2500, "
               f"({row} % 997) * 1.5")
    v5_chunked = lean % (names, "", chunked, rows - 1, rows // 10000, ranges)
    return v3, v4, v5, v5_chunked


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
    v3, v4, v5, v5_chunked = loads(rows)
    schema = lambda n: ";\n".join(migrations[:n]) + ";\n"
    chosen = os.environ.get("VERSIONS", "v3,v4,v5,v5-chunked").split(",")
    for name, count, load in (("v3", 3, v3), ("v4", 4, v4), ("v5", 5, v5), ("v5-chunked", 5, v5_chunked)):
        if name in chosen:
            run(work, name, schema(count), load)

if __name__ == "__main__":
    main()

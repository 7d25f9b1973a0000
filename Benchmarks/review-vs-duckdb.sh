#!/usr/bin/env bash
# The review of a generated actuals CSV against DuckDB reading and grouping the same file,
# side by side in one run (docs/benchmarks.md, section 3f):
#   - gen-actuals.py writes 1,000 days × STORES stores (1,000 stores: 1,000,000 rows, 48 MB);
#   - `cycleplan review review-1000d.yaml --actuals FILE -o review.json` (release build) with
#     the whole import accounting (every cell's role, rejected rows, coverage, overlaps);
#   - DuckDB from PyPI (`pip install duckdb`): read_csv + group-by per day and A/B group,
#     and per (day, store, group) key, each in a fresh process (review-vs-duckdb.py);
# RUNS runs of each, interleaved, so load that comes and goes hits all alike; prints each
# run and the medians of wall time, CPU (user + sys) and peak RSS (/usr/bin/time), and the
# load average before and after.
#   STORES="1000 2000 5000" RUNS=5 Benchmarks/review-vs-duckdb.sh
set -euo pipefail
cd "$(dirname "$0")"
STORES=${STORES:-1000}
RUNS=${RUNS:-5}
SCRATCH=${SCRATCH:-.build}
python3 -c "import duckdb" 2>/dev/null || pip install --quiet duckdb
(cd .. && swift build -c release --scratch-path "$SCRATCH" --product cycleplan 2>&1 | tail -1)
CYCLEPLAN=$(cd .. && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/cycleplan
WORK=${WORK:-$(mktemp -d)}
trap 'rm -rf "$WORK"' EXIT
# The plan, with the shared metrics it includes beside it.
mkdir -p "$WORK/shared"
cp review-1000d.yaml "$WORK/"
cp ../plans/shared/metrics-aarrr.yaml "$WORK/shared/"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); duckdb $(python3 -c 'import duckdb; print(duckdb.__version__)')"

# One measured run: prints "wall cpu rss_kb" of the command.
measure() {
  /usr/bin/time -o "$WORK/time.txt" -f "%e %U %S %M" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" || {
    echo "failed: $*" >&2; tail -5 "$WORK/err.txt" >&2; return 1; }
  awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4}' "$WORK/time.txt"
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

for stores in $STORES; do
  csv="$WORK/actuals-$stores.csv"
  python3 gen-actuals.py csv "$csv" 1000 "$stores"
  echo "== $((stores * 1000)) rows, $(($(stat -c %s "$csv") / 1000000)) MB"
  : >"$WORK/ours.txt"; : >"$WORK/day.txt"; : >"$WORK/key.txt"
  for run in $(seq "$RUNS"); do
    measure "$CYCLEPLAN" review "$WORK/review-1000d.yaml" --actuals "$csv" -o "$WORK/review.json" >>"$WORK/ours.txt"
    measure python3 review-vs-duckdb.py "$csv" day >>"$WORK/day.txt"
    day_query=$(grep -o 'query [0-9.]* s' "$WORK/out.txt")
    measure python3 review-vs-duckdb.py "$csv" key >>"$WORK/key.txt"
    key_query=$(grep -o 'query [0-9.]* s' "$WORK/out.txt")
    echo "run $run: cycleplan $(tail -1 "$WORK/ours.txt") | duckdb day $(tail -1 "$WORK/day.txt") ($day_query) | duckdb key $(tail -1 "$WORK/key.txt") ($key_query)   [wall s, cpu s, rss KB]"
  done
  # The review used every row: its accounting, and the check sums both sides agree on.
  python3 - "$WORK/review.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
imports = report.get("import", {})
print("cycleplan accounting: rows read", imports.get("rowsRead"), "used", imports.get("rowsUsed"),
      "rejected", imports.get("rowsRejected"), "issues", len(imports.get("issues", [])))
PY
  cat "$WORK/out.txt"
  for side in ours day key; do
    name=$([ "$side" = ours ] && echo "cycleplan review" || echo "duckdb $side")
    printf '%-18s median of %d: wall %s s, cpu %s s, peak RSS %s MB\n' "$name" "$RUNS" \
      "$(cut -d' ' -f1 "$WORK/$side.txt" | median)" "$(cut -d' ' -f2 "$WORK/$side.txt" | median)" \
      "$(cut -d' ' -f3 "$WORK/$side.txt" | median | awk '{printf "%.0f", $1 / 1024}')"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

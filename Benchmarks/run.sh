#!/usr/bin/env bash
# Reproduces the figures in docs/benchmarks.md (release builds, generated plans):
#  1. load + validate of a 100,000-task plan (~150,000 dependencies) against a bare libyaml
#     event scan of the same file in the same process, and peak memory in a fresh process;
#  2. scheduling alone: CPM on 100,000 tasks, CPM + leveling on 10,000 tasks over 20 roles,
#     and on 10,000 tasks over 20 roles of 60 listed people with leave of their own;
#  3. SVG and HTML rendering of 10,000 tasks, and the HTML page opened in headless Chromium;
#  3f. the new formats: XLSX of the 10,000-task plan, PDF and PNG of plans/campaign.yaml
#     (the whole command, median of RUNS; the PDF and PNG include rsvg-convert);
#  3c. actuals: a 1,000,000-row CSV and a 100,000-row XLSX imported (gen-actuals.py writes
#     them), and the review of plans/cycle.yaml over the million rows;
#  4. the whole `cycleplan schedule --format json` on 100,000 tasks (time and peak memory);
#  4b. the whole `cycleplan status` on the same plan with a saved baseline and 30 % of the
#     tasks done (gen-status.py writes the status file from the schedule);
#  3f. with DUCKDB=1, the review of the million-row CSV against DuckDB reading and grouping
#     it, side by side (review-vs-duckdb.sh, which also runs alone);
#  5s. with STORE=1, the metrics store: 10M observations imported into SQLite, reviews from
#     it and from a 1M one (peak memory), and with a PostgreSQL server a review from a
#     50M-row warehouse table (store-bench.py, gen-warehouse.sql);
#  5. with TJ=1, TaskJuggler (apt-get install tj3) on the same generated plans: dates
#     compared task by task, and the time of each; then the leveled finish against
#     TaskJuggler's and the lower bound on 10 plans of 1,000 tasks with 5 roles and 10 with
#     20 (level-vs-tj.py; about 20 tj3 runs of 10-30 s each).
set -euo pipefail
cd "$(dirname "$0")"
TASKS=${TASKS:-100000}
RUNS=${RUNS:-7}
# The main package's build folder (SwiftPM's --scratch-path), e.g. .build-perf to leave
# another build of the same checkout alone.
SCRATCH=${SCRATCH:-.build}
TJ_SIZES=${TJ_SIZES:-"1000 10000"}
../scripts/bootstrap.sh >/dev/null
swift build -c release --product plan-bench 2>&1 | tail -1
(cd .. && swift build -c release --scratch-path "$SCRATCH" --product cycleplan 2>&1 | tail -1)
BENCH=$(swift build -c release --show-bin-path)/plan-bench
CYCLEPLAN=$(cd .. && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/cycleplan
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== 1. load + validate"
"$BENCH" generate "$TASKS" "$WORK/plan.yaml"
"$BENCH" compare "$WORK/plan.yaml" "$RUNS"
"$BENCH" load "$WORK/plan.yaml"

echo "== 2. scheduling alone"
"$BENCH" schedule "$WORK/plan.yaml" 3
"$BENCH" generate 10000 "$WORK/plan10k.yaml" >/dev/null
"$BENCH" schedule "$WORK/plan10k.yaml" "$RUNS"
"$BENCH" generate-people 10000 "$WORK/people10k.yaml"
"$BENCH" schedule "$WORK/people10k.yaml" "$RUNS"

echo "== 3. charts (10,000 tasks)"
"$BENCH" render "$WORK/plan10k.yaml" "$RUNS"
"$CYCLEPLAN" gantt "$WORK/plan10k.yaml" -o "$WORK/chart10k.html"
if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/profile" --virtual-time-budget=60000 \
    --dump-dom "file://$WORK/chart10k.html#selftest" 2>/dev/null \
    | grep -o '"readyMilliseconds":[0-9]*' | sed 's/^/HTML in headless Chromium, 10,000 tasks: /'
fi

echo "== 3f. XLSX (10,000 tasks), PDF and PNG (campaign): the whole command, median of $RUNS"
# plan:extension[:paper] — with a paper, the chart printed on it (pages at 6 pt, one PDF).
for target in "$WORK/plan10k.yaml:xlsx" "../plans/campaign.yaml:pdf" "../plans/campaign.yaml:png" \
              "../plans/campaign.yaml:pdf:a4" "../docs/gallery/stress/stress-500.yaml:pdf:a4"; do
  IFS=: read -r plan ext paper <<<"$target"
  python3 - "$CYCLEPLAN" "$plan" "$WORK/out.$ext" "$RUNS" "$paper" <<'PY'
import os, resource, statistics, subprocess, sys, time
binary, plan, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
paper = ["--paper", sys.argv[5]] if sys.argv[5] else []
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary, "gantt", plan, *paper, "-o", out], check=True, capture_output=True)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of cycleplan and, for PDF/PNG, of rsvg-convert (a grandchild, reaped by cycleplan).
    cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
pages = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout.split("Pages:")[-1].split()[0] if out.endswith(".pdf") else "1"
print(f"gantt {plan.rsplit('/', 1)[-1]} {' '.join(paper)} -o {out.rsplit('/', 1)[-1]} ({pages} pages): wall median {statistics.median(walls):.2f} s "
      f"(min {min(walls):.2f}, max {max(walls):.2f}), CPU median {statistics.median(cpus):.2f} s, "
      f"{os.path.getsize(out):,} bytes, load {os.getloadavg()[0]:.1f}")
PY
done

echo "== 3c. actuals: CSV import (1,000,000 rows), XLSX import (100,000 rows), review"
python3 gen-actuals.py csv "$WORK/actuals.csv" 1000 1000
python3 gen-actuals.py xlsx "$WORK/actuals.xlsx" 100 1000
"$BENCH" actuals ../plans/cycle.yaml "$WORK/actuals.csv" "$RUNS"
"$BENCH" actuals ../plans/cycle.yaml "$WORK/actuals.xlsx" "$RUNS"
"$BENCH" review ../plans/cycle.yaml "$WORK/actuals.csv" 3
# Peak memory of one CSV import in a fresh process, as the target is stated.
"$BENCH" actuals ../plans/cycle.yaml "$WORK/actuals.csv" 1

if [ "${DUCKDB:-0}" = "1" ]; then
  echo "== 3f. review vs DuckDB"
  SCRATCH="$SCRATCH" RUNS=5 ./review-vs-duckdb.sh
fi

echo "== 4. the whole command (median of $RUNS, CPU = user + sys, with the load average)"
python3 - "$CYCLEPLAN" "$WORK/plan.yaml" "$WORK/schedule.json" "$RUNS" <<'PY'
import os, resource, statistics, subprocess, sys, time
binary, plan, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
walls, cpus, rss = [], [], 0
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary, "schedule", plan, "--format", "json", "-o", out], check=True, capture_output=True)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    rss = max(rss, after.ru_maxrss)
print(f"schedule --format json, {os.path.basename(plan)}: wall median {statistics.median(walls):.2f} s "
      f"(min {min(walls):.2f}, max {max(walls):.2f}), CPU median {statistics.median(cpus):.2f} s "
      f"(min {min(cpus):.2f}), peak RSS {rss // 1024} MB, load {os.getloadavg()[0]:.1f}")
PY

echo "== 4b. status, 30 % done"
"$CYCLEPLAN" baseline save "$WORK/plan.yaml" --name 初版 >/dev/null
"$CYCLEPLAN" schedule "$WORK/plan.yaml" --format csv | python3 gen-status.py 0.3 > "$WORK/plan.status.yaml"
for ext in txt json; do
  /usr/bin/time -f "status -o status.$ext, $TASKS tasks, 30 % done: %e s wall, peak RSS %M KB" \
    "$CYCLEPLAN" status "$WORK/plan.yaml" -o "$WORK/status.$ext" >/dev/null 2>"$WORK/status.err"
  tail -1 "$WORK/status.err"
done
/usr/bin/time -f "gantt --status (SVG), $TASKS tasks: %e s wall, peak RSS %M KB" \
  "$CYCLEPLAN" gantt "$WORK/plan.yaml" --status "$WORK/plan.status.yaml" -o "$WORK/tracked.svg" 2>&1 >/dev/null | tail -1

if [ "${STORE:-0}" = "1" ]; then
  # The metrics store at the issue's sizes (docs/benchmarks.md section 5): 10M observations
  # into SQLite, reviews from it, and, with a server (eval "$(../scripts/postgres.sh start)"),
  # a 50M-row warehouse table made by gen-warehouse.sql (about 4 minutes, 3.6 GB).
  echo "== 5s. metrics store"
  if [ -n "${CYCLEPLAN_TEST_POSTGRES_URL:-}" ] && [ "${WAREHOUSE_ROWS:-1}" != "0" ]; then
    PGPASSWORD="$CYCLEPLAN_TEST_POSTGRES_PASSWORD" python3 - "$CYCLEPLAN_TEST_POSTGRES_URL" <<'PY'
import subprocess, sys, urllib.parse
url = urllib.parse.urlsplit(sys.argv[1])
subprocess.run(["psql", "-X", "-q", "-h", url.hostname, "-p", str(url.port or 5432), "-U", url.username, "-d", url.path[1:],
                "-v", "days=1000", "-v", "stores=50000", "-v", "schema=bench", "-f", "gen-warehouse.sql"], check=True)
PY
  fi
  python3 store-bench.py "$CYCLEPLAN" "$WORK/store" "${STORE_RUNS:-5}"
fi

if [ "${TJ:-0}" = "1" ]; then
  echo "== 5. TaskJuggler"
  for size in $TJ_SIZES; do
    "$BENCH" tjp "$size" "$WORK/tj$size" >/dev/null
    (cd "$WORK" && /usr/bin/time -f "tj3, $size tasks, CPM: %e s, peak RSS %M KB" tj3 --no-color "tj$size.cpm.tjp" >/dev/null)
    # (time writes to a file: the command's own warnings on stderr are not wanted)
    /usr/bin/time -o "$WORK/time.txt" -f "cycleplan, $size tasks, CPM: %e s, peak RSS %M KB" \
      "$CYCLEPLAN" schedule "$WORK/tj$size.yaml" --no-level --format csv -o "$WORK/ours$size.csv" 2>/dev/null
    cat "$WORK/time.txt"
    python3 compare-tj.py "$WORK/ours$size.csv" "$WORK/tj-dates.csv" "$WORK/tj$size.cpm.tjp"
  done
  echo "== 5b. leveled finish against TaskJuggler and the lower bound"
  python3 level-vs-tj.py "$BENCH" "$WORK" 1000 10 5 20
fi

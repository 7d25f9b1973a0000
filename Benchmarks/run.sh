#!/usr/bin/env bash
# Reproduces the figures in docs/benchmarks.md (release builds, generated plans):
#  1. load + validate of a 100,000-task plan (~150,000 dependencies) against a bare libyaml
#     event scan of the same file in the same process, and peak memory in a fresh process;
#  2. scheduling alone: CPM on 100,000 tasks, CPM + leveling on 10,000 tasks over 20 roles;
#  3. SVG and HTML rendering of 10,000 tasks, and the HTML page opened in headless Chromium;
#  4. the whole `cycleplan schedule --format json` on 100,000 tasks (time and peak memory);
#  5. with TJ=1, TaskJuggler (apt-get install tj3) on the same generated plans: dates
#     compared task by task, and the time of each.
set -euo pipefail
cd "$(dirname "$0")"
TASKS=${TASKS:-100000}
RUNS=${RUNS:-7}
TJ_SIZES=${TJ_SIZES:-"1000 10000"}
../scripts/bootstrap.sh >/dev/null
swift build -c release --product plan-bench 2>&1 | tail -1
(cd .. && swift build -c release --product cycleplan 2>&1 | tail -1)
BENCH=$(swift build -c release --show-bin-path)/plan-bench
CYCLEPLAN=$(cd .. && swift build -c release --show-bin-path)/cycleplan
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

echo "== 3. charts (10,000 tasks)"
"$BENCH" render "$WORK/plan10k.yaml" "$RUNS"
"$CYCLEPLAN" gantt "$WORK/plan10k.yaml" -o "$WORK/chart10k.html"
if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/profile" --virtual-time-budget=60000 \
    --dump-dom "file://$WORK/chart10k.html#selftest" 2>/dev/null \
    | grep -o '"readyMilliseconds":[0-9]*' | sed 's/^/HTML in headless Chromium, 10,000 tasks: /'
fi

echo "== 3c. actuals import (1,000,000 rows)"
python3 - "$WORK/actuals.csv" <<'PY'
import datetime, random, sys
random.seed(1)
start = datetime.date(2024, 1, 1)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("日期,门店,新增好友,新客访客数,新客订单数,新客成交额\n")
    for day in range(1000):
        d = start + datetime.timedelta(days=day)
        for store in range(1000):
            f.write(f"{d.year}/{d.month}/{d.day},门店{store},{random.randint(10,90)},\"{random.randint(1000,9999):,}\",{random.randint(1,50)},\"¥{random.uniform(100,9000):,.2f}\"\n")
PY
"$BENCH" actuals ../plans/cycle.yaml "$WORK/actuals.csv" 3

echo "== 4. the whole command"
/usr/bin/time -f "schedule --format json, $TASKS tasks: %e s wall, peak RSS %M KB" \
  "$CYCLEPLAN" schedule "$WORK/plan.yaml" --format json -o "$WORK/schedule.json"

if [ "${TJ:-0}" = "1" ]; then
  echo "== 5. TaskJuggler"
  for size in $TJ_SIZES; do
    "$BENCH" tjp "$size" "$WORK/tj$size" >/dev/null
    (cd "$WORK" && /usr/bin/time -f "tj3, $size tasks, CPM: %e s, peak RSS %M KB" tj3 --no-color "tj$size.cpm.tjp" >/dev/null)
    /usr/bin/time -f "cycleplan, $size tasks, CPM: %e s, peak RSS %M KB" \
      "$CYCLEPLAN" schedule "$WORK/tj$size.yaml" --no-level --format csv -o "$WORK/ours$size.csv" 2>/dev/null
    python3 compare-tj.py "$WORK/ours$size.csv" "$WORK/tj-dates.csv" "$WORK/tj$size.cpm.tjp"
  done
fi

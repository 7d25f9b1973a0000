#!/usr/bin/env bash
# The main job, build included, on a worked example: validate the Double 11 campaign canvas
# (plans/campaign.yaml) and print its overview, schedule it, write its Gantt chart (SVG and
# interactive HTML), then review it against the campaign's actual exports
# (examples/campaign-review) and write the review report (HTML and Markdown), and run one
# week of a campaign (examples/cny-2027: the status, the weekly report, the tracked chart).
# Everything lands in out/.
#
#   ./scripts/demo.sh                    # the campaign and its review
#   ./scripts/demo.sh plans/cycle.yaml   # another plan: validate, schedule, chart
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
swift build -c release --product cycleplan 2>&1 | tail -1
BIN=$(swift build -c release --show-bin-path)/cycleplan
PLAN=${1:-plans/campaign.yaml}
NAME=$(basename "$PLAN" .yaml)
mkdir -p out

echo "== 1. validate"
"$BIN" validate --summary "$PLAN"
echo
echo "== 2. schedule"
"$BIN" schedule "$PLAN"
echo
echo "== 3. Gantt chart"
"$BIN" gantt "$PLAN" -o "out/$NAME.svg"
"$BIN" gantt "$PLAN" -o "out/$NAME.html"
echo "wrote out/$NAME.svg and out/$NAME.html (open the HTML in a browser)"

if [ "$PLAN" = "plans/campaign.yaml" ] && [ $# -eq 0 ]; then
  echo
  echo "== 4. review (复盘) against examples/campaign-review"
  ACTUALS=(examples/campaign-review/sales.csv examples/campaign-review/coupon_test.csv examples/campaign-review/content.csv)
  "$BIN" review "$PLAN" --actuals "${ACTUALS[@]}" -o "out/$NAME-review.html"
  "$BIN" review "$PLAN" --actuals "${ACTUALS[@]}" -o "out/$NAME-review.md" >/dev/null 2>&1
  echo "wrote out/$NAME-review.html and out/$NAME-review.md"
  echo
  echo "== 5. status: the Spring Festival 2027 campaign on 22 January (examples/cny-2027)"
  CNY=examples/cny-2027
  "$BIN" status "$CNY/cny-2027.yaml" --status "$CNY/status-W04.yaml" -o out/cny-2027-W04.md 2>/dev/null
  "$BIN" gantt "$CNY/cny-2027.yaml" --status "$CNY/status-W04.yaml" -o out/cny-2027-W04.svg 2>/dev/null
  echo "wrote out/cny-2027-W04.md (the weekly report) and out/cny-2027-W04.svg (the chart as it stands)"
fi

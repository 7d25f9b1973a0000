#!/usr/bin/env bash
# The main job on a shipped plan, build included: validate the IP campaign canvas, print its
# overview (phases, tasks, roles, metrics, targets) and its schedule, and write its Gantt
# chart as SVG and interactive HTML into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
swift build -c release --product cycleplan 2>&1 | tail -1
BIN=$(swift build -c release --show-bin-path)/cycleplan
PLAN=${1:-plans/campaign.yaml}
"$BIN" validate --summary "$PLAN"
echo
"$BIN" schedule "$PLAN"
mkdir -p out
NAME=$(basename "$PLAN" .yaml)
"$BIN" gantt "$PLAN" -o "out/$NAME.svg"
"$BIN" gantt "$PLAN" -o "out/$NAME.html"
echo
echo "Gantt chart: out/$NAME.svg and out/$NAME.html (open the HTML in a browser)"

#!/usr/bin/env bash
# The main job on a shipped plan, build included: validate the IP campaign canvas, print its
# overview (phases, tasks, roles, metrics, targets), then its schedule.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
swift build -c release --product cycleplan 2>&1 | tail -1
BIN=$(swift build -c release --show-bin-path)/cycleplan
PLAN=${1:-plans/campaign.yaml}
"$BIN" validate --summary "$PLAN"
echo
"$BIN" schedule "$PLAN"

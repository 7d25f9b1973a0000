#!/usr/bin/env bash
# Reproduces the figures in docs/benchmarks.md: release build, a generated 100,000-task plan
# (~150,000 dependencies), load + validate against a bare libyaml event scan of the same
# file in the same process, and peak memory of a single load in a fresh process.
set -euo pipefail
cd "$(dirname "$0")"
TASKS=${TASKS:-100000}
RUNS=${RUNS:-7}
../scripts/bootstrap.sh >/dev/null
swift build -c release --product plan-bench 2>&1 | tail -1
BIN=$(swift build -c release --show-bin-path)/plan-bench
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BIN" generate "$TASKS" "$WORK/plan.yaml"
"$BIN" compare "$WORK/plan.yaml" "$RUNS"
"$BIN" load "$WORK/plan.yaml"
"$BIN" scan "$WORK/plan.yaml"

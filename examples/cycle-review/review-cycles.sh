#!/bin/sh
# Rebuilds the cycle-over-cycle example: imports the four earlier months (history/) and
# December (actuals.csv) into a SQLite store, then writes the committed reports.
#   examples/cycle-review/review-cycles.sh [STORE]
# STORE defaults to examples/cycle-review/metrics.sqlite (not committed: this script rebuilds
# it). CYCLEPLAN names the binary (default: .build/debug/cycleplan, else cycleplan on PATH).
set -eu
cd "$(dirname "$0")/../.."
store=${1:-examples/cycle-review/metrics.sqlite}
cycleplan=${CYCLEPLAN:-.build/debug/cycleplan}
[ -x "$cycleplan" ] || cycleplan=cycleplan
rm -f "$store" "$store-wal" "$store-shm"
"$cycleplan" actuals import examples/cycle-review/history/actuals-2025-12.csv examples/cycle-review/history/actuals-2026-09.csv \
    examples/cycle-review/history/actuals-2026-10.csv examples/cycle-review/history/actuals-2026-11.csv \
    examples/cycle-review/actuals.csv --plan plans/cycle.yaml --store "$store"
for ext in md html; do
    "$cycleplan" review plans/cycle.yaml --store "$store" --shift 1cycle --shift 1y --trend 4 \
        -o "examples/cycle-review/review-cycles.$ext" >/dev/null
done

#!/usr/bin/env bash
# Every test: the Swift suites (unit, fixtures, the CLI run as a user would), then the
# JSON Schema checked against the shipped plans with a real validator.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh --test || exit 1
swift build --build-tests || exit 1
log=$(mktemp)
swift test --skip-build >"$log" 2>&1
swift_status=$?
# Drop the per-test "started" lines; keep results, failures and the closing summary.
grep -vE "^(◇ Test .* started|Test Case .* started)" "$log"
rm -f "$log"
python3 Tests/schema/check_schema.py .
schema_status=$?
[ "$swift_status" -eq 0 ] && [ "$schema_status" -eq 0 ]

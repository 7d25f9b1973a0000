#!/usr/bin/env bash
# Every test: the Swift suites (unit, fixtures, the CLI run as a user would), then checks
# with independent readers: the JSON Schema with Python's jsonschema, the iCalendar export
# with the icalendar package, the PlantUML export with plantuml itself, the MS Project XML
# with MPXJ, the XLSX workbook with openpyxl and LibreOffice, the PDF and PNG charts with
# poppler (pdftoppm, pdffonts, pdftotext), the HTML chart (its self-test, and its controls used
# with real keys, typing, clicks and downloads) and the Mermaid text (rendered by Mermaid) in
# headless Chromium; and the HTML chart's own JavaScript with node's built-in
# test runner (Tests/js).
# The PostgreSQL store's tests run against a server scripts/postgres.sh starts and stops.
# Last, a bounded fuzzing run: every fuzz target for FUZZ_SECONDS (default 60; 0 skips it),
# FUZZ_PARALLEL (default 2) at a time; any crash, hang or memory blowup fails the script.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh --test || exit 1
swift build --build-tests || exit 1
# A real PostgreSQL server for the metrics store's shared suite, stopped whatever happens;
# CYCLEPLAN_REQUIRE_POSTGRES turns a missing server into failures instead of skipped tests.
postgres_env=$(./scripts/postgres.sh start) || exit 1
eval "$postgres_env"
trap './scripts/postgres.sh stop "$CYCLEPLAN_PG_DIR"' EXIT
export CYCLEPLAN_REQUIRE_POSTGRES=1
log=$(mktemp)
# The suites write thousands of scratch plans, stores and outputs; they go to a folder of
# this run's, removed afterwards, not left behind in /tmp.
test_tmp=$(mktemp -d)
TMPDIR="$test_tmp" swift test --skip-build >"$log" 2>&1
swift_status=$?
rm -rf "$test_tmp"
# Drop the per-test "started" lines; keep results, failures and the closing summary.
grep -vE "^(◇ Test .* started|Test Case .* started)" "$log"
rm -f "$log"
python3 Tests/schema/check_schema.py .
schema_status=$?
# The HTML chart's own JavaScript, as the binary embeds it (Sources/PlanRendering/Assets).
node --test Tests/js
js_status=$?
python3 Tests/interop/check_exports.py "$(swift build --show-bin-path)/cycleplan" .
exports_status=$?
python3 Tests/interop/check_msproject.py "$(swift build --show-bin-path)/cycleplan" .
msproject_status=$?
python3 Tests/interop/check_xlsx.py "$(swift build --show-bin-path)/cycleplan" .
xlsx_status=$?
python3 Tests/interop/check_raster.py "$(swift build --show-bin-path)/cycleplan" .
raster_status=$?
python3 Tests/interop/check_html.py "$(swift build --show-bin-path)/cycleplan" .
html_status=$?
python3 Tests/interop/check_chart_marks.py "$(swift build --show-bin-path)/cycleplan" .
marks_status=$?
python3 Tests/interop/check_page.py "$(swift build --show-bin-path)/cycleplan" .
page_status=$?
python3 Tests/interop/check_mermaid.py "$(swift build --show-bin-path)/cycleplan" .
mermaid_status=$?
fuzz_status=0
if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
  FUZZ_PARALLEL=${FUZZ_PARALLEL:-2} ./scripts/fuzz.sh all "${FUZZ_SECONDS:-60}"
  fuzz_status=$?
fi
[ "$swift_status" -eq 0 ] && [ "$schema_status" -eq 0 ] && [ "$js_status" -eq 0 ] && [ "$exports_status" -eq 0 ] \
  && [ "$msproject_status" -eq 0 ] && [ "$xlsx_status" -eq 0 ] && [ "$raster_status" -eq 0 ] && [ "$html_status" -eq 0 ] \
  && [ "$marks_status" -eq 0 ] && [ "$page_status" -eq 0 ] && [ "$mermaid_status" -eq 0 ] \
  && [ "$fuzz_status" -eq 0 ]

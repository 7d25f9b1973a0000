#!/usr/bin/env bash
# Regenerates docs/gallery/: every export format for the shipped plans (XLSX and PDF too), plus PNG previews
# of the SVG charts (rsvg-convert, Debian's librsvg2-bin; CJK glyphs need fonts-noto-cjk),
# variants of the campaign chart and the 500-task stress plan. BIN=path/to/cycleplan skips
# the build. iCalendar stamps come from the last commit that touched plans/ (as
# SOURCE_DATE_EPOCH), so the gallery does not change with checkout times.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
  swift build --product cycleplan 2>&1 | tail -1
  BIN=$(swift build --show-bin-path)/cycleplan
fi
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct -- plans 2>/dev/null || echo 1791504000)
export SOURCE_DATE_EPOCH
OUT=docs/gallery
mkdir -p "$OUT"
png() { if command -v rsvg-convert >/dev/null; then rsvg-convert -o "$OUT/$1.png" "$OUT/$1.svg"; fi; }
for plan in campaign cycle store; do
  for ext in svg html mmd puml xml ics csv json xlsx pdf; do
    "$BIN" gantt "plans/$plan.yaml" -o "$OUT/$plan.$ext" --today 2026-10-15
  done
  png "$plan"
done
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-day.svg" --scale day --today 2026-10-15 && png campaign-day
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-month.svg" --scale month --today 2026-10-15 && png campaign-month
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-quarter.svg" --scale quarter --today 2026-10-15 && png campaign-quarter
# A campaign as it runs: baseline ghost bars, done parts, the status line (examples/cny-2027).
"$BIN" gantt examples/cny-2027/cny-2027.yaml --status examples/cny-2027/status-W04.yaml -o "$OUT/cny-2027-W04.svg" && png cny-2027-W04
"$BIN" gantt examples/cny-2027/cny-2027.yaml --status examples/cny-2027/status-W04.yaml -o "$OUT/cny-2027-W04.html"
# Printed on A4: pages at 6 pt with the header and labels repeated (one PDF).
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-a4.pdf" --paper a4 --today 2026-10-15
if command -v pdftoppm >/dev/null; then pdftoppm -r 100 -png "$OUT/campaign-a4.pdf" "$OUT/campaign-a4"; fi
# The same chart in English (--lang en): headers, legend, tooltips and sheet headers.
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-en.svg" --lang en --today 2026-10-15 && png campaign-en
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-en.html" --lang en --today 2026-10-15
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-en.xlsx" --lang en --today 2026-10-15
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-critical.svg" --critical --today 2026-10-15 && png campaign-critical
"$BIN" gantt plans/campaign.yaml -o "$OUT/campaign-design.svg" --role design --today 2026-10-15 && png campaign-design
"$BIN" gantt "$OUT/stress/stress-500.yaml" -o "$OUT/stress-500.svg" --today 2026-06-15
"$BIN" gantt "$OUT/stress/stress-500.yaml" -o "$OUT/stress-500.html" --today 2026-06-15
echo "wrote $OUT"

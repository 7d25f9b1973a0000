#!/usr/bin/env bash
# Regenerates docs/gallery/: every export format for the shipped plans, plus PNG previews
# of the SVG charts (rsvg-convert, Debian's librsvg2-bin; CJK glyphs need fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product cycleplan 2>&1 | tail -1
BIN=$(swift build --show-bin-path)/cycleplan
OUT=docs/gallery
mkdir -p "$OUT"
for plan in campaign cycle store; do
  for ext in svg html mmd puml xml ics csv json; do
    "$BIN" gantt "plans/$plan.yaml" -o "$OUT/$plan.$ext" --today 2026-10-15
  done
  if command -v rsvg-convert >/dev/null; then rsvg-convert -o "$OUT/$plan.png" "$OUT/$plan.svg"; fi
done
echo "wrote $OUT"

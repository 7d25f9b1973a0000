#!/usr/bin/env bash
# Installs what cycleplan needs on a fresh Debian machine, and nothing when it is already
# there: libyaml (the YAML parser we wrap), pkg-config (SwiftPM finds libyaml and zlib with
# it), zlib1g-dev (workbook entries are inflated with zlib) and libsqlite3-dev (the metrics
# store's SQLite, through GRDB).
# With --test, also what the interoperability checks use: Python's jsonschema, pyyaml,
# icalendar, MPXJ (with JPype; Java is on the machine) and Mermaid's own JavaScript (from
# PyPI's diagram-renderer), Debian's plantuml (a real reader of our PlantUML export), chromium (which
# opens the HTML chart) with fonts-noto-cjk so it draws Chinese, and poppler-utils (pdftoppm, which
# turns the printed chart into pixels), librsvg2-bin (rsvg-convert, which draws `-o plan.pdf|png`
# from the SVG; users who want PDF or PNG install it too), LibreOffice Calc and Python's openpyxl
# (both read the XLSX export back),
# and Node.js ≥ 18 (its built-in test runner runs the chart page's JavaScript unit tests,
# Tests/js; no npm packages).
set -euo pipefail
need_apt=()
pkg-config --exists yaml-0.1 2>/dev/null || need_apt+=(libyaml-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
# zlib inflates .xlsx entries as a bounded stream (docs/design.md).
pkg-config --exists zlib 2>/dev/null || need_apt+=(zlib1g-dev)
# SQLite for the metrics store (GRDB links the system's libsqlite3).
[ -f /usr/include/sqlite3.h ] || need_apt+=(libsqlite3-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi
if [ "${1:-}" = "--test" ]; then
  need_test_apt=()
  command -v plantuml >/dev/null 2>&1 || need_test_apt+=(plantuml)
  command -v chromium >/dev/null 2>&1 || need_test_apt+=(chromium)
  # node --test (Tests/js) needs Node 18 or later; Debian 12's nodejs is 18.
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' 2>/dev/null || need_test_apt+=(nodejs)
  # pdftoppm turns the printed HTML chart into pixels the print check reads.
  command -v pdftoppm >/dev/null 2>&1 || need_test_apt+=(poppler-utils)
  # Without a CJK font Chromium draws Chinese as empty boxes; check_html.py fails then.
  fc-list :lang=zh 2>/dev/null | grep -q . || need_test_apt+=(fonts-noto-cjk)
  # rsvg-convert draws the PDF and PNG charts (check_raster.py); soffice opens the XLSX
  # export (check_xlsx.py).
  command -v rsvg-convert >/dev/null 2>&1 || need_test_apt+=(librsvg2-bin)
  command -v soffice >/dev/null 2>&1 || need_test_apt+=(libreoffice-calc-nogui)
  # The PostgreSQL metrics store is tested against a real server (scripts/postgres.sh).
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_test_apt+=(postgresql)
  # The sqlite3 shell times SQLite's side of an import per schema (Benchmarks/store-layout-bench.py).
  command -v sqlite3 >/dev/null 2>&1 || need_test_apt+=(sqlite3)
  if [ ${#need_test_apt[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_test_apt[@]}" >/dev/null
  fi
  python3 -c "import jsonschema, yaml, icalendar, jpype, mpxj, openpyxl" 2>/dev/null \
    || python3 -m pip install -q --root-user-action=ignore jsonschema pyyaml icalendar JPype1 mpxj openpyxl
  # Only for its offline copy of mermaid.min.js; its own dependencies are not needed.
  python3 -c "import diagram_renderer" 2>/dev/null \
    || python3 -m pip install -q --root-user-action=ignore --no-deps diagram-renderer
fi

#!/usr/bin/env bash
# Runs the Swift test suites under a sanitizer, each in its own build folder so that the
# normal .build stays as it is.
#
#   scripts/sanitize.sh [address|thread|all] [FILTER]
#
# address: AddressSanitizer (heap/stack overflows, use after free) on every suite.
# thread:  ThreadSanitizer. Sources/ has no concurrency of its own (no tasks, queues, locks
#          or actors); the test runner runs tests in parallel, though, so this checks that
#          what they share (static tables, lazily built globals, Foundation's parsers) is
#          free of races. By default on the suites that read input (PlanModelTests,
#          PlanAnalysisTests, PlanYAMLTests); FILTER (a `swift test --filter`) picks others.
# Not part of scripts/test.sh: each needs a full build of its own (minutes) and the suite runs
# several times slower. Figures from the last run are in docs/reliability.md ("Sanitizers").
set -uo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
filter=${2:-}
case "$which" in
  address|thread) sanitizers=("$which") ;;
  all) sanitizers=(address thread) ;;
  *) echo "usage: scripts/sanitize.sh [address|thread|all] [FILTER]" >&2; exit 2 ;;
esac

status=0
for sanitizer in "${sanitizers[@]}"; do
  case "$sanitizer" in address) build=.build-asan ;; thread) build=.build-tsan ;; esac
  args=(--sanitize="$sanitizer" --build-path "$build")
  selected=()
  if [ -n "$filter" ]; then
    selected=(--filter "$filter")
  elif [ "$sanitizer" = thread ]; then
    selected=(--filter "PlanModelTests|PlanAnalysisTests|PlanYAMLTests")
  fi
  echo "sanitize.sh: building the tests with $sanitizer sanitizer into $build…"
  start=$(date +%s)
  swift build --build-tests "${args[@]}" 2>&1 | grep -E "error:|Build complete" || true
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "sanitize.sh: the $sanitizer build failed" >&2; status=1; continue; }
  built=$(date +%s)
  log="$build/sanitize-test.log"
  # Leak reports are off: the Swift runtime keeps metadata caches for the process's life,
  # which LeakSanitizer would count. halt_on_error stops at the first report, with its stack.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 TSAN_OPTIONS=halt_on_error=1 \
    swift test --skip-build "${args[@]}" "${selected[@]}" >"$log" 2>&1
  result=$?
  finished=$(date +%s)
  grep -E "^(Test Suite 'All tests'|	 Executed|✔ Test run|✘ Test run)|Sanitizer|SUMMARY" "$log" | head -20
  echo "sanitize.sh: $sanitizer: build $((built - start)) s, tests $((finished - built)) s, exit $result (log: $log)"
  if [ "$result" -ne 0 ] || grep -q "Sanitizer" "$log"; then status=1; fi
done
exit "$status"

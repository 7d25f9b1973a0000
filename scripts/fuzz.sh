#!/usr/bin/env bash
# Fuzzes cycleplan's input readers with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]
#   scripts/fuzz.sh triage [TARGET|all]     replay the saved findings, one line per cause
#
# TARGET is plan, formula, csv, xlsx, review or all (default); SECONDS is how long each
# target runs (default 1800). Targets run one after another, or FUZZ_PARALLEL at a time.
# Any crash, hang (> 10 s per input), or memory blowup (> 1 GB RSS) is a finding: its input
# is saved under Fuzz/findings/TARGET/ and the script exits 1.
#
# Environment:
#   FUZZ_PARALLEL=N     run N targets at once (default 1; each uses one core)
#   FUZZ_KEEP_GOING=1   keep fuzzing after a finding (libFuzzer's fork mode) to collect more
#                       than one; the default stops at the first, as CI wants
#   FUZZ_NO_BUILD=1     use the fuzz binaries already built
#   FUZZ_TIMEOUT=S      seconds one input may take before it counts as a hang (default 10;
#                       libFuzzer measures wall time, so raise it on a machine that is busy)
#
# The corpus each target grows is kept in Fuzz/.corpus/TARGET/ (not committed), so later runs
# start where earlier ones stopped. Seeds come from the shipped plans, fixtures and examples,
# and from Tests/Fuzz/regressions/TARGET/ (inputs that once failed, replayed by `swift test`).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${1:-all}
seconds=${2:-1800}
all_targets=(plan formula csv xlsx review)
triage=""
if [ "$target" = triage ]; then
  triage=1; target=${2:-all}; seconds=0
fi
case "$target" in
  all) targets=("${all_targets[@]}") ;;
  plan|formula|csv|xlsx|review) targets=("$target") ;;
  *) echo "usage: scripts/fuzz.sh [plan|formula|csv|xlsx|review|all] [SECONDS] | triage [TARGET]" >&2; exit 2 ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

# SwiftPM names a path dependency after its folder: a checkout itself named "fuzz" would clash
# with the Fuzz/ package.
if [ "$(basename "$root" | tr 'A-Z' 'a-z')" = "fuzz" ]; then
  echo "fuzz.sh: the checkout's folder is named '$(basename "$root")', which SwiftPM confuses with Fuzz/; clone it under another name" >&2
  exit 2
fi

# `--sanitize=fuzzer` makes SwiftPM let libFuzzer supply `main`; the swiftc flag then asks for
# both sanitizers at once, because swiftc keeps only the last of several -sanitize= flags
# (`--sanitize=fuzzer --sanitize=address` would build without coverage or without ASan).
# libFuzzer's `main` is linked into every executable, the EmbedAssets build tool included;
# CYCLEPLAN_FUZZ_BUILD lets that tool run from libFuzzer's first hook instead of its own main.
build_flags=(--package-path Fuzz --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCYCLEPLAN_FUZZ_BUILD)
if [ -z "${FUZZ_NO_BUILD:-}" ] && [ -z "$triage" ]; then
  echo "fuzz.sh: building the fuzz targets (libFuzzer + AddressSanitizer)…"
  build_log=$(mktemp)
  swift build "${build_flags[@]}" >"$build_log" 2>&1
  build_status=$?
  grep -vE "Cannot export local symbol|^\[[0-9]+/[0-9]+\]" "$build_log" | grep -E "error|warning: unre|Build complete"
  rm -f "$build_log"
  # A failed build must not fuzz the binaries an earlier build left behind.
  [ "$build_status" -eq 0 ] || { echo "fuzz.sh: the fuzz build failed" >&2; exit 1; }
fi
bin=$(swift build "${build_flags[@]}" --show-bin-path)

# Keep in step with FuzzTarget.maximumLength (Sources/PlanFuzzing/FuzzTarget.swift).
max_len() {
  case "$1" in
    formula) echo 4096 ;;
    plan) echo 16384 ;;
    csv|review) echo 24576 ;;
    xlsx) echo 65536 ;;
  esac
}

# Seed files for a target, one path a line.
seeds() {
  case "$1" in
    plan) ls plans/*.yaml plans/shared/*.yaml Tests/PlanModelTests/Fixtures/*/*.yaml Tests/PlanRenderingTests/Fixtures/*.yaml ;;
    formula) ;; # written by seed_formulas
    csv) ls examples/*/*.csv ;;
    xlsx) ls examples/*/*.xlsx ;;
    review) ls examples/campaign-review/*.csv examples/campaign-review/*.xlsx ;;
  esac 2>/dev/null
}

# Every formula in the shipped plans and fixtures, one seed file each.
seed_formulas() {
  local into=$1 n=0
  grep -rhoE "formula: *[^#{}]+" plans Tests/PlanModelTests/Fixtures 2>/dev/null | sed -E 's/^formula: *//; s/ *$//' | sort -u |
    while IFS= read -r formula; do
      n=$((n + 1)); printf '%s' "$formula" >"$into/formula-$n"
    done
}

# What a saved input does: the fatal error or sanitizer report, and the first frame outside
# the fuzz harness (demangled), by replaying it once.
describe() {
  local t=$1 file=$2 out what frame
  out=$(FUZZ_REPLAY=1 SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 CYCLEPLAN_ROOT="$root" \
    timeout 120 "$bin/fuzz-$t" -rss_limit_mb=1024 -malloc_limit_mb=1024 -timeout="${FUZZ_TIMEOUT:-10}" -runs=1 "$file" 2>&1)
  [ $? -eq 124 ] && { echo "hang (no result in 120 s)"; return; }
  what=$(echo "$out" | grep -m1 -oE "Fatal error: .*|broken promise: .*|ERROR: AddressSanitizer: [a-z-]+|ERROR: libFuzzer: [a-z -]+|ALARM: .*|out-of-memory.*" )
  frame=$(echo "$out" | grep -E "^ +#[0-9]+ .* in \\\$s" | grep -E " /[^ ]*/(Sources|checkouts)/" | grep -vE "PlanFuzzing|FuzzDriver|fuzz-[a-z]+/" | head -1 |
    sed -E 's/^ +#[0-9]+ 0x[0-9a-f]+ in ([^ ]+) (.*)$/\1 \2/')
  if [ -n "$frame" ]; then
    frame="$(echo "${frame%% *}" | swift demangle --simplified --compact 2>/dev/null | cut -c1-120) at ${frame##*/}"
  fi
  echo "${what:-no longer fails}${frame:+ — $frame}"
}

# One line per distinct cause among a target's saved findings (the error and the first frame
# outside the harness), oldest input first, with how many inputs share it. slow-unit-* files
# repeat a timeout's input; the timeout-* file stands for them.
triage_target() {
  local t=$1 file cause findings="Fuzz/findings/$1"
  local -A first=() count=()
  local order=()
  [ -d "$findings" ] || return 0
  local key
  local -A shown=()
  for file in $(ls -tr "$findings" | grep -v "^slow-unit-"); do
    cause=$(describe "$t" "$findings/$file")
    # "210 rows rejected…" and "3 rows rejected…" are one cause: counts in the message (not
    # the frame's line numbers) are left out of the key.
    key="$(echo "${cause%% — *}" | sed -E 's/[0-9]+/N/g')${cause#"${cause%% — *}"}"
    if [ -z "${first[$key]:-}" ]; then first[$key]=$file; shown[$key]=$cause; count[$key]=0; order+=("$key"); fi
    count[$key]=$((count[$key] + 1))
  done
  for key in "${order[@]}"; do
    echo "  $findings/${first[$key]} (${count[$key]} input(s)): ${shown[$key]}"
  done
}

run_target() {
  local t=$1 limit seeddir corpus findings log dict
  limit=$(max_len "$t")
  seeddir=$(mktemp -d)
  corpus="Fuzz/.corpus/$t"
  findings="Fuzz/findings/$t"
  mkdir -p "$corpus" "$findings"
  log="Fuzz/findings/$t.log"
  for file in $(seeds "$t"); do
    [ "$(wc -c <"$file")" -le "$limit" ] && cp "$file" "$seeddir/$(echo "$file" | tr '/' '_')"
  done
  [ "$t" = formula ] && seed_formulas "$seeddir"
  # Stored (uncompressed) cuts of the example workbooks: mutations of deflated bytes are
  # almost never workbooks.
  if [ "$t" = xlsx ] || [ "$t" = review ]; then python3 Fuzz/make_seeds.py "$seeddir" >/dev/null || return 1; fi
  if [ -d "Tests/Fuzz/regressions/$t" ]; then
    for file in "Tests/Fuzz/regressions/$t"/*; do
      [ -f "$file" ] && [ "$(basename "$file")" != README.md ] && cp "$file" "$seeddir/regression-$(basename "$file")"
    done
  fi
  dict=()
  local words="Fuzz/dictionaries/$t.dict"
  [ "$t" = review ] && words=Fuzz/dictionaries/csv.dict
  [ -f "$words" ] && dict=(-dict="$words")
  local mode=()
  [ -n "${FUZZ_KEEP_GOING:-}" ] && mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  local before
  before=$(ls "$findings" | grep -vc "^slow-unit-")
  echo "fuzz.sh: $t for ${seconds}s (max_len $limit, $(ls "$seeddir" | wc -l) seeds, corpus $(ls "$corpus" | wc -l)) → $log"
  # Leak reports are off: the Swift runtime keeps metadata caches for the process's life,
  # which LeakSanitizer counts as leaks; memory growth is caught by -rss_limit_mb instead.
  # The Swift runtime's own backtracer is off: it reads memory ASan then reports as a bug of
  # its own, and libFuzzer's handler prints the stack (symbolised) anyway.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 CYCLEPLAN_ROOT="$root" \
    "$bin/fuzz-$t" "$corpus" "$seeddir" "${dict[@]}" "${mode[@]}" -max_len="$limit" -max_total_time="$seconds" \
    -rss_limit_mb=1024 -malloc_limit_mb=1024 -timeout="${FUZZ_TIMEOUT:-10}" -detect_leaks=0 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1
  local status=$?
  rm -rf "$seeddir"
  local after
  after=$(ls "$findings" | grep -vc "^slow-unit-")
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)" "$log" | sed "s/^/  $t: /"
  if [ "$after" -gt "$before" ] || { [ "$status" -ne 0 ] && ! grep -q "^Done [0-9]* runs" "$log"; }; then
    echo "fuzz.sh: $t FOUND A PROBLEM (exit $status); see $log"
    grep -E "^==[0-9]+==ERROR|^SUMMARY|Fatal error|broken promise|ALARM|out-of-memory" "$log" | sort -u | head -6 | sed "s/^/  $t: /"
    triage_target "$t"
    return 1
  fi
  echo "fuzz.sh: $t: no findings"
  return 0
}

if [ -n "$triage" ]; then
  for t in "${targets[@]}"; do triage_target "$t"; done
  exit 0
fi

status=0
parallel=${FUZZ_PARALLEL:-1}
pids=()
for t in "${targets[@]}"; do
  run_target "$t" &
  pids+=($!)
  if [ "${#pids[@]}" -ge "$parallel" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done

if [ "$status" -ne 0 ]; then
  cat <<EOF
fuzz.sh: findings above. To reproduce one:   FUZZ_REPLAY=1 $bin/fuzz-TARGET Fuzz/findings/TARGET/crash-…
  minimise it:   $bin/fuzz-TARGET -minimize_crash=1 -runs=20000 -artifact_prefix=Fuzz/findings/TARGET/min- FILE
  keep it fixed: copy the minimised file to Tests/Fuzz/regressions/TARGET/ once it no longer fails
                 (to Tests/Fuzz/pending/TARGET/ with a line in its README.md while the fix is open);
                 \`swift test --filter FuzzRegression\` replays every regression file.
EOF
fi
exit "$status"

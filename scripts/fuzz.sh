#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang 14, ASan + UBSan) and runs each one for a
# bounded time, starting from its seed corpus (tests/fuzz/corpus/<target>/) and dictionary.
#
#   scripts/fuzz.sh            30 s per target, exploring (random seed, the corpus kept below)
#   scripts/fuzz.sh 600        10 minutes per target
#   scripts/fuzz.sh 60 fuzz_query fuzz_schedule     only these targets
#   scripts/fuzz.sh --repeatable 30   the short pass of scripts/test.sh: a fixed seed, only the
#                              committed seeds as the start and a fixed number of inputs per
#                              target (10-20 s each on two cores; cut at twice the seconds given on a
#                              slower machine). Each run then explores nearly the same inputs as the last
#                              one (libFuzzer is not exactly repeatable), whatever corpus this
#                              machine has grown: the long exploring runs find the new bugs.
#
# Everything a run produces goes under fuzz-artifacts/ (git-ignored):
#   fuzz-artifacts/<target>/         crash-*, leak-*, timeout-*, oom-* inputs that failed
#   fuzz-artifacts/corpus/<target>/  the corpus grown by the runs (kept between runs)
#   fuzz-artifacts/logs/<target>.log libFuzzer's output
# Exits non-zero when any target crashed, leaked, hung (FUZZ_TIMEOUT seconds for one input, 10 by
# default) or went over FUZZ_RSS_MB of memory (2048). Reproduce a finding with
#   build/fuzz/fuzz/<target> fuzz-artifacts/<target>/crash-...
# and turn it into a regression test in tests/unit/hardening_*.cpp.
set -uo pipefail
cd "$(dirname "$0")/.."

REPEATABLE=0
if [ "${1:-}" = "--repeatable" ]; then REPEATABLE=1; shift; fi
SECONDS_EACH=${1:-30}
shift || true
JOBS=${JOBS:-$(nproc)}
TIMEOUT=${FUZZ_TIMEOUT:-10}
RSS_MB=${FUZZ_RSS_MB:-2048}
BIN=build/fuzz/fuzz
OUT=fuzz-artifacts

# target -> dictionary (tests/fuzz/dict/)
declare -A DICT=([fuzz_registry_load]=json [fuzz_markdown_import]=markdown [fuzz_query]=query
                 [fuzz_schedule]=schedule [fuzz_recurrence]=recurrence)
# target -> inputs of a repeatable pass (10-20 s each on two cores)
declare -A RUNS=([fuzz_registry_load]=50000 [fuzz_markdown_import]=8000 [fuzz_query]=25000
                 [fuzz_schedule]=60000 [fuzz_recurrence]=150000 [fuzz_calendar_toml]=8000)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(fuzz_registry_load fuzz_markdown_import fuzz_query fuzz_schedule fuzz_recurrence
                                   fuzz_calendar_toml)

mkdir -p "$OUT/logs"
echo "fuzz: building the targets (preset fuzz)"
if ! { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j "$JOBS" --target wgf_fuzz >"$OUT/logs/build.log" 2>&1; }; then
  tail -n 40 "$OUT/logs/build.log"
  echo "fuzz: the build failed"
  exit 1
fi

failed=0
for t in "${TARGETS[@]}"; do
  if [ ! -x "$BIN/$t" ]; then echo "fuzz: $t: not built"; failed=1; continue; fi
  corpus="$OUT/corpus/$t"
  limits=(-max_total_time="$SECONDS_EACH")
  if [ $REPEATABLE -eq 1 ]; then
    corpus="$OUT/repeatable/$t"
    rm -rf "$corpus"
    limits=(-seed=1 -runs="${RUNS[$t]:-20000}" -max_total_time=$((2 * SECONDS_EACH)))
  fi
  mkdir -p "$OUT/$t" "$corpus"
  log="$OUT/logs/$t.log"
  dict=()
  [ -n "${DICT[$t]:-}" ] && dict=(-dict="tests/fuzz/dict/${DICT[$t]}.dict")
  # The first corpus folder receives new inputs; the seeds are only read.
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$BIN/$t" "${limits[@]}" -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" \
      -artifact_prefix="$OUT/$t/" -print_final_stats=1 "${dict[@]}" \
      "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  if [ $rc -ne 0 ]; then
    failed=1
    echo "fuzz: $t: FAILED (exit $rc) after ${execs:-?} runs"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz property failed|.*runtime error)' "$log" | head -n 5
    grep -E '^ +#[0-9]+ ' "$log" | head -n 12
    grep -E 'Test unit written to' "$log" | tail -n 1
    echo "   log: $log"
  else
    took=$(sed -n 's/.*Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    echo "fuzz: $t: ok, ${execs:-?} runs in ${took:-$SECONDS_EACH} s (${rate:-?}/s), coverage ${cov:-?} edges, corpus $(ls "$corpus" | wc -l) + $(ls "tests/fuzz/corpus/$t" | wc -l) seeds"
  fi
done
[ $failed -eq 0 ] && echo "fuzz: no crash, leak or hang" || echo "fuzz: failures (inputs under $OUT/)"
exit $failed

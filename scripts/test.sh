#!/usr/bin/env bash
# Runs every test of wgfinder, installing what they need first (scripts/setup.sh):
#   1. native build: doctest unit tests, command-line tests (ctest)
#   2. the same unit tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   3. web build: the unit tests as wasm under node (ctest), the widget
#   4. node tests: calendar files through a real iCalendar parser, the registry schema
#   5. browser tests: the demo page in headless Chromium (playwright-core)
#   6. the npm package: packed, installed into empty folders, `npx wgfinder`, a static and a Hugo
#      site in Chromium, the wasm command-line tool against the native one
#   7. fuzzing: every libFuzzer target, a repeatable pass of about FUZZ_SECONDS (30) seconds, ASan + UBSan
# Ends with one line "N passed, N failed" (suites); exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh || { echo "test: set-up failed"; exit 1; }
JOBS=${JOBS:-$(nproc)}
passed=0; failed=0; failures=()

step() {  # name command...
  local name=$1; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

native() { cmake --preset native >/dev/null && cmake --build --preset native -j "$JOBS" && ctest --preset native; }
# The sanitizer build is the fuzz preset's (clang 14, ASan + UBSan): one compile serves the unit
# tests here and the fuzz targets below.
asan() { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j "$JOBS" --target wgf_tests &&
         ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ./build/fuzz/wgf_tests; }
web() { ( . ./emsdk.env && cmake --preset web >/dev/null && cmake --build --preset web -j "$JOBS" &&
          ctest --preset web && ./scripts/size-report.sh build/web/site &&
          ./scripts/size-report.sh --package build/web/package ); }
nodetests() {
  # Both folders must be there: a missing test folder is a failure, not a pass.
  local files; files=$(ls tests/node/*.test.mjs tests/ics/*.test.mjs) || return 1
  # shellcheck disable=SC2086
  WGFINDER=$PWD/build/native/wgfinder node --test $files
}
browser() { WGF_SITE=$PWD/build/web/site node --test tests/browser/*.test.mjs; }
package() { WGF_PACKAGE=$PWD/build/web/package WGFINDER=$PWD/build/native/wgfinder node --test tests/package/*.test.mjs; }
fuzz() { JOBS=$JOBS ./scripts/fuzz.sh --repeatable "${FUZZ_SECONDS:-30}"; }

step "native unit and command-line tests" native
step "unit tests under ASan + UBSan" asan
step "web build and wasm unit tests under node" web
step "node tests (iCalendar, schema)" nodetests
step "browser tests (headless Chromium)" browser
step "npm package: install, npx wgfinder, static and Hugo sites" package
step "fuzzing, a short pass (scripts/fuzz.sh)" fuzz

echo
for f in "${failures[@]}"; do echo "FAILED: $f"; done
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

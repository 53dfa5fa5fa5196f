#!/usr/bin/env bash
# The query engine benchmark in one run: builds wgf_bench_query natively and as wasm, generates
# the synthetic registries (1,000 / 10,000 / 100,000 groups) and their keystrokes, measures
# wgfinder (native, and wasm under node), FlexSearch, MiniSearch and Fuse.js on them, and prints
# the table (also written to build/bench/results.md). The load path too: each registry's text to
# a searchable index (loadRegistry + SearchIndex, time and peak memory, in a process of its own),
# and the bundled registry (assets/registries/istio.json) as wasm, from the start to a search.
#
#   bench/run.sh                            all sizes (about six minutes on two quiet cores, plus builds)
#   WGF_BENCH_SIZES="1000 10000" bench/run.sh
#
# Slow engines are timed on a sample of the keystrokes at large sizes (see sampling() below); the
# table says so. Wall-clock time throughout: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${WGF_BENCH_SIZES:-"1000 10000 100000"}
OUT=build/bench
NATIVE=build/bench-native
WEB=build/bench-web
mkdir -p "$OUT/data"
RESULTS=$OUT/results.jsonl
: > "$RESULTS"
start=$(date +%s)
log() { echo "bench: $*" >&2; }

# ---- build (incremental; only the benchmark target)
log "building native"
cmake -S . -B "$NATIVE" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$NATIVE" --target wgf_bench_query -j2 >/dev/null
log "building wasm"
# shellcheck disable=SC1091
. ./emsdk.env
emcmake cmake -S . -B "$WEB" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$WEB" --target wgf_bench_query -j2 >/dev/null
[ -d node_modules/minisearch ] && [ -d node_modules/flexsearch ] && [ -d node_modules/fuse.js ] ||
  { log "node_modules is missing minisearch, flexsearch or fuse.js: run npm ci"; exit 1; }

# Which keystrokes each engine is timed on at a size. MiniSearch's short prefixes take seconds
# at 100,000 groups and Fuse.js scans every group on every query: both get an evenly spread
# sample there; wgfinder reports its latency on the same sample too, for like-for-like ratios.
sampling() {  # size -> sets EVERY, MINI, FUSE
  local n=$1
  EVERY=1; MINI=""; FUSE="--every 10 --sample-only"
  if [ "$n" -ge 50000 ]; then
    EVERY=6; MINI="--every 6 --sample-only"; FUSE="--every 400 --sample-only --labelled-max 4 --nohit-max 1 --person-max 10"
  elif [ "$n" -ge 5000 ]; then
    FUSE="--every 60 --sample-only --labelled-max 12 --nohit-max 2 --person-max 50"
  fi
}

NODE_JS=(node --expose-gc --max-old-space-size=6144)
for n in $SIZES; do
  sampling "$n"
  log "$n groups: corpus and wgfinder (native)"
  "$NATIVE/bench/wgf_bench_query" --groups "$n" --write "$OUT/data" --run --every "$EVERY" \
    --label "wgfinder (native)" >> "$RESULTS"
  log "$n groups: load path, wgfinder (native and wasm)"
  "$NATIVE/bench/wgf_bench_query" --load "$OUT/data/registry-$n.json" --groups "$n" \
    --label "wgfinder (native)" >> "$RESULTS"
  node --no-experimental-fetch "$WEB/bench/wgf_bench_query.cjs" --load "$OUT/data/registry-$n.json" --groups "$n" \
    --label "wgfinder (wasm)" >> "$RESULTS"
  log "$n groups: wgfinder (wasm)"
  node --no-experimental-fetch "$WEB/bench/wgf_bench_query.cjs" --groups "$n" --run --every "$EVERY" \
    --label "wgfinder (wasm)" >> "$RESULTS"
  log "$n groups: FlexSearch"
  "${NODE_JS[@]}" bench/js_engines.mjs --engine flexsearch --groups "$n" --dir "$OUT/data" --every "$EVERY" >> "$RESULTS"
  log "$n groups: MiniSearch"
  # shellcheck disable=SC2086
  "${NODE_JS[@]}" bench/js_engines.mjs --engine minisearch --groups "$n" --dir "$OUT/data" $MINI >> "$RESULTS"
  log "$n groups: Fuse.js"
  # shellcheck disable=SC2086
  "${NODE_JS[@]}" bench/js_engines.mjs --engine fuse --groups "$n" --dir "$OUT/data" $FUSE >> "$RESULTS"
  rm -f "$OUT/data/registry-$n.json"
done

# The registry the widget ships with, as wasm under node: from main() to the first results.
log "the bundled registry (wasm)"
node --no-experimental-fetch "$WEB/bench/wgf_bench_query.cjs" --load assets/registries/istio.json --bundled \
  --label "wgfinder (wasm)" >> "$RESULTS"

# A keystroke as the widget's view model handles it (native preset: it needs the UI library).
log "the widget's view model, 100000 groups"
VIEW_MODEL=""
if cmake --preset native >/dev/null && cmake --build --preset native --target wgf_bench_view_model -j2 >/dev/null 2>&1; then
  VIEW_MODEL=$(build/native/bench/wgf_bench_view_model 100000)
else
  log "wgf_bench_view_model not built (the native preset needs Dear ImGui: scripts/setup.sh)"
fi

# The hardening catalogue's hostile inputs, timed (the unit tests check what comes out, not how fast).
log "hostile inputs"
LIMITS=""
if cmake --build --preset native --target wgf_bench_limits -j2 >/dev/null 2>&1; then
  LIMITS=$(build/native/bench/wgf_bench_limits)
fi

# The two builds must have generated the same corpus.
hashes=$(grep -o '"corpusHash":"[0-9]*"' "$RESULTS" | sort | uniq -c | awk '{print $1}' | sort -u)
[ "$hashes" = "2" ] || log "warning: native and wasm corpus hashes differ"

elapsed=$(( $(date +%s) - start ))
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), node $(node --version), Emscripten $(emcc --version | sed -n 's/.* \([0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' | sed -n 1p),"
  echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); the whole run took $((elapsed / 60)) min $((elapsed % 60)) s."
  echo
  node bench/report.mjs "$RESULTS"
  [ -z "$VIEW_MODEL" ] || printf '\n%s\n' "$VIEW_MODEL"
  [ -z "$LIMITS" ] || printf '\n%s\n' "$LIMITS"
} | tee "$OUT/results.md"

#!/usr/bin/env bash
# Prints the transfer size (gzip -9) of everything a first visit to the demo page downloads.
set -euo pipefail
site=${1:-build/web/site}
total=0
printf '%-34s %10s %10s\n' "first-visit file" "bytes" "gzip"
for f in index.html wgfinder.css wgfinder.js wgfinder-core.js wgfinder-core.wasm registries/istio.json fonts/*; do
  [ -f "$site/$f" ] || continue
  raw=$(stat -c %s "$site/$f"); gz=$(gzip -9 -c "$site/$f" | wc -c)
  total=$((total + gz))
  printf '%-34s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-34s %10s %10d  (budget 450000)\n' "total transfer (gzip)" "" "$total"

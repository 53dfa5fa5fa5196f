#!/usr/bin/env bash
# Prints the transfer size (gzip -9) of everything a first visit to the demo page downloads
# (page, styles, embed script, wasm loader and wasm, registry, service worker, manifest, icon;
# no fonts: the browser draws the UI's glyphs) and fails when the total is over the budget of
# 335,500 bytes (only warns with WGF_BUDGET_WARN_ONLY=1, as the build does: the test run enforces
# it). Then what the wasm is made of (scripts/wasm-breakdown.mjs), when the web build made it.
#   scripts/size-report.sh [SITE_DIR]       (default build/web/site)
#   scripts/size-report.sh --package DIR    the npm package's size: tarball and unpacked
set -euo pipefail
if [ "${1:-}" = "--package" ]; then
  pkg=${2:?usage: size-report.sh --package DIR}
  npm pack --dry-run --json "$pkg" 2>/dev/null | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      const p = JSON.parse(s)[0];
      console.log(`npm package ${p.id}: tarball ${p.size} bytes, unpacked ${p.unpackedSize} bytes, ${p.entryCount} files`);
    });'
  exit 0
fi
site=${1:-build/web/site}
budget=${WGF_BUDGET:-335500}
files=(index.html demo.css wgfinder.js wgfinder-core.js wgfinder-core.wasm registries/istio.json
       wgfinder-sw.js manifest.webmanifest icon.svg)
total=0
printf '%-34s %10s %10s\n' "first-visit file" "bytes" "gzip"
for f in "${files[@]}"; do
  if [ ! -f "$site/$f" ]; then printf '%-34s %10s\n' "$f" "missing"; continue; fi
  raw=$(stat -c %s "$site/$f"); gz=$(gzip -9 -c "$site/$f" | wc -c)
  total=$((total + gz))
  printf '%-34s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-34s %10s %10d  (budget %d)\n' "total transfer (gzip)" "" "$total" "$budget"
# What the wasm is made of, when the web build's named copy of the core is beside the site.
named=$site/../breakdown/wgfinder-core-names.wasm
if [ -f "$named" ]; then
  # The widget's Unicode data: the tables generated from utf8proc (src/unicode), unless the build
  # was configured to link utf8proc's own (WGF_UNICODE_TABLES=OFF).
  unicode_lib=$site/../libwgf_unicode_data.a unicode_label="Unicode tables generated from utf8proc"
  if ! grep -q '^WGF_UNICODE_TABLES:BOOL=ON' "$site/../CMakeCache.txt" 2>/dev/null; then
    unicode_lib=$site/../libwgf_utf8proc.a unicode_label="utf8proc's Unicode tables"
  fi
  node "$(dirname "$0")/wasm-breakdown.mjs" "$named" "$unicode_lib" "$site/wgfinder-core.wasm" "$unicode_label" || true
fi
if [ "$total" -gt "$budget" ]; then
  echo "size-report: the first visit downloads $total bytes (gzip), over the budget of $budget" >&2
  [ -n "${WGF_BUDGET_WARN_ONLY:-}" ] || exit 1
fi

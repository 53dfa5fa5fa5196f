#!/usr/bin/env bash
# Subsets Debian's Inter (fonts-inter) to what a registry needs, for the widget's font atlas:
#   scripts/subset-font.sh OUT_DIR [TEXT_FILE...]
# Keeps the ranges below plus, in Regular, every character of the TEXT_FILEs (the bundled
# registries). Writes OUT_DIR/Inter-Regular.otf and OUT_DIR/Inter-SemiBold.otf.
# OpenType/CFF, not woff2: Dear ImGui's stb_truetype reads TTF/OTF only (the server's gzip
# compresses it in transit). No layout tables and no hinting: ImGui uses neither.
set -euo pipefail
out=${1:?usage: subset-font.sh OUT_DIR [TEXT_FILE...]}; shift
src=${INTER_DIR:-/usr/share/fonts/opentype/inter}
py=""
for c in python3 /usr/bin/python3; do
  if command -v "$c" >/dev/null && "$c" -c 'import fontTools.subset' 2>/dev/null; then py=$c; break; fi
done
[ -n "$py" ] || { echo "subset-font: fontTools is missing (Debian: python3-fonttools)" >&2; exit 1; }
[ -f "$src/Inter-Regular.otf" ] || { echo "subset-font: $src/Inter-Regular.otf is missing (Debian: fonts-inter)" >&2; exit 1; }
mkdir -p "$out"
text=$(mktemp); trap 'rm -f "$text"' EXIT
for f in "$@"; do [ -f "$f" ] && cat "$f" >> "$text"; done
# Regular (all text): Latin (Basic, Latin-1, Extended-A/B and Additional, combining marks),
# Greek, Cyrillic, the common punctuation (dashes, quotes, bullets, ellipsis, per mille,
# guillemets), the euro sign, the symbols the UI draws, and any other character of the bundled
# registries. SemiBold (names and headings) has Latin-1 and Latin Extended-A only, to keep the
# first visit small (460 KB); the UI merges Regular's glyphs into its bold fonts.
ui="U+2190-2193,U+2197,U+21BB,U+2212,U+2713,U+25B2,U+25BC,U+25CF,U+00D7"
regular="U+0020-024F,U+0300-036F,U+1E00-1EFF,U+0370-03FF,U+0400-04FF,U+2010-2027,U+2030-203A,U+20AC,$ui"
semibold="U+0020-017F,U+2000-206F,U+20AC,U+2190-2193,U+25B2,U+25BC"
subset() {  # weight unicodes [text-file]
  "$py" -m fontTools.subset "$src/Inter-$1.otf" --unicodes="$2" ${3:+--text-file="$3"} \
    --layout-features= --no-hinting --drop-tables+=GSUB,GPOS,GDEF,kern,STAT \
    --name-IDs=0,1,2,3,4,5,6 --output-file="$out/Inter-$1.otf"
}
subset Regular "$regular" "$text"
subset SemiBold "$semibold"

#!/usr/bin/env bash
# Measures how much of real community pages `wgfinder import` keeps: one Markdown table row per
# page given on the command line, in the columns of docs/import-fidelity.md ("measured pages").
#
#   scripts/import-fidelity.sh [--updated YYYY-MM-DD] PAGE [LABEL] [PAGE [LABEL]]...
#
# PAGE is a WORKING-GROUPS.md-style page or a sigs.yaml saved from a public repository at a pinned
# commit; LABEL (optional, e.g. "kubernetes/community@24e7d8f sig-list.md") names it in the row,
# otherwise the path does. The groups and leads "on the page" are counted by a reader, not by this
# script: the row leaves them to be filled in. WGFINDER names the tool (default: the native build).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tool="${WGFINDER:-$root/build/native/wgfinder}"
updated="2026-12-01"
if [[ "${1:-}" == "--updated" ]]; then
  updated="$2"
  shift 2
fi
if [[ $# -eq 0 ]]; then
  echo "usage: scripts/import-fidelity.sh [--updated YYYY-MM-DD] PAGE [LABEL] [PAGE [LABEL]]..." >&2
  exit 2
fi
[[ -x "$tool" ]] || { echo "import-fidelity: $tool is not built (cmake --build --preset native)" >&2; exit 2; }

echo "| page | groups imported | leads imported | schedules understood / not | reported |"
echo "|---|---|---|---|---|"
while [[ $# -gt 0 ]]; do
  page="$1"
  shift
  label="$page"
  if [[ $# -gt 0 && ! -e "$1" ]]; then
    label="$1"
    shift
  fi
  # The summary is the last line on stderr: "PAGE: groups G, leads L, schedules understood U, not understood N, reported R".
  line="$("$tool" import "$page" --updated "$updated" --summary -o /dev/null 2>&1 >/dev/null | tail -n 1 || true)"
  if [[ "$line" =~ groups\ ([0-9]+),\ leads\ ([0-9]+),\ schedules\ understood\ ([0-9]+),\ not\ understood\ ([0-9]+),\ reported\ ([0-9]+) ]]; then
    m=("${BASH_REMATCH[@]}")
    echo "| $label | ${m[1]} | ${m[2]} | ${m[3]} / ${m[4]} | ${m[5]} |"
  else
    echo "| $label | import failed: ${line#*: } | | | |"
  fi
done

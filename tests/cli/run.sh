#!/usr/bin/env bash
# Command-line tests of `wgfinder`: exit codes and what a maintainer reads.
# usage: tests/cli/run.sh PATH/TO/wgfinder
set -uo pipefail
WGF=${1:?usage: run.sh PATH/TO/wgfinder}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
pass=0; fail=0

check() {  # description expected-status command... ; output in $TMP/out, $TMP/err
  local what=$1 want=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"; local got=$?
  if [ "$got" = "$want" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $what (exit $got, expected $want)"; head -5 "$TMP/err"; fi
}
contains() {  # description file text
  if grep -qF -- "$3" "$2"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: $1: '$3' not in $(basename "$2")"; head -5 "$2"; fi
}

ISTIO=$ROOT/assets/registries/istio.json
PAGE=$ROOT/assets/registries/istio-WORKING-GROUPS.md

check "help" 0 "$WGF" --help
for cmd in import validate list query ics lint diff; do contains "help lists $cmd" "$TMP/out" "  $cmd"; done
check "no arguments is a usage error" 2 "$WGF"
check "unknown command" 2 "$WGF" frobnicate
contains "unknown command is named" "$TMP/err" "unknown command 'frobnicate'"
check "validate --help" 0 "$WGF" validate --help
contains "validate --help explains exit codes" "$TMP/out" "Exit status"

check "the bundled registry validates" 0 "$WGF" validate "$ISTIO"
contains "summary line" "$TMP/err" "7 groups, 0 errors"

printf '{"version":1,"groups":[{"id":"a","name":"A","leads":[{"name":3}]},{"id":"a","name":"B"}]}' > "$TMP/bad.json"
check "errors give exit 1" 1 "$WGF" validate "$TMP/bad.json"
contains "wrong type is placed" "$TMP/err" "/groups/0/leads/0/name (group 'a'): must be a string, not a number"
contains "duplicate id is placed" "$TMP/err" "/groups/1/id (group 'a'): duplicate id 'a'"

printf '{"version":1,\n"groups":[\n  {"id":"a",}\n]}' > "$TMP/syntax.json"
check "syntax error gives exit 1" 1 "$WGF" validate "$TMP/syntax.json"
contains "syntax error has line and column" "$TMP/err" "line 3, column 13"

printf '{"version":1,"groups":[{"id":"a","name":"A","extra":true}]}' > "$TMP/warn.json"
check "warnings alone pass" 0 "$WGF" validate "$TMP/warn.json"
check "warnings fail with --strict" 1 "$WGF" validate --strict "$TMP/warn.json"
check "missing file" 1 "$WGF" validate "$TMP/none.json"
contains "missing file is named" "$TMP/err" "cannot read"

check "list" 0 "$WGF" list "$ISTIO"
contains "list shows a group" "$TMP/out" "Test & Release"
contains "list shows leads with company" "$TMP/out" "Wencheng Lu (Google)"
contains "list counts groups" "$TMP/out" "7 groups"
check "list reads a Markdown page too" 0 "$WGF" list "$PAGE"
contains "list of the page" "$TMP/out" "api-management"

check "import of the bundled page" 0 "$WGF" import --base-url https://github.com/istio/community/blob/master/ \
  --updated 2026-11-26 "$PAGE"
if cmp -s "$TMP/out" "$ISTIO"; then pass=$((pass + 1)); else
  fail=$((fail + 1)); echo "FAIL: a fresh import differs from assets/registries/istio.json:"; diff "$TMP/out" "$ISTIO" | head -20; fi
printf '# Groups\n\n| Name | Leads |\n| --- | --- |\n| Docs | Ada Lovelace (Acme) |\n|  | Nobody (Nowhere) |\n' > "$TMP/one-bad-row.md"
check "list: a page with one bad row keeps its good groups" 0 "$WGF" list "$TMP/one-bad-row.md"
contains "the good group is listed" "$TMP/out" "Ada Lovelace (Acme)"
check "validate: the bad row is an error" 1 "$WGF" validate "$TMP/one-bad-row.md"
contains "the bad row is reported with its line" "$TMP/err" "line 6, column 1: row has no group name; skipped"
contains "validate counts the good group and the error" "$TMP/err" "1 groups, 1 errors"
check "query: a page with one bad row" 0 "$WGF" query "$TMP/one-bad-row.md" docs
contains "the good group is found" "$TMP/out" "Docs"
check "import of a page without a table fails" 1 "$WGF" import "$ROOT/README.md"

LAYOUTS=$ROOT/tests/fixtures/import/layouts
check "import of a page in sections" 0 "$WGF" import "$LAYOUTS/knative-sections.md" --summary
contains "the summary line" "$TMP/err" "knative-sections.md: groups 4, leads 5, schedules understood 2, not understood 0, reported 5"
contains "the emeritus table is reported with its line" "$TMP/err" "line 50, column 1: (group 'serving'): table of Emeritus Leads"
check "query by a kind the page's headings give" 0 "$WGF" query "$LAYOUTS/k8s-sig-list.md" "kind:committee"
contains "the committee is found" "$TMP/out" "Conduct"
"$WGF" import "$LAYOUTS/sigs.yaml" >"$TMP/out" 2>"$TMP/err"; got=$?
if grep -qF "cannot read YAML" "$TMP/err"; then  # a build without yaml-cpp (the WebAssembly tool)
  if [ "$got" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: sigs.yaml without YAML support exits $got"; fi
else
  if [ "$got" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: import of sigs.yaml (exit $got)"; head -5 "$TMP/err"; fi
  contains "sigs.yaml: a subproject with its SIG" "$TMP/out" '"parent": "sig-lanterns"'
fi
# Rust's calendars: one file, then the whole folder (a build without toml++ says it cannot read TOML).
RUST=$ROOT/tests/fixtures/import/rust-calendar
"$WGF" import "$RUST/lang.toml" --updated 2026-12-01 >"$TMP/out" 2>"$TMP/err"; got=$?
if grep -qF "cannot read TOML" "$TMP/err"; then
  if [ "$got" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: a calendar without TOML support exits $got"; fi
else
  if [ "$got" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: import of lang.toml (exit $got)"; head -5 "$TMP/err"; fi
  contains "lang.toml: the triage meeting on Los Angeles' clock" "$TMP/out" '"tz": "America/Los_Angeles"'
  contains "lang.toml: the includes are reported" "$TMP/err" "lang.toml: warning: line 5, column 1: includes _timezones.toml are not read"
  check "import of Rust's calendar folder" 0 "$WGF" import "$RUST" --updated 2026-12-01
  contains "the folder: a calendar's group under the one that includes it" "$TMP/out" '"parent": "cargo"'
  contains "the folder: the root calendar is the title" "$TMP/out" '"title": "Rust Project"'
  contains "the folder: diagnostics name the file" "$TMP/err" "rust-calendar/cargo/team-meeting.toml: warning: line 23, column 1: (group 'cargo-team-meeting'): exception 2024-12-24T15:00"
fi
check "--from is for a file, not a folder" 2 "$WGF" import --from toml "$RUST"
check "--from reads standard input as YAML or JSON" 0 "$WGF" import --from json - <"$ISTIO"
check "--from takes md, yaml, toml or json" 2 "$WGF" import --from ini "$PAGE"

check "query" 0 "$WGF" query "$ISTIO" "lead:sven company:google"
contains "query finds Core" "$TMP/out" "Core"
check "ics" 0 "$WGF" ics "$ISTIO" --groups integrations,test-release
contains "ics is a calendar" "$TMP/out" "BEGIN:VCALENDAR"
contains "ics has the meeting's zone" "$TMP/out" "DTSTART;TZID=America/Los_Angeles"
check "ics of an unknown group fails" 1 "$WGF" ics "$ISTIO" --groups nope
check "lint on the bundled registry passes (warnings only)" 0 "$WGF" lint "$ISTIO"
contains "lint names the biweekly meeting without a start" "$TMP/out" "(group 'security')"

# diff: a maintainer reads what a pull request changes; a bot reads it as JSON.
python3 - "$ISTIO" "$TMP/moved.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
g = next(g for g in r["groups"] if g["id"] == "test-release")
g["leads"] = g["leads"][1:]
g["meetings"][0].update(rrule="FREQ=WEEKLY;BYDAY=TH", time="18:00", tz="Europe/Berlin")
g["meetings"][0].pop("start", None)
json.dump(r, open(sys.argv[2], "w"))
PY
check "diff of a registry with itself" 0 "$WGF" diff "$ISTIO" "$ISTIO"
contains "diff says there is nothing" "$TMP/out" "No changes."
check "diff" 0 "$WGF" diff "$ISTIO" "$TMP/moved.json" --zone Europe/Berlin --now 2026-11-23
contains "diff counts the changes" "$TMP/out" "2 changes from 2026-11-26 to 2026-11-26 (times in Europe/Berlin)"
contains "diff names the departed lead" "$TMP/out" "Test & Release: Andy Lai is no longer a lead"
contains "diff tells the moved meeting in the zone" "$TMP/out" ", now Thu 18:00"
check "diff --json" 0 "$WGF" diff "$ISTIO" "$TMP/moved.json" --json --zone Europe/Berlin --now 2026-11-23
contains "diff --json names the kind" "$TMP/out" '"kind": "meeting-moved"'
contains "diff --json has the new time" "$TMP/out" '"now": "Thu 18:00"'
check "diff needs two files" 2 "$WGF" diff "$ISTIO"
check "diff of a missing file" 1 "$WGF" diff "$ISTIO" "$TMP/none.json"
contains "the missing file is named" "$TMP/err" "none.json"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

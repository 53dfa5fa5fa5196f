// wgfinder importer: a yaml2ical meeting file (OpenStack's irc-meetings) -> a registry of one group.
//
//   project -> name, meeting_id -> id, description, chair ("Name (nick), ...") -> leads with role
//   chair, agenda_url -> a link "Agenda" and each meeting's notesUrl
//   schedule[]: time 'HHMM' (UTC), day, irc -> title "#channel (IRC)", duration -> durationMinutes,
//     frequency weekly -> FREQ=WEEKLY; biweekly-odd / biweekly-even -> INTERVAL=2 with `weeks`
//     odd / even (ISO week parity, as yaml2ical counts); first-monday... -> FREQ=MONTHLY;BYDAY=1MO;
//     skip_dates[] (skip_date YYYYMMDD, reason) -> skip
//   one biweekly-odd and one biweekly-even entry -> one meeting whose two slots take turns
//   quadweekly, adhoc and anything else are kept as text with a note saying why; start_date is not
//   kept (the week comes from the frequency), and is reported, as is every key the mapping does
//   not know, with its line.
// Builds without yaml-cpp (the WebAssembly build) report "this build cannot read YAML" instead.
#pragma once

#include <string_view>

#include "import/markdown.h"

namespace wgf {

// True when `yaml` looks like a yaml2ical meeting file (top-level `project` and `schedule`).
bool isMeetingYaml(std::string_view yaml);

// Never throws on bad input: problems are diagnostics with the YAML's line.
ImportResult importMeetingYaml(std::string_view yaml, const ImportOptions& options = {});

}  // namespace wgf

// wgfinder importer: Kubernetes' sigs.yaml -> the registry model.
//
// The mapping is the one docs/registry-format.md gives ("Converting other registries"):
//   sigs / workinggroups / usergroups / committees  -> kind sig / working-group / user-group / committee
//   dir -> id, name, mission_statement -> description, charter_link and label -> links
//   leadership.chairs / tech_leads / emeritus_leads -> leads with role chair / tech-lead / emeritus
//     (a person listed twice keeps the first role); contact.liaison -> a lead with role liaison
//   meetings[]: description -> title, "{day}s at {time} {tz} ({frequency})" -> schedule (read by
//     parseSchedule, as the generated sig-list.md says it), url, archive_url -> notesUrl,
//     recordings_url -> recordingsUrl
//   contact.slack, mailing_list, teams[] -> contacts slack, mailing-list, other
//   subprojects[] -> groups of kind subproject with parent = the SIG's id; owners -> links
// The CNCF TOC's tags.yaml has the same layout: tags -> kind tag, tag_subprojects -> subprojects,
//   toc_subprojects -> subprojects of no group, contact.toc_liaison[] -> leads with role liaison,
//   meetings[].tag_calendar -> a "Meeting calendar" link (the meeting's note says its times are
//   there), meeting_notes_url -> notesUrl, tag_initiatives -> an "Initiatives" link; its Slack is
//   the CNCF's and its labels cncf/toc's.
// A key the mapping does not know is reported with its line; so is any value of the wrong shape.
// Builds without yaml-cpp (the WebAssembly build) report "this build cannot read YAML" instead.
#pragma once

#include <string_view>

#include "import/markdown.h"

namespace wgf {

// True when this build can read YAML (importSigsYaml() does more than report that it cannot).
bool canReadYaml();

// Never throws on bad input: problems are diagnostics with the YAML's line.
ImportResult importSigsYaml(std::string_view yaml, const ImportOptions& options = {});

}  // namespace wgf

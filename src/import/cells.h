// wgfinder importer: the text of one table cell -> model values.
//
// Pure functions over a cell's visible text (and its links), no diagnostics, no md4c: each is
// tested on its own (tests/unit/import_cells.cpp). Hrefs come back as written in the page; the
// caller resolves and vets them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "import/outline.h"
#include "model/registry.h"

namespace wgf::importer {

// Byte ranges [first, second) of the items of a list cell, trimmed, empty items left out.
// Items are separated by ',', ';' and line breaks that are not inside (), [] or {};
// with `people` also by " and " / " & " between names.
std::vector<std::pair<size_t, size_t>> splitList(std::string_view text, bool people = false);

// "Configuration, Performance, Stability" -> {"Configuration", "Performance", "Stability"}.
// Commas inside parentheses do not split: "Auth (mTLS, JWT)" stays one topic.
std::vector<std::string> parseTopics(std::string_view text);

// One lead as written in a cell:
//   "Sven Mawson (Google)", "Lin Sun(IBM)"            -> name + company
//   "Jane Doe (Acme, chair)", "Jane Doe (Acme) (chair)" -> + role (known role words only)
//   "Jane Doe (@jdoe, Acme)", "Jane Doe @jdoe", "@jdoe" -> + github (name = handle when alone)
// An e-mail address next to the name is dropped. `name` is empty when nothing usable is left.
Person parsePerson(std::string_view text);

// "chair", "Co-Chair", "tech lead" -> "chair", "co-chair", "tech-lead"; "" when not a role word.
std::string normaliseRole(std::string_view word);

// "https://github.com/jdoe" -> "jdoe"; "" for any other address (repositories included).
std::string githubHandleFromUrl(std::string_view url);

// "TBD", "TBA", "to be determined"... : a meeting that is planned but has no time yet.
bool isToBeDecided(std::string_view text);
// "N/A", "none", "-": the cell says there is no meeting.
bool isNone(std::string_view text);

// What a meetings cell says, before schedule parsing: one entry per meeting.
struct MeetingCell {
    std::string schedule;  // verbatim text of the time ("Wednesdays at 11:00 PT (biweekly)")
    std::string href;      // where to join, as written
    std::string notesHref;
    std::string recordingsHref;
};

// Reads a meetings cell. Each line (<br>) is read on its own:
//   "[Wednesdays at 11:00 PT](join-url)"          -> schedule = link text, href = link target
//   "Wednesdays at 11:00 PT ([Zoom](u), [notes](n))" -> schedule = the text around the links;
//                                                     a link named like a meeting tool (Zoom,
//                                                     Meet, join...) is the join address
//   "[Tue 08:00 PT](a), [Thu 16:00 UTC](b)"       -> two meetings
// Links whose text says notes/minutes/agenda or recording/video go to notesHref/recordingsHref
// (of the meetings on their line, or of the line above when the line has no schedule).
std::vector<MeetingCell> parseMeetingCell(const RichText& cell);

}  // namespace wgf::importer

// wgfinder: import a WORKING-GROUPS.md-style Markdown page into the registry model.
//
// The page is parsed with md4c (a real CommonMark + GFM tables parser), never with regular
// expressions over table rows, so escaped pipes ("a \| b"), inline code ("`a|b`"), links and
// emphasis inside cells are read as a browser shows them.
//
// What becomes what:
//   title      the first heading (ImportOptions::title overrides it)
//   about      the first top-level paragraph before the table of groups
//   groups     one per row of every table whose header has a name column and at least one other
//              known column. Columns are recognised by header text, case-insensitively, with a
//              trailing "(...)" ignored, so extra or reordered columns and missing cells are fine:
//                name         Name, Group, Working Group, WG, SIG, Team, Committee
//                leads        Leads, Lead, Chairs, Co-Chairs, Owners, Maintainers, Organizers
//                contacts     Mailing List, Contact, Email, Slack, Chat, Channel, Forum
//                topics       Topics, Example Topics, Scope, Areas, Focus Areas
//                description  Description, About, Summary
//                meetings     Meetings, Meeting, Schedule, Meeting Time(s), When
//              An unknown or repeated column is a warning and its cells are left out. A row
//              without a name is an error and is skipped. id = slugify(name), made unique with
//              "-2", "-3"... (a warning). kind = ImportOptions::kind, else "sig" for a SIG
//              column, "team"/"committee" likewise, otherwise "working-group".
//   leads      split on ',', ';', <br>, " and ", " & " outside parentheses; each lead is read by
//              parsePerson() (import/cells.h): "Sven Mawson (Google)", "Lin Sun(IBM)",
//              "Jane Doe (@jdoe, Acme, chair)", "@jdoe"; a link to github.com/USER gives github.
//   contacts   every link in the cell: label = link text, url = target; kind from the address
//              (Google Groups, groups.io, lists.* -> mailing-list; Slack; Discord; forums), else
//              from the header ("Mailing List" -> mailing-list, so a bare address there is a
//              mailing list with a mailto: url). Text that names a channel without a link is a
//              warning.
//   topics     split on ',', ';', <br> outside parentheses.
//   meetings   see parseMeetingCell() (import/cells.h): a link gives url = target and
//              schedule = link text verbatim; "TBD"/"TBA" gives a meeting whose note is the text;
//              "N/A"/"none" gives none. Every schedule goes through parseSchedule()
//              (time/schedule.h) with ImportOptions::updated as reference date, and its
//              structured fields are kept (several meetings when it finds several slots);
//              a schedule it does not understand stays as text, with a warning.
//   links      every link in headings, paragraphs and list items, outside the tables, except
//              links to a place on the page itself ("#..."), once per address. Labels come from
//              the sentence around the link (labelFromContext() in import/links.h).
// Relative links are resolved against ImportOptions::baseUrl; links that are neither http(s)
// nor mailto after that are left out with a warning. Invalid UTF-8 is replaced by U+FFFD and
// reported with its line. A page without a table of groups is an error and gives no groups.
// Diagnostics name the line of the Markdown source.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/registry.h"

namespace wgf {

struct ImportOptions {
    // Relative links in the page ("CONTRIBUTING.md") are resolved against this address, e.g.
    // "https://github.com/istio/community/blob/master/". Empty: relative links are kept as they are.
    std::string baseUrl;
    std::string title;    // overrides the page's first heading
    std::string updated;  // "YYYY-MM-DD" for `updated` and as the schedules' reference date; empty leaves it out
    std::string kind;     // kind of every group ("sig", "committee"...); empty: from the name column's header
};

struct ImportResult {
    Registry registry;
    Diagnostics diagnostics;  // line numbers refer to the Markdown source
};

// Never throws on bad input: problems are diagnostics, and whatever could be read is returned.
ImportResult importMarkdown(std::string_view markdown, const ImportOptions& options = {});

}  // namespace wgf

// wgfinder: import a community's working-groups page (Markdown) into the registry model.
//
// The page is parsed with md4c (a real CommonMark + GFM tables parser), never with regular
// expressions over table rows, so escaped pipes ("a \| b"), inline code ("`a|b`"), links and
// emphasis inside cells are read as a browser shows them. Kubernetes' sigs.yaml has its own
// reader (import/sigs_yaml.h). Diagnostics name the line of the source.
//
// Layouts (import/layouts.h); a page may combine a table of leads with either of the first two:
//   1. a table of groups: a table whose header has a name column and a group column (leads,
//      contacts, topics, description, meetings or links, below). One row, one group.
//      Kubernetes/KubeVirt sig-list.md, kubeflow wg-list.md, Istio's WORKING-GROUPS.md.
//   2. a section per group (only when the page has no table of groups): the first heading whose
//      own text holds group material (a two-column table whose first column names fields,
//      "Artifact | Link"; a table of leads, "&nbsp; | Leads | Company | Profile"; "Label: value"
//      list items, "- **Meeting time:** Tuesday at 08:00 PT") is a group, named by the heading.
//      Headings below it are parts of it: their meetings are titled by their heading ("Europe +
//      Asia"). Its first paragraph before that material is its description. Knative, Tekton,
//      the first Istio page, OpenTelemetry's sigs.md.
//   3. a table of leads: a person column (Name, Leads) and a Groups column, "Name | Company |
//      Groups". Each person becomes a lead of every group named in their row (by name or id, or
//      by the part before " - " with a warning: "Networking - Control Plane" -> Networking); a
//      name that is no group of the page is reported. Istio's WORKING-GROUPS.md today.
//
// Fields (import/fields.h): headers, first cells and item labels are recognised case-
// insensitively, footnote markers ("Chairs [2]", "Leads^1") and a trailing "(...)" ignored:
//   name        Name, Group, Working Group, WG, SIG, Team, Committee, User Group, Subproject
//   leads       Leads, Chairs, Co-Chairs, Tech Leads, Owners, Maintainers, Organizers,
//               Facilitators; Members (committees); Sponsors (role "sponsor"), Liaison (role
//               "liaison"); Emeritus Leads are reported and not kept
//   contacts    Mailing List, Contact, Email, Slack (Channel), Chat, Forum, Discussions, Discord,
//               Meeting Invites Group
//   topics      Topics, Example Topics, Scope, Areas, Focus Areas
//   description Description, About, Summary, Mission
//   meetings    Meetings, Meeting Time(s), Schedule, When, Community Meeting Calendar
//   meeting url Meeting Link, Community Meeting VC, Zoom, Join -> the meetings' url
//   notes       Meeting Notes, Notes, Minutes, Agenda -> notesUrl
//   recordings  Meeting Recordings, Recordings, Videos -> recordingsUrl
//   links       Charter, Design Docs, Document Folder, Repos, Roadmap, Label, Website -> links
// Columns are matched to cells by position: an empty cell never shifts the ones after it (the
// page is evened out for md4c 0.4 first). An unknown, repeated or unkept column (Duration,
// Stakeholder SIGs) is reported when it has text; so is an unknown key/value row or item.
//
// Cells:
//   leads      "Sven Mawson (Google), Lin Sun (IBM)" (split on ',', ';', line breaks, " and ",
//              " & " outside parentheses, read by parsePerson()); one per line when every line
//              starts with "* " (Kubernetes: "* [Name](https://github.com/handle), Company<br>",
//              the company being all after the first comma: "Preferred Networks, Inc."), and
//              <ol>/<ul><li> lists likewise. A link to github.com/USER gives github; "tbd" and
//              links to pages of the site ("[Technical Committee](members.md)") are no one.
//   contacts   every link: label = link text, url = target (a bare e-mail address -> mailto:);
//              kind from the address, else from the label. A channel named without a link is
//              reported; a remark in parentheses is not.
//   meetings   parseMeetingCell() (import/cells.h): one meeting a line, "Title ([calendar](c)):
//              [time](zoom)" -> title, schedule = time, url = zoom; links named notes/recordings
//              go to notesUrl/recordingsUrl, calendar links to the group's links. Every schedule
//              goes through parseSchedule(text, ScheduleContext{updated, place}), place = the
//              heading of the section the group is in and the group's name (so the schedule
//              reader can tell China's CST from Chicago's); structured fields are kept, and a
//              schedule it does not understand stays as text, with a warning. A join address
//              with no time anywhere is a meeting of its own; notes with no meeting a link.
//
// Groups: id = slugify(name) made unique with "-2", "-3"... (a warning). kind =
// ImportOptions::kind, else the name column's header (SIG, Team, Committee), else the nearest
// heading above that names one ("Special Interest Groups" -> sig, "Committees" -> committee,
// "User Groups" -> user-group, "Localization Teams" -> team), else the group's name ("End-User
// SIG"), else working-group. status "archived" under a heading that says Emeritus, Archived,
// Retired, Inactive or Former.
//
// Page: a UTF-8 byte order mark and zero-width characters are dropped, YAML front matter is
// skipped (its title is the page's title), invalid UTF-8 is replaced by U+FFFD and reported with
// its line. title = the front matter's title, else the first heading (ImportOptions::title
// overrides both); about = the first top-level paragraph before any group. Links in headings,
// paragraphs and list items no layout used become registry links (not "#..." ones, once per
// address), labelled by their own words (labelFromContext(), import/links.h). Relative links
// are resolved against ImportOptions::baseUrl; links that are neither http(s) nor mailto after
// that are reported and left out. Every table no layout used, and every paragraph that looks
// like a meeting time but belongs to no group, is reported with its line. A page with no group
// at all is an error.
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
    std::string kind;     // kind of every group ("sig", "committee"...); empty: from the page (see above)
};

struct ImportResult {
    Registry registry;
    Diagnostics diagnostics;  // line numbers refer to the Markdown source
};

// Never throws on bad input: problems are diagnostics, and whatever could be read is returned.
ImportResult importMarkdown(std::string_view markdown, const ImportOptions& options = {});

}  // namespace wgf

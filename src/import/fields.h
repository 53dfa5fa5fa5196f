// wgfinder importer: what a column header, a table's first cell or a list item's label names.
//
// Pages call the same thing many ways ("Chairs [2]", "Tech Leads", "Community Meeting VC",
// "Slack channel:"). fieldOf() settles every such label to one Field, so that the table layout,
// the key/value tables of the sections layout and "**Label:** value" list items read alike.
// Pure functions, no diagnostics (tests/unit/import_layouts.cpp covers them through the pages).
#pragma once

#include <string>
#include <string_view>

namespace wgf::importer {

enum class Field {
    Unknown,
    Ignored,        // known and deliberately not kept (Duration, Stakeholder SIGs): reported as skipped
    Name,           // the group's name
    GroupsLed,      // in a table of people: the groups each one leads
    Leads,          // leads, chairs, tech leads, organizers, facilitators...
    Members,        // committee members (leads of a committee)
    Sponsors,       // sponsors: leads with role "sponsor"
    Liaison,        // liaisons: leads with role "liaison"
    EmeritusLeads,  // former leads: reported, not kept
    Company,        // in a table of people
    Profile,        // in a table of people: a link to the person's GitHub page
    Contacts,       // mailing list, Slack, forum...
    Topics,
    Description,
    Meetings,       // times (with their links)
    MeetingLink,    // where to join -> Meeting::url
    MeetingNotes,   // -> Meeting::notesUrl
    MeetingRecordings,  // -> Meeting::recordingsUrl
    Links,          // charter, design docs, repositories, roadmap... -> Group::links
};

const char* fieldName(Field f);

// The label with what decorates it removed: case folded, spaces collapsed, trailing ':' '*',
// footnote markers ("Chairs [2]", "Leads^1", "Leads¹") and a trailing "(...)" dropped.
std::string normaliseLabel(std::string_view label);

// The label as a reader should see it: spaces collapsed, footnote markers dropped ("Label [1]",
// "Label 1", "Chairs^2" -> "Label", "Chairs"), case kept.
std::string displayLabel(std::string_view label);

// The field a label names; Unknown when none. "Slack / Mailing List", "Chairs & Tech Leads":
// a label whose every part names the same field names that field.
Field fieldOf(std::string_view label);

// The kind of contact a label implies ("Mailing List" -> "mailing-list"); empty when it does not say.
std::string contactKindOfLabel(std::string_view label);

// The kind of contact an address is (Slack, Google Groups, mailto...), `fallback` when it does not say.
std::string contactKindOfUrl(std::string_view url, const std::string& fallback);

// The group kind a heading or header names: "Special Interest Groups" -> "sig", "Working Groups"
// -> "working-group", "Committees" -> "committee", "User Groups" -> "user-group", "Subprojects"
// -> "subproject", "Teams" -> "team"; the first such word wins. Empty when none.
std::string kindOfHeading(std::string_view heading);

// True when a heading says its groups are no longer active ("Emeritus Working Groups", "Archived").
bool isArchiveHeading(std::string_view heading);

// True for text that reads like a meeting time: a weekday (or "daily"/"weekly"...) and a clock
// time ("Wednesdays at 9:00 AM PST"). Used to report paragraphs that look like meetings but
// belong to no group.
bool looksLikeSchedule(std::string_view text);

}  // namespace wgf::importer

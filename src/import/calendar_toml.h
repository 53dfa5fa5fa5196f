// wgfinder importer: a Rust project calendar file (rust-lang/calendar, the TOML that
// calendar-generation turns into iCalendar) -> a registry of one group, the calendar's team.
//
//   name, description -> the group's name and description (kind: working-group when the name says
//     "Working Group" or "WG", else team); its id is `preferredId` (the file's path, for a folder)
//     or the slug of its name
//   [[events]] -> meetings, one per recurrence rule:
//     title; start, end ("2024-01-11T15:00:00.00Z" in UTC, or { date = "2024-01-10T08:00:00.00",
//       timezone = "America/Los_Angeles" }, an IANA zone read by name from the system's zone data)
//       -> start (the rule's first date on the zone's wall clock), tz, durationMinutes
//     recurrence_rules[]: frequency daily/weekly/monthly, interval, count, until, by_day
//       ({ day, num }), by_hour (one hour: the rule's time) -> rrule; no rule: a meeting held once
//       (COUNT=1); yearly, by_month, by_month_day... are kept as text, saying why
//     exceptions (RFC 3339 UTC strings, or { timezone, dates = [local date-times] }) -> skip, on the
//       date of the meeting it falls on; one at another time of that date is still a skipped date
//       (with a warning: calendars built from the file keep it); one on no meeting date is reported
//     recurrences[] -> extra dates; an event with recurrence_id (a moved occurrence of the event
//       with the same uid) -> that date skipped ("moved") and the new one an extra date
//     location: an http(s) address -> url; words (with an address in them -> url) stay in schedule
//     description: an http(s) address -> notesUrl; words are reported, not kept
//     status confirmed -> active, tentative -> note "tentative", cancelled -> ended; a rule whose
//       until, or last counted date, is before ImportOptions::updated (else today) -> ended
//     organizer { name, email } -> the group's contacts (kind email), once per address
//   uid, created_on, last_modified_on, transparency: calendar bookkeeping, reported once per key
//   [[timezones]]: definitions for iCalendar writers; not used (zones come by name), reported once
//   meta.includes: other calendar files. Alone, a file reports them as not read; a folder import
//   (import/folder.h) reads them and makes the included calendars' groups children of this one.
// An all-day event (a date without a time) is kept as text: a meeting in this format has a time.
// Builds without toml++ (the WebAssembly build) report "this build cannot read TOML" instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "import/markdown.h"

namespace wgf {

// True when `toml` looks like a calendar file: a top-level `name` and `[[events]]`, `[meta]` or
// `[[timezones]]`, as the calendars write them; no parse needed to tell.
bool isCalendarToml(std::string_view toml);

// What a folder import needs besides the groups: the files the calendar includes.
struct CalendarIncludes {
    struct Include {
        std::string path;  // as written, relative to the including file's folder
        int line = 0;
    };
    std::vector<Include> includes;
    bool hasEvents = false;  // at least one [[events]] entry
};

// Never throws on bad input: problems are diagnostics with the file's line. With `includes`, the
// includes are handed back instead of being reported as not read.
ImportResult importCalendarToml(std::string_view toml, const ImportOptions& options = {},
                                const std::string& preferredId = {}, CalendarIncludes* includes = nullptr);

}  // namespace wgf

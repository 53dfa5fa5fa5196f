// wgfinder: iCalendar (RFC 5545) export of the meetings of chosen groups.
//
// One VEVENT per meeting with a structured schedule: DTSTART;TZID=<IANA zone> on the meeting's wall
// clock, its RRULE, DURATION, SUMMARY "<group>: <meeting title>", URL/LOCATION (join link) and a
// DESCRIPTION with the schedule text and links; one VTIMEZONE per zone used, generated from the
// platform's zone data (one STANDARD/DAYLIGHT component per change of offset in the years covered).
//
// A meeting's calendar (series.h) is written as RFC 5545 says it: skipped dates are EXDATEs, extra
// dates RDATEs, each slot of a rotation a VEVENT of its own (UID "...-slot2@..."), and a meeting by
// ISO-week parity one INTERVAL=2 VEVENT per stretch between 53-week ISO years (UID "...-iso2027@...",
// named by the ISO year the stretch begins in). A paused or ended meeting is left out.
//
// UID = "<group id>-<meeting index>@<slug of the registry title>": stable across exports, so
// importing the file again updates the events instead of duplicating them; it changes only if the
// registry renames the group or reorders its meetings.
//
// Meetings that cannot be placed honestly are left out with a warning: no structured time, an
// unknown zone, or a biweekly (or rarer) rule without `start` (the week is not known; see
// IcsOptions::unknownWeekTentative).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/registry.h"
#include "time/zone.h"

namespace wgf {

struct IcsOptions {
    std::vector<std::string> groupIds;  // groups to export, in this order; empty = all groups
    int64_t nowUtc = 0;                 // DTSTAMP, and the first date for meetings without `start`
    int timezoneYears = 10;             // VTIMEZONE covers [year(now) - 1, year(now) + timezoneYears]
    // A biweekly (or rarer) rule without `start` is left out (a warning says so) unless this is
    // set: then it is a series on every date it may fall on, STATUS:TENTATIVE, its summary ending
    // "(which week is not known)" and its description saying that only one in INTERVAL is real.
    bool unknownWeekTentative = false;
    std::string calendarName;     // X-WR-CALNAME; empty: the registry's title
    // For a feed that calendars subscribe to (time/feeds.h): how often to fetch it again, as an
    // RFC 5545 duration ("P1D"), written as REFRESH-INTERVAL (RFC 7986) and X-PUBLISHED-TTL.
    std::string refreshInterval;
};

// What became of one meeting of the chosen groups.
struct IcsMeeting {
    enum class How { Exported, Tentative, LeftOut };
    size_t group = 0;    // index into Registry::groups
    size_t meeting = 0;  // index into Group::meetings
    How how = How::Exported;
    std::string reason;  // LeftOut: why ("no structured schedule", "unknown time zone 'X'"...)
};

struct IcsResult {
    std::string text;           // the VCALENDAR, CRLF line endings, lines folded at 75 octets
    int events = 0;
    int tentative = 0;          // of them, series whose week is not known (unknownWeekTentative)
    Diagnostics diagnostics;    // unknown group ids (errors), meetings left out (warnings)
    std::vector<IcsMeeting> meetings;  // every meeting of the chosen groups, in export order
};

IcsResult toICalendar(const Registry& registry, ZoneDb& db, const IcsOptions& options);

// RFC 5545 helpers, exposed for tests.
std::string icsEscapeText(std::string_view text);  // \ ; , newline
std::string icsFoldLine(std::string_view line);    // adds CRLF; folds at 75 octets, never inside UTF-8
std::string icsUid(const Registry& registry, const Group& group, size_t meetingIndex);

}  // namespace wgf

// wgfinder: meeting facts for search and filters, in the viewer's zone.
//
// The query engine filters by local day ("day:wed" finds a Tuesday 17:00 PT meeting for a viewer
// in Tokyo, where it is Wednesday), cadence, zone and "fits my hours". These facts are computed
// here, from the occurrences of the next weeks, so that a change of daylight-saving time that moves
// a meeting across midnight for the viewer is seen.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/registry.h"
#include "time/zone.h"

namespace wgf {

struct MeetingFacts {
    bool scheduled = false;              // has a rule, a time and a known zone
    uint8_t localDays = 0;               // bit0 = Monday .. bit6 = Sunday, in the viewer's zone
    std::string cadence;                 // "weekly", "biweekly", "monthly", "irregular"
    std::string zone;                    // the meeting's IANA zone as given
    std::vector<int> localStartMinutes;  // distinct minute-of-day starts in the viewer's zone
    int durationMinutes = 0;             // as given, or kDefaultMeetingMinutes
};

// Facts over the occurrences of the next 8 weeks (next 6 for monthly rules). Which week a
// biweekly meeting without `start` falls on does not change its day or hour, so it is included.
MeetingFacts meetingFacts(const Meeting& meeting, ZoneDb& db, int64_t nowUtc, std::string_view viewerZone);

// True when some occurrence lies wholly inside the viewer's window [fromMinute, toMinute) of the
// day (minutes after local midnight). A window with fromMinute > toMinute runs over midnight
// (22:00-02:00). Default window 08:00-20:00.
bool fitsHours(const MeetingFacts& facts, int fromMinute = 8 * 60, int toMinute = 20 * 60);

// A group's meeting facts: the one answer to "when does this group meet" used by search
// (day:, has:meeting, fits:hours), the facets (day, cadence), the command-line tool and the widget.
// Days, hours, cadences and zones come from its scheduled meetings only (rule + time + zone);
// a meeting known only as text counts for `hasMeeting` and nothing else.
struct GroupTimeFacts {
    bool hasMeeting = false;             // a meeting with a schedule (text or rule), not a bare note
    uint8_t localDays = 0;               // bit 0 = Monday .. bit 6 = Sunday
    std::vector<std::string> cadences;   // distinct, in meeting order: cadenceOf()
    std::vector<std::string> zones;      // distinct IANA zones, in meeting order
    bool fitsHours = false;              // some meeting fits the viewer's window
};

// Adds one meeting's facts (from meetingFacts()) to its group's: the one place the union is made.
void addMeetingFacts(GroupTimeFacts& group, const Meeting& meeting, const MeetingFacts& facts,
                     int fromMinute = 8 * 60, int toMinute = 20 * 60);

// In the viewer's zone, over the next weeks (meetingFacts()).
GroupTimeFacts groupTimeFacts(const Group& group, ZoneDb& db, int64_t nowUtc, std::string_view viewerZone,
                              int fromMinute = 8 * 60, int toMinute = 20 * 60);

// Without a viewer: days as each meeting's rule writes them, in the meeting's own zone. Needs no
// zone data (the search index's default, before the viewer's zone is known); a meeting counts as
// scheduled when it has a rule, a time and a zone name. `fitsHours` stays false.
GroupTimeFacts groupTimeFactsAsWritten(const Group& group);

}  // namespace wgf

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

// A group's facts: the union over its meetings.
struct GroupTimeFacts {
    bool hasMeeting = false;             // at least one scheduled meeting
    uint8_t localDays = 0;
    std::vector<std::string> cadences;   // distinct, in meeting order
    std::vector<std::string> zones;      // distinct, in meeting order
    bool fitsHours = false;              // some meeting fits the window
};

GroupTimeFacts groupTimeFacts(const Group& group, ZoneDb& db, int64_t nowUtc, std::string_view viewerZone,
                              int fromMinute = 8 * 60, int toMinute = 20 * 60);

// "mon".."sun" / "monday".. -> bit index 0..6, or -1.
int weekdayBit(std::string_view name);

}  // namespace wgf

// wgfinder: free-text meeting schedules -> structured meeting fields.
//
// Registries write schedules for people: "Wednesdays at 11:00 PT (biweekly)", "Fourth Wednesday of
// each month at 12:00 ET", "Alternating between Thursday at 08:00 PT and Thursday at 05:30 UTC".
// parseSchedule() turns such text into the registry format's structured fields (rrule, time, tz,
// durationMinutes) and keeps whatever it cannot understand as text in `note`.
//
// Reading rules (documented because the text itself is often ambiguous):
//   - "every other X", "biweekly", "bi-weekly", "every other week", "fortnightly" -> INTERVAL=2;
//     "every N weeks" / "every second|third X" -> INTERVAL=N (a number of weeks, like "every other").
//   - "Fourth Wednesday of each month", "last Tuesday of every month", "third Monday" (an ordinal
//     without "every") -> FREQ=MONTHLY;BYDAY=4WE / -1TU / 3MO.
//   - "Alternating between A and B [and C]": one meeting per slot, each every 2 [3] weeks.
//   - Times and zones inside parentheses are conversions ("8am EDT (12am UTC, 2pm CEST)"): they are
//     not meetings; they are kept in ScheduleSlot::conversions so lint can check them. Other words in
//     parentheses ("(Blueprints)") become the meeting title, as does a "label:" prefix.
//   - Abbreviations name a zone, not an offset: "PST" in July still means America/Los_Angeles
//     (lint reports the contradiction). "CST" is US Central. UTC+8 -> Etc/GMT-8 (POSIX sign).
//   - No start date is ever invented: which week a biweekly meeting falls on is left unknown.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/registry.h"

namespace wgf {

// A time stated as a conversion inside parentheses: "(12am UTC)".
struct StatedConversion {
    int minuteOfDay = 0;     // 0..1439
    std::string tz;          // IANA zone the abbreviation names
    std::string asWritten;   // "12am UTC"
};

// What the text said for one slot, beyond the structured fields (read by lint).
struct ScheduleSlot {
    std::string zoneAsWritten;  // "PST", "UTC+8", "Pacific"; empty when none was given
    std::vector<StatedConversion> conversions;
};

struct ScheduleParse {
    // One meeting per slot ("Alternating between Thursday at 08:00 PT and Thursday at 05:30 UTC"
    // gives two). Each keeps the verbatim text in `schedule`; structured fields are filled when
    // understood, otherwise `note` says what could not be understood. Empty for "none", "[none]",
    // "n/a", "-" and empty text (no meeting at all).
    std::vector<Meeting> meetings;
    std::vector<ScheduleSlot> slots;  // parallel to `meetings`
    bool understood = false;          // true when every slot got rrule + time/start + tz
};

// What the page says around a schedule, used only to settle what the text leaves open (which
// CST or IST is meant): never to invent a day, a time or a zone the text does not name.
struct ScheduleContext {
    std::string_view referenceDate;  // "YYYY-MM-DD" (may be empty): when the text was written
    std::string_view place;          // words that may name a region: the page section's heading
                                     // ("Asia-Pacific meetings"), the group's name ("China WG")
};

// "TBD" and similar give one meeting with `note` set and no structured fields.
ScheduleParse parseSchedule(std::string_view text, const ScheduleContext& context);
inline ScheduleParse parseSchedule(std::string_view text, std::string_view referenceDate = {}) {
    return parseSchedule(text, ScheduleContext{referenceDate, {}});
}

// IANA zone for a zone abbreviation or name as people write it ("PT", "pst", "Pacific", "CEST",
// "UTC+8", "JST", "IST", "Europe/Berlin"); empty when unknown. `isDaylight` (optional) is set to
// +1 for a daylight-time abbreviation (PDT, CEST), 0 for a standard-time one (PST, CET), -1 when
// the abbreviation does not say (PT, UTC, JST).
std::string zoneForAbbreviation(std::string_view abbreviation, int* isDaylight = nullptr);

}  // namespace wgf

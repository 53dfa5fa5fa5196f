// wgfinder: free-text meeting schedules -> structured meeting fields.
//
// Registries write schedules for people: "Wednesdays at 11:00 PT (biweekly)", "Fourth Wednesday of
// each month at 12:00 ET", "Alternating between Thursday at 08:00 PT and Thursday at 05:30 UTC".
// parseSchedule() turns such text into the registry format's structured fields (rrule, time, tz,
// durationMinutes) and keeps whatever it cannot understand as text in `note`.
//
// Rule one: never confidently wrong. A meeting time shown to a visitor is a promise, so a slot
// gets rrule/time/tz only when the text says them unambiguously; otherwise it keeps its text, has
// no structured field, and `note` is "not understood: <reason>" (ScheduleSlot::advice says what
// to write instead; lint shows it).
//
// Reading rules:
//   - "every other X", "biweekly", "bi-weekly", "every other week", "fortnightly" -> INTERVAL=2;
//     "every N weeks", "every four weeks", "every second week" -> INTERVAL=N.
//   - An ordinal before a weekday is a week of the month: "Fourth Wednesday of each month",
//     "(monthly - third Tuesday)", "last Wednesday every month" -> FREQ=MONTHLY;BYDAY=4WE, 3TU,
//     -1WE; several ordinals keep every one: "2nd and 4th Tuesday" -> BYDAY=2TU,4TU.
//   - "every second|third X" without a word of the month is refused: it is written for both
//     "every 2|3 weeks" and "the 2nd|3rd X of each month". "bimonthly" (twice a month, or every
//     two months?) and "every other month" (which months?) are refused too.
//   - "Alternating between A and B [and C]": one meeting per slot; with N slots each meets every
//     N times the stated cadence ("every other week ... alternating between 07:00 and 15:00":
//     each every 4 weeks).
//   - One meeting written in several zones ("8am PT / 5pm CET", "8am EDT (2pm CEST)") is one
//     meeting; the other times are conversions, kept in ScheduleSlot::conversions for lint. They
//     must name the same instant (see ScheduleContext::referenceDate), else the slot is refused.
//     Two times joined by "and" are two meetings unless they are the same instant.
//   - Zones: abbreviations name a zone, not an offset ("PST" in July is still
//     America/Los_Angeles; lint reports the contradiction); UTC+8 -> Etc/GMT-8 (POSIX sign);
//     places name their zone ("17:00 Poland", "Beijing time", "10:00 Tokyo"). Abbreviations that
//     several regions use (CST, IST, BST, AST) are settled by a place or region named in the
//     text ("CST (Beijing)") or in ScheduleContext::place ("Asia"), else refused as ambiguous.
//     No offset is typed in the code: they come from the zone data.
//   - A date in the text ("starting Wednesday March 20, 2019", "2019 start date: Jan. 11th")
//     becomes `start` (and `time` stays empty); it must fall on the stated day (and week of the
//     month), and must have a year. Otherwise no start date is invented: which week a biweekly
//     meeting falls on is left unknown.
//   - A meeting of more than 8 hours ("6:30am-7:30pm") is refused: the end time is a typo.
//   - "Occasional", "irregular", "sometimes": refused, whatever else the text says.
//   - Plain words in parentheses ("(Blueprints)") or a "label:" prefix name the meeting
//     (`title`); a parenthesis of frequency or place words ("(biweekly)", "(Beijing)") does not.
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
    int zoneIsDaylight = -1;    // 1 for a daylight-time abbreviation (PDT), 0 standard (PST), -1 either
    std::vector<StatedConversion> conversions;
    std::string advice;         // when not understood: what to write instead
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
    std::string_view referenceDate;  // "YYYY-MM-DD" (may be empty: today): when the text was
                                     // written. Two times given for one meeting must be the same
                                     // instant on this date or on January 15 or July 15 of its
                                     // year (zones change to daylight time on different dates).
    std::string_view place;          // words that may name a region: the page section's heading
                                     // ("Asia-Pacific meetings"), the group's name ("China WG")
};

// "TBD" and similar give one meeting with `note` set and no structured fields.
ScheduleParse parseSchedule(std::string_view text, const ScheduleContext& context);
inline ScheduleParse parseSchedule(std::string_view text, std::string_view referenceDate = {}) {
    return parseSchedule(text, ScheduleContext{referenceDate, {}});
}

// IANA zone for a zone abbreviation or name as people write it ("PT", "pst", "Pacific", "CEST",
// "UTC+8", "JST", "Europe/Berlin"); empty when unknown or ambiguous ("CST", "IST": the page
// must settle those, see parseSchedule). `isDaylight` (optional) is set to +1 for a daylight-time
// abbreviation (PDT, CEST), 0 for a standard-time one (PST, CET), -1 when the abbreviation does
// not say (PT, UTC, JST).
std::string zoneForAbbreviation(std::string_view abbreviation, int* isDaylight = nullptr);

}  // namespace wgf

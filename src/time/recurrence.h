// wgfinder: when does a meeting happen? Recurrence rules, next occurrences in the viewer's zone,
// countdowns.
//
// Occurrences are computed on the wall clock of the meeting's own zone (a "Tuesday 17:00 PT"
// meeting is at 17:00 in Los Angeles every week, summer or winter) and converted to UTC and to the
// viewer's zone with the offsets in force on the date of each occurrence.
// Every expansion is bounded: INTERVAL=0, a start in 1900 or a rule that never matches cannot
// make it loop; they give an empty list and a message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/registry.h"
#include "time/civil.h"
#include "time/zone.h"

namespace wgf {

// The subset of RFC 5545 RRULE the registry format uses.
struct RecurrenceRule {
    enum class Freq { Daily, Weekly, Monthly };
    struct Day {
        int weekday = 0;  // 0 = Monday .. 6 = Sunday
        int ordinal = 0;  // MONTHLY only: 1..5, -1..-5 (from the end), 0 = every such weekday
    };
    Freq freq = Freq::Weekly;
    int interval = 1;
    std::vector<Day> byDay;  // empty: the start date's weekday (weekly) or day of month (monthly)
    int count = 0;           // 0 = unbounded
    std::optional<int64_t> untilUtc;
    // Not RFC 5545: WEEKLY in the ISO weeks of one parity only (1 = odd week numbers, 2 = even),
    // instead of INTERVAL=2 from a start; after a 53-week year (2026) two odd weeks follow.
    int isoWeekParity = 0;
};

// Parses "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "FREQ=MONTHLY;BYDAY=-1FR"... On failure returns
// nullopt and sets `error` ("INTERVAL must be between 1 and 52").
std::optional<RecurrenceRule> parseRecurrenceRule(std::string_view rrule, std::string* error = nullptr);

// One occurrence of a meeting.
struct Occurrence {
    int64_t startUtc = 0;
    int64_t endUtc = 0;          // start + duration (kDefaultMeetingMinutes when not given)
    CivilTime local;             // wall clock in the meeting's zone
    CivilTime viewer;            // wall clock in the viewer's zone
    int viewerWeekday = 0;       // 0 = Monday
    int viewerOffsetSeconds = 0;
    int slot = -1;               // the rotation's slot (Meeting::rotation) it belongs to, or -1
    bool extra = false;          // one of the meeting's extra dates
};

constexpr int kDefaultMeetingMinutes = 60;  // for "happening now" when the duration is not given

struct OccurrenceList {
    std::vector<Occurrence> items;
    // Set when `items` is empty although the meeting has a schedule: the text to show instead, e.g.
    // "every other week (which week is not given)", "unknown time zone 'Mars/Olympus'".
    std::string message;
    // A biweekly (or rarer) rule without `start`: the day and the time are known, the week is not.
    // `items` is then empty and `candidates` holds the dates it may fall on (every matching week,
    // or month), at least INTERVAL of them: exactly one of each INTERVAL consecutive ones is real.
    bool phaseUnknown = false;
    std::vector<Occurrence> candidates;
    int period = 1;  // phaseUnknown: the rule's INTERVAL, so one of each `period` candidates is real
    // Dates of the rule the meeting skips (Meeting::skip) that would have come before the last of
    // `items`, with the reason given: "not on 24 Dec: holiday".
    struct Skipped {
        Occurrence when;
        std::string reason;
    };
    std::vector<Skipped> skipped;
};

// The next `count` occurrences of `meeting` ending after `nowUtc` (a meeting in progress comes
// first), with local times in `viewerZone`: its rule's dates (every slot's for a rotation) without
// its skipped dates, with its extra dates; none for a paused or ended meeting (`message` says so).
// Never guesses which week of a biweekly meeting: its possible dates are `candidates`, and
// startOf() of the one a visitor knows is real makes a `start` for the meeting.
OccurrenceList nextOccurrences(const Meeting& meeting, ZoneDb& db, int64_t nowUtc, std::string_view viewerZone,
                               int count);

// Wall-clock occurrences (local seconds in the meeting's zone) of the rule starting at or after
// `fromLocal`, at most `count`. `anchorLocal` is the meeting's `start` (nullopt: none, in which
// case INTERVAL is ignored and every matching week/month is produced - callers decide whether that
// is acceptable). Returns nullopt with `error` set when the rule yields nothing within 50 years.
std::optional<std::vector<int64_t>> expandLocal(const RecurrenceRule& rule, std::optional<int64_t> anchorLocal,
                                                int timeOfDaySeconds, int64_t fromLocal, int count,
                                                std::string* error = nullptr);

// "in 2 d 3 h", "in 3 h 5 min", "in 45 min", "happening now, ends in 20 min", "ended".
std::string formatCountdown(int64_t nowUtc, int64_t startUtc, int64_t endUtc);

// "Wed 12 Mar 19:00" (viewer's wall clock of an occurrence).
std::string formatOccurrence(const Occurrence& o);
// "Wed 19:00": the viewer's weekday and time, for a meeting whose week is not known.
std::string formatDayTime(const Occurrence& o);
// "Wed 12 Mar": the viewer's date of an occurrence.
std::string formatDate(const Occurrence& o);
// "2026-12-09T11:00": the occurrence on the meeting's own wall clock, as a Meeting::start.
std::string startOf(const Occurrence& o);

// How often the meeting happens, in words: "weekly", "every other week", "every 6 weeks",
// "monthly (4th Wednesday)", "every other week (odd weeks)", "weekly, 2 slots taking turns",
// "once" (COUNT=1), "every other week (which week is not given)" when neither `start`, `anchor` nor `weeks` says.
// Without `sayUnknownWeek`, the words alone: "every other week".
std::string describeCadence(const Meeting& meeting, bool sayUnknownWeek = true);

// "daily", "weekly", "biweekly", "monthly" or "irregular" (anything else, or no rule): the one
// cadence a meeting has for facets and filters.
std::string cadenceOf(const Meeting& meeting);

}  // namespace wgf

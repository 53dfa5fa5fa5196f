// wgfinder: the pieces of the schedule reader shared by its files (see schedule.cpp for the
// index). Internal: nothing outside src/time/schedule*.cpp includes this.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "time/schedule.h"

namespace wgf::schedule_parts {

// ---- schedule_scan.cpp: text -> tokens ------------------------------------------------------

enum class Tok {
    Word,       // any other word (lower case in `text`)
    Day,        // value = 0 (Monday) .. 6 (Sunday)
    Ordinal,    // value = 1..5, or -1 for "last"
    Number,     // bare number, number word ("six") or day of month ("20th": value2 = 1)
    Time,       // value = minute of day; value2 = end minute or -1
    Zone,       // text = IANA zone; empty when `ambiguous` ("CST") until the page settles it
    Month,      // value = 1..12
    Date,       // value = days since 1970-01-01 ("2019-03-20", or a written date once read)
    Sep,        // , ; and & / or
    Colon,      // "label:"
    ParenOpen,
    ParenClose,
    Dash,
};

struct Token {
    Tok kind = Tok::Word;
    int value = 0;
    int value2 = -1;
    std::string text;
    size_t begin = 0, end = 0;  // bytes of the original text
    int depth = 0;              // parenthesis depth
    int daylight = -1;          // Zone: 1 daylight-time abbreviation, 0 standard, -1 either
    bool ambiguous = false;     // Zone: an abbreviation several regions use
};

std::vector<Token> scan(std::string_view original);
std::string hhmm(int minuteOfDay);

// ---- schedule_zones.cpp: zone words ---------------------------------------------------------

struct ZoneWord {
    std::string zone;       // IANA; empty when unknown or ambiguous
    int daylight = -1;
    bool ambiguous = false; // "cst", "ist": see zoneChoices()
};
// A lower-case abbreviation or zone name as written ("pt", "cest", "utc+8", "europe/berlin").
ZoneWord readZoneWord(std::string_view word);
// The zone of a place written in lower case ("beijing", "poland", "bangalore"); empty if none.
std::string placeZone(std::string_view word);
// The zone an ambiguous abbreviation names, settled by the places and regions named in
// `textLower` and `placeLower` (the page section); empty when they do not settle it.
std::string settleZone(std::string_view abbreviation, std::string_view textLower, std::string_view placeLower);
// "America/Chicago (US Central) or Asia/Shanghai (China)".
std::string zoneChoices(std::string_view abbreviation);
// "write the zone (America/Chicago, Asia/Shanghai) or a place ('Chicago time', 'Beijing time')".
std::string zoneAdvice(std::string_view abbreviation);
// Whether an ambiguous abbreviation read as `zone` is daylight time (1), standard (0), or -1.
int daylightOfReading(std::string_view abbreviation, std::string_view zone);

// One time of day in one zone, on a weekday (-1: not said).
struct Moment {
    int day = -1;
    int minute = 0;
    std::string zone;
};
// Whether `a` and `b` are the same instant on at least one of: the reference date ("YYYY-MM-DD",
// empty: today), January 15 and July 15 of its year (two zones that change to daylight time on
// different dates still agree for most of the year). Unknown zones never agree.
bool sameInstant(const Moment& a, const Moment& b, std::string_view referenceDate);

// ---- schedule_rules.cpp: one slot's words -> rrule ------------------------------------------

// Why a slot is not understood, and what to write instead (for lint).
struct Problem {
    std::string reason;  // "ambiguous time zone 'CST'": the note is "not understood: " + reason
    std::string advice;  // "write America/Chicago or Asia/Shanghai"
    bool empty() const { return reason.empty(); }
};

struct SlotRead {
    int time = -1, endTime = -1;
    std::vector<int> days;                        // weekdays without an ordinal, in order written
    std::vector<std::pair<int, int>> monthDays;   // (ordinal, weekday): "2nd and 4th Tuesday"
    std::vector<int> intervals;                   // weeks, as stated ("biweekly", "every 6 weeks")
    bool monthly = false;                         // "monthly", "of the month"
    bool everyDay = false;                        // "every Tuesday": weekly in so many words
    std::pair<int, int> everyNth{0, 0};           // "every third Wednesday": (3, 2), see buildRule
    int dayDate = -1;                             // index of a Date token in the slot's words
    std::string zone, zoneAsWritten;
    int zoneDaylight = -1;
    bool zoneSeen = false;
    std::string title;
    std::vector<StatedConversion> conversions;
    Problem problem;                              // a contradiction found while reading
};

// Reads tokens [b, e) into `r`.
void readRegion(const std::vector<Token>& t, size_t b, size_t e, std::string_view original, SlotRead& r);
// Turns written dates ("March 20, 2019", "Jan. 11th" with a year elsewhere) into Date tokens;
// a date with no year is a problem.
Problem readDates(std::vector<Token>& t);
// Fills m.rrule and m.time or m.start; a problem when the words do not say it unambiguously.
// `interval` > 0 overrides the slot's own (alternating slots); 0 keeps it.
Problem buildRule(const SlotRead& r, int interval, const std::vector<Token>& t, Meeting& m);

}  // namespace wgf::schedule_parts

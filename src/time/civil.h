// wgfinder: civil (proleptic Gregorian) calendar arithmetic, independent of any time zone.
//
// Times are plain integers: seconds since 1970-01-01T00:00 either in UTC ("utc seconds") or on a
// wall clock ("local seconds": the same count as if the wall clock were UTC).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wgf {

struct CivilTime {
    int year = 1970, month = 1, day = 1;  // month 1..12, day 1..31
    int hour = 0, minute = 0, second = 0;
};

// Days since 1970-01-01 of a civil date (any year; month/day must be valid).
int64_t daysFromCivil(int year, int month, int day);
// Inverse of daysFromCivil.
void civilFromDays(int64_t days, int& year, int& month, int& day);
// 0 = Monday .. 6 = Sunday.
int weekdayFromDays(int64_t days);
int daysInMonth(int year, int month);
// ISO 8601 week number (1..53) of a date: weeks start on Monday, week 1 holds the year's first
// Thursday. 2026 has 53 weeks: 28 Dec 2026 is in week 53, 4 Jan 2027 in week 1.
int isoWeekNumber(int64_t days);

int64_t toSeconds(const CivilTime& t);
CivilTime fromSeconds(int64_t seconds);
inline int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// "YYYY-MM-DD" -> days since epoch.
std::optional<int64_t> parseDate(std::string_view s);
// "YYYY-MM-DDTHH:MM" (optionally ":SS") -> local seconds.
std::optional<int64_t> parseLocalDateTime(std::string_view s);
// "HH:MM" -> minute of day.
std::optional<int> parseClock(std::string_view s);
// "2025-03-09T12:30Z" / "2025-03-09T12:30:00Z" / "2025-03-09" (midnight UTC) -> utc seconds.
std::optional<int64_t> parseUtcInstant(std::string_view s);

// "2025-03-09T02:30" (seconds shown only when not zero).
std::string formatLocalDateTime(const CivilTime& t);
// The one table of weekday names, in ISO order (0 = Monday .. 6 = Sunday, as weekdayFromDays).
struct WeekdayNames {
    const char* code;       // "MO": RFC 5545 BYDAY
    const char* key;        // "mon": facet values, URL state
    const char* shortName;  // "Mon"
    const char* name;       // "Monday"
};
extern const WeekdayNames kWeekdays[7];
// "MO".."SU" in any case -> 0..6, or -1.
int weekdayFromCode(std::string_view code);
// A weekday written by people: "mon", "Monday", "tu", "Tues", "THURS" (a prefix of the English
// name of at least two letters, any case) -> 0..6, or -1.
int weekdayFromName(std::string_view name);
// "Mon", "Tue"...; `weekday` 0 = Monday (any integer, taken modulo 7).
const char* weekdayShortName(int weekday);
// The one table of month names (0 = January .. 11 = December).
struct MonthNames {
    const char* shortName;  // "Jan"
    const char* name;       // "January"
};
extern const MonthNames kMonths[12];
// "Jan", "Sept", "MARCH" (a prefix of the English name of at least three letters, any case)
// -> 1..12, or 0.
int monthFromName(std::string_view name);
// "Jan".."Dec"; `month` 1 = January (any integer, taken modulo 12).
const char* monthShortName(int month);

}  // namespace wgf

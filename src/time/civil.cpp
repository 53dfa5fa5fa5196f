// wgfinder: civil calendar arithmetic (see civil.h).
#include "time/civil.h"

#include <cstdio>

namespace wgf {

// Days from civil date with the era method: 400-year eras of 146097 days, years starting in March
// so that the leap day is the last day of the year.
int64_t daysFromCivil(int year, int month, int day) {
    int64_t y = (int64_t)year - (month <= 2 ? 1 : 0);
    int64_t era = floorDiv(y, 400);
    int64_t yoe = y - era * 400;                                      // [0, 399]
    int64_t mp = (month + 9) % 12;                                    // March = 0
    int64_t doy = (153 * mp + 2) / 5 + day - 1;                       // [0, 365]
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;              // [0, 146096]
    return era * 146097 + doe - 719468;
}

void civilFromDays(int64_t days, int& year, int& month, int& day) {
    int64_t z = days + 719468;
    int64_t era = floorDiv(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    day = (int)(doy - (153 * mp + 2) / 5 + 1);
    month = (int)(mp < 10 ? mp + 3 : mp - 9);
    year = (int)(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

int weekdayFromDays(int64_t days) { return (int)(((days % 7) + 7 + 3) % 7); }  // 1970-01-01 was a Thursday

int isoWeekNumber(int64_t days) {
    int64_t thursday = days - weekdayFromDays(days) + 3;  // the week's Thursday decides its year
    int y, m, d;
    civilFromDays(thursday, y, m, d);
    return (int)((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
}

int daysInMonth(int year, int month) {
    static const int n[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : n[(month - 1) % 12];
}

int64_t toSeconds(const CivilTime& t) {
    return daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
}

CivilTime fromSeconds(int64_t seconds) {
    CivilTime t;
    int64_t days = floorDiv(seconds, 86400);
    int64_t rest = seconds - days * 86400;
    civilFromDays(days, t.year, t.month, t.day);
    t.hour = (int)(rest / 3600), t.minute = (int)(rest / 60 % 60), t.second = (int)(rest % 60);
    return t;
}

static bool digits(std::string_view s, size_t at, size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

std::optional<int64_t> parseDate(std::string_view s) {
    int y, m, d;
    if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' || !digits(s, 8, 2, d))
        return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::optional<int> parseClock(std::string_view s) {
    int h, m;
    if (s.size() != 5 || !digits(s, 0, 2, h) || s[2] != ':' || !digits(s, 3, 2, m) || h > 23 || m > 59) return std::nullopt;
    return h * 60 + m;
}

std::optional<int64_t> parseLocalDateTime(std::string_view s) {
    auto d = parseDate(s);
    if (!d || s.size() < 16 || (s[10] != 'T' && s[10] != ' ')) return std::nullopt;
    auto c = parseClock(s.substr(11, 5));
    if (!c) return std::nullopt;
    int sec = 0;
    size_t end = 16;
    if (s.size() >= 19 && s[16] == ':') {
        if (!digits(s, 17, 2, sec) || sec > 59) return std::nullopt;
        end = 19;
    }
    if (end != s.size()) return std::nullopt;
    return *d * 86400 + *c * 60 + sec;
}

std::optional<int64_t> parseUtcInstant(std::string_view s) {
    if (s.size() == 10) {
        auto d = parseDate(s);
        if (!d) return std::nullopt;
        return *d * 86400;
    }
    if (s.empty() || s.back() != 'Z') return std::nullopt;
    return parseLocalDateTime(s.substr(0, s.size() - 1));
}

std::string formatLocalDateTime(const CivilTime& t) {
    char buf[40];
    if (t.second)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour, t.minute);
    return buf;
}

const WeekdayNames kWeekdays[7] = {
    {"MO", "mon", "Mon", "Monday"},   {"TU", "tue", "Tue", "Tuesday"}, {"WE", "wed", "Wed", "Wednesday"},
    {"TH", "thu", "Thu", "Thursday"}, {"FR", "fri", "Fri", "Friday"},  {"SA", "sat", "Sat", "Saturday"},
    {"SU", "sun", "Sun", "Sunday"},
};

namespace {
bool sameLetters(std::string_view a, std::string_view b) {  // ASCII, case-insensitive
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}
}  // namespace

int weekdayFromCode(std::string_view code) {
    for (int d = 0; d < 7; ++d)
        if (sameLetters(code, kWeekdays[d].code)) return d;
    return -1;
}

int weekdayFromName(std::string_view name) {
    if (name.size() < 2) return -1;  // two letters tell the days apart ("tu", "th", "sa", "su")
    for (int d = 0; d < 7; ++d) {
        std::string_view full = kWeekdays[d].name;
        if (name.size() <= full.size() && sameLetters(name, full.substr(0, name.size()))) return d;
    }
    return -1;
}

const char* weekdayShortName(int weekday) { return kWeekdays[((weekday % 7) + 7) % 7].shortName; }

const MonthNames kMonths[12] = {
    {"Jan", "January"}, {"Feb", "February"}, {"Mar", "March"},     {"Apr", "April"},   {"May", "May"},      {"Jun", "June"},
    {"Jul", "July"},    {"Aug", "August"},   {"Sep", "September"}, {"Oct", "October"}, {"Nov", "November"}, {"Dec", "December"},
};

int monthFromName(std::string_view name) {
    if (name.size() < 3) return 0;  // "ma" and "ju" name two months each
    for (int m = 0; m < 12; ++m) {
        std::string_view full = kMonths[m].name;
        if (name.size() <= full.size() && sameLetters(name, full.substr(0, name.size()))) return m + 1;
    }
    return 0;
}

const char* monthShortName(int month) { return kMonths[((month - 1) % 12 + 12) % 12].shortName; }

}  // namespace wgf

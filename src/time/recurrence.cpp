// wgfinder: recurrence expansion, next occurrences and countdowns (see recurrence.h).
#include "time/recurrence.h"

#include <algorithm>
#include <cstdio>

namespace wgf {

namespace {


bool toInt(std::string_view s, int& out, int lo, int hi) {
    if (s.empty() || s.size() > 6) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    if (v < lo || v > hi) return false;
    out = v;
    return true;
}

std::string_view trimView(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<RecurrenceRule> parseRecurrenceRule(std::string_view text, std::string* error) {
    auto fail = [&](std::string why) -> std::optional<RecurrenceRule> {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    text = trimView(text);
    if (text.rfind("RRULE:", 0) == 0) text.remove_prefix(6);
    if (text.empty()) return fail("empty rule");
    RecurrenceRule r;
    bool haveFreq = false;
    while (!text.empty()) {
        size_t semi = text.find(';');
        std::string_view part = text.substr(0, semi);
        text = semi == std::string_view::npos ? std::string_view{} : text.substr(semi + 1);
        size_t eq = part.find('=');
        if (eq == std::string_view::npos) return fail("'" + std::string(part) + "' is not NAME=VALUE");
        std::string_view key = part.substr(0, eq), value = part.substr(eq + 1);
        if (key == "FREQ") {
            if (value == "DAILY") r.freq = RecurrenceRule::Freq::Daily;
            else if (value == "WEEKLY") r.freq = RecurrenceRule::Freq::Weekly;
            else if (value == "MONTHLY") r.freq = RecurrenceRule::Freq::Monthly;
            else return fail("FREQ=" + std::string(value) + " is not supported (DAILY, WEEKLY, MONTHLY)");
            haveFreq = true;
        } else if (key == "INTERVAL") {
            if (!toInt(value, r.interval, 1, 99)) return fail("INTERVAL must be a number from 1 to 99");
        } else if (key == "COUNT") {
            if (!toInt(value, r.count, 1, 10000)) return fail("COUNT must be a number from 1 to 10000");
        } else if (key == "UNTIL") {
            std::string v(value);
            // YYYYMMDD or YYYYMMDDTHHMMSS[Z]
            if (v.size() < 8) return fail("UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSSZ");
            std::string iso = v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2);
            auto d = parseDate(iso);
            if (!d || (v.size() != 8 && v.size() != 15 && v.size() != 16)) return fail("UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSSZ");
            int64_t t = *d * 86400 + 86399;
            if (v.size() >= 15) {
                auto dt = parseLocalDateTime(iso + "T" + v.substr(9, 2) + ":" + v.substr(11, 2) + ":" + v.substr(13, 2));
                if (!dt) return fail("UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSSZ");
                t = *dt;
            }
            r.untilUtc = t;
        } else if (key == "BYDAY") {
            while (!value.empty()) {
                size_t comma = value.find(',');
                std::string_view item = value.substr(0, comma);
                value = comma == std::string_view::npos ? std::string_view{} : value.substr(comma + 1);
                if (item.size() < 2) return fail("BYDAY item '" + std::string(item) + "' is not a weekday");
                RecurrenceRule::Day day;
                std::string_view code = item.substr(item.size() - 2), ord = item.substr(0, item.size() - 2);
                day.weekday = weekdayFromCode(code);
                if (day.weekday < 0) return fail("BYDAY item '" + std::string(item) + "' is not a weekday");
                if (!ord.empty()) {
                    int sign = 1;
                    if (ord.front() == '+' || ord.front() == '-') sign = ord.front() == '-' ? -1 : 1, ord.remove_prefix(1);
                    if (!toInt(ord, day.ordinal, 1, 5)) return fail("BYDAY ordinal in '" + std::string(item) + "' must be 1 to 5 or -1 to -5");
                    day.ordinal *= sign;
                }
                r.byDay.push_back(day);
            }
        } else if (key == "WKST") {
            // Weeks start on Monday (the RFC default); another WKST only matters with INTERVAL>1
            // and several days, which no registry uses.
        } else {
            return fail(std::string(key) + " is not supported");
        }
    }
    if (!haveFreq) return fail("FREQ is missing");
    for (const auto& d : r.byDay)
        if (d.ordinal != 0 && r.freq != RecurrenceRule::Freq::Monthly) return fail("BYDAY ordinals need FREQ=MONTHLY");
    return r;
}

std::optional<std::vector<int64_t>> expandLocal(const RecurrenceRule& rule, std::optional<int64_t> anchor,
                                                int tod, int64_t fromLocal, int count, std::string* error) {
    std::vector<int64_t> out;
    if (count <= 0) return out;
    if (rule.interval < 1) {
        if (error) *error = "INTERVAL must be at least 1";
        return std::nullopt;
    }
    const int interval = anchor && !rule.isoWeekParity ? rule.interval : 1;
    // With COUNT, occurrences are numbered from the start: expand from there (bounded by COUNT).
    int64_t from = (rule.count && anchor) ? *anchor : fromLocal;
    int produced = 0;  // occurrences since the anchor, for COUNT
    auto accept = [&](int64_t t) {
        if (anchor && t < *anchor) return true;
        if (rule.untilUtc && t > *rule.untilUtc + 14 * 3600) return false;  // local vs UTC: within a day
        if (rule.count && ++produced > rule.count) return false;
        if (t >= fromLocal && (!rule.untilUtc || t <= *rule.untilUtc + 14 * 3600)) out.push_back(t);
        return (int)out.size() < count;
    };
    const int64_t fromDay = floorDiv(from, 86400);
    auto mondayOf = [](int64_t day) { return day - weekdayFromDays(day); };

    if (rule.freq == RecurrenceRule::Freq::Weekly) {
        std::vector<int> days;
        for (const auto& d : rule.byDay) days.push_back(d.weekday);
        if (days.empty() && anchor) days.push_back(weekdayFromDays(floorDiv(*anchor, 86400)));
        if (days.empty()) {
            if (error) *error = "BYDAY is missing and there is no start date";
            return std::nullopt;
        }
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        int64_t base = anchor ? mondayOf(floorDiv(*anchor, 86400)) : mondayOf(fromDay);
        int64_t k = std::max<int64_t>(0, floorDiv(mondayOf(fromDay) - base, 7 * interval));
        const int64_t maxPeriods = 50 * 53;
        for (int64_t n = 0; n < maxPeriods; ++n, ++k) {
            int64_t week = base + k * 7 * interval;
            if (rule.isoWeekParity && isoWeekNumber(week) % 2 != rule.isoWeekParity % 2) continue;
            for (int wd : days)
                if (!accept((week + wd) * 86400 + tod)) return out;
        }
    } else if (rule.freq == RecurrenceRule::Freq::Monthly) {
        int ay, am, ad;
        civilFromDays(anchor ? floorDiv(*anchor, 86400) : fromDay, ay, am, ad);
        int fy, fm, fd;
        civilFromDays(fromDay, fy, fm, fd);
        int64_t baseMonth = (int64_t)ay * 12 + (am - 1);
        int64_t fromMonth = (int64_t)fy * 12 + (fm - 1);
        int64_t k = std::max<int64_t>(0, floorDiv(fromMonth - baseMonth, interval));
        for (int64_t n = 0; n < 50 * 12; ++n, ++k) {
            int64_t mi = baseMonth + k * interval;
            int y = (int)floorDiv(mi, 12), m = (int)(mi - (int64_t)y * 12) + 1;
            int64_t first = daysFromCivil(y, m, 1);
            int len = daysInMonth(y, m);
            std::vector<int64_t> days;
            if (rule.byDay.empty()) {
                if (ad <= len) days.push_back(first + ad - 1);
            }
            for (const auto& d : rule.byDay) {
                int64_t firstMatch = first + (d.weekday - weekdayFromDays(first) + 7) % 7;
                std::vector<int64_t> all;
                for (int64_t x = firstMatch; x < first + len; x += 7) all.push_back(x);
                if (d.ordinal == 0) days.insert(days.end(), all.begin(), all.end());
                else if (d.ordinal > 0 && d.ordinal <= (int)all.size()) days.push_back(all[d.ordinal - 1]);
                else if (d.ordinal < 0 && -d.ordinal <= (int)all.size()) days.push_back(all[all.size() + d.ordinal]);
            }
            std::sort(days.begin(), days.end());
            days.erase(std::unique(days.begin(), days.end()), days.end());
            for (int64_t day : days)
                if (!accept(day * 86400 + tod)) return out;
        }
    } else {  // Daily
        int64_t base = anchor ? floorDiv(*anchor, 86400) : fromDay;
        int64_t k = std::max<int64_t>(0, floorDiv(fromDay - base, interval));
        for (int64_t n = 0; n < 50 * 366; ++n, ++k)
            if (!accept((base + k * interval) * 86400 + tod)) return out;
    }
    if (out.empty() && !(rule.count || rule.untilUtc)) {
        if (error) *error = "the rule gives no date within 50 years";
        return std::nullopt;
    }
    return out;
}

static std::string amount(int64_t minutes) {
    long long d = minutes / 1440, h = minutes / 60 % 24, mi = minutes % 60;
    char buf[48];
    if (d && h) std::snprintf(buf, sizeof buf, "%lld d %lld h", d, h);
    else if (d) std::snprintf(buf, sizeof buf, "%lld d", d);
    else if (h && mi) std::snprintf(buf, sizeof buf, "%lld h %lld min", h, mi);
    else if (h) std::snprintf(buf, sizeof buf, "%lld h", h);
    else std::snprintf(buf, sizeof buf, "%lld min", mi);
    return buf;
}

std::string formatCountdown(int64_t now, int64_t start, int64_t end) {
    auto ceilMinutes = [](int64_t seconds) { return (seconds + 59) / 60; };
    if (now >= end) return "ended";
    if (now >= start) return "happening now, ends in " + amount(ceilMinutes(end - now));
    int64_t seconds = start - now;
    // Days and hours are floored ("in 2 d 3 h" until it is "in 2 d 2 h"); minutes are rounded up
    // so that "in 1 min" shows until the start.
    if (seconds >= 3600) return "in " + amount(seconds / 60);
    return "in " + amount(ceilMinutes(seconds));
}

std::string formatDayTime(const Occurrence& o) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%s %02d:%02d", weekdayShortName(o.viewerWeekday), o.viewer.hour, o.viewer.minute);
    return buf;
}

std::string formatDate(const Occurrence& o) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%s %d %s", weekdayShortName(o.viewerWeekday), o.viewer.day, monthShortName(o.viewer.month));
    return buf;
}

std::string startOf(const Occurrence& o) { return formatLocalDateTime(o.local); }

std::string formatOccurrence(const Occurrence& o) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s %d %s %02d:%02d", weekdayShortName(o.viewerWeekday), o.viewer.day,
                  monthShortName(o.viewer.month), o.viewer.hour, o.viewer.minute);
    return buf;
}

std::string describeCadence(const Meeting& m, bool sayUnknownWeek) {
    if (m.rrule.empty()) return {};
    auto rule = parseRecurrenceRule(m.rrule);
    if (!rule) return {};
    if (rule->count == 1) return "once";  // an event held once (COUNT=1), as calendars write one
    std::string s;
    const int n = rule->interval;
    if (rule->freq == RecurrenceRule::Freq::Daily) s = n == 1 ? "daily" : "every " + std::to_string(n) + " days";
    else if (rule->freq == RecurrenceRule::Freq::Weekly) s = n == 1 ? "weekly" : n == 2 ? "every other week" : "every " + std::to_string(n) + " weeks";
    else {
        static const char* const ords[] = {"", "1st", "2nd", "3rd", "4th", "5th"};
        s = n == 1 ? "monthly" : n == 2 ? "every other month" : "every " + std::to_string(n) + " months";
        std::string which;
        for (const auto& d : rule->byDay) {
            if (!which.empty()) which += ", ";
            if (d.ordinal == -1) which += "last ";
            else if (d.ordinal > 0) which += std::string(ords[d.ordinal]) + " ";
            else if (d.ordinal < -1) which += std::string(ords[-d.ordinal]) + " from last ";
            which += kWeekdays[d.weekday].name;
        }
        if (!which.empty()) s += " (" + which + ")";
    }
    if (!m.weeks.empty() && rule->freq == RecurrenceRule::Freq::Weekly && n == 2) s += " (" + m.weeks + " weeks)";
    if (m.rotation.size() > 1) s += ", " + std::to_string(m.rotation.size()) + " slots taking turns";
    bool weekKnown = !m.start.empty() || !m.anchor.empty() || !m.weeks.empty();
    if ((n > 1 || m.rotation.size() > 1) && !weekKnown && sayUnknownWeek)
        s += m.rotation.size() > 1 ? " (which slot is when is not given)"
             : rule->freq == RecurrenceRule::Freq::Weekly ? " (which week is not given)" : " (which month is not given)";
    return s;
}

std::string cadenceOf(const Meeting& m) {
    auto rule = m.rrule.empty() ? std::nullopt : parseRecurrenceRule(m.rrule);
    if (!rule || rule->count == 1) return "irregular";
    if (rule->freq == RecurrenceRule::Freq::Weekly && rule->interval == 1) return "weekly";
    if (rule->freq == RecurrenceRule::Freq::Weekly && rule->interval == 2) return "biweekly";
    if (rule->freq == RecurrenceRule::Freq::Monthly && rule->interval == 1) return "monthly";
    if (rule->freq == RecurrenceRule::Freq::Daily && rule->interval == 1) return "daily";
    return "irregular";
}

}  // namespace wgf

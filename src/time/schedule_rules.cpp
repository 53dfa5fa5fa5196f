// wgfinder: the schedule reader's rules (see schedule.cpp for the index): what one slot's words
// say about how often, on which days and from which date, and the rrule they make.
#include <algorithm>

#include "time/civil.h"
#include "time/schedule_parts.h"

namespace wgf::schedule_parts {

namespace {

bool isWord(const std::vector<Token>& t, size_t i, const char* w) {
    return i < t.size() && t[i].kind == Tok::Word && t[i].text == w;
}

bool isFrequencyWord(const std::string& w) {
    static const char* const words[] = {"weekly", "biweekly", "bi-weekly", "fortnightly", "monthly", "every",
                                        "other", "week", "weeks", "month", "of", "the", "each"};
    return std::any_of(std::begin(words), std::end(words), [&](const char* x) { return w == x; });
}

// "2019-03-20" -> "March 20, 2019", as people read it in a message.
// A misspelt or unsupported word for how often ("bimonthy", "biweekley", "quarterly"): the meeting
// is refused rather than read as weekly.
bool looksLikeFrequency(const std::string& w) {
    static const char* const known[] = {"weekly", "biweekly", "monthly", "bimonthly", "fortnightly"};
    if (w == "daily" || w == "quarterly" || w == "yearly" || w == "annually") return true;
    if (w.size() < 5 || isFrequencyWord(w)) return false;
    for (const char* k : known) {
        std::string_view a(w), b(k);  // Levenshtein distance 1 ("months", "weekday" are 2 away)
        std::vector<size_t> row(b.size() + 1);
        for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
        for (size_t i = 1; i <= a.size(); ++i) {
            size_t diag = row[0];
            row[0] = i;
            for (size_t j = 1; j <= b.size(); ++j) {
                size_t up = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
                diag = up;
            }
        }
        if (row[b.size()] <= 1) return true;
    }
    return false;
}

std::string spokenDate(int64_t days) {
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    return std::string(kMonths[m - 1].name) + " " + std::to_string(d) + ", " + std::to_string(y);
}

std::string isoDate(int64_t days) {
    CivilTime c;
    civilFromDays(days, c.year, c.month, c.day);
    return formatLocalDateTime(c).substr(0, 10);
}

// The week of the month of a date: 1..5, and whether it is also the last such weekday.
void weekOfMonth(int64_t days, int& ordinal, bool& last) {
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    ordinal = (d - 1) / 7 + 1;
    last = d + 7 > daysInMonth(y, m);
}

}  // namespace

Problem readDates(std::vector<Token>& t) {
    auto dayAt = [&](size_t i) {
        return i < t.size() && ((t[i].kind == Tok::Number && t[i].value >= 1 && t[i].value <= 31) ||
                                (t[i].kind == Tok::Ordinal && t[i].value > 0 && t[i].end - t[i].begin <= 3));
    };
    auto yearAt = [&](size_t i) {
        return i < t.size() && t[i].kind == Tok::Number && t[i].value2 < 0 && t[i].value >= 1970 && t[i].value <= 2100;
    };
    // A year written once elsewhere ("2019 start date: Jan. 11th").
    int loneYear = 0;
    for (size_t i = 0; i < t.size(); ++i)
        if (yearAt(i)) loneYear = (loneYear == 0 || loneYear == t[i].value) ? t[i].value : -1;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != Tok::Month) continue;
        size_t first = i, last = i, dayTok = 0, yearTok = 0;
        if (dayAt(i + 1)) {  // "March 20, 2019", "Jan. 11th"
            dayTok = last = i + 1;
            size_t y = i + 2;
            if (y < t.size() && t[y].kind == Tok::Sep && t[y].text == ",") ++y;
            if (yearAt(y)) yearTok = last = y;
        } else if (i > 0 && dayAt(i - 1)) {  // "20 March 2019"
            dayTok = first = i - 1;
            if (yearAt(i + 1)) yearTok = last = i + 1;
        } else {
            continue;  // "May" without a day is no date
        }
        int year = yearTok ? t[yearTok].value : loneYear;
        std::string written = std::to_string(t[dayTok].value) + " " + kMonths[t[i].value - 1].name;
        if (year <= 0)
            return {"the date '" + written + "' has no year (which week is meant?)", "add the year, e.g. '" + written + " 2025'"};
        int day = t[dayTok].value;
        if (day > daysInMonth(year, t[i].value))
            return {"there is no " + written + " " + std::to_string(year), "correct the date"};
        Token date = t[first];
        date.kind = Tok::Date;
        date.value = (int)daysFromCivil(year, t[i].value, day);
        date.end = t[last].end;
        for (size_t k = first; k <= last; ++k) t[k] = Token{Tok::Word, 0, -1, {}, t[k].begin, t[k].end, t[k].depth};
        t[first] = date;
        i = last;
    }
    return {};
}

void readRegion(const std::vector<Token>& t, size_t b, size_t e, std::string_view original, SlotRead& r) {
    for (size_t i = b; i < e; ++i) {
        const Token& k = t[i];
        if (k.depth > 0 && k.kind == Tok::Time) {
            // A time in parentheses converts the slot's time ("8am EDT (12am UTC)"): kept for the
            // consistency check and for lint.
            size_t z = i + 1;
            if (z < e && t[z].kind == Tok::Zone && t[z].depth > 0 && !t[z].text.empty()) {
                r.conversions.push_back({k.value, t[z].text, std::string(original.substr(k.begin, t[z].end - k.begin))});
                i = z;
            }
            continue;
        }
        // Inside parentheses only the words of how often count ("(biweekly)", "(First Wednesday
        // of the month)"): a lone day or zone there explains, it does not schedule.
        if (k.depth > 0 && (k.kind == Tok::Zone || k.kind == Tok::Day)) continue;
        switch (k.kind) {
            case Tok::Time:
                if (r.time < 0) r.time = k.value, r.endTime = k.value2;
                break;
            case Tok::Zone:
                if (!r.zoneSeen) {
                    r.zoneSeen = true;
                    r.zone = k.text;
                    r.zoneDaylight = k.daylight;
                    r.zoneAsWritten = std::string(original.substr(k.begin, k.end - k.begin));
                    if (r.zoneAsWritten.size() > 5 && r.zoneAsWritten.compare(r.zoneAsWritten.size() - 5, 5, " time") == 0)
                        r.zoneAsWritten.resize(r.zoneAsWritten.size() - 5);
                }
                break;
            case Tok::Day:
                if (std::find(r.days.begin(), r.days.end(), k.value) == r.days.end()) r.days.push_back(k.value);
                break;
            case Tok::Date:
                if (r.dayDate >= 0 && t[(size_t)r.dayDate].value != k.value)
                    r.problem = {"the text gives two dates", "give one date the meeting happens on"};
                r.dayDate = (int)i;
                break;
            case Tok::Ordinal: {
                // "2nd and 4th Tuesday", "first Wednesday", "every second week".
                std::vector<int> ords{k.value};
                size_t j = i;
                while (j + 2 < e && t[j + 1].kind == Tok::Sep && t[j + 1].text != "/" && t[j + 2].kind == Tok::Ordinal)
                    ords.push_back(t[j + 2].value), j += 2;
                bool every = i > b && isWord(t, i - 1, "every");
                if (j + 1 < e && t[j + 1].kind == Tok::Day) {
                    int day = t[j + 1].value;
                    if (every && ords.size() == 1 && ords[0] > 0) {
                        r.everyNth = {ords[0], day};  // settled by buildRule: monthly or ambiguous
                    } else {
                        for (int o : ords) r.monthDays.push_back({o, day});
                        r.monthly = true;
                    }
                    i = j + 1;
                } else if (every && ords.size() == 1 && ords[0] > 1 && (isWord(t, j + 1, "week") || isWord(t, j + 1, "weeks"))) {
                    r.intervals.push_back(ords[0]);  // "every second week"
                    i = j + 1;
                }
                break;
            }
            case Tok::Number:
                if (i > b && isWord(t, i - 1, "every")) {
                    if (isWord(t, i + 1, "weeks") || isWord(t, i + 1, "week")) r.intervals.push_back(k.value);
                    else if (isWord(t, i + 1, "months") || isWord(t, i + 1, "month"))
                        r.problem = {"every " + std::to_string(k.value) + " months (which months is not given)",
                                     "give one date it happens on, e.g. 'first Tuesday every 2 months, starting March 4, 2025'"};
                }
                break;
            case Tok::Word:
                if (k.text == "every") {
                    if (isWord(t, i + 1, "other")) {
                        if (isWord(t, i + 2, "month"))
                            r.problem = {"every other month (which months is not given)",
                                         "give one date it happens on, e.g. 'first Tuesday every other month, starting March 4, 2025'"};
                        else r.intervals.push_back(2);
                    } else if (i + 1 < e && t[i + 1].kind == Tok::Day) {
                        r.everyDay = true;
                    } else if (isWord(t, i + 1, "week")) {
                        r.intervals.push_back(1);
                    }
                } else if (k.text == "biweekly" || k.text == "bi-weekly" || k.text == "fortnightly") {
                    r.intervals.push_back(2);
                } else if (k.text == "weekly") {
                    r.intervals.push_back(1);
                } else if (k.text == "monthly" || k.text == "month" || k.text == "semimonthly" || k.text == "semi-monthly") {
                    r.monthly = true;
                } else if (k.text == "bimonthly" || k.text == "bi-monthly") {
                    r.problem = {"'bimonthly' can mean twice a month or every two months",
                                 "say which, e.g. 'first and third Tuesday of the month' or 'every other month'"};
                } else if (looksLikeFrequency(k.text)) {
                    // "(bimonthy)" on a real page: skipping the word would make it weekly.
                    r.problem = {"'" + k.text + "' looks like a word for how often, but is not one this reader knows",
                                 "write weekly, biweekly, or which weeks of the month, e.g. 'second and fourth Thursday'"};
                }
                break;
            case Tok::ParenOpen: {
                // A parenthesis of plain words is a title ("(Blueprints)"); not one that only says
                // how often ("(biweekly)") or where ("(Beijing)").
                size_t j = i + 1;
                bool plain = true, onlyFrequencyOrPlace = true;
                while (j < e && t[j].depth > 0) {
                    if (t[j].kind != Tok::Word) plain = false;
                    else if (!isFrequencyWord(t[j].text) && placeZone(t[j].text).empty()) onlyFrequencyOrPlace = false;
                    ++j;
                }
                if (plain && !onlyFrequencyOrPlace && j > i + 1 && r.title.empty())
                    r.title = std::string(original.substr(t[i + 1].begin, t[j - 1].end - t[i + 1].begin));
                break;
            }
            default:
                break;
        }
    }
}

Problem buildRule(const SlotRead& r, int interval, const std::vector<Token>& t, Meeting& m) {
    if (!r.problem.empty()) return r.problem;
    if (!r.zoneSeen) return {"no time zone", "add the zone, e.g. '10:00 PT' or '10:00 Europe/Berlin'"};
    if (r.zone.empty()) {
        std::string choices = zoneChoices(r.zoneAsWritten);
        if (!choices.empty())
            return {"ambiguous time zone '" + r.zoneAsWritten + "': " + choices, zoneAdvice(r.zoneAsWritten)};
        return {"unknown time zone " + r.zoneAsWritten, "write an IANA zone such as Europe/Berlin"};
    }
    std::vector<std::pair<int, int>> monthDays = r.monthDays;
    bool monthly = r.monthly;
    if (r.everyNth.first != 0) {
        // "every third Wednesday": every three weeks, or the third Wednesday of each month?
        // Only a word of the month settles it.
        if (!monthly) {
            static const char* const ordinals[] = {"", "first", "second", "third", "fourth", "fifth"};
            std::string day = kWeekdays[r.everyNth.second].name;
            std::string nth = ordinals[std::clamp(r.everyNth.first, 0, 5)];
            std::string n = std::to_string(r.everyNth.first);
            return {"'every " + nth + " " + day + "' can mean every " + n + " weeks or the " + nth + " " + day + " of each month",
                    "write 'every " + n + " weeks on " + day + "' or '" + nth + " " + day + " of the month'"};
        }
        monthDays.push_back(r.everyNth);
    }
    std::vector<int> days = r.days;
    int64_t date = r.dayDate >= 0 ? t[(size_t)r.dayDate].value : -1;
    if (days.empty() && monthDays.empty() && date >= 0) days.push_back(weekdayFromDays(date));  // the date's own day
    if (days.empty() && monthDays.empty()) return {"no day of the week", "write the day, e.g. 'Tuesdays at 10:00 PT'"};

    std::vector<int> stated = r.intervals;
    std::sort(stated.begin(), stated.end());
    stated.erase(std::unique(stated.begin(), stated.end()), stated.end());
    if (stated.size() > 1) return {"the text gives two frequencies", "give one, e.g. 'every other week'"};
    std::string byday;
    if (monthly) {
        if (!stated.empty() || r.everyDay || interval > 0)
            return {"the text says both weekly and monthly", "give one, e.g. 'third Tuesday of the month'"};
        if (monthDays.empty())
            return {"monthly, but which week of the month is not given", "write which, e.g. 'third Tuesday of the month'"};
        for (int d : days)
            if (std::none_of(monthDays.begin(), monthDays.end(), [&](const auto& md) { return md.second == d; }))
                return {"monthly, but which " + std::string(kWeekdays[d].name) + " of the month is not given",
                        "write which, e.g. 'third " + std::string(kWeekdays[d].name) + " of the month'"};
        for (size_t i = 0; i < monthDays.size(); ++i) {
            if (std::find(monthDays.begin(), monthDays.begin() + (long)i, monthDays[i]) != monthDays.begin() + (long)i) continue;
            if (!byday.empty()) byday += ',';
            byday += std::to_string(monthDays[i].first);
            byday += kWeekdays[monthDays[i].second].code;
        }
        m.rrule = "FREQ=MONTHLY;BYDAY=" + byday;
    } else {
        for (int d : days) {
            if (!byday.empty()) byday += ',';
            byday += kWeekdays[d].code;
        }
        if (interval <= 0) interval = stated.empty() ? 1 : stated[0];
        m.rrule = interval > 1 ? "FREQ=WEEKLY;INTERVAL=" + std::to_string(interval) + ";BYDAY=" + byday : "FREQ=WEEKLY;BYDAY=" + byday;
    }
    if (r.endTime >= 0) {
        int d = (r.endTime - r.time + 1440) % 1440;
        if (d > 8 * 60)
            return {hhmm(r.time) + " to " + hhmm(r.endTime) + " would last " + std::to_string(d / 60) + " h " + std::to_string(d % 60) + " min",
                    "correct the end time"};
        if (d > 0) m.durationMinutes = d;
    }
    m.time = hhmm(r.time);
    if (date >= 0) {
        // The date must be one of the meetings, so the calendar counts the weeks from it.
        int weekday = weekdayFromDays(date);
        bool fits = monthly ? std::any_of(monthDays.begin(), monthDays.end(), [&](const auto& md) {
            int ordinal = 0;
            bool last = false;
            weekOfMonth(date, ordinal, last);
            return md.second == weekday && (md.first == ordinal || (md.first == -1 && last));
        }) : std::find(days.begin(), days.end(), weekday) != days.end();
        if (!fits) {
            std::string said;
            for (int d : days) said += (said.empty() ? "" : ", ") + std::string(kWeekdays[d].name);
            for (const auto& md : monthDays) said += (said.empty() ? "" : ", ") + std::to_string(md.first) + " " + kWeekdays[md.second].name;
            return {spokenDate(date) + " is a " + kWeekdays[weekday].name + ", but the text says " + said,
                    "correct the date or the day"};
        }
        m.start = isoDate(date) + "T" + m.time;
        m.time.clear();
    }
    return {};
}

}  // namespace wgf::schedule_parts

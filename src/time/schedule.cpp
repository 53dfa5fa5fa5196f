// wgfinder: free-text meeting schedules -> structured meeting fields (see schedule.h).
//
// Two passes: a scanner turns the text into tokens (day, time, zone, frequency words...), then
// the tokens are cut into one region per time of day ("slot") and each region is read on its own,
// inheriting the day or zone of its neighbours when it gives none ("Thursday alternating between
// 09:00 PT and 10:00 PT").
#include "time/schedule.h"

#include "model/text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

namespace wgf {

namespace {

enum class Tok {
    Word,       // any other word
    Day,        // value = 0 (Monday) .. 6 (Sunday)
    Ordinal,    // value = 1..5, or -1 for "last"
    Number,     // bare number or number word ("six")
    Time,       // value = minute of day; value2 = end minute or -1
    Zone,       // text = IANA zone
    Sep,        // , ; and & /
    Colon,      // "label:"
    ParenOpen,
    ParenClose,
    Dash,
};

struct Token {
    Tok kind = Tok::Word;
    int value = 0;
    int value2 = -1;
    std::string text;  // lower-case word, or IANA zone
    size_t begin = 0, end = 0;
    int depth = 0;     // parenthesis depth
};

const char* const kDayCodes[7] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

int dayFromWord(const std::string& w) {
    static const struct { const char* prefix; int minLen; int day; } days[] = {
        {"monday", 3, 0}, {"tuesday", 3, 1}, {"wednesday", 3, 2}, {"thursday", 3, 3},
        {"friday", 3, 4}, {"saturday", 3, 5}, {"sunday", 3, 6}};
    std::string s = w;
    if (s.size() > 3 && s.back() == 's') s.pop_back();  // "mondays", "thurs" -> "thur"
    for (const auto& d : days) {
        std::string full = d.prefix;
        if (s.size() >= (size_t)d.minLen && full.compare(0, s.size(), s) == 0) return d.day;
    }
    if (w == "weds" || w == "thurs" || w == "tues") return w == "weds" ? 2 : (w == "thurs" ? 3 : 1);
    return -1;
}

int ordinalFromWord(const std::string& w) {
    static const char* const words[] = {"first", "second", "third", "fourth", "fifth"};
    static const char* const nums[] = {"1st", "2nd", "3rd", "4th", "5th"};
    for (int i = 0; i < 5; ++i)
        if (w == words[i] || w == nums[i]) return i + 1;
    if (w == "last") return -1;
    return 0;
}

int numberFromWord(const std::string& w) {
    static const char* const words[] = {"one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (int i = 0; i < 12; ++i)
        if (w == words[i]) return i + 1;
    return 0;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = (char)std::tolower((unsigned char)c);
    return out;
}

}  // namespace

std::string zoneForAbbreviation(std::string_view abbreviation, int* isDaylight) {
    if (isDaylight) *isDaylight = -1;
    std::string a = lower(abbreviation);
    // IANA names as written ("Europe/Berlin"): accepted when they have a known area.
    if (a.find('/') != std::string::npos) {
        static const char* const areas[] = {"africa/", "america/", "antarctica/", "asia/", "atlantic/",
                                            "australia/", "europe/", "indian/", "pacific/", "etc/"};
        for (auto* area : areas)
            if (a.rfind(area, 0) == 0) return std::string(abbreviation);
        return {};
    }
    // UTC+8, GMT-3, UTC+05:30, UTC+0530. IANA's Etc zones have whole hours only, with POSIX sign.
    if ((a.rfind("utc", 0) == 0 || a.rfind("gmt", 0) == 0) && a.size() > 3 && (a[3] == '+' || a[3] == '-')) {
        int sign = a[3] == '+' ? 1 : -1;
        int hours = 0, minutes = 0;
        size_t i = 4, digits = 0;
        while (i < a.size() && std::isdigit((unsigned char)a[i]) && digits < 2) hours = hours * 10 + (a[i++] - '0'), ++digits;
        if (digits == 0) return {};
        if (i < a.size() && a[i] == ':') ++i;
        size_t mdigits = 0;
        while (i < a.size() && std::isdigit((unsigned char)a[i]) && mdigits < 2) minutes = minutes * 10 + (a[i++] - '0'), ++mdigits;
        if (i != a.size() || minutes != 0 || hours > 14) return {};
        if (hours == 0) return "UTC";
        return "Etc/GMT" + std::string(sign > 0 ? "-" : "+") + std::to_string(hours);
    }
    // Abbreviation -> IANA zone. `dst`: 1 daylight, 0 standard, -1 either.
    static const struct { const char* abbr; const char* zone; int dst; } table[] = {
        {"pt", "America/Los_Angeles", -1}, {"pst", "America/Los_Angeles", 0}, {"pdt", "America/Los_Angeles", 1},
        {"pacific", "America/Los_Angeles", -1},
        {"mt", "America/Denver", -1}, {"mst", "America/Denver", 0}, {"mdt", "America/Denver", 1},
        {"mountain", "America/Denver", -1},
        {"ct", "America/Chicago", -1}, {"cst", "America/Chicago", 0}, {"cdt", "America/Chicago", 1},
        {"central", "America/Chicago", -1},
        {"et", "America/New_York", -1}, {"est", "America/New_York", 0}, {"edt", "America/New_York", 1},
        {"eastern", "America/New_York", -1},
        {"utc", "UTC", -1}, {"gmt", "UTC", -1}, {"z", "UTC", -1},
        {"bst", "Europe/London", 1}, {"uk", "Europe/London", -1},
        {"wet", "Europe/Lisbon", 0}, {"west", "Europe/Lisbon", 1},
        {"cet", "Europe/Berlin", 0}, {"cest", "Europe/Berlin", 1},
        {"eet", "Europe/Athens", 0}, {"eest", "Europe/Athens", 1},
        {"msk", "Europe/Moscow", -1},
        {"ist", "Asia/Kolkata", -1},
        {"sgt", "Asia/Singapore", -1}, {"hkt", "Asia/Hong_Kong", -1},
        {"jst", "Asia/Tokyo", -1}, {"kst", "Asia/Seoul", -1},
        {"awst", "Australia/Perth", -1},
        {"acst", "Australia/Adelaide", 0}, {"acdt", "Australia/Adelaide", 1},
        {"aest", "Australia/Sydney", 0}, {"aedt", "Australia/Sydney", 1},
        {"nzst", "Pacific/Auckland", 0}, {"nzdt", "Pacific/Auckland", 1},
        {"brt", "America/Sao_Paulo", -1}, {"art", "America/Argentina/Buenos_Aires", -1},
    };
    for (const auto& row : table)
        if (a == row.abbr) {
            if (isDaylight) *isDaylight = row.dst;
            return row.zone;
        }
    return {};
}

namespace {

bool isAlpha(char c) { return std::isalpha((unsigned char)c) != 0; }
bool isDigit(char c) { return std::isdigit((unsigned char)c) != 0; }

// Reads "9", "9:30", "09:30", "9am", "9:30 a.m.", "10:30a", "01:00pm" at `i` of lower-case `s`.
// `hasColon` tells whether minutes were written; `ampm` is 'a', 'p' or 0.
struct ClockRead {
    int hour = 0, minute = 0;
    bool hasColon = false;
    char ampm = 0;
    size_t end = 0;
};

std::optional<ClockRead> readClock(const std::string& s, size_t i) {
    ClockRead r;
    size_t j = i;
    int digits = 0;
    while (j < s.size() && isDigit(s[j]) && digits < 3) r.hour = r.hour * 10 + (s[j++] - '0'), ++digits;
    if (digits == 0 || digits > 2) return std::nullopt;
    if (j + 2 < s.size() && (s[j] == ':' || s[j] == '.') && isDigit(s[j + 1]) && isDigit(s[j + 2]) &&
        !(j + 3 < s.size() && isDigit(s[j + 3]))) {
        r.minute = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
        r.hasColon = true;
        j += 3;
    }
    // am/pm, possibly after one space, as "am", "a.m.", "a" (only when not followed by a letter).
    size_t k = j;
    if (k < s.size() && s[k] == ' ') ++k;
    if (k < s.size() && (s[k] == 'a' || s[k] == 'p')) {
        char c = s[k];
        size_t m = k + 1;
        if (m < s.size() && s[m] == 'm') ++m;
        else if (m + 1 < s.size() && s[m] == '.' && s[m + 1] == 'm') m += 2, (m < s.size() && s[m] == '.') ? ++m : m;
        if (m >= s.size() || !isAlpha(s[m])) {
            // A lone "a"/"p" must touch the digits ("10:30a"), else it is the word "a".
            if (m - k > 1 || k == j) {
                r.ampm = c;
                j = m;
            }
        }
    }
    if (r.hour > 24 || r.minute > 59) return std::nullopt;
    if (r.ampm && (r.hour == 0 || r.hour > 12)) return std::nullopt;
    r.end = j;
    return r;
}

int to24(int hour, char ampm) {
    if (ampm == 'a') return hour == 12 ? 0 : hour;
    if (ampm == 'p') return hour == 12 ? 12 : hour + 12;
    return hour == 24 ? 0 : hour;
}

std::vector<Token> scan(std::string_view original) {
    std::string s = lower(original);
    std::vector<Token> out;
    int depth = 0;
    size_t i = 0;
    auto push = [&](Tok kind, size_t b, size_t e, int v = 0, int v2 = -1, std::string text = {}) {
        Token t;
        t.kind = kind, t.begin = b, t.end = e, t.value = v, t.value2 = v2, t.text = std::move(text), t.depth = depth;
        out.push_back(std::move(t));
    };
    while (i < s.size()) {
        char c = s[i];
        if (c == '(' || c == '[') { push(Tok::ParenOpen, i, i + 1); ++depth; ++i; continue; }
        if (c == ')' || c == ']') { depth = std::max(0, depth - 1); push(Tok::ParenClose, i, i + 1); ++i; continue; }
        if (c == ',' || c == ';' || c == '&' || c == '/') { push(Tok::Sep, i, i + 1, 0, -1, std::string(1, c)); ++i; continue; }
        if (c == ':') { push(Tok::Colon, i, i + 1); ++i; continue; }
        if (c == '-') { push(Tok::Dash, i, i + 1); ++i; continue; }
        if ((unsigned char)c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {  // en/em dash
            push(Tok::Dash, i, i + 3);
            i += 3;
            continue;
        }
        if (isDigit(c)) {
            // Ordinals "1st".."5th".
            if (i + 3 <= s.size()) {
                std::string w = s.substr(i, 3);
                int ord = ordinalFromWord(w);
                if (ord > 0 && (i + 3 == s.size() || !isAlpha(s[i + 3]))) { push(Tok::Ordinal, i, i + 3, ord); i += 3; continue; }
            }
            auto a = readClock(s, i);
            if (a && (a->hasColon || a->ampm)) {
                int startMin = to24(a->hour, a->ampm) * 60 + a->minute;
                size_t j = a->end;
                // A range: "9:30-10:00", "9:00-10:00am", "8:00a-8:30a", "9 to 10am".
                size_t k = j;
                while (k < s.size() && s[k] == ' ') ++k;
                size_t dashLen = 0;
                if (k < s.size() && s[k] == '-') dashLen = 1;
                else if (k + 2 < s.size() && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80) dashLen = 3;
                else if (s.compare(k, 3, "to ") == 0) dashLen = 2;
                int endMin = -1;
                if (dashLen) {
                    size_t m = k + dashLen;
                    while (m < s.size() && s[m] == ' ') ++m;
                    auto b = readClock(s, m);
                    if (b && (b->hasColon || b->ampm || a->hasColon)) {
                        endMin = to24(b->hour, b->ampm) * 60 + b->minute;
                        if (!a->ampm && b->ampm) {
                            // "9:00-10:00am": the start takes the end's half of the day unless
                            // that puts it after the end ("11:30-12:30pm" is 11:30 am).
                            int s1 = to24(a->hour, b->ampm) * 60 + a->minute;
                            startMin = s1 <= endMin ? s1 : to24(a->hour, b->ampm == 'p' ? 'a' : 'p') * 60 + a->minute;
                        }
                        j = b->end;
                    }
                }
                push(Tok::Time, i, j, startMin, endMin);
                i = j;
                continue;
            }
            size_t j = i;
            int n = 0;
            while (j < s.size() && isDigit(s[j])) n = std::min(100000, n * 10 + (s[j++] - '0'));
            push(Tok::Number, i, j, n);
            i = j;
            continue;
        }
        if (isAlpha(c)) {
            size_t j = i;
            while (j < s.size() && (isAlpha(s[j]) || s[j] == '_' ||
                                    ((s[j] == '-' || s[j] == '/') && j + 1 < s.size() && isAlpha(s[j + 1]))))
                ++j;
            std::string w = s.substr(i, j - i);
            // "utc+8", "gmt-3", "utc+05:30"
            if ((w == "utc" || w == "gmt") && j < s.size() && (s[j] == '+' || s[j] == '-' || s[j] == (char)0xE2) &&
                j + 1 < s.size()) {
                size_t k = j + 1;
                std::string sign(1, s[j]);
                if (s[j] == (char)0xE2) {  // U+2212 minus sign
                    if (j + 3 < s.size() && (unsigned char)s[j + 1] == 0x88 && (unsigned char)s[j + 2] == 0x92) k = j + 3, sign = "-";
                    else k = s.size();
                }
                size_t m = k;
                while (m < s.size() && (isDigit(s[m]) || (s[m] == ':' && m + 1 < s.size() && isDigit(s[m + 1])))) ++m;
                if (m > k) {
                    std::string written = w + sign + s.substr(k, m - k);
                    std::string zone = zoneForAbbreviation(written);
                    push(zone.empty() ? Tok::Word : Tok::Zone, i, m, 0, -1, zone.empty() ? written : zone);
                    i = m;
                    continue;
                }
            }
            if (w.find('/') != std::string::npos) {
                std::string zone = zoneForAbbreviation(std::string(original.substr(i, j - i)));
                if (!zone.empty()) { push(Tok::Zone, i, j, 0, -1, zone); i = j; continue; }
                // "Monday/Thursday": split at '/'
                j = i + w.find('/');
                w = s.substr(i, j - i);
            }
            if (w == "noon" || w == "midday") { push(Tok::Time, i, j, 12 * 60); i = j; continue; }
            if (w == "midnight") { push(Tok::Time, i, j, 0); i = j; continue; }
            if (w == "and" || w == "or") { push(Tok::Sep, i, j, 0, -1, w); i = j; continue; }
            if (w == "to" && !out.empty() && out.back().kind == Tok::Day) { push(Tok::Sep, i, j, 0, -1, w); i = j; continue; }
            if (int d = dayFromWord(w); d >= 0 && w.size() >= 3) { push(Tok::Day, i, j, d); i = j; continue; }
            if (int o = ordinalFromWord(w)) { push(Tok::Ordinal, i, j, o); i = j; continue; }
            if (int n = numberFromWord(w)) { push(Tok::Number, i, j, n); i = j; continue; }
            {
                std::string zone = zoneForAbbreviation(w);
                // "pacific time", "eastern time": swallow "time"
                if (!zone.empty() && w != "z" && w != "uk") {
                    size_t e = j;
                    if (s.compare(j, 5, " time") == 0 && (j + 5 == s.size() || !isAlpha(s[j + 5]))) e = j + 5;
                    push(Tok::Zone, i, e, 0, -1, zone);
                    i = e;
                    continue;
                }
            }
            push(Tok::Word, i, j, 0, -1, w);
            i = j;
            continue;
        }
        ++i;  // spaces, dots, other punctuation
    }
    return out;
}

std::string hhmm(int minuteOfDay) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minuteOfDay / 60) % 24, minuteOfDay % 60);
    return buf;
}

// What one region of tokens says about its slot.
struct SlotRead {
    int time = -1, endTime = -1;
    std::vector<int> days;          // weekdays, in order written
    int ordinal = 0;                // monthly: 1..5 or -1 (last)
    int interval = 0;               // weeks; 0 = not said
    bool monthly = false;
    bool everyWord = false;         // "every Tuesday": explicitly weekly
    std::string zone, zoneAsWritten;
    std::string title;
    std::vector<StatedConversion> conversions;
};

bool isWord(const std::vector<Token>& t, size_t i, const char* w) {
    return i < t.size() && t[i].kind == Tok::Word && t[i].text == w;
}

// Reads tokens [b, e) into `r`.
void readRegion(const std::vector<Token>& t, size_t b, size_t e, std::string_view original, SlotRead& r) {
    for (size_t i = b; i < e; ++i) {
        const Token& k = t[i];
        if (k.depth > 0) {
            // Inside parentheses: conversions, frequency words, or a title.
            if (k.kind == Tok::Time) {
                size_t z = i + 1;
                if (z < e && t[z].kind == Tok::Zone && t[z].depth > 0) {
                    StatedConversion c;
                    c.minuteOfDay = k.value;
                    c.tz = t[z].text;
                    c.asWritten = std::string(original.substr(k.begin, t[z].end - k.begin));
                    r.conversions.push_back(std::move(c));
                    i = z;
                }
                continue;
            }
            if (k.kind == Tok::Word && (k.text == "biweekly" || k.text == "bi-weekly" || k.text == "fortnightly")) { r.interval = 2; continue; }
            if (k.kind == Tok::Word && k.text == "weekly") { if (!r.interval) r.interval = 1; continue; }
            if (k.kind == Tok::Word && k.text == "monthly") { r.monthly = true; continue; }
            continue;
        }
        switch (k.kind) {
            case Tok::Time:
                if (r.time < 0) r.time = k.value, r.endTime = k.value2;
                break;
            case Tok::Zone:
                if (r.zone.empty()) {
                    r.zone = k.text;
                    r.zoneAsWritten = std::string(original.substr(k.begin, k.end - k.begin));
                }
                break;
            case Tok::Day:
                if (std::find(r.days.begin(), r.days.end(), k.value) == r.days.end()) r.days.push_back(k.value);
                break;
            case Tok::Ordinal: {
                // "every second Friday" -> every 2 weeks; "second Friday [of each month]" -> monthly.
                bool every = i > b && isWord(t, i - 1, "every");
                bool dayFollows = i + 1 < e && t[i + 1].kind == Tok::Day;
                bool ofMonth = false;
                for (size_t j = i + 1; j < e && j < i + 6; ++j)
                    if (t[j].kind == Tok::Word && (t[j].text == "month" || t[j].text == "monthly")) ofMonth = true;
                if (dayFollows) {
                    if (every && !ofMonth && k.value > 1) r.interval = k.value;
                    else r.monthly = true, r.ordinal = k.value;
                }
                break;
            }
            case Tok::Number:
                // "every six weeks", "every 2 weeks"
                if (i > b && isWord(t, i - 1, "every") && (isWord(t, i + 1, "weeks") || isWord(t, i + 1, "week")))
                    r.interval = k.value;
                break;
            case Tok::Word:
                if (k.text == "every") {
                    if (isWord(t, i + 1, "other")) r.interval = 2;
                    else if (i + 1 < e && t[i + 1].kind == Tok::Day) r.everyWord = true;
                    else if (isWord(t, i + 1, "week")) { if (!r.interval) r.interval = 1; }
                } else if (k.text == "biweekly" || k.text == "bi-weekly" || k.text == "fortnightly") {
                    r.interval = 2;
                } else if (k.text == "weekly") {
                    if (!r.interval) r.interval = 1;
                } else if (k.text == "monthly") {
                    r.monthly = true;
                }
                break;
            case Tok::ParenOpen: {
                // A parenthesis of plain words only is a title: "(Blueprints)".
                // "(biweekly)" says how often, not what the meeting is called.
                size_t j = i + 1;
                bool plain = true, onlyFrequency = true;
                while (j < e && t[j].depth > 0) {
                    if (t[j].kind != Tok::Word) plain = false;
                    else if (t[j].text != "weekly" && t[j].text != "biweekly" && t[j].text != "bi-weekly" &&
                             t[j].text != "fortnightly" && t[j].text != "monthly" && t[j].text != "every" &&
                             t[j].text != "other" && t[j].text != "week" && t[j].text != "weeks")
                        onlyFrequency = false;
                    ++j;
                }
                plain = plain && !onlyFrequency;
                if (plain && j > i + 1 && j < e + 1 && r.title.empty()) {
                    const Token& last = t[j - 1];
                    r.title = std::string(original.substr(t[i + 1].begin, last.end - t[i + 1].begin));
                }
                break;
            }
            default:
                break;
        }
    }
}

bool anyWord(const std::vector<Token>& t, std::initializer_list<const char*> words) {
    for (const auto& k : t)
        if (k.kind == Tok::Word)
            for (auto* w : words)
                if (k.text == w) return true;
    return false;
}

}  // namespace

ScheduleParse parseSchedule(std::string_view text, const ScheduleContext& context) {
    (void)context;  // abbreviations name zones whatever the season; lint checks the season
    ScheduleParse result;
    std::string verbatim(text);
    std::string trimmed = lower(text);
    while (!trimmed.empty() && std::isspace((unsigned char)trimmed.back())) trimmed.pop_back();
    while (!trimmed.empty() && std::isspace((unsigned char)trimmed.front())) trimmed.erase(trimmed.begin());
    // No meeting at all.
    if (trimmed.empty() || trimmed == "none" || trimmed == "[none]" || trimmed == "n/a" || trimmed == "-" ||
        trimmed == "no meetings" || trimmed == "(none)")
        return result;
    auto single = [&](const std::string& note) {
        Meeting m;
        m.schedule = verbatim;
        m.note = note;
        result.meetings.push_back(std::move(m));
        result.slots.emplace_back();
        return result;
    };
    if (trimmed == "tbd" || trimmed == "tba" || trimmed == "to be determined" || trimmed == "to be announced")
        return single("TBD");
    if (text.size() > 4096) return single("schedule text too long to read");

    std::vector<Token> t = scan(text);

    // Slots: one per time of day outside parentheses.
    std::vector<size_t> times;
    for (size_t i = 0; i < t.size(); ++i)
        if (t[i].kind == Tok::Time && t[i].depth == 0) times.push_back(i);
    if (times.empty()) {
        bool hasDay = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Tok::Day; });
        return single(hasDay ? "not understood: no time of day" : "not understood: no day or time");
    }
    if (times.size() > 16) return single("not understood: too many times");

    // Region i runs from the end of region i-1 to just after slot i's zone and whatever trails
    // it directly ("PT (Blueprints)", "PT - Weekly"); the last region runs to the end.
    std::vector<std::pair<size_t, size_t>> regions;
    size_t from = 0;
    for (size_t n = 0; n < times.size(); ++n) {
        size_t to = t.size();
        if (n + 1 < times.size()) {
            size_t j = times[n] + 1;
            // The slot's zone (first zone token before the next time).
            size_t zoneAt = 0;
            for (size_t k = j; k < times[n + 1]; ++k)
                if (t[k].kind == Tok::Zone && t[k].depth == 0) { zoneAt = k; break; }
            to = zoneAt ? zoneAt + 1 : j;
            while (to < times[n + 1]) {
                if (t[to].kind == Tok::ParenOpen || t[to].depth > 0 || t[to].kind == Tok::ParenClose) { ++to; continue; }
                if (t[to].kind == Tok::Dash && to + 1 < times[n + 1] &&
                    (isWord(t, to + 1, "weekly") || isWord(t, to + 1, "biweekly") || isWord(t, to + 1, "monthly"))) { to += 2; continue; }
                break;
            }
        }
        regions.emplace_back(from, to);
        from = to;
    }

    // "label: ..." titles: the words between a separator and a colon that is not part of a time.
    std::vector<std::string> labels(times.size());
    {
        std::string current;
        size_t slot = 0;
        size_t labelStart = 0;
        for (size_t i = 0; i < t.size(); ++i) {
            if (slot < times.size() && i == times[slot]) labels[slot++] = current;
            if (t[i].kind == Tok::Sep && (t[i].text == ";" || t[i].text == ",")) labelStart = i + 1;
            if (t[i].kind == Tok::Colon && t[i].depth == 0 && i > labelStart) {
                bool words = true;
                for (size_t k = labelStart; k < i; ++k)
                    if (t[k].kind != Tok::Word && t[k].kind != Tok::Dash) words = false;
                if (words) current = std::string(trim(text.substr(t[labelStart].begin, t[i - 1].end - t[labelStart].begin)));
                labelStart = i + 1;
            }
        }
    }

    std::vector<SlotRead> reads(times.size());
    for (size_t n = 0; n < times.size(); ++n) readRegion(t, regions[n].first, regions[n].second, text, reads[n]);

    bool alternating = anyWord(t, {"alternating", "alternate", "alternates", "rotating", "rotates"});
    bool irregular = anyWord(t, {"occasional", "occasionally", "irregular", "irregularly", "sometimes"});
    // Whole-text frequency words apply to every slot that did not state its own ("Wednesdays at
    // 11:00 PT (biweekly)" with one slot; "bi-weekly, Wednesday, 8am EDT").
    for (size_t n = 0; n < reads.size(); ++n) {
        SlotRead& r = reads[n];
        // Inherit the day from the previous slot, the zone from the next one (or previous).
        if (r.days.empty() && n > 0) r.days = reads[n - 1].days, r.ordinal = reads[n - 1].ordinal, r.monthly = r.monthly || reads[n - 1].monthly;
        if (r.zone.empty()) {
            for (size_t m = n + 1; m < reads.size() && r.zone.empty(); ++m)
                if (!reads[m].zone.empty()) r.zone = reads[m].zone, r.zoneAsWritten = reads[m].zoneAsWritten;
            for (size_t m = n; m-- > 0 && r.zone.empty();)
                if (!reads[m].zone.empty()) r.zone = reads[m].zone, r.zoneAsWritten = reads[m].zoneAsWritten;
        }
        if (alternating && reads.size() > 1 && !r.interval && !r.monthly) r.interval = (int)reads.size();
    }
    result.understood = true;
    for (size_t n = 0; n < reads.size(); ++n) {
        const SlotRead& r = reads[n];
        Meeting m;
        m.schedule = verbatim;
        m.title = !labels[n].empty() ? labels[n] : r.title;
        ScheduleSlot slot;
        slot.zoneAsWritten = r.zoneAsWritten;
        slot.conversions = r.conversions;
        m.time = hhmm(r.time);
        m.tz = r.zone;
        if (r.endTime >= 0) {
            int d = (r.endTime - r.time + 1440) % 1440;
            if (d > 0) m.durationMinutes = d;
        }
        std::string problem;
        if (irregular) problem = "irregular meetings";
        else if (r.days.empty()) problem = "no day of the week";
        else if (r.monthly && r.ordinal == 0) problem = "monthly, but which week of the month is not given";
        else if (r.zone.empty()) problem = "no time zone";
        if (r.zone.empty() && !r.zoneAsWritten.empty()) problem = "unknown time zone " + r.zoneAsWritten;
        if (problem.empty()) {
            std::string byday;
            for (size_t d = 0; d < r.days.size(); ++d) {
                if (d) byday += ',';
                if (r.monthly) byday += std::to_string(r.ordinal);
                byday += kDayCodes[r.days[d]];
            }
            if (r.monthly) m.rrule = "FREQ=MONTHLY;BYDAY=" + byday;
            else if (r.interval > 1) m.rrule = "FREQ=WEEKLY;INTERVAL=" + std::to_string(r.interval) + ";BYDAY=" + byday;
            else m.rrule = "FREQ=WEEKLY;BYDAY=" + byday;
        } else {
            m.note = "not understood: " + problem;
            result.understood = false;
        }
        result.meetings.push_back(std::move(m));
        result.slots.push_back(std::move(slot));
    }
    return result;
}

}  // namespace wgf

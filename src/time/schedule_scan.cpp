// wgfinder: the schedule reader's scanner: text -> tokens (see schedule.cpp for the index).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

#include "model/text.h"
#include "time/civil.h"
#include "time/schedule_parts.h"

namespace wgf::schedule_parts {

namespace {

bool isAlpha(char c) { return std::isalpha((unsigned char)c) != 0; }
bool isDigit(char c) { return std::isdigit((unsigned char)c) != 0; }

// "mondays", "weds", "thurs" -> 0..6; three letters at least, so "we" and "th" stay words.
int dayFromWord(const std::string& w) {
    if (w.size() < 3) return -1;
    if (int d = weekdayFromName(w); d >= 0) return d;
    std::string s = w;
    if (s.size() > 3 && s.back() == 's') s.pop_back();  // "mondays", "weds" -> "wed"
    return weekdayFromName(s);
}

int ordinalFromWord(const std::string& w) {
    static const char* const words[] = {"first", "second", "third", "fourth", "fifth"};
    for (int i = 0; i < 5; ++i)
        if (w == words[i]) return i + 1;
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

// "2019-03-20" at `i`: days since the epoch, or nothing.
std::optional<int64_t> readIsoDate(const std::string& s, size_t i) {
    if (i + 10 > s.size() || (i + 10 < s.size() && isDigit(s[i + 10]))) return std::nullopt;
    return parseDate(std::string_view(s).substr(i, 10));
}

}  // namespace

std::string hhmm(int minuteOfDay) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minuteOfDay / 60) % 24, minuteOfDay % 60);
    return buf;
}

std::vector<Token> scan(std::string_view original) {
    std::string s = toLower(original);
    std::vector<Token> out;
    int depth = 0;
    size_t i = 0;
    auto push = [&](Tok kind, size_t b, size_t e, int v = 0, int v2 = -1, std::string text = {}) -> Token& {
        Token t;
        t.kind = kind, t.begin = b, t.end = e, t.value = v, t.value2 = v2, t.text = std::move(text), t.depth = depth;
        out.push_back(std::move(t));
        return out.back();
    };
    auto pushZone = [&](size_t b, size_t e, const ZoneWord& z) {
        Token& t = push(Tok::Zone, b, e, 0, -1, z.zone);
        t.daylight = z.daylight;
        t.ambiguous = z.ambiguous;
    };
    // "pacific time", "beijing time": the zone swallows "time".
    auto timeFollows = [&](size_t j) {
        return s.compare(j, 5, " time") == 0 && (j + 5 == s.size() || !isAlpha(s[j + 5]));
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
            if (auto d = readIsoDate(s, i)) { push(Tok::Date, i, i + 10, (int)*d); i += 10; continue; }
            // Ordinals "1st".."31st": "2nd Tuesday", "Jan. 11th".
            {
                size_t j = i;
                int n = 0;
                while (j < s.size() && isDigit(s[j]) && j - i < 3) n = n * 10 + (s[j++] - '0');
                if (j + 2 <= s.size() && j - i <= 2 && (j + 2 == s.size() || !isAlpha(s[j + 2]))) {
                    std::string suffix = s.substr(j, 2);
                    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
                        if (n >= 1 && n <= 5) push(Tok::Ordinal, i, j + 2, n);
                        else push(Tok::Number, i, j + 2, n, 1);
                        i = j + 2;
                        continue;
                    }
                }
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
                    ZoneWord z = readZoneWord(written);
                    if (z.zone.empty()) push(Tok::Word, i, m, 0, -1, written);
                    else pushZone(i, m, z);
                    i = m;
                    continue;
                }
            }
            if (w.find('/') != std::string::npos) {
                ZoneWord z = readZoneWord(original.substr(i, j - i));  // the zone database's case
                if (!z.zone.empty()) { pushZone(i, j, z); i = j; continue; }
                // "Monday/Thursday": split at '/'
                j = i + w.find('/');
                w = s.substr(i, j - i);
            }
            if (w == "noon" || w == "midday") { push(Tok::Time, i, j, 12 * 60); i = j; continue; }
            if (w == "midnight") { push(Tok::Time, i, j, 0); i = j; continue; }
            if (w == "and" || w == "or") { push(Tok::Sep, i, j, 0, -1, w); i = j; continue; }
            if (w == "to" && !out.empty() && out.back().kind == Tok::Day) { push(Tok::Sep, i, j, 0, -1, w); i = j; continue; }
            if (int d = dayFromWord(w); d >= 0) { push(Tok::Day, i, j, d); i = j; continue; }
            if (int o = ordinalFromWord(w)) { push(Tok::Ordinal, i, j, o); i = j; continue; }
            if (int n = numberFromWord(w)) { push(Tok::Number, i, j, n); i = j; continue; }
            if (w != "z" && w != "uk") {
                ZoneWord z = readZoneWord(w);
                if (!z.zone.empty() || z.ambiguous) {
                    size_t e = timeFollows(j) ? j + 5 : j;
                    pushZone(i, e, z);
                    i = e;
                    continue;
                }
            }
            // A place names a zone right after a time ("17:00 Poland") or before "time"
            // ("Beijing time"); elsewhere it is a word that may settle an abbreviation.
            if (std::string zone = placeZone(w); !zone.empty()) {
                bool afterTime = !out.empty() && out.back().kind == Tok::Time && out.back().depth == depth;
                if (afterTime || timeFollows(j)) {
                    size_t e = timeFollows(j) ? j + 5 : j;
                    pushZone(i, e, ZoneWord{zone, -1, false});
                    i = e;
                    continue;
                }
            }
            if (int m = monthFromName(w); m > 0) { push(Tok::Month, i, j, m, -1, w); i = j; continue; }
            push(Tok::Word, i, j, 0, -1, w);
            i = j;
            continue;
        }
        ++i;  // spaces, dots, other punctuation
    }
    return out;
}

}  // namespace wgf::schedule_parts

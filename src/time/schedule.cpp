// wgfinder: free-text meeting schedules -> structured meeting fields (see schedule.h).
//
// Index of the reader's files:
//   schedule_scan.cpp   text -> tokens (day, time, zone, ordinal, month, frequency words...)
//   schedule_zones.cpp  zone words: abbreviations, places, which CST a page means, and whether
//                       two times written for one meeting are the same instant
//   schedule_rules.cpp  one slot's words -> how often, which days, which date -> rrule
//   schedule.cpp        (this file) cutting the tokens into slots, one per time of day, and
//                       what the slots say together: shared days and zones, alternation, one
//                       meeting written in two zones
// The tokens are cut into one region per time of day ("slot") and each region is read on its
// own, inheriting the day or zone of its neighbours when it gives none ("Thursday alternating
// between 09:00 PT and 10:00 PT").
#include "time/schedule.h"

#include <algorithm>
#include <cctype>

#include "model/text.h"
#include "time/schedule_parts.h"

namespace wgf {

using namespace schedule_parts;

namespace {

bool anyWord(const std::vector<Token>& t, std::initializer_list<const char*> words) {
    for (const auto& k : t)
        if (k.kind == Tok::Word)
            for (auto* w : words)
                if (k.text == w) return true;
    return false;
}

bool isFrequencyAfter(const std::vector<Token>& t, size_t i) {
    return i < t.size() && t[i].kind == Tok::Word &&
           (t[i].text == "weekly" || t[i].text == "biweekly" || t[i].text == "bi-weekly" || t[i].text == "monthly");
}

// Where each slot's region ends: just after its zone and whatever trails it directly
// ("PT (Blueprints)", "PT - Weekly"); the last region runs to the end.
std::vector<std::pair<size_t, size_t>> cutRegions(const std::vector<Token>& t, const std::vector<size_t>& times) {
    std::vector<std::pair<size_t, size_t>> regions;
    size_t from = 0;
    for (size_t n = 0; n < times.size(); ++n) {
        size_t to = t.size();
        if (n + 1 < times.size()) {
            size_t j = times[n] + 1;
            size_t zoneAt = 0;
            for (size_t k = j; k < times[n + 1]; ++k)
                if (t[k].kind == Tok::Zone && t[k].depth == 0) { zoneAt = k; break; }
            to = zoneAt ? zoneAt + 1 : j;
            while (to < times[n + 1]) {
                if (t[to].kind == Tok::ParenOpen || t[to].depth > 0 || t[to].kind == Tok::ParenClose) { ++to; continue; }
                if (t[to].kind == Tok::Dash && to + 1 < times[n + 1] && isFrequencyAfter(t, to + 1)) { to += 2; continue; }
                break;
            }
        }
        regions.emplace_back(from, to);
        from = to;
    }
    return regions;
}

// "label: ..." titles: the words between a separator and a colon that is not part of a time.
std::vector<std::string> readLabels(const std::vector<Token>& t, const std::vector<size_t>& times, std::string_view text) {
    std::vector<std::string> labels(times.size());
    std::string current;
    size_t slot = 0, labelStart = 0;
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
    return labels;
}

// How the words between slot n's zone and slot n+1's time join them: "/" (one meeting in two
// zones: "8am PT / 5pm CET"), "and" or "," (two meetings, unless the times are one instant), or
// 0 when anything else stands there.
char joinBetween(const std::vector<Token>& t, size_t from, size_t time) {
    char join = 0;
    for (size_t k = from; k < time; ++k) {
        if (t[k].depth > 0 || t[k].kind != Tok::Sep) return 0;
        if (t[k].text == "/") join = '/';
        else if (join != '/' && (t[k].text == "and" || t[k].text == ",")) join = ',';
        else if (t[k].text != "and" && t[k].text != ",") return 0;
    }
    return join;
}

Moment momentOf(const SlotRead& r) { return {r.days.size() == 1 && r.monthDays.empty() ? r.days[0] : -1, r.time, r.zone}; }

}  // namespace

ScheduleParse parseSchedule(std::string_view text, const ScheduleContext& context) {
    ScheduleParse result;
    std::string verbatim(text);
    std::string trimmed = toLower(trim(text));
    // No meeting at all.
    if (trimmed.empty() || trimmed == "none" || trimmed == "[none]" || trimmed == "n/a" || trimmed == "-" ||
        trimmed == "no meetings" || trimmed == "(none)")
        return result;
    auto single = [&](const std::string& note, const std::string& advice) {
        Meeting m;
        m.schedule = verbatim;
        m.note = note;
        result.meetings.push_back(std::move(m));
        result.slots.emplace_back();
        result.slots.back().advice = advice;
        return result;
    };
    if (trimmed == "tbd" || trimmed == "tba" || trimmed == "to be determined" || trimmed == "to be announced")
        return single("TBD", {});
    if (text.size() > 4096) return single("schedule text too long to read", "shorten it");

    std::vector<Token> t = scan(text);
    Problem dateProblem = readDates(t);
    // Which CST or IST: the text's own words first, then the page's.
    for (auto& k : t)
        if (k.kind == Tok::Zone && k.ambiguous) {
            k.text = settleZone(text.substr(k.begin, k.end - k.begin), trimmed, toLower(context.place));
            k.daylight = daylightOfReading(text.substr(k.begin, k.end - k.begin), k.text);
        }

    std::vector<size_t> times;  // one slot per time of day outside parentheses
    for (size_t i = 0; i < t.size(); ++i)
        if (t[i].kind == Tok::Time && t[i].depth == 0) times.push_back(i);
    if (times.empty()) {
        bool hasDay = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Tok::Day; });
        return single(hasDay ? "not understood: no time of day" : "not understood: no day or time",
                      "write the day, time and zone, e.g. 'Tuesdays at 10:00 PT'");
    }
    if (times.size() > 16) return single("not understood: too many times", "give one line per meeting");

    std::vector<std::pair<size_t, size_t>> regions = cutRegions(t, times);
    std::vector<std::string> labels = readLabels(t, times, text);
    std::vector<SlotRead> reads(times.size());
    for (size_t n = 0; n < times.size(); ++n) readRegion(t, regions[n].first, regions[n].second, text, reads[n]);

    bool alternating = anyWord(t, {"alternating", "alternate", "alternates", "rotating", "rotates"});
    bool irregular = anyWord(t, {"occasional", "occasionally", "irregular", "irregularly", "sometimes"});

    // One meeting written in two zones ("8am PT / 5pm CET", "11:00 PT and 20:00 CEST"): the
    // second time becomes a conversion of the first, if the two are the same instant.
    if (!alternating)
        for (size_t n = 0; n + 1 < reads.size();) {
            SlotRead& a = reads[n];
            const SlotRead& b = reads[n + 1];
            char join = joinBetween(t, regions[n + 1].first, times[n + 1]);
            bool bare = b.days.empty() && b.monthDays.empty() && b.intervals.empty() && !b.monthly;
            if (!join || !bare || a.zone.empty() || b.zone.empty() || a.time < 0) { ++n; continue; }
            bool same = sameInstant(momentOf(a), {-1, b.time, b.zone}, context.referenceDate);
            if (!same && join != '/') { ++n; continue; }
            std::string written(text.substr(t[times[n + 1]].begin, t[regions[n + 1].second - 1].end - t[times[n + 1]].begin));
            if (!same && a.problem.empty())
                a.problem = {"the text gives two different times for one meeting ('" + hhmm(a.time) + " " + a.zoneAsWritten +
                                 "' and '" + std::string(trim(written)) + "')",
                             "correct one of the two times, or give just one"};
            a.conversions.push_back({b.time, b.zone, std::string(trim(written))});
            // The rest of the second region ("(biweekly)") still speaks for the meeting.
            SlotRead rest;
            readRegion(t, times[n + 1] + 1, regions[n + 1].second, text, rest);
            a.intervals.insert(a.intervals.end(), rest.intervals.begin(), rest.intervals.end());
            a.monthly = a.monthly || rest.monthly;
            if (a.title.empty()) a.title = rest.title;
            if (a.problem.empty()) a.problem = rest.problem;
            regions[n].second = regions[n + 1].second;
            regions.erase(regions.begin() + (long)n + 1);
            times.erase(times.begin() + (long)n + 1);
            labels.erase(labels.begin() + (long)n + 1);
            reads.erase(reads.begin() + (long)n + 1);
        }

    for (size_t n = 0; n < reads.size(); ++n) {
        SlotRead& r = reads[n];
        // Inherit the day from the previous slot, the zone from the next one (or previous).
        if (r.days.empty() && r.monthDays.empty() && r.everyNth.first == 0 && r.dayDate < 0 && n > 0) {
            r.days = reads[n - 1].days, r.monthDays = reads[n - 1].monthDays, r.everyNth = reads[n - 1].everyNth;
            r.monthly = r.monthly || reads[n - 1].monthly;
        }
        if (!r.zoneSeen) {
            auto take = [&](const SlotRead& o) {
                r.zoneSeen = o.zoneSeen, r.zone = o.zone, r.zoneAsWritten = o.zoneAsWritten, r.zoneDaylight = o.zoneDaylight;
            };
            for (size_t m = n + 1; m < reads.size() && !r.zoneSeen; ++m) take(reads[m]);
            for (size_t m = n; m-- > 0 && !r.zoneSeen;) take(reads[m]);
        }
        // Times in parentheses must convert the slot's own time ("8am EDT (12am UTC)" does not).
        if (!r.zone.empty() && r.problem.empty())
            for (const auto& c : r.conversions)
                if (!sameInstant(momentOf(r), {-1, c.minuteOfDay, c.tz}, context.referenceDate)) {
                    r.problem = {"the text gives two different times for one meeting ('" + hhmm(r.time) + " " + r.zoneAsWritten +
                                     "' and '" + c.asWritten + "')",
                                 "correct one of the two times, or give just one"};
                    break;
                }
    }

    // Alternating slots take turns: with N slots each meets every N times the stated cadence
    // ("every other week ... alternating between 07:00 and 15:00": each every 4 weeks).
    int turnInterval = 0;
    Problem turnProblem;
    if (alternating && reads.size() > 1) {
        std::vector<int> stated;
        bool monthly = false;
        for (const auto& r : reads) {
            stated.insert(stated.end(), r.intervals.begin(), r.intervals.end());
            monthly = monthly || r.monthly || r.everyNth.first != 0;
        }
        std::sort(stated.begin(), stated.end());
        stated.erase(std::unique(stated.begin(), stated.end()), stated.end());
        if (monthly) turnProblem = {"monthly meetings that alternate", "give each meeting's own week of the month"};
        else if (stated.size() > 1) turnProblem = {"the text gives two frequencies", "give one, e.g. 'every other week'"};
        else turnInterval = (stated.empty() ? 1 : stated[0]) * (int)reads.size();
    }

    result.understood = true;
    for (size_t n = 0; n < reads.size(); ++n) {
        const SlotRead& r = reads[n];
        Meeting m;
        m.schedule = verbatim;
        m.title = !labels[n].empty() ? labels[n] : r.title;
        m.tz = r.zone;
        ScheduleSlot slot;
        slot.zoneAsWritten = r.zoneAsWritten;
        slot.zoneIsDaylight = r.zoneDaylight;
        slot.conversions = r.conversions;
        Problem problem = irregular ? Problem{"irregular meetings", "if they follow a pattern, write it (e.g. 'first Tuesday of the month at 14:15 ET'); else leave the text"}
                        : !dateProblem.empty() ? dateProblem
                        : !turnProblem.empty() ? turnProblem
                                               : buildRule(r, turnInterval, t, m);
        if (!problem.empty()) {
            Meeting kept;  // nothing half-understood is shown as a promise
            kept.schedule = verbatim;
            kept.title = m.title;
            kept.note = "not understood: " + problem.reason;
            slot.advice = problem.advice;
            m = std::move(kept);
            result.understood = false;
        }
        result.meetings.push_back(std::move(m));
        result.slots.push_back(std::move(slot));
    }
    return result;
}

}  // namespace wgf

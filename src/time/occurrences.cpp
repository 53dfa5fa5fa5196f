// wgfinder: a meeting's series and its next occurrences (see series.h, recurrence.h).
#include <algorithm>

#include "time/civil.h"
#include "time/recurrence.h"
#include "time/series.h"

namespace wgf {

std::string inactiveStatus(const Meeting& m) {
    return m.status == "paused" || m.status == "ended" ? m.status.str() : std::string();
}

const MeetingSkip* skippedOn(const Meeting& m, int64_t localDay) {
    for (const auto& k : m.skip)
        if (auto d = parseDate(k.date); d && *d == localDay) return &k;
    return nullptr;
}

namespace {

// `anchor` says which week, not when the meeting began: dates before it in the same weeks are
// dates of the meeting too. The series' anchor is moved back by whole periods (about ten years);
// a monthly rule keeps it (its day of the month may not exist in an earlier month).
void phaseOnly(MeetingSeries& s) {
    if (!s.anchorLocal || s.rule.freq == RecurrenceRule::Freq::Monthly) return;
    const int64_t days = s.rule.freq == RecurrenceRule::Freq::Weekly ? 7LL * s.rule.interval : s.rule.interval;
    *s.anchorLocal -= (3660 / days + 1) * days * 86400;
}

}  // namespace

std::vector<MeetingSeries> meetingSeries(const Meeting& m, std::string* error) {
    auto fail = [&](std::string why) {
        if (error) *error = std::move(why);
        return std::vector<MeetingSeries>{};
    };
    std::string why;
    auto rule = parseRecurrenceRule(m.rrule, &why);
    if (!rule) return fail("invalid rule: " + why);
    const bool weekly = rule->freq == RecurrenceRule::Freq::Weekly;
    std::optional<int64_t> anchor;  // local seconds
    std::optional<int> tod;         // seconds after midnight
    if (!m.start.empty()) {
        anchor = parseLocalDateTime(m.start);
        if (!anchor) return fail("start '" + m.start + "' is not YYYY-MM-DDTHH:MM");
        tod = static_cast<int>(*anchor - floorDiv(*anchor, 86400) * 86400);
    } else if (!m.anchor.empty()) {
        auto day = parseDate(m.anchor);
        if (!day) return fail("anchor '" + m.anchor + "' is not YYYY-MM-DD");
        anchor = *day * 86400;
    }
    if (!tod && !m.time.empty()) {
        auto c = parseClock(m.time);
        if (!c) return fail("time '" + m.time + "' is not HH:MM");
        tod = *c * 60;
    }
    const int parity = !anchor && weekly ? (m.weeks == "odd" ? 1 : m.weeks == "even" ? 2 : 0) : 0;

    if (m.rotation.empty()) {
        if (!tod) return fail("no time given");
        if (m.tz.empty()) return fail("no time zone given");
        MeetingSeries s;
        s.rule = *rule;
        s.anchorLocal = anchor;
        s.timeOfDaySeconds = *tod;
        s.tz = m.tz;
        if (parity && rule->interval == 2) s.rule.isoWeekParity = parity;
        s.weekUnknown = !anchor && !s.rule.isoWeekParity && rule->interval > 1;
        if (m.start.empty()) phaseOnly(s);
        return {s};
    }
    if (!weekly) return fail("a rotation needs a weekly rule (FREQ=WEEKLY)");
    const int slots = static_cast<int>(m.rotation.size());
    const int step = rule->interval;  // weeks from one turn to the next
    std::vector<MeetingSeries> out;
    for (int i = 0; i < slots; ++i) {
        const MeetingSlot& slot = m.rotation[static_cast<size_t>(i)];
        const std::string name = "slot " + std::to_string(i + 1);
        MeetingSeries s;
        s.slot = i;
        s.rule = *rule;
        s.rule.interval = step * slots;
        s.tz = slot.tz.empty() ? m.tz : slot.tz;
        if (s.tz.empty()) return fail(name + " has no time zone");
        auto c = parseClock(slot.time);
        if (!c) return fail(name + ": time '" + slot.time + "' is not HH:MM");
        s.timeOfDaySeconds = *c * 60;
        if (!slot.day.empty()) {
            int wd = weekdayFromCode(slot.day);
            if (wd < 0) return fail(name + ": '" + slot.day + "' is not a weekday");
            s.rule.byDay = {RecurrenceRule::Day{wd, 0}};
        }
        if (anchor) {
            // The anchor's week is the first slot's; with no weekday given the anchor's is the day.
            int64_t day = floorDiv(*anchor, 86400);
            if (!s.rule.byDay.empty()) day -= weekdayFromDays(day);
            s.anchorLocal = (day + 7 * static_cast<int64_t>(step) * i) * 86400;
        } else if (parity && step * slots == 2) {
            s.rule.isoWeekParity = i == 0 ? parity : 3 - parity;
        }
        s.weekUnknown = !s.anchorLocal && !s.rule.isoWeekParity;
        if (m.start.empty()) phaseOnly(s);
        out.push_back(std::move(s));
    }
    return out;
}

OccurrenceList nextOccurrences(const Meeting& m, ZoneDb& db, int64_t nowUtc, std::string_view viewerZone, int count) {
    OccurrenceList result;
    if (std::string status = inactiveStatus(m); !status.empty()) {
        result.message = status + ": " + (!m.note.empty() ? m.note : status == "paused" ? "no meetings for now" : "no longer held");
        return result;
    }
    if (!m.hasStructuredTime()) {
        result.message = !m.note.empty() ? m.note : (m.schedule.empty() ? "no schedule given" : "schedule not understood");
        return result;
    }
    std::string error;
    std::vector<MeetingSeries> series = meetingSeries(m, &error);
    if (series.empty()) {
        result.message = error;
        return result;
    }
    for (const auto& s : series)
        if (!db.isKnown(s.tz)) {
            result.message = "unknown time zone '" + s.tz + "'";
            return result;
        }
    const bool phaseUnknown = series.front().weekUnknown;
    if (phaseUnknown && series.size() > 1) {  // which slot's turn it is: not guessed
        result.message = describeCadence(m);
        return result;
    }
    if (phaseUnknown) {
        // Which week is not known; the day and the time are. The dates the meeting may fall on
        // (every week, or every month) become candidates, never items.
        result.phaseUnknown = true;
        result.message = describeCadence(m);
        result.period = series.front().rule.interval;
        count = std::max(count, result.period);
    }
    std::string viewer(viewerZone);
    if (viewer.empty() || !db.isKnown(viewer)) viewer = "UTC";
    const int duration = m.durationMinutes > 0 ? m.durationMinutes : kDefaultMeetingMinutes;
    count = std::clamp(count, 0, 1000);
    auto occurrence = [&](const std::string& tz, int64_t utc) {
        Occurrence o;
        o.startUtc = utc;
        o.endUtc = utc + static_cast<int64_t>(duration) * 60;
        o.local = fromSeconds(utc + *db.utcOffsetSeconds(tz, utc));
        o.viewerOffsetSeconds = *db.utcOffsetSeconds(viewer, utc);
        int64_t v = utc + o.viewerOffsetSeconds;
        o.viewer = fromSeconds(v);
        o.viewerWeekday = weekdayFromDays(floorDiv(v, 86400));
        return o;
    };
    std::vector<Occurrence>& out = phaseUnknown ? result.candidates : result.items;
    const int want = count + 8 + (phaseUnknown ? 0 : static_cast<int>(m.skip.size()));
    for (const MeetingSeries& s : series) {
        // Start a day early in wall-clock terms so that a meeting in progress is found too.
        int64_t fromLocal = nowUtc - static_cast<int64_t>(duration) * 60 + *db.utcOffsetSeconds(s.tz, nowUtc) - 86400;
        auto locals = expandLocal(s.rule, s.anchorLocal, s.timeOfDaySeconds, fromLocal, want, &error);
        if (!locals) {
            result.message = error;
            return result;
        }
        int taken = 0;
        for (int64_t local : *locals) {
            if (taken >= count) break;  // before adding: count 0 asks for none
            auto utc = localToUtc(db, s.tz, local);
            if (!utc) continue;
            if (s.rule.untilUtc && *utc > *s.rule.untilUtc) break;
            Occurrence o = occurrence(s.tz, *utc);
            o.slot = s.slot;
            if (o.endUtc <= nowUtc) continue;
            if (const MeetingSkip* k = phaseUnknown ? nullptr : skippedOn(m, floorDiv(local, 86400))) {
                result.skipped.push_back({o, k->reason});
                continue;
            }
            out.push_back(o);
            ++taken;
        }
    }
    if (!phaseUnknown) {
        const std::string tz = m.tz.empty() ? series.front().tz : m.tz.str();
        for (const MeetingExtra& e : m.extra) {
            auto local = parseLocalDateTime(e.start);
            auto utc = local ? localToUtc(db, tz, *local) : std::nullopt;
            if (!utc) continue;
            Occurrence o = occurrence(tz, *utc);
            o.extra = true;
            if (o.endUtc > nowUtc) out.push_back(o);
        }
    }
    auto byStart = [](const Occurrence& a, const Occurrence& b) { return a.startUtc < b.startUtc || (a.startUtc == b.startUtc && a.slot < b.slot); };
    std::sort(out.begin(), out.end(), byStart);
    out.erase(std::unique(out.begin(), out.end(), [](const Occurrence& a, const Occurrence& b) { return a.startUtc == b.startUtc; }), out.end());
    if (static_cast<int>(out.size()) > count) out.resize(static_cast<size_t>(count));
    // Skipped dates up to the last one given: those a reader would otherwise expect.
    auto& skipped = result.skipped;
    std::sort(skipped.begin(), skipped.end(), [&](const auto& a, const auto& b) { return byStart(a.when, b.when); });
    const int64_t last = out.empty() ? nowUtc : out.back().startUtc;
    skipped.erase(std::remove_if(skipped.begin(), skipped.end(), [&](const auto& k) { return k.when.startUtc > last; }), skipped.end());
    if (out.empty() && count > 0) result.message = "no further meetings: the rule has ended";
    return result;
}

}  // namespace wgf

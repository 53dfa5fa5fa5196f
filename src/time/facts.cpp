// wgfinder: meeting facts in the viewer's zone (see facts.h).
#include "time/facts.h"

#include <algorithm>

#include "time/recurrence.h"
#include "time/series.h"

namespace wgf {

MeetingFacts meetingFacts(const Meeting& m, ZoneDb& db, int64_t nowUtc, std::string_view viewerZone) {
    MeetingFacts f;
    f.zone = m.tz;
    f.cadence = cadenceOf(m);
    f.durationMinutes = m.durationMinutes > 0 ? m.durationMinutes : kDefaultMeetingMinutes;
    if (!m.hasStructuredTime() || ((m.tz.empty() || !db.isKnown(m.tz)) && m.rotation.empty())) return f;
    auto rule = parseRecurrenceRule(m.rrule);
    if (!rule) return f;
    // Day and hour do not depend on which week: a rule whose week is not known gives its
    // candidate dates (every matching week), which carry the same days and hours.
    int perPeriod = std::max<int>(1, (int)rule->byDay.size());
    int n = (rule->freq == RecurrenceRule::Freq::Monthly ? 6 : 8) * perPeriod;
    OccurrenceList list = nextOccurrences(m, db, nowUtc, viewerZone, n);
    const std::vector<Occurrence>& occurrences = list.phaseUnknown ? list.candidates : list.items;
    if (occurrences.empty()) return f;
    f.scheduled = true;
    for (const auto& o : occurrences) {
        f.localDays |= (uint8_t)(1u << o.viewerWeekday);
        int minute = o.viewer.hour * 60 + o.viewer.minute;
        if (std::find(f.localStartMinutes.begin(), f.localStartMinutes.end(), minute) == f.localStartMinutes.end())
            f.localStartMinutes.push_back(minute);
    }
    std::sort(f.localStartMinutes.begin(), f.localStartMinutes.end());
    return f;
}

bool fitsHours(const MeetingFacts& f, int from, int to) {
    if (!f.scheduled) return false;
    for (int s : f.localStartMinutes) {
        int e = s + f.durationMinutes;
        if (from <= to) {
            if (s >= from && e <= to) return true;
        } else {  // window over midnight: [from, 24:00) + [00:00, to)
            if ((s >= from && e <= to + 1440) || (s < to && e <= to)) return true;
        }
    }
    return false;
}

void addMeetingFacts(GroupTimeFacts& out, const Meeting& m, const MeetingFacts& f, int from, int to) {
    auto addUnique = [](std::vector<std::string>& v, const std::string& s) {
        if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
    };
    if (!m.schedule.empty() || !m.rrule.empty()) out.hasMeeting = true;
    if (!f.scheduled) return;
    out.localDays |= f.localDays;
    addUnique(out.cadences, f.cadence);
    addUnique(out.zones, f.zone);
    out.fitsHours = out.fitsHours || fitsHours(f, from, to);
}

GroupTimeFacts groupTimeFacts(const Group& g, ZoneDb& db, int64_t nowUtc, std::string_view viewerZone, int from, int to) {
    GroupTimeFacts out;
    for (const auto& m : g.meetings) addMeetingFacts(out, m, meetingFacts(m, db, nowUtc, viewerZone), from, to);
    return out;
}

GroupTimeFacts groupTimeFactsAsWritten(const Group& g) {
    GroupTimeFacts out;
    for (const auto& m : g.meetings) {
        MeetingFacts f;
        f.zone = m.tz;
        f.cadence = cadenceOf(m);
        auto rule = m.rrule.empty() ? std::nullopt : parseRecurrenceRule(m.rrule);
        f.scheduled = rule && m.hasStructuredTime() && (!m.tz.empty() || !m.rotation.empty()) && inactiveStatus(m).empty();
        if (f.scheduled) {
            for (const auto& d : rule->byDay) f.localDays |= static_cast<uint8_t>(1u << d.weekday);
            auto day = rule->byDay.empty() && m.start.size() >= 10 ? parseDate(m.start.substr(0, 10)) : std::nullopt;
            if (day) f.localDays |= static_cast<uint8_t>(1u << weekdayFromDays(*day));
            for (const auto& slot : m.rotation)
                if (int wd = weekdayFromCode(slot.day); wd >= 0) f.localDays |= static_cast<uint8_t>(1u << wd);
        }
        addMeetingFacts(out, m, f);
    }
    out.fitsHours = false;  // no viewer, no window
    return out;
}

}  // namespace wgf

// wgfinder: registry lint (see lint.h).
#include "time/lint.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "model/text.h"
#include "time/civil.h"
#include "time/recurrence.h"
#include "time/schedule.h"
#include "time/series.h"

namespace wgf {

namespace {


std::string hhmm(int minute) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60 % 24, minute % 60);
    return buf;
}

// A link without a scheme whose first part looks like a host name ("zoom.us/j/1", "www.x.org").
bool looksLikeHost(std::string_view url) {
    url = trim(url);
    std::string_view head = url.substr(0, url.find_first_of("/?#"));
    if (head.find('.') == std::string_view::npos || head.front() == '.') return false;
    std::string_view tld = head.substr(head.rfind('.') + 1);
    if (tld.size() < 2) return false;
    for (char c : tld)
        if (!std::isalpha((unsigned char)c)) return false;
    // "CONTRIBUTING.md", "charter.html" are files, not hosts.
    static const char* const files[] = {"md", "html", "htm", "txt", "pdf", "yaml", "yml", "json", "png", "svg"};
    for (auto* f : files)
        if (tld == f) return false;
    return true;
}

// Whether `zone` is on daylight time at `utc`: its offset is above the smaller of the offsets in
// January and July of that year (no table of offsets: the zone data says).
int daylightAt(ZoneDb& db, const std::string& zone, int64_t utc) {
    int year = fromSeconds(utc).year;
    auto jan = db.utcOffsetSeconds(zone, daysFromCivil(year, 1, 15) * 86400);
    auto jul = db.utcOffsetSeconds(zone, daysFromCivil(year, 7, 15) * 86400);
    auto now = db.utcOffsetSeconds(zone, utc);
    if (!jan || !jul || !now) return -1;
    if (*jan == *jul) return -1;  // no daylight saving time that year
    return *now > std::min(*jan, *jul) ? 1 : 0;
}

// What a meeting's calendar says besides its rule: which week, rotating slots, skipped dates.
// `report(severity, pointer within the meeting, message)`.
template <class Report>
void lintMeetingCalendar(const Meeting& m, const RecurrenceRule& rule, ZoneDb& db, Report report) {
    const bool weekly = rule.freq == RecurrenceRule::Freq::Weekly;
    const size_t slots = m.rotation.size();
    const int period = rule.interval * static_cast<int>(std::max<size_t>(1, slots));  // weeks between a slot's turns
    if (slots == 1)
        report(Severity::Warning, "/rotation",
               "a rotation with one slot takes no turns: give the meeting that slot's time and zone, or add the other slots");
    if (slots > 0 && !weekly) report(Severity::Error, "/rotation", "slots can only take turns on a weekly rule (FREQ=WEEKLY)");
    for (size_t i = 0; i < slots; ++i) {
        const std::string tz = m.rotation[i].tz.empty() ? m.tz : m.rotation[i].tz;
        const std::string at = "/rotation/" + std::to_string(i) + "/tz";
        if (tz.empty()) report(Severity::Error, at, "no time zone for this slot (nor for the meeting): readers cannot convert its time");
        else if (!db.isKnown(tz)) report(Severity::Error, at, "unknown time zone '" + tz + "' (use an IANA name such as Asia/Tokyo)");
    }
    if (!m.weeks.empty() && !(weekly && period == 2))
        report(Severity::Warning, "/weeks",
               "`weeks` (\"" + m.weeks + "\") chooses one of every other week, but the meeting " +
                   (slots > 0 ? "takes turns every " + std::to_string(period) + " weeks" : "is " + describeCadence(m, false)) + ": it is ignored");
    std::optional<int64_t> anchorDay;
    if (auto d = m.start.empty() ? parseDate(m.anchor) : parseDate(m.start.substr(0, std::min<size_t>(10, m.start.size())))) anchorDay = *d;
    if (anchorDay && !m.weeks.empty() && weekly && period == 2 && (isoWeekNumber(*anchorDay) % 2 == 1) != (m.weeks == "odd"))
        report(Severity::Warning, "/weeks",
               "says " + m.weeks + " weeks, but " + (m.start.empty() ? "anchor " : "start ") + formatLocalDateTime(fromSeconds(*anchorDay * 86400)).substr(0, 10) +
                   " is in ISO week " + std::to_string(isoWeekNumber(*anchorDay)) + ": which is right?");
    if (slots > 1 && weekly && !anchorDay && !(!m.weeks.empty() && period == 2))
        report(Severity::Warning, "/rotation",
               "meets " + describeCadence(m) + ": give `anchor` (a date in a week of the first slot) or `weeks` (\"odd\" or \"even\" "
               "ISO weeks of the first slot) so readers know whose turn it is");
    // A skipped date must be a date the meeting would meet on (any week, for a week not given).
    std::vector<MeetingSeries> series = meetingSeries(m);
    for (size_t k = 0; k < m.skip.size() && !series.empty(); ++k) {
        auto day = parseDate(m.skip[k].date);
        if (!day) continue;
        bool meets = false;
        for (const MeetingSeries& s : series) {
            auto first = expandLocal(s.rule, s.weekUnknown ? std::nullopt : s.anchorLocal, s.timeOfDaySeconds, *day * 86400, 1);
            meets = meets || (first && !first->empty() && floorDiv(first->front(), 86400) == *day);
        }
        if (!meets)
            report(Severity::Warning, "/skip/" + std::to_string(k) + "/date",
                   "skipped date " + m.skip[k].date + " (a " + kWeekdays[weekdayFromDays(*day)].name + ") is not a date this meeting meets (" +
                       describeCadence(m, false) + "): is it the right date?");
    }
}

}  // namespace

Diagnostics lintRegistry(const Registry& registry, ZoneDb& db, int64_t nowUtc) {
    Diagnostics out;
    auto add = [&](Severity s, const std::string& groupId, const std::string& pointer, const std::string& message) {
        Diagnostic d;
        d.severity = s;
        d.groupId = groupId;
        d.pointer = pointer;
        d.message = message;
        out.push_back(std::move(d));
    };
    auto checkLink = [&](const std::string& groupId, const std::string& pointer, const std::string& url) {
        switch (classifyLink(url)) {
            case LinkKind::Relative:
                // Other relative links ("CONTRIBUTING.md") are already reported by the loader.
                if (looksLikeHost(url))
                    add(Severity::Error, groupId, pointer, "link '" + url + "' has no scheme: readers get a broken link; write https://" + std::string(trim(url)));
                break;
            case LinkKind::Unsafe:
                add(Severity::Error, groupId, pointer, "link '" + url + "' uses a scheme other than http, https or mailto");
                break;
            default:
                break;
        }
    };
    for (size_t i = 0; i < registry.links.size(); ++i) checkLink("", "/links/" + std::to_string(i) + "/url", registry.links[i].url);

    // The date for season checks: the registry's own date, else now.
    int64_t seasonDate = nowUtc;
    if (auto d = parseDate(registry.updated)) seasonDate = *d * 86400 + 12 * 3600;

    for (size_t gi = 0; gi < registry.groups.size(); ++gi) {
        const Group& g = registry.groups[gi];
        const std::string gp = "/groups/" + std::to_string(gi);
        for (size_t k = 0; k < g.leads.size(); ++k)
            if (trim(g.leads[k].company).empty())
                add(Severity::Warning, g.id, gp + "/leads/" + std::to_string(k) + "/company",
                    "lead '" + g.leads[k].name + "' has no company: readers cannot see the balance of affiliations");
        for (size_t k = 0; k < g.contacts.size(); ++k) checkLink(g.id, gp + "/contacts/" + std::to_string(k) + "/url", g.contacts[k].url);
        for (size_t k = 0; k < g.links.size(); ++k) checkLink(g.id, gp + "/links/" + std::to_string(k) + "/url", g.links[k].url);

        std::vector<std::string> seasonChecked;
        for (size_t mi = 0; mi < g.meetings.size(); ++mi) {
            const Meeting& m = g.meetings[mi];
            const std::string mp = gp + "/meetings/" + std::to_string(mi);
            checkLink(g.id, mp + "/url", m.url);
            checkLink(g.id, mp + "/notesUrl", m.notesUrl);
            checkLink(g.id, mp + "/recordingsUrl", m.recordingsUrl);

            if (!m.hasStructuredTime()) {
                if (m.note == "TBD") continue;
                if (m.schedule.empty() && m.rrule.empty()) continue;
                if (!m.rrule.empty()) {
                    add(Severity::Error, g.id, mp, "rule without a time: give `time` (HH:MM) or `start`");
                    continue;
                }
                ScheduleParse p = parseSchedule(m.schedule);
                if (p.understood) {
                    add(Severity::Warning, g.id, mp + "/schedule",
                        "schedule '" + m.schedule + "' has no structured fields, but reads as " + p.meetings[0].rrule + " at " +
                            p.meetings[0].time + " " + p.meetings[0].tz + ": add rrule, time and tz so readers see it in their own time");
                } else {
                    std::string why, advice;
                    for (size_t s = 0; s < p.meetings.size(); ++s)
                        if (!p.meetings[s].note.empty() && why.empty()) why = p.meetings[s].note, advice = p.slots[s].advice;
                    add(Severity::Warning, g.id, mp + "/schedule",
                        "schedule '" + m.schedule + "' could not be understood" + (why.empty() ? "" : " (" + why + ")") +
                            ": readers see only the text" + (advice.empty() ? "" : "; " + advice));
                }
                continue;
            }

            std::string error;
            auto rule = parseRecurrenceRule(m.rrule, &error);
            if (!rule) {
                add(Severity::Error, g.id, mp + "/rrule", "rule '" + m.rrule + "' cannot be read: " + error);
                continue;
            }
            auto report = [&](Severity s, const std::string& pointer, const std::string& message) { add(s, g.id, mp + pointer, message); };
            lintMeetingCalendar(m, *rule, db, report);
            if (!m.rotation.empty()) continue;  // its slots' times and zones are checked above
            if (m.tz.empty()) {
                add(Severity::Error, g.id, mp + "/tz", "no time zone: readers cannot convert the time");
                continue;
            }
            if (!db.isKnown(m.tz)) {
                add(Severity::Error, g.id, mp + "/tz", "unknown time zone '" + m.tz + "' (use an IANA name such as America/Los_Angeles)");
                continue;
            }
            std::optional<int64_t> start;
            int minute = -1;
            if (!m.start.empty()) {
                start = parseLocalDateTime(m.start);
                if (!start) {
                    add(Severity::Error, g.id, mp + "/start", "start '" + m.start + "' is not YYYY-MM-DDTHH:MM");
                    continue;
                }
                minute = (int)((*start - floorDiv(*start, 86400) * 86400) / 60);
                // The start must be an occurrence of the rule.
                auto first = expandLocal(*rule, start, (int)(minute * 60), floorDiv(*start, 86400) * 86400, 1);
                int64_t startDay = floorDiv(*start, 86400);
                if (!rule->byDay.empty() && (!first || first->empty() || floorDiv(first->front(), 86400) != startDay)) {
                    std::string days;
                    for (const auto& d : rule->byDay) days += (days.empty() ? "" : ", ") + std::string(kWeekdays[d.weekday].name);
                    add(Severity::Error, g.id, mp + "/start",
                        "start " + m.start.substr(0, 10) + " is a " + kWeekdays[weekdayFromDays(startDay)].name + ", but the rule '" + m.rrule +
                            "' says " + days + (rule->freq == RecurrenceRule::Freq::Monthly ? " (with its week of the month)" : ""));
                }
            } else {
                auto c = parseClock(m.time);
                if (!c) {
                    add(Severity::Error, g.id, mp + "/time", "time '" + m.time + "' is not HH:MM");
                    continue;
                }
                minute = *c;
                if (rule->interval > 1 && m.anchor.empty() && (m.weeks.empty() || rule->interval != 2))
                    add(Severity::Warning, g.id, mp + "/start",
                        "meets " + describeCadence(m) + ": give `start` or `anchor` (one date it happens), or `weeks` "
                        "(\"odd\" or \"even\" ISO weeks), so readers know which week");
            }
            if (minute >= 0 && minute < 6 * 60)
                add(Severity::Warning, g.id, mp + "/time",
                    "meets at " + hhmm(minute) + " " + m.tz + ", between midnight and 06:00 where it is written: is the zone right?");
            if (m.durationMinutes > 8 * 60)
                add(Severity::Warning, g.id, mp + "/durationMinutes",
                    "lasts " + std::to_string(m.durationMinutes / 60) + " h " + std::to_string(m.durationMinutes % 60) + " min: is the end time right?");

            // What the text says: season of abbreviations, conversions in parentheses.
            if (m.schedule.empty() || std::find(seasonChecked.begin(), seasonChecked.end(), m.schedule) != seasonChecked.end()) continue;
            seasonChecked.push_back(m.schedule);
            ScheduleParse p = parseSchedule(m.schedule);
            int64_t when = seasonDate;
            if (start) when = *localToUtc(db, m.tz, *start);
            for (size_t s = 0; s < p.slots.size(); ++s) {
                const ScheduleSlot& slot = p.slots[s];
                const Meeting& pm = p.meetings[s];
                int dst = slot.zoneIsDaylight;
                std::string zone = pm.tz.empty() ? zoneForAbbreviation(slot.zoneAsWritten) : pm.tz.str();
                if (dst >= 0 && !zone.empty()) {
                    int actual = daylightAt(db, zone, when);
                    if (actual >= 0 && actual != dst) {
                        std::string date = formatLocalDateTime(fromSeconds(when)).substr(0, 10);
                        add(Severity::Warning, g.id, mp + "/schedule",
                            "'" + slot.zoneAsWritten + "' is " + (dst ? "daylight" : "standard") + " time, but on " + date + " " + zone +
                                " is on " + (actual ? "daylight" : "standard") + " time (" + db.abbreviation(zone, when) +
                                "): write the zone without the season (e.g. PT, ET)");
                    }
                }
                // "8am EDT (12am UTC, 2pm CEST)": each stated conversion, on the next occurrence.
                // The reader refuses such a text; the registry's own fields are checked against it.
                const Meeting& given = pm.hasStructuredTime() ? pm : m;
                if (slot.conversions.empty() || (p.slots.size() != 1 && !pm.hasStructuredTime())) continue;
                Meeting probe = given;
                probe.start.clear();
                if (probe.time.empty()) probe.time = hhmm(minute);
                // Any week of a biweekly meeting carries the same conversions: its candidates do.
                auto next = nextOccurrences(probe, db, when, "UTC", 1);
                const auto& dates = next.phaseUnknown ? next.candidates : next.items;
                if (dates.empty()) continue;
                int64_t t = dates.front().startUtc;
                for (const auto& c : slot.conversions) {
                    auto off = db.utcOffsetSeconds(c.tz, t);
                    if (!off) continue;
                    int real = (int)(((t + *off) % 86400 + 86400) % 86400 / 60);
                    if (real != c.minuteOfDay)
                        add(Severity::Warning, g.id, mp + "/schedule",
                            "the text says '" + c.asWritten + "', but " + probe.time + " " + probe.tz + " is " + hhmm(real) + " " + c.tz +
                                " on " + formatLocalDateTime(fromSeconds(t + *off)).substr(0, 10));
                }
            }
        }
    }
    return out;
}

}  // namespace wgf

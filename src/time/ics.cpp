// wgfinder: iCalendar export (see ics.h).
#include "time/ics.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "model/text.h"
#include "time/civil.h"
#include "time/recurrence.h"

namespace wgf {

std::string icsEscapeText(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',') out += '\\', out += c;
        else if (c == '\n') out += "\\n";
        else if (c == '\r') continue;
        else if ((unsigned char)c < 0x20 && c != '\t') continue;  // control characters are not allowed
        else out += c;
    }
    return out;
}

std::string icsFoldLine(std::string_view line) {
    std::string out;
    size_t limit = 75, i = 0;
    while (line.size() - i > limit) {
        size_t cut = std::max(i + 1, utf8CharStart(line, i + limit));  // not inside a UTF-8 sequence
        out.append(line.substr(i, cut - i));
        out += "\r\n ";
        i = cut;
        limit = 74;  // the leading space counts
    }
    out.append(line.substr(i));
    out += "\r\n";
    return out;
}

std::string icsUid(const Registry& registry, const Group& group, size_t meetingIndex) {
    std::string domain = slugify(registry.title);
    if (domain.empty()) domain = "wgfinder";
    return group.id + "-" + std::to_string(meetingIndex) + "@" + domain;
}

namespace {

std::string basic(const CivilTime& t) {  // 20250309T023000
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
    return buf;
}

std::string offsetText(int seconds) {  // +0530, -0800, +103000 when seconds are not zero
    char buf[16];
    int a = std::abs(seconds);
    if (a % 60)
        std::snprintf(buf, sizeof buf, "%c%02d%02d%02d", seconds < 0 ? '-' : '+', a / 3600, a / 60 % 60, a % 60);
    else
        std::snprintf(buf, sizeof buf, "%c%02d%02d", seconds < 0 ? '-' : '+', a / 3600, a / 60 % 60);
    return buf;
}

std::string tzidParam(const std::string& zone) {
    if (zone.find_first_of(":;,\"") != std::string::npos) return "\"" + zone + "\"";
    return zone;
}

std::string vtimezone(ZoneDb& db, const std::string& zone, int64_t fromUtc, int64_t toUtc) {
    std::string s = icsFoldLine("BEGIN:VTIMEZONE") + icsFoldLine("TZID:" + zone);
    auto transitions = findTransitions(db, zone, fromUtc, toUtc);
    int first = *db.utcOffsetSeconds(zone, fromUtc);
    auto component = [&](bool daylight, int64_t localStart, int from, int to, const std::string& name) {
        std::string kind = daylight ? "DAYLIGHT" : "STANDARD";
        std::string c = icsFoldLine("BEGIN:" + kind) + icsFoldLine("DTSTART:" + basic(fromSeconds(localStart))) +
                        icsFoldLine("TZOFFSETFROM:" + offsetText(from)) + icsFoldLine("TZOFFSETTO:" + offsetText(to));
        if (!name.empty()) c += icsFoldLine("TZNAME:" + icsEscapeText(name));
        return c + icsFoldLine("END:" + kind);
    };
    // The offset in force at the start of the range, then one component per change.
    bool firstDaylight = !transitions.empty() && transitions.front().offsetAfter < first;
    s += component(firstDaylight, fromUtc + first, first, first, db.abbreviation(zone, fromUtc));
    for (const auto& t : transitions)
        s += component(t.offsetAfter > t.offsetBefore, t.utc + t.offsetBefore, t.offsetBefore, t.offsetAfter, t.abbreviation);
    return s + icsFoldLine("END:VTIMEZONE");
}

// "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE" without its INTERVAL part: "FREQ=WEEKLY;BYDAY=WE".
std::string withoutPart(const std::string& rrule, const std::string& name) {
    std::string out;
    for (size_t b = 0; b <= rrule.size();) {
        size_t e = std::min(rrule.find(';', b), rrule.size());
        std::string part = rrule.substr(b, e - b);
        if (!part.empty() && part.compare(0, name.size() + 1, name + "=") != 0) out += (out.empty() ? "" : ";") + part;
        b = e + 1;
    }
    return out;
}

}  // namespace

IcsResult toICalendar(const Registry& registry, ZoneDb& db, const IcsOptions& options) {
    IcsResult result;
    std::vector<int> groups;
    if (options.groupIds.empty()) {
        for (size_t i = 0; i < registry.groups.size(); ++i) groups.push_back((int)i);
    } else {
        for (const auto& id : options.groupIds) {
            int at = registry.findGroup(id);
            if (at < 0) {
                Diagnostic d;
                d.severity = Severity::Error;
                d.groupId = id;
                d.message = "no group '" + id + "' in the registry";
                result.diagnostics.push_back(d);
            } else if (std::find(groups.begin(), groups.end(), at) == groups.end()) {
                groups.push_back(at);
            }
        }
    }
    const int64_t now = options.nowUtc;
    auto warn = [&](int gi, size_t mi, const std::string& message) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.groupId = registry.groups[gi].id;
        d.pointer = "/groups/" + std::to_string(gi) + "/meetings/" + std::to_string(mi);
        d.message = "not exported: " + message;
        result.diagnostics.push_back(d);
        result.meetings.push_back({static_cast<size_t>(gi), mi, IcsMeeting::How::LeftOut, message});
    };

    std::string events;
    std::set<std::string> zones;
    CivilTime stamp = fromSeconds(now);
    for (int gi : groups) {
        const Group& g = registry.groups[gi];
        for (size_t mi = 0; mi < g.meetings.size(); ++mi) {
            const Meeting& m = g.meetings[mi];
            if (!m.hasStructuredTime()) {
                warn(gi, mi, m.note.empty() ? "no structured schedule" : m.note);
                continue;
            }
            std::string error;
            auto rule = parseRecurrenceRule(m.rrule, &error);
            if (!rule) { warn(gi, mi, "invalid rule: " + error); continue; }
            if (m.tz.empty() || !db.isKnown(m.tz)) { warn(gi, mi, "unknown time zone '" + m.tz + "'"); continue; }
            std::optional<int64_t> startLocal;
            int tentative = 0;  // the rule's INTERVAL when it is exported on every possible date
            if (!m.start.empty()) {
                startLocal = parseLocalDateTime(m.start);
                if (!startLocal) { warn(gi, mi, "start '" + m.start + "' is not YYYY-MM-DDTHH:MM"); continue; }
            } else {
                if (rule->interval > 1) {
                    if (!options.unknownWeekTentative) { warn(gi, mi, describeCadence(m)); continue; }
                    tentative = rule->interval;
                    rule->interval = 1;  // every week (or month) it may fall on
                }
                auto tod = parseClock(m.time);
                if (!tod) { warn(gi, mi, "time '" + m.time + "' is not HH:MM"); continue; }
                int64_t fromLocal = now + *db.utcOffsetSeconds(m.tz, now);
                auto first = expandLocal(*rule, std::nullopt, *tod * 60, floorDiv(fromLocal, 86400) * 86400, 1, &error);
                if (!first || first->empty()) { warn(gi, mi, error.empty() ? "no date" : error); continue; }
                startLocal = first->front();
            }
            zones.insert(m.tz);
            int duration = m.durationMinutes > 0 ? m.durationMinutes : kDefaultMeetingMinutes;
            std::string summary = g.name + ": " + (m.title.empty() ? "meeting" : m.title);
            std::string description;
            if (tentative) {
                summary += rule->freq == RecurrenceRule::Freq::Monthly ? " (which month is not known)" : " (which week is not known)";
                description += "Only one in every " + std::to_string(tentative) + " of these dates takes place: the registry "
                               "does not say which. Check the meeting's link or the group's own calendar before you go.\n";
                Diagnostic d;
                d.severity = Severity::Warning;
                d.groupId = g.id;
                d.pointer = "/groups/" + std::to_string(gi) + "/meetings/" + std::to_string(mi);
                d.message = "exported as a tentative series on every date it may fall on: " + describeCadence(m);
                result.diagnostics.push_back(d);
                ++result.tentative;
            }
            if (!m.schedule.empty()) description += "Schedule: " + m.schedule + "\n";
            if (m.start.empty() && !m.time.empty()) description += "(the first date here is the first one after the export)\n";
            if (!m.note.empty()) description += "Note: " + m.note + "\n";
            if (classifyLink(m.url) == LinkKind::Safe) description += "Join: " + m.url + "\n";
            if (classifyLink(m.notesUrl) == LinkKind::Safe) description += "Notes: " + m.notesUrl + "\n";
            if (classifyLink(m.recordingsUrl) == LinkKind::Safe) description += "Recordings: " + m.recordingsUrl + "\n";
            for (const auto& c : g.contacts)
                if (classifyLink(c.url) == LinkKind::Safe) description += (c.label.empty() ? c.kind : c.label) + ": " + c.url + "\n";
            for (const auto& l : g.links)
                if (classifyLink(l.url) == LinkKind::Safe) description += (l.label.empty() ? "Link" : l.label) + ": " + l.url + "\n";
            while (!description.empty() && description.back() == '\n') description.pop_back();

            std::string rrule = m.rrule;
            if (rrule.rfind("RRULE:", 0) == 0) rrule.erase(0, 6);
            if (tentative) rrule = withoutPart(rrule, "INTERVAL");
            events += icsFoldLine("BEGIN:VEVENT");
            events += icsFoldLine("UID:" + icsUid(registry, g, mi));
            events += icsFoldLine("DTSTAMP:" + basic(stamp) + "Z");
            events += icsFoldLine("DTSTART;TZID=" + tzidParam(m.tz) + ":" + basic(fromSeconds(*startLocal)));
            events += icsFoldLine("DURATION:PT" + std::to_string(duration) + "M");
            events += icsFoldLine("RRULE:" + rrule);
            events += icsFoldLine("SUMMARY:" + icsEscapeText(summary));
            if (tentative) events += icsFoldLine("STATUS:TENTATIVE");
            if (!description.empty()) events += icsFoldLine("DESCRIPTION:" + icsEscapeText(description));
            if (classifyLink(m.url) == LinkKind::Safe) {
                events += icsFoldLine("URL:" + std::string(trim(m.url)));
                events += icsFoldLine("LOCATION:" + icsEscapeText(trim(m.url)));
            }
            events += icsFoldLine("END:VEVENT");
            ++result.events;
            result.meetings.push_back({static_cast<size_t>(gi), mi, tentative ? IcsMeeting::How::Tentative : IcsMeeting::How::Exported, {}});
        }
    }

    int year = fromSeconds(now).year;
    int64_t from = daysFromCivil(year - 1, 1, 1) * 86400, to = daysFromCivil(year + options.timezoneYears + 1, 1, 1) * 86400;
    std::string out = icsFoldLine("BEGIN:VCALENDAR") + icsFoldLine("VERSION:2.0") +
                      icsFoldLine("PRODID:-//wgfinder//wgfinder//EN") + icsFoldLine("CALSCALE:GREGORIAN");
    const std::string& name = options.calendarName.empty() ? registry.title : options.calendarName;
    if (!name.empty()) out += icsFoldLine("X-WR-CALNAME:" + icsEscapeText(name));
    if (!options.refreshInterval.empty()) {
        out += icsFoldLine("REFRESH-INTERVAL;VALUE=DURATION:" + options.refreshInterval);
        out += icsFoldLine("X-PUBLISHED-TTL:" + options.refreshInterval);
    }
    for (const auto& z : zones) out += vtimezone(db, z, from, to);
    out += events;
    out += icsFoldLine("END:VCALENDAR");
    result.text = std::move(out);
    return result;
}

}  // namespace wgf

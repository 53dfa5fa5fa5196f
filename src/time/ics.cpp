// wgfinder: iCalendar export (see ics.h).
#include "time/ics.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <map>
#include <set>

#include "model/text.h"
#include "time/civil.h"
#include "time/recurrence.h"
#include "time/series.h"

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

// What the VEVENTs of one series share.
struct SeriesEvent {
    std::string uid, stamp, summary, description, url;
    int duration = kDefaultMeetingMinutes;
    bool tentative = false;
    int count = 0;  // VEVENTs written
};

std::string utcBasic(int64_t utc) { return basic(fromSeconds(utc)) + "Z"; }

// A series' RRULE written from its parts (a slot's INTERVAL and day, a stretch's UNTIL).
std::string ruleText(const RecurrenceRule& r, std::optional<int64_t> untilUtc) {
    std::string s = std::string("FREQ=") + (r.freq == RecurrenceRule::Freq::Daily ? "DAILY" : r.freq == RecurrenceRule::Freq::Weekly ? "WEEKLY" : "MONTHLY");
    if (r.interval > 1) s += ";INTERVAL=" + std::to_string(r.interval);
    for (size_t i = 0; i < r.byDay.size(); ++i)
        s += (i ? "," : ";BYDAY=") + (r.byDay[i].ordinal ? std::to_string(r.byDay[i].ordinal) : "") + kWeekdays[r.byDay[i].weekday].code;
    if (r.count) s += ";COUNT=" + std::to_string(r.count);
    if (untilUtc) s += ";UNTIL=" + utcBasic(*untilUtc);
    return s;
}

// The VEVENTs of one series of a meeting (series.h): one, or for ISO-week parity one per stretch
// between 53-week ISO years (INTERVAL=2 is right only within one). Skipped dates it has become
// EXDATEs; the meeting's extra dates RDATEs of its first series. Sets `error` when no date can
// be given.
std::string seriesEvents(const Meeting& m, const MeetingSeries& s, bool first, ZoneDb& db, int64_t now, int64_t horizonUtc,
                         SeriesEvent& e, std::set<std::string>& zones, std::string& error) {
    struct Stretch {
        int64_t fromDay;
        std::optional<int64_t> toDay;  // exclusive
        std::string uidSuffix;
    };
    RecurrenceRule rule = s.rule;
    std::optional<int64_t> anchor = s.anchorLocal;
    const int64_t today = floorDiv(now + *db.utcOffsetSeconds(s.tz, now), 86400);
    std::vector<Stretch> stretches;
    if (rule.isoWeekParity) {
        auto boundary = [](int64_t monday) { return isoWeekNumber(monday) == 1 && isoWeekNumber(monday - 7) == 53; };
        const int64_t monday = today - weekdayFromDays(today);
        int64_t a = monday;
        while (!boundary(a) && monday - a < 7 * 53 * 7) a -= 7;  // a 53-week year comes every 5 or 6 years
        for (const int64_t last = floorDiv(horizonUtc, 86400); a <= last;) {
            int64_t b = a + 7;
            while (!boundary(b)) b += 7;
            int y, mo, d;
            civilFromDays(a + 3, y, mo, d);
            stretches.push_back({std::max(a, monday), b, "-iso" + std::to_string(y)});
            a = b;
        }
    } else {
        if (e.tentative) rule.interval = 1, anchor.reset();
        // A `start` begins the series; an `anchor` only says which weeks (series.h): from today.
        stretches.push_back({anchor && !m.start.empty() ? floorDiv(*anchor, 86400) : today, std::nullopt, ""});
    }
    const std::string tzid = tzidParam(s.tz);
    auto local = [&](int64_t seconds) { return basic(fromSeconds(seconds)); };
    std::string out;
    for (const Stretch& st : stretches) {
        auto dates = expandLocal(rule, anchor, s.timeOfDaySeconds, std::max(st.fromDay * 86400, anchor.value_or(INT64_MIN)), 1, &error);
        if (!dates || dates->empty()) {
            if (!st.toDay) {
                if (error.empty()) error = "no date";
                return {};
            }
            error.clear();
            continue;
        }
        if (st.toDay && dates->front() >= *st.toDay * 86400) continue;
        std::string rrule;
        if (st.toDay) {
            RecurrenceRule r = rule;
            r.isoWeekParity = 0;
            r.interval = 2;
            int64_t end = *st.toDay * 86400;
            std::optional<int64_t> until = end - *db.utcOffsetSeconds(s.tz, end) - 1;
            if (rule.untilUtc) until = std::min(*until, *rule.untilUtc);
            rrule = ruleText(r, until);
        } else if (s.slot >= 0) {
            rrule = ruleText(rule, rule.untilUtc);
        } else {
            rrule = m.rrule.rfind("RRULE:", 0) == 0 ? m.rrule.substr(6) : m.rrule.str();
            if (e.tentative) rrule = withoutPart(rrule, "INTERVAL");
        }
        zones.insert(s.tz);
        std::string ev = icsFoldLine("BEGIN:VEVENT") + icsFoldLine("UID:" + (st.uidSuffix.empty() ? e.uid : std::string(e.uid).insert(e.uid.find('@'), st.uidSuffix)));
        ev += icsFoldLine("DTSTAMP:" + e.stamp);
        ev += icsFoldLine("DTSTART;TZID=" + tzid + ":" + local(dates->front()));
        ev += icsFoldLine("DURATION:PT" + std::to_string(e.duration) + "M");
        ev += icsFoldLine("RRULE:" + rrule);
        for (const MeetingSkip& k : m.skip) {
            auto day = parseDate(k.date);
            if (!day || *day < st.fromDay || (st.toDay && *day >= *st.toDay)) continue;
            auto on = expandLocal(rule, anchor, s.timeOfDaySeconds, *day * 86400, 1);
            if (on && !on->empty() && floorDiv(on->front(), 86400) == *day) ev += icsFoldLine("EXDATE;TZID=" + tzid + ":" + local(on->front()));
        }
        if (first && &st == &stretches.front()) {
            const std::string tz = m.tz.empty() ? s.tz : m.tz.str();
            for (const MeetingExtra& x : m.extra)
                if (auto t = parseLocalDateTime(x.start)) {
                    zones.insert(tz);
                    ev += icsFoldLine("RDATE;TZID=" + tzidParam(tz) + ":" + local(*t));
                }
        }
        ev += icsFoldLine("SUMMARY:" + icsEscapeText(e.summary));
        if (e.tentative) ev += icsFoldLine("STATUS:TENTATIVE");
        if (!e.description.empty()) ev += icsFoldLine("DESCRIPTION:" + icsEscapeText(e.description));
        if (!e.url.empty()) ev += icsFoldLine("URL:" + e.url) + icsFoldLine("LOCATION:" + icsEscapeText(e.url));
        out += ev + icsFoldLine("END:VEVENT");
        ++e.count;
    }
    if (out.empty() && error.empty()) error = "no date";
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
            if (std::string status = inactiveStatus(m); !status.empty()) {
                warn(gi, mi, status == "paused" ? "the meeting is paused" : "the meeting has ended");
                continue;
            }
            if (!m.hasStructuredTime()) {
                warn(gi, mi, m.note.empty() ? "no structured schedule" : m.note);
                continue;
            }
            std::string error;
            std::vector<MeetingSeries> series = meetingSeries(m, &error);
            if (series.empty()) { warn(gi, mi, error); continue; }
            auto unknownZone = std::find_if(series.begin(), series.end(), [&](const MeetingSeries& s) { return !db.isKnown(s.tz); });
            if (unknownZone != series.end()) { warn(gi, mi, "unknown time zone '" + unknownZone->tz + "'"); continue; }
            int tentative = 0;  // the rule's INTERVAL when it is exported on every possible date
            if (series.front().weekUnknown) {
                if (series.size() > 1 || !options.unknownWeekTentative) { warn(gi, mi, describeCadence(m)); continue; }
                tentative = series.front().rule.interval;
            }
            int duration = m.durationMinutes > 0 ? m.durationMinutes : kDefaultMeetingMinutes;
            std::string summary = g.name + ": " + (m.title.empty() ? "meeting" : m.title);
            std::string description;
            if (tentative) {
                summary += series.front().rule.freq == RecurrenceRule::Freq::Monthly ? " (which month is not known)" : " (which week is not known)";
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
            if (m.start.empty() && m.anchor.empty() && !m.time.empty()) description += "(the first date here is the first one after the export)\n";
            for (const auto& k : m.skip) description += "Not on " + k.date + (k.reason.empty() ? "" : ": " + k.reason) + "\n";
            for (const auto& e : m.extra) description += "Also on " + e.start.substr(0, 10) + (e.reason.empty() ? "" : ": " + e.reason) + "\n";
            if (!m.note.empty()) description += "Note: " + m.note + "\n";
            if (classifyLink(m.url) == LinkKind::Safe) description += "Join: " + m.url + "\n";
            if (classifyLink(m.notesUrl) == LinkKind::Safe) description += "Notes: " + m.notesUrl + "\n";
            if (classifyLink(m.recordingsUrl) == LinkKind::Safe) description += "Recordings: " + m.recordingsUrl + "\n";
            for (const auto& c : g.contacts)
                if (classifyLink(c.url) == LinkKind::Safe) description += (c.label.empty() ? c.kind : c.label) + ": " + c.url + "\n";
            for (const auto& l : g.links)
                if (classifyLink(l.url) == LinkKind::Safe) description += (l.label.empty() ? "Link" : l.label) + ": " + l.url + "\n";
            while (!description.empty() && description.back() == '\n') description.pop_back();

            SeriesEvent common;
            common.stamp = basic(stamp) + "Z";
            common.duration = duration;
            common.description = description;
            common.url = classifyLink(m.url) == LinkKind::Safe ? std::string(trim(m.url)) : std::string();
            common.tentative = tentative > 0;
            std::string mine;
            std::set<std::string> myZones;
            int count = 0;
            for (const MeetingSeries& s : series) {
                SeriesEvent e = common;
                e.uid = icsUid(registry, g, mi);
                if (s.slot >= 0) e.uid.insert(e.uid.find('@'), "-slot" + std::to_string(s.slot + 1));
                e.summary = summary;
                if (s.slot >= 0 && !m.rotation[static_cast<size_t>(s.slot)].title.empty()) e.summary += " (" + m.rotation[static_cast<size_t>(s.slot)].title + ")";
                error.clear();
                mine += seriesEvents(m, s, &s == &series.front(), db, now, now + (options.timezoneYears + 1) * 366LL * 86400, e, myZones, error);
                if (!error.empty()) break;
                count += e.count;
            }
            if (!error.empty()) {
                warn(gi, mi, error);
                continue;
            }
            events += mine;
            zones.insert(myZones.begin(), myZones.end());
            result.events += count;
            result.meetings.push_back({static_cast<size_t>(gi), mi, tentative ? IcsMeeting::How::Tentative : IcsMeeting::How::Exported, {}});
        }
    }

    int year = fromSeconds(now).year;
    int64_t from = daysFromCivil(year - 1, 1, 1) * 86400, to = daysFromCivil(year + options.timezoneYears + 1, 1, 1) * 86400;
    std::string out = icsFoldLine("BEGIN:VCALENDAR") + icsFoldLine("VERSION:2.0") +
                      icsFoldLine("PRODID:-//wgfinder//wgfinder//EN") + icsFoldLine("CALSCALE:GREGORIAN");
    const std::string name = options.calendarName.empty() ? registry.title.str() : options.calendarName;
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

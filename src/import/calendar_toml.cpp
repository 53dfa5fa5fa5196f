// [SECTION] index
//   1. isCalendarToml (every build)
//   2. dates and times of the file
//   3. one event -> meetings (rules, exceptions, extra dates)
//   4. the file -> a group
#include "import/calendar_toml.h"

namespace wgf {

// ---- 1. isCalendarToml ------------------------------------------------------------------------

bool isCalendarToml(std::string_view toml) {
    auto atLineStart = [&](std::string_view what) {
        for (size_t at = toml.find(what); at != std::string_view::npos; at = toml.find(what, at + 1))
            if (at == 0 || toml[at - 1] == '\n') return true;
        return false;
    };
    return atLineStart("name") && (atLineStart("[[events]]") || atLineStart("[meta]") || atLineStart("[[timezones]]"));
}

}  // namespace wgf

#ifdef WGF_HAVE_TOML

#include <toml++/toml.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <regex>

#include "import/reader.h"
#include "model/text.h"
#include "time/civil.h"
#include "time/recurrence.h"
#include "time/zone.h"

namespace wgf {

using namespace importer;

namespace {

// ---- 2. dates and times -----------------------------------------------------------------------

int lineOf(const toml::node* n) { return n ? static_cast<int>(n->source().begin.line) : 0; }

// A start, end or exception: seconds on `zone`'s wall clock ("UTC" for the "...Z" form). An
// all-day value (a date alone) has no zone.
struct When {
    int64_t local = 0;
    std::string zone;
    bool allDay = false;
};

std::string isoDay(int64_t day) { return formatLocalDateTime(fromSeconds(day * 86400)).substr(0, 10); }
std::string localText(int64_t local) { return formatLocalDateTime(fromSeconds(local)); }

struct CalendarReader {
    Reader& reader;
    std::string groupId;
    int64_t asOfUtc = 0;
    std::map<std::string, std::pair<int, int>> bookkeeping;  // key -> (events, first line)

    void warn(int line, const std::string& message) { reader.warn(line, message, groupId); }

    std::string text(const toml::table& t, const char* key) {
        const toml::node* n = t.get(key);
        if (!n) return {};
        if (auto s = n->value<std::string>()) return collapseSpaces(*s);
        warn(lineOf(n), std::string("'") + key + "' is not text; left out");
        return {};
    }

    // "2024-01-11T15:00:00.00Z", "2024-01-10T08:00:00.00" (with `zone`), "2024-02-08".
    std::optional<When> parseWhen(const std::string& s, const std::string& zone, int line, const std::string& what) {
        static const std::regex re(R"(^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z)?)?$)");
        std::smatch m;
        auto day = std::regex_match(s, m, re) ? parseDate(m[1].str()) : std::nullopt;
        if (!day) {
            warn(line, what + " '" + s + "' is not an RFC 3339 date; left out");
            return std::nullopt;
        }
        When w;
        if (!m[2].matched) {
            w.allDay = true;
            w.local = *day * 86400;
            return w;
        }
        auto t = parseLocalDateTime(m[1].str() + "T" + m[2].str());
        if (!t) {
            warn(line, what + " '" + s + "' is not a time of day; left out");
            return std::nullopt;
        }
        w.local = *t;
        if (m[3].matched && !zone.empty()) {
            warn(line, what + " '" + s + "' is in UTC and in " + zone + "; left out");
            return std::nullopt;
        }
        w.zone = m[3].matched ? "UTC" : zone;
        if (w.zone.empty()) {
            warn(line, what + " '" + s + "' names no time zone (neither Z nor a timezone); left out");
            return std::nullopt;
        }
        if (!platformZoneDb().utcOffsetSeconds(w.zone, 0)) {
            warn(line, what + " '" + s + "': unknown time zone '" + w.zone + "'; left out");
            return std::nullopt;
        }
        return w;
    }

    // A string, or { date = "...", timezone = "..." }.
    std::optional<When> when(const toml::node* n, const std::string& what) {
        if (!n) return std::nullopt;
        if (auto s = n->value<std::string>()) return parseWhen(*s, "", lineOf(n), what);
        if (const toml::table* t = n->as_table()) {
            auto date = t->get("date") ? t->get("date")->value<std::string>() : std::nullopt;
            auto zone = t->get("timezone") ? t->get("timezone")->value<std::string>() : std::nullopt;
            if (date && zone) return parseWhen(*date, *zone, lineOf(n), what);
        }
        warn(lineOf(n), what + " is neither a date string nor { date, timezone }; left out");
        return std::nullopt;
    }

    // ---- 3. one event -------------------------------------------------------------------------

    // One recurrence rule -> an RRULE, or "" and `why` when this format cannot say it.
    std::string rrule(const toml::table& r, int& byHour, std::string& why, std::string& words) {
        std::string freq = text(r, "frequency");
        std::string out;
        if (freq == "daily" || freq == "weekly" || freq == "monthly") out = freq == "daily" ? "FREQ=DAILY" : freq == "weekly" ? "FREQ=WEEKLY" : "FREQ=MONTHLY";
        else why = freq.empty() ? "a rule without frequency" : "a " + freq + " rule: this format repeats daily, weekly or monthly";
        words = freq;
        for (auto&& [key, v] : r) {
            const std::string k(key.str());
            auto number = v.value<int64_t>();
            if (k == "frequency") continue;
            if (k == "interval" && number && *number >= 1 && *number <= 99) {
                if (*number > 1) out += ";INTERVAL=" + std::to_string(*number);
                if (*number > 1) words += " every " + std::to_string(*number);
            } else if (k == "count" && number && *number >= 1 && *number <= 10000) {
                out += ";COUNT=" + std::to_string(*number);
                words += ", " + std::to_string(*number) + " times";
            } else if (k == "until" && v.is_string()) {
                auto u = parseWhen(*v.value<std::string>(), "", lineOf(&v), "until");
                if (!u) why = "its until is not understood";
                else if (u->allDay) out += ";UNTIL=" + isoDay(u->local / 86400).erase(7, 1).erase(4, 1);
                else {
                    int64_t utc = *localToUtc(platformZoneDb(), u->zone, u->local);
                    std::string basic = localText(utc);
                    basic.erase(std::remove_if(basic.begin(), basic.end(), [](char c) { return c == '-' || c == ':'; }), basic.end());
                    out += ";UNTIL=" + basic + (basic.size() == 13 ? "00Z" : "Z");
                }
                words += " until " + *v.value<std::string>();
            } else if (k == "by_day" && v.is_array()) {
                std::string days;
                for (auto& d : *v.as_array()) {
                    const toml::table* dt = d.as_table();
                    int wd = dt ? weekdayFromName(text(*dt, "day")) : -1;
                    auto num = dt && dt->get("num") ? dt->get("num")->value<int64_t>() : std::optional<int64_t>();
                    if (wd < 0 || (num && (*num == 0 || *num < -5 || *num > 5))) {
                        why = "a by_day entry that is not { day = \"monday\"..., num = 1..5 or -1..-5 }";
                        continue;
                    }
                    days += (days.empty() ? "" : ",") + (num ? std::to_string(*num) : std::string()) + kWeekdays[wd].code;
                    words += std::string(days.find(',') == std::string::npos ? " on " : ", ") + (num ? "#" + std::to_string(*num) + " " : "") + kWeekdays[wd].name;
                }
                if (!days.empty()) out += ";BYDAY=" + days;
            } else if (k == "by_hour" && v.is_array() && v.as_array()->size() == 1 && v.as_array()->get(0)->value<int64_t>() &&
                       *v.as_array()->get(0)->value<int64_t>() >= 0 && *v.as_array()->get(0)->value<int64_t>() < 24) {
                byHour = static_cast<int>(*v.as_array()->get(0)->value<int64_t>());
            } else {
                why = "'" + k + "' in a rule is not something this format can say";
            }
        }
        std::string error;
        if (why.empty() && !parseRecurrenceRule(out, &error)) why = error;
        return why.empty() ? out : std::string();
    }

    // The rule's first date at or after `startLocal`, or nullopt when it has none.
    static std::optional<int64_t> firstDate(const RecurrenceRule& rule, int64_t startLocal) {
        auto dates = expandLocal(rule, startLocal, static_cast<int>(startLocal - floorDiv(startLocal, 86400) * 86400), startLocal, 1);
        return dates && !dates->empty() ? std::optional<int64_t>((*dates)[0]) : std::nullopt;
    }

    // True when the meeting's last date is before the import's "as of" day.
    bool endedBefore(const Meeting& m, const RecurrenceRule& rule) {
        if (rule.untilUtc) return *rule.untilUtc < asOfUtc;
        if (!rule.count) return false;
        auto start = parseLocalDateTime(m.start);
        auto dates = expandLocal(rule, *start, static_cast<int>(*start - floorDiv(*start, 86400) * 86400), *start, rule.count);
        if (!dates || dates->empty()) return true;
        auto utc = localToUtc(platformZoneDb(), m.tz, dates->back());
        return utc && *utc < asOfUtc;
    }

    // The date (on the meeting's wall clock) of an instant given on `w.zone`'s wall clock.
    static int64_t onMeetingClock(const When& w, const std::string& zone) {
        auto utc = localToUtc(platformZoneDb(), w.zone, w.local).value_or(w.local);
        return utc + platformZoneDb().utcOffsetSeconds(zone, utc).value_or(0);
    }

    // An exception: a skipped date of the meeting it falls on, else reported.
    void exception(std::vector<Meeting>& meetings, const When& w, int line, const std::string& reason) {
        for (auto& m : meetings) {
            auto rule = m.start.empty() ? std::nullopt : parseRecurrenceRule(m.rrule);
            if (!rule) continue;
            const int64_t local = onMeetingClock(w, m.tz), day = floorDiv(local, 86400);
            auto start = *parseLocalDateTime(m.start);
            auto dates = expandLocal(*rule, start, static_cast<int>(start - floorDiv(start, 86400) * 86400), day * 86400, 1);
            if (!dates || dates->empty() || floorDiv((*dates)[0], 86400) != day) continue;
            m.skip.push_back({isoDay(day), reason});
            if ((*dates)[0] != local)
                warn(line, "exception " + localText(local) + " " + m.tz + " is not the meeting's time that day (" + localText((*dates)[0]).substr(11) +
                               "): the date is skipped, though calendars made from this file keep the meeting on it");
            return;
        }
        warn(line, "exception " + localText(w.local) + " " + w.zone + " falls on no date of the event's meetings; not kept");
    }

    // One [[events]] entry -> its meetings (one per rule), or none when it cannot be read.
    std::vector<Meeting> event(const toml::table& e, int line, std::string& uid, std::optional<When>& recurrenceId,
                               std::vector<Contact>& contacts) {
        std::vector<Meeting> out;
        Meeting base;
        base.title = text(e, "title");
        uid = text(e, "uid");
        const std::string label = "event '" + (base.title.empty() ? uid : base.title) + "'";
        for (auto&& [key, v] : e) {
            const std::string k(key.str());
            static const char* const known[] = {"title", "start", "end", "location", "description", "status", "organizer",
                                                "recurrence_rules", "exceptions", "recurrences", "recurrence_id"};
            if (k == "uid" || k == "created_on" || k == "last_modified_on" || k == "transparency") {
                auto& b = bookkeeping[k];
                if (b.first++ == 0) b.second = lineOf(&v);
            } else if (std::find(std::begin(known), std::end(known), k) == std::end(known)) {
                warn(lineOf(&v), label + ": key '" + k + "' is not kept");
            }
        }
        auto start = when(e.get("start"), label + ": start");
        if (!start) {
            base.schedule = e.get("start") && e.get("start")->is_string() ? *e.get("start")->value<std::string>() : "";
            base.note = "not understood: its start";
            warn(line, label + (e.get("start") ? " kept as text: its start is not understood" : " has no start; kept as text"));
            out.push_back(base);
            return out;
        }
        recurrenceId = e.get("recurrence_id") ? when(e.get("recurrence_id"), label + ": recurrence_id") : std::nullopt;
        std::string location = text(e, "location");
        RichText at;
        at.line = lineOf(e.get("location"));
        static const std::regex urlRe(R"(https?://[^\s()<>]+)");
        std::smatch um;
        if (std::regex_search(location, um, urlRe)) base.url = reader.vet(um.str(), at, groupId);
        if (um.size() && um.str() == location) location.clear();
        if (std::string d = text(e, "description"); !d.empty()) {
            if (std::regex_match(d, urlRe)) {
                at.line = lineOf(e.get("description"));
                base.notesUrl = reader.vet(d, at, groupId);
            } else {
                warn(lineOf(e.get("description")), label + ": its description is not kept (a meeting has none in this format)");
            }
        }
        std::string status = text(e, "status");
        if (status == "tentative") base.note = "tentative";
        else if (status == "cancelled") base.status = "ended", base.note = "cancelled";
        else if (!status.empty() && status != "confirmed") warn(lineOf(e.get("status")), label + ": status '" + status + "' is not confirmed, tentative or cancelled; left out");
        if (const toml::table* o = e.get("organizer") ? e.get("organizer")->as_table() : nullptr) {
            std::string name = text(*o, "name"), email = text(*o, "email");
            if (email.empty()) warn(lineOf(e.get("organizer")), label + ": an organizer without email is not kept");
            else if (std::none_of(contacts.begin(), contacts.end(), [&](const Contact& c) { return c.url == "mailto:" + email; }))
                contacts.push_back({"email", name.empty() ? email : name + " (" + email + ")", "mailto:" + email});
        }
        const std::string startWords = localText(start->local) + (start->allDay ? " (all day)" : " " + start->zone);
        const std::string where = location.empty() ? "" : "; " + location;
        if (start->allDay) {
            base.schedule = "from " + startWords + where;
            base.note = "not understood: an all-day event; a meeting here has a time of day";
            warn(line, label + " kept as text: an all-day event has no time of day");
            out.push_back(base);
            return out;
        }
        base.tz = start->zone;
        if (auto end = when(e.get("end"), label + ": end"); end && !end->allDay) {
            auto a = localToUtc(platformZoneDb(), start->zone, start->local), b = localToUtc(platformZoneDb(), end->zone, end->local);
            if (a && b && *b > *a && *b - *a <= 86400) base.durationMinutes = static_cast<int>((*b - *a) / 60);
            else warn(lineOf(e.get("end")), label + ": end is not within a day after start; the duration is left out");
        }
        std::vector<const toml::table*> rules;
        if (const toml::array* rs = e.get("recurrence_rules") ? e.get("recurrence_rules")->as_array() : nullptr)
            for (auto& r : *rs)
                if (const toml::table* rt = r.as_table()) rules.push_back(rt);
                else warn(lineOf(&r), label + ": a recurrence rule that is not a table; left out");
        if (rules.empty()) rules.push_back(nullptr);  // held once
        for (const toml::table* r : rules) {
            Meeting m = base;
            int byHour = -1;
            std::string why, words = "once";
            m.rrule = r ? rrule(*r, byHour, why, words) : "FREQ=DAILY;COUNT=1";
            int64_t startLocal = start->local;
            if (byHour >= 0) startLocal = floorDiv(startLocal, 86400) * 86400 + byHour * 3600 + startLocal % 3600;
            m.schedule = words + ", from " + localText(startLocal) + " " + start->zone + where;
            auto rule = why.empty() ? parseRecurrenceRule(m.rrule) : std::nullopt;
            auto first = rule ? firstDate(*rule, startLocal) : std::nullopt;
            if (!first) {
                m.rrule.clear();
                m.tz.clear();
                m.note = "not understood: " + (why.empty() ? "its rule gives no date" : why);
                warn(r ? lineOf(r) : line, label + " kept as text: " + m.note.substr(16));
            } else {
                m.start = localText(*first);
                if (m.status.empty() && endedBefore(m, *rule)) m.status = "ended";
            }
            out.push_back(std::move(m));
        }
        readExceptions(e, out, label);
        if (const toml::array* rd = e.get("recurrences") ? e.get("recurrences")->as_array() : nullptr)
            for (auto& d : *rd)
                if (auto w = when(&d, label + ": recurrence"); w && !w->allDay && !out.empty() && !out[0].tz.empty())
                    out[0].extra.push_back({localText(onMeetingClock(*w, out[0].tz)), ""});
        return out;
    }

    void readExceptions(const toml::table& e, std::vector<Meeting>& meetings, const std::string& label) {
        const toml::node* ex = e.get("exceptions");
        if (!ex) return;
        std::string zone;
        const toml::array* dates = ex->as_array();
        if (const toml::table* t = ex->as_table()) {
            zone = text(*t, "timezone");
            dates = t->get("dates") ? t->get("dates")->as_array() : nullptr;
        }
        if (!dates) {
            warn(lineOf(ex), label + ": exceptions are neither a list nor { timezone, dates }; left out");
            return;
        }
        for (auto& d : *dates) {
            auto s = d.value<std::string>();
            auto w = s ? parseWhen(*s, zone, lineOf(&d), label + ": exception") : std::nullopt;
            if (!s) warn(lineOf(&d), label + ": an exception that is not a date string; left out");
            if (w && w->allDay) w->zone = meetings.empty() ? "UTC" : meetings[0].tz;
            if (w && !w->zone.empty()) exception(meetings, *w, lineOf(&d), "");
        }
    }
};

}  // namespace

// ---- 4. the file -> a group ---------------------------------------------------------------------

ImportResult importCalendarToml(std::string_view toml, const ImportOptions& options, const std::string& preferredId,
                                CalendarIncludes* includes) {
    ImportResult result;
    Reader reader{options, result};
    if (findInvalidUtf8(toml) != std::string_view::npos) {
        reader.error(0, "the file is not valid UTF-8");
        return result;
    }
    toml::table root;
    try {
        root = toml::parse(toml);
    } catch (const toml::parse_error& e) {
        Diagnostic d;
        d.line = static_cast<int>(e.source().begin.line);
        d.column = static_cast<int>(e.source().begin.column);
        d.message = "not TOML: " + std::string(e.description());
        result.diagnostics.push_back(std::move(d));
        return result;
    }
    CalendarReader r{reader, {}};
    auto asOf = parseDate(options.updated);
    r.asOfUtc = asOf ? *asOf * 86400
                     : std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    const std::string name = r.text(root, "name");
    const toml::array* events = root.get("events") ? root.get("events")->as_array() : nullptr;
    if (includes) includes->hasEvents = events && !events->empty();
    for (auto&& [key, v] : root) {
        const std::string k(key.str());
        if (k == "timezones")
            reader.warn(lineOf(&v), "the timezone definitions are not used: zones are read by their IANA names from the system's zone data");
        else if (k != "name" && k != "description" && k != "meta" && k != "events")
            reader.warn(lineOf(&v), "key '" + k + "' is not kept");
    }
    std::vector<CalendarIncludes::Include> found;
    if (const toml::table* meta = root.get("meta") ? root.get("meta")->as_table() : nullptr) {
        for (auto&& [key, v] : *meta)
            if (key.str() != "includes") reader.warn(lineOf(&v), "meta key '" + std::string(key.str()) + "' is not kept");
        if (const toml::array* inc = meta->get("includes") ? meta->get("includes")->as_array() : nullptr)
            for (auto& i : *inc)
                if (auto s = i.value<std::string>()) found.push_back({*s, lineOf(&i)});
                else reader.warn(lineOf(&i), "an include that is not a path; left out");
    }
    if (includes) includes->includes = found;
    if (!events && found.empty()) {
        // Rust's _timezones.toml: definitions only, included by the calendars that use them.
        if (root.get("timezones")) reader.warn(1, "timezone definitions only: no group");
        else reader.error(1, "no events and no includes: not a calendar with meetings; nothing imported");
        return result;
    }
    const bool wg = name.find("Working Group") != std::string::npos || name.find(" WG") != std::string::npos;
    Group* g = reader.newGroup(name, lineOf(root.get("name")), wg ? "working-group" : "team", preferredId);
    if (!g) {
        reader.error(1, "the calendar has no name; nothing imported");
        return result;
    }
    r.groupId = g->id;
    g->description = r.text(root, "description");
    if (!includes && !found.empty()) {
        std::string list;
        for (const auto& i : found) list += (list.empty() ? "" : ", ") + i.path;
        reader.warn(found[0].line, "includes " + list + " are not read: import the folder to read them");
    }
    std::map<std::string, std::vector<size_t>> byUid;  // the group's meetings of each event
    struct Moved {
        When was;
        std::vector<Meeting> now;
        std::string uid;
        int line;
    };
    std::vector<Moved> moved;
    std::string endedLines;
    int ended = 0, firstEnded = 0;
    for (size_t i = 0; events && i < events->size(); ++i) {
        const toml::node& n = *events->get(i);
        const toml::table* e = n.as_table();
        if (!e) {
            reader.warn(lineOf(&n), "an event that is not a table; left out", g->id);
            continue;
        }
        std::string uid;
        std::optional<When> recurrenceId;
        auto meetings = r.event(*e, lineOf(&n), uid, recurrenceId, g->contacts);
        // History (Rust's files keep past events): reported by line, not kept.
        if (!meetings.empty() && std::all_of(meetings.begin(), meetings.end(), [](const Meeting& m) { return m.status == "ended" && m.note.empty(); })) {
            if (ended++ == 0) firstEnded = lineOf(&n);
            endedLines += (endedLines.empty() ? "" : ", ") + std::to_string(lineOf(&n));
            continue;
        }
        if (recurrenceId) {
            moved.push_back({*recurrenceId, std::move(meetings), uid, lineOf(e->get("recurrence_id"))});
            continue;
        }
        for (auto& m : meetings) {
            byUid[uid].push_back(g->meetings.size());
            g->meetings.push_back(std::move(m));
        }
    }
    // A moved occurrence: the original date skipped, the new one an extra date of the same meeting.
    for (auto& mv : moved) {
        auto it = byUid.find(mv.uid);
        if (it == byUid.end() || mv.now.empty() || mv.now[0].start.empty()) {
            reader.warn(mv.line, "a changed occurrence (recurrence_id) of no event of this file with uid '" + mv.uid + "'; kept as an event of its own", g->id);
            for (auto& m : mv.now) g->meetings.push_back(std::move(m));
            continue;
        }
        std::vector<Meeting> originals;
        for (size_t i : it->second) originals.push_back(g->meetings[i]);
        r.exception(originals, mv.was, mv.line, "moved");
        for (size_t k = 0; k < it->second.size(); ++k) g->meetings[it->second[k]].skip = originals[k].skip;
        Meeting& first = g->meetings[it->second[0]];
        if (!first.tz.empty())
            first.extra.push_back({localText(CalendarReader::onMeetingClock(When{*parseLocalDateTime(mv.now[0].start), mv.now[0].tz, false}, first.tz)),
                                   "moved from " + localText(CalendarReader::onMeetingClock(mv.was, first.tz))});
    }
    if (ended)
        reader.warn(firstEnded, std::to_string(ended) + (ended == 1 ? " event" : " events") + " that ended before " + isoDay(floorDiv(r.asOfUtc, 86400)) +
                           " not kept (lines " + endedLines + ")", g->id);
    for (const auto& [key, b] : r.bookkeeping)
        reader.warn(b.second, "'" + key + "' of " + std::to_string(b.first) + (b.first == 1 ? " event" : " events") +
                                  " is calendar bookkeeping; not kept", g->id);
    auto& reg = result.registry;
    reg.title = options.title.empty() ? name : options.title;
    if (!options.updated.empty()) reg.updated = options.updated;
    return result;
}

}  // namespace wgf

#else

#include "import/yaml_input.h"

namespace wgf {

ImportResult importCalendarToml(std::string_view, const ImportOptions&, const std::string&, CalendarIncludes*) {
    return importer::cannotReadFormat("TOML", "the calendar");
}

}  // namespace wgf

#endif

// wgfinder: what changed between two digests (changes.h).
#include "time/changes.h"

#include <algorithm>

#include "time/civil.h"
#include "time/recurrence.h"

namespace wgf {

namespace {

using Kind = RegistryChange::Kind;

// A meeting as the viewer would see it now.
struct When {
    bool known = false;       // a day and a time
    std::string dayTime;      // "Wed 19:00"
    std::string dated;        // "Wed 9 Dec 19:00" when the week is known too
    int64_t start = 0;
    std::string cadence;      // "weekly", "every other week"
    std::string schedule;     // the registry's words
};

When whenOf(const Meeting& m, ZoneDb& db, int64_t now, std::string_view zone) {
    When w;
    w.schedule = m.schedule;
    OccurrenceList l = nextOccurrences(m, db, now, zone, 1);
    if (!l.items.empty()) {
        w.known = true;
        w.dayTime = formatDayTime(l.items[0]);
        w.dated = formatOccurrence(l.items[0]);
        w.start = l.items[0].startUtc;
    } else if (l.phaseUnknown && !l.candidates.empty()) {
        w.known = true;
        w.dayTime = formatDayTime(l.candidates[0]);
    }
    if (w.known) w.cadence = describeCadence(m, false);
    return w;
}

// "Wed 19:00, weekly"; "time not known (\"Wednesdays, sometimes\")".
std::string words(const When& w) {
    if (w.known) return w.cadence.empty() ? w.dayTime : w.dayTime + ", " + w.cadence;
    return w.schedule.empty() ? "time not known" : "time not known (\"" + w.schedule + "\")";
}

bool sameMeeting(const Meeting& a, const Meeting& b) {
    return a.title == b.title && a.schedule == b.schedule && a.rrule == b.rrule && a.start == b.start &&
           a.time == b.time && a.tz == b.tz && a.durationMinutes == b.durationMinutes;
}

std::string label(const Meeting& m) {
    if (!m.title.empty()) return m.title;
    if (!m.schedule.empty()) return m.schedule;
    return "meeting";
}

class Comparer {
public:
    Comparer(ZoneDb& db, int64_t now, std::string_view zone, RegistryChanges& out)
        : db_(db), now_(now), zone_(zone), out_(out) {}

    void add(Kind kind, const DigestGroup& g, std::string subject, std::string was = {}, std::string now = {}) {
        if (out_.groups.empty() || out_.groups.back() != g.id) out_.groups.push_back(g.id);
        out_.changes.push_back({kind, g.id, g.name, std::move(subject), std::move(was), std::move(now)});
    }

    void group(const DigestGroup& before, const DigestGroup& after) {
        if (before.name != after.name) add(Kind::GroupRenamed, after, "", before.name, after.name);
        people(before.leads, after.leads, after, Kind::LeadAdded, Kind::LeadLeft);
        people(before.contacts, after.contacts, after, Kind::ContactAdded, Kind::ContactRemoved);
        meetings(before.meetings, after.meetings, after);
    }

    When when(const Meeting& m) { return whenOf(m, db_, now_, zone_); }

private:
    // What is in one list and not in the other, each entry counted (two leads of one name are two).
    void people(std::vector<std::string> before, const std::vector<std::string>& after, const DigestGroup& g,
                Kind added, Kind removed) {
        for (const auto& a : after) {
            auto it = std::find(before.begin(), before.end(), a);
            if (it == before.end()) add(added, g, a);
            else before.erase(it);
        }
        for (const auto& b : before) add(removed, g, b);
    }

    void meetings(const std::vector<Meeting>& before, const std::vector<Meeting>& after, const DigestGroup& g) {
        std::vector<int> pair(after.size(), -1);  // after -> before
        std::vector<bool> used(before.size(), false);
        auto match = [&](auto&& same) {
            for (size_t a = 0; a < after.size(); ++a) {
                if (pair[a] >= 0) continue;
                for (size_t b = 0; b < before.size(); ++b)
                    if (!used[b] && same(before[b], after[a])) {
                        pair[a] = static_cast<int>(b);
                        used[b] = true;
                        break;
                    }
            }
        };
        match(sameMeeting);
        match([](const Meeting& b, const Meeting& a) { return !a.title.empty() && a.title == b.title; });
        // Meetings without titles, in order: a group's one meeting with a new schedule has moved.
        match([](const Meeting& b, const Meeting& a) { return a.title.empty() && b.title.empty(); });
        for (size_t a = 0; a < after.size(); ++a) {
            if (pair[a] < 0) {
                add(Kind::MeetingAdded, g, label(after[a]), "", words(when(after[a])));
            } else if (!sameMeeting(before[pair[a]], after[a])) {
                moved(before[pair[a]], after[a], g);
            }
        }
        for (size_t b = 0; b < before.size(); ++b)
            if (!used[b]) add(Kind::MeetingRemoved, g, label(before[b]), words(when(before[b])));
    }

    void moved(const Meeting& before, const Meeting& after, const DigestGroup& g) {
        When w = when(before), n = when(after);
        std::string was, now;
        if (w.known && n.known) {
            if (w.dayTime != n.dayTime) {
                was = w.dayTime;
                now = n.dayTime;
                if (w.cadence != n.cadence) was = words(w), now = words(n);
            } else if (w.cadence != n.cadence) {
                was = w.cadence;
                now = n.cadence;
            } else if (!w.dated.empty() && !n.dated.empty() && w.start != n.start) {
                was = w.dated;  // the same day and time, another week
                now = n.dated;
            }
        } else if (w.known != n.known || w.schedule != n.schedule) {
            was = words(w);
            now = words(n);
        }
        if (!was.empty() || !now.empty()) add(Kind::MeetingMoved, g, label(after), was, now);
    }

    ZoneDb& db_;
    int64_t now_;
    std::string_view zone_;
    RegistryChanges& out_;
};

}  // namespace

const char* RegistryChange::kindName() const {
    switch (kind) {
        case Kind::GroupAdded: return "group-added";
        case Kind::GroupRemoved: return "group-removed";
        case Kind::GroupRenamed: return "group-renamed";
        case Kind::LeadAdded: return "lead-added";
        case Kind::LeadLeft: return "lead-left";
        case Kind::ContactAdded: return "contact-added";
        case Kind::ContactRemoved: return "contact-removed";
        case Kind::MeetingAdded: return "meeting-added";
        case Kind::MeetingRemoved: return "meeting-removed";
        case Kind::MeetingMoved: return "meeting-moved";
    }
    return "";
}

std::string RegistryChange::text() const {
    const std::string q = "\"" + subject + "\"";
    switch (kind) {
        case Kind::GroupAdded: return "New group: " + groupName;
        case Kind::GroupRemoved: return "Group removed: " + groupName;
        case Kind::GroupRenamed: return groupName + ": renamed (was \"" + was + "\")";
        case Kind::LeadAdded: return groupName + ": new lead " + subject;
        case Kind::LeadLeft: return groupName + ": " + subject + " is no longer a lead";
        case Kind::ContactAdded: return groupName + ": new contact " + subject;
        case Kind::ContactRemoved: return groupName + ": contact removed: " + subject;
        case Kind::MeetingAdded: return groupName + ": new meeting " + q + " (" + now + ")";
        case Kind::MeetingRemoved: return groupName + ": meeting " + q + " removed (was " + was + ")";
        case Kind::MeetingMoved: return groupName + ": meeting " + q + " moved: was " + was + ", now " + now;
    }
    return "";
}

RegistryChanges compareDigests(const RegistryDigest& before, const RegistryDigest& after, ZoneDb& db,
                               int64_t nowUtc, std::string_view viewerZone) {
    RegistryChanges out;
    Comparer cmp(db, nowUtc, viewerZone, out);
    // The groups before, by id (sorted indexes, searched by halves).
    std::vector<size_t> byId(before.groups.size());
    for (size_t i = 0; i < byId.size(); ++i) byId[i] = i;
    auto idLess = [&](size_t a, size_t b) { return before.groups[a].id < before.groups[b].id; };
    std::sort(byId.begin(), byId.end(), idLess);
    std::vector<bool> seen(before.groups.size(), false);
    for (const DigestGroup& g : after.groups) {
        auto it = std::lower_bound(byId.begin(), byId.end(), g.id,
                                   [&](size_t i, const std::string& id) { return before.groups[i].id < id; });
        // The first of its id not yet compared (a registry with a duplicate id has been warned of).
        while (it != byId.end() && before.groups[*it].id == g.id && seen[*it]) ++it;
        if (it == byId.end() || before.groups[*it].id != g.id) {
            if (before.complete) cmp.add(Kind::GroupAdded, g, g.name);
            continue;
        }
        seen[*it] = true;
        cmp.group(before.groups[*it], g);
    }
    for (size_t i = 0; i < before.groups.size(); ++i)
        if (!seen[i]) cmp.add(Kind::GroupRemoved, before.groups[i], before.groups[i].name);
    return out;
}

std::string changesSummary(size_t count, std::string_view since) {
    std::string s = std::to_string(count) + (count == 1 ? " change" : " changes");
    auto days = parseDate(since.substr(0, 10));
    if (!days) return s;
    int y = 0, m = 0, d = 0;
    civilFromDays(*days, y, m, d);
    return s + " since " + std::to_string(d) + " " + monthShortName(m);
}

}  // namespace wgf

// wgfinder: the registry model.
//
// Plain data that mirrors registry format v1 (docs/registry-format.md, docs/registry.schema.json).
// No platform code, no JSON types: the loader (load.h) fills these structs, everything downstream
// (index, query, time, UI) reads them. Strings are UTF-8; an empty string means "not given".
#pragma once

#include <string>
#include <vector>

namespace wgf {

// A labelled link: registry-wide links and a group's own links (charter, design docs...).
struct Link {
    std::string label;
    std::string url;
};

// A person who leads a group.
struct Person {
    std::string name;     // required
    std::string company;  // employer or affiliation, as written
    std::string github;   // handle without '@'
    std::string role;     // chair, tech-lead, lead, emeritus, maintainer...
};

// A way to reach a group: mailing list, chat channel, forum...
struct Contact {
    std::string kind;   // mailing-list, slack, discord, forum, email, other...
    std::string label;  // what a reader sees, e.g. "istio-security@"
    std::string url;    // http(s) or mailto
};

// A date a meeting does not take place (holiday, "nobody joined"), on its own wall clock.
struct MeetingSkip {
    std::string date;    // "YYYY-MM-DD"
    std::string reason;  // "holiday"; optional
};

// A date a meeting takes place besides its rule.
struct MeetingExtra {
    std::string start;   // local date-time "YYYY-MM-DDTHH:MM" in the meeting's zone (its first slot's)
    std::string reason;  // "extra session before the release"; optional
};

// One slot of a rotating meeting: the slots take turns, one each period of the rule.
struct MeetingSlot {
    std::string title;  // "Asia-Pacific"; optional
    std::string day;    // "MO".."SU": the slot's own weekday; empty = the rule's
    std::string time;   // local time "HH:MM", required
    std::string tz;     // IANA zone; empty = the meeting's
};

// One recurring meeting. `schedule` is the human text kept verbatim; the structured fields are
// filled when known (by the registry author or by the schedule parser).
struct Meeting {
    std::string title;          // e.g. "Regular SIG meeting"; optional
    std::string schedule;       // verbatim, e.g. "Wednesdays at 11:00 PT (biweekly)"
    std::string rrule;          // RFC 5545 subset, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    std::string start;          // local date-time of one occurrence, "YYYY-MM-DDTHH:MM"
    std::string time;           // local time "HH:MM" when no start date is known
    std::string tz;             // IANA zone name, e.g. "America/Los_Angeles"
    int durationMinutes = 0;    // 0 = not given
    std::string url;            // where to join
    std::string notesUrl;
    std::string recordingsUrl;
    std::string note;           // e.g. "TBD", or what could not be understood
    std::string status;         // "" or "active", "paused", "ended"
    std::string anchor;         // "YYYY-MM-DD", a date in a week (month) it meets: which week
    std::string weeks;          // "odd" or "even": every other week by ISO week number
    std::vector<MeetingSkip> skip;
    std::vector<MeetingExtra> extra;
    std::vector<MeetingSlot> rotation;  // two or more slots taking turns; empty = `time`/`tz`

    bool hasStructuredTime() const {
        return !rrule.empty() && (!start.empty() || !time.empty() || !rotation.empty());
    }
};

struct Group {
    std::string id;           // unique slug, required
    std::string name;         // required
    std::string kind;         // working-group, sig, committee, team, subproject...
    std::string parent;       // id of the group this one belongs to (subprojects), optional
    std::string status;       // active, archived, forming...; empty = active
    std::string description;
    std::vector<std::string> topics;
    std::vector<Person> leads;
    std::vector<Contact> contacts;
    std::vector<Meeting> meetings;
    std::vector<Link> links;  // charter, design docs, repositories...
};

struct Registry {
    int version = 1;
    std::string title;
    std::string about;
    std::string updated;  // ISO date "YYYY-MM-DD": "data as of"
    // Folder of the calendar feeds (one "<group id>.ics" per group and "all.ics", written by
    // `wgfinder ics --per-group`): http(s), or relative to the registry; "" = none.
    std::string feeds;
    std::vector<Link> links;
    std::vector<Group> groups;

    // Index into `groups` of the group with this id, or -1.
    int findGroup(const std::string& id) const;
};

}  // namespace wgf

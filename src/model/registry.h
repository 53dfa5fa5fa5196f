// wgfinder: the registry model.
//
// Plain data that mirrors registry format v1 (docs/registry-format.md, docs/registry.schema.json).
// No platform code, no JSON types: the loader (load.h) fills these structs, everything downstream
// (index, query, time, UI) reads them. Strings are UTF-8 Text (shared_text.h); an empty one means "not given".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/shared_text.h"

namespace wgf {

// A labelled link: registry-wide links and a group's own links (charter, design docs...).
struct Link {
    Text label;
    Text url;
};

// A person who leads a group.
struct Person {
    Text name;     // required
    Text company;  // employer or affiliation, as written
    Text github;   // handle without '@'
    Text role;     // chair, tech-lead, lead, emeritus, maintainer...
};

// A way to reach a group: mailing list, chat channel, forum...
struct Contact {
    Text kind;   // mailing-list, slack, discord, forum, email, other...
    Text label;  // what a reader sees, e.g. "istio-security@"
    Text url;    // http(s) or mailto
};

// A date a meeting does not take place (holiday, "nobody joined"), on its own wall clock.
struct MeetingSkip {
    Text date;    // "YYYY-MM-DD"
    Text reason;  // "holiday"; optional
};

// A date a meeting takes place besides its rule.
struct MeetingExtra {
    Text start;   // local date-time "YYYY-MM-DDTHH:MM" in the meeting's zone (its first slot's)
    Text reason;  // "extra session before the release"; optional
};

// One slot of a rotating meeting: the slots take turns, one each period of the rule.
struct MeetingSlot {
    Text title;  // "Asia-Pacific"; optional
    Text day;    // "MO".."SU": the slot's own weekday; empty = the rule's
    Text time;   // local time "HH:MM", required
    Text tz;     // IANA zone; empty = the meeting's
};

// One recurring meeting. `schedule` is the human text kept verbatim; the structured fields are
// filled when known (by the registry author or by the schedule parser).
struct Meeting {
    Text title;          // e.g. "Regular SIG meeting"; optional
    Text schedule;       // verbatim, e.g. "Wednesdays at 11:00 PT (biweekly)"
    Text rrule;          // RFC 5545 subset, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    Text start;          // local date-time of one occurrence, "YYYY-MM-DDTHH:MM"
    Text time;           // local time "HH:MM" when no start date is known
    Text tz;             // IANA zone name, e.g. "America/Los_Angeles"
    int durationMinutes = 0;    // 0 = not given
    Text url;            // where to join
    Text notesUrl;
    Text recordingsUrl;
    Text note;           // e.g. "TBD", or what could not be understood
    Text status;         // "" or "active", "paused", "ended"
    Text anchor;         // "YYYY-MM-DD", a date in a week (month) it meets: which week
    Text weeks;          // "odd" or "even": every other week by ISO week number
    std::vector<MeetingSkip> skip;
    std::vector<MeetingExtra> extra;
    std::vector<MeetingSlot> rotation;  // two or more slots taking turns; empty = `time`/`tz`

    bool hasStructuredTime() const {
        return !rrule.empty() && (!start.empty() || !time.empty() || !rotation.empty());
    }
};

struct Group {
    Text id;           // unique slug, required
    Text name;         // required
    Text kind;         // working-group, sig, committee, team, subproject...
    Text parent;       // id of the group this one belongs to (subprojects), optional
    Text status;       // active, archived, forming...; empty = active
    Text description;
    std::vector<Text> topics;
    std::vector<Person> leads;
    std::vector<Contact> contacts;
    std::vector<Meeting> meetings;
    std::vector<Link> links;  // charter, design docs, repositories...
};

struct Registry {
    int version = 1;
    Text title;
    Text about;
    Text updated;  // ISO date "YYYY-MM-DD": "data as of"
    // Folder of the calendar feeds (one "<group id>.ics" per group and "all.ics", written by
    // `wgfinder ics --per-group`): http(s), or relative to the registry; "" = none.
    Text feeds;
    std::vector<Link> links;
    std::vector<Group> groups;

    // Index into `groups` of the group with this id, or -1.
    int findGroup(std::string_view id) const;
};

}  // namespace wgf

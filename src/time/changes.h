// wgfinder: what changed between two digests of a registry (model/digest.h).
//
// New and removed groups, renamed groups, new and departed leads, new and removed contacts, new,
// removed and moved meetings. A meeting has moved when the visitor would see it at another time:
// its next occurrence is compared in the viewer's zone ("was Wed 19:00, now Thu 18:00"), so a
// schedule rewritten in another zone for the same instants is no change, and one whose zone
// changed under the same wall clock is. A meeting whose time is not known on one side says so
// ("now: time not known"), never a guess. The widget marks these changes since the visitor's last
// visit; `wgfinder diff` lists them between two registry files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/digest.h"
#include "time/zone.h"

namespace wgf {

struct RegistryChange {
    enum class Kind {
        GroupAdded,
        GroupRemoved,
        GroupRenamed,    // was: the old name
        LeadAdded,       // subject: the lead's name
        LeadLeft,
        ContactAdded,    // subject: the contact's address
        ContactRemoved,
        MeetingAdded,    // subject: the meeting's title (or schedule); now: when it meets
        MeetingRemoved,  // was: when it met
        MeetingMoved,    // was, now: "Wed 19:00" and "Thu 18:00", or the cadence, or the text
    };
    Kind kind = Kind::GroupAdded;
    std::string group;      // the group's id
    std::string groupName;  // its name now (or last, when removed)
    std::string subject;
    std::string was, now;

    // "meeting-moved", "lead-added"...: the kind for a program.
    const char* kindName() const;
    // One line: "Security: meeting \"Regular\" moved: was Wed 19:00, now Thu 18:00".
    std::string text() const;
};

struct RegistryChanges {
    std::vector<RegistryChange> changes;  // by group in the new registry's order, removed groups last
    // The groups (ids) with a change, in that order, each once: for the widget's marks and filter.
    std::vector<std::string> groups;
};

// The changes from `before` to `after`, with times in `viewerZone` as of `nowUtc`. An incomplete
// `before` (too large to keep whole) reports no group as added that it may have left out.
RegistryChanges compareDigests(const RegistryDigest& before, const RegistryDigest& after, ZoneDb& db,
                               int64_t nowUtc, std::string_view viewerZone);

// "3 changes since 12 Nov" (`since`: a "YYYY-MM-DD" date; without one "3 changes").
std::string changesSummary(size_t count, std::string_view since);

}  // namespace wgf

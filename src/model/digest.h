// wgfinder: a compact digest of a registry, to tell later what changed.
//
// Per group: its id, name, leads, contacts and meetings' schedules, and nothing else (no
// descriptions, topics or links): what a visitor would want to know has changed since they last
// looked. The widget keeps the digest of the registry it last showed on the device and compares
// it with the registry it shows now (time/changes.h); `wgfinder diff` compares the digests of
// two registry files. Its text form is bounded (kDigestMaxBytes): a registry too large for it
// keeps its first groups and says it is incomplete, so the groups left out are never reported
// as new.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/registry.h"

namespace wgf {

struct DigestGroup {
    std::string id;
    std::string name;
    std::vector<std::string> leads;     // names, as written
    std::vector<std::string> contacts;  // url, or the label of a contact without one
    // Schedules only: title, schedule, rrule, start, time, tz and durationMinutes.
    std::vector<Meeting> meetings;
};

struct RegistryDigest {
    std::string updated;  // the registry's "data as of" date
    std::string seen;     // when it was shown ("YYYY-MM-DD"), set by the one who keeps it
    bool complete = true; // false: groups after the last one did not fit
    std::vector<DigestGroup> groups;
};

// The text form's bound, and each field's (longer ones are cut at a character boundary).
constexpr size_t kDigestMaxBytes = 96 * 1024;
constexpr size_t kDigestMaxFieldBytes = 160;

RegistryDigest digestOf(const Registry& registry);

// One line per group, lead, contact and meeting, fields separated by tabs; at most
// kDigestMaxBytes (the groups that do not fit are left out and `complete` is false).
std::string digestText(const RegistryDigest& digest);
// Reads digestText(). nullopt when it is not a digest (another version, or not one at all);
// lines it cannot read are skipped.
std::optional<RegistryDigest> parseDigest(std::string_view text);

}  // namespace wgf

// wgfinder diff: what changed between two versions of a registry (time/changes.h).
#include <ctime>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "model/digest.h"
#include "time/changes.h"
#include "time/civil.h"
#include "time/zone.h"

namespace wgf::cli {

namespace {

int runDiff(const std::vector<std::string>& args) {
    std::vector<std::string> paths;
    std::string zone = "UTC";
    bool json = false;
    int64_t now = static_cast<int64_t>(std::time(nullptr));
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json") {
            json = true;
        } else if (a == "--zone" || a == "--now") {
            if (i + 1 >= args.size()) return usageError("diff", a + " needs a value");
            const std::string& v = args[++i];
            if (a == "--zone") {
                zone = v == "local" ? platformDefaultZone() : v;
            } else {
                auto t = parseUtcInstant(v);
                if (!t) return usageError("diff", "--now takes YYYY-MM-DD or YYYY-MM-DDTHH:MMZ");
                now = *t;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            return usageError("diff", "unknown option " + a);
        } else {
            paths.push_back(a);
        }
    }
    if (paths.size() != 2) return usageError("diff", "two registry files: the old one, then the new one");
    ZoneDb& db = platformZoneDb();
    if (!db.isKnown(zone)) {
        std::cerr << "wgfinder diff: unknown time zone '" << zone << "'\n";
        return 2;
    }
    auto before = loadRegistryFile(paths[0], true);
    auto after = loadRegistryFile(paths[1], true);
    if (!before || !after) {
        for (const auto& p : paths) loadRegistryFile(p, false);  // says why
        return 1;
    }
    RegistryDigest from = digestOf(before->registry), to = digestOf(after->registry);
    RegistryChanges changes = compareDigests(from, to, db, now, zone);
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& c : changes.changes) {
            nlohmann::json o = nlohmann::json::object();
            o["kind"] = c.kindName();
            o["group"] = c.group;
            o["groupName"] = c.groupName;
            if (!c.subject.empty()) o["subject"] = c.subject;
            if (!c.was.empty()) o["was"] = c.was;
            if (!c.now.empty()) o["now"] = c.now;
            o["text"] = c.text();
            list.push_back(std::move(o));
        }
        nlohmann::json doc = nlohmann::json::object();
        doc["before"] = from.updated;
        doc["after"] = to.updated;
        doc["zone"] = zone;
        doc["count"] = changes.changes.size();
        doc["changes"] = std::move(list);
        std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (changes.changes.empty()) {
        std::cout << "No changes.\n";
        return 0;
    }
    std::cout << changes.changes.size() << (changes.changes.size() == 1 ? " change" : " changes");
    if (!from.updated.empty() && !to.updated.empty()) std::cout << " from " << from.updated << " to " << to.updated;
    std::cout << " (times in " << zone << ")\n";
    for (const auto& c : changes.changes) std::cout << "  " << c.text() << "\n";
    return 0;
}

}  // namespace

static const bool registered = registerCommand({
    "diff",
    "list what changed between two versions of a registry",
    "wgfinder diff OLD NEW [--json] [--zone ZONE|local] [--now YYYY-MM-DDTHH:MMZ]\n\n"
    "New, removed and renamed groups, new and departed leads, new and removed contacts, and new,\n"
    "removed and moved meetings (\"was Wed 19:00, now Thu 18:00\"). A meeting has moved when its next\n"
    "occurrence falls at another day or time in ZONE (default UTC), or another week, or its cadence\n"
    "changed; a schedule written anew for the same times is no change. OLD and NEW are registry JSON,\n"
    "a Markdown page or a sigs.yaml, as for the other commands.\n\n"
    "  --json   the changes as JSON for a program (a bot that comments on a pull request):\n"
    "           {\"before\", \"after\" (their `updated` dates), \"zone\", \"count\", \"changes\": [{\"kind\",\n"
    "           \"group\", \"groupName\", \"subject\", \"was\", \"now\", \"text\"}]}\n"
    "  --zone   the zone meetings are compared and told in\n"
    "  --now    the date the next occurrences are counted from (default: now)\n\n"
    "Exit status: 0 (with or without changes), 1 if a registry cannot be read, 2 for usage errors.",
    runDiff,
});

}  // namespace wgf::cli

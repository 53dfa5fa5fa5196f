// wgfinder query: search a registry with the query engine, as the widget's search box does.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "cli/cli.h"
#include "query/engine.h"
#include "time/facts.h"
#include "time/zone.h"

namespace wgf::cli {

namespace {

// "08:00-20:00" -> minutes after midnight.
bool parseHours(const std::string& v, int& from, int& to) {
    int h1, m1, h2, m2;
    char extra;
    if (std::sscanf(v.c_str(), "%d:%d-%d:%d%c", &h1, &m1, &h2, &m2, &extra) != 4) return false;
    if (h1 < 0 || h1 > 24 || h2 < 0 || h2 > 24 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59) return false;
    from = h1 * 60 + m1;
    to = h2 * 60 + m2;
    return true;
}

int runQuery(const std::vector<std::string>& args) {
    std::string path, query, zone;
    bool haveQuery = false, json = false, fitsHours = false;
    int hoursFrom = 8 * 60, hoursTo = 20 * 60;
    QueryOptions options;
    options.limit = 10;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) return false;
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--json") {
            json = true;
        } else if (a == "--fits-hours") {
            fitsHours = true;
        } else if (a == "--limit" || a == "--offset") {
            if (!value(v)) return usageError("query", a + " needs a number");
            char* end = nullptr;
            unsigned long long n = std::strtoull(v.c_str(), &end, 10);
            if (v.empty() || *end || v[0] == '-') return usageError("query", a + " needs a number, not '" + v + "'");
            (a == "--limit" ? options.limit : options.offset) = static_cast<size_t>(n);
        } else if (a == "--facet") {
            if (!value(v)) return usageError("query", "--facet needs NAME=VALUE");
            size_t eq = v.find('=');
            std::string name = v.substr(0, eq == std::string::npos ? 0 : eq), val = eq == std::string::npos ? "" : v.substr(eq + 1);
            if (name == "company") options.facets.companies.push_back(val);
            else if (name == "kind") options.facets.kinds.push_back(val);
            else if (name == "day") options.facets.days.push_back(val);
            else if (name == "cadence") options.facets.cadences.push_back(val);
            else return usageError("query", "--facet takes company=, kind=, day= or cadence=, not '" + v + "'");
        } else if (a == "--zone") {
            if (!value(zone)) return usageError("query", "--zone needs a time zone (e.g. Europe/Berlin, or 'local')");
        } else if (a == "--hours") {
            if (!value(v) || !parseHours(v, hoursFrom, hoursTo)) return usageError("query", "--hours takes HH:MM-HH:MM");
        } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            return usageError("query", "unknown option " + a);
        } else if (path.empty()) {
            path = a;
        } else if (!haveQuery) {
            query = a;
            haveQuery = true;
        } else {
            return usageError("query", "one query only (quote it: \"lead:sven company:google\")");
        }
    }
    if (path.empty()) return usageError("query", "no registry file");
    auto loaded = loadRegistryFile(path);  // problems in the registry go to stderr
    if (!loaded) return 1;
    const Registry& registry = loaded->registry;
    SearchIndex index(registry);

    if (!zone.empty()) {
        // Days and "fits my hours" in the viewer's zone, from the time module.
        if (zone == "local") zone = platformDefaultZone();
        ZoneDb& db = platformZoneDb();
        if (!db.isKnown(zone)) {
            std::cerr << "wgfinder query: unknown time zone '" << zone << "'\n";
            return 2;
        }
        auto now = static_cast<int64_t>(std::time(nullptr));
        std::vector<GroupTimeFacts> facts;
        for (const Group& g : registry.groups) facts.push_back(groupTimeFacts(g, db, now, zone, hoursFrom, hoursTo));
        index.setMeetingFacts(std::move(facts));
    }
    options.fitsHoursOnly = fitsHours;

    QueryResult result = index.search(query, options);
    if (json) {
        JsonOptions j;
        j.indent = 2;
        std::cout << resultsToJson(result, registry, j) << "\n";
    } else {
        std::cout << resultsToText(result, registry);
    }
    return 0;
}

}  // namespace

static const bool registered = registerCommand({
    "query",
    "search a registry as the widget's search box does",
    "wgfinder query REGISTRY \"QUERY\" [--json] [--limit N] [--offset N] [--facet NAME=VALUE]...\n"
    "                      [--zone ZONE|local] [--hours HH:MM-HH:MM] [--fits-hours]\n\n"
    "Ranked groups with the matched text marked [like this], then counts per company, kind,\n"
    "meeting day and cadence. The query language is the search box's: words (all must match, the\n"
    "last one is a prefix, typos forgiven), \"a phrase\", -word or NOT word, a OR b, and the\n"
    "qualifiers name: lead: company: (org:) topic: contact: kind: day: tz: has:meeting has:lead\n"
    "fits:hours. An empty query lists every group.\n\n"
    "  --json           the JSON the host page receives\n"
    "  --limit N        groups shown (default 10); --offset N skips the first N\n"
    "  --facet N=V      keep groups with that facet value (company, kind, day, cadence); repeat\n"
    "                   for alternatives of one facet\n"
    "  --zone Z         days and hours in zone Z (IANA name, or 'local'); without it, day: uses\n"
    "                   each meeting's own zone\n"
    "  --hours A-B      preferred hours for fits:hours and --fits-hours (default 08:00-20:00)\n"
    "  --fits-hours     only groups with a meeting in those hours (needs --zone)\n\n"
    "Exit status: 0 (also when nothing matches), 1 if the registry cannot be read, 2 for usage errors.",
    runQuery,
});

}  // namespace wgf::cli

// wgfinder ics: iCalendar file of the meetings of chosen groups.
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/cli.h"
#include "time/civil.h"
#include "time/feeds.h"
#include "time/ics.h"

namespace wgf::cli {

// One .ics per group and one for all into `dir` (made when missing).
static int writeFeeds(const Registry& registry, const IcsOptions& options, const std::string& dir) {
    FeedSet set = icsFeeds(registry, platformZoneDb(), options);
    for (const auto& d : set.diagnostics) std::cerr << "wgfinder ics: " << d.toString() << "\n";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    int events = 0;
    for (const Feed& f : set.feeds) {
        std::filesystem::path file = std::filesystem::path(dir) / f.fileName;
        std::ofstream out(file, std::ios::binary);
        if (!(out << f.ics.text) || !out.flush()) {
            std::cerr << "wgfinder ics: cannot write " << file.string() << "\n";
            return 1;
        }
        if (f.group.empty()) events = f.ics.events;
    }
    std::cerr << "wgfinder ics: " << set.feeds.size() << " feeds in " << dir << " (" << set.feeds.size() - 1
              << " groups and " << kAllGroupsFeed << ", " << events << " meetings)\n";
    return 0;
}

static int runIcs(const std::vector<std::string>& args) {
    std::string path, feedDir;
    IcsOptions options;
    options.nowUtc = (int64_t)std::time(nullptr);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--groups" || a == "--now" || a == "--per-group") {
            if (i + 1 >= args.size()) return usageError("ics", a + " needs a value");
            const std::string& v = args[++i];
            if (a == "--per-group") {
                feedDir = v;
            } else if (a == "--now") {
                auto t = parseUtcInstant(v);
                if (!t) return usageError("ics", "--now takes YYYY-MM-DD or YYYY-MM-DDTHH:MMZ");
                options.nowUtc = *t;
            } else {
                for (size_t b = 0; b <= v.size();) {
                    size_t e = v.find(',', b);
                    if (e == std::string::npos) e = v.size();
                    if (e > b) options.groupIds.push_back(v.substr(b, e - b));
                    b = e + 1;
                }
            }
        } else if (auto bad = takeRegistryPath("ics", a, path)) {
            return *bad;
        }
    }
    if (path.empty()) return usageError("ics", "no registry file");
    auto loaded = loadRegistryFile(path, true);
    if (!loaded) return 1;
    if (!feedDir.empty()) {
        if (!options.groupIds.empty()) return usageError("ics", "--per-group writes every group's feed: no --groups");
        return writeFeeds(loaded->registry, options, feedDir);
    }
    IcsResult r = toICalendar(loaded->registry, platformZoneDb(), options);
    for (const auto& d : r.diagnostics) std::cerr << "wgfinder ics: " << d.toString() << "\n";
    if (hasErrors(r.diagnostics)) return 1;
    std::cout << r.text;
    return 0;
}

static const bool registered = registerCommand({
    "ics",
    "write an iCalendar file of the groups' meetings",
    "wgfinder ics REGISTRY [--groups ID,ID...] [--now YYYY-MM-DDTHH:MMZ] > meetings.ics\n"
    "wgfinder ics REGISTRY --per-group DIR [--now YYYY-MM-DDTHH:MMZ]\n\n"
    "One event per meeting with its rule, in the zone it is written in, and the zone definitions.\n"
    "All groups when --groups is absent. Event UIDs are stable (group id + meeting index), so\n"
    "importing a new file updates the events. Meetings that cannot be placed (no structured\n"
    "schedule, or a biweekly meeting without a start date) are left out with a warning.\n"
    "--now sets the creation stamp and the first date of meetings without a start (default: now).\n\n"
    "--per-group DIR writes feeds for a static site: DIR/<group id>.ics for each group and\n"
    "DIR/all.ics for all, each named for its group and asking calendars to fetch it again daily. Publish\n"
    "DIR and name it in the registry's \"feeds\" field: the widget then offers \"Subscribe\".",
    runIcs,
});

}  // namespace wgf::cli

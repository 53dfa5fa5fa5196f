// wgfinder: calendar feeds, one per group and one for all (feeds.h).
#include "time/feeds.h"

namespace wgf {

std::string feedFileName(std::string_view id) {
    if (id.empty() || id.size() > 200 || id[0] == '.' || id == "all") return {};
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                  c == '_' || c == '.';
        if (!ok) return {};
    }
    return std::string(id) + ".ics";
}

std::string feedUrl(const Registry& registry, std::string_view groupId) {
    std::string file = feedFileName(groupId);
    if (registry.feeds.empty() || file.empty()) return {};
    std::string url = registry.feeds;
    if (url.back() != '/') url += '/';
    return url + file;
}

FeedSet icsFeeds(const Registry& registry, ZoneDb& db, IcsOptions options) {
    FeedSet set;
    options.refreshInterval = kFeedRefresh;
    const std::string title = registry.title;
    for (size_t gi = 0; gi < registry.groups.size(); ++gi) {
        const Group& g = registry.groups[gi];
        std::string file = feedFileName(g.id);
        if (file.empty()) {
            set.diagnostics.push_back({Severity::Warning, "/groups/" + std::to_string(gi) + "/id", g.id, 0, 0,
                                       "no feed of its own: the id cannot name a file (letters, digits, '-', '_' and '.' only; not \"all\")", ""});
            continue;
        }
        options.groupIds = {g.id};
        options.calendarName = title.empty() ? g.name.str() : title + ": " + g.name;
        IcsResult ics = toICalendar(registry, db, options);
        set.feeds.push_back({std::move(file), g.id, std::move(ics)});
    }
    options.groupIds.clear();
    options.calendarName.clear();
    IcsResult all = toICalendar(registry, db, options);
    set.diagnostics.insert(set.diagnostics.end(), all.diagnostics.begin(), all.diagnostics.end());
    set.feeds.push_back({std::string(kAllGroupsFeed), "", std::move(all)});
    return set;
}

}  // namespace wgf

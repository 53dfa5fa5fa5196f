// wgfinder: calendar feeds for a static site, one per group and one for all.
//
// `wgfinder ics --per-group DIR` writes them; a registry that names its feed folder ("feeds" at
// its top level) lets the widget offer "Subscribe" beside "Add to calendar", pointing at the
// group's file in that folder. A feed is toICalendar()'s file for one group (or all), named after
// it, with a refresh interval so that calendars fetch it again; its events keep the UIDs of
// icsUid(), the same in every feed and every run, so a refreshed feed updates its events.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"
#include "model/registry.h"
#include "time/ics.h"
#include "time/zone.h"

namespace wgf {

// The feed of every group.
inline constexpr std::string_view kAllGroupsFeed = "all.ics";
// How often a subscribed calendar fetches a feed again.
inline constexpr std::string_view kFeedRefresh = "P1D";

// "<id>.ics" for a group's feed; "" when the id cannot name a file in a folder of a site (only
// ASCII letters, digits, '-', '_' and '.' are kept, not first '.', and "all" is the feed of all).
std::string feedFileName(std::string_view groupId);

// A group's feed in the registry's feed folder: "calendars/" and "security" give
// "calendars/security.ics" (a folder without its '/' gets one). "" when the registry names no
// folder or the id cannot name a file.
std::string feedUrl(const Registry& registry, std::string_view groupId);

struct Feed {
    std::string fileName;  // "security.ics", kAllGroupsFeed
    std::string group;     // its group's id; "" for all
    IcsResult ics;
};

struct FeedSet {
    std::vector<Feed> feeds;  // one per group whose id can name a file, in registry order, then all
    Diagnostics diagnostics;  // the meetings left out (once, as in the feed of all) and the groups
                              // without a feed of their own
};

// Every group's feed and the feed of all, from `options` (its groupIds are ignored).
FeedSet icsFeeds(const Registry& registry, ZoneDb& db, IcsOptions options);

}  // namespace wgf

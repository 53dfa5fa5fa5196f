// wgfinder: platform-independent time-zone arithmetic over ZoneDb (see zone.h).
#include "time/zone.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace wgf {

std::optional<int64_t> localToUtc(ZoneDb& db, std::string_view zone, int64_t local) {
    // Offsets a day before and after bracket any single change around `local`.
    auto before = db.utcOffsetSeconds(zone, local - 86400);
    auto after = db.utcOffsetSeconds(zone, local + 86400);
    if (!before || !after) return std::nullopt;
    std::optional<int64_t> best;
    for (int off : {*before, *after}) {
        int64_t utc = local - off;
        auto actual = db.utcOffsetSeconds(zone, utc);
        if (actual && *actual == off && (!best || utc < *best)) best = utc;  // overlap: earliest
    }
    if (best) return best;
    return local - *before;  // gap: the offset before the gap
}

std::vector<ZoneTransition> findTransitions(ZoneDb& db, std::string_view zone, int64_t fromUtc, int64_t toUtc) {
    std::vector<ZoneTransition> out;
    auto prev = db.utcOffsetSeconds(zone, fromUtc);
    if (!prev) return out;
    const int64_t step = 86400;
    for (int64_t t = fromUtc; t < toUtc && out.size() < 10000; t += step) {
        int64_t next = std::min(t + step, toUtc);
        auto o = db.utcOffsetSeconds(zone, next);
        if (!o || *o == *prev) continue;
        // Bisect (t, next]: the first second with the new offset.
        int64_t lo = t, hi = next;
        while (hi - lo > 1) {
            int64_t mid = lo + (hi - lo) / 2;
            auto m = db.utcOffsetSeconds(zone, mid);
            if (m && *m == *prev) lo = mid;
            else hi = mid;
        }
        ZoneTransition tr;
        tr.utc = hi;
        tr.offsetBefore = *prev;
        tr.offsetAfter = *db.utcOffsetSeconds(zone, hi);
        tr.abbreviation = db.abbreviation(zone, hi);
        out.push_back(tr);
        prev = tr.offsetAfter;
        if (*o != *prev) prev = *o;  // more than one change inside the step: keep scanning from `next`
    }
    return out;
}

std::string formatUtcOffset(int offsetSeconds) {
    if (offsetSeconds == 0) return "UTC";
    int a = std::abs(offsetSeconds);
    char buf[24];
    std::snprintf(buf, sizeof buf, "UTC%c%02d:%02d", offsetSeconds < 0 ? '-' : '+', a / 3600, a / 60 % 60);
    return buf;
}

namespace {

// Calls fn(fields) for each line of a tab-separated tz table, without '#' comment lines.
template <typename Fn>
void forEachTabLine(std::string_view text, Fn fn) {
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string_view> fields;
        for (size_t b = 0; b <= line.size();) {
            size_t e = std::min(line.find('\t', b), line.size());
            fields.push_back(line.substr(b, e - b));
            b = e + 1;
        }
        fn(fields);
    }
}

}  // namespace

std::vector<ZoneEntry> readZoneTab(std::string_view zoneTab, std::string_view iso3166Tab) {
    std::map<std::string, std::string, std::less<>> names;
    forEachTabLine(iso3166Tab, [&](const std::vector<std::string_view>& f) {
        if (f.size() >= 2 && f[0].size() == 2) names.emplace(std::string(f[0]), std::string(f[1]));
    });
    std::vector<ZoneEntry> out;
    forEachTabLine(zoneTab, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 3 || f[0].size() != 2 || f[2].empty()) return;
        auto name = names.find(f[0]);
        out.push_back({std::string(f[2]), std::string(f[0]), name == names.end() ? std::string() : name->second});
    });
    return out;
}

}  // namespace wgf

// The view model's zone picker: every zone the platform knows, found by city, country or offset.
#include <algorithm>

#include "time/civil.h"
#include "ui/view_model.h"

namespace wgf::ui {

namespace {

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// How well a zone matches the filter's words: 0 all in its name ("asia tokyo"), 1 with its
// country ("japan jp"), 2 with its offset ("utc+09:00"), -1 not at all.
int matchTier(const ZoneEntry& e, const std::string& offset, const std::vector<std::string>& words) {
    std::string name = e.zone;
    std::replace(name.begin(), name.end(), '_', ' ');
    std::replace(name.begin(), name.end(), '/', ' ');
    const std::string hay[3] = {lowerAscii(name), lowerAscii(name + ' ' + e.country + ' ' + e.countryCode),
                                lowerAscii(name + ' ' + e.country + ' ' + e.countryCode + ' ' + offset)};
    for (int tier = 0; tier < 3; ++tier)
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return hay[tier].find(w) != std::string::npos; }))
            return tier;
    return -1;
}

}  // namespace

void ViewModel::setZones(const std::vector<ZoneEntry>& zones) {
    for (const ZoneEntry& z : zones) {
        if (z.zone.empty()) continue;
        ZoneEntry& e = zones_[z.zone];
        e.zone = z.zone;
        if (!z.countryCode.empty()) e.countryCode = z.countryCode;
        if (!z.country.empty()) e.country = z.country;
    }
}

bool ViewModel::zonesWithoutCountries() const {
    return std::none_of(zones_.begin(), zones_.end(), [](const auto& z) { return !z.second.countryCode.empty(); });
}

std::vector<ZoneOption> ViewModel::zoneOptions(const std::string& filter) {
    // Offsets change at most on the hour: computed once an hour for every zone.
    if (floorDiv(now_, 3600) != zoneOffsetsHour_) {
        zoneOffsets_.clear();
        zoneOffsetsHour_ = floorDiv(now_, 3600);
    }
    auto offsetOf = [&](const std::string& zone) -> const int* {
        auto it = zoneOffsets_.find(zone);
        if (it == zoneOffsets_.end()) {
            auto off = db_.utcOffsetSeconds(zone, now_);
            if (!off) return nullptr;
            it = zoneOffsets_.emplace(zone, *off).first;
        }
        return &it->second;
    };
    std::vector<std::string> words;
    for (size_t b = 0; b < filter.size();) {
        size_t e = std::min(filter.find(' ', b), filter.size());
        if (e > b) words.push_back(lowerAscii(filter.substr(b, e - b)));
        b = e + 1;
    }
    // Without a filter, the zones this visitor most likely wants come first.
    std::vector<std::string> first;
    if (words.empty()) {
        first.push_back(zone_);
        for (const auto& g : registry_.groups)
            for (const auto& m : g.meetings)
                if (!m.tz.empty() && std::find(first.begin(), first.end(), m.tz) == first.end()) first.push_back(m.tz);
        if (std::find(first.begin(), first.end(), "UTC") == first.end()) first.push_back("UTC");
    }
    std::vector<std::pair<int, ZoneOption>> found;
    auto add = [&](const ZoneEntry& e) {
        const int* off = offsetOf(e.zone);
        if (!off) return;  // a name this platform does not know
        std::string offset = formatUtcOffset(*off);
        if (offset == "UTC") offset = "UTC+00:00";
        int tier = matchTier(e, offset, words);
        if (tier < 0) return;
        std::string label = e.zone + (e.country.empty() ? "" : " \xC2\xB7 " + e.country) + " \xC2\xB7 " + offset;
        found.push_back({tier, {e.zone, std::move(label)}});
    };
    for (const auto& z : first) {
        auto it = zones_.find(z);
        add(it == zones_.end() ? ZoneEntry{z, "", ""} : it->second);
    }
    for (const auto& [name, e] : zones_)
        if (std::find(first.begin(), first.end(), name) == first.end()) add(e);
    // Names that match come before countries, and those before offsets; by name within each.
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<ZoneOption> out;
    out.reserve(found.size());
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

}  // namespace wgf::ui

// The view model's zone picker: every zone the platform knows, found by city, country or offset.
#include <algorithm>

#include "model/text.h"
#include "time/civil.h"
#include "ui/view_model.h"

namespace wgf::ui {

namespace {

// What a filter's words are looked for in, made once per zone when the zones are set (the picker
// asks on every frame it is open): the name as words ("asia tokyo") and the country ("japan jp").
ZoneKeys keysOf(const ZoneEntry& e) {
    std::string name = toLower(e.zone);
    std::replace(name.begin(), name.end(), '_', ' ');
    std::replace(name.begin(), name.end(), '/', ' ');
    return {std::move(name), toLower(e.country + ' ' + e.countryCode)};
}

// How well a zone matches the filter's words: 0 all in its name, 1 some only in its country,
// 2 some only in its offset ("utc+09:00"), -1 not at all. Words hold no spaces, so each is found
// in one part.
int matchTier(const ZoneKeys& keys, const std::string& offset, const std::vector<std::string>& words) {
    int tier = 0;
    std::string lowOffset;
    for (const std::string& w : words) {
        if (keys.name.find(w) != std::string::npos) continue;
        if (keys.country.find(w) != std::string::npos) {
            tier = std::max(tier, 1);
            continue;
        }
        if (lowOffset.empty()) lowOffset = toLower(offset);
        if (lowOffset.find(w) == std::string::npos) return -1;
        tier = 2;
    }
    return tier;
}

}  // namespace

void ViewModel::setZones(const std::vector<ZoneEntry>& zones) {
    ++zonesVersion_;
    // A sorted vector rather than a map: the widget's code size counts.
    auto byName = [](const ZoneEntry& e, const std::string& name) { return e.zone < name; };
    for (const ZoneEntry& z : zones) {
        if (z.zone.empty()) continue;
        auto it = std::lower_bound(zones_.begin(), zones_.end(), z.zone, byName);
        const auto at = it - zones_.begin();
        if (it == zones_.end() || it->zone != z.zone) {
            it = zones_.insert(it, ZoneEntry{z.zone, "", ""});
            zoneKeys_.insert(zoneKeys_.begin() + at, ZoneKeys{});
        }
        if (!z.countryCode.empty()) it->countryCode = z.countryCode;
        if (!z.country.empty()) it->country = z.country;
        zoneKeys_[static_cast<size_t>(at)] = keysOf(*it);
    }
}

bool ViewModel::zonesWithoutCountries() const {
    return std::none_of(zones_.begin(), zones_.end(), [](const ZoneEntry& z) { return !z.countryCode.empty(); });
}

std::vector<ZoneOption> ViewModel::zoneOptions(const std::string& filter) {
    // Offsets change at most on the hour: computed once an hour for every zone.
    if (floorDiv(now_, 3600) != zoneOffsetsHour_) {
        zoneOffsets_.clear();
        zoneOffsetsHour_ = floorDiv(now_, 3600);
    }
    std::vector<std::string> words;
    for (size_t b = 0; b < filter.size();) {
        size_t e = std::min(filter.find(' ', b), filter.size());
        if (e > b) words.push_back(toLower(filter.substr(b, e - b)));
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
    std::vector<ZoneOption> tiers[3];  // matched by name, by country, by offset
    auto add = [&](const ZoneEntry& e, const ZoneKeys& keys) {
        auto cached = zoneOffsets_.find(e.zone);
        if (cached == zoneOffsets_.end()) {
            auto off = db_.utcOffsetSeconds(e.zone, now_);
            std::string offset = !off ? "" : *off == 0 ? "UTC+00:00" : formatUtcOffset(*off);
            cached = zoneOffsets_.emplace(e.zone, offset).first;
        }
        const std::string& offset = cached->second;
        if (offset.empty()) return;  // a name this platform does not know
        int tier = matchTier(keys, offset, words);
        if (tier < 0) return;
        tiers[tier].push_back({e.zone, e.zone + (e.country.empty() ? "" : " \xC2\xB7 " + e.country) + " \xC2\xB7 " + offset});
    };
    for (const auto& z : first) {
        auto it = std::find_if(zones_.begin(), zones_.end(), [&](const ZoneEntry& e) { return e.zone == z; });
        if (it != zones_.end()) add(*it, zoneKeys_[static_cast<size_t>(it - zones_.begin())]);
        else add(ZoneEntry{z, "", ""}, keysOf(ZoneEntry{z, "", ""}));
    }
    for (size_t i = 0; i < zones_.size(); ++i)
        if (std::find(first.begin(), first.end(), zones_[i].zone) == first.end()) add(zones_[i], zoneKeys_[i]);
    std::vector<ZoneOption> out = std::move(tiers[0]);
    for (auto* t : {&tiers[1], &tiers[2]}) out.insert(out.end(), std::make_move_iterator(t->begin()), std::make_move_iterator(t->end()));
    return out;
}

}  // namespace wgf::ui

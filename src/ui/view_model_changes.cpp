// What changed since the visitor's last visit (view_model.h): the digest an earlier visit kept on
// the device, compared with the registry shown now in the viewer's zone (time/changes.h).
#include <cstdio>

#include "time/changes.h"
#include "time/civil.h"
#include "ui/view_model.h"

namespace wgf::ui {

void ViewModel::setLastVisit(const std::string& digestText) {
    lastVisit_ = parseDigest(digestText);
    changesStale_ = true;
    if (changedOnly_) stale_ = true;
}

void ViewModel::forgetLastVisit() {
    lastVisit_.reset();
    changesStale_ = true;
    setChangedOnly(false);
}

std::string ViewModel::visitDigest() const {
    RegistryDigest d = digestOf(registry_);
    int y = 0, m = 0, day = 0;
    // The visitor's date, in their zone.
    civilFromDays(floorDiv(now_ + db_.utcOffsetSeconds(zone_, now_).value_or(0), 86400), y, m, day);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, day);
    d.seen = date;
    return digestText(d);
}

const RegistryChanges& ViewModel::changes() {
    if (!changesStale_) return changes_;
    changesStale_ = false;
    changes_ = {};
    changed_.assign(registry_.groups.size(), false);
    if (!lastVisit_ || registry_.groups.empty()) return changes_;
    changes_ = compareDigests(*lastVisit_, digestOf(registry_), db_, now_, zone_);
    for (const auto& id : changes_.groups)
        if (int g = registry_.findGroup(id); g >= 0) changed_[static_cast<size_t>(g)] = true;
    return changes_;
}

std::string ViewModel::changesLine() {
    const RegistryChanges& c = changes();
    if (c.changes.empty()) return {};
    return changesSummary(c.changes.size(), lastVisit_->seen);
}

bool ViewModel::changedSinceLastVisit(uint32_t group) {
    changes();
    return group < changed_.size() && changed_[group];
}

std::vector<std::string> ViewModel::changesOf(uint32_t group) {
    std::vector<std::string> out;
    if (group >= registry_.groups.size()) return out;
    for (const auto& c : changes().changes)
        if (c.group == registry_.groups[group].id && c.kind != RegistryChange::Kind::GroupRemoved) out.push_back(c.text());
    return out;
}

void ViewModel::setChangedOnly(bool on) {
    if (on == changedOnly_) return;
    changedOnly_ = on;
    stale_ = true;
}

}  // namespace wgf::ui

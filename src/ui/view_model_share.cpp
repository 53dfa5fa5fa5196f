// The view model's shareable state: the URL-fragment form of the query, selection, zone, filters,
// order and hours, and the link to one group.
#include <algorithm>
#include <cstdio>

#include "time/civil.h"
#include "time/zone.h"
#include "ui/view_model.h"
#include "ui/view_model_facets.h"

namespace wgf::ui {

using detail::facetKey;
using detail::facetList;

std::string percentEncode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string percentDecode(const std::string& s) {
    auto val = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && val(s[i + 1]) >= 0 && val(s[i + 2]) >= 0) {
            out += static_cast<char>(val(s[i + 1]) * 16 + val(s[i + 2]));
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string formatMinutes(int minutes) {
    minutes = ((minutes % 1440) + 1440) % 1440;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

std::string ViewModel::shareState() const { return shareStateWith(selected_); }

std::string ViewModel::linkState(const std::string& groupId) const { return shareStateWith(groupId); }

std::string ViewModel::shareStateWith(const std::string& selected) const {
    std::vector<std::pair<std::string, std::string>> kv;
    if (!query_.empty()) kv.emplace_back("q", query_);
    if (!selected.empty()) kv.emplace_back("g", selected);
    if (!zone_.empty() && zone_ != platformDefaultZone()) kv.emplace_back("tz", zone_);
    std::string f;
    for (FacetKind k : {FacetKind::Company, FacetKind::Kind, FacetKind::Day, FacetKind::Cadence})
        for (const auto& v : facetList(facetSel_, k)) {
            if (!f.empty()) f += ',';
            f.append(facetKey(k)).append(":").append(percentEncode(v));
        }
    if (!f.empty()) kv.emplace_back("f", f);
    if (sort_ == SortOrder::Name) kv.emplace_back("sort", "name");
    if (sort_ == SortOrder::NextMeeting) kv.emplace_back("sort", "next");
    if (fitsOnly_) kv.emplace_back("fit", formatMinutes(hoursFrom_) + "-" + formatMinutes(hoursTo_));
    std::string out;
    for (const auto& [k, v] : kv) out += (out.empty() ? "" : "&") + k + "=" + (k == "f" ? v : percentEncode(v));
    return out;
}

bool ViewModel::applyShareState(const std::string& state) {
    std::string before = shareState();
    std::string q, g, tz, f, sort, fit;
    size_t pos = 0;
    while (pos <= state.size()) {
        size_t amp = state.find('&', pos);
        if (amp == std::string::npos) amp = state.size();
        std::string part = state.substr(pos, amp - pos);
        size_t eq = part.find('=');
        std::string key = part.substr(0, eq), value = eq == std::string::npos ? "" : part.substr(eq + 1);
        if (key == "q") q = percentDecode(value);
        else if (key == "g") g = percentDecode(value);
        else if (key == "tz") tz = percentDecode(value);
        else if (key == "f") f = value;
        else if (key == "sort") sort = value;
        else if (key == "fit") fit = percentDecode(value);
        pos = amp + 1;
    }
    setQuery(q);
    select(g);
    if (!tz.empty()) setViewerZone(tz);
    facetSel_ = FacetSelection{};
    size_t p = 0;
    while (p < f.size()) {
        size_t comma = f.find(',', p);
        if (comma == std::string::npos) comma = f.size();
        std::string item = f.substr(p, comma - p);
        size_t colon = item.find(':');
        if (colon != std::string::npos) {
            std::string k = item.substr(0, colon), v = percentDecode(item.substr(colon + 1));
            for (FacetKind kind : {FacetKind::Company, FacetKind::Kind, FacetKind::Day, FacetKind::Cadence})
                if (k == facetKey(kind) && !v.empty()) facetList(facetSel_, kind).push_back(v);
        }
        p = comma + 1;
    }
    setSort(sort == "name" ? SortOrder::Name : sort == "next" ? SortOrder::NextMeeting : SortOrder::Relevance);
    if (!fit.empty()) {
        // "08:00-20:00", read by the one clock parser (time/civil).
        size_t dash = fit.find('-');
        auto from = parseClock(std::string_view(fit).substr(0, dash));
        auto to = dash == std::string::npos ? std::nullopt : parseClock(std::string_view(fit).substr(dash + 1));
        if (from && to) setHours(*from, *to);
    }
    setFitsHoursOnly(!fit.empty());
    stale_ = true;
    return shareState() != before;
}

}  // namespace wgf::ui

// Facet counts and facet filters over the groups a query matched.
#include <algorithm>

#include "query/analyze.h"
#include "query/search_internal.h"
#include "time/civil.h"

namespace wgf::query {

namespace {

enum : uint8_t { kCompanyOk = 1, kKindOk = 2, kDayOk = 4, kCadenceOk = 8, kAllOk = 15 };


// Selected values of one table-backed facet, resolved to ids.
struct Selected {
    std::vector<char> ids;              // by value id
    std::vector<std::string> unknown;   // selected values no group has
    bool active = false;
};

Selected resolve(const ValueTable& table, const std::vector<std::string>& values) {
    Selected s;
    s.ids.assign(table.keys.size(), 0);
    for (const auto& v : values) {
        std::string key = fold(v);
        if (key.empty()) continue;
        s.active = true;
        auto id = table.find(key);
        if (id >= 0) s.ids[static_cast<size_t>(id)] = 1;
        else s.unknown.push_back(v);
    }
    return s;
}

// Adds `sign` to the counts of group d's values, for the facets in `which`.
inline void countDoc(const IndexData& x, uint32_t d, uint8_t which, FacetCounts& c, uint32_t sign) {
    // Unsigned wrap-around makes "+ (uint32_t)-1" a decrement.
    if (which & kCompanyOk)
        for (uint32_t i = x.docCompanyStart[d], e = x.docCompanyStart[d + 1]; i < e; ++i) c.companies[x.docCompanies[i]] += sign;
    if ((which & kKindOk) && x.docKind[d] != UINT32_MAX) c.kinds[x.docKind[d]] += sign;
    const DocFacts& f = x.facts[d];
    if (which & kDayOk)
        for (unsigned days = f.days; days; days &= days - 1) c.days[__builtin_ctz(days)] += sign;
    if (which & kCadenceOk)
        for (unsigned cad = f.cadences; cad; cad &= cad - 1) c.cadences[__builtin_ctz(cad)] += sign;
}

void sizeCounts(const IndexData& x, FacetCounts& c) {
    c.companies.assign(x.companies.keys.size(), 0);
    c.kinds.assign(x.kinds.keys.size(), 0);
    c.cadences.assign(16, 0);  // DocFacts::cadences has 16 bits
    std::fill(std::begin(c.days), std::end(c.days), 0);
}

// Values with a count (or selected), most frequent first, at most `max` unless selected.
void emitTable(const ValueTable& table, const std::vector<uint32_t>& counts, const Selected& sel,
               size_t max, std::vector<FacetValue>& out) {
    std::vector<uint32_t> ids;
    for (uint32_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0 || (i < sel.ids.size() && sel.ids[i])) ids.push_back(i);
    auto before = [&](uint32_t a, uint32_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : table.labels[a] < table.labels[b];
    };
    size_t shown = std::min(ids.size(), max);
    std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(shown), ids.end(), before);
    for (size_t k = 0; k < ids.size(); ++k) {
        uint32_t i = ids[k];
        bool selected = i < sel.ids.size() && sel.ids[i];
        if (k < shown || selected) out.push_back({table.labels[i], table.labels[i], counts[i], selected});
    }
    for (const auto& u : sel.unknown) out.push_back({u, u, 0, true});
}

}  // namespace

void countFacets(IndexData& x, const DocScores& base, const FacetSelection& selection,
                 const QueryOptions& options, Facets& out, std::vector<uint32_t>& final) {
    out.daysInViewerZone = x.meetingFacts;
    Selected companies = resolve(x.companies, selection.companies);
    Selected kinds = resolve(x.kinds, selection.kinds);
    uint8_t daySel = 0;
    std::vector<std::string> badDays;
    for (const auto& v : selection.days) {
        uint8_t m = parseDays(fold(v));
        if (!m) badDays.push_back(v);
        daySel |= m;
    }
    bool dayActive = !selection.days.empty();
    Selected cadences = resolve(x.cadences, selection.cadences);
    uint16_t cadenceSel = 0;
    for (size_t i = 0; i < cadences.ids.size() && i < 16; ++i)
        if (cadences.ids[i]) cadenceSel |= static_cast<uint16_t>(1u << i);

    const bool anySelection = companies.active || kinds.active || dayActive || cadences.active;
    final.clear();
    FacetCounts counts;
    sizeCounts(x, counts);

    if (!anySelection && options.withFacets && base.docs.size() > x.docCount / 2) {
        // Most groups match: count those that do not and subtract from the totals.
        if (!x.allCountsValid) {
            sizeCounts(x, x.allCounts);
            for (uint32_t d = 0; d < x.docCount; ++d) countDoc(x, d, kAllOk, x.allCounts, 1);
            x.allCountsValid = true;
        }
        counts = x.allCounts;
        for (uint32_t d = 0; d < x.docCount; ++d)
            if (!base.has(d)) countDoc(x, d, kAllOk, counts, UINT32_MAX);
        final = base.docs;
    } else {
        final.reserve(base.docs.size());
        // Many matches: walk all groups in order (the per-group arrays stream through the cache)
        // rather than jump around in match order.
        const bool sequential = base.docs.size() > x.docCount / 16;
        const size_t steps = sequential ? x.docCount : base.docs.size();
        for (size_t k = 0; k < steps; ++k) {
            uint32_t d = sequential ? static_cast<uint32_t>(k) : base.docs[k];
            if (sequential && !base.has(d)) continue;
            uint8_t pass = kAllOk;
            if (companies.active) {
                bool ok = false;
                for (uint32_t i = x.docCompanyStart[d]; i < x.docCompanyStart[d + 1] && !ok; ++i)
                    ok = companies.ids[x.docCompanies[i]];
                if (!ok) pass &= ~kCompanyOk;
            }
            if (kinds.active && (x.docKind[d] == UINT32_MAX || !kinds.ids[x.docKind[d]])) pass &= ~kKindOk;
            if (dayActive && !(x.facts[d].days & daySel)) pass &= ~kDayOk;
            if (cadences.active && !(x.facts[d].cadences & cadenceSel)) pass &= ~kCadenceOk;
            if (pass == kAllOk) final.push_back(d);
            if (!options.withFacets) continue;
            // A facet is counted over the groups passing every *other* facet's selection.
            uint8_t which = 0;
            for (uint8_t f : {kCompanyOk, kKindOk, kDayOk, kCadenceOk})
                if ((pass | f) == kAllOk) which |= f;
            if (which) countDoc(x, d, which, counts, 1);
        }
    }
    if (!options.withFacets) return;

    emitTable(x.companies, counts.companies, companies, options.maxFacetValues, out.companies);
    emitTable(x.kinds, counts.kinds, kinds, options.maxFacetValues, out.kinds);
    for (int k = 0; k < 7; ++k) {
        bool selected = daySel & (1u << k);
        if (counts.days[k] > 0 || selected) out.days.push_back({kWeekdays[k].key, kWeekdays[k].name, counts.days[k], selected});
    }
    for (const auto& b : badDays) out.days.push_back({b, b, 0, true});
    counts.cadences.resize(std::min(counts.cadences.size(), x.cadences.keys.size()));
    emitTable(x.cadences, counts.cadences, cadences, options.maxFacetValues, out.cadences);
}

}  // namespace wgf::query

// QueryResult -> JSON for the host page (the shape is documented at resultsToJson in engine.h).
#include <cmath>

#include <nlohmann/json.hpp>

#include "query/engine.h"

namespace wgf {

namespace {

nlohmann::json facetList(const std::vector<FacetValue>& values) {
    auto out = nlohmann::json::array();
    for (const auto& v : values)
        out.push_back({{"value", v.value}, {"label", v.label}, {"count", v.count}, {"selected", v.selected}});
    return out;
}

}  // namespace

std::string resultsToJson(const QueryResult& result, const Registry& registry, const JsonOptions& options) {
    nlohmann::json j;
    j["total"] = result.total;
    auto results = nlohmann::json::array();
    for (const auto& hit : result.hits) {
        if (hit.group >= registry.groups.size()) continue;
        const Group& g = registry.groups[hit.group];
        nlohmann::json h;
        h["index"] = hit.group;
        h["id"] = g.id;
        h["name"] = g.name;
        h["score"] = std::round(double(hit.score) * 1000.0) / 1000.0;
        auto spans = nlohmann::json::array();
        for (const auto& s : hit.spans) {
            nlohmann::json js{{"field", spanPath(s)}, {"begin", s.begin}, {"end", s.end}};
            if (options.withText) {
                std::string_view text = spanText(g, s);
                if (s.begin <= s.end && s.end <= text.size()) js["text"] = std::string(text.substr(s.begin, s.end - s.begin));
            }
            spans.push_back(std::move(js));
        }
        h["spans"] = std::move(spans);
        results.push_back(std::move(h));
    }
    j["results"] = std::move(results);
    j["facets"] = {{"company", facetList(result.facets.companies)},
                   {"kind", facetList(result.facets.kinds)},
                   {"day", facetList(result.facets.days)},
                   {"cadence", facetList(result.facets.cadences)},
                   {"daysInViewerZone", result.facets.daysInViewerZone}};
    auto messages = nlohmann::json::array();
    for (const auto& m : result.messages)
        messages.push_back({{"severity", m.severity == Severity::Error ? "error" : "warning"},
                            {"column", m.column},
                            {"message", m.message}});
    j["messages"] = std::move(messages);
    j["didYouMean"] = result.didYouMean;
    return j.dump(options.indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace wgf

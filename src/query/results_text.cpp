// QueryResult -> text for a person (the `wgfinder query` command).
#include <algorithm>
#include <cstdio>

#include "model/text.h"
#include "query/engine.h"

namespace wgf {

namespace {

// One field with its spans in brackets; a long field is cut to the stretch around them.
std::string marked(std::string_view text, const std::vector<const Span*>& spans, size_t context) {
    size_t from = 0, to = text.size();
    if (text.size() > 2 * context + 40) {
        from = spans.front()->begin > context ? utf8CharStart(text, spans.front()->begin - context) : 0;
        to = utf8NextCharStart(text, std::min<size_t>(text.size(), spans.back()->end + context));
    }
    std::string out = from > 0 ? "..." : "";
    size_t pos = from;
    for (const Span* s : spans) {
        if (s->begin < pos || s->end > to) continue;
        out.append(text.substr(pos, s->begin - pos));
        out += "[";
        out.append(text.substr(s->begin, s->end - s->begin));
        out += "]";
        pos = s->end;
    }
    out.append(text.substr(pos, to - pos));
    if (to < text.size()) out += "...";
    for (auto& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

void facetLine(std::string& out, const char* name, const std::vector<FacetValue>& values, const char* note = "") {
    if (values.empty()) return;
    out += std::string(name) + ":";
    for (size_t i = 0; i < values.size(); ++i) {
        out += (i ? ", " : " ") + values[i].label + " " + std::to_string(values[i].count);
        if (values[i].selected) out += " (selected)";
    }
    out += std::string(note) + "\n";
}

}  // namespace

std::string resultsToText(const QueryResult& result, const Registry& registry, const TextOptions& options) {
    std::string out;
    if (result.total == 0) {
        out += "no group matches\n";
    } else {
        out += std::to_string(result.total) + (result.total == 1 ? " group matches" : " groups match");
        if (result.hits.size() < result.total) out += " (showing " + std::to_string(result.hits.size()) + ")";
        out += "\n";
    }
    size_t rank = 0;
    for (const auto& hit : result.hits) {
        ++rank;
        if (hit.group >= registry.groups.size()) continue;
        const Group& g = registry.groups[hit.group];
        char score[32];
        std::snprintf(score, sizeof score, "%.2f", double(hit.score));
        out += std::to_string(rank) + ". " + g.name + " (" + g.id + ")";
        if (hit.score > 0) out += "  score " + std::string(score);
        if (g.status == "archived") out += "  [archived]";
        out += "\n";
        // Spans come sorted by field: one line per field.
        for (size_t i = 0; i < hit.spans.size();) {
            std::vector<const Span*> same;
            size_t j = i;
            while (j < hit.spans.size() && hit.spans[j].source == hit.spans[i].source && hit.spans[j].item == hit.spans[i].item)
                same.push_back(&hit.spans[j++]);
            std::string_view text = spanText(g, hit.spans[i]);
            if (!text.empty()) out += "     " + spanPath(hit.spans[i]) + ": " + marked(text, same, options.excerptBytes) + "\n";
            i = j;
        }
    }
    if (options.withFacets && result.total > 0) {
        out += "\n";
        facetLine(out, "company", result.facets.companies);
        facetLine(out, "kind", result.facets.kinds);
        facetLine(out, "day", result.facets.days,
                  result.facets.daysInViewerZone ? "" : "  (each meeting's own time zone)");
        facetLine(out, "cadence", result.facets.cadences);
    }
    for (const auto& m : result.messages)
        out += "note: " + (m.column > 0 ? "column " + std::to_string(m.column) + ": " : std::string()) + m.message + "\n";
    if (!result.didYouMean.empty()) {
        out += "did you mean:";
        for (size_t i = 0; i < result.didYouMean.size(); ++i) out += (i ? " | " : " ") + result.didYouMean[i];
        out += "\n";
    }
    return out;
}

}  // namespace wgf

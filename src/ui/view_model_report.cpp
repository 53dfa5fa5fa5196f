// What the view model reports: the state JSON for the host page and the tests, the page's
// search(), and the characters to type again into the search field.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "model/text.h"
#include "query/analyze.h"
#include "ui/view_model.h"

namespace wgf::ui {

std::string ViewModel::stateJson() { return state().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

nlohmann::json ViewModel::state() {
    refresh();
    fetchRows(200);
    nlohmann::json j;
    j["title"] = registry_.title;
    j["updated"] = registry_.updated;
    j["groupCount"] = registry_.groups.size();
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& g : registry_.groups) ids.push_back(g.id);
    j["groupIds"] = ids;
    j["query"] = query_;
    j["total"] = result_.total;
    nlohmann::json results = nlohmann::json::array();
    for (size_t row = 0; row < order_.size() && row < 200; ++row) results.push_back(registry_.groups[order_[row]].id);
    j["results"] = results;
    nlohmann::json visible = nlohmann::json::array();
    for (size_t row = visibleFirst_; row < visibleLast_ && row < order_.size(); ++row) {
        uint32_t g = order_[row];
        nlohmann::json v;
        v["id"] = registry_.groups[g].id;
        nlohmann::json sp = nlohmann::json::array();
        for (const Span& s : spans(g))
            sp.push_back({{"field", spanPath(s)}, {"begin", s.begin}, {"end", s.end},
                          {"text", std::string(spanText(registry_.groups[g], s).substr(s.begin, s.end - s.begin))}});
        v["spans"] = sp;
        const NextMeeting& n = next(g);
        if (n.known()) v["next"] = n.when;
        else if (n.weekUnknown) v["next"] = n.when + " \xC2\xB7 " + n.note;
        else if (!n.note.empty()) v["next"] = n.note;
        visible.push_back(v);
    }
    j["visible"] = visible;
    j["selected"] = selected_;
    j["zone"] = zone_;
    j["sort"] = sort_ == SortOrder::Name ? "name" : sort_ == SortOrder::NextMeeting ? "next" : "relevance";
    j["fitsHoursOnly"] = fitsOnly_;
    j["hours"] = formatMinutes(hoursFrom_) + "-" + formatMinutes(hoursTo_);
    j["picks"] = std::vector<std::string>(picks_.begin(), picks_.end());
    nlohmann::json msgs = nlohmann::json::array();
    for (const auto& m : result_.messages) msgs.push_back(m.message);
    j["messages"] = msgs;
    j["didYouMean"] = result_.didYouMean;
    j["diagnostics"] = diagnostics_.size();
    j["failedUpdate"] = !failedUpdate_.empty();
    j["share"] = shareState();
    return j;
}

std::string ViewModel::searchJson(const std::string& query, size_t limit) {
    QueryOptions opts;
    if (limit > 0) opts.limit = limit;
    return resultsToJson(index_.search(query, opts), registry_);
}

std::string textToRetype(const std::vector<uint32_t>& queued) {
    std::u32string cps;
    for (uint32_t c : queued) {
        if (c == '/' && cps.empty()) continue;  // the key that asked for the focus
        cps.push_back(static_cast<char32_t>(c));
    }
    std::string out;
    query::encodeUtf8(cps, out);
    return out;
}

}  // namespace wgf::ui

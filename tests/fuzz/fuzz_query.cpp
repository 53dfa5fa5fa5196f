// Fuzz target: the query language and the engine.
//
// Input: first byte = mode and options, the rest =
//   mode bit 0x80 clear: a query, run against a fixed registry (accents, CJK, empty fields);
//   mode bit 0x80 set:   "<registry JSON>\0<query>": the index is built from the input too.
// Properties beyond "no crash, no leak, no undefined behaviour":
//   - parseQuery() never produces more than kMaxQueryWords words, or positions outside the query;
//   - at most `limit` hits, `total` >= hits, every hit a real group, scores finite;
//   - every highlight span lies inside the text it points into;
//   - resultsToJson() is valid JSON (the host page JSON.parse()s it) and valid UTF-8, whatever
//     bytes the query holds.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "model/load.h"
#include "query/engine.h"
#include "query/parse.h"

using namespace wgf;

namespace {

const char* kRegistry = R"J({"version": 1, "title": "Fuzz community", "groups": [
  {"id": "networking", "name": "Networking", "kind": "working-group", "description": "Traffic management, service mesh",
   "topics": ["Pilot integration", "TCP support", "Wasm"],
   "leads": [{"name": "Müller Jürgen", "company": "Example Inc", "github": "jmueller"},
             {"name": "Sven Mawson", "company": "Google"}],
   "contacts": [{"kind": "mailing-list", "label": "net@", "url": "mailto:net@example.org"},
                {"kind": "slack", "label": "#networking", "url": "https://slack.example.org/net"}],
   "meetings": [{"title": "Regular", "schedule": "Thursdays at 11:00 PT (biweekly)", "rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
                 "start": "2026-01-08T11:00", "tz": "America/Los_Angeles"}]},
  {"id": "security", "name": "Security", "kind": "sig", "description": "Authentication, authorization, audit",
   "leads": [{"name": "Lin Sun", "company": "IBM"}], "topics": ["mTLS", "eBPF"],
   "meetings": [{"schedule": "Fourth Wednesday of each month at 12:00 ET", "rrule": "FREQ=MONTHLY;BYDAY=4WE",
                 "time": "12:00", "tz": "America/New_York"}]},
  {"id": "docs", "name": "Docs 文档", "kind": "team", "description": "ドキュメント und Übersetzungen",
   "leads": [{"name": "李小龍", "company": "Ａｃｍｅ"}]},
  {"id": "empty", "name": "E"},
  {"id": "archived-wg", "name": "Archived WG", "status": "archived", "topics": ["", "x"]}
]})J";

struct Fixed {
    LoadResult loaded = loadRegistry(kRegistry);
    SearchIndex index{loaded.registry};
};

void checkQuery(std::string_view q) {
    query::ParsedQuery p = query::parseQuery(q);
    size_t words = 0;
    for (const auto& c : p.clauses)
        for (const auto& o : c.anyOf) {
            words += o.words.size();
            FUZZ_CHECK(o.begin <= o.end && o.end <= q.size(), "an operand outside the query");
            for (const auto& w : o.words)
                FUZZ_CHECK(w.begin <= w.end && w.end <= q.size(), "a word outside the query");
        }
    FUZZ_CHECK(words <= query::kMaxQueryWords, "more words than kMaxQueryWords");
    for (const auto& m : p.messages) FUZZ_CHECK(!m.message.empty(), "an empty query message");
}

void checkSearch(SearchIndex& index, const Registry& reg, std::string_view q, uint8_t opts) {
    QueryOptions o;
    o.limit = opts & 0x07;          // 0..7, 0 included
    o.offset = (opts >> 3) & 0x03;
    o.withSpans = true;
    o.withFacets = (opts & 0x20) == 0;
    o.fitsHoursOnly = (opts & 0x40) != 0;
    if (opts & 0x10) {
        o.facets.kinds = {"sig"};
        o.facets.days = {"wed", "nonsense"};
        o.facets.companies = {"google"};
    }
    QueryResult r = index.search(q, o);
    FUZZ_CHECK(r.hits.size() <= o.limit, "more hits than the limit");
    FUZZ_CHECK(r.total >= r.hits.size(), "total below the number of hits");
    for (const Hit& h : r.hits) {
        FUZZ_CHECK(h.group < reg.groups.size(), "a hit outside the registry");
        FUZZ_CHECK(std::isfinite(h.score), "a score that is not finite");
        for (const Span& s : h.spans) {
            std::string_view text = spanText(reg.groups[h.group], s);
            FUZZ_CHECK(s.begin <= s.end && s.end <= text.size(), "a span outside its text: " + spanPath(s));
        }
    }
    // Suggestions are made of the query's own text: valid when the query is (the widget's queries
    // come from JS strings, always valid); the JSON for the host page is valid whatever the query.
    if (findInvalidUtf8(q) == std::string_view::npos)
        for (const auto& d : r.didYouMean) FUZZ_CHECK(findInvalidUtf8(d) == std::string_view::npos, "invalid UTF-8 in did-you-mean");
    std::string json = resultsToJson(r, reg);
    FUZZ_CHECK(findInvalidUtf8(json) == std::string_view::npos, "invalid UTF-8 in the results JSON");
    FUZZ_CHECK(nlohmann::json::accept(json), "the results JSON does not parse: " + json);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    static Fixed* fixed = new Fixed;  // built once: the engine caches per-word matches across calls
    uint8_t mode = data[0];
    std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (!(mode & 0x80)) {
        checkQuery(rest);
        checkSearch(fixed->index, fixed->loaded.registry, rest, mode);
        return 0;
    }
    size_t nul = rest.find('\0');
    std::string_view json = rest.substr(0, nul);
    std::string_view q = nul == std::string_view::npos ? std::string_view("a") : rest.substr(nul + 1);
    LoadResult loaded = loadRegistry(json);
    if (loaded.fatal) return 0;
    SearchIndex index(loaded.registry);
    FUZZ_CHECK(index.groupCount() == loaded.registry.groups.size(), "the index lost groups");
    checkQuery(q);
    checkSearch(index, loaded.registry, q, mode);
    // The words of the registry itself, typed letter by letter, as a visitor would.
    if (!loaded.registry.groups.empty()) {
        const std::string& name = loaded.registry.groups[0].name;
        for (size_t i = 1; i <= name.size() && i <= 12; ++i) checkSearch(index, loaded.registry, name.substr(0, i), mode);
    }
    return 0;
}

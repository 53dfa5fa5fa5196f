// What a search hands back besides the hits: "did you mean", totals, and the JSON for the page.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

namespace {

struct Fixture : CommunityIndex {
    std::string suggestions(const std::string& q) {
        std::string out;
        for (const auto& s : index.search(q).didYouMean) out += (out.empty() ? "" : " | ") + s;
        return out;
    }
};

}  // namespace

TEST_SUITE("query: results") {

TEST_CASE_FIXTURE(Fixture, "did you mean: a nearby term in place of the word that found nothing") {
    // "tarcng" is two edits from "tracing": beyond the one typo a six-letter word may carry.
    CHECK(find(index, reg, "tarcng ") == "");
    CHECK(suggestions("tarcng ") == "tracing ");
    CHECK(suggestions("microsoft tarcng") == "microsoft tracing");
    CHECK(suggestions("lead:zeo") == "lead:zoe");
    // Every suggestion finds groups.
    for (const auto& s : index.search("tarcng logging").didYouMean) CHECK(index.search(s).total > 0);
}

TEST_CASE_FIXTURE(Fixture, "did you mean: nothing to offer for gibberish, nor when something was found") {
    CHECK(suggestions("xqzvbt") == "");
    CHECK(suggestions("qqq") == "");
    CHECK(suggestions("zz") == "zh");  // short words: one edit ("zh" is in the id docs-zh)
    CHECK(suggestions("tracing") == "");
    CHECK(suggestions("-tracing ibm") == "");  // IBM's group has no "tracing": found
}

TEST_CASE_FIXTURE(Fixture, "the total counts every match, beyond the returned hits") {
    QueryOptions o;
    o.limit = 1;
    auto r = index.search("google", o);
    CHECK(r.total == 2);
    CHECK(r.hits.size() == 1);
}

TEST_CASE_FIXTURE(Fixture, "resultsToJson: ids, names, scores, spans, facets, messages, suggestions") {
    auto j = nlohmann::json::parse(resultsToJson(index.search("lead:sven colour:red"), reg));
    CHECK(j["total"].get<int>() == 1);
    const auto& hit = j["results"][0];
    CHECK(hit["id"].get<std::string>() == "security");
    CHECK(hit["name"].get<std::string>() == "Security");
    CHECK(hit["index"].get<int>() == 0);
    CHECK(hit["score"].get<double>() > 0);
    CHECK(hit["spans"][0]["field"].get<std::string>() == "leads[0].name");
    CHECK(hit["spans"][0]["begin"].get<int>() == 0);
    CHECK(hit["spans"][0]["end"].get<int>() == 4);
    CHECK(hit["spans"][0]["text"].get<std::string>() == "Sven");
    CHECK(j["facets"]["company"][0]["value"].get<std::string>() == "Google");
    CHECK(j["facets"]["company"][0]["count"].get<int>() == 1);
    CHECK(j["facets"]["company"][0]["selected"].get<bool>() == false);
    CHECK(j["facets"]["kind"].size() == 1);
    CHECK(j["facets"]["day"][0]["value"].get<std::string>() == "wed");
    CHECK(j["facets"]["day"][0]["label"].get<std::string>() == "Wednesday");
    CHECK(j["facets"]["cadence"][0]["value"].get<std::string>() == "weekly");
    CHECK(j["facets"]["daysInViewerZone"].get<bool>() == false);
    CHECK(j["messages"][0]["severity"].get<std::string>() == "warning");
    CHECK(j["messages"][0]["column"].get<int>() == 11);
    CHECK(j["messages"][0]["message"].get<std::string>() == "unknown qualifier \"colour:\"; ignored");
    CHECK(j["didYouMean"].empty());

    auto none = nlohmann::json::parse(resultsToJson(index.search("tarcng "), reg));
    CHECK(none["total"].get<int>() == 0);
    CHECK(none["results"].empty());
    CHECK(none["didYouMean"][0].get<std::string>() == "tracing ");
}

TEST_CASE_FIXTURE(Fixture, "resultsToJson can leave the span text out and indent") {
    JsonOptions o;
    o.withText = false;
    o.indent = 2;
    std::string s = resultsToJson(index.search("sven"), reg, o);
    CHECK(s.find("\n  \"total\"") != std::string::npos);
    CHECK(s.find("\"text\"") == std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "resultsToText: ranked groups with the matches marked, then facets and notes") {
    QueryOptions o;
    o.limit = 1;
    std::string text = resultsToText(index.search("colour:red google secur", o), reg);
    size_t score = text.find("score ");
    REQUIRE(score != std::string::npos);
    text.replace(score + 6, text.find('\n', score) - score - 6, "N");  // the number is ranking's business
    CHECK(text ==
          "1 group matches\n"
          "1. Security (security)  score N\n"
          "     name: [Secur]ity\n"
          "     id: [secur]ity\n"
          "     description: Owns the [secur]ity model: mutual TLS, authorization and certificate rotation.\n"
          "     leads[0].company: [Google]\n"
          "     contacts[0].label: istio-[secur]ity@\n"
          "     contacts[1].label: #[secur]ity\n"
          "\n"
          "company: Google 1, Red Hat 1\n"
          "kind: working-group 1\n"
          "day: Wednesday 1  (each meeting's own time zone)\n"
          "cadence: weekly 1\n"
          "note: column 1: unknown qualifier \"colour:\"; ignored\n");
    CHECK(resultsToText(index.search("tarcng "), reg) == "no group matches\ndid you mean: tracing \n");
    // A long field is cut around its marks.
    TextOptions t;
    t.excerptBytes = 10;
    text = resultsToText(index.search("rotation"), reg, t);
    CHECK(text.find("     description: ...rtificate [rotation].\n") != std::string::npos);
}

TEST_CASE("an index without a registry answers with nothing") {
    SearchIndex empty;
    CHECK(empty.search("anything").total == 0);
    CHECK(empty.groupCount() == 0);
    Registry none;
    SearchIndex index(none);
    auto r = index.search("x");
    CHECK(r.total == 0);
    CHECK(r.hits.empty());
    CHECK(index.search("").total == 0);
}

TEST_CASE("a moved-from index answers like an empty one") {
    Registry reg = community();
    SearchIndex a(reg);
    SearchIndex b(std::move(a));
    CHECK(find(b, reg, "sven") == "security");
    CHECK(a.search("sven").total == 0);  // NOLINT(bugprone-use-after-move): what this test is about
    CHECK(a.spans("sven", 0).empty());
    CHECK(a.groupCount() == 0);
    a.setMeetingFacts({});
    CHECK_FALSE(a.hasMeetingFacts());
}

TEST_CASE("the index is rebuilt for a new registry") {
    Registry a = community();
    SearchIndex index(a);
    CHECK(find(index, a, "sven") == "security");
    Registry b;
    b.groups = {group("new", "Sven's Group")};
    index.build(b);
    CHECK(find(index, b, "sven") == "new");
    CHECK(index.groupCount() == 1);
    CHECK(index.termCount() == 3);  // "svens", "group" and the id "new"
    CHECK(index.memoryBytes() > 0);
}

// The index stores each term's groups as distances from the previous one and its fields in as
// few bytes as it can: groups past 127 and 16,383 take more bytes, and so do fields with a lead's
// place, accents or both. What a user sees of them must not change.
TEST_CASE("groups far apart, many groups, accents and leads' places: found and marked as ever") {
    Registry reg;
    for (uint32_t i = 0; i < 17000; ++i)
        reg.groups.push_back(group("g" + std::to_string(i), "Group " + std::to_string(i), i % 3 ? "" : "Shared."));
    auto at = [&](uint32_t i) -> Group& { return reg.groups[i]; };
    at(130).name = "Zanzibar Ferry";
    at(300).description = "Spice tours on Zanzibar.";
    at(16900).topics = {"zanzibar"};
    at(16500).leads = {lead("Kim Ito"), lead("Zoë Dubois"), lead("Anna Zoe")};  // one term, accented and not
    at(16700).name = "Dubois Studio";
    at(16700).leads = {lead("Zoe Martin"), lead("Paul Dubois")};
    at(200).leads = {lead("Zoe Roux")};
    at(16800).leads = {lead("Zoë Roux")};  // ties would put it first: "group 16800" < "group 200"
    at(10).description = "Crème brûlée.";  // the same: "group 10" < "group 100"
    at(100).description = "Creme brulee.";
    at(1).name = at(400).name = "Lantern Works";  // one group near the start, one far from it
    SearchIndex index(reg);
    // "id: field=marked text ..." for each hit, in rank order.
    auto marked = [&](const std::string& q) {
        std::string out;
        for (const auto& h : index.search(q).hits) {
            const Group& g = reg.groups[h.group];
            out += (out.empty() ? "" : " | ") + g.id + ":";
            for (const auto& s : h.spans)
                out += " " + spanPath(s) + "=" + std::string(spanText(g, s).substr(s.begin, s.end - s.begin));
        }
        return out;
    };
    CHECK(marked("zanzibar ") == "g130: name=Zanzibar | g16900: topics[0]=zanzibar | g300: description=Zanzibar");
    CHECK(index.search("shared ").total == 5666);  // every third group but g300
    CHECK(index.search("group ").total == 16996);  // all but the four renamed
    // One person with both words first, although the other group has "dubois" in its name.
    CHECK(marked("zoe dubois") == "g16500: leads[1].name=Zoë leads[1].name=Dubois leads[2].name=Zoe"
                                  " | g16700: name=Dubois leads[0].name=Zoe leads[1].name=Dubois");
    // Unaccented beats accented for a plain query, and the other way round.
    CHECK(marked("zoe roux") == "g200: leads[0].name=Zoe leads[0].name=Roux"
                                " | g16800: leads[0].name=Zoë leads[0].name=Roux");
    CHECK(marked("zoë roux") == "g16800: leads[0].name=Zoë leads[0].name=Roux"
                                " | g200: leads[0].name=Zoe leads[0].name=Roux");
    CHECK(marked("creme ") == "g100: description=Creme | g10: description=Crème");
    CHECK(marked("crème ") == "g10: description=Crème | g100: description=Creme");
    QueryResult lantern = index.search("lantern ");
    REQUIRE(lantern.hits.size() == 2);
    CHECK(lantern.hits[0].score == lantern.hits[1].score);  // the same name: the same score
    CHECK(marked("lantern ") == "g1: name=Lantern | g400: name=Lantern");
    CHECK(marked("g16999 ") == "g16999: id=g16999");
    CHECK(index.search("z").total == 7);  // the first keystroke's merged list: the seven groups above
    CHECK(index.search("c").total == 2);
}

}  // TEST_SUITE

// Highlighting: each hit carries the byte ranges of its fields that the query matched.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

namespace {

struct Fixture : CommunityIndex {
    // "field[begin,end)=text" for each span of the hit for group `id`.
    std::string spans(const std::string& query, const std::string& id) {
        QueryResult r = index.search(query);
        for (const auto& h : r.hits) {
            const Group& g = reg.groups[h.group];
            if (g.id != id) continue;
            std::string out;
            for (const auto& s : h.spans) {
                std::string_view text = spanText(g, s);
                out += (out.empty() ? "" : " ") + spanPath(s) + "[" + std::to_string(s.begin) + "," +
                       std::to_string(s.end) + ")=" + std::string(text.substr(s.begin, s.end - s.begin));
            }
            return out;
        }
        return "(no hit)";
    }
};

}  // namespace

TEST_SUITE("query: highlight spans") {

TEST_CASE_FIXTURE(Fixture, "a whole word is marked in every field it matches, the id included") {
    CHECK(spans("mesh ", "networking") == "description[44,48)=mesh topics[1][8,12)=mesh");
    // A contact's address is indexed only when it has no label (here it has).
    CHECK(spans("google ", "security") == "leads[0].company[0,6)=Google");
}

TEST_CASE_FIXTURE(Fixture, "a word being typed marks the part typed") {
    CHECK(spans("secur", "security") ==
          "name[0,5)=Secur id[0,5)=secur description[9,14)=secur contacts[0].label[6,11)=secur "
          "contacts[1].label[1,6)=secur");
}

TEST_CASE_FIXTURE(Fixture, "a typo marks the word it matched") {
    CHECK(spans("securty ", "security") ==
          "name[0,8)=Security id[0,8)=security description[9,17)=security contacts[0].label[6,14)=security "
          "contacts[1].label[1,9)=security");
}

TEST_CASE_FIXTURE(Fixture, "offsets are bytes of the original text, accents and all") {
    CHECK(spans("muller", "security") == "leads[0].name[5,12)=Müller");
    CHECK(spans("mül", "security") == "leads[0].name[5,9)=Mül");
    CHECK(spans("soren ", "networking") == "leads[1].name[0,6)=Søren");
    CHECK(spans("zoë", "observability") == "leads[0].name[0,4)=Zoë leads[0].github[0,3)=zoe");
}

TEST_CASE("a typed part ends where its folded form ends in the original spelling") {
    Registry r;
    Group g = group("g", "Straße Team");
    g.leads = {lead("Siobhán O'Brien")};
    r.groups = {g};
    SearchIndex index(r);
    auto spansOf = [&](const std::string& q) {
        std::string out;
        QueryResult res = index.search(q);
        REQUIRE(res.hits.size() == 1);
        for (const auto& s : res.hits[0].spans)
            out += (out.empty() ? "" : " ") + std::string(spanText(r.groups[0], s).substr(s.begin, s.end - s.begin));
        return out;
    };
    CHECK(spansOf("obr") == "O'Br");
    CHECK(spansOf("siobha") == "Siobhá");
    CHECK(spansOf("strass") == "Straß");  // "ß" folds to "ss": the whole letter is marked
}

TEST_CASE_FIXTURE(Fixture, "a field qualifier marks only that field") {
    CHECK(spans("company:google", "security") == "leads[0].company[0,6)=Google");
    CHECK(spans("topic:mtls", "security") == "topics[0][0,4)=mTLS");
    CHECK(spans("lead:sven", "security") == "leads[0].name[0,4)=Sven leads[0].github[0,4)=sven");
}

TEST_CASE_FIXTURE(Fixture, "a phrase is marked where its words stand together") {
    CHECK(spans("\"service mesh\"", "networking") == "description[36,48)=service mesh topics[1][0,12)=service mesh");
    CHECK(spans("\"certificate rotation\"", "security") == "description[55,75)=certificate rotation");
}

TEST_CASE_FIXTURE(Fixture, "excluded words are not marked") {
    CHECK(spans("google -mesh", "security") == spans("google", "security"));
}

TEST_CASE_FIXTURE(Fixture, "CJK: overlapping pairs merge into one span") {
    CHECK(spans("数据", "docs-zh") == "description[9,15)=数据");
    CHECK(spans("大数据平台", "docs-zh") == "description[6,21)=大数据平台");
    CHECK(spans("数", "docs-zh") == "description[9,12)=数");
    CHECK(spans("文档", "docs-zh") == "name[6,12)=文档 description[30,36)=文档");
}

TEST_CASE_FIXTURE(Fixture, "no spans without words, or when not asked for") {
    CHECK(index.search("").hits[0].spans.empty());
    CHECK(index.search("day:wed").hits[0].spans.empty());
    QueryOptions o;
    o.withSpans = false;
    CHECK(index.search("security", o).hits[0].spans.empty());
}

TEST_CASE_FIXTURE(Fixture, "spans of one group on demand, as a list shows it") {
    int security = reg.findGroup("security");
    auto s = index.spans("lead:sven", static_cast<uint32_t>(security));
    REQUIRE(s.size() == 2);
    CHECK(spanPath(s[0]) == "leads[0].name");
    CHECK(s[0].begin == 0);
    CHECK(s[0].end == 4);
    CHECK(spanPath(s[1]) == "leads[0].github");
    CHECK(index.spans("lead:sven", static_cast<uint32_t>(reg.findGroup("networking"))).empty());
    CHECK(index.spans("lead:sven", 999).empty());
}

}  // TEST_SUITE

// Questions typed as questions: "who leads networking" finds the group, because question and
// filler words are optional (they add to the score, filter nothing) when the query has another
// word; written as qualified, quoted or excluded words they keep their meaning.
#include <doctest/doctest.h>

#include <set>

#include "query/parse.h"
#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

namespace {

struct Fixture : CommunityIndex {
    // Which groups are found, whatever their order.
    std::set<std::string> found(const std::string& q) {
        std::set<std::string> out;
        for (const auto& h : index.search(q).hits) out.insert(reg.groups[h.group].id);
        return out;
    }
    using Ids = std::set<std::string>;
    float scoreOf(const std::string& q, const std::string& id) {
        for (const auto& h : index.search(q).hits)
            if (reg.groups[h.group].id == id) return h.score;
        return -1;
    }
    std::string suggestions(const std::string& q) {
        std::string out;
        for (const auto& s : index.search(q).didYouMean) out += (out.empty() ? "" : " | ") + s;
        return out;
    }
    // "field=text" of each span of the hit for group `id`.
    std::string marked(const std::string& q, const std::string& id) {
        for (const auto& h : index.search(q).hits) {
            const Group& g = reg.groups[h.group];
            if (g.id != id) continue;
            std::string out;
            for (const auto& s : h.spans)
                out += (out.empty() ? "" : " ") + spanPath(s) + "=" + std::string(spanText(g, s).substr(s.begin, s.end - s.begin));
            return out;
        }
        return "(no hit)";
    }
};

}  // namespace

TEST_SUITE("query: questions") {

TEST_CASE_FIXTURE(Fixture, "a question finds the group it is about") {
    CHECK(find(index, reg, "who leads networking") == "networking");
    CHECK(find(index, reg, "who leads networking?") == "networking");
    CHECK(find(index, reg, "What is security about?") == "security");
    CHECK(find(index, reg, "when does networking meet") == "networking");
    CHECK(find(index, reg, "who chairs the security group") == "security");
    CHECK(find(index, reg, "where is the observability meeting") == "observability");
    // While the question is typed: a half-typed filler word does not empty the list either.
    CHECK(find(index, reg, "who leads netw") == "networking");
    CHECK(find(index, reg, "networking i") == "networking");
    CHECK(index.search("who leads networking").didYouMean.empty());
}

TEST_CASE_FIXTURE(Fixture, "filler words filter nothing but add to the score where they match") {
    // "mesh" is in both groups' text; only Observability's says "of" ("First Tuesday of the month").
    CHECK(found("mesh of") == found("mesh"));
    CHECK(found("mesh") == Ids{"networking", "observability"});
    CHECK(scoreOf("mesh of", "observability") > scoreOf("mesh", "observability"));
    CHECK(scoreOf("mesh of", "networking") == doctest::Approx(scoreOf("mesh", "networking")));
    // Test and Release says "the" nowhere and is still found.
    CHECK(find(index, reg, "the release") == "test-release");
    CHECK(index.search("the release").total == index.search("release").total);
}

TEST_CASE_FIXTURE(Fixture, "a filler word that matches is highlighted") {
    CHECK(marked("the service mesh", "networking") ==
          "description=the description=service description=mesh topics[1]=service topics[1]=mesh");
    CHECK(marked("who leads release", "test-release") == "name=Release id=release description=Release");
}

TEST_CASE_FIXTURE(Fixture, "qualified, quoted and excluded filler words keep their meaning") {
    CHECK(find(index, reg, "name:the release") == "");        // no group's name has "the"
    CHECK(find(index, reg, "\"the\" release") == "");         // Test and Release never says "the"
    CHECK(find(index, reg, "\"the\" networking") == "networking");
    CHECK(find(index, reg, "-the release") == "test-release");
    CHECK(find(index, reg, "-the networking") == "");         // its description says "the"
    // In an OR, a word as any other.
    CHECK(found("the OR release") == Ids{"legacy-mixer", "networking", "observability", "security", "test-release"});
}

TEST_CASE_FIXTURE(Fixture, "a query of filler words alone searches for them, as before") {
    CHECK(find(index, reg, "who") == "");
    CHECK(find(index, reg, "who ") == "");
    CHECK(found("the") == Ids{"legacy-mixer", "networking", "observability", "security"});
    CHECK(found("the of") == Ids{"observability"});  // "First Tuesday of the month": both must match
    CHECK(found("the -networking") == Ids{"legacy-mixer", "observability", "security"});
    CHECK(find(index, reg, "who has:lead") == "");
    query::ParsedQuery p = query::parseQuery("who");
    REQUIRE(p.clauses.size() == 1);
    CHECK_FALSE(p.clauses[0].optional);
}

TEST_CASE_FIXTURE(Fixture, "the parser marks bare filler words optional, and nothing else") {
    query::ParsedQuery p = query::parseQuery("who leads name:the \"the\" -the networking");
    REQUIRE(p.clauses.size() == 6);
    CHECK(p.clauses[0].optional);         // who
    CHECK(p.clauses[1].optional);         // leads
    CHECK_FALSE(p.clauses[2].optional);   // name:the
    CHECK_FALSE(p.clauses[3].optional);   // "the"
    CHECK_FALSE(p.clauses[4].optional);   // -the
    CHECK_FALSE(p.clauses[5].optional);   // networking
}

TEST_CASE_FIXTURE(Fixture, "did you mean: a question whose subject is misspelled") {
    // "tarcng" is two edits from "tracing"; the question's words are kept as typed.
    CHECK(find(index, reg, "who leads tarcng") == "");
    CHECK(suggestions("who leads tarcng") == "who leads tracing");
}

TEST_CASE_FIXTURE(Fixture, "did you mean: the query without its filler words") {
    // Filler words with nothing but a filter are searched for, and sink the query...
    CHECK(find(index, reg, "who meets day:wed") == "");
    // ...so the query without them is offered, when it finds groups.
    CHECK(suggestions("who meets day:wed") == "day:wed");
    CHECK(index.search("day:wed").total > 0);
    CHECK(suggestions("what is on -security") == "-security");
    CHECK(suggestions("who is") == "");  // nothing would be left
    // Every suggestion finds groups.
    for (const auto& q : {"who meets day:wed", "what is on -security", "who leads tarcng"})
        for (const auto& s : index.search(q).didYouMean) CHECK(index.search(s).total > 0);
}

}  // TEST_SUITE

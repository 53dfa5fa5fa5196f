// People search: a person's first and last name ranks the group that person leads above groups
// where the two names belong to different people, or to other fields.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

namespace {

Registry people() {
    Registry r;
    {
        Group g = group("alpha", "Alpha Tooling", "Build tools.");
        g.leads = {lead("Ann Lee", "Acme", "annl"), lead("Carl Diaz", "Initech")};
        r.groups.push_back(g);
    }
    {
        // Both names, each a different person's; "Lee" also in the name, "Ann" in the description:
        // its fields say more of the words than Alpha's.
        Group g = group("bridges", "Lee Bridges", "Volunteers from Ann Arbor keep the bridges.");
        g.leads = {lead("Ann Park", "Acme", "apark"), lead("Bo Lee", "Globex", "blee")};
        r.groups.push_back(g);
    }
    {
        Group g = group("docs", "Docs", "Ann Lee wrote the first pages.");  // the name, not a lead
        g.leads = {lead("Dan Ray")};
        r.groups.push_back(g);
    }
    {
        Group g = group("canvas", "Zoe Canvas", "Drawing for Dubois Studio.");
        g.leads = {lead("Zoe Martin"), lead("Paul Dubois")};
        r.groups.push_back(g);
    }
    {
        Group g = group("paint", "Paint");
        g.leads = {lead("Kim Ito"), lead("Zoë Dubois")};
        r.groups.push_back(g);
    }
    {
        Group g = group("crowd", "Crowd", "Many leads.");  // the person is its sixth lead
        g.leads = {lead("A One"), lead("B Two"), lead("C Three"), lead("D Four"), lead("E Five"),
                   lead("Maria Okafor")};
        r.groups.push_back(g);
    }
    return r;
}

struct Fixture {
    Registry reg = people();
    SearchIndex index{reg};
    std::string first(const std::string& q) {
        QueryResult r = index.search(q);
        return r.hits.empty() ? "" : reg.groups[r.hits[0].group].id;
    }
};

}  // namespace

TEST_SUITE("query: people") {

TEST_CASE_FIXTURE(Fixture, "one lead with both names ranks first") {
    // Word for word, Bridges says more: "lee" in its name.
    CHECK(first("lee") == "bridges");
    CHECK(find(index, reg, "ann lee") == "alpha bridges docs");
    CHECK(first("lee ann") == "alpha");  // either order
    CHECK(first("Ann Lee") == "alpha");
    CHECK(first("ann lee tooling") == "alpha");
    // Only in a lead's name: a description naming the person does not count as one.
    CHECK(find(index, reg, "name:docs ann lee") == "docs");
}

TEST_CASE_FIXTURE(Fixture, "the same person, with and without accents") {
    CHECK(first("zoe dubois") == "paint");
    CHECK(first("zoë dubois") == "paint");
    CHECK(first("Zoë Dubois ") == "paint");
    CHECK(find(index, reg, "zoe dubois") == "paint canvas");
}

TEST_CASE_FIXTURE(Fixture, "the same person with a typo in one of the names") {
    CHECK(first("ann leee") == "alpha");
    CHECK(first("anne lee") == "alpha");
    CHECK(first("zoe duboiss") == "paint");
    CHECK(first("zoe dubios") == "paint");  // swapped letters
}

TEST_CASE_FIXTURE(Fixture, "while the last name is being typed") {
    CHECK(first("ann le") == "alpha");
    CHECK(first("zoe dub") == "paint");
}

TEST_CASE_FIXTURE(Fixture, "a name and a GitHub handle of one person") {
    CHECK(first("ann annl") == "alpha");
    CHECK(first("bo blee") == "bridges");
}

TEST_CASE_FIXTURE(Fixture, "a lead past the fifth is found, without the bonus") {
    CHECK(find(index, reg, "maria okafor") == "crowd");
}

TEST_CASE_FIXTURE(Fixture, "one name alone ranks as before") {
    // No second word: the score is the word's BM25F score, the same for either spelling.
    QueryResult a = index.search("dubois");
    REQUIRE(a.hits.size() == 2);
    CHECK(reg.groups[a.hits[0].group].id == "canvas");  // also in its description
}

}  // TEST_SUITE

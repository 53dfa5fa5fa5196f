// Ranking: BM25F field weights, exact > prefix > typo, accents, length, stable ties.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

TEST_SUITE("query: ranking") {

TEST_CASE("a match in the name ranks above topics, above leads and companies, above the description") {
    Registry r;
    Group name = group("in-name", "Policy");
    Group topic = group("in-topic", "Alpha");
    topic.topics = {"policy"};
    Group leadName = group("in-lead", "Beta");
    leadName.leads = {lead("Paula Policy")};
    Group company = group("in-company", "Gamma");
    company.leads = {lead("Ann Lee", "Policy")};
    Group description = group("in-description", "Delta", "Writes the policy documents for the project.");
    r.groups = {description, company, leadName, topic, name};
    SearchIndex index(r);
    CHECK(find(index, r, "policy ") == "in-name in-topic in-lead in-company in-description");
}

TEST_CASE("exact beats prefix beats typo") {
    // Names in the opposite order, so that only the match quality can give this ranking.
    Registry r;
    Group typo = group("typo", "Alpha"), prefix = group("prefix", "Beta"), exact = group("exact", "Gamma");
    typo.topics = {"mash"};
    prefix.topics = {"meshes"};
    exact.topics = {"mesh"};
    r.groups = {typo, prefix, exact};
    SearchIndex index(r);
    CHECK(find(index, r, "mesh") == "exact prefix typo");
    // Once the word is complete there are no completions, the typo still counts.
    CHECK(find(index, r, "mesh ") == "exact typo");
}

TEST_CASE("a shorter completion ranks above a longer one") {
    Registry r;
    r.groups = {group("long", "Observatory Operations"), group("a", "Observe"), group("short", "Obs")};
    SearchIndex index(r);
    CHECK(find(index, r, "obs") == "short a long");
}

TEST_CASE("an exact accent match ranks above a folded one") {
    Registry r;
    Group plain = group("plain", "Alpha");
    plain.leads = {lead("Anna Muller")};
    Group accented = group("accented", "Beta");
    accented.leads = {lead("Anna Müller")};
    r.groups = {plain, accented};
    SearchIndex index(r);
    CHECK(find(index, r, "müller") == "accented plain");
    CHECK(find(index, r, "Müller ") == "accented plain");
    CHECK(find(index, r, "MÜL") == "accented plain");  // while typing too
    // Folded: both spellings match; the unaccented one is the exact match.
    Registry r2;
    plain.name = "Zeta";
    r2.groups = {plain, accented};
    SearchIndex index2(r2);
    CHECK(find(index2, r2, "muller") == "plain accented");
}

TEST_CASE("a field that says little else ranks above a long one (length normalisation)") {
    Registry r;
    r.groups = {group("long", "Alpha Trust Architecture Group"), group("short", "Trust")};
    SearchIndex index(r);
    CHECK(find(index, r, "trust ") == "short long");
}

TEST_CASE("rare words count more than common ones") {
    Registry r;
    // "project" is everywhere; "gateway" is rare. A group matching "gateway" in its name ranks
    // above one matching "project" there, when both match both words somewhere.
    Group a = group("common-in-name", "Project Alpha", "Also about the gateway.");
    Group b = group("rare-in-name", "Gateway Beta", "A project group.");
    r.groups = {a, b};
    for (int i = 0; i < 20; ++i) r.groups.push_back(group("filler-" + std::to_string(i), "Project " + std::to_string(i)));
    SearchIndex index(r);
    CHECK(find(index, r, "project gateway ") == "rare-in-name common-in-name");
}

TEST_CASE("a common word two typos away does not drown the near match") {
    // "teesting" is one typo from "testing" and two from "meeting", which every group has.
    Registry r;
    for (int i = 0; i < 12; ++i) {
        Group g = group("g" + std::to_string(i), "Alpha " + std::to_string(i), "Alpha project, alpha team.");
        g.meetings = {meeting("FREQ=WEEKLY;BYDAY=MO", "UTC", "Regular meeting")};
        r.groups.push_back(g);
    }
    Group testing = group("testing", "Alpha Testing", "Tests.");
    testing.meetings = {meeting("FREQ=WEEKLY;BYDAY=MO", "UTC", "Regular meeting")};
    r.groups.push_back(testing);
    for (int i = 0; i < 40; ++i) {  // "alpha" is rarer than "meeting"
        Group g = group("b" + std::to_string(i), "Beta " + std::to_string(i));
        g.meetings = {meeting("FREQ=WEEKLY;BYDAY=MO", "UTC", "Regular meeting")};
        r.groups.push_back(g);
    }
    SearchIndex index(r);
    CHECK(find(index, r, "alpha teesting").substr(0, 7) == "testing");
}

TEST_CASE("equal scores keep a stable order: by name, then id") {
    Registry r;
    r.groups = {group("z", "Zeta Docs"), group("a2", "Alpha Docs"), group("m", "Mu Docs"), group("a1", "Alpha Docs")};
    SearchIndex index(r);
    CHECK(find(index, r, "docs ") == "a1 a2 m z");
    CHECK(find(index, r, "docs") == "a1 a2 m z");
    auto res = index.search("docs ");
    CHECK(res.hits[0].score == doctest::Approx(res.hits[3].score));
}

TEST_CASE("the typed name of a group puts it first among many similar ones") {
    Registry r;
    const char* areas[] = {"Networking", "Security", "Storage", "Release"};
    const char* projects[] = {"Kuvera", "Lomira", "Tesanu", "Kuvara"};
    for (const char* p : projects)
        for (const char* a : areas) {
            Group g = group(std::string(p) + "-" + a, std::string(p) + " " + a + " Working Group",
                            std::string("The ") + a + " group of " + p + ", working with the networking and security groups.");
            r.groups.push_back(g);
        }
    SearchIndex index(r);
    CHECK(find(index, r, "kuvera sec").substr(0, 15) == "Kuvera-Security");
    CHECK(find(index, r, "kuvera storage").substr(0, 14) == "Kuvera-Storage");
    CHECK(find(index, r, "kuvrea storag").substr(0, 14) == "Kuvera-Storage");  // with a typo
    CHECK(find(index, r, "tesanu rel").substr(0, 14) == "Tesanu-Release");
}

TEST_CASE("offset and limit page through the ranking") {
    Registry r;
    for (int i = 0; i < 30; ++i) r.groups.push_back(group("g" + std::to_string(100 + i), "Group " + std::to_string(100 + i)));
    SearchIndex index(r);
    QueryOptions o;
    o.limit = 5;
    auto first = index.search("group", o);
    CHECK(first.total == 30);
    CHECK(ids(first, r) == "g100 g101 g102 g103 g104");
    o.offset = 5;
    CHECK(find(index, r, "group", o) == "g105 g106 g107 g108 g109");
    o.offset = 28;
    CHECK(find(index, r, "group", o) == "g128 g129");
    o.limit = 0;
    o.offset = 0;
    CHECK(index.search("group", o).hits.empty());
    CHECK(index.search("group", o).total == 30);
    // "All the rest", however it is asked for.
    o.limit = SIZE_MAX;
    o.offset = 27;
    CHECK(find(index, r, "group", o) == "g127 g128 g129");
    o.offset = SIZE_MAX;
    CHECK(index.search("group", o).hits.empty());
}

}  // TEST_SUITE

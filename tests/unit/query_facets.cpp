// Facets (company, kind, meeting day, cadence) over the current results, facet selections, and
// the meeting facts the time module supplies in the viewer's zone.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

namespace {

// "label=count" of a facet's values, selected ones marked with '*'.
std::string show(const std::vector<FacetValue>& values) {
    std::string out;
    for (const auto& v : values)
        out += (out.empty() ? "" : " ") + v.label + "=" + std::to_string(v.count) + (v.selected ? "*" : "");
    return out;
}

struct Fixture : CommunityIndex {
    QueryResult run(const std::string& q, FacetSelection sel = {}) {
        QueryOptions o;
        o.facets = std::move(sel);
        return index.search(q, o);
    }
};

}  // namespace

TEST_SUITE("query: facets") {

TEST_CASE_FIXTURE(Fixture, "counts over every group for an empty query") {
    auto r = run("");
    CHECK(show(r.facets.companies) == "Google=2 Huawei=1 IBM=1 Microsoft=1 Red Hat=1 Tetrate=1");
    CHECK(show(r.facets.kinds) == "working-group=3 sig=1 subproject=1 team=1");
    CHECK(show(r.facets.days) == "Monday=1 Tuesday=1 Wednesday=1 Thursday=1");
    CHECK(show(r.facets.cadences) == "weekly=2 biweekly=1 monthly=1");
    CHECK(r.facets.days[0].value == "mon");
}

TEST_CASE_FIXTURE(Fixture, "counts follow the query") {
    auto r = run("google");
    CHECK(show(r.facets.companies) == "Google=2 Red Hat=1 Tetrate=1");
    CHECK(show(r.facets.kinds) == "sig=1 working-group=1");
    CHECK(show(r.facets.days) == "Wednesday=1 Thursday=1");
    CHECK(show(r.facets.cadences) == "biweekly=1 weekly=1");
    CHECK(show(run("xqzvbt").facets.companies) == "");
}

TEST_CASE_FIXTURE(Fixture, "a selection filters; its own facet keeps showing the alternatives") {
    FacetSelection sel;
    sel.companies = {"Google"};
    auto r = run("", sel);
    CHECK(ids(r, reg) == "networking security");
    CHECK(r.total == 2);
    // The company facet is counted without its own selection: the visitor can add IBM.
    CHECK(show(r.facets.companies) == "Google=2* Huawei=1 IBM=1 Microsoft=1 Red Hat=1 Tetrate=1");
    CHECK(show(r.facets.kinds) == "sig=1 working-group=1");
}

TEST_CASE_FIXTURE(Fixture, "values of one facet are alternatives, facets combine with each other and the query") {
    FacetSelection sel;
    sel.companies = {"google", "IBM"};  // case-insensitive
    CHECK(ids(run("", sel), reg) == "networking security test-release");
    sel.kinds = {"sig"};
    auto r = run("", sel);
    CHECK(ids(r, reg) == "networking");
    CHECK(show(r.facets.companies) == "Google=1* Tetrate=1 IBM=0*");
    CHECK(show(r.facets.kinds) == "sig=1* team=1 working-group=1");
    CHECK(ids(run("mtls", sel), reg) == "");
    FacetSelection days;
    days.days = {"wed", "thu"};
    CHECK(ids(run("google", days), reg) == "networking security");
    days.cadences = {"weekly"};
    CHECK(ids(run("google", days), reg) == "security");
}

TEST_CASE_FIXTURE(Fixture, "a selected value no group has stays listed, with no results") {
    FacetSelection sel;
    sel.companies = {"Initech"};
    auto r = run("", sel);
    CHECK(r.total == 0);
    CHECK(show(r.facets.companies).find("Initech=0*") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "facet lists are capped, selected values always kept") {
    QueryOptions o;
    o.maxFacetValues = 2;
    o.facets.companies = {"Tetrate"};
    auto r = index.search("", o);
    CHECK(show(r.facets.companies) == "Google=2 Huawei=1 Tetrate=1*");
}

TEST_CASE_FIXTURE(Fixture, "without meeting facts, days come from the rrules, with a note") {
    auto r = run("day:wed");
    CHECK(ids(r, reg) == "security");
    CHECK_FALSE(r.facets.daysInViewerZone);
    CHECK(messages(r) == "1: day: uses each meeting's own time zone (the viewer's is not known yet)\n");
    CHECK(messages(run("fits:hours google")) == "1: fits:hours needs the viewer's hours; ignored\n");
    CHECK(ids(run("fits:hours google"), reg) == "networking security");
}

TEST_CASE_FIXTURE(Fixture, "meeting facts from the time module replace the rrule's days, cadences and zones") {
    // For a viewer in Tokyo, Wednesday 11:00 in Los Angeles is Thursday.
    std::vector<GroupTimeFacts> facts(reg.groups.size());
    GroupTimeFacts& sec = facts[static_cast<size_t>(reg.findGroup("security"))];
    sec.localDays = 1u << 3;
    sec.cadences = {"weekly"};
    sec.zones = {"America/Los_Angeles"};
    sec.hasMeeting = true;
    sec.fitsHours = true;
    GroupTimeFacts& net = facts[static_cast<size_t>(reg.findGroup("networking"))];
    net.localDays = 1u << 4;
    net.cadences = {"biweekly"};
    net.zones = {"Europe/Berlin"};
    net.hasMeeting = true;
    index.setMeetingFacts(facts);
    CHECK(index.hasMeetingFacts());

    auto r = run("day:thu");
    CHECK(ids(r, reg) == "security");
    CHECK(r.facets.daysInViewerZone);
    CHECK(messages(r) == "");
    CHECK(show(run("").facets.days) == "Thursday=1 Friday=1");
    CHECK(show(run("").facets.cadences) == "biweekly=1 weekly=1");
    CHECK(ids(run("has:meeting"), reg) == "networking security");  // the others have no facts
    CHECK(ids(run("fits:hours"), reg) == "security");
    QueryOptions fits;
    fits.fitsHoursOnly = true;
    CHECK(find(index, reg, "google", fits) == "security");
    CHECK(ids(run("tz:berlin"), reg) == "networking");

    index.clearMeetingFacts();
    CHECK_FALSE(index.hasMeetingFacts());
    CHECK(ids(run("day:wed"), reg) == "security");
}

TEST_CASE_FIXTURE(Fixture, "facets can be skipped when not needed") {
    QueryOptions o;
    o.withFacets = false;
    auto r = index.search("google", o);
    CHECK(r.total == 2);
    CHECK(r.facets.companies.empty());
}

TEST_CASE("counts stay right when most groups match (counted by difference)") {
    Registry r;
    for (int i = 0; i < 40; ++i) {
        Group g = group("g" + std::to_string(i), "Group " + std::to_string(i));
        g.kind = i % 4 == 0 ? "sig" : "working-group";
        g.leads = {lead("Lead " + std::to_string(i), i % 2 ? "Acme" : "Globex")};
        g.meetings = {meeting(i % 3 ? "FREQ=WEEKLY;BYDAY=MO" : "FREQ=MONTHLY;BYDAY=1FR", "UTC")};
        if (i == 7) g.name = "Special";
        r.groups.push_back(g);
    }
    SearchIndex index(r);
    auto all = index.search("");
    CHECK(show(all.facets.companies) == "Acme=20 Globex=20");
    auto most = index.search("name:group");  // 39 of 40
    CHECK(most.total == 39);
    CHECK(show(most.facets.companies) == "Globex=20 Acme=19");
    CHECK(show(most.facets.kinds) == "working-group=29 sig=10");
    CHECK(show(most.facets.days) == "Monday=25 Friday=14");  // group 7 met on Mondays
    CHECK(show(most.facets.cadences) == "weekly=25 monthly=14");
}

}  // TEST_SUITE

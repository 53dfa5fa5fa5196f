// Text, the model's string, and the sharing of repeated values by the loader.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "model/load.h"
#include "model/shared_text.h"

using namespace wgf;

TEST_CASE("Text reads like a const std::string") {
    Text t = std::string("America/Los_Angeles");
    CHECK(t.size() == 19);
    CHECK(t == "America/Los_Angeles");
    CHECK(t == std::string("America/Los_Angeles"));
    CHECK(t == std::string_view("America/Los_Angeles"));
    CHECK(t != "America/New_York");
    CHECK(t < Text("Europe/Berlin"));
    CHECK(t.find('/') == 7);
    CHECK(t.substr(8) == "Los_Angeles");
    CHECK(t.starts_with("America/"));
    CHECK(t.ends_with("Angeles"));
    CHECK(std::string(t.c_str()) == "America/Los_Angeles");  // NUL-terminated
    CHECK("tz: " + t == "tz: America/Los_Angeles");
    std::ostringstream out;
    out << t;
    CHECK(out.str() == "America/Los_Angeles");

    std::map<Text, int> sorted{{"b", 2}, {"a", 1}};
    CHECK(sorted.begin()->first == "a");
}

TEST_CASE("An empty Text holds nothing on the heap and reads as \"\"") {
    Text t;
    CHECK(t.empty());
    CHECK(t.size() == 0);
    CHECK(t.heapBytes() == 0);
    CHECK(std::string(t.c_str()).empty());
    CHECK(t == "");
    t = "x";
    t = "";
    CHECK(t.empty());
    CHECK(t.heapBytes() == 0);
}

TEST_CASE("Copies share the bytes; a change to one leaves the others as they were") {
    Text a = "Ambassador Labs";
    Text b = a;
    CHECK(b.data() == a.data());  // shared, not copied
    b += ", Inc.";
    CHECK(a == "Ambassador Labs");
    CHECK(b == "Ambassador Labs, Inc.");
    Text c = std::move(b);
    CHECK(b.empty());
    CHECK(c == "Ambassador Labs, Inc.");
    const Text& same = a;
    a = same;  // assigned to itself: still there
    CHECK(a == "Ambassador Labs");
    a = a.view().substr(0, 10);  // from a view of its own bytes
    CHECK(a == "Ambassador");
    std::vector<Text> many(1000, c);
    many.clear();
    CHECK(c == "Ambassador Labs, Inc.");
}

TEST_CASE("A TextPool gives equal values one copy, however many values it holds") {
    TextPool pool;
    std::vector<Text> first, second;
    for (int i = 0; i < 5000; ++i) first.push_back(pool.intern("company " + std::to_string(i)));
    for (int i = 0; i < 5000; ++i) second.push_back(pool.intern("company " + std::to_string(i)));
    CHECK(pool.size() == 5000);
    for (int i = 0; i < 5000; ++i) {
        REQUIRE(second[size_t(i)] == "company " + std::to_string(i));
        REQUIRE(second[size_t(i)].data() == first[size_t(i)].data());
    }
    CHECK(pool.intern("").empty());
    CHECK(pool.size() == 5000);
}

TEST_CASE("The loader stores a value repeated across groups once") {
    const char* json = R"J({"version": 1, "title": "T", "groups": [
      {"id": "a", "name": "A", "kind": "sig", "topics": ["Gateway API"],
       "leads": [{"name": "Ann Lee", "company": "Hitachi", "github": "@alee", "role": "chair"}],
       "contacts": [{"kind": "slack", "label": "#general", "url": "https://example.slack.com/a"}],
       "meetings": [{"title": "Regular meeting", "schedule": "Mondays at 10:00 UTC", "rrule": "FREQ=WEEKLY;BYDAY=MO",
                     "time": "10:00", "tz": "Europe/Berlin"}]},
      {"id": "b", "name": "B", "kind": "sig", "topics": ["Gateway API"],
       "leads": [{"name": "Ann Lee", "company": "Hitachi", "github": "alee", "role": "chair"}],
       "contacts": [{"kind": "slack", "label": "#general", "url": "https://example.slack.com/b"}],
       "meetings": [{"title": "Regular meeting", "schedule": "Mondays at 10:00 UTC", "rrule": "FREQ=WEEKLY;BYDAY=MO",
                     "time": "10:00", "tz": "Europe/Berlin"}]}]})J";
    LoadResult r = loadRegistry(json);
    REQUIRE(r.registry.groups.size() == 2);
    const Group &a = r.registry.groups[0], &b = r.registry.groups[1];
    CHECK(a.leads[0].github == "alee");  // the '@' goes before the value is shared
    CHECK(b.kind.data() == a.kind.data());
    CHECK(b.topics[0].data() == a.topics[0].data());
    CHECK(b.leads[0].name.data() == a.leads[0].name.data());
    CHECK(b.leads[0].company.data() == a.leads[0].company.data());
    CHECK(b.leads[0].github.data() == a.leads[0].github.data());
    CHECK(b.leads[0].role.data() == a.leads[0].role.data());
    CHECK(b.contacts[0].kind.data() == a.contacts[0].kind.data());
    CHECK(b.contacts[0].label.data() == a.contacts[0].label.data());
    const Meeting &ma = a.meetings[0], &mb = b.meetings[0];
    for (auto field : {&Meeting::title, &Meeting::schedule, &Meeting::rrule, &Meeting::time, &Meeting::tz})
        CHECK((mb.*field).data() == (ma.*field).data());
    CHECK(b.contacts[0].url != a.contacts[0].url);
    CHECK(b.contacts[0].url == "https://example.slack.com/b");
}

// Each group's JSON is held as a small tree (src/model/load_tree.h) instead of nlohmann's DOM; what
// the loader makes of it is what it made of the DOM: a key given twice keeps its last value,
// unknown fields are reported once each in the order of their keys, and a value spelled out in a
// message is written as nlohmann writes it.
#include <doctest/doctest.h>

#include <string>

#include "model/load.h"

using namespace wgf;

namespace {

LoadResult loadGroup(const std::string& group) { return loadRegistry(R"({"version": 1, "groups": [)" + group + "]}"); }

std::string messages(const LoadResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics) s += d.toString() + "\n";
    return s;
}

}  // namespace

TEST_CASE("tree: a key given twice keeps its last value, in a group and in its lists") {
    auto r = loadGroup(R"({"id": "a", "name": "First", "name": "Second", "leads": [{"name": "X", "name": "Y", "company": 7, "company": "Z"}]})");
    REQUIRE(r.registry.groups.size() == 1);
    CHECK(r.registry.groups[0].name == "Second");
    REQUIRE(r.registry.groups[0].leads.size() == 1);
    CHECK(r.registry.groups[0].leads[0].name == "Y");
    CHECK(r.registry.groups[0].leads[0].company == "Z");
    CHECK(messages(r).empty());
}

TEST_CASE("tree: unknown fields are reported once each, in the order of their keys") {
    auto r = loadGroup(R"({"zz": 1, "id": "a", "aa": 2, "name": "A", "zz": 3, "Zebra": [], "\u00e9t\u00e9": {}})");
    CHECK(messages(r) ==
          "warning: /groups/0/Zebra (group 'a'): unknown field 'Zebra' was ignored\n"
          "warning: /groups/0/aa (group 'a'): unknown field 'aa' was ignored\n"
          "warning: /groups/0/zz (group 'a'): unknown field 'zz' was ignored\n"
          "warning: /groups/0/\xC3\xA9t\xC3\xA9 (group 'a'): unknown field '\xC3\xA9t\xC3\xA9' was ignored\n");
}

TEST_CASE("tree: a value spelled out in a message is written as nlohmann writes it") {
    auto r = loadGroup(R"({"id": "a", "name": "A", "meetings": [{"note": "n", "durationMinutes": {"b": 1, "a": [true, null, 2.5e3, -0, 18446744073709551615]}}]})");
    CHECK(messages(r) == "error: /groups/0/meetings/0/durationMinutes (group 'a'): must be a whole number of minutes from 1 "
                         "to 1440, not {\"a\":[true,null,2500.0,0,18446744073709551615],\"b\":1}\n");
    auto v = loadRegistry(R"({"version": 1.0, "groups": []})");
    CHECK(v.fatal);
    CHECK(messages(v) == "error: /version: this reader understands registry format version 1, not 1.0\n");
}

TEST_CASE("tree: a group's lists, objects and strings are read whatever their size") {
    std::string topics;
    for (int i = 0; i < 3000; ++i) topics += (i ? ", \"t" : "\"t") + std::to_string(i) + "\"";
    auto r = loadGroup(R"({"id": "a", "name": "A", "topics": [)" + topics + R"(], "description": ")" + std::string(60000, 'd') + R"("})");
    REQUIRE(r.registry.groups.size() == 1);
    CHECK(r.registry.groups[0].topics.size() == 1000);  // the list limit
    CHECK(r.registry.groups[0].topics[999] == "t999");
    CHECK(r.registry.groups[0].description.size() == 60000);
}

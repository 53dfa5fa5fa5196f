// The registry loader reads the document as a stream (nlohmann's SAX interface): one group's JSON
// at a time, never the whole document's. These cases pin down that what comes out is what a DOM of
// the whole document gave: the same groups, the same diagnostics in the same order, the same
// places, whatever the order of the top-level fields and wherever the problem is.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "model/load.h"
#include "model/text_source.h"
#include "load_parts.h"

using namespace wgf;

namespace {

std::string groupJson(size_t i) {
    return R"({"id": "g)" + std::to_string(i) + R"(", "name": "Group )" + std::to_string(i) +
           R"(", "topics": ["t)" + std::to_string(i % 7) + R"("], "leads": [{"name": "Lead )" + std::to_string(i) +
           R"("}], "meetings": [{"schedule": "Mondays at 10:00 UTC", "rrule": "FREQ=WEEKLY;BYDAY=MO", "time": "10:00", "tz": "UTC"}]})";
}

// {"version": 1, "groups": [...]} with `n` groups, one per line; `bad` (when < n) replaced by `badJson`.
std::string registryOf(size_t n, size_t bad = SIZE_MAX, const std::string& badJson = "") {
    std::string s = "{\n\"version\": 1,\n\"groups\": [\n";
    for (size_t i = 0; i < n; ++i) {
        if (i) s += ",\n";
        s += i == bad ? badJson : groupJson(i);
    }
    return s + "\n]\n}\n";
}

}  // namespace

TEST_CASE("stream: 20000 groups load whole and in order") {
    auto r = loadRegistry(registryOf(20000));
    CHECK_FALSE(r.fatal);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.registry.groups.size() == 20000);
    CHECK(r.registry.groups.front().id == "g0");
    CHECK(r.registry.groups[12345].id == "g12345");
    CHECK(r.registry.groups[12345].leads.at(0).name == "Lead 12345");
    CHECK(r.registry.groups.back().meetings.at(0).rrule == "FREQ=WEEKLY;BYDAY=MO");
}

TEST_CASE("stream: a bad group in the middle is named by its pointer and id, and the groups after it load") {
    auto r = loadRegistry(registryOf(5000, 2500, R"({"id": "g2500", "name": 42})"));
    CHECK_FALSE(r.fatal);
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].pointer == "/groups/2500/name");
    CHECK(r.diagnostics[0].groupId == "g2500");
    CHECK(r.diagnostics[0].message == "must be a string, not a number");
    CHECK(r.diagnostics[1].pointer == "/groups/2500");
    CHECK(r.diagnostics[1].message == "the group was left out: it needs an id and a name");
    CHECK(r.registry.groups.size() == 4999);
    CHECK(r.registry.groups[2500].id == "g2501");
}

TEST_CASE("stream: a syntax error in a late group names its line and column, and nothing is kept") {
    auto r = loadRegistry(registryOf(3000, 2999, R"({"id": "g2999", "name": "x",})"));
    CHECK(r.fatal);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.registry.groups.empty());
    CHECK(r.diagnostics[0].line == 4 + 2999);  // "{", "version", "groups", then one group a line
    CHECK(r.diagnostics[0].column == 29);
    CHECK(r.diagnostics[0].message.rfind("the registry is not valid JSON: syntax error while parsing object key", 0) == 0);
}

TEST_CASE("stream: a document cut off after some groups is a syntax error and keeps none of them") {
    std::string whole = registryOf(100);
    std::string cut = whole.substr(0, whole.find("{\"id\": \"g60\""));
    auto r = loadRegistry(cut);
    CHECK(r.fatal);
    CHECK(r.registry.groups.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("unexpected end of input") != std::string::npos);
}

TEST_CASE("stream: a number too large in a group is fatal, without a place") {
    auto r = loadRegistry(registryOf(10, 5, R"({"id": "g5", "name": "x", "durationMinutes": 1e400})"));
    CHECK(r.fatal);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 0);
    CHECK(r.diagnostics[0].message == "the registry is not valid JSON: number overflow parsing '1e400'");
}

TEST_CASE("stream: top-level fields written after the groups count as if written before") {
    std::string groups = R"([{"id": "a", "name": "A", "parent": "zz"}, {"id": "b", "name": 5}])";
    auto r = loadRegistry(R"({"groups": )" + groups + R"(, "updated": "soon", "version": 1, "title": "T", "extra": 1})");
    CHECK_FALSE(r.fatal);
    CHECK(r.registry.title == "T");
    // The registry's own fields first, then the groups', then the parents: as the DOM loader said them.
    REQUIRE(r.diagnostics.size() == 5);
    CHECK(r.diagnostics[0].pointer == "/extra");
    CHECK(r.diagnostics[1].pointer == "/updated");
    CHECK(r.diagnostics[2].pointer == "/groups/1/name");
    CHECK(r.diagnostics[3].pointer == "/groups/1");
    CHECK(r.diagnostics[4].message == "parent 'zz' is not a group of this registry");

    // A version this reader does not know, even after the groups: fatal, no group, that one error.
    auto v = loadRegistry(R"({"groups": )" + groups + R"(, "version": 2})");
    CHECK(v.fatal);
    CHECK(v.registry.groups.empty());
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].message == "/version: this reader understands registry format version 1, not 2");
}

TEST_CASE("stream: a second 'groups' replaces the first, as a JSON object's last key does") {
    auto r = loadRegistry(R"({"version": 1, "groups": [{"id": "a", "name": 1}], "groups": [{"id": "b", "name": "B"}]})");
    CHECK_FALSE(r.fatal);
    CHECK(r.diagnostics.empty());  // the first list's bad group is not reported
    REQUIRE(r.registry.groups.size() == 1);
    CHECK(r.registry.groups[0].id == "b");

    auto notList = loadRegistry(R"({"version": 1, "groups": [{"id": "a", "name": "A"}], "groups": {}})");
    CHECK(notList.fatal);
    CHECK(notList.registry.groups.empty());
    REQUIRE(notList.diagnostics.size() == 1);
    CHECK(notList.diagnostics[0].message == "must be a list, not an object");
}

TEST_CASE("stream: groups over the limit are counted to the end but not read") {
    LoadLimits limits;
    limits.maxGroups = 3;
    auto r = loadRegistry(registryOf(10, 6, "[\"not a group\"]"), limits);
    CHECK_FALSE(r.fatal);
    REQUIRE(r.diagnostics.size() == 1);  // nothing about group 6
    CHECK(r.diagnostics[0].pointer == "/groups");
    CHECK(r.diagnostics[0].message == "has 10 groups, more than the limit of 3; the rest were left out");
    CHECK(r.registry.groups.size() == 3);

    // They must still be JSON.
    auto bad = loadRegistry(registryOf(10, 6, "[\"not a group\",]"), limits);
    CHECK(bad.fatal);
    CHECK(bad.registry.groups.empty());
}

TEST_CASE("stream: a document that is not an object is named by its type, once it is known to be JSON") {
    CHECK(loadRegistry(R"([{"id": "a", "name": "A"}])").diagnostics.at(0).message ==
          "the registry must be a JSON object, not an array");
    CHECK(loadRegistry("\"groups\"").diagnostics.at(0).message == "the registry must be a JSON object, not a string");
    auto r = loadRegistry(R"([{"id": "a", "name": "A"},])");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.rfind("the registry is not valid JSON", 0) == 0);
}

// ---- the text in parts (text_source.h): the widget reads the page's copy, a file is read from disk

namespace {

using testing::TextInParts;
const auto outcome = testing::loadOutcome;

std::string fileText(const std::string& relative) {
    std::ifstream in(std::string(WGF_SOURCE_DIR) + "/" + relative, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("parts: a registry read a part at a time loads as the text in one piece, whatever the parts' size") {
    std::vector<std::pair<std::string, std::string>> inputs;
    for (const char* f : {"assets/registries/istio.json", "tests/fixtures/time-registry.json", "tests/fixtures/calendar-registry.json"})
        inputs.emplace_back(f, fileText(f));
    for (const auto& e : std::filesystem::directory_iterator(std::string(WGF_SOURCE_DIR) + "/tests/fuzz/corpus/fuzz_registry_load"))
        inputs.emplace_back(e.path().filename().string(), fileText("tests/fuzz/corpus/fuzz_registry_load/" + e.path().filename().string()));
    // Made so that each part size below cuts them inside a multi-byte character, an escape, a
    // number, a literal and an invalid sequence.
    const std::string names = R"({"version":1,"groups":[{"id":"a","name":"Γιώργος 東京 𝒜 \"q\" \\ \u00e9 \ud835\udc9c","topics":["é","ü"]}]})";
    inputs.emplace_back("multi-byte and escapes", names);
    inputs.emplace_back("invalid UTF-8 late", names.substr(0, 40) + "\xC3(\xE2\x82" + names.substr(40));
    inputs.emplace_back("a cut sequence at the end", names + "\xF0\x9F");
    inputs.emplace_back("too deep", std::string(40, '[') + std::string(40, ']'));
    inputs.emplace_back("too deep after a string", R"({"x":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"[[", "groups":)" + std::string(33, '[') + "]");
    inputs.emplace_back("syntax error late", names.substr(0, names.size() - 3) + ",]}");
    inputs.emplace_back("a huge number", R"({"version":1,"groups":[{"id":"a","name":"A","x":1e400}]})");
    inputs.emplace_back("empty", "");
    inputs.emplace_back("many groups", registryOf(300, 150, R"({"id": 7})"));
    for (const auto& input : inputs) {
        const std::string& name = input.first;  // not a structured binding: CAPTURE takes it by reference
        const std::string& text = input.second;
        const std::string whole = outcome(loadRegistry(text));
        for (size_t size : {1, 2, 3, 4, 5, 7, 64, 4096}) {
            CAPTURE(name);
            CAPTURE(size);
            TextInParts parts(text, size);
            CHECK(outcome(loadRegistry(parts)) == whole);
        }
    }
}

TEST_CASE("parts: the text is read in parts, not gathered into one piece") {
    const std::string text = registryOf(2000);
    TextInParts parts(text, 4096);
    auto r = loadRegistry(parts);
    CHECK_FALSE(r.fatal);
    CHECK(r.registry.groups.size() == 2000);
    // Valid text is read once: the parse checks its UTF-8 and its nesting as it goes.
    const size_t count = (text.size() + 4095) / 4096;
    CHECK(parts.reads == count);
}

TEST_CASE("parts: text that is not plain valid JSON is read again, with the checks in their order") {
    auto messages = [](const LoadResult& r) {
        std::string s = r.fatal ? "fatal" : "usable";
        for (const auto& d : r.diagnostics) s += " | " + d.toString();
        return s;
    };
    LoadLimits four;
    four.maxDepth = 4;
    // {, [, {, [ and an empty [] : the fifth level, even empty, is one too many (column 39).
    const std::string deep = R"({"version":1,"groups":[{"id":"a","x":[[]],"name":"A"}]})";
    CHECK(messages(loadRegistry(deep, four)) == "fatal | error: line 1, column 39: nesting deeper than 4 levels");
    LoadLimits five;
    five.maxDepth = 5;
    CHECK(messages(loadRegistry(deep, five)) ==
          "usable | warning: /groups/0/x (group 'a'): unknown field 'x' was ignored");
    // Too deep first, invalid UTF-8 after it: both are said, the UTF-8 first (it is checked first).
    const std::string deepThenBad = R"({"version":1,"groups":[{"id":"a","x":[[]],"name":"A"}],"title":"caf)" "\xE9" R"("})";
    TextInParts parts(deepThenBad, 4096);
    CHECK(messages(loadRegistry(parts, four)) ==
          "fatal | warning: line 1, column 68: invalid UTF-8 (first at this place) was replaced by \xEF\xBF\xBD"
          " | error: line 1, column 39: nesting deeper than 4 levels");
    CHECK(parts.reads > 1);  // read again from the start
    // Invalid UTF-8 after a NUL byte that ends the value: said too, though the value was read whole
    // (and the bytes not read are counted in the repaired text: the NUL and the replacement's 3).
    const std::string afterNul = std::string(R"({"version":1,"groups":[{"id":"a","name":"A"}]})") + '\0' + "\xFF";
    CHECK(messages(loadRegistry(afterNul)) ==
          "usable | warning: line 1, column 48: invalid UTF-8 (first at this place) was replaced by \xEF\xBF\xBD"
          " | warning: line 1, column 47: the text ends at a NUL byte here; the 4 bytes from it on were not read");
}

TEST_CASE("parts: a file read from disk loads as its text, and a missing one says so") {
    FileText file(std::string(WGF_SOURCE_DIR) + "/assets/registries/istio.json");
    REQUIRE(file.ok());
    CHECK(outcome(loadRegistry(file)) == outcome(loadRegistry(fileText("assets/registries/istio.json"))));
    CHECK_FALSE(FileText(std::string(WGF_SOURCE_DIR) + "/no/such/file.json").ok());
}

TEST_CASE("parts: a file's parts are its bytes in any order (front to back, again from the start, from inside)") {
    const std::string whole = registryOf(2000);
    REQUIRE(whole.size() > 3 * 65536);  // parts are 64 KiB
    const std::string path = (std::filesystem::temp_directory_path() / "wgf-file-parts-test.json").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << whole;
    }
    {
        FileText file(path);
        REQUIRE(file.ok());
        for (size_t offset : {size_t(0), size_t(65536), size_t(0), size_t(100), size_t(65536 + 100), size_t(131072),
                              whole.size() - 1}) {
            CAPTURE(offset);
            std::string_view part = file.part(offset);
            REQUIRE_FALSE(part.empty());
            CHECK(part == std::string_view(whole).substr(offset, part.size()));
        }
        CHECK(file.part(whole.size()).empty());
        CHECK(outcome(loadRegistry(file)) == outcome(loadRegistry(whole)));
    }
    std::filesystem::remove(path);
}

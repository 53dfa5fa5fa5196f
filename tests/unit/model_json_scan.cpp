// The quick JSON reader (src/model/json_scan.h) reads valid text as nlohmann's parser does: the
// same SAX events with the same values, whatever the parts the text comes in. Anything else it
// gives up on, and the loader parses the text again with nlohmann's parser for its message.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "json_events.h"
#include "load_parts.h"
#include "model/json_scan.h"
#include "model/json_text.h"
#include "model/load.h"

using namespace wgf;
using testing::compareJsonReaders;
using testing::TextInParts;

namespace {

std::string sourceText(const std::string& relative) {
    std::ifstream in(std::string(WGF_SOURCE_DIR) + "/" + relative, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Whether the quick reader read `text` to the end; every part size must agree with nlohmann.
bool readQuickly(const std::string& text) {
    bool quick = false;
    TextView whole(text);
    CHECK(compareJsonReaders(whole, &quick) == "");
    for (size_t size : {1, 2, 3, 5, 64}) {
        CAPTURE(size);
        TextInParts parts(text, size);
        bool inParts = false;
        CHECK(compareJsonReaders(parts, &inParts) == "");
        CHECK(inParts == quick);
    }
    return quick;
}

}  // namespace

TEST_CASE("json scan: the registries are read by the quick reader, with nlohmann's events") {
    std::vector<std::string> files = {"assets/registries/istio.json", "tests/fixtures/time-registry.json",
                                      "tests/fixtures/calendar-registry.json"};
    for (const auto& e : std::filesystem::directory_iterator(std::string(WGF_SOURCE_DIR) + "/tests/fuzz/corpus/fuzz_registry_load"))
        files.push_back("tests/fuzz/corpus/fuzz_registry_load/" + e.path().filename().string());
    size_t quick = 0;
    for (const auto& f : files) {
        CAPTURE(f);
        std::string text = sourceText(f);
        REQUIRE_FALSE(text.empty());
        quick += readQuickly(text);
    }
    CHECK(readQuickly(sourceText("assets/registries/istio.json")));
    CHECK(quick >= files.size() - 4);  // the corpus has a few inputs that are not valid JSON on purpose
}

TEST_CASE("json scan: valid values of every kind give nlohmann's events") {
    for (const char* text : {
             R"({"a":1,"b":[true,false,null],"c":{},"d":[],"e":{"f":[[],[{}]]}})",
             " \t\r\n[ 1 , 2 ]\n ", R"("")", "0", "-0", "7", "-7", "3.25", "-0.0", "1e5", "1E+5", "2e-3", "-1.5E-300",
             "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
             "123456789012345678901234567890", "0.1", "1e308", "4.9e-324", "1e-400",
             R"("\"\\\/\b\f\n\r\t")", R"("\u0000\u001f\u00e9\u20AC\uFFFF")", R"("\ud83d\ude00 \uD834\uDD1E")",
             "\"Γιώργος 東京 𝒜 \x7f\"", R"({"key with \" and \u00e9":"v"})", R"({"a":1,"a":2})", R"([[[[[[]]]]]])"}) {
        CAPTURE(text);
        CHECK(readQuickly(text));
    }
}

TEST_CASE("json scan: a NUL byte after the value ends the text, as it does for nlohmann's lexer") {
    CHECK(readQuickly(std::string("[1]\0 what follows is not read", 29)));
    CHECK(readQuickly(std::string("{} \0\0{", 6)));
    CHECK_FALSE(readQuickly(std::string("[\0]", 3)));
    CHECK_FALSE(readQuickly(std::string("{\"a\":\0}", 7)));
    CHECK_FALSE(readQuickly(std::string("\0", 1)));
}

TEST_CASE("json scan: what is not valid JSON is left to nlohmann's parser") {
    for (const std::string& text : std::vector<std::string>{
             "", "   ", "{", "}", "[1,]", R"({"a":1,})", R"({"a" 1})", R"({a:1})", R"({"a":1 "b":2})", "[1 2]",
             "01", "-01", "-", "1.", ".5", "+1", "1e", "1e+", "0x10", "1.5.3", "2a", "NaN", "Infinity",
             "tru", "nul", "falsey", "true false", "[]]", "{}}", R"(["a)", R"("\x")", R"("\u12G4")", R"("\ud83d")",
             R"("\ud83d\u0041")", R"("\ude00")", "\"tab\there\"", "\"line\nbreak\"", std::string("\"nul\0\"", 6),
             "\"\xC0\x80\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\x80\"", "\"\xE2\x82\"", "\"\xF8\x88\x80\x80\x80\"",
             "[\xC3\xA9]", "1e400", "-1e400", "/* comment */ 1"}) {
        CAPTURE(text);
        CHECK_FALSE(readQuickly(text));
    }
    for (const char* text : {"\xEF\xBB{}", "\xEF{}", " \xEF\xBB\xBF{}", "\xEF\xBB\xBF\xEF\xBB\xBF{}", "{}\xEF\xBB\xBF"}) {
        CAPTURE(text);
        CHECK_FALSE(readQuickly(text));  // a byte order mark cut short, after a space, twice, at the end
    }
}

TEST_CASE("json scan: a byte order mark at the start is passed over, as nlohmann's parser does") {
    CHECK(readQuickly("\xEF\xBB\xBF{\"a\":1}"));
    CHECK(readQuickly("\xEF\xBB\xBF [1, 2]"));
}

TEST_CASE("json scan: mutations of a registry (cut, a byte changed) are read alike or left to nlohmann") {
    const std::string text = sourceText("assets/registries/istio.json");
    REQUIRE(text.size() > 1000);
    const char replacements[] = {'"', '\\', ',', ':', '}', ']', '{', '[', 'x', '0', '-', '.', 'e', ' ', '\n', '\x01', '\xC3'};
    size_t quick = 0, tried = 0;
    for (size_t at = 0; at < text.size(); at += 37) {
        std::string cut = text.substr(0, at);
        TextView cutView(cut);
        CHECK(compareJsonReaders(cutView) == "");
        for (char c : replacements) {
            std::string changed = text;
            changed[at] = c;
            TextInParts parts(changed, 1 + at % 11);
            bool read = false;
            CAPTURE(at);
            CAPTURE(c);
            CHECK(compareJsonReaders(parts, &read) == "");
            quick += read;
            ++tried;
        }
    }
    CHECK(quick > tried / 4);  // a changed byte inside a string keeps the text valid
}

TEST_CASE("json scan: the loader's errors are still nlohmann's messages and places; a byte order mark loads") {
    // The loader reads valid text quickly and falls back for errors: the messages with their
    // line and column are nlohmann's, and a byte order mark is passed over.
    auto r = loadRegistry("{\"version\": 1,\n \"groups\": [\n  {\"id\": \"a\", \"name\": \"A\"},\n  {\"id\": \"b\" \"name\": \"B\"}\n]}");
    REQUIRE(r.fatal);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 4);
    CHECK(r.diagnostics[0].column == 19);  // nlohmann names the end of the token it did not expect
    CHECK(r.diagnostics[0].message == "the registry is not valid JSON: syntax error while parsing object - unexpected string literal; expected '}'");
    auto bom = loadRegistry("\xEF\xBB\xBF{\"version\": 1, \"groups\": [{\"id\": \"a\", \"name\": \"A\"}]}");
    CHECK_FALSE(bom.fatal);
    CHECK(bom.registry.groups.size() == 1);
    auto huge = loadRegistry(R"({"version": 1, "groups": [{"id": "a", "name": "A", "x": 1e400}]})");
    REQUIRE(huge.fatal);
    CHECK(huge.diagnostics.at(0).message == "the registry is not valid JSON: number overflow parsing '1e400'");
}

TEST_CASE("json scan: the widget's small documents (parseJson) are read by it into nlohmann's DOM") {
    nlohmann::json j = parseJson(R"({"zone": "Europe/Berlin", "groups": ["a", "b"], "n": -3, "x": 1.5, "on": true, "z": null, "k": 1, "k": 2})");
    REQUIRE(j.is_object());
    CHECK(j == nlohmann::json::parse(R"({"groups": ["a", "b"], "k": 2, "n": -3, "on": true, "x": 1.5, "z": null, "zone": "Europe/Berlin"})"));
    CHECK(j["n"].is_number_integer());
    CHECK(parseJson("\xEF\xBB\xBF[1]") == nlohmann::json::array({1}));
    for (const char* bad : {"", "{", "[1,]", "{\"a\":}", "nul", "1e400", "{} x"}) {
        CAPTURE(bad);
        CHECK(parseJson(bad).is_discarded());
    }
}

TEST_CASE("json scan: the loader says when a NUL byte ends the text early, and where") {
    std::string text = "{\"version\": 1, \"groups\": [{\"id\": \"a\", \"name\": \"A\"}]}\n";
    static const char rest[] = "\0{\"groups\": [{\"id\": \"lost\", \"name\": \"Lost\"}]}";
    text.append(rest, sizeof rest - 1);  // from the NUL byte on: 45 bytes
    auto r = loadRegistry(text);
    CHECK_FALSE(r.fatal);
    CHECK(r.registry.groups.size() == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].line == 2);
    CHECK(r.diagnostics[0].column == 1);
    CHECK(r.diagnostics[0].message == "the text ends at a NUL byte here; the 45 bytes from it on were not read");
    TextInParts parts(text, 5);
    CHECK(testing::loadOutcome(loadRegistry(parts)) == testing::loadOutcome(r));
}

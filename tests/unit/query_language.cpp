// The query language: words, phrases, exclusion, OR, field qualifiers, filters, and what a
// malformed query does (it never fails: a message, and the rest runs).
#include <doctest/doctest.h>

#include <algorithm>

#include "query/parse.h"
#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

namespace {

struct Fixture : CommunityIndex {
    // Ids found, sorted (for the operators the order does not matter here).
    std::string found(const std::string& q) {
        std::vector<std::string> v;
        for (const auto& h : index.search(q).hits) v.push_back(reg.groups[h.group].id);
        std::sort(v.begin(), v.end());
        std::string out;
        for (const auto& id : v) out += (out.empty() ? "" : " ") + id;
        return out;
    }
    std::string messages(const std::string& q) { return testing::messages(index.search(q)); }
};

}  // namespace

TEST_SUITE("query: language") {

TEST_CASE_FIXTURE(Fixture, "an empty query lists every group, in name order") {
    CHECK(find(index, reg, "") ==
          "legacy-mixer networking observability security test-release docs-zh");
    CHECK(find(index, reg, "   ") == find(index, reg, ""));
    CHECK(index.search("").hits[0].score == 0);
}

TEST_CASE_FIXTURE(Fixture, "with no query words the registry's own order can be asked for, a page at a time") {
    QueryOptions o;
    o.browseInRegistryOrder = true;
    std::string all;
    for (const auto& g : reg.groups) all += (all.empty() ? "" : " ") + g.id;
    CHECK(find(index, reg, "", o) == all);
    CHECK(find(index, reg, "-nothing", o) == all);
    o.limit = 2;
    o.offset = 1;
    CHECK(find(index, reg, "", o) == reg.groups[1].id + " " + reg.groups[2].id);
    // Query words rank as always.
    o.offset = 0;
    o.limit = 50;
    CHECK(find(index, reg, "google mesh", o) == find(index, reg, "google mesh"));
}

TEST_CASE_FIXTURE(Fixture, "every word must match: adding a word narrows") {
    CHECK(found("google") == "networking security");
    CHECK(found("google mesh") == "networking");
    CHECK(found("google mesh telemetry") == "");
}

TEST_CASE_FIXTURE(Fixture, "words match case- and accent-insensitively, in any field") {
    CHECK(found("SØREN") == "networking");
    CHECK(found("lukasz") == "test-release");
    CHECK(found("muller") == "security");
    CHECK(found("Müller") == "security");
}

TEST_CASE_FIXTURE(Fixture, "a quoted phrase needs its words together and in order") {
    CHECK(found("service mesh") == "networking observability");
    CHECK(found("\"service mesh\"") == "networking");    // observability has "mesh service"
    CHECK(found("\"mesh service\"") == "observability");
    CHECK(found("\"service mes") == "networking");       // unclosed, last word still a prefix
    CHECK(found("\"certificate rotation\" google") == "security");
    CHECK(found("“service mesh”") == "networking");      // typographic quotes
}

TEST_CASE_FIXTURE(Fixture, "-word and NOT word exclude") {
    CHECK(found("google -mesh") == "security");
    CHECK(found("google NOT mesh") == "security");
    CHECK(found("-google") == "docs-zh legacy-mixer observability test-release");
    CHECK(found("google -\"service mesh\"") == "security");
    // Exclusions match exactly: no prefix, no typo ("-mes" does not exclude "mesh").
    CHECK(found("google -mes") == "networking security");
}

TEST_CASE_FIXTURE(Fixture, "OR accepts either side and binds tighter than AND") {
    CHECK(found("telemetry OR tetrate") == "networking observability");
    CHECK(found("google mesh OR mtls") == "networking security");  // google AND (mesh OR mtls)
    CHECK(found("ibm OR huawei OR microsoft") == "docs-zh observability test-release");
    CHECK(found("google or mesh") == "");  // lower-case "or" is a word
}

TEST_CASE_FIXTURE(Fixture, "field qualifiers restrict a word to one field") {
    CHECK(found("google") == "networking security");
    CHECK(found("name:security") == "security");
    CHECK(found("security") == "security");
    CHECK(found("lead:sven") == "security");
    CHECK(found("lead:svenm") == "security");        // GitHub handle
    CHECK(found("company:google") == "networking security");
    CHECK(found("org:tetrate") == "networking");     // alias
    CHECK(found("company:\"red hat\"") == "security");
    CHECK(found("topic:tracing") == "observability");
    CHECK(found("topic:traffic") == "");                // only in a description
    CHECK(found("contact:slack") == "networking security");
    CHECK(found("contact:istio-observability") == "observability");
    CHECK(found("kind:sig") == "networking");
    CHECK(found("kind:working-group") == "docs-zh observability security");
    CHECK(found("lead: sven") == "security");        // a space after the colon
    CHECK(found("LEAD:Sven") == "security");
    CHECK(found("lead:sven company:google") == "security");
    CHECK(found("lead:goog") == "");                    // a company is not a lead
}

TEST_CASE_FIXTURE(Fixture, "qualified words are typo-tolerant and prefixes too") {
    CHECK(found("company:gogle") == "networking security");
    CHECK(found("lead:sve") == "security");
}

TEST_CASE_FIXTURE(Fixture, "day:, tz:, has: filter by meetings and content") {
    CHECK(found("day:wed") == "security");
    CHECK(found("day:thursday") == "networking");
    CHECK(found("day:mon,tue") == "docs-zh observability");
    CHECK(found("day:weekend") == "");
    CHECK(found("tz:berlin") == "networking");
    CHECK(found("tz:america/los_angeles") == "security");
    CHECK(found("tz:utc") == "observability");
    CHECK(found("has:meeting") == "docs-zh networking observability security");
    CHECK(found("-has:meeting") == "legacy-mixer test-release");
    CHECK(found("has:lead") == "docs-zh networking observability security test-release");
    CHECK(found("-has:lead") == "legacy-mixer");
    CHECK(found("has:contact") == "networking observability security");
    CHECK(found("has:topic google") == "networking security");
    CHECK(found("day:wed OR day:thu") == "networking security");
}

TEST_CASE_FIXTURE(Fixture, "CJK text is found by any two consecutive characters") {
    CHECK(found("数据") == "docs-zh");
    CHECK(found("文档") == "docs-zh");
    CHECK(found("大数据平台") == "docs-zh");
    CHECK(found("数") == "docs-zh");    // one character: a prefix
    CHECK(found("王伟") == "docs-zh");
    CHECK(found("数平") == "");            // not consecutive in the text
}

TEST_CASE_FIXTURE(Fixture, "an unknown qualifier is skipped with a message, the rest runs") {
    CHECK(found("colour:red google") == "networking security");
    CHECK(messages("colour:red google") == "1: unknown qualifier \"colour:\"; ignored\n");
    CHECK(messages("google compny:ibm") ==
          "8: unknown qualifier \"compny:\" (did you mean \"company:\"?); ignored\n");
    // Not qualifiers: links and times are words.
    CHECK(messages("https://istio.io 11:00") == "");
}

TEST_CASE_FIXTURE(Fixture, "bad filter values are skipped with a message") {
    CHECK(found("day:funday google") == "networking security");
    CHECK(messages("day:funday google") == "1: unknown day \"funday\" (use mon..sun, weekday or weekend); ignored\n");
    CHECK(messages("has:cake google") == "1: unknown \"has:cake\" (use has:meeting, has:lead, has:contact, has:topic or has:description); ignored\n");
    CHECK(messages("fits:moon google") == "1: unknown \"fits:moon\" (use fits:hours); ignored\n");
    CHECK(messages("name:!!! google") == "1: \"name:!!!\" has nothing to search for; ignored\n");
}

TEST_CASE_FIXTURE(Fixture, "malformed operators are skipped with a message") {
    CHECK(messages("OR google") == "1: \"OR\" needs a word on each side; ignored\n");
    CHECK(found("OR google") == "networking security");
    CHECK(messages("google OR OR mesh") == "11: \"OR OR\"; the second OR was ignored\n");
    CHECK(found("google OR OR mtls") == "networking security");
    CHECK(messages("- google") == "1: \"-\" needs a word right after it; ignored\n");
    CHECK(messages("\"\" google") == "1: empty quotes; ignored\n");
    CHECK(messages("google NOT OR mesh") == "12: \"OR\" needs a word on each side; ignored\n");
    CHECK(messages("google OR -mesh") ==
          "8: \"OR\" cannot join an exclusion; the exclusion applies to all results\n");
    CHECK(found("google OR -mesh") == "security");
}

TEST_CASE_FIXTURE(Fixture, "what is still being typed at the end is silently used as far as it goes") {
    CHECK(messages("google OR") == "");
    CHECK(found("google OR") == "networking security");
    CHECK(messages("google NOT") == "");
    CHECK(messages("google -") == "");
    CHECK(messages("google lead:") == "");
    CHECK(found("google lead:") == "networking security");
    CHECK(messages("google day:") == "");
    CHECK(messages("google day:t") == "");     // on the way to day:thu
    CHECK(messages("day:t google") == "1: unknown day \"t\" (use mon..sun, weekday or weekend); ignored\n");
    CHECK(messages("google has:mee") == "");
    // A value that no more typing can make valid is reported at once, at the end too.
    CHECK(messages("google day:xyz") == "8: unknown day \"xyz\" (use mon..sun, weekday or weekend); ignored\n");
    const std::string ownZones = "8: day: uses each meeting's own time zone (the viewer's is not known yet)\n";
    CHECK(messages("google day:mon,xyz") ==
          "8: unknown day \"mon,xyz\" (use mon..sun, weekday or weekend); partly used\n" + ownZones);
    CHECK(messages("google day:mon,wedn") == ownZones);  // on the way to wednesday
    CHECK(messages("google has:foo") ==
          "8: unknown \"has:foo\" (use has:meeting, has:lead, has:contact, has:topic or has:description); ignored\n");
    CHECK(messages("\"service mesh") == "");
    CHECK(messages("lead: google") == "");
}

TEST_CASE("the parser: clauses, operands and prefixes") {
    auto p = query::parseQuery("lead:sven \"service mesh\" -archived a OR b secu");
    REQUIRE(p.clauses.size() == 5);
    CHECK(p.clauses[0].anyOf[0].fields == (1u << static_cast<int>(SearchField::Lead)));
    CHECK(p.clauses[1].anyOf[0].kind == query::Operand::Kind::Phrase);
    CHECK(p.clauses[2].negated);
    CHECK(p.clauses[3].anyOf.size() == 2);
    const auto& last = p.clauses[4].anyOf[0].words[0];
    CHECK(last.prefix);
    CHECK(last.maxTypos == 1);
    CHECK(last.begin == 42);
    CHECK(last.end == 46);
    CHECK_FALSE(query::parseQuery("secu ").clauses[0].anyOf[0].words[0].prefix);
    CHECK(query::parseDays("weekday") == 0x1F);
    CHECK(query::parseDays("sun") == 0x40);
}

}  // TEST_SUITE

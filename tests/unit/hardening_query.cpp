// Hardening catalogue, queries: what a visitor types is never an error. Each malformed query gives
// the message the widget shows under the search box (with its 1-based column), the rest of the
// query still runs, and the next query works as before.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "model/load.h"
#include "query/engine.h"
#include "query/parse.h"

using namespace wgf;

namespace {

const char* kRegistry = R"J({"version": 1, "groups": [
  {"id": "networking", "name": "Networking", "topics": ["wasm"], "leads": [{"name": "Ann Lee", "company": "Acme"}]},
  {"id": "security", "name": "Security <b>team</b>", "description": "<script>alert(1)</script>"}]})J";

struct Fixture {
    LoadResult loaded = loadRegistry(kRegistry);
    SearchIndex index{loaded.registry};

    // "column: message" lines of the query's messages, and the ids found.
    std::string messages(const QueryResult& r) {
        std::string s;
        for (const auto& m : r.messages) s += std::to_string(m.column) + ": " + m.message + "\n";
        return s;
    }
    std::string ids(const QueryResult& r) {
        std::string s;
        for (const auto& h : r.hits) s += (s.empty() ? "" : " ") + loaded.registry.groups[h.group].id;
        return s;
    }
    // The query's messages; afterwards a plain query still finds what it always found.
    std::string run(const std::string& q, std::string* found = nullptr) {
        QueryResult r = index.search(q);
        CHECK(nlohmann::json::accept(resultsToJson(r, loaded.registry)));
        if (found) *found = ids(r);
        CHECK(ids(index.search("netw")) == "networking");
        return messages(r);
    }
};

}  // namespace

TEST_SUITE_BEGIN("hardening catalogue: queries");

TEST_CASE_FIXTURE(Fixture, "catalogue 60: an unknown qualifier is skipped, with a suggestion when one is near") {
    std::string found;
    CHECK(run("colour:red netw", &found) == "1: unknown qualifier \"colour:\"; ignored\n");
    CHECK(found == "networking");
    CHECK(run("nme:ann", &found) == "1: unknown qualifier \"nme:\" (did you mean \"name:\"?); ignored\n");
    CHECK(found == "networking security");  // nothing left to search: every group, as for an empty query
}

TEST_CASE_FIXTURE(Fixture, "catalogue 61: filters with values they do not know") {
    CHECK(run("day:someday netw") == "1: unknown day \"someday\" (use mon..sun, weekday or weekend); ignored\n");
    CHECK(run("has:cake netw") ==
          "1: unknown \"has:cake\" (use has:meeting, has:lead, has:contact, has:topic or has:description); ignored\n");
    CHECK(run("fits:moon netw") == "1: unknown \"fits:moon\" (use fits:hours); ignored\n");
}

TEST_CASE_FIXTURE(Fixture, "catalogue 62: dangling and doubled operators") {
    std::string found;
    CHECK(run("netw OR OR wasm", &found) == "9: \"OR OR\"; the second OR was ignored\n");
    CHECK(found == "networking");
    CHECK(run("OR netw") == "1: \"OR\" needs a word on each side; ignored\n");
    CHECK(run("- netw") == "1: \"-\" needs a word right after it; ignored\n");
    CHECK(run("\"\" netw") == "1: empty quotes; ignored\n");
    // Still being typed: used as far as it goes, silently.
    CHECK(run("networking OR", &found) == "");
    CHECK(found == "networking");
    CHECK(run("\"networking", &found) == "");
    CHECK(found == "networking");
}

TEST_CASE_FIXTURE(Fixture, "catalogue 63: a query past 2000 bytes is cut, a megabyte one returns at once") {
    std::string found;
    CHECK(run("netw " + std::string(3000, 'x'), &found) == "2001: the query is too long; the end of it was ignored\n");
    std::string huge;
    while (huge.size() < (1u << 20)) huge += "é OR \"";
    // Only the first 2000 bytes are read, which is what bounds the time (bench/bench_limits.cpp
    // measures it).
    QueryResult r = index.search(huge);
    CHECK(std::any_of(r.messages.begin(), r.messages.end(), [](const Diagnostic& m) {
        return m.message == "the query is too long; the end of it was ignored";
    }));
    CHECK(ids(index.search("netw")) == "networking");
}

TEST_CASE_FIXTURE(Fixture, "catalogue 64: more than 32 words: the first 32 are used") {
    std::string q = "networking";
    for (int i = 0; i < 40; ++i) q += " ann";
    std::string found;
    CHECK(run(q, &found) == "136: too many words; the rest was ignored\n");
    CHECK(found == "networking");
    query::ParsedQuery p = query::parseQuery(q);
    size_t words = 0;
    for (const auto& c : p.clauses)
        for (const auto& o : c.anyOf) words += o.words.size();
    CHECK(words == query::kMaxQueryWords);
}

TEST_CASE_FIXTURE(Fixture, "catalogue 65: invalid UTF-8, NUL and control characters in a query") {
    for (std::string q : {std::string("netw\xFF\xFE"), std::string("ne\0tw", 5), std::string("\x01\x02\x1b[31m"),
                          std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80 netw")}) {
        CAPTURE(q);
        QueryResult r = index.search(q);
        std::string json = resultsToJson(r, loaded.registry);
        CHECK(nlohmann::json::accept(json));
        CHECK(ids(index.search("netw")) == "networking");
    }
}

TEST_CASE_FIXTURE(Fixture, "catalogue 66: markup in a query and in the registry stays text in the results JSON") {
    std::string found;
    CHECK(run("<script>alert(1)</script>", &found) == "");
    CHECK(found == "security");  // the words "script" and "alert" are in the description
    auto j = nlohmann::json::parse(resultsToJson(index.search("secur"), loaded.registry));
    CHECK(j["results"][0]["name"].get<std::string>() == "Security <b>team</b>");
}

TEST_CASE_FIXTURE(Fixture, "catalogue 67: ten thousand different queries in one session") {
    // The per-word caches are bounded: after the first thousand queries (several times the bound)
    // memory never grows past what it reached then, and results equal those at the start.
    // (How fast the queries run is measured by the benchmark, not here.)
    std::string before = ids(index.search("ann"));
    size_t base = index.memoryBytes(), peakEarly = 0, peakLate = 0;
    for (int i = 0; i < 10000; ++i) {
        index.search("w" + std::to_string(i * 7919) + " ne");
        size_t m = index.memoryBytes();
        (i < 1000 ? peakEarly : peakLate) = std::max(i < 1000 ? peakEarly : peakLate, m);
    }
    CHECK(peakEarly > base);  // the caches are counted...
    CHECK(peakLate <= peakEarly);  // ...and do not grow with the length of the session
    CHECK(ids(index.search("ann")) == before);
}

TEST_CASE_FIXTURE(Fixture, "catalogue 68: question and filler words in every position and form") {
    std::string many;
    for (int i = 0; i < 40; ++i) many += "who the ";
    for (std::string q : {many + "networking", many, std::string("who OR the"), std::string("NOT who the"),
                          std::string("-who -the"), std::string("who -networking"), std::string("\"who\" the"),
                          std::string("lead: who the"), std::string("the OR"), std::string("ann lee ann lee"),
                          std::string("the day:"), std::string("-"), std::string("who \"")}) {
        CAPTURE(q);
        std::string found;
        run(q, &found);
        for (const auto& s : index.search(q).didYouMean) CHECK(index.search(s).total > 0);
    }
    std::string found;
    run("who leads networking", &found);
    CHECK(found == "networking");
    run(many + "netw", &found);  // the 32 words are all filler: they are searched for
    CHECK(found == "");
}

TEST_SUITE_END();

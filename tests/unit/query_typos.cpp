// Typo tolerance: edit distance with transpositions, and how many typos a word of each length
// may carry (none for 1-3 characters, one for 4-7, two from 8 on).
#include <doctest/doctest.h>

#include <algorithm>

#include "query/analyze.h"
#include "query/terms.h"
#include "query_fixture.h"

using namespace wgf;
using namespace wgf::testing;

namespace {

int distance(const char32_t* a, const char32_t* b) { return query::editDistance(a, b); }

struct Fixture {
    Registry reg;
    SearchIndex index;
    Fixture() {
        reg.groups = {group("obs", "Observability"), group("sec", "Security"), group("api", "API Machinery"),
                      group("docs", "Docs"), group("net", "Networking")};
        index.build(reg);
    }
    // Found as a complete word (a space after it: no prefix matching).
    std::string word(const std::string& w) { return find(index, reg, w + " "); }
};

}  // namespace

TEST_SUITE("query: typos") {

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
    CHECK(distance(U"security", U"security") == 0);
    CHECK(distance(U"security", U"securty") == 1);     // deletion
    CHECK(distance(U"security", U"securitty") == 1);   // insertion
    CHECK(distance(U"security", U"secirity") == 1);    // substitution
    CHECK(distance(U"security", U"secuirty") == 1);    // two neighbours swapped
    CHECK(distance(U"kitten", U"sitting") == 3);
    CHECK(distance(U"", U"abc") == 3);
    CHECK(distance(U"müller", U"muller") == 1);        // code points, not bytes
}

TEST_CASE("typos allowed by word length") {
    CHECK(query::maxTyposFor(1) == 0);
    CHECK(query::maxTyposFor(3) == 0);
    CHECK(query::maxTyposFor(4) == 1);
    CHECK(query::maxTyposFor(7) == 1);
    CHECK(query::maxTyposFor(8) == 2);
    CHECK(query::maxTyposFor(20) == 2);
}

TEST_CASE_FIXTURE(Fixture, "words of 1-3 characters must be exact") {
    CHECK(word("api") == "api");
    CHECK(word("apu") == "");
    CHECK(word("aip") == "");  // even a swap
}

TEST_CASE_FIXTURE(Fixture, "words of 4-7 characters forgive one typo") {
    CHECK(word("docs") == "docs");
    CHECK(word("dosc") == "docs");      // 4 characters, swapped
    CHECK(word("securty") == "sec");    // 7 characters, one missing
    CHECK(word("secrty") == "");           // two missing
    CHECK(word("dxcx") == "");
}

TEST_CASE_FIXTURE(Fixture, "words of 8 or more characters forgive two typos") {
    CHECK(word("networkign") == "net");    // one swap
    CHECK(word("netwrkng") == "net");      // two missing, 8 characters left
    CHECK(word("obsrvabilty") == "obs");   // two missing
    CHECK(word("obsrvbilty") == "");          // three missing
}

TEST_CASE_FIXTURE(Fixture, "the last word, still being typed, is a prefix and may carry typos too") {
    CHECK(find(index, reg, "obs") == "obs");
    CHECK(find(index, reg, "observ") == "obs");
    CHECK(find(index, reg, "obserc") == "obs");  // a typo in the part typed so far
    CHECK(find(index, reg, "machin") == "api");
    CHECK(find(index, reg, "obz") == "");           // three characters: exact prefix only
}

TEST_CASE_FIXTURE(Fixture, "a word followed by a space is complete: no longer a prefix") {
    CHECK(find(index, reg, "observ") == "obs");
    CHECK(find(index, reg, "observ ") == "");
}

TEST_CASE_FIXTURE(Fixture, "numbers are not typo-tolerant") {
    Registry r;
    r.groups = {group("v128", "Release v1.28"), group("v129", "Release v1.29")};
    SearchIndex idx(r);
    CHECK(find(idx, r, "v1.28 ") == "v128");
}

TEST_CASE("typing keystroke by keystroke finds what the whole query finds at once") {
    // Each keystroke reuses the previous one's matches; the answer must not depend on it.
    Registry reg = community();
    for (const char* name : {"Obsidian", "Observers", "Obscure", "Absorb", "Observatory", "Oberon"})
        reg.groups.push_back(group(std::string("x-") + name, name));
    for (std::string q : {"observabilty", "securrity", "kubernetes", "lead:zoe dubios", "obsreve"}) {
        SearchIndex typed(reg);
        std::string last;
        for (size_t i = 1; i <= q.size(); ++i) last = find(typed, reg, q.substr(0, i));
        SearchIndex fresh(reg);
        CAPTURE(q);
        CHECK(last == find(fresh, reg, q));
        QueryResult a = typed.search(q), b = fresh.search(q);
        REQUIRE(a.hits.size() == b.hits.size());
        for (size_t h = 0; h < a.hits.size(); ++h) CHECK(a.hits[h].score == b.hits[h].score);
    }
}

TEST_CASE("the typo lookup finds exactly the terms within reach, whatever their characters") {
    // Terms that share prefixes of one-, two-, three- and four-byte characters: the lookup walks
    // a trie of code points built from the terms' bytes. Checked against the distance itself.
    std::vector<std::string> words = {"mu", "muller", "mull", "müller", "müll", "münchen", "muñoz", "mü",
                                      "ñandu", "ñu", "数据", "数学", "数据库", "数", "データ", "デー", "𝒳𝒴", "𝒳",
                                      "ωmega", "omega", "ωmegα", "a", "ab", "abc", "abd", "b"};
    std::sort(words.begin(), words.end());
    const std::vector<std::string_view> sorted(words.begin(), words.end());
    query::Dictionary dict;
    dict.assign(sorted);
    dict.buildTrie();
    std::u32string term, typed;
    for (const char* w : {"muler", "müler", "mu", "mün", "数据", "数", "デ", "𝒳", "omegα", "ab", "zzz"}) {
        query::decodeUtf8(w, typed);
        for (bool prefix : {false, true})
            for (int typos : {0, 1, 2}) {
                std::vector<query::TermMatch> found;
                query::matchTerms(dict, typed, prefix, typos, found);
                std::vector<std::string> expected, got;
                for (uint32_t t = 0; t < dict.size(); ++t) {
                    query::decodeUtf8(dict.term(t), term);
                    int d = prefix ? query::prefixEditDistance(term, typed, typos + 1) : query::editDistance(term, typed);
                    if (d <= typos) expected.emplace_back(dict.term(t));
                }
                for (const auto& m : found) got.emplace_back(dict.term(m.term));
                CAPTURE(w);
                CAPTURE(prefix);
                CAPTURE(typos);
                CHECK(got == expected);
            }
    }
}

TEST_CASE("the index build's term table: one id per term, in the order they were met") {
    query::TermTable table;
    bool added = false;
    auto termOf = [](int i) { return (i % 3 ? "term" : "tërm-") + std::to_string(i); };
    for (int i = 0; i < 20000; ++i) {
        REQUIRE(table.intern(termOf(i), added) == uint32_t(i));
        REQUIRE(added);
    }
    for (int i = 19999; i >= 0; --i) {  // met again: the same id, nothing added
        REQUIRE(table.intern(termOf(i), added) == uint32_t(i));
        REQUIRE_FALSE(added);
        REQUIRE(table.term(uint32_t(i)) == termOf(i));
    }
    CHECK(table.size() == 20000);
    CHECK(table.intern("", added) == 20000);  // the empty term is a term like another
    CHECK(added);
    CHECK(table.intern("term1", added) == 1);
}

TEST_CASE_FIXTURE(Fixture, "gibberish finds nothing") {
    CHECK(find(index, reg, "xqzvbt") == "");
    CHECK(find(index, reg, "qwpfkj zzv") == "");
}

}  // TEST_SUITE

// Text analysis: normalisation, case and accent folding, word boundaries, CJK.
#include <doctest/doctest.h>

#include "query/analyze.h"

using namespace wgf::query;

namespace {

// The folded tokens, space-separated.
std::string folded(std::string_view text) {
    std::string out;
    for (const auto& t : tokenize(text)) out += (out.empty() ? "" : " ") + t.folded;
    return out;
}

}  // namespace

TEST_SUITE("query: text analysis") {

TEST_CASE("case is folded with Unicode rules, not just ASCII") {
    CHECK(folded("ISTIO Security") == "istio security");
    CHECK(folded("Straße") == "strasse");
    CHECK(folded("ΣΟΦΙΑ") == "σοφια");
}

TEST_CASE("diacritics are folded for matching, the accented spelling is kept") {
    auto t = tokenize("Müller");
    REQUIRE(t.size() == 1);
    CHECK(t[0].folded == "muller");
    CHECK(t[0].exact == "müller");
    CHECK(folded("François Çağla Zoë") == "francois cagla zoe");
    CHECK(folded("Ελληνική") == "ελληνικη");
    // Letters that Unicode does not decompose are folded as people type them.
    CHECK(folded("Søren Łukasz Æsir") == "soren lukasz aesir");
}

TEST_CASE("decomposed and precomposed accents are the same word") {
    CHECK(folded("Mu\xCC\x88ller") == folded("Müller"));  // u + combining diaeresis
    CHECK(tokenize("Mu\xCC\x88ller")[0].exact == "müller");
}

TEST_CASE("compatibility forms are normalised: full width, ligatures") {
    CHECK(folded("Ｉｓｔｉｏ") == "istio");
    CHECK(folded("ﬁle") == "file");
}

TEST_CASE("marks that change the letter are kept outside Latin, Greek and Cyrillic") {
    auto hindi = tokenize("हिन्दी");
    REQUIRE(hindi.size() == 1);
    CHECK(hindi[0].folded == hindi[0].exact);
    // A dakuten makes a different kana: ガ is not カ.
    auto kana = tokenize("ガイド");
    REQUIRE_FALSE(kana.empty());
    CHECK(kana[0].folded.substr(0, 3) == "ガ");
}

TEST_CASE("words are split at punctuation, symbols and spaces") {
    CHECK(folded("istio-security@lists.istio.io") == "istio security lists istio io");
    CHECK(folded("foo_bar/baz (qux)") == "foo bar baz qux");
    CHECK(folded("#security, mTLS!") == "security mtls");
    CHECK(folded("  ") == "");
}

TEST_CASE("an apostrophe inside a word joins it and is dropped") {
    CHECK(folded("O'Brien") == "obrien");
    CHECK(folded("O\xE2\x80\x99" "Brien") == "obrien");  // typographic apostrophe
    CHECK(folded("'quoted'") == "quoted");
}

TEST_CASE("numbers keep their decimal point, versions stay one word") {
    CHECK(folded("v1.28 and 2,5") == "v1.28 and 2,5");
    CHECK(folded("end. Next") == "end next");
}

TEST_CASE("tokens carry byte offsets into the original text") {
    auto t = tokenize("Zoë  Müller-Lüdenscheidt");
    REQUIRE(t.size() == 3);
    CHECK(t[0].begin == 0);
    CHECK(t[0].end == 4);  // "Zoë" is 4 bytes
    CHECK(t[1].begin == 6);
    CHECK(t[1].end == 13);
    CHECK(t[2].begin == 14);
    CHECK(t[2].end == 27);
}

TEST_CASE("CJK runs become overlapping pairs plus the last character") {
    CHECK(folded("大数据平台") == "大数 数据 据平 平台 台");
    CHECK(folded("Kubernetes中文文档") == "kubernetes 中文 文文 文档 档");
    CHECK(folded("한국어 번역") == "한국 국어 어 번역 역");
    CHECK(folded("安") == "安");
    auto t = tokenize("大数据");
    REQUIRE(t.size() == 3);
    CHECK(t[0].cjk);
    CHECK(t[0].begin == 0);
    CHECK(t[0].end == 6);
    CHECK(t[2].begin == 6);
    CHECK(t[2].end == 9);
}

TEST_CASE("invalid UTF-8 separates words and never throws") {
    CHECK(folded("abc\xFF" "def") == "abc def");
    CHECK(folded("\xC3") == "");
    CHECK(folded("x\xE2\x82") == "x");
}

TEST_CASE("very long words are cut to a fixed number of characters") {
    std::string longWord(200, 'a');
    auto t = tokenize(longWord);
    REQUIRE(t.size() == 1);
    CHECK(t[0].folded.size() == kMaxTokenCodePoints);
    CHECK(t[0].end == 200);
}

TEST_CASE("fold() normalises a whole value for comparison") {
    CHECK(fold("  Red   Hat ") == "red hat");
    CHECK(fold("Technische Universität München") == "technische universitat munchen");
    CHECK(fold("") == "");
}

}  // TEST_SUITE

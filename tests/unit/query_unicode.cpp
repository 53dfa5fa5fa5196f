// The compact Unicode tables (src/unicode/tables.cpp) against utf8proc itself
// (src/unicode/library.cpp): whichever the build uses, search must normalise text exactly as
// utf8proc does. Both implementations are linked into this test, in the native and the wasm build.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "query/analyze.h"
#include "unicode/unicode.h"

using namespace wgf;

namespace {

constexpr int32_t kLast = 0x10FFFF;
bool isSurrogate(int32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

std::string hex(int32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}
std::string hex(const std::vector<int32_t>& cps) {
    std::string out;
    for (int32_t c : cps) {
        if (!out.empty()) out += ' ';
        out += hex(c);
    }
    return out;
}

// Collects what differs, so that one failure names the first few instead of a million checks.
struct Differences {
    std::vector<std::string> seen;
    size_t count = 0;
    void add(std::string what) {
        if (++count <= 10) seen.push_back(std::move(what));
    }
    std::string report() const {
        std::string out = std::to_string(count) + " differ";
        for (const auto& s : seen) out += "\n  " + s;
        return out;
    }
};

std::string utf8(const std::vector<int32_t>& cps) {
    std::string out;
    for (int32_t c : cps) unicode::appendUtf8(out, c);
    return out;
}

// Search's normalisation of `text` with each implementation, for tokens (accents folded,
// apostrophes dropped), for CJK (neither) and for fold() (accents only).
void compareNormalization(const std::string& text, Differences& diff) {
    const bool flags[][2] = {{true, true}, {false, false}, {true, false}};
    for (auto [foldAccents, dropApostrophes] : flags) {
        std::string le, lf, te, tf;
        query::detail::normalizeWith(unicode::library::kImplementation, text, le, lf, foldAccents,
                                     dropApostrophes);
        query::detail::normalizeWith(unicode::tables::kImplementation, text, te, tf, foldAccents,
                                     dropApostrophes);
        if (le != te || lf != tf)
            diff.add("\"" + text + "\": utf8proc \"" + le + "\"/\"" + lf + "\", tables \"" + te +
                     "\"/\"" + tf + "\"");
    }
}

std::vector<int32_t> composeWith(size_t (*compose)(int32_t*, size_t), std::vector<int32_t> cps) {
    cps.resize(compose(cps.data(), cps.size()));
    return cps;
}

void compareComposition(const std::vector<int32_t>& cps, Differences& diff) {
    auto l = composeWith(unicode::library::compose, cps);
    auto t = composeWith(unicode::tables::compose, cps);
    if (l != t) diff.add(hex(cps) + ": utf8proc " + hex(l) + ", tables " + hex(t));
}

// Lines of the project's registries and fixtures, and of the benchmark's multilingual corpus:
// real group, place and person names.
std::vector<std::string> realNames() {
    const char* files[] = {
        "assets/registries/istio.json", "assets/registries/istio-WORKING-GROUPS.md",
        "tests/fixtures/calendar-registry.json", "tests/fixtures/time-registry.json",
        "tests/fixtures/import/cncf-toc/tags.yaml", "tests/fixtures/import/layouts/istio-leads-table.md",
        "tests/fixtures/import/layouts/k8s-sig-list.md", "bench/corpus.cpp",
        "tests/unit/query_analysis.cpp", "tests/unit/query_spans.cpp",
    };
    std::vector<std::string> lines;
    for (const char* f : files) {
        std::ifstream in(std::string(WGF_SOURCE_DIR) + "/" + f, std::ios::binary);
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    return lines;
}

// A small deterministic generator (the same strings natively and in wasm).
struct Random {
    uint64_t state = 0x9E3779B97F4A7C15ull;
    uint32_t next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<uint32_t>(state >> 33);
    }
};

}  // namespace

TEST_SUITE("unicode: the compact tables are utf8proc") {

TEST_CASE("every code point has the same kind and combining class") {
    Differences diff;
    for (int32_t c = 0; c <= kLast; ++c) {
        if (isSurrogate(c)) continue;
        if (unicode::library::kind(c) != unicode::tables::kind(c))
            diff.add(hex(c) + " kind " + std::to_string(int(unicode::library::kind(c))) + " vs " +
                     std::to_string(int(unicode::tables::kind(c))));
        if (unicode::library::combiningClass(c) != unicode::tables::combiningClass(c))
            diff.add(hex(c) + " combining class " + std::to_string(unicode::library::combiningClass(c)) +
                     " vs " + std::to_string(unicode::tables::combiningClass(c)));
    }
    INFO(diff.report());
    CHECK(diff.count == 0);
}

TEST_CASE("every code point decomposes the same: compatibility, case folding, LUMP, ignorables") {
    Differences diff;
    size_t longest = 0, removed = 0;
    std::vector<int32_t> l, t;
    for (int32_t c = 0; c <= kLast; ++c) {
        if (isSurrogate(c)) continue;
        l.clear();
        t.clear();
        size_t nl = unicode::library::decomposeChar(c, l);
        size_t nt = unicode::tables::decomposeChar(c, t);
        if (l != t || nl != nt) diff.add(hex(c) + ": utf8proc " + hex(l) + ", tables " + hex(t));
        longest = std::max(longest, l.size());
        removed += l.empty();
    }
    INFO(diff.report());
    CHECK(diff.count == 0);
    CHECK(longest == unicode::kMaxDecomposition);
    CHECK(removed > 400);  // the ignorables utf8proc knows (U+00AD, U+200B, tags...) map to nothing
}

TEST_CASE("every pair of characters composes the same, Hangul included") {
    Differences diff;
    auto candidates = unicode::library::compositionCandidates();
    REQUIRE(candidates.size() > 1000);
    size_t composed = 0;
    for (int32_t a : candidates)
        for (int32_t b : candidates) {
            int32_t l[2] = {a, b}, t[2] = {a, b};
            size_t nl = unicode::library::compose(l, 2), nt = unicode::tables::compose(t, 2);
            if (nl != nt || !std::equal(l, l + nl, t)) compareComposition({a, b}, diff);
            composed += nl == 1;
        }
    CHECK(composed > 900);  // é, ǖ, ộ, ά, й, が...
    // Hangul: every leading consonant with every vowel, every LV syllable with every trailing
    // consonant (and U+11A7, the index 0 that utf8proc takes too).
    for (int32_t l = 0x1100; l < 0x1100 + 19; ++l)
        for (int32_t v = 0x1161; v < 0x1161 + 21; ++v) compareComposition({l, v}, diff);
    for (int32_t lv = 0xAC00; lv <= 0xD7A3; lv += 28)
        for (int32_t t = 0x11A7; t < 0x11A7 + 28; ++t) compareComposition({lv, t}, diff);
    INFO(diff.report());
    CHECK(diff.count == 0);
}

TEST_CASE("marks given in any order are put in canonical order and composed the same") {
    // Combining classes 1 (overlay), 202 (cedilla), 216 (horn), 220 (dot below), 230 (acute,
    // circumflex, diaeresis), 232, 240 (ypogegrammeni), 10 and 14 (Hebrew points), and a vowel
    // sign of class 0 (U+093F) that blocks what follows it.
    const int32_t marks[] = {0x0334, 0x0327, 0x031B, 0x0323, 0x0301, 0x0302, 0x0308, 0x0315,
                             0x0345, 0x093F, 0x05B0, 0x05B4};
    const int32_t bases[] = {'a', 'E', 'o', 'u', 0x03B1, 0x03C9, 0x0438, 0x05D0, 0x0915, 0x1100, 0xAC00};
    Differences diff;
    size_t strings = 0;
    for (int32_t base : bases)
        for (int32_t m1 : marks)
            for (int32_t m2 : marks)
                for (int32_t m3 : marks) {
                    std::vector<int32_t> cps = {base, m1, m2, m3};
                    std::vector<int32_t> l, t;
                    std::string text = utf8(cps);
                    bool okL = unicode::library::decompose(text, l);
                    bool okT = unicode::tables::decompose(text, t);
                    if (okL != okT || l != t)
                        diff.add(hex(cps) + " decomposed: utf8proc " + hex(l) + ", tables " + hex(t));
                    compareComposition(l, diff);
                    compareNormalization(text, diff);
                    ++strings;
                }
    CHECK(strings == 11 * 12 * 12 * 12);
    INFO(diff.report());
    CHECK(diff.count == 0);
}

TEST_CASE("search normalises every code point the same, among its neighbours") {
    // Runs of 8 consecutive code points: each one with the ones around it, composing or not.
    Differences diff;
    std::vector<int32_t> run;
    for (int32_t c = 0x80; c <= kLast; ++c) {
        if (isSurrogate(c)) continue;
        run.push_back(c);
        if (run.size() == 8 || c == kLast) {
            compareNormalization(utf8(run), diff);
            run.clear();
        }
    }
    INFO(diff.report());
    CHECK(diff.count == 0);
}

TEST_CASE("search normalises real names and random strings the same") {
    Differences diff;
    auto names = realNames();
    REQUIRE(names.size() > 500);
    for (const auto& line : names) {
        compareNormalization(line, diff);
        std::istringstream words(line);
        for (std::string w; words >> w;) compareNormalization(w, diff);
    }
    // Random strings of letters, marks, jamo and look-alikes: the characters that decompose,
    // compose or reorder, in combinations no registry has yet.
    auto alphabet = unicode::library::compositionCandidates();
    for (int32_t c : std::initializer_list<int32_t>{0x1100, 0x1161, 0x11A7, 0x11A8, 0xAC00, 0xAC01, 0x00AD, 0x200B, 0x2019,
                      0xFB01, 0xFF21, 0x2160, 0x00BD, 0x1E9E, 0x0130, 0x03A3, 0x0345, 'A', 'z', '\''})
        alphabet.push_back(c);
    Random random;
    for (int i = 0; i < 20000; ++i) {
        std::vector<int32_t> cps(1 + random.next() % 8);
        for (auto& c : cps) c = alphabet[random.next() % alphabet.size()];
        compareNormalization(utf8(cps), diff);
        compareComposition(cps, diff);
    }
    INFO(diff.report());
    CHECK(diff.count == 0);
}

TEST_CASE("invalid UTF-8 is refused by both and kept as it is by search") {
    for (std::string bad : {"\xC3", "a\xFF" "b", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80"}) {
        std::vector<int32_t> out;
        CHECK_FALSE(unicode::library::decompose(bad, out));
        CHECK_FALSE(unicode::tables::decompose(bad, out));
        Differences diff;
        compareNormalization(bad, diff);
        CHECK(diff.count == 0);
        std::string exact, folded;
        query::detail::normalizeWith(unicode::tables::kImplementation, bad, exact, folded, true, true);
        CHECK(exact == bad);
        CHECK(folded == bad);
    }
}

}  // TEST_SUITE

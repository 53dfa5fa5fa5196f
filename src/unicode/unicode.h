// wgfinder unicode: the Unicode data the query engine's text analysis needs, and nothing more.
//
// Search normalises text as utf8proc does with NFKC, case folding, LUMP and IGNORE
// (src/query/analyze.cpp). utf8proc is the single source of truth, in two implementations with
// the same behaviour, picked at build time:
//   library  calls utf8proc (the native command-line tool and tests);
//   tables   reads compact tables generated from utf8proc by src/unicode/generate.cpp
//            (the widget's wasm: utf8proc's own tables are about a third of it).
// tests/unit/unicode_tables.cpp compares the two on every code point and on real names.
//
// [SECTION] what a character is to search      Kind
// [SECTION] the operations of the build         kind, combiningClass, decompose, compose...
// [SECTION] both implementations                unicode::library, unicode::tables
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wgf::unicode {

// ---- [SECTION] what a character is to search ----------------------------------------------------

// The general categories grouped as the text analysis tells them apart.
enum class Kind : uint8_t {
    Other,           // punctuation, symbols, controls, format, unassigned, line separators
    Letter,          // L* and the non-decimal numbers Nl, No (Ⅻ, ½), which are words too
    Digit,           // Nd
    SpacingMark,     // Mc: a vowel sign that changes the letter
    NonspacingMark,  // Mn, Me: an accent (foldable on Latin, Greek, Cyrillic)
    Space,           // Zs
};
constexpr int kKindCount = 6;

// The longest decomposition of one code point (U+FDFA, under compatibility decomposition).
constexpr size_t kMaxDecomposition = 18;

// The implementations below, each in its own namespace, declare these same functions.
#define WGF_UNICODE_OPERATIONS                                                                    \
    /* Kind of code point `c` (0..0x10FFFF). */                                                   \
    Kind kind(int32_t c);                                                                         \
    /* Canonical combining class of `c` (0 for a starter). */                                     \
    int combiningClass(int32_t c);                                                                \
    /* Appends what `c` becomes under search's decomposition: compatibility decomposition, case   \
       folding, LUMP (look-alike punctuation), default ignorables dropped; returns the count      \
       appended (0 to kMaxDecomposition). Not reordered: see decompose(). */                      \
    size_t decomposeChar(int32_t c, std::vector<int32_t>& out);                                   \
    /* `utf8` decomposed as above into `out` (replaced) in canonical order; false, with `out`     \
       unspecified, when `utf8` is not valid UTF-8. */                                            \
    bool decompose(std::string_view utf8, std::vector<int32_t>& out);                             \
    /* Canonical composition of `cps[0..n)` in place (NFC's second half, composition exclusions   \
       respected); returns the new length. */                                                     \
    size_t compose(int32_t* cps, size_t n);

// What text analysis calls, as values: code that runs with either implementation takes one (the
// tests run the query engine's normalisation with both and compare).
struct Implementation {
    Kind (*kind)(int32_t c);
    bool (*decompose)(std::string_view utf8, std::vector<int32_t>& out);
    size_t (*compose)(int32_t* cps, size_t n);
};

namespace library {
WGF_UNICODE_OPERATIONS
extern const Implementation kImplementation;
// Every code point that can be one of a composition's pair (Hangul aside): those with a canonical
// decomposition and those in one, as a composite decomposes into its pair's decompositions.
// Trying every pair of these finds all compositions (generate.cpp, and the tests).
std::vector<int32_t> compositionCandidates();
}  // namespace library

namespace tables {
WGF_UNICODE_OPERATIONS
extern const Implementation kImplementation;
}  // namespace tables

#undef WGF_UNICODE_OPERATIONS

// ---- [SECTION] the operations of the build ------------------------------------------------------

// WGF_UNICODE_TABLES is defined for the widget's wasm (CMakeLists.txt).
#ifdef WGF_UNICODE_TABLES
namespace active = tables;
#else
namespace active = library;
#endif

inline Kind kind(int32_t c) { return active::kind(c); }
inline int combiningClass(int32_t c) { return active::combiningClass(c); }
inline bool decompose(std::string_view utf8, std::vector<int32_t>& out) {
    return active::decompose(utf8, out);
}
inline size_t compose(int32_t* cps, size_t n) { return active::compose(cps, n); }

// Appends code point `c` to `out` as UTF-8 (no tables: the same in both implementations).
void appendUtf8(std::string& out, int32_t c);

}  // namespace wgf::unicode

// wgfinder query engine: text analysis, shared by the index and the query parser.
//
// Text -> tokens. Both sides of a search go through the same steps, so a query matches the index
// exactly when their tokens are equal:
//   1. Unicode normalisation (NFKC: full-width letters, ligatures), case folding and "lumping" of
//      look-alike punctuation, all as utf8proc does them (src/unicode/unicode.h).
//   2. Words are split at Unicode word boundaries: a word is a run of letters, marks and digits.
//      An apostrophe between letters joins them and is dropped ("O'Brien" -> "obrien", as people
//      type it); '.' or ',' between digits joins them ("1.2"); everything else separates,
//      including '-', '_', '.', '@' and '/', so "istio-security@" gives "istio", "security".
//   3. Diacritics are folded for matching ("Müller" -> "muller") while the accented spelling is
//      kept too, so an exact accent match can rank above a folded one. Only marks on Latin, Greek
//      and Cyrillic letters are folded: a Devanagari vowel sign or a Japanese dakuten changes the
//      letter, not its accent, and is kept.
//   4. Han, Hiragana, Katakana and Hangul runs, which are not separated by spaces, are indexed as
//      overlapping two-character tokens plus the run's last character alone, so any two
//      consecutive characters of the text find it ("数据" finds "大数据平台") and a single character
//      typed as a prefix finds every occurrence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "unicode/unicode.h"

namespace wgf::query {

// Longer words are cut to this many characters (both in the index and in queries).
constexpr size_t kMaxTokenCodePoints = 64;

struct Token {
    uint32_t begin = 0;  // byte range of the token in the analysed text
    uint32_t end = 0;
    std::string folded;  // what is matched: normalised, case- and accent-folded ("muller")
    std::string exact;   // normalised and case-folded, accents kept ("müller")
    bool cjk = false;    // a CJK bigram or single character (never typo-tolerant)
};

// Tokens of `text` in order. Invalid UTF-8 bytes separate words and are otherwise ignored.
std::vector<Token> tokenize(std::string_view text);

// Calls `fn(const Token&)` for each token without building the vector (the index uses this).
// The token's strings are reused between calls: copy what you keep.
template <class Fn>
void forEachToken(std::string_view text, Fn&& fn);

// Normalised, case- and accent-folded form of a whole string, ignoring word boundaries:
// fold("Müller-Lüdenscheidt") == "muller-ludenscheidt". Used for facet keys and qualifier values.
std::string fold(std::string_view text);

// Bytes of `original` (one token's text) needed for its folded form to reach `foldedBytes`
// bytes: where a typed prefix ends in the original spelling ("mül" of "Müller" for "mul").
size_t foldedPrefixBytes(std::string_view original, size_t foldedBytes);

// Number of code points of a UTF-8 string (invalid bytes count one each).
size_t codePointCount(std::string_view utf8);

// Decodes UTF-8 into code points (invalid bytes become U+FFFD), and back.
void decodeUtf8(std::string_view utf8, std::u32string& out);
void encodeUtf8(std::u32string_view cps, std::string& out);

// ---- implementation details --------------------------------------------------------------------
namespace detail {
// The normalisation of every token: `raw` into `exact` (NFKC + case fold) and `folded` (also
// accents folded when `foldAccents`); `dropApostrophes` removes U+0027 (and what LUMP maps to
// it). Invalid UTF-8 is kept as it is. With the Unicode implementation given: the tests compare
// the two.
void normalizeWith(const unicode::Implementation& unicode, std::string_view raw, std::string& exact,
                   std::string& folded, bool foldAccents, bool dropApostrophes);
}  // namespace detail

// ---- implementation detail of forEachToken ------------------------------------------------------
class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : text_(text) {}
    // Fills `token` with the next token; false at the end of the text.
    bool next(Token& token);

private:
    bool nextWord(Token& token);
    void emitCjk(Token& token);
    std::string_view text_;
    size_t pos_ = 0;
    // Pending CJK run: code point starts (byte offsets) of the run being emitted as bigrams.
    std::vector<uint32_t> cjkStarts_;
    size_t cjkNext_ = 0;
};

template <class Fn>
void forEachToken(std::string_view text, Fn&& fn) {
    Tokenizer tokenizer(text);
    Token token;
    while (tokenizer.next(token)) fn(static_cast<const Token&>(token));
}

}  // namespace wgf::query

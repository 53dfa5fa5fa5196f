// Text analysis: word boundaries, normalisation and folding (see analyze.h).
#include "query/analyze.h"

#include <algorithm>
#include <array>

#include "model/text.h"
#include "unicode/unicode.h"

namespace wgf::query {

namespace {

// ---- character classes -----------------------------------------------------------------------

bool isCjk(int32_t c) {
    // Scripts written without spaces between words (Han, Hiragana, Katakana) and Hangul, which is
    // indexed the same way so that a part of a compound finds it.
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x2FDF) ||
           (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) ||
           (c >= 0x3031 && c <= 0x3035) || (c >= 0x3040 && c <= 0x30FF) ||
           (c >= 0x3130 && c <= 0x318F) || (c >= 0x31F0 && c <= 0x31FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFFDC) ||
           (c >= 0x1B000 && c <= 0x1B16F) || (c >= 0x20000 && c <= 0x3FFFF);
}

enum class CharClass { Separator, Letter, Digit, Mark, Apostrophe, NumberJoiner, Cjk };

constexpr CharClass classifyAscii(int32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::Letter;
    if (c >= '0' && c <= '9') return CharClass::Digit;
    if (c == '\'') return CharClass::Apostrophe;
    if (c == '.' || c == ',') return CharClass::NumberJoiner;
    return CharClass::Separator;
}

// The ASCII characters' classes, looked up in the tokenizer's ASCII loop: classify() is a call
// for each character at -Oz.
constexpr std::array<CharClass, 128> kAsciiClass = [] {
    std::array<CharClass, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = classifyAscii(c);
    return t;
}();

CharClass classify(int32_t c) {
    if (c < 0x80) return classifyAscii(c);
    if (c == 0x2019 || c == 0xFF07) return CharClass::Apostrophe;
    switch (unicode::kind(c)) {
        case unicode::Kind::Letter: return isCjk(c) ? CharClass::Cjk : CharClass::Letter;
        case unicode::Kind::SpacingMark: case unicode::Kind::NonspacingMark: return CharClass::Mark;
        case unicode::Kind::Digit: return CharClass::Digit;
        default: return CharClass::Separator;
    }
}

bool isWordChar(CharClass k) {
    return k == CharClass::Letter || k == CharClass::Digit || k == CharClass::Mark;
}

// ---- normalisation ---------------------------------------------------------------------------

// Marks on these letters are accents that readers drop when typing ("é" -> "e").
bool isAccentableBase(int32_t c) {
    return c < 0x0530 || (c >= 0x1D00 && c <= 0x1DBF) || (c >= 0x1E00 && c <= 0x1FFF) ||
           (c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF) ||
           (c >= 0xAB30 && c <= 0xAB6F);
}

// Latin letters that Unicode does not decompose into base + mark, folded as readers type them.
// (Not a case or normalisation table: those come from utf8proc; these letters have no mapping.)
const char32_t* strokeLetterFold(int32_t c) {
    switch (c) {
        case 0x00F8: return U"o";   // ø
        case 0x0142: return U"l";   // ł
        case 0x0111: return U"d";   // đ
        case 0x00F0: return U"d";   // ð
        case 0x0127: return U"h";   // ħ
        case 0x0167: return U"t";   // ŧ
        case 0x0131: return U"i";   // dotless ı
        case 0x00E6: return U"ae";  // æ
        case 0x0153: return U"oe";  // œ
        case 0x00FE: return U"th";  // þ
        default: return nullptr;
    }
}

void appendUtf8(std::string& out, const int32_t* cps, size_t n) {
    for (size_t i = 0; i < n; ++i) unicode::appendUtf8(out, cps[i]);
}

void normalize(std::string_view raw, std::string& exact, std::string& folded, bool foldAccents,
               bool dropApostrophes) {
    detail::normalizeWith(unicode::active::kImplementation, raw, exact, folded, foldAccents,
                          dropApostrophes);
}

void truncateCodePoints(std::string& s, size_t max) {
    s.resize(utf8PrefixBytes(s, max));
}

}  // namespace

// ---- normalisation, with either Unicode implementation ----------------------------------------

namespace detail {

// Normalises `raw` (valid UTF-8) into `exact` (NFKC + case fold) and `folded` (also accents
// folded). `dropApostrophes` removes U+0027 (and what LUMP maps to it) as inside words.
void normalizeWith(const unicode::Implementation& u, std::string_view raw, std::string& exact,
                   std::string& folded, bool foldAccents, bool dropApostrophes) {
    exact.clear();
    folded.clear();
    bool ascii = true;
    for (char ch : raw)
        if (static_cast<unsigned char>(ch) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {  // the common case, without the decomposition's buffers
        folded.resize(raw.size());
        char* out = folded.data();
        size_t n = 0;
        for (char ch : raw) {
            if (dropApostrophes && ch == '\'') continue;
            out[n++] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
        }
        folded.resize(n);
        exact = folded;
        return;
    }
    thread_local std::vector<int32_t> dec, fol;
    if (!u.decompose(raw, dec)) {  // not valid UTF-8: keep the bytes as they are
        exact.assign(raw);
        folded.assign(raw);
        return;
    }
    size_t n = dec.size();
    if (dropApostrophes) {
        size_t w = 0;
        for (size_t i = 0; i < n; ++i)
            if (dec[i] != '\'') dec[w++] = dec[i];
        n = w;
    }
    // Folded: drop accents of Latin/Greek/Cyrillic letters, fold stroke letters.
    fol.clear();
    int32_t base = 0;
    for (size_t i = 0; i < n; ++i) {
        int32_t c = dec[i];
        bool mark = u.kind(c) == unicode::Kind::NonspacingMark;
        if (mark && foldAccents && isAccentableBase(base)) continue;
        if (!mark) base = c;
        const char32_t* repl = foldAccents ? strokeLetterFold(c) : nullptr;
        if (repl)
            for (; *repl; ++repl) fol.push_back(static_cast<int32_t>(*repl));
        else
            fol.push_back(c);
    }
    appendUtf8(exact, dec.data(), u.compose(dec.data(), n));
    appendUtf8(folded, fol.data(), u.compose(fol.data(), fol.size()));
}

}  // namespace detail

// ---- tokenizer -------------------------------------------------------------------------------

bool Tokenizer::next(Token& token) {
    if (cjkNext_ < cjkStarts_.size()) {
        emitCjk(token);
        return true;
    }
    return nextWord(token);
}

void Tokenizer::emitCjk(Token& token) {
    // cjkStarts_ holds the start of each character and, last, the end of the run.
    size_t chars = cjkStarts_.size() - 1;
    size_t i = cjkNext_;
    token.begin = cjkStarts_[i];
    token.end = (i + 2 <= chars) ? cjkStarts_[i + 2] : cjkStarts_[i + 1];  // bigram, or last alone
    token.cjk = true;
    normalize(text_.substr(token.begin, token.end - token.begin), token.exact, token.folded,
              false, false);
    ++cjkNext_;
    if (cjkNext_ >= chars) {
        cjkStarts_.clear();
        cjkNext_ = 0;
    }
}

bool Tokenizer::nextWord(Token& token) {
    const size_t n = text_.size();
    while (pos_ < n) {
        // ASCII words (most of any registry) without decoding, classifying or normalising.
        if (auto b = static_cast<unsigned char>(text_[pos_]); b < 0x80) {
            CharClass k = kAsciiClass[b];
            if (k != CharClass::Letter && k != CharClass::Digit) {
                ++pos_;
                continue;
            }
            size_t p = pos_ + 1;
            CharClass prev = k;
            bool ascii = true;
            while (p < n) {
                auto c = static_cast<unsigned char>(text_[p]);
                if (c >= 0x80) { ascii = false; break; }
                CharClass kc = kAsciiClass[c];
                if (kc == CharClass::Letter || kc == CharClass::Digit) { prev = kc; ++p; continue; }
                if ((kc == CharClass::Apostrophe || kc == CharClass::NumberJoiner) && p + 1 < n) {
                    auto c2 = static_cast<unsigned char>(text_[p + 1]);
                    if (c2 >= 0x80) { ascii = false; break; }
                    CharClass k2 = kAsciiClass[c2];
                    if (kc == CharClass::Apostrophe ? (prev == CharClass::Letter && k2 == CharClass::Letter)
                                                    : (prev == CharClass::Digit && k2 == CharClass::Digit)) {
                        p += 2;
                        prev = k2;
                        continue;
                    }
                }
                break;
            }
            if (ascii) {
                token.begin = static_cast<uint32_t>(pos_);
                token.end = static_cast<uint32_t>(p);
                token.cjk = false;
                char buf[kMaxTokenCodePoints];  // one assignment: string calls are costly in wasm
                size_t len = 0;
                for (size_t i = pos_; i < p && len < kMaxTokenCodePoints; ++i) {
                    char ch = text_[i];
                    if (ch == '\'') continue;
                    buf[len++] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
                }
                token.folded.assign(buf, len);
                token.exact.assign(buf, len);
                pos_ = p;
                return true;
            }
            // Non-ASCII inside the word: the general path below reads it from its start.
        }
        size_t len;
        int32_t c = codePointAt(text_, pos_, len);
        CharClass k = c < 0 ? CharClass::Separator : classify(c);
        if (k == CharClass::Cjk) {
            // Collect the run; a combining mark (e.g. a dakuten) stays with its character.
            cjkStarts_.clear();
            cjkNext_ = 0;
            size_t p = pos_;
            while (p < n) {
                size_t l;
                int32_t d = codePointAt(text_, p, l);
                CharClass kd = d < 0 ? CharClass::Separator : classify(d);
                if (kd == CharClass::Cjk) {
                    cjkStarts_.push_back(static_cast<uint32_t>(p));
                } else if (kd != CharClass::Mark) {
                    break;
                }
                p += l;
            }
            cjkStarts_.push_back(static_cast<uint32_t>(p));
            pos_ = p;
            emitCjk(token);
            return true;
        }
        if (!isWordChar(k)) {
            pos_ += len;
            continue;
        }
        // A word: letters, marks and digits, joined by apostrophes between letters and by
        // '.'/',' between digits.
        size_t start = pos_;
        CharClass prev = k;
        size_t p = pos_ + len;
        while (p < n) {
            size_t l;
            int32_t d = codePointAt(text_, p, l);
            CharClass kd = d < 0 ? CharClass::Separator : classify(d);
            if (isWordChar(kd)) {
                if (kd != CharClass::Mark) prev = kd;
                p += l;
                continue;
            }
            if (kd == CharClass::Apostrophe || kd == CharClass::NumberJoiner) {
                if (p + l < n) {
                    size_t l2;
                    int32_t e = codePointAt(text_, p + l, l2);
                    CharClass ke = e < 0 ? CharClass::Separator : classify(e);
                    bool joins = kd == CharClass::Apostrophe
                                     ? (prev == CharClass::Letter && ke == CharClass::Letter)
                                     : (prev == CharClass::Digit && ke == CharClass::Digit);
                    if (joins) {
                        p += l + l2;
                        prev = ke;
                        continue;
                    }
                }
            }
            break;
        }
        pos_ = p;
        token.begin = static_cast<uint32_t>(start);
        token.end = static_cast<uint32_t>(p);
        token.cjk = false;
        normalize(text_.substr(start, p - start), token.exact, token.folded, true, true);
        if (token.folded.empty()) continue;  // e.g. only ignorable characters
        truncateCodePoints(token.folded, kMaxTokenCodePoints);
        truncateCodePoints(token.exact, kMaxTokenCodePoints);
        return true;
    }
    return false;
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    forEachToken(text, [&](const Token& t) { out.push_back(t); });
    return out;
}

std::string fold(std::string_view text) {
    // ASCII with single spaces (names, companies, kinds): lower case in one pass.
    bool simple = !text.empty() && text.front() != ' ' && text.back() != ' ';
    for (size_t i = 0; i < text.size() && simple; ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        simple = c >= 0x20 && c < 0x7F && !(c == ' ' && text[i + 1] == ' ');
    }
    if (simple) {
        std::string out(text);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    std::string exact, folded, out;
    // Normalise valid stretches, collapse white space to single spaces, trim.
    std::string cleaned;
    cleaned.reserve(text.size());
    bool space = false;
    for (size_t pos = 0; pos < text.size();) {
        size_t len;
        int32_t c = codePointAt(text, pos, len);
        bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
                  (c > 0x7F && unicode::kind(c) == unicode::Kind::Space);
        if (c < 0 || ws) {
            space = !cleaned.empty();
        } else {
            if (space) cleaned.push_back(' ');
            space = false;
            cleaned.append(text.substr(pos, len));
        }
        pos += len;
    }
    normalize(cleaned, exact, folded, true, false);
    return folded;
}

size_t foldedPrefixBytes(std::string_view original, size_t foldedBytes) {
    bool plain = true;  // ASCII without apostrophes folds byte for byte
    for (char c : original) plain = plain && static_cast<unsigned char>(c) < 0x80 && c != '\'';
    if (plain) return std::min(foldedBytes, original.size());
    std::string exact, folded;
    size_t total = 0;
    size_t pos = 0;
    while (pos < original.size() && total < foldedBytes) {
        // One character with the marks that follow it.
        size_t len;
        codePointAt(original, pos, len);
        size_t end = pos + len;
        while (end < original.size()) {
            size_t l;
            int32_t c = codePointAt(original, end, l);
            if (c < 0 || classify(c) != CharClass::Mark) break;
            end += l;
        }
        normalize(original.substr(pos, end - pos), exact, folded, true, true);
        total += folded.size();
        pos = end;
    }
    return pos;
}

size_t codePointCount(std::string_view s) {
    size_t count = 0;
    for (size_t pos = 0; pos < s.size(); ++count) {
        size_t len;
        codePointAt(s, pos, len);
        pos += len;
    }
    return count;
}

void decodeUtf8(std::string_view s, std::u32string& out) {
    out.clear();
    for (size_t pos = 0; pos < s.size();) {
        size_t len;
        int32_t c = codePointAt(s, pos, len);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
        pos += len;
    }
}

void encodeUtf8(std::u32string_view cps, std::string& out) {
    out.clear();
    for (char32_t c : cps) unicode::appendUtf8(out, static_cast<int32_t>(c));
}

}  // namespace wgf::query

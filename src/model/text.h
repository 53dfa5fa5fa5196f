// wgfinder: small text checks shared by the loader, the importer and lint.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wgf {

class TextSource;

namespace detail {
int32_t decodeUtf8Sequence(std::string_view s, size_t pos, size_t& length);
}

// The code point starting at byte `pos` (< s.size()) and its length in bytes. An invalid
// sequence (as utf8proc judges it) gives -1 and length 1, so a loop moves on byte by byte.
inline int32_t codePointAt(std::string_view s, size_t pos, size_t& length) {
    auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
        length = 1;
        return c;
    }
    return detail::decodeUtf8Sequence(s, pos, length);
}

// UTF-8 steps: the one place that knows how characters are laid out in bytes.
constexpr bool isUtf8Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
// The start of the character byte `pos` belongs to, going back (`pos` itself when it starts one;
// s.size() when pos >= s.size()).
size_t utf8CharStart(std::string_view s, size_t pos);
// The first character start at or after byte `pos` (s.size() at the end).
size_t utf8NextCharStart(std::string_view s, size_t pos);
// Characters (code point starts) in `s`.
size_t utf8Length(std::string_view s);
// Bytes taken by the first `count` characters of `s` (all of `s` when it is shorter).
size_t utf8PrefixBytes(std::string_view s, size_t count);

// Byte offset of the first invalid UTF-8 sequence (overlongs, surrogates and code points past
// U+10FFFF count as invalid), or npos when `s` is valid.
size_t findInvalidUtf8(std::string_view s);
// The same for a text read a part at a time (text_source.h): the registry loader's first scan.
size_t findInvalidUtf8(TextSource& text);

// `s` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string repairUtf8(std::string_view s);

enum class LinkKind {
    Empty,     // ""
    Safe,      // http://, https://, mailto:
    Relative,  // no scheme: resolved against the registry's address by the host
    Unsafe,    // any other scheme: javascript:, data:, file:, vbscript:...
};

// Classifies a link the way the widget treats it. Leading/trailing spaces and control characters
// are ignored and the scheme is compared case-insensitively, as browsers do.
LinkKind classifyLink(std::string_view url);
// A link the widget may open: http(s), mailto, or relative to the registry; never another scheme.
inline bool openableLink(std::string_view url) {
    LinkKind k = classifyLink(url);
    return k == LinkKind::Safe || k == LinkKind::Relative;
}

// Lower-case ASCII slug: "Test & Release" -> "test-release".
std::string slugify(std::string_view name);

// ASCII white space: space, \t, \n, \r, \f, \v (what trim() and collapseSpaces() remove).
constexpr bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// `s` without leading and trailing ASCII white space.
std::string_view trim(std::string_view s);

// Every run of ASCII white space (as trim() sees it) as one space, none at the ends.
std::string collapseSpaces(std::string_view s);

// ASCII letters in lower case; other bytes as they are.
std::string toLower(std::string_view s);

// Byte-wise equality and order, one memcmp each: at -Oz a string_view's == and < stay a chain of
// calls (compare, char_traits, memcmp), and the loader's and the index build's loops run them for
// every field and term.
inline bool sameBytes(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}
inline bool bytesBefore(std::string_view a, std::string_view b) {
    const size_t n = a.size() < b.size() ? a.size() : b.size();
    const int c = n ? std::memcmp(a.data(), b.data(), n) : 0;
    return c != 0 ? c < 0 : a.size() < b.size();
}
// A hash of the bytes for the index build's term table, inline where std::hash is a call: FNV-1a, then MurmurHash3's final mix so that the low bits a
// table uses depend on every byte.
inline uint32_t hashBytes(std::string_view s) {
    uint32_t h = 2166136261u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    return h ^ (h >> 16);
}

}  // namespace wgf

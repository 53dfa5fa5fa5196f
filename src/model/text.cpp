#include "model/text.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>

#include "model/text_source.h"

namespace wgf {

int32_t detail::decodeUtf8Sequence(std::string_view s, size_t pos, size_t& length) {
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                              static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
    if (n <= 0) {  // utf8proc rejects overlongs, surrogates and > U+10FFFF
        length = 1;
        return -1;
    }
    length = static_cast<size_t>(n);
    return cp;
}

size_t utf8CharStart(std::string_view s, size_t pos) {
    if (pos >= s.size()) return s.size();
    while (pos > 0 && isUtf8Continuation(static_cast<unsigned char>(s[pos]))) --pos;
    return pos;
}

size_t utf8NextCharStart(std::string_view s, size_t pos) {
    while (pos < s.size() && isUtf8Continuation(static_cast<unsigned char>(s[pos]))) ++pos;
    return std::min(pos, s.size());
}

size_t utf8Length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += !isUtf8Continuation(c);
    return n;
}

size_t utf8PrefixBytes(std::string_view s, size_t count) {
    size_t seen = 0;
    for (size_t i = 0; i < s.size(); ++i)
        if (!isUtf8Continuation(static_cast<unsigned char>(s[i])) && seen++ == count) return i;
    return s.size();
}

namespace {

// The scan of findInvalidUtf8 over `s` from `i`: the offset of the first invalid sequence that
// starts before `whole`, or npos; `i` is left at the first byte not scanned (at or after `whole`).
size_t scanUtf8(std::string_view s, size_t whole, size_t& i) {
    for (size_t n = 0; i < s.size(); i += n) {
        // A registry is mostly ASCII, always valid: passed over eight bytes at a time.
        uint64_t word = 0;
        while (i + sizeof word <= s.size() && (std::memcpy(&word, s.data() + i, sizeof word), (word & 0x8080808080808080ull) == 0))
            i += sizeof word;
        if (i >= s.size() || i >= whole) break;
        if (codePointAt(s, i, n) < 0) return i;
    }
    return std::string_view::npos;
}

}  // namespace

size_t findInvalidUtf8(std::string_view s) {
    size_t i = 0;
    return scanUtf8(s, s.size(), i);
}

size_t findInvalidUtf8(TextSource& src) {
    const size_t total = src.size();
    for (size_t off = 0; off < total;) {
        std::string_view part = src.part(off);
        if (part.empty()) break;  // unreadable from here: the loader's parse says the text ends early
        // Sequences that start before `whole` end in this part; one after it may reach the next.
        const bool last = off + part.size() == total;
        const size_t whole = last ? part.size() : (part.size() > 3 ? part.size() - 3 : 0);
        size_t i = 0;
        if (size_t bad = scanUtf8(part, whole, i); bad != std::string_view::npos) return off + bad;
        if (i < part.size()) {  // read whole from the source (the next part again: rare, at a part's end)
            size_t n = 0;
            if (codePointAt(src.copy(off + i, 4), 0, n) < 0) return off + i;
            i += n;
        }
        off += i;
    }
    return std::string_view::npos;
}

std::string repairUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0, n = 0; i < s.size(); i += n) {
        if (codePointAt(s, i, n) < 0) out += "\xEF\xBF\xBD";
        else out.append(s.substr(i, n));
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isAsciiSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isAsciiSpace(s.back())) s.remove_suffix(1);
    return s;
}

std::string collapseSpaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (isAsciiSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string toLower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return out;
}

LinkKind classifyLink(std::string_view url) {
    // Browsers strip leading/trailing C0 controls and spaces and drop tabs/newlines anywhere
    // before parsing ("java\tscript:" is javascript:), so compare the same way.
    // A copy only for a link that has them (a character at a time is slow in wasm; so is
    // find_first_of, a search of the set for each character).
    std::string cleaned;
    std::string_view v = url;
    bool drop = false;
    for (char c : url) drop |= c == '\t' || c == '\n' || c == '\r';
    if (drop) {
        for (char c : url)
            if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
        v = cleaned;
    }
    while (!v.empty() && static_cast<unsigned char>(v.front()) <= 0x20) v.remove_prefix(1);
    while (!v.empty() && static_cast<unsigned char>(v.back()) <= 0x20) v.remove_suffix(1);
    if (v.empty()) return LinkKind::Empty;
    // A scheme is ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ':'.
    size_t i = 0;
    auto isAlpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (isAlpha(v[0])) {
        i = 1;
        while (i < v.size() && (isAlpha(v[i]) || (v[i] >= '0' && v[i] <= '9') || v[i] == '+' || v[i] == '-' || v[i] == '.')) ++i;
    }
    if (i == 0 || i >= v.size() || v[i] != ':') return LinkKind::Relative;
    auto scheme = [&](std::string_view name) {  // the scheme is ASCII: compared without case
        if (i != name.size()) return false;
        for (size_t k = 0; k < i; ++k)
            if (static_cast<char>(v[k] | 0x20) != name[k]) return false;
        return true;
    };
    if (scheme("http") || scheme("https")) {
        // "http:foo" without "//" is not a usable absolute link.
        return v.substr(i + 1, 2) == "//" && v.size() > i + 3 ? LinkKind::Safe : LinkKind::Unsafe;
    }
    if (scheme("mailto")) return v.size() > i + 1 ? LinkKind::Safe : LinkKind::Unsafe;
    return LinkKind::Unsafe;
}

std::string slugify(std::string_view name) {
    std::string out;
    bool dash = false;
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            if (dash && !out.empty()) out += '-';
            out += c;
            dash = false;
        } else if (u >= 'A' && u <= 'Z') {
            if (dash && !out.empty()) out += '-';
            out += static_cast<char>(u | 0x20);
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

}  // namespace wgf

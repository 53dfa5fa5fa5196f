// The unicode module on utf8proc itself (see unicode.h): the native build's implementation, and
// the truth the compact tables are generated from (generate.cpp) and tested against.
#include "unicode/unicode.h"

#include <algorithm>
#include <iterator>

#include <utf8proc.h>

namespace wgf::unicode::library {

namespace {

// Search's decomposition: compatibility forms, case folding, look-alike punctuation, default
// ignorables dropped. STABLE: composition exclusions are respected.
constexpr utf8proc_option_t kDecompose = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE |
    UTF8PROC_LUMP);
constexpr utf8proc_option_t kCompose =
    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);

}  // namespace

// The one place that groups the general categories (the tables are generated from it).
Kind kind(int32_t c) {
    switch (utf8proc_category(c)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
            return Kind::Letter;
        case UTF8PROC_CATEGORY_ND: return Kind::Digit;
        case UTF8PROC_CATEGORY_MC: return Kind::SpacingMark;
        case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: return Kind::NonspacingMark;
        case UTF8PROC_CATEGORY_ZS: return Kind::Space;
        default: return Kind::Other;
    }
}

int combiningClass(int32_t c) { return utf8proc_get_property(c)->combining_class; }

size_t decomposeChar(int32_t c, std::vector<int32_t>& out) {
    utf8proc_int32_t buf[2 * kMaxDecomposition];  // room to tell a longer one (generate.cpp)
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    auto n = utf8proc_decompose_char(c, buf, static_cast<utf8proc_ssize_t>(std::size(buf)),
                                     kDecompose, &boundclass);
    if (n < 0 || n > static_cast<utf8proc_ssize_t>(std::size(buf))) return 0;  // not a code point
    out.insert(out.end(), buf, buf + n);
    return static_cast<size_t>(n);
}

bool decompose(std::string_view utf8, std::vector<int32_t>& out) {
    out.resize(utf8.size() * 4 + 16);
    auto src = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
    auto size = static_cast<utf8proc_ssize_t>(utf8.size());
    auto n = utf8proc_decompose(src, size, out.data(), static_cast<utf8proc_ssize_t>(out.size()),
                                kDecompose);
    if (n > static_cast<utf8proc_ssize_t>(out.size())) {
        out.resize(static_cast<size_t>(n));
        n = utf8proc_decompose(src, size, out.data(), n, kDecompose);
    }
    if (n < 0) return false;  // not valid UTF-8
    out.resize(static_cast<size_t>(n));
    return true;
}

size_t compose(int32_t* cps, size_t n) {
    auto len = utf8proc_normalize_utf32(cps, static_cast<utf8proc_ssize_t>(n), kCompose);
    return len < 0 ? n : static_cast<size_t>(len);
}

const Implementation kImplementation{kind, decompose, compose};

std::vector<int32_t> compositionCandidates() {
    std::vector<int32_t> out;
    for (int32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xAC00 && c <= 0xD7A3) continue;  // Hangul syllables
        utf8proc_int32_t buf[2 * kMaxDecomposition];
        int boundclass = UTF8PROC_BOUNDCLASS_START;
        auto n = utf8proc_decompose_char(c, buf, static_cast<utf8proc_ssize_t>(std::size(buf)),
                                         UTF8PROC_DECOMPOSE, &boundclass);
        if (n <= 0 || (n == 1 && buf[0] == c)) continue;
        out.push_back(c);
        out.insert(out.end(), buf, buf + n);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace wgf::unicode::library

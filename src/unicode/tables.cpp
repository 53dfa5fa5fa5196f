// The unicode module on compact tables generated from utf8proc (see unicode.h, tables_data.h):
// the widget's wasm implementation. The tables hold what utf8proc answers per code point; the
// two small algorithms over them, canonical ordering and canonical composition, follow UAX #15
// step by step as utf8proc implements them, because the data alone does not say how to combine
// the characters of a string.
#include <algorithm>

#include "model/text.h"
#include "unicode/tables_data.h"
#include "unicode/unicode.h"

namespace wgf::unicode::tables {

namespace {

// Hangul syllables are composed and decomposed arithmetically (Unicode 3.12).
constexpr int32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr int32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount,
                  kSCount = kLCount * kNCount;

class Reader {
public:
    explicit Reader(const data::Bytes& b) : p_(b.data), end_(b.data + b.size) {}
    uint32_t byte() { return p_ < end_ ? *p_++ : 0; }
    uint32_t varint() {
        uint32_t v = 0;
        for (int shift = 0; p_ < end_ && shift < 35; shift += 7) {
            uint32_t b = *p_++;
            v |= (b & 0x7F) << shift;
            if (!(b & 0x80)) break;
        }
        return v;
    }
    int32_t zigzag() {
        uint32_t v = varint();
        return static_cast<int32_t>(v >> 1) ^ -static_cast<int32_t>(v & 1);
    }

private:
    const unsigned char* p_;
    const unsigned char* end_;
};

// The streams decoded once, on first use, into sorted arrays searched by binary search.
struct Tables {
    std::vector<uint32_t> runStart;  // properties: where each run starts
    std::vector<uint8_t> runKind, runCcc;
    std::vector<uint32_t> decCode;   // decompositions: code points, ascending
    std::vector<uint32_t> decStart;  // their first value in decValue (one more at the end)
    std::vector<int32_t> decValue;
    std::vector<uint64_t> pairKey;   // compositions: first << 21 | second, ascending
    std::vector<int32_t> pairComposite;

    Tables() {
        Reader props(data::kProperties);
        uint32_t count = props.varint();
        runStart.resize(count);
        for (uint32_t i = 0, start = 0; i < count; ++i) {
            runStart[i] = start;
            start += props.varint() + 1;
        }
        for (uint32_t i = 0; i < count; ++i) runKind.push_back(static_cast<uint8_t>(props.byte()));
        for (uint32_t i = 0; i < count; ++i) runCcc.push_back(static_cast<uint8_t>(props.byte()));

        Reader dec(data::kDecompositions);
        count = dec.varint();
        decCode.resize(count);
        for (uint32_t i = 0, code = 0; i < count; ++i) decCode[i] = code += dec.varint();
        decStart.resize(count + 1);
        for (uint32_t i = 0; i < count; ++i) decStart[i + 1] = decStart[i] + dec.varint();
        decValue.resize(decStart[count]);
        for (uint32_t i = 0, k = 0, offset = 0; i < count; ++i)
            for (; k < decStart[i + 1]; ++k) {
                if (k == decStart[i]) {
                    offset += static_cast<uint32_t>(dec.zigzag());
                    decValue[k] = static_cast<int32_t>(decCode[i] + offset);
                } else {
                    decValue[k] = decValue[k - 1] + dec.zigzag();
                }
            }

        Reader comp(data::kCompositions);
        count = comp.varint();
        std::vector<uint32_t> firsts(count);
        for (uint32_t i = 0, a = 0; i < count; ++i) firsts[i] = a += comp.varint();
        pairKey.resize(count);
        for (uint32_t i = 0, b = 0; i < count; ++i)
            pairKey[i] = uint64_t{firsts[i]} << 21 | (b += static_cast<uint32_t>(comp.zigzag()));
        pairComposite.resize(count);
        for (uint32_t i = 0, c = 0; i < count; ++i)
            pairComposite[i] = static_cast<int32_t>(c += static_cast<uint32_t>(comp.zigzag()));
    }

    size_t run(int32_t c) const {
        // A word is written in one script: its characters mostly fall in the run of the one
        // before, which saves the search.
        thread_local size_t last = 0;
        auto u = static_cast<uint32_t>(c);
        if (last < runStart.size() && runStart[last] <= u &&
            (last + 1 == runStart.size() || u < runStart[last + 1]))
            return last;
        auto it = std::upper_bound(runStart.begin(), runStart.end(), u);
        return last = static_cast<size_t>(it - runStart.begin()) - 1;
    }
};

const Tables& tables() {
    static const Tables t;
    return t;
}

bool isCodePoint(int32_t c) { return c >= 0 && c <= 0x10FFFF; }

// The composite of `a` followed by `b`, or -1. Hangul first, as utf8proc does: L + V, then
// LV + T, where utf8proc 2.8 also takes U+11A7 (T index 0, which UAX #15 leaves out) and so drops
// it after an LV syllable (fixed upstream by utf8proc's pull request #317); kept so that both
// implementations give the same text: with a fixed utf8proc, the Hangul test says to follow.
int32_t composePair(const Tables& t, int32_t a, int32_t b) {
    int32_t l = a - kLBase, v = b - kVBase;
    if (l >= 0 && l < kLCount && v >= 0 && v < kVCount) return kSBase + (l * kVCount + v) * kTCount;
    int32_t s = a - kSBase, tIndex = b - kTBase;
    if (s >= 0 && s < kSCount && s % kTCount == 0 && tIndex >= 0 && tIndex < kTCount) return a + tIndex;
    uint64_t key = static_cast<uint64_t>(a) << 21 | static_cast<uint64_t>(b);
    auto it = std::lower_bound(t.pairKey.begin(), t.pairKey.end(), key);
    if (it == t.pairKey.end() || *it != key) return -1;
    return t.pairComposite[static_cast<size_t>(it - t.pairKey.begin())];
}

}  // namespace

Kind kind(int32_t c) {
    if (!isCodePoint(c)) return Kind::Other;
    const Tables& t = tables();
    return static_cast<Kind>(t.runKind[t.run(c)]);
}

int combiningClass(int32_t c) {
    if (!isCodePoint(c)) return 0;
    const Tables& t = tables();
    return t.runCcc[t.run(c)];
}

size_t decomposeChar(int32_t c, std::vector<int32_t>& out) {
    if (!isCodePoint(c)) return 0;
    const Tables& t = tables();
    auto it = std::lower_bound(t.decCode.begin(), t.decCode.end(), static_cast<uint32_t>(c));
    if (it != t.decCode.end() && *it == static_cast<uint32_t>(c)) {
        auto i = static_cast<size_t>(it - t.decCode.begin());
        out.insert(out.end(), t.decValue.begin() + t.decStart[i], t.decValue.begin() + t.decStart[i + 1]);
        return t.decStart[i + 1] - t.decStart[i];
    }
    if (int32_t s = c - kSBase; s >= 0 && s < kSCount) {
        out.push_back(kLBase + s / kNCount);
        out.push_back(kVBase + (s % kNCount) / kTCount);
        if (s % kTCount == 0) return 2;
        out.push_back(kTBase + s % kTCount);
        return 3;
    }
    out.push_back(c);
    return 1;
}

bool decompose(std::string_view utf8, std::vector<int32_t>& out) {
    out.clear();
    for (size_t pos = 0, len = 0; pos < utf8.size(); pos += len) {
        int32_t c = codePointAt(utf8, pos, len);
        if (c < 0) return false;
        decomposeChar(c, out);
    }
    // Canonical ordering (UAX #15, D108): each run of non-starters sorted by combining class,
    // stably, here by insertion.
    for (size_t i = 1; i < out.size(); ++i) {
        int32_t c = out[i];
        int ccc = combiningClass(c);
        if (ccc == 0) continue;
        size_t j = i;
        for (; j > 0 && combiningClass(out[j - 1]) > ccc; --j) out[j] = out[j - 1];
        out[j] = c;
    }
    return true;
}

size_t compose(int32_t* cps, size_t n) {
    // Canonical composition (UAX #15, D117): each character joins the last starter unless a
    // character between them has a combining class of 0 or of at least its own ("blocked").
    const Tables& t = tables();
    int32_t* starter = nullptr;
    int maxCcc = -1;  // highest combining class since the starter (-1: none)
    size_t w = 0;
    for (size_t r = 0; r < n; ++r) {
        int32_t c = cps[r];
        int ccc = combiningClass(c);
        if (starter && ccc > maxCcc) {
            if (int32_t composite = composePair(t, *starter, c); composite >= 0) {
                *starter = composite;
                continue;
            }
        }
        cps[w] = c;
        if (ccc == 0) {
            starter = cps + w;
            maxCcc = -1;
        } else {
            maxCcc = std::max(maxCcc, ccc);
        }
        ++w;
    }
    return w;
}

const Implementation kImplementation{kind, decompose, compose};

}  // namespace wgf::unicode::tables

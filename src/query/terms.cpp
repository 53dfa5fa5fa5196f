// Term dictionary and typo-tolerant lookup (see terms.h).
#include "query/terms.h"

#include <algorithm>
#include <cassert>

#include "model/text.h"
#include "query/analyze.h"

namespace wgf::query {

int maxTyposFor(size_t codePoints) {
    if (codePoints <= 3) return 0;
    if (codePoints <= 7) return 1;
    return 2;
}

int editDistance(std::u32string_view a, std::u32string_view b) {
    const size_t n = a.size(), m = b.size();
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        for (size_t j = 1; j <= m; ++j) {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min(std::min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

int prefixEditDistance(std::u32string_view term, std::u32string_view word, int cap) {
    const size_t n = term.size(), m = word.size();
    if (m == 0) return 0;
    thread_local std::vector<int> prev2, prev, cur;  // called for many terms in a row
    prev2.assign(m + 1, 0);
    prev.resize(m + 1);
    cur.assign(m + 1, 0);
    for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
    int best = prev[m];
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        for (size_t j = 1; j <= m; ++j) {
            int v = std::min(std::min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (term[i - 1] == word[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && term[i - 1] == word[j - 2] && term[i - 2] == word[j - 1]) v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        best = std::min(best, cur[m]);
        if (rowMin > cap) break;  // no longer prefix can come back within reach
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return best;
}

uint32_t TermTable::intern(std::string_view term, bool& added) {
    const uint32_t hash = hashBytes(term);
    if (2 * (size() + 1) > slots_.size()) {
        slots_.assign(std::max<size_t>(1024, 2 * slots_.size()), 0);
        const size_t mask = slots_.size() - 1;
        for (uint32_t id = 0; id < size(); ++id) {
            size_t i = hashes_[id] & mask;
            while (slots_[i]) i = (i + 1) & mask;
            slots_[i] = id + 1;
        }
    }
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    for (; slots_[i]; i = (i + 1) & mask) {
        const uint32_t id = slots_[i] - 1;
        if (hashes_[id] == hash && sameBytes(this->term(id), term)) {
            added = false;
            return id;
        }
    }
    const uint32_t id = size();
    slots_[i] = id + 1;
    hashes_.push_back(hash);
    chars_.append(term);
    starts_.push_back(static_cast<uint32_t>(chars_.size()));
    added = true;
    return id;
}

void Dictionary::assign(const std::vector<std::string_view>& terms) {
    chars_.clear();
    offsets_.clear();
    size_t total = 0;
    for (const auto& t : terms) total += t.size();
    chars_.reserve(total);
    offsets_.reserve(terms.size() + 1);
    for (const auto& t : terms) {
        offsets_.push_back(static_cast<uint32_t>(chars_.size()));
        chars_ += t;
    }
    offsets_.push_back(static_cast<uint32_t>(chars_.size()));
    trie_ = {};
}

void Dictionary::buildTrie() {
    // Read from the terms' bytes: every term is valid UTF-8 (a token is made of word characters
    // only), so terms that share their first k code points share those bytes, and a node's
    // place is a byte offset. (No list of every term's code points: four bytes per byte of the
    // dictionary, the build's largest temporary list after the postings.)
    auto at = [&](uint32_t t, uint32_t byte, size_t& len) {
        return static_cast<char32_t>(codePointAt(term(t), byte, len));
    };
    // One node per distinct prefix: a term adds the code points past what it shares with the term
    // before it (sorted). Counted first, the nodes are one exact block: a vector that doubles
    // while it grows holds up to three times the trie at its peak.
    size_t nodes = 1;
    for (uint32_t t = 0; t < size(); ++t) {
        std::string_view a = term(t);
        size_t shared = 0;
        if (t > 0) {
            std::string_view b = term(t - 1);
            while (shared < a.size() && shared < b.size() && a[shared] == b[shared]) ++shared;
            while (shared > 0 && shared < a.size() && (static_cast<unsigned char>(a[shared]) & 0xC0) == 0x80) --shared;
        }
        nodes += codePointCount(a.substr(shared));
    }
    trie_ = {};
    trie_.reserve(nodes);
    trie_.push_back(TrieNode{});
    struct Work { uint32_t node, lo, hi, byte; };  // terms [lo, hi) share their first `byte` bytes
    std::vector<Work> stack{{0, 0, size(), 0}};
    while (!stack.empty()) {
        Work w = stack.back();
        stack.pop_back();
        uint32_t lo = w.lo;
        if (lo < w.hi && term(lo).size() == w.byte) trie_[w.node].term = lo++;  // the prefix itself
        // Children: runs of terms with the same code point at `byte`.
        uint32_t first = static_cast<uint32_t>(trie_.size());
        uint32_t count = 0;
        for (uint32_t i = lo; i < w.hi;) {
            size_t len, l;
            char32_t c = at(i, w.byte, len);
            uint32_t j = i + 1;
            while (j < w.hi && at(j, w.byte, l) == c) ++j;
            TrieNode child;
            child.c = c;
            trie_.push_back(child);
            stack.push_back({first + count, i, j, w.byte + static_cast<uint32_t>(len)});
            ++count;
            i = j;
        }
        trie_[w.node].firstChild = first;
        trie_[w.node].childCount = count;
    }
    assert(trie_.size() == nodes);  // counted as built
}

int64_t Dictionary::find(std::string_view t) const {
    uint32_t lo = 0, hi = size();
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (term(mid) < t) lo = mid + 1; else hi = mid;
    }
    return (lo < size() && term(lo) == t) ? static_cast<int64_t>(lo) : -1;
}

std::pair<uint32_t, uint32_t> Dictionary::prefixRange(std::string_view prefix) const {
    uint32_t lo = 0, hi = size();
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (term(mid) < prefix) lo = mid + 1; else hi = mid;
    }
    uint32_t first = lo;
    hi = size();
    while (lo < hi) {  // first term not starting with `prefix`
        uint32_t mid = lo + (hi - lo) / 2;
        if (term(mid).substr(0, prefix.size()) == prefix) lo = mid + 1; else hi = mid;
    }
    return {first, lo};
}

namespace {

// Depth-first walk of the trie with one edit-distance row per node.
class FuzzyWalk {
public:
    FuzzyWalk(const Dictionary& dict, std::u32string_view word, bool prefix, int maxTypos)
        : trie_(dict.trie()), q_(word), m_(word.size()), prefix_(prefix), d_(maxTypos) {}

    void run(std::vector<TermMatch>& out) {
        if (trie_.empty()) return;
        rows_.assign(m_ + 1, 0);
        for (size_t j = 0; j <= m_; ++j) rows_[j] = static_cast<uint8_t>(std::min<size_t>(j, 255));
        path_.assign(1, 0);
        best_.assign(1, prefix_ ? static_cast<uint8_t>(std::min<size_t>(m_, 255)) : 255);
        walk(0, 0, out);
    }

private:
    uint8_t* row(size_t k) { return rows_.data() + k * (m_ + 1); }

    void walk(uint32_t node, size_t k, std::vector<TermMatch>& out) {
        const auto& n = trie_[node];
        if (rows_.size() < (k + 2) * (m_ + 1)) rows_.resize((k + 2) * (m_ + 1));
        if (best_.size() < k + 2) best_.resize(k + 2);
        if (path_.size() < k + 2) path_.resize(k + 2);
        for (uint32_t ci = n.firstChild; ci < n.firstChild + n.childCount; ++ci) {
            const auto& child = trie_[ci];
            path_[k + 1] = child.c;
            uint8_t rowMin = computeRow(k + 1);
            uint8_t* r = row(k + 1);
            if (child.term != UINT32_MAX) {
                uint8_t dist = prefix_ ? best_[k + 1] : r[m_];
                if (dist <= d_) out.push_back({child.term, dist, k + 1 == m_ && r[m_] == 0});
            }
            // Descend while some extension can still come within reach (or already is).
            if (rowMin <= d_ || best_[k + 1] <= d_) walk(ci, k + 1, out);
        }
    }

    // Row k for path_[1..k] against the word; returns its minimum.
    uint8_t computeRow(size_t k) {
        uint8_t* p = row(k - 1);
        uint8_t* c = row(k);
        uint8_t* pp = k >= 2 ? row(k - 2) : nullptr;
        char32_t tc = path_[k];
        c[0] = static_cast<uint8_t>(std::min<size_t>(k, 255));
        uint8_t rowMin = c[0];
        for (size_t j = 1; j <= m_; ++j) {
            int v = std::min(std::min(p[j] + 1, c[j - 1] + 1), p[j - 1] + (tc == q_[j - 1] ? 0 : 1));
            if (pp && j > 1 && tc == q_[j - 2] && path_[k - 1] == q_[j - 1]) v = std::min(v, pp[j - 2] + 1);
            c[j] = static_cast<uint8_t>(std::min(v, 255));
            rowMin = std::min(rowMin, c[j]);
        }
        best_[k] = prefix_ ? std::min(best_[k - 1], c[m_]) : 255;
        return rowMin;
    }

    const std::vector<Dictionary::TrieNode>& trie_;
    std::u32string_view q_;
    size_t m_;
    bool prefix_;
    int d_;
    std::vector<uint8_t> rows_;  // (depth + 1) x (m + 1)
    std::vector<uint8_t> best_;  // best_[k]: min over depths <= k of the full-word column
    std::u32string path_;        // path_[k]: code point at depth k
};

}  // namespace

void matchTerms(const Dictionary& dict, std::u32string_view word, bool prefix, int maxTypos,
                std::vector<TermMatch>& out) {
    if (word.empty()) return;
    if (maxTypos <= 0) {
        std::string w;
        encodeUtf8(word, w);
        if (prefix) {
            auto [first, last] = dict.prefixRange(w);
            for (uint32_t i = first; i < last; ++i) out.push_back({i, 0, dict.term(i).size() == w.size()});
        } else if (auto i = dict.find(w); i >= 0) {
            out.push_back({static_cast<uint32_t>(i), 0, true});
        }
        return;
    }
    FuzzyWalk(dict, word, prefix, maxTypos).run(out);
}

}  // namespace wgf::query

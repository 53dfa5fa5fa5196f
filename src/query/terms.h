// wgfinder query engine: the term dictionary and typo-tolerant term lookup.
//
// The dictionary is the sorted list of distinct folded terms of the index. Sorted UTF-8 is a trie
// in disguise: the terms sharing a prefix are one contiguous block, so a prefix lookup is two
// binary searches and the typo-tolerant lookup walks the list as it would walk a trie (computing
// one edit-distance row per character, reusing the rows of the common prefix with the previous
// term, and jumping over every block whose prefix is already too far from the query).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wgf::query {

// Typos forgiven in a query word of `codePoints` characters: none for 1-3, one for 4-7, two
// from 8 on.
int maxTyposFor(size_t codePoints);

// Optimal-string-alignment distance (Levenshtein plus transposition of two adjacent characters)
// between two code point strings.
int editDistance(std::u32string_view a, std::u32string_view b);

// Smallest distance between `word` and a prefix of `term` (the typo-tolerant prefix match);
// stops early once it exceeds `cap`.
int prefixEditDistance(std::u32string_view term, std::u32string_view word, int cap);

// The index build's terms as they are met, each given an id in that order: every term's bytes
// once, in one block, found again through an open-addressed table of ids. (A map of strings
// holds each term twice, once in its node, with an allocation or two per term: at 1,000 groups
// about as much as the whole index.)
class TermTable {
public:
    // The id of `term`; `added` says whether it was new.
    uint32_t intern(std::string_view term, bool& added);
    uint32_t size() const { return static_cast<uint32_t>(starts_.size() - 1); }
    std::string_view term(uint32_t id) const {  // not substr: a call with a check, in the sort's every step
        return std::string_view(chars_.data() + starts_[id], starts_[id + 1] - starts_[id]);
    }

private:
    std::string chars_;
    std::vector<uint32_t> starts_{0};  // term i is chars_[starts_[i], starts_[i + 1])
    std::vector<uint32_t> hashes_;     // per id: its hash, so that growing rehashes no bytes
    std::vector<uint32_t> slots_;      // id + 1; 0 = empty. At most half full.
};

class Dictionary {
public:
    // `terms` must be sorted (byte-wise), unique and valid UTF-8 (tokens are). The typo trie
    // (trie()) is empty until buildTrie(): the index builds it once its postings are written,
    // where the memory they were written from is free again.
    void assign(const std::vector<std::string_view>& terms);
    void buildTrie();

    uint32_t size() const { return static_cast<uint32_t>(offsets_.empty() ? 0 : offsets_.size() - 1); }
    std::string_view term(uint32_t i) const {
        return std::string_view(chars_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
    }
    // Index of `term`, or -1.
    int64_t find(std::string_view term) const;
    // [first, last) of the terms that start with `prefix`.
    std::pair<uint32_t, uint32_t> prefixRange(std::string_view prefix) const;
    size_t memoryBytes() const {
        return chars_.capacity() + offsets_.capacity() * sizeof(uint32_t) + trie_.capacity() * sizeof(TrieNode);
    }

    // The same terms as a code point trie, for the typo-tolerant walk. A node's children are
    // contiguous and sorted, so walking them in order visits terms in dictionary order.
    struct TrieNode {
        uint32_t firstChild = 0;
        uint32_t childCount = 0;
        char32_t c = 0;
        uint32_t term = UINT32_MAX;  // the term spelled by the path to this node, if any
    };
    const std::vector<TrieNode>& trie() const { return trie_; }

private:
    std::string chars_;
    std::vector<uint32_t> offsets_;
    std::vector<TrieNode> trie_;  // node 0 is the root
};

struct TermMatch {
    uint32_t term = 0;
    uint8_t distance = 0;  // edit distance of the query word to the term (or to a prefix of it)
    bool exact = false;    // the term is the query word itself
};

// Terms matching `word` (folded code points) with at most `maxTypos` edits. With `prefix`, a
// term also matches when one of its prefixes does (the word is still being typed); the distance
// is then the smallest over those prefixes. Appends to `out` in dictionary order.
void matchTerms(const Dictionary& dict, std::u32string_view word, bool prefix, int maxTypos,
                std::vector<TermMatch>& out);

}  // namespace wgf::query

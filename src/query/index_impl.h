// wgfinder query engine: the index data behind SearchIndex (internal to src/query).
//
// Inverted index: for each term of the dictionary, its postings (one per group containing it)
// sorted by group, each with the group's BM25F-saturated weight for the term and the fields it
// occurs in, stored as bytes (POSTINGS FORMAT below). Beside it: accent spellings, per-group
// facet values and meeting facts, and a name order for ties. Everything is plain arrays indexed
// by term or group number.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "query/engine.h"
#include "query/parse.h"
#include "query/terms.h"

namespace wgf::query {

// One posting as PostingCursor reads it.
struct Posting {
    uint32_t doc = 0;     // group index
    uint16_t weight = 0;  // saturated BM25F term frequency, scaled to 0..65535
    uint16_t bits = 0;    // SearchField bits | lead items | kAccentedBit | kPlainBit
};
constexpr uint16_t kFieldMask = 0x1FF;
// Which of the group's first kLeadItems leads have the term in their name or GitHub handle (bit
// i of the mask = leads[i]): two words in one person's name rank that group higher. Later leads
// are found as before, without that bonus.
constexpr int kLeadItemShift = 9;
constexpr uint32_t kLeadItems = 5;
constexpr uint16_t kLeadItemBits = 0x1F << kLeadItemShift;
// In DocScores::bits, the lead items that two words matched in.
constexpr int kSameLeadShift = 7;
constexpr uint32_t kSameLeadBits = uint32_t(kLeadItemBits) << kSameLeadShift;
constexpr uint16_t kAccentedBit = 0x4000;  // some occurrence in the group has accents
constexpr uint16_t kPlainBit = 0x8000;     // some occurrence has none
constexpr float kWeightScale = 65535.0f;

// POSTINGS FORMAT. A term's postings are one run of bytes at IndexData::postingStart[term]: its
// posting count (its df), then per posting, in group order, the group's distance from the
// previous one (from 0 for the first), the weight (2 bytes, low first) and storedBits(bits).
// Counts, distances and bits are LEB128 varints (7 bits a byte, low first, the high bit on all
// but the last). About 4.3 bytes a posting instead of 8: most distances and bits take one byte.
// PostingCursor is the only reader; IndexData::build the only writer (sizes with postingSize in
// its step 1, writes with writePosting in its step 3).
inline uint32_t varintSize(uint32_t v) {
    return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}
inline uint8_t* writeVarint(uint8_t* p, uint32_t v) {
    for (; v >= 0x80; v >>= 7) *p++ = static_cast<uint8_t>(v | 0x80);
    *p++ = static_cast<uint8_t>(v);
    return p;
}
inline const uint8_t* readVarint(const uint8_t* p, uint32_t& v) {
    v = *p++;
    if (v < 0x80) return p;  // most of them
    v &= 0x7F;
    for (int shift = 7;; shift += 7) {
        uint32_t b = *p++;
        v |= (b & 0x7F) << shift;
        if (b < 0x80) return p;
    }
}
// The bits as stored, and back (it is its own inverse): kPlainBit is set on nearly every posting,
// so it is flipped; the common description and meeting fields trade places with the rare company
// and kind, so that a posting's bits are one byte unless it has accents, lead items or those.
constexpr uint32_t swapBits(uint32_t v, int lo, int hi) {
    const uint32_t x = (v ^ v >> (hi - lo)) & 1u << lo;  // set if the two differ
    return v ^ x ^ x << (hi - lo);
}
constexpr uint16_t storedBits(uint16_t bits) {
    uint32_t v = bits ^ kPlainBit;
    v = swapBits(v, int(SearchField::Company), int(SearchField::Description));
    return static_cast<uint16_t>(swapBits(v, int(SearchField::Kind), int(SearchField::Meeting)));
}
static_assert(storedBits(storedBits(0x1234)) == 0x1234);
static_assert(storedBits(kPlainBit | 1u << int(SearchField::Description) | 1u << int(SearchField::Meeting)) < 0x80);
inline uint32_t postingSize(uint32_t docDelta, uint16_t bits) {
    return varintSize(docDelta) + 2 + varintSize(storedBits(bits));
}
inline uint8_t* writePosting(uint8_t* p, uint32_t docDelta, uint16_t weight, uint16_t bits) {
    p = writeVarint(p, docDelta);
    *p++ = static_cast<uint8_t>(weight);
    *p++ = static_cast<uint8_t>(weight >> 8);
    return writeVarint(p, storedBits(bits));
}

// storedBits of the one-byte values (most postings'), ahead of time: a load for the cursor
// instead of the swaps.
struct OneByteBits {
    uint16_t bits[128] = {};
    constexpr OneByteBits() {
        for (uint16_t v = 0; v < 128; ++v) bits[v] = storedBits(v);
    }
};
inline constexpr OneByteBits kOneByteBits;

// Reads one term's postings: for (Posting p; cursor.next(p);) ...
class PostingCursor {
public:
    explicit PostingCursor(const uint8_t* run) { p_ = readVarint(run, left_); }
    uint32_t left() const { return left_; }  // postings not yet read (before the first: the df)
    bool next(Posting& out) {
        if (left_ == 0) return false;
        --left_;
        const uint8_t* p = p_;
        uint32_t delta = p[0], bits = p[3];  // a posting has 4 bytes or more
        if ((delta | bits) < 0x80) {         // most: a one-byte distance and one-byte bits
            out.weight = static_cast<uint16_t>(p[1] | p[2] << 8);
            out.bits = kOneByteBits.bits[bits];
            p_ = p + 4;
        } else {
            p = readVarint(p, delta);
            out.weight = static_cast<uint16_t>(p[0] | p[1] << 8);
            p_ = readVarint(p + 2, bits);
            out.bits = storedBits(static_cast<uint16_t>(bits));
        }
        doc_ += delta;
        out.doc = doc_;
        return true;
    }

private:
    const uint8_t* p_ = nullptr;
    uint32_t left_ = 0, doc_ = 0;
};

// The groups where a term occurs spelled with accents, per spelling.
struct AccentVariant {
    uint32_t term = 0;
    std::string exact;  // e.g. "müller" for the term "muller"
    uint32_t docsBegin = 0, docsEnd = 0;  // into IndexData::variantDocs, sorted
};

// Interned facet values: folded key -> id, with the most frequent spelling as the label.
struct ValueTable {
    std::vector<std::string> keys, labels;
    std::unordered_map<std::string, uint32_t> ids;
    std::vector<std::unordered_map<std::string, uint32_t>> spellings;  // build only
    uint32_t intern(const std::string& key, std::string_view spelling);
    void finishLabels();  // picks each label, frees the spelling counts
    int64_t find(const std::string& key) const {
        auto it = ids.find(key);
        return it == ids.end() ? -1 : static_cast<int64_t>(it->second);
    }
};

enum DocFlag : uint8_t {
    kHasMeeting = 1, kFitsHours = 2, kHasLead = 4, kHasContact = 8, kHasTopic = 16,
    kHasDescription = 32,
};

// What filters and facets read about one group.
struct DocFacts {
    uint8_t days = 0;       // bit 0 = Monday
    uint8_t flags = 0;      // DocFlag bits
    uint16_t cadences = 0;  // bits into IndexData::cadences (its first 16 values)
};

constexpr SearchField fieldOf(SpanSource s) {
    switch (s) {
        case SpanSource::Name: return SearchField::Name;
        case SpanSource::Id: return SearchField::Id;
        case SpanSource::Kind: return SearchField::Kind;
        case SpanSource::Description: return SearchField::Description;
        case SpanSource::Topic: return SearchField::Topic;
        case SpanSource::LeadName: case SpanSource::LeadGithub: return SearchField::Lead;
        case SpanSource::LeadCompany: return SearchField::Company;
        case SpanSource::ContactKind: case SpanSource::ContactLabel: case SpanSource::ContactUrl:
            return SearchField::Contact;
        case SpanSource::MeetingTitle: case SpanSource::MeetingSchedule: return SearchField::Meeting;
    }
    return SearchField::Name;
}

// The part of a contact URL that is indexed: without its scheme (only used when it has no label).
std::string_view contactUrlText(std::string_view url, uint32_t& offset);

// Calls fn(SpanSource, item, text, offset) for every indexed text of a group; `offset` is where
// `text` starts in the field (non-zero only for contact URLs without their scheme).
template <class Fn>
void forEachIndexedText(const Group& g, Fn&& fn) {
    fn(SpanSource::Name, 0u, std::string_view(g.name), 0u);
    fn(SpanSource::Id, 0u, std::string_view(g.id), 0u);
    fn(SpanSource::Kind, 0u, std::string_view(g.kind), 0u);
    fn(SpanSource::Description, 0u, std::string_view(g.description), 0u);
    for (uint32_t i = 0; i < g.topics.size(); ++i) fn(SpanSource::Topic, i, std::string_view(g.topics[i]), 0u);
    for (uint32_t i = 0; i < g.leads.size(); ++i) {
        fn(SpanSource::LeadName, i, std::string_view(g.leads[i].name), 0u);
        fn(SpanSource::LeadGithub, i, std::string_view(g.leads[i].github), 0u);
        fn(SpanSource::LeadCompany, i, std::string_view(g.leads[i].company), 0u);
    }
    for (uint32_t i = 0; i < g.contacts.size(); ++i) {
        const auto& c = g.contacts[i];
        fn(SpanSource::ContactKind, i, std::string_view(c.kind), 0u);
        fn(SpanSource::ContactLabel, i, std::string_view(c.label), 0u);
        if (c.label.empty()) {
            uint32_t offset = 0;
            std::string_view text = contactUrlText(c.url, offset);
            fn(SpanSource::ContactUrl, i, text, offset);
        }
    }
    for (uint32_t i = 0; i < g.meetings.size(); ++i) {
        fn(SpanSource::MeetingTitle, i, std::string_view(g.meetings[i].title), 0u);
        fn(SpanSource::MeetingSchedule, i, std::string_view(g.meetings[i].schedule), 0u);
    }
}

// Facet value counts (per value id; days by weekday).
struct FacetCounts {
    std::vector<uint32_t> companies, kinds, cadences;
    uint32_t days[7] = {};
};

// How well a term matches a query word, before BM25F: exact beats a prefix completion (the
// closer to the full term the better) beats a typo.
inline float matchQuality(const TermMatch& m, size_t queryLen, size_t termLen) {
    float completion = termLen ? std::min(1.0f, float(queryLen) / float(termLen)) : 1.0f;
    if (m.distance == 0) return m.exact ? 1.0f : 0.55f + 0.25f * completion;
    float base = m.distance == 1 ? 0.35f : 0.2f;
    return base * (0.8f + 0.2f * completion);
}

// An accent-folded match counts this much of an exact-accent one.
constexpr float kAccentFolded = 0.85f;

// Cached lookup of one query word: its matching terms with a quality factor each.
struct WordMatches {
    std::vector<TermMatch> terms;
    std::vector<float> quality;  // per term: exact 1, prefix completion < 1, typo lower still
    std::vector<std::string_view> typoTerms;  // the terms matched with typos, sorted (highlighting)
    float idf = 0;
    uint64_t postings = 0;       // total postings of the terms (the cost of scoring the word)
    int firstChar = -1;          // a one-character prefix with a merged list (IndexData::firstChar*)
};

// Docs with a score and the fields their matches are in, over dense arrays: O(1) membership
// and update, iteration over `docs`.
struct DocScores {
    std::vector<float> score;
    // SearchField bits (highlighting reads only these fields) | the lead items the words matched
    // in (kLeadItemBits, as in Posting::bits) | the lead items two of them matched in, one
    // person (kSameLeadBits). One array: an update touches no more memory than the fields alone.
    std::vector<uint32_t> bits;
    std::vector<uint32_t> stamp;
    std::vector<uint32_t> docs;
    uint32_t gen = 0;
    void reset(size_t n);
    bool has(uint32_t d) const { return stamp[d] == gen; }
    uint16_t fields(uint32_t d) const { return static_cast<uint16_t>(bits[d] & kFieldMask); }
    // The best score of alternatives (one word's terms, a clause's OR).
    void setMax(uint32_t d, float s, uint32_t b) {
        if (stamp[d] != gen) {
            stamp[d] = gen;
            score[d] = s;
            bits[d] = b;
            docs.push_back(d);
        } else {
            if (s > score[d]) score[d] = s;
            bits[d] |= b;
        }
    }
    // Carries group d over from `from`.
    void keep(uint32_t d, const DocScores& from) { setMax(d, from.score[d], from.bits[d]); }
    // Group d matched both `a` and `b` (two words, two clauses): their scores add up, and a lead
    // item both matched in is one person with both words.
    void keepBoth(uint32_t d, const DocScores& a, const DocScores& b) {
        const uint32_t x = a.bits[d], y = b.bits[d];
        setMax(d, a.score[d] + b.score[d], x | y | ((x & y & kLeadItemBits) << kSameLeadShift));
    }
};
// A group where one lead's name has two of the query's words ("ann lee") scores this many times
// what it would: above groups where the words belong to different people or other fields (a
// word's score in one group is below its rarity, and a lead's name gives it about half of that).
constexpr float kSameLeadFactor = 2.0f;

// Everything a SearchIndex holds (SearchIndex is a handle to one of these).
struct IndexData {
    const Registry* registry = nullptr;
    IndexOptions options;
    uint32_t docCount = 0;

    // Inverted index.
    Dictionary dict;
    std::vector<uint32_t> postingStart;  // per term, + 1: where its bytes start in postings
    std::vector<uint8_t> postings;       // POSTINGS FORMAT above
    std::vector<AccentVariant> variants;  // sorted by term, then spelling
    std::vector<uint32_t> variantDocs;

    // One letter or digit typed: the first keystroke of nearly every query, matching a large
    // share of all terms. Its postings are merged ahead of time, per group the best of
    // matchQuality x weight (x kAccentFolded) over the terms starting with that character.
    std::vector<uint32_t> firstCharStart;  // 257 entries, by byte
    std::vector<uint32_t> firstCharDocs;
    std::vector<uint16_t> firstCharScore;  // scaled like Posting::weight

    std::vector<uint32_t> nameRank;  // per group: position in name order (ties)
    std::vector<uint32_t> byName;    // groups in name order (the inverse of nameRank)

    // Facets and filters.
    ValueTable companies, kinds, zones, cadences;
    std::vector<uint32_t> docCompanyStart, docCompanies;  // per group: company ids
    std::vector<uint32_t> docKind;                        // per group: kind id or UINT32_MAX
    std::vector<uint32_t> docZoneStart, docZones;         // per group: zone ids
    std::vector<DocFacts> facts;
    bool meetingFacts = false;
    FacetCounts allCounts;  // over every group, for large result sets (see facets.cpp)
    bool allCountsValid = false;

    bool suggesting = false;  // inside suggestCorrections (whose probes must not suggest again)

    // Per-keystroke reuse.
    std::unordered_map<std::string, WordMatches> wordCache;
    std::unordered_map<std::string, std::vector<std::string>> alternativesCache;  // did you mean

    // Search scratch (grown on first use).
    DocScores scratch[5];

    void build(const Registry& registry, const IndexOptions& options);
    void buildFirstCharLists(size_t total);  // total: the lists' length (counted by build)
    void computeMeetingFacts(const std::vector<GroupTimeFacts>* facts);

    PostingCursor postingsOf(uint32_t term) const { return PostingCursor(postings.data() + postingStart[term]); }
    uint32_t df(uint32_t term) const { return postingsOf(term).left(); }
    const WordMatches& matchWord(const QueryWord& word);
};

}  // namespace wgf::query

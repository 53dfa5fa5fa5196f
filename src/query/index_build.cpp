// Building the index: tokens -> BM25F postings, facet values, meeting facts.
#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <cmath>
#include <cstring>
#include <memory>
#include <numeric>
#include <tuple>

#include "query/analyze.h"
#include "query/index_impl.h"
#include "model/call_each.h"
#include "model/text.h"

namespace wgf {

using namespace query;

const char* searchFieldName(SearchField field) {
    static const char* kNames[kSearchFieldCount] = {"name",    "id",   "topic",   "lead",       "company",
                                                    "contact", "kind", "meeting", "description"};
    auto i = static_cast<int>(field);
    return (i >= 0 && i < kSearchFieldCount) ? kNames[i] : "?";
}

std::string spanPath(const Span& s) {
    auto item = [&](const char* list) { return std::string(list) + "[" + std::to_string(s.item) + "]"; };
    switch (s.source) {
        case SpanSource::Name: return "name";
        case SpanSource::Id: return "id";
        case SpanSource::Kind: return "kind";
        case SpanSource::Description: return "description";
        case SpanSource::Topic: return item("topics");
        case SpanSource::LeadName: return item("leads") + ".name";
        case SpanSource::LeadGithub: return item("leads") + ".github";
        case SpanSource::LeadCompany: return item("leads") + ".company";
        case SpanSource::ContactKind: return item("contacts") + ".kind";
        case SpanSource::ContactLabel: return item("contacts") + ".label";
        case SpanSource::ContactUrl: return item("contacts") + ".url";
        case SpanSource::MeetingTitle: return item("meetings") + ".title";
        case SpanSource::MeetingSchedule: return item("meetings") + ".schedule";
    }
    return "?";
}

std::string_view spanText(const Group& g, const Span& s) {
    auto at = [&](const auto& list) { return s.item < list.size(); };
    switch (s.source) {
        case SpanSource::Name: return g.name;
        case SpanSource::Id: return g.id;
        case SpanSource::Kind: return g.kind;
        case SpanSource::Description: return g.description;
        case SpanSource::Topic: return at(g.topics) ? std::string_view(g.topics[s.item]) : std::string_view();
        case SpanSource::LeadName: return at(g.leads) ? std::string_view(g.leads[s.item].name) : std::string_view();
        case SpanSource::LeadGithub: return at(g.leads) ? std::string_view(g.leads[s.item].github) : std::string_view();
        case SpanSource::LeadCompany: return at(g.leads) ? std::string_view(g.leads[s.item].company) : std::string_view();
        case SpanSource::ContactKind: return at(g.contacts) ? std::string_view(g.contacts[s.item].kind) : std::string_view();
        case SpanSource::ContactLabel: return at(g.contacts) ? std::string_view(g.contacts[s.item].label) : std::string_view();
        case SpanSource::ContactUrl: return at(g.contacts) ? std::string_view(g.contacts[s.item].url) : std::string_view();
        case SpanSource::MeetingTitle: return at(g.meetings) ? std::string_view(g.meetings[s.item].title) : std::string_view();
        case SpanSource::MeetingSchedule: return at(g.meetings) ? std::string_view(g.meetings[s.item].schedule) : std::string_view();
    }
    return {};
}

namespace query {

std::string_view contactUrlText(std::string_view url, uint32_t& offset) {
    offset = 0;
    for (std::string_view scheme : {"https://", "http://", "mailto:"}) {
        if (url.size() >= scheme.size()) {
            bool same = true;
            for (size_t i = 0; i < scheme.size() && same; ++i)
                same = (url[i] | 0x20) == (scheme[i] | 0x20) || url[i] == scheme[i];
            if (same) {
                offset = static_cast<uint32_t>(scheme.size());
                return url.substr(scheme.size());
            }
        }
    }
    return url;
}

uint32_t ValueTable::intern(const std::string& key, std::string_view spelling) {
    auto [it, added] = ids.emplace(key, static_cast<uint32_t>(keys.size()));
    if (added) {
        keys.push_back(key);
        labels.emplace_back(spelling);
        spellings.emplace_back();
    }
    if (it->second < spellings.size()) ++spellings[it->second][std::string(spelling)];
    return it->second;
}

void ValueTable::finishLabels() {
    for (size_t i = 0; i < spellings.size(); ++i) {
        uint32_t best = 0;
        for (const auto& [s, n] : spellings[i])  // most frequent; ties: smallest, for determinism
            if (n > best || (n == best && s < labels[i])) {
                best = n;
                labels[i] = s;
            }
    }
    spellings.clear();
    spellings.shrink_to_fit();
}

void DocScores::reset(size_t n) {
    if (score.size() != n) {
        score.assign(n, 0);
        bits.assign(n, 0);
        stamp.assign(n, 0);
        gen = 0;
    }
    if (++gen == 0) {  // wrapped: forget every old stamp
        std::fill(stamp.begin(), stamp.end(), 0);
        gen = 1;
    }
    docs.clear();
}

namespace {

// One token occurrence, counted per (term, field) of a group while building.
struct Occurrence {
    uint32_t term;  // temporary id (the order terms were met)
    uint8_t field;
    uint8_t tf;
    uint8_t flags;  // 1 = an occurrence with accents, 2 = one without
    uint8_t items;  // lead items (field Lead only), as in leadItemsOf
};

// The occurrences of all groups are the build's largest list (ten million at 100,000 groups), kept
// until the postings are written: each group's, sorted by term, as bytes. Per occurrence the term's
// distance from the previous one (a varint: 0 for the same term in another field), then a byte
// with the field (4 bits), the flags (2) and whether tf (> 1) and lead items follow, a byte each.
// About 3.5 bytes instead of 8.
constexpr uint8_t kOccHasTf = 0x40, kOccHasItems = 0x80;
static_assert(kSearchFieldCount <= 16);

void encodeOccurrence(std::vector<uint8_t>& out, uint32_t delta, const Occurrence& o) {
    uint8_t varint[5];
    out.insert(out.end(), varint, writeVarint(varint, delta));
    out.push_back(static_cast<uint8_t>(o.field | (o.flags << 4) | (o.tf > 1 ? kOccHasTf : 0) | (o.items ? kOccHasItems : 0)));
    if (o.tf > 1) out.push_back(o.tf);
    if (o.items) out.push_back(o.items);
}

// Reads one occurrence at `p` (the previous one's term in `o.term`); returns the next byte.
// Inlined: as a call, `o` goes through memory (1.5 million calls at 10,000 groups).
[[gnu::always_inline]] inline const uint8_t* decodeOccurrence(const uint8_t* p, Occurrence& o) {
    uint32_t delta;
    p = readVarint(p, delta);
    o.term += delta;
    uint8_t h = *p++;
    o.field = h & 0x0F;
    o.flags = (h >> 4) & 0x03;
    o.tf = (h & kOccHasTf) ? *p++ : 1;
    o.items = (h & kOccHasItems) ? *p++ : 0;
    return p;
}

// The one-character prefixes with a merged list (IndexData::firstCharStart).
bool hasFirstCharList(int c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// What an occurrence adds to its posting's bits (Posting::bits: the OR over the group's
// occurrences of the term). Step 1 sizes the posting with them, step 3 writes them: one truth.
uint16_t occurrenceBits(const Occurrence& o) {
    static_assert(kAccentedBit == 1 << 14 && kPlainBit == 2 << 14);  // Occurrence::flags' two bits
    return static_cast<uint16_t>(1u << o.field | o.items << kLeadItemShift | o.flags << 14);
}

}  // namespace
}  // namespace query

void query::IndexData::build(const Registry& reg, const IndexOptions& opt) {
    registry = &reg;
    options = opt;
    docCount = static_cast<uint32_t>(reg.groups.size());
    const uint32_t n = docCount;

    // ---- 1. tokens of every group -> occurrences per (term, field), group after group
    auto table = std::make_unique<TermTable>();  // let go once the dictionary has the terms
    std::vector<uint32_t> termDocs;  // per temporary id: how many groups have the term (its postings)
    std::vector<uint32_t> termBytes;  // per temporary id: its postings' bytes, as step 3 writes them
    std::vector<uint32_t> lastDoc;    // per temporary id: its last group (the next one's distance)
    // In blocks (64 KiB, each one twice the last up to 1 MiB, or one group's bytes if more), not
    // one vector: a vector that doubles holds up to three times what it needs while it grows (and
    // up to twice after); small first blocks keep a small registry's peak small. A group's bytes
    // are in one block: the next block starts where a group did not fit.
    constexpr size_t kOccFirstBlock = size_t(1) << 16, kOccBlock = size_t(1) << 20;
    std::vector<std::vector<uint8_t>> occ;
    std::vector<uint32_t> docOccBytes(n);  // group d's occurrences' bytes
    std::vector<uint8_t> docBytes;
    std::vector<std::array<uint16_t, kSearchFieldCount>> fieldLen(n);
    std::vector<std::tuple<uint32_t, std::string, uint32_t>> accents;  // term, spelling, doc
    std::vector<Occurrence> docOcc;
    // Steps 1, 3 and 6: a group's work is a function called once per group (model/call_each.h).
    auto collect = [&](uint32_t d) {
        const Group& g = reg.groups[d];
        docOcc.clear();
        forEachIndexedText(g, [&](SpanSource src, uint32_t item, std::string_view text, uint32_t) {
            if (text.empty()) return;
            auto field = static_cast<uint8_t>(fieldOf(src));
            const bool person = (src == SpanSource::LeadName || src == SpanSource::LeadGithub) && item < kLeadItems;
            const auto items = static_cast<uint8_t>(person ? 1u << item : 0u);
            forEachToken(text, [&](const Token& t) {
                bool added;
                const uint32_t id = table->intern(t.folded, added);
                if (added) {
                    termDocs.push_back(0);
                    termBytes.push_back(0);
                    lastDoc.push_back(0);
                }
                bool accented = t.exact != t.folded;
                docOcc.push_back({id, field, 1, static_cast<uint8_t>(accented ? 1 : 2), items});
                if (accented) accents.emplace_back(id, t.exact, d);
                auto& len = fieldLen[d][field];
                if (len < 0xFFFF) ++len;
            });
        });
        std::sort(docOcc.begin(), docOcc.end(), [](const Occurrence& a, const Occurrence& b) {
            return a.term != b.term ? a.term < b.term : a.field < b.field;
        });
        size_t kept = 0;  // merged in place: one per (term, field)
        for (size_t i = 0; i < docOcc.size(); ++i) {
            const Occurrence& o = docOcc[i];
            Occurrence* last = kept ? &docOcc[kept - 1] : nullptr;  // the group's previous occurrence
            if (last && last->term == o.term && last->field == o.field) {
                if (last->tf < 255) ++last->tf;
                last->flags |= o.flags;
                last->items |= o.items;
            } else {
                docOcc[kept++] = o;
            }
        }
        for (size_t i = 0; i < kept;) {  // one posting per term: its size
            const uint32_t term = docOcc[i].term;
            uint16_t bits = 0;
            for (; i < kept && docOcc[i].term == term; ++i) bits |= occurrenceBits(docOcc[i]);
            termBytes[term] += postingSize(d - lastDoc[term], bits);
            lastDoc[term] = d;
            ++termDocs[term];
        }
        docBytes.clear();
        for (size_t i = 0; i < kept; ++i) encodeOccurrence(docBytes, docOcc[i].term - (i ? docOcc[i - 1].term : 0), docOcc[i]);
        if (occ.empty() || occ.back().size() + docBytes.size() > occ.back().capacity()) {
            const size_t block = occ.empty() ? kOccFirstBlock : std::min(kOccBlock, 2 * occ.back().capacity());
            occ.emplace_back().reserve(std::max(block, docBytes.size()));
        }
        const size_t at = occ.back().size();
        occ.back().resize(at + docBytes.size());
        if (!docBytes.empty()) std::memcpy(occ.back().data() + at, docBytes.data(), docBytes.size());
        docOccBytes[d] = static_cast<uint32_t>(docBytes.size());
    };
    callEach(n, collect);
    docBytes = {};
    lastDoc = {};

    // ---- 2. dictionary order
    std::vector<uint32_t> order(table->size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return bytesBefore(table->term(a), table->term(b)); });
    std::vector<uint32_t> finalId(table->size());
    {
        std::vector<std::string_view> sorted(order.size());
        for (uint32_t i = 0; i < order.size(); ++i) {
            finalId[order[i]] = i;
            sorted[i] = table->term(order[i]);
        }
        dict.assign(sorted);
    }
    table.reset();
    order = {};
    const uint32_t termCount = dict.size();

    // ---- 3. postings: each group's occurrences, term by term, into their term's place
    double avgLen[kSearchFieldCount] = {};
    {
        uint64_t sum[kSearchFieldCount] = {}, docs[kSearchFieldCount] = {};
        for (const auto& lens : fieldLen)
            for (int f = 0; f < kSearchFieldCount; ++f)
                if (lens[f]) {
                    sum[f] += lens[f];
                    ++docs[f];
                }
        for (int f = 0; f < kSearchFieldCount; ++f) avgLen[f] = docs[f] ? double(sum[f]) / double(docs[f]) : 1.0;
    }
    // Each term's postings have their room from their bytes counted in step 1 (one block, its exact
    // size: no copy to shrink it later); the groups are read in order, so each term's postings
    // come out in group order, with no list grouped by term in between. A group's occurrences of
    // one term are together (sorted by term, then field), so a posting's weight adds its fields in
    // the same order as ever. postingStart[t + 1] is where term t's next byte goes: its start,
    // then, once all are written, its end (the start of term t + 1).
    postingStart.assign(termCount + 1, 0);
    for (uint32_t t = 0; t < termDocs.size(); ++t)
        postingStart[finalId[t] + 1] = varintSize(termDocs[t]) + termBytes[t];
    termBytes = {};
    size_t total = 0;
    for (uint32_t t = 0; t < termCount; ++t) {
        const uint32_t bytes = postingStart[t + 1];
        postingStart[t + 1] = static_cast<uint32_t>(total);
        total += bytes;
    }
    postings.assign(total, 0);
    for (uint32_t t = 0; t < termDocs.size(); ++t) {
        uint32_t& at = postingStart[finalId[t] + 1];
        at = static_cast<uint32_t>(writeVarint(postings.data() + at, termDocs[t]) - postings.data());
    }
    termDocs = {};
    std::vector<uint32_t> lastDocOf(termCount, 0);  // by final id, as lastDoc in step 1
    // The first-character lists' length, counted here (each group's first characters) instead
    // of by reading every posting once more: per term, the bit of its first character's list.
    std::vector<uint8_t> firstCharBit(termCount, 63);  // 63: none
    for (int c = 0, bit = 0; c < 256; ++c) {
        if (!hasFirstCharList(c)) continue;
        auto [lo, hi] = dict.prefixRange(std::string(1, static_cast<char>(c)));
        std::fill(firstCharBit.begin() + lo, firstCharBit.begin() + hi, static_cast<uint8_t>(bit++));
    }
    size_t firstCharTotal = 0;
    const float k1 = opt.k1;
    size_t block = 0, pos = 0;  // where group d's bytes are: as they were written
    if (occ.empty()) occ.emplace_back();
    auto write = [&](uint32_t d) {
        if (pos + docOccBytes[d] > occ[block].size()) {
            occ[block] = {};  // read: let it go
            ++block;
            pos = 0;
        }
        const uint8_t* p = occ[block].data() + pos;
        const uint8_t* const end = p + docOccBytes[d];
        pos += docOccBytes[d];
        Occurrence o{0, 0, 0, 0, 0};
        uint64_t firstChars = 0;
        bool pending = p != end;  // o holds an occurrence not yet added to a posting
        if (pending) p = decodeOccurrence(p, o);
        while (pending) {
            const uint32_t term = o.term;
            double tf = 0;
            uint16_t bits = 0;
            do {
                double b = opt.lengthNorm[o.field];
                double norm = 1.0 - b + b * double(fieldLen[d][o.field]) / avgLen[o.field];
                tf += opt.weights[o.field] * o.tf / norm;
                bits |= occurrenceBits(o);
                pending = p != end;
                if (pending) p = decodeOccurrence(p, o);
            } while (pending && o.term == term);
            double sat = tf / (k1 + tf);  // in [0, 1)
            auto w = static_cast<uint16_t>(std::lround(std::clamp(sat, 0.0, 1.0) * kWeightScale));
            const uint32_t t = finalId[term];
            uint32_t& at = postingStart[t + 1];
            uint8_t* next = writePosting(postings.data() + at, d - lastDocOf[t], std::max<uint16_t>(w, 1), bits);
            at = static_cast<uint32_t>(next - postings.data());
            lastDocOf[t] = d;
            firstChars |= uint64_t(1) << firstCharBit[t];
        }
        firstCharTotal += static_cast<size_t>(__builtin_popcountll(firstChars & ~(uint64_t(1) << 63)));
    };
    callEach(n, write);
    assert(postingStart[termCount] == total);  // step 1 sized what step 3 wrote
    occ = {};
    lastDocOf = {};
    firstCharBit = {};
    docOccBytes = {};
    fieldLen = {};

    dict.buildTrie();

    // ---- 4. accent spellings
    for (auto& a : accents) std::get<0>(a) = finalId[std::get<0>(a)];
    std::sort(accents.begin(), accents.end());
    accents.erase(std::unique(accents.begin(), accents.end()), accents.end());
    variants.clear();
    variantDocs.clear();
    for (size_t i = 0; i < accents.size();) {
        AccentVariant v;
        v.term = std::get<0>(accents[i]);
        v.exact = std::get<1>(accents[i]);
        v.docsBegin = static_cast<uint32_t>(variantDocs.size());
        for (; i < accents.size() && std::get<0>(accents[i]) == v.term && std::get<1>(accents[i]) == v.exact; ++i)
            variantDocs.push_back(std::get<2>(accents[i]));
        v.docsEnd = static_cast<uint32_t>(variantDocs.size());
        variants.push_back(std::move(v));
    }
    variants.shrink_to_fit();
    variantDocs.shrink_to_fit();

    // ---- 5. name order, for stable ties
    {
        std::vector<std::string> keys(n);
        auto key = [&](size_t d) { keys[d] = fold(reg.groups[d].name); };
        callEach(n, key);
        std::vector<uint32_t> byName(n);
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [&](uint32_t a, uint32_t b) {
            const auto& ga = reg.groups[a];
            const auto& gb = reg.groups[b];
            return std::tie(keys[a], ga.name, ga.id, a) < std::tie(keys[b], gb.name, gb.id, b);
        });
        nameRank.assign(n, 0);
        for (uint32_t r = 0; r < n; ++r) nameRank[byName[r]] = r;
        this->byName = std::move(byName);
    }

    // ---- 6. facet values
    companies = {};
    kinds = {};
    docCompanyStart.assign(1, 0);
    docCompanies.clear();
    docKind.assign(n, UINT32_MAX);
    std::vector<uint32_t> ids;
    auto facets = [&](uint32_t d) {
        const Group& g = reg.groups[d];
        ids.clear();
        for (const auto& lead : g.leads) {
            std::string key = fold(lead.company);
            if (key.empty()) continue;
            ids.push_back(companies.intern(key, trim(lead.company)));
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        docCompanies.insert(docCompanies.end(), ids.begin(), ids.end());
        docCompanyStart.push_back(static_cast<uint32_t>(docCompanies.size()));
        std::string kindKey = fold(g.kind);
        if (!kindKey.empty()) docKind[d] = kinds.intern(kindKey, trim(g.kind));
    };
    callEach(n, facets);
    companies.finishLabels();
    kinds.finishLabels();
    docCompanies.shrink_to_fit();

    buildFirstCharLists(firstCharTotal);
    wordCache.clear();
    computeMeetingFacts(nullptr);
}

void query::IndexData::buildFirstCharLists(size_t total) {
    const uint32_t n = docCount;
    firstCharStart.assign(257, 0);
    firstCharDocs.clear();
    firstCharScore.clear();
    std::vector<float> best(n, 0);
    std::vector<uint64_t> touched((n + 63) / 64, 0);
    // The lists' length is known (`total`), so that they are one exact block each (growing, then
    // shrinking, would hold up to three times them at the index's peak).
    firstCharDocs.reserve(total);
    firstCharScore.reserve(total);
    auto list = [&](size_t c) {  // a call per character (model/call_each.h)
        firstCharStart[c] = static_cast<uint32_t>(firstCharDocs.size());
        if (!hasFirstCharList(static_cast<int>(c))) return;
        // Each group with a term starting with `c`, in `touched`, and its best score for one.
        auto [lo, hi] = dict.prefixRange(std::string(1, static_cast<char>(c)));
        for (uint32_t t = lo; t < hi; ++t) {
            TermMatch m;
            m.term = t;
            m.exact = dict.term(t).size() == 1;
            const float quality = matchQuality(m, 1, codePointCount(dict.term(t)));
            PostingCursor cursor = postingsOf(t);
            for (Posting p; cursor.next(p);) {
                float s = quality * float(p.weight) * ((p.bits & kPlainBit) ? 1.0f : kAccentFolded);
                if (s > best[p.doc]) best[p.doc] = s;
                touched[p.doc >> 6] |= uint64_t(1) << (p.doc & 63);
            }
        }
        for (uint32_t wi = 0; wi < touched.size(); ++wi) {  // in group order
            for (uint64_t bits = touched[wi]; bits; bits &= bits - 1) {
                uint32_t d = wi * 64 + static_cast<uint32_t>(__builtin_ctzll(bits));
                firstCharDocs.push_back(d);
                firstCharScore.push_back(static_cast<uint16_t>(std::lround(std::min(best[d], kWeightScale))));
                best[d] = 0;
            }
            touched[wi] = 0;
        }
    };
    callEach(256, list);
    firstCharStart[256] = static_cast<uint32_t>(firstCharDocs.size());
    assert(firstCharDocs.size() == total);
}

void query::IndexData::computeMeetingFacts(const std::vector<GroupTimeFacts>* given) {
    const uint32_t n = docCount;
    meetingFacts = given != nullptr;
    facts.assign(n, DocFacts{});
    zones = {};
    cadences = {};
    docZoneStart.assign(1, 0);
    docZones.clear();
    // Cadences in a fixed order first, so their bits and facet order do not depend on the data.
    for (const char* c : {"daily", "weekly", "biweekly", "monthly", "irregular"}) cadences.intern(c, c);
    std::vector<uint32_t> ids;
    auto group = [&](size_t d) {  // a call per group (model/call_each.h)
        const Group& g = registry->groups[d];
        DocFacts& f = facts[d];
        if (!g.leads.empty()) f.flags |= kHasLead;
        if (!g.contacts.empty()) f.flags |= kHasContact;
        if (!g.topics.empty()) f.flags |= kHasTopic;
        if (!trim(g.description).empty()) f.flags |= kHasDescription;
        ids.clear();
        // The time module's facts: in the viewer's zone when given, else as the rules write them.
        GroupTimeFacts asWritten;
        const GroupTimeFacts* m = nullptr;
        if (given) {
            if (d < given->size()) m = &(*given)[d];
        } else {
            asWritten = groupTimeFactsAsWritten(g);
            m = &asWritten;
        }
        if (m) {
            f.days = m->localDays & 0x7F;
            if (m->hasMeeting) f.flags |= kHasMeeting;
            if (m->fitsHours) f.flags |= kFitsHours;
            for (const auto& c : m->cadences) {
                std::string key = fold(c);
                if (key.empty()) continue;
                uint32_t id = cadences.intern(key, c);
                if (id < 16) f.cadences |= static_cast<uint16_t>(1u << id);
            }
            for (const auto& z : m->zones)
                if (!z.empty()) ids.push_back(zones.intern(fold(z), z));
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        docZones.insert(docZones.end(), ids.begin(), ids.end());
        docZoneStart.push_back(static_cast<uint32_t>(docZones.size()));
    };
    callEach(n, group);
    zones.finishLabels();
    cadences.finishLabels();
    allCountsValid = false;
}

// ---- SearchIndex ---------------------------------------------------------------------------

SearchIndex::SearchIndex() : impl_(std::make_unique<query::IndexData>()) {}
SearchIndex::SearchIndex(const Registry& registry, const IndexOptions& options) : SearchIndex() {
    build(registry, options);
}
SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;

void SearchIndex::build(const Registry& registry, const IndexOptions& options) {
    impl_ = std::make_unique<query::IndexData>();
    impl_->build(registry, options);
}

void SearchIndex::setMeetingFacts(std::vector<GroupTimeFacts> facts) {
    if (impl_ && impl_->registry) impl_->computeMeetingFacts(&facts);
}

void SearchIndex::clearMeetingFacts() {
    if (impl_ && impl_->registry) impl_->computeMeetingFacts(nullptr);
}

// A moved-from index has no data and answers like an empty one.
bool SearchIndex::hasMeetingFacts() const { return impl_ && impl_->meetingFacts; }
size_t SearchIndex::groupCount() const { return impl_ ? impl_->docCount : 0; }
size_t SearchIndex::termCount() const { return impl_ ? impl_->dict.size() : 0; }

size_t SearchIndex::memoryBytes() const {
    if (!impl_) return 0;
    const query::IndexData& x = *impl_;
    auto vec = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    size_t bytes = x.dict.memoryBytes() + vec(x.postingStart) + vec(x.postings) + vec(x.variantDocs) +
                   vec(x.nameRank) + vec(x.byName) + vec(x.firstCharStart) + vec(x.firstCharDocs) + vec(x.firstCharScore) + vec(x.docCompanyStart) + vec(x.docCompanies) + vec(x.docKind) +
                   vec(x.docZoneStart) + vec(x.docZones) + vec(x.facts);
    for (const auto& v : x.variants) bytes += sizeof(v) + v.exact.capacity();
    for (const auto* t : {&x.companies, &x.kinds, &x.zones, &x.cadences})
        for (size_t i = 0; i < t->keys.size(); ++i) bytes += 2 * sizeof(std::string) + t->keys[i].capacity() + t->labels[i].capacity() + 32;
    // The per-keystroke caches grow while a visitor types; they are bounded (search.cpp), and
    // counting them here is what lets a test see that bound.
    constexpr size_t kNode = 2 * sizeof(void*);  // a hash node's links, roughly
    for (const auto& [key, m] : x.wordCache)
        bytes += kNode + sizeof(key) + key.capacity() + sizeof(m) + vec(m.terms) + vec(m.quality) + vec(m.typoTerms);
    for (const auto& [key, words] : x.alternativesCache) {
        bytes += kNode + sizeof(key) + key.capacity() + sizeof(words) + vec(words);
        for (const auto& w : words) bytes += w.capacity();
    }
    return bytes;
}

}  // namespace wgf

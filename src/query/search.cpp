// Running a query: word expansion, clause evaluation, BM25F scores, ranking.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "query/analyze.h"
#include "query/search_internal.h"

namespace wgf {

using namespace query;

namespace {

constexpr size_t kMaxWordCacheEntries = 256;
// Up to this many terms, the matches of a word being typed are filtered from the previous
// keystroke's rather than looked up afresh.
constexpr size_t kMaxFilteredTerms = 20000;

}  // namespace

const WordMatches& query::IndexData::matchWord(const QueryWord& w) {
    std::string key = w.folded;
    key.push_back('\0');
    key.push_back(w.prefix ? 'p' : 'e');
    key.push_back(static_cast<char>('0' + w.maxTypos));
    auto it = wordCache.find(key);
    if (it != wordCache.end()) return it->second;
    WordMatches m;
    // Typing one more character: the terms within reach of the longer word are among those of
    // the shorter one (when both allow as many typos), so filter those instead of walking the trie.
    const WordMatches* previous = nullptr;
    if (w.prefix && w.maxTypos > 0 && w.cps.size() >= 2) {
        std::string shorter;
        encodeUtf8(std::u32string_view(w.cps).substr(0, w.cps.size() - 1), shorter);
        shorter.push_back('\0');
        shorter.push_back('p');
        shorter.push_back(static_cast<char>('0' + w.maxTypos));
        auto p = wordCache.find(shorter);
        if (p != wordCache.end() && p->second.terms.size() <= kMaxFilteredTerms) previous = &p->second;
    }
    if (previous) {
        std::u32string term;
        for (const auto& t : previous->terms) {
            decodeUtf8(dict.term(t.term), term);
            int d = prefixEditDistance(term, w.cps, w.maxTypos);
            if (d <= w.maxTypos) m.terms.push_back({t.term, static_cast<uint8_t>(d), term == w.cps});
        }
    } else {
        matchTerms(dict, w.cps, w.prefix, w.maxTypos, m.terms);
    }
    m.quality.reserve(m.terms.size());
    uint64_t dfSum = 0, dfByDistance[3] = {};
    for (const auto& t : m.terms) {
        m.quality.push_back(matchQuality(t, w.cps.size(), t.exact ? w.cps.size() : codePointCount(dict.term(t.term))));
        const uint32_t termDf = df(t.term);
        dfSum += termDf;
        dfByDistance[std::min<int>(t.distance, 2)] += termDf;
        if (t.distance > 0) m.typoTerms.push_back(dict.term(t.term));
    }
    m.postings = dfSum;
    if (w.prefix && w.cps.size() == 1 && w.cps[0] < 0x80 && !firstCharStart.empty()) {
        m.firstChar = static_cast<int>(w.cps[0]);
        m.postings = firstCharStart[w.cps[0] + 1] - firstCharStart[w.cps[0]];
    }
    // Rarity of the word as meant: all its expansions share it (a rare completion or typo does
    // not outrank the common exact match), taken from the nearest matches only (a common word
    // two typos away, "meeting" for "teesting", does not make "testing" look common).
    uint64_t nearest = dfByDistance[0] ? dfByDistance[0] : dfByDistance[1] ? dfByDistance[1] : dfByDistance[2];
    double n = docCount, dfw = std::min<double>(n, double(nearest));
    m.idf = static_cast<float>(std::log(1.0 + (n - dfw + 0.5) / (dfw + 0.5)));
    return wordCache.emplace(std::move(key), std::move(m)).first->second;
}

namespace {

class Evaluator {
public:
    Evaluator(query::IndexData& index, std::vector<OperandRef>& operands)
        : x_(index), C(index.scratch[0]), K(index.scratch[1]), O(index.scratch[2]),
          W(index.scratch[3]), T(index.scratch[4]), operands_(operands) {}

    // The docs matching every clause (and `fitsHours`), with their scores, in C.
    DocScores& run(const ParsedQuery& q, bool fitsHoursOnly, const std::vector<bool>* onlyGroups) {
        const size_t n = x_.docCount;
        for (auto* s : {&C, &K, &O, &W, &T}) s->reset(n);
        std::vector<const Clause*> positive, negative, optional;
        for (const auto& c : q.clauses) (c.negated ? negative : c.optional ? optional : positive).push_back(&c);
        if (positive.empty()) positive.swap(optional);  // the parser leaves a word to require; in case not
        // Cheapest first: every later clause only visits the survivors. Filters and phrases
        // (which re-read the text) go after the word clauses.
        // A few clauses: an insertion sort keeps equal costs in the query's order without
        // std::stable_sort's code in the widget.
        std::vector<uint64_t> costs;
        for (const Clause* c : positive) costs.push_back(cost(*c));
        for (size_t i = 1; i < positive.size(); ++i)
            for (size_t j = i; j > 0 && costs[j] < costs[j - 1]; --j) {
                std::swap(costs[j], costs[j - 1]);
                std::swap(positive[j], positive[j - 1]);
            }
        bool first = true;
        for (const Clause* c : positive) {
            if (first) {
                evalClause(*c, nullptr, K);
                std::swap(C, K);
                first = false;
            } else {
                evalClause(*c, &C, K);
                T.reset(n);
                for (uint32_t d : K.docs) T.keepBoth(d, C, K);
                std::swap(C, T);
            }
            if (C.docs.empty()) break;
        }
        if (first)  // no positive clause: every group, in name order
            for (uint32_t d = 0; d < n; ++d) C.setMax(d, 0, 0);
        for (const Clause* c : negative) {
            if (C.docs.empty()) break;
            evalClause(*c, &C, K);
            T.reset(n);
            for (uint32_t d : C.docs)
                if (!K.has(d)) T.keep(d, C);
            std::swap(C, T);
        }
        if (fitsHoursOnly && x_.meetingFacts) {
            T.reset(n);
            for (uint32_t d : C.docs)
                if (x_.facts[d].flags & kFitsHours) T.keep(d, C);
            std::swap(C, T);
        }
        if (onlyGroups) {
            T.reset(n);
            for (uint32_t d : C.docs)
                if (d < onlyGroups->size() && (*onlyGroups)[d]) T.keep(d, C);
            std::swap(C, T);
        }
        if (mayMatchOnePerson(positive))
            for (uint32_t d : C.docs)
                if (C.bits[d] & kSameLeadBits) C.score[d] *= kSameLeadFactor;
        // Optional words only add to the score (and to the fields highlighting looks at) of the
        // groups found; they take no part in the same-person bonus.
        for (const Clause* c : optional) {
            if (C.docs.empty()) break;
            evalClause(*c, &C, K);
            for (uint32_t d : K.docs) {
                C.score[d] += K.score[d];
                C.bits[d] |= K.bits[d] & kFieldMask;
            }
        }
        return C;
    }

private:
    static constexpr uint16_t kLeadBit = 1u << static_cast<int>(SearchField::Lead);

    // Can two words of these clauses have matched in one lead's name? Words merged ahead of time
    // (one character typed) carry no lead items. Otherwise the bonus pass is skipped.
    bool mayMatchOnePerson(const std::vector<const Clause*>& clauses) const {
        int words = 0;
        for (const Clause* c : clauses)
            for (const auto& op : c->anyOf)
                if (const OperandRef* r = op.kind != Operand::Kind::Filter && (op.fields & kLeadBit) ? refOf(op) : nullptr)
                    for (const auto& w : r->words) words += !merged(w, op.fields) && !w.matches->terms.empty();
        return words >= 2;
    }

    // Is the word scored from the merged list of its first character (see IndexData::firstChar*)?
    static bool merged(const WordRef& w, uint16_t fields) {
        return w.matches->firstChar >= 0 && w.word->exact == w.word->folded && (fields & kFieldMask) == kFieldMask;
    }

    const OperandRef* refOf(const Operand& op) const {
        for (const auto& r : operands_)
            if (r.op == &op) return &r;
        return nullptr;
    }

    uint64_t cost(const Clause& c) const {
        uint64_t total = 0;
        for (const auto& op : c.anyOf) {
            if (op.kind == Operand::Kind::Filter) {
                total += uint64_t(1) << 40;
                continue;
            }
            const OperandRef* r = refOf(op);
            uint64_t words = 0;
            if (r)
                for (const auto& w : r->words) words += w.matches->postings;
            if (op.kind == Operand::Kind::Phrase) words += uint64_t(1) << 48;
            total += words;
        }
        return total;
    }

    void evalClause(const Clause& c, const DocScores* restrict, DocScores& out) {
        if (c.anyOf.size() == 1) {
            evalOperand(c.anyOf[0], restrict, out);
            return;
        }
        out.reset(x_.docCount);
        for (const auto& op : c.anyOf) {
            evalOperand(op, restrict, O);
            for (uint32_t d : O.docs) out.setMax(d, O.score[d], O.bits[d]);
        }
    }

    void evalOperand(const Operand& op, const DocScores* restrict, DocScores& out) {
        const size_t n = x_.docCount;
        out.reset(n);
        if (op.kind == Operand::Kind::Filter) {
            if (restrict) {
                for (uint32_t d : restrict->docs)
                    if (passes(op, d)) out.setMax(d, 0, 0);
            } else {
                for (uint32_t d = 0; d < n; ++d)
                    if (passes(op, d)) out.setMax(d, 0, 0);
            }
            return;
        }
        const OperandRef* r = refOf(op);
        if (!r || r->words.empty()) return;
        scatter(r->words[0], op.fields, restrict, out);
        for (size_t i = 1; i < r->words.size() && !out.docs.empty(); ++i) {
            W.reset(n);
            scatter(r->words[i], op.fields, &out, W);
            T.reset(n);
            for (uint32_t d : W.docs) T.keepBoth(d, out, W);
            std::swap(out, T);
        }
        if (op.kind == Operand::Kind::Phrase && r->words.size() > 1) {
            T.reset(n);
            for (uint32_t d : out.docs)
                if (phraseOccurs(d, op)) T.keep(d, out);
            std::swap(out, T);
        }
    }

    // Adds every group where the word matches (in `fields`) with its best score for the word.
    void scatter(const WordRef& w, uint16_t fields, const DocScores* restrict, DocScores& out) {
        const QueryWord& q = *w.word;
        const WordMatches& m = *w.matches;
        bool accentedQuery = q.exact != q.folded;
        std::vector<uint32_t> accentDocs;  // groups spelling the word with the query's accents
        if (accentedQuery) {
            for (const auto& tm : m.terms) {
                if (tm.distance != 0) continue;
                auto it = std::lower_bound(x_.variants.begin(), x_.variants.end(), tm.term,
                                           [](const AccentVariant& v, uint32_t t) { return v.term < t; });
                for (; it != x_.variants.end() && it->term == tm.term; ++it) {
                    bool same = q.prefix ? it->exact.compare(0, q.exact.size(), q.exact) == 0 : it->exact == q.exact;
                    if (same) accentDocs.insert(accentDocs.end(), x_.variantDocs.begin() + it->docsBegin,
                                                x_.variantDocs.begin() + it->docsEnd);
                }
            }
            std::sort(accentDocs.begin(), accentDocs.end());
        }
        if (merged(w, fields)) {
            const float scale = m.idf / kWeightScale;
            for (uint32_t i = x_.firstCharStart[m.firstChar], e = x_.firstCharStart[m.firstChar + 1]; i < e; ++i) {
                uint32_t d = x_.firstCharDocs[i];
                if (restrict && !restrict->has(d)) continue;
                out.setMax(d, scale * float(x_.firstCharScore[i]), kFieldMask);
            }
            return;
        }
        // The lead items come along where the word may match in leads' names.
        const uint16_t kept = static_cast<uint16_t>((fields & kFieldMask) | ((fields & kLeadBit) ? kLeadItemBits : 0));
        for (size_t i = 0; i < m.terms.size(); ++i) {
            const TermMatch& tm = m.terms[i];
            const float base = m.quality[i] * m.idf / kWeightScale;
            PostingCursor c = x_.postingsOf(tm.term);
            for (Posting p; c.next(p);) {
                if (!(p.bits & fields)) continue;
                if (restrict && !restrict->has(p.doc)) continue;
                float s = base * float(p.weight);
                if (!accentedQuery) {
                    if (!(p.bits & kPlainBit)) s *= kAccentFolded;
                } else if (tm.distance == 0 && !std::binary_search(accentDocs.begin(), accentDocs.end(), p.doc)) {
                    s *= kAccentFolded;
                }
                out.setMax(p.doc, s, p.bits & kept);
            }
        }
    }

    bool passes(const Operand& op, uint32_t d) const {
        const DocFacts& f = x_.facts[d];
        switch (op.filter) {
            case FilterKind::Day: return (f.days & op.days) != 0;
            case FilterKind::HasMeeting: return f.flags & kHasMeeting;
            case FilterKind::HasLead: return f.flags & kHasLead;
            case FilterKind::HasContact: return f.flags & kHasContact;
            case FilterKind::HasTopic: return f.flags & kHasTopic;
            case FilterKind::HasDescription: return f.flags & kHasDescription;
            case FilterKind::FitsHours: return !x_.meetingFacts || (f.flags & kFitsHours);
            case FilterKind::Zone:
                for (uint32_t i = x_.docZoneStart[d]; i < x_.docZoneStart[d + 1]; ++i)
                    if (x_.zones.keys[x_.docZones[i]].find(op.text) != std::string::npos) return true;
                return false;
        }
        return false;
    }

    // The phrase's words, in order and adjacent, in one of the operand's fields of group d.
    bool phraseOccurs(uint32_t d, const Operand& op) const {
        const auto& words = op.words;
        bool found = false;
        std::vector<Token> tokens;
        forEachIndexedText(x_.registry->groups[d], [&](SpanSource src, uint32_t, std::string_view text, uint32_t) {
            if (found || text.empty() || !(op.fields & (1u << static_cast<int>(fieldOf(src))))) return;
            tokens.clear();
            forEachToken(text, [&](const Token& t) { tokens.push_back(t); });
            for (size_t i = 0; i + words.size() <= tokens.size() && !found; ++i) {
                size_t k = 0;
                for (; k < words.size(); ++k) {
                    const auto& w = words[k];
                    const auto& t = tokens[i + k].folded;
                    bool ok = w.prefix ? t.compare(0, w.folded.size(), w.folded) == 0 : t == w.folded;
                    if (!ok) break;
                }
                found = k == words.size();
            }
        });
        return found;
    }

    query::IndexData& x_;
    DocScores &C, &K, &O, &W, &T;
    std::vector<OperandRef>& operands_;
};

}  // namespace

std::vector<Span> SearchIndex::spans(std::string_view query, uint32_t group) {
    if (!impl_ || !impl_->registry || group >= impl_->docCount) return {};
    query::IndexData& x = *impl_;
    if (x.wordCache.size() > kMaxWordCacheEntries) x.wordCache.clear();
    ParsedQuery parsed = parseQuery(query);
    std::vector<OperandRef> positive;
    for (const auto& c : parsed.clauses) {
        if (c.negated) continue;
        for (const auto& op : c.anyOf) {
            if (op.kind == Operand::Kind::Filter) continue;
            OperandRef r;
            r.op = &op;
            for (const auto& w : op.words) r.words.push_back({&w, &x.matchWord(w)});
            positive.push_back(std::move(r));
        }
    }
    return positive.empty() ? std::vector<Span>{} : highlight(x, group, positive, kFieldMask);
}

QueryResult SearchIndex::search(std::string_view query, const QueryOptions& options) {
    QueryResult result;
    if (!impl_ || !impl_->registry) return result;
    query::IndexData& x = *impl_;
    if (x.wordCache.size() > kMaxWordCacheEntries) x.wordCache.clear();
    if (x.alternativesCache.size() > kMaxWordCacheEntries) x.alternativesCache.clear();

    ParsedQuery parsed = parseQuery(query);
    result.messages = parsed.messages;

    auto note = [&](int column, const char* text) {  // column 0: not about one place in the query
        Diagnostic d;
        d.severity = Severity::Warning;
        d.line = column > 0 ? 1 : 0;
        d.column = column;
        d.message = text;
        result.messages.push_back(std::move(d));
    };

    // Expand every word of the query once.
    std::vector<OperandRef> operands;
    std::vector<OperandRef> positive;
    bool hasText = false;
    for (const auto& c : parsed.clauses)
        for (const auto& op : c.anyOf) {
            if (op.kind == Operand::Kind::Filter) {
                if (op.filter == FilterKind::Day && !x.meetingFacts)
                    note(static_cast<int>(op.begin) + 1, "day: uses each meeting's own time zone (the viewer's is not known yet)");
                if (op.filter == FilterKind::FitsHours && !x.meetingFacts)
                    note(static_cast<int>(op.begin) + 1, "fits:hours needs the viewer's hours; ignored");
                continue;
            }
            OperandRef r;
            r.op = &op;
            for (const auto& w : op.words) r.words.push_back({&w, &x.matchWord(w)});
            if (!c.negated) {
                positive.push_back(r);
                hasText = true;
            }
            operands.push_back(std::move(r));
        }
    if (options.fitsHoursOnly && !x.meetingFacts) note(0, "\"fits my hours\" needs the viewer's hours; ignored");

    Evaluator evaluator(x, operands);
    DocScores& matched = evaluator.run(parsed, options.fitsHoursOnly, options.onlyGroups);

    std::vector<uint32_t> final;
    countFacets(x, matched, options.facets, options, result.facets, final);
    result.total = final.size();

    // Rank: score (larger first), then name order. One 64-bit key per group sorts both at once:
    // a non-negative float's bits order like the float, inverted for "larger first".
    size_t want = options.limit == 0 || options.offset >= final.size()
                      ? 0
                      : options.offset + std::min(options.limit, final.size() - options.offset);
    bool registryOrder = !hasText && options.browseInRegistryOrder;
    auto keyOf = [&](uint32_t d) {
        float s = hasText ? std::max(0.0f, matched.score[d]) : 0.0f;
        uint32_t bits;
        std::memcpy(&bits, &s, sizeof bits);
        return (uint64_t(~bits) << 32) | (registryOrder ? d : x.nameRank[d]);
    };
    std::vector<uint64_t> keys;
    if (want <= 1024) {
        // A page: keep the best `want` in a max-heap; most groups fail the first comparison.
        keys.reserve(want + 1);
        for (uint32_t d : final) {
            uint64_t k = keyOf(d);
            if (keys.size() < want) {
                keys.push_back(k);
                std::push_heap(keys.begin(), keys.end());
            } else if (want > 0 && k < keys.front()) {
                std::pop_heap(keys.begin(), keys.end());
                keys.back() = k;
                std::push_heap(keys.begin(), keys.end());
            }
        }
    } else {
        keys.reserve(final.size());
        for (uint32_t d : final) keys.push_back(keyOf(d));
        if (want < keys.size()) {
            std::nth_element(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(want), keys.end());
            keys.resize(want);
        }
    }
    std::sort(keys.begin(), keys.end());
    for (size_t i = options.offset; i < keys.size(); ++i) {
        Hit h;
        auto low = static_cast<uint32_t>(keys[i]);
        h.group = registryOrder ? low : x.byName[low];
        h.score = hasText ? matched.score[h.group] : 0.0f;
        if (options.withSpans && hasText) h.spans = highlight(x, h.group, positive, matched.fields(h.group));
        result.hits.push_back(std::move(h));
    }

    if (result.total == 0 && hasText && !x.suggesting) {
        struct Suggesting {  // the corrected queries it runs must not suggest in turn
            bool& flag;
            explicit Suggesting(bool& f) : flag(f) { flag = true; }
            ~Suggesting() { flag = false; }
        } guard(x.suggesting);
        result.didYouMean = suggestCorrections(*this, x, query, parsed, options);
    }
    return result;
}

}  // namespace wgf

// "Did you mean": for a query that found nothing, nearby index terms put in place of the words
// that failed, and the query without its filler words, kept only when they find groups.
#include <algorithm>
#include <tuple>

#include "query/analyze.h"
#include "query/search_internal.h"

namespace wgf::query {

namespace {

constexpr size_t kMaxSuggestions = 3;
constexpr size_t kAlternativesPerWord = 3;
constexpr size_t kMaxTries = 6;  // corrected queries run per query that found nothing

struct Alternative {
    int distance;
    uint32_t df;
    std::string term;
};

// Index terms near `w`: one edit for words of 1-3 characters, two from 4 on (one more than the
// search allowed, except for long words, where a third edit would mostly find noise). Nearest
// and most frequent first. Cached: while a visitor types on, the other words stay the same.
const std::vector<std::string>& alternativesFor(IndexData& x, const QueryWord& w) {
    auto [it, added] = x.alternativesCache.try_emplace(w.folded);
    if (!added) return it->second;
    if (w.cjk || w.cps.size() < 2) return it->second;
    int allowed = w.cps.size() <= 3 ? 1 : 2;
    std::vector<TermMatch> matches;
    matchTerms(x.dict, w.cps, false, allowed, matches);
    std::vector<Alternative> near;
    for (const auto& m : matches)
        if (m.distance > 0) near.push_back({m.distance, x.df(m.term), std::string(x.dict.term(m.term))});
    std::sort(near.begin(), near.end(), [](const Alternative& a, const Alternative& b) {
        return std::tie(a.distance, b.df, a.term) < std::tie(b.distance, a.df, b.term);
    });
    for (size_t i = 0; i < near.size() && i < kAlternativesPerWord; ++i) it->second.push_back(std::move(near[i].term));
    return it->second;
}

// A probe of a suggestion: only whether it finds groups, under the same facets and hours.
QueryOptions probeOptions(const QueryOptions& options) {
    QueryOptions probe;
    probe.limit = 0;
    probe.withFacets = false;
    probe.withSpans = false;
    probe.facets = options.facets;
    probe.fitsHoursOnly = options.fitsHoursOnly;
    probe.onlyGroups = options.onlyGroups;
    return probe;
}

// `out` and, when there is room, the query without its question and filler words if that finds
// groups. Filler words sink a query only where they were searched for: when nothing else was
// ("who meets day:wed", "where is -archived"), as optional ones add to scores and filter nothing.
std::vector<std::string> withoutFillerWords(SearchIndex& index, std::string_view query, const ParsedQuery& parsed,
                                            const QueryOptions& options, std::vector<std::string> out) {
    if (out.size() >= kMaxSuggestions) return out;
    std::vector<std::pair<uint32_t, uint32_t>> cut;  // byte ranges, in query order
    bool required = false;
    for (const auto& c : parsed.clauses)
        if (isFillerClause(c)) {
            cut.emplace_back(c.anyOf[0].begin, c.anyOf[0].end);
            required |= !c.optional;
        }
    if (!required) return out;  // the same required words: nothing more would be found
    std::string rest;
    size_t from = 0;
    for (const auto& [b, e] : cut) {
        if (b < from || e > query.size()) continue;
        rest.append(query.substr(from, b - from));
        from = e;
    }
    rest.append(query.substr(std::min(from, query.size())));
    std::string shown;  // single spaces between what is left
    for (size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == ' ' && (shown.empty() || shown.back() == ' ')) continue;
        shown.push_back(rest[i]);
    }
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    if (shown.empty() || std::find(out.begin(), out.end(), shown) != out.end()) return out;
    if (index.search(shown, probeOptions(options)).total > 0) out.push_back(std::move(shown));
    return out;
}

}  // namespace

std::vector<std::string> suggestCorrections(SearchIndex& index, IndexData& x, std::string_view query,
                                            const ParsedQuery& parsed, const QueryOptions& options) {
    // The positive words: which match nothing at all, and which are not index terms themselves
    // (found only as a prefix or with typos).
    struct Candidate {
        const QueryWord* word;
        bool fails;
        bool inexact;
        std::vector<std::string> alternatives;
    };
    std::vector<Candidate> words;
    bool anyFails = false;
    for (const auto& c : parsed.clauses) {
        if (c.negated || c.optional) continue;  // an optional word never sinks a query
        for (const auto& op : c.anyOf)
            for (const auto& w : op.words) {
                const WordMatches& m = x.matchWord(w);
                bool fails = m.terms.empty();
                bool exact = std::any_of(m.terms.begin(), m.terms.end(), [](const TermMatch& t) { return t.exact; });
                anyFails |= fails;
                words.push_back({&w, fails, !exact, {}});
            }
    }
    // Fix the failing words. If every word matches somewhere (only their combination fails),
    // try another term for one word at a time, among the words the visitor may have misspelled:
    // a word that is itself a term was meant.
    for (auto& c : words)
        if (c.fails || (!anyFails && c.inexact)) c.alternatives = alternativesFor(x, *c.word);

    std::vector<std::vector<std::pair<const QueryWord*, std::string>>> tries;
    if (anyFails) {
        std::vector<std::pair<const QueryWord*, std::string>> best;
        bool complete = true;
        for (const auto& c : words)
            if (c.fails) {
                if (c.alternatives.empty()) complete = false;
                else best.emplace_back(c.word, c.alternatives[0]);
            }
        if (!complete) return withoutFillerWords(index, query, parsed, options, {});
        tries.push_back(best);
        for (size_t i = 0; i < best.size(); ++i) {  // second choices, one word at a time
            const auto* c = &*std::find_if(words.begin(), words.end(), [&](const Candidate& k) { return k.word == best[i].first; });
            for (size_t a = 1; a < c->alternatives.size(); ++a) {
                auto t = best;
                t[i].second = c->alternatives[a];
                tries.push_back(std::move(t));
            }
        }
    } else {  // the first alternative of each word, then the second...
        for (size_t a = 0; a < kAlternativesPerWord && tries.size() < kMaxTries / 2; ++a)
            for (const auto& c : words)
                if (a < c.alternatives.size() && tries.size() < kMaxTries / 2) tries.push_back({{c.word, c.alternatives[a]}});
    }

    std::vector<std::string> out;
    const QueryOptions probe = probeOptions(options);
    size_t tried = 0;
    for (auto& t : tries) {
        if (out.size() >= kMaxSuggestions || tried++ >= kMaxTries) break;
        // Replace from the end so earlier offsets stay valid.
        std::sort(t.begin(), t.end(), [](const auto& a, const auto& b) { return a.first->begin > b.first->begin; });
        std::string corrected(query);
        for (const auto& [w, term] : t) corrected.replace(w->begin, w->end - w->begin, term);
        if (std::find(out.begin(), out.end(), corrected) != out.end()) continue;
        QueryResult r = index.search(corrected, probe);
        if (r.total > 0) out.push_back(std::move(corrected));
    }
    return withoutFillerWords(index, query, parsed, options, std::move(out));
}

}  // namespace wgf::query

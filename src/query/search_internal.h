// wgfinder query engine: the steps of a search, shared by search.cpp and its helpers.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "query/index_impl.h"

namespace wgf::query {

// The matches of every word of the positive operands, looked up once per search.
struct WordRef {
    const QueryWord* word = nullptr;
    const WordMatches* matches = nullptr;
};
struct OperandRef {
    const Operand* op = nullptr;
    std::vector<WordRef> words;
};

// Facet counting and facet filters over `base` (the docs matching the query and the non-facet
// filters). Fills `out` and `final` (the docs that also pass the facet selection).
void countFacets(IndexData& index, const DocScores& base, const FacetSelection& selection,
                 const QueryOptions& options, Facets& out, std::vector<uint32_t>& final);

// Highlight spans of the positive operands in group `doc`, looking only at `fields` (the
// SearchField bits where its matches were found).
std::vector<Span> highlight(IndexData& index, uint32_t doc, const std::vector<OperandRef>& operands, uint16_t fields);

// Whole corrected queries that find groups, for a query that found none.
std::vector<std::string> suggestCorrections(SearchIndex& index, IndexData& impl,
                                            std::string_view query, const ParsedQuery& parsed,
                                            const QueryOptions& options);

// Does a token (its folded form) match the word? The same answer as "is the token's term one
// of the word's matches", without looking the token up in the dictionary.
inline bool tokenMatches(const WordRef& w, std::string_view token) {
    const QueryWord& q = *w.word;
    if (q.prefix ? token.substr(0, q.folded.size()) == q.folded : token == q.folded) return true;
    const auto& typos = w.matches->typoTerms;
    return !typos.empty() && std::binary_search(typos.begin(), typos.end(), token);
}

}  // namespace wgf::query

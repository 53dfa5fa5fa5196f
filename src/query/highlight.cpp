// Highlight spans: which stretches of a group's text the query matched.
//
// Only run for the hits shown, so it re-reads their text instead of storing positions in the
// index. A token is marked when its term is one of the terms a query word expanded to and it lies
// in a field the word may match: the whole word for an exact or typo match, the typed part for a
// completion of the word being typed. A phrase is marked where its words stand together.
#include <algorithm>

#include "query/analyze.h"
#include "query/search_internal.h"

namespace wgf::query {

std::vector<Span> highlight(IndexData& x, uint32_t doc, const std::vector<OperandRef>& operands) {
    std::vector<Span> spans;
    std::vector<Token> tokens;
    forEachIndexedText(x.registry->groups[doc], [&](SpanSource src, uint32_t item, std::string_view text,
                                                    uint32_t offset) {
        if (text.empty()) return;
        const uint16_t fieldBit = static_cast<uint16_t>(1u << static_cast<int>(fieldOf(src)));
        bool wanted = false;
        for (const auto& r : operands) wanted |= (r.op->fields & fieldBit) != 0;
        if (!wanted) return;
        tokens.clear();
        forEachToken(text, [&](const Token& t) { tokens.push_back(t); });
        auto mark = [&](size_t from, size_t to) {  // tokens [from, to]
            spans.push_back({src, item, offset + tokens[from].begin, offset + tokens[to].end});
        };
        for (const auto& r : operands) {
            if (!(r.op->fields & fieldBit)) continue;
            if (r.op->kind == Operand::Kind::Phrase && r.words.size() > 1) {
                const size_t k = r.words.size();
                for (size_t i = 0; i + k <= tokens.size(); ++i) {
                    size_t j = 0;
                    while (j < k && tokenMatches(r.words[j], tokens[i + j].folded)) ++j;
                    if (j == k) mark(i, i + k - 1);
                }
                continue;
            }
            for (size_t i = 0; i < tokens.size(); ++i)
                for (const auto& w : r.words) {
                    if (!tokenMatches(w, tokens[i].folded)) continue;
                    const Token& t = tokens[i];
                    const std::string& typed = w.word->folded;
                    if (w.word->prefix && t.folded.size() > typed.size() && t.folded.compare(0, typed.size(), typed) == 0) {
                        // A completion: mark what was typed ("Sec" of "Security").
                        size_t bytes = foldedPrefixBytes(text.substr(t.begin, t.end - t.begin), typed.size());
                        spans.push_back({src, item, offset + t.begin, offset + t.begin + static_cast<uint32_t>(bytes)});
                    } else {
                        mark(i, i);
                    }
                }
        }
    });
    // In field order, then by position; overlapping or touching spans (CJK bigrams) merged.
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        if (a.source != b.source) return a.source < b.source;
        if (a.item != b.item) return a.item < b.item;
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    std::vector<Span> merged;
    for (const auto& s : spans) {
        if (!merged.empty() && merged.back().source == s.source && merged.back().item == s.item &&
            s.begin <= merged.back().end) {
            merged.back().end = std::max(merged.back().end, s.end);
        } else {
            merged.push_back(s);
        }
    }
    return merged;
}

}  // namespace wgf::query

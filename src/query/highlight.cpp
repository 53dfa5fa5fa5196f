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

std::vector<Span> highlight(IndexData& x, uint32_t doc, const std::vector<OperandRef>& operands, uint16_t fields) {
    std::vector<Span> spans;
    std::vector<Token> tokens;  // kept only for phrases, which look ahead
    bool phrases = false;
    for (const auto& r : operands) phrases |= r.op->kind == Operand::Kind::Phrase && r.words.size() > 1;
    forEachIndexedText(x.registry->groups[doc], [&](SpanSource src, uint32_t item, std::string_view text,
                                                    uint32_t offset) {
        if (text.empty()) return;
        const uint16_t fieldBit = static_cast<uint16_t>(1u << static_cast<int>(fieldOf(src)));
        if (!(fields & fieldBit)) return;
        bool wanted = false;
        for (const auto& r : operands) wanted |= (r.op->fields & fieldBit) != 0;
        if (!wanted) return;
        // One word's mark on one token: the typed part of a completion ("Sec" of "Security"),
        // else the whole token.
        auto markWord = [&](const Token& t, const WordRef& w) {
            const std::string& typed = w.word->folded;
            uint32_t end = t.end;
            if (w.word->prefix && t.folded.size() > typed.size() && t.folded.compare(0, typed.size(), typed) == 0)
                end = t.begin + static_cast<uint32_t>(foldedPrefixBytes(text.substr(t.begin, t.end - t.begin), typed.size()));
            spans.push_back({src, item, offset + t.begin, offset + end});
        };
        auto markWords = [&](const Token& t) {
            for (const auto& r : operands) {
                if (!(r.op->fields & fieldBit) || (r.op->kind == Operand::Kind::Phrase && r.words.size() > 1)) continue;
                for (const auto& w : r.words)
                    if (tokenMatches(w, t.folded)) markWord(t, w);
            }
        };
        if (!phrases) {
            forEachToken(text, markWords);
            return;
        }
        tokens.clear();
        forEachToken(text, [&](const Token& t) { tokens.push_back(t); });
        for (const auto& t : tokens) markWords(t);
        for (const auto& r : operands) {
            if (!(r.op->fields & fieldBit) || r.op->kind != Operand::Kind::Phrase || r.words.size() < 2) continue;
            const size_t k = r.words.size();
            for (size_t i = 0; i + k <= tokens.size(); ++i) {
                size_t j = 0;
                while (j < k && tokenMatches(r.words[j], tokens[i + j].folded)) ++j;
                if (j == k) spans.push_back({src, item, offset + tokens[i].begin, offset + tokens[i + k - 1].end});
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

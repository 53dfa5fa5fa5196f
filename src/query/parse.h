// wgfinder query engine: the query language (see engine.h) -> clauses.
//
// The parser never fails. What it cannot use is skipped with a message; what is merely
// incomplete at the end of the query (the user is still typing: `lead:`, `istio OR`, `-`, an
// unclosed quote) is used as far as it goes, silently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace wgf::query {

constexpr uint16_t kAllFields = 0x1FF;  // one bit per SearchField
constexpr size_t kMaxQueryBytes = 2000;
constexpr size_t kMaxQueryWords = 32;

struct QueryWord {
    std::string folded;   // what is matched against the index
    std::string exact;    // accents kept: an exact accent match ranks higher
    std::u32string cps;   // `folded` as code points
    bool prefix = false;  // the word is still being typed: terms starting with it match too
    bool cjk = false;
    int maxTypos = 0;     // 0 for CJK, phrases and exclusions
    uint32_t begin = 0, end = 0;  // bytes in the query text
};

enum class FilterKind : uint8_t {
    Day,             // days: bit 0 = Monday
    Zone,            // text: folded substring of a meeting zone
    HasMeeting, HasLead, HasContact, HasTopic, HasDescription,
    FitsHours,
};

struct Operand {
    enum class Kind : uint8_t { Words, Phrase, Filter };
    Kind kind = Kind::Words;
    uint16_t fields = kAllFields;  // Words/Phrase: the fields where the words may match
    std::vector<QueryWord> words;  // Words: all must match (anywhere in `fields`); Phrase: in order
    FilterKind filter = FilterKind::Day;
    uint8_t days = 0;
    std::string text;
    uint32_t begin = 0, end = 0;   // bytes in the query text
};

// Operands joined by OR; a negated clause excludes the groups its (single) operand matches.
// An optional clause (a question or filler word, see isFillerWord) filters nothing: it only adds
// to the score of the groups the other clauses find.
struct Clause {
    bool negated = false;
    bool optional = false;
    std::vector<Operand> anyOf;
};

struct ParsedQuery {
    std::vector<Clause> clauses;  // all must hold
    Diagnostics messages;
};

ParsedQuery parseQuery(std::string_view query);

// Question and filler words ("who", "the", "leads"...), folded. A bare one (not qualified,
// quoted or negated) is optional in a query that has another word.
bool isFillerWord(std::string_view folded);
// A bare filler word (see isFillerWord): the clauses that are optional when the query has
// another word.
bool isFillerClause(const Clause& clause);

// "mon".."sun", "monday", "weekday", "weekend"... -> day bits (bit 0 = Monday); 0 if unknown.
uint8_t parseDays(std::string_view value);
// True when `value` could still become a day name as more is typed ("t", "wedn", "weeke").
bool startsADayName(std::string_view value);

}  // namespace wgf::query

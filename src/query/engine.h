// wgfinder query engine: typo-tolerant, fielded search over a registry's groups, with
// highlighting spans, facet counts and "did you mean".
//
//     wgf::SearchIndex index(registry);             // once per registry; keeps a pointer to it
//     index.setMeetingFacts(facts);                 // optional: days/cadence in the viewer's zone
//     wgf::QueryResult r = index.search("lead:sven company:goog");   // on every keystroke
//     std::string json = wgf::resultsToJson(r, registry);             // for the host page
//
// QUERY LANGUAGE
//   istio security      every word must match (adding a word narrows the results)
//   secur               the last word is a prefix while it is being typed (not once a space
//                       follows it); "securty" still finds "security": words of 4-7 characters
//                       forgive one typo, of 8 or more two (a typo is an inserted, missing,
//                       changed or swapped character); words of 1-3 characters and words with
//                       digits ("v1.28") must be exact
//   "service mesh"      a phrase: these words, exactly, in this order, next to each other, in one
//                       field (an unclosed quote at the end of the query is a phrase being typed)
//   -archived           exclude (also: NOT archived, -"a phrase", -company:acme); exclusions
//                       match exactly, never a prefix or a typo
//   wasm OR ebpf        either (OR binds tighter than the implicit AND: a b OR c = a AND (b OR c))
//   name:   lead:   company: (org:)   topic:   contact:   kind:
//                       the word or "phrase" must match in that field; lead: is a lead's name or
//                       GitHub handle, contact: a contact's kind and label (its address when it
//                       has no label); "lead: sven" with a space works too
//   day:wed             meets on Wednesday (mon..sun, monday..sunday, weekday, weekend,
//                       day:mon,thu), in the viewer's zone when the caller set meeting facts, else
//                       as each meeting's rrule says (the result then carries a note)
//   tz:berlin           a meeting zone contains the text (tz:utc, tz:america/los_angeles)
//   has:meeting  has:lead  has:contact  has:topic  has:description
//   fits:hours          a meeting falls in the viewer's hours (needs meeting facts)
//   who leads networking   question and filler words are optional when the query has another
//                       word or phrase: who what which where when why how, is are was were be
//                       do does did can could should, a an the of for about in on at to with
//                       by from, i me my we our us you it its this that there, and the verbs and
//                       nouns of a question about a group: lead leads led leading run runs chair
//                       chairs meet meets meeting meetings own owns join group groups. An optional
//                       word adds to the score (and is highlighted) where it matches but filters
//                       no group out. Only a bare word is optional: name:the, "the" and -the keep
//                       their meaning, and a query of such words alone ("who", "the lead")
//                       searches for them as any other word
// Qualifiers and operators (OR, NOT, AND) are written as shown; lower-case "or" is a word.
// Text is compared case-, accent- and width-insensitively ("muller" finds "Müller"); an exact
// accent match ranks above a folded one. CJK text is found by any two consecutive characters
// (see analyze.h). A malformed query never fails: what cannot be understood (an unknown
// qualifier, a bad day, a dangling OR) is skipped with a message in QueryResult::messages and
// the rest runs; what is merely unfinished at the end of the query is used silently. A query
// without words lists every group (filtered), in name order.
//
// RANKING
// BM25F: term frequencies are combined across fields with weights (name > topics > leads and
// companies > description, see IndexOptions) before saturation, and each query word counts with
// its rarity. Per word, an exact match scores above a prefix completion (a closer one higher),
// which scores above a typo. Two of the query's words in one lead's name or GitHub handle ("ann
// lee" for the lead Ann Lee) double the group's score, so that the group a person leads ranks
// above groups where the words belong to different people or other fields (this looks at a
// group's first five leads). Ties are broken by name, then id, so equal scores keep a stable
// order.
//
// HIGHLIGHTING
// Hit::spans are byte ranges of the original field text: the whole word for an exact or typo
// match, the typed part for a completion ("Sec" of "Security"), the whole phrase for a phrase.
//
// DID YOU MEAN
// When nothing matches, words are replaced by index terms one or two edits away (one for words
// of 1-3 characters) and the corrected queries that find groups are offered, best first; then
// the query without its question and filler words ("who meets day:wed" -> "day:wed"), if that
// finds groups.
//
// COST
// Building is linear in the registry's text. The index is read-only afterwards; search() keeps a
// small cache of per-word matches so that each keystroke reuses the work of the previous one
// (the words of "kubernetes" typed one character at a time are looked up incrementally), which
// makes search() non-const and a SearchIndex not safe to share between threads. Asking for all
// hits (limit = groups) sorts them all: prefer a page and QueryOptions::offset, and spans() for
// the rows a list shows in an order of its own.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"
#include "model/registry.h"
#include "time/facts.h"

namespace wgf {

namespace query { struct IndexData; }

// What a query word can be restricted to (the qualifiers), each with its own ranking weight.
enum class SearchField : uint8_t {
    Name,         // group name
    Id,           // group id (slug)
    Topic,        // topics
    Lead,         // leads' names and GitHub handles
    Company,      // leads' companies
    Contact,      // contacts' kind and label (the address of one without a label)
    Kind,         // group kind
    Meeting,      // meetings' titles and schedule text
    Description,  // group description
};
constexpr int kSearchFieldCount = 9;
const char* searchFieldName(SearchField field);  // "name", "lead"...

// The exact registry text a highlight span points into.
enum class SpanSource : uint8_t {
    Name, Id, Kind, Description,
    Topic,                                  // topics[item]
    LeadName, LeadGithub, LeadCompany,      // leads[item].name / .github / .company
    ContactKind, ContactLabel, ContactUrl,  // contacts[item].kind / .label / .url
    MeetingTitle, MeetingSchedule,          // meetings[item].title / .schedule
};

// A matched stretch of a group's text: byte offsets into the original field text.
struct Span {
    SpanSource source = SpanSource::Name;
    uint32_t item = 0;   // index in the list for list fields (topics, leads...), else 0
    uint32_t begin = 0;  // [begin, end) in bytes
    uint32_t end = 0;
};

// "name", "topics[1]", "leads[2].company", "contacts[0].label", "meetings[1].schedule"...
std::string spanPath(const Span& span);
// The field text a span points into (empty if the group has no such field).
std::string_view spanText(const Group& group, const Span& span);

// Per-group meeting facts (time/facts.h: GroupTimeFacts, computed by the time module in the
// viewer's zone) are recomputed by the caller when the viewer's zone (or the clock's week) changes.

// Selected facet values. Values of one facet are alternatives (OR); facets combine with each
// other and with the query (AND). Compared case- and accent-insensitively.
struct FacetSelection {
    std::vector<std::string> companies;  // as in FacetValue::value
    std::vector<std::string> kinds;
    std::vector<std::string> days;       // "mon".."sun"
    std::vector<std::string> cadences;
    bool empty() const { return companies.empty() && kinds.empty() && days.empty() && cadences.empty(); }
};

struct QueryOptions {
    size_t limit = 50;       // ranked hits returned; QueryResult::total counts all matches
    size_t offset = 0;       // skip this many ranked hits (paging)
    FacetSelection facets;
    bool fitsHoursOnly = false;  // keep only groups whose meeting fits the viewer's hours
    // When set: keep only the groups (by index into Registry::groups) marked true, e.g. those
    // changed since the visitor's last visit. Not owned; must outlive the search.
    const std::vector<bool>* onlyGroups = nullptr;
    bool withSpans = true;       // compute highlight spans for the returned hits
    bool withFacets = true;      // count facet values over the results
    size_t maxFacetValues = 20;  // per facet, most frequent first (selected values always kept)
    // With no query words nothing is ranked: hits come in name order, or with this set in the
    // registry's own order (the community's order, as its page lists the groups).
    bool browseInRegistryOrder = false;
};

struct Hit {
    uint32_t group = 0;       // index into Registry::groups
    float score = 0;          // larger is better; 0 when the query has no words (browse order)
    std::vector<Span> spans;  // sorted by field, then position; overlapping spans merged
};

struct FacetValue {
    std::string value;   // the key to put in FacetSelection ("Google", "sig", "mon", "weekly")
    std::string label;   // what to show ("Google", "sig", "Monday", "weekly")
    uint32_t count = 0;  // matching groups with this value
    bool selected = false;
};

// Counts over the current results. A facet with selected values is counted over the results of
// the query and the *other* facets' selections, so the alternatives to a selected value stay
// visible with their counts.
struct Facets {
    std::vector<FacetValue> companies, kinds, days, cadences;
    // False when days come from the meetings' rrules (no meeting facts were set): the days are
    // then those of each meeting's own zone, not the viewer's.
    bool daysInViewerZone = false;
};

struct QueryResult {
    std::vector<Hit> hits;   // ranked; at most QueryOptions::limit
    size_t total = 0;        // number of matching groups
    Facets facets;
    // Problems with the query, for the UI: each names the byte column (1-based) in the query.
    Diagnostics messages;
    // When nothing matches: whole corrected queries that do find groups, best first.
    std::vector<std::string> didYouMean;
};

struct IndexOptions {
    // BM25F field weights, by SearchField.
    float weights[kSearchFieldCount] = {
        /*Name*/ 6.0f, /*Id*/ 1.5f, /*Topic*/ 3.0f, /*Lead*/ 2.5f, /*Company*/ 2.0f,
        /*Contact*/ 1.0f, /*Kind*/ 1.0f, /*Meeting*/ 0.5f, /*Description*/ 1.0f};
    // Length normalisation per field (0 = none, 1 = full), by SearchField.
    float lengthNorm[kSearchFieldCount] = {0.5f, 0.5f, 0.3f, 0.3f, 0.3f, 0.3f, 0.3f, 0.5f, 0.75f};
    float k1 = 1.2f;
};

class SearchIndex {
public:
    SearchIndex();
    // Indexes `registry`, which must outlive the index and not change while it is used
    // (rebuild after a change).
    explicit SearchIndex(const Registry& registry, const IndexOptions& options = {});
    ~SearchIndex();
    SearchIndex(SearchIndex&&) noexcept;
    SearchIndex& operator=(SearchIndex&&) noexcept;

    void build(const Registry& registry, const IndexOptions& options = {});

    // One entry per group, in Registry::groups order (a shorter vector leaves the rest without
    // facts). Replaces the facts as written (groupTimeFactsAsWritten), which the index starts with.
    void setMeetingFacts(std::vector<GroupTimeFacts> facts);
    void clearMeetingFacts();
    bool hasMeetingFacts() const;

    QueryResult search(std::string_view query, const QueryOptions& options = {});

    // Highlight spans of one group for a query, as in Hit::spans: for the rows a list shows in
    // an order of its own. Empty when the group does not exist or nothing in it matches.
    std::vector<Span> spans(std::string_view query, uint32_t group);

    size_t groupCount() const;
    size_t termCount() const;
    size_t memoryBytes() const;  // approximate size of the index and its caches (not of the registry)

private:
    std::unique_ptr<query::IndexData> impl_;
};

struct JsonOptions {
    bool withText = true;   // add each span's matched text ("text": "Sec")
    int indent = -1;        // -1 = compact
};

// The result as JSON for the host page (keys in name order: one JSON type in the wasm keeps it
// small):
//   {"total": 2, "results": [{"id": "security", "name": "Security", "score": 7.1,
//     "spans": [{"field": "name", "begin": 0, "end": 3, "text": "Sec"}, ...]}, ...],
//    "facets": {"company": [{"value": "Google", "label": "Google", "count": 1, "selected": false}],
//               "kind": [...], "day": [...], "cadence": [...], "daysInViewerZone": false},
//    "messages": [{"severity": "warning", "column": 1, "message": "..."}],
//    "didYouMean": ["lead:sven"]}
std::string resultsToJson(const QueryResult& result, const Registry& registry,
                          const JsonOptions& options = {});

struct TextOptions {
    bool withFacets = true;     // facet counts after the hits
    size_t excerptBytes = 40;   // context kept around the marks of a long field
};

// The result for a person (the command line): ranked hits, each matched field with its spans
// marked [like this], then facet counts, messages and suggestions.
std::string resultsToText(const QueryResult& result, const Registry& registry, const TextOptions& options = {});

}  // namespace wgf

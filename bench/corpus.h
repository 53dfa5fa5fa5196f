// wgfinder benchmark: deterministic synthetic registries and keystroke-by-keystroke queries.
//
// The same seed gives the same registry and queries on every platform (native and wasm): the
// generator uses its own PRNG and integer arithmetic only. The JS libraries read the files that
// writeCorpus() produces, so every engine sees the same groups and queries.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/registry.h"

namespace wgf::bench {

// One query the user finishes typing; every prefix of `text` is one keystroke.
struct TypedQuery {
    std::string text;      // in our query language (may use qualifiers)
    std::string plain;     // the same words without qualifiers, for the JS libraries
    std::string category;  // "name", "typo", "prefix", "accent", "lead", "topic", "cjk", "nohit",
                           // "person" (a lead's full name: scored on the top result, not typed)
    std::string intended;  // id of the group that should come up (labelled queries), or ""
};

// How many "person" queries a corpus has: enough for a percentage.
constexpr size_t kPersonQueries = 100;

// Is the query typed keystroke by keystroke in the latency runs? ("person" queries are only
// scored, so that the keystrokes stay those of the earlier runs.)
inline bool isTyped(const TypedQuery& q) { return q.category != "person"; }

struct Corpus {
    Registry registry;
    std::vector<TypedQuery> queries;
};

Corpus generateCorpus(size_t groups, uint64_t seed = 42);

// Keystrokes of a query: "ist" -> "i", "is", "ist" (whole UTF-8 characters).
std::vector<std::string> keystrokes(const std::string& text);
size_t codePoints(const std::string& text);

// Registry JSON (format v1) and the queries as JSON ({"queries": [{text, plain, category,
// intended}]}). Deterministic output, byte for byte.
std::string registryJson(const Registry& registry);
std::string queriesJson(const std::vector<TypedQuery>& queries);

}  // namespace wgf::bench

// Fuzz target: registry JSON -> loadRegistry() -> registryToJson() -> loadRegistry().
//
// Properties beyond "no crash, no leak, no undefined behaviour":
//   - a non-fatal load keeps only valid UTF-8, safe links and unique ids, within the limits;
//   - what the loader keeps, written out and loaded again, loads without errors and is written
//     out identically (the CLI's import/format commands rely on this).
//   - the text read a part at a time (text_source.h, parts of 1 to 13 bytes) loads as the text in
//     one piece: the same model and the same diagnostics, in the same places.
//   - the quick JSON reader (json_scan.h) gives nlohmann's events or gives up where nlohmann's
//     parser fails, on the text in one piece and in parts.
// Each input is loaded twice: with the default limits and with tiny ones, so the limits' own
// code paths (cut strings, truncated lists, depth) are exercised by small inputs.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "model/load.h"
#include "model/text_source.h"
#include "../unit/json_events.h"
#include "../unit/load_parts.h"

using namespace wgf;

using testing::loadOutcome;
using testing::TextInParts;

static void loadAndCheck(std::string_view text, const LoadLimits& limits) {
    LoadResult r = loadRegistry(text, limits);
    TextInParts parts(text, 1 + (text.empty() ? 0 : static_cast<unsigned char>(text.back()) % 13));
    FUZZ_CHECK(loadOutcome(loadRegistry(parts, limits)) == loadOutcome(r), "read in parts, the text loads otherwise");
    for (const auto& d : r.diagnostics) FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message");
    if (r.fatal) {
        FUZZ_CHECK(hasErrors(r.diagnostics), "a fatal load without an error message");
        return;
    }
    fuzz::checkModel(r.registry);
    FUZZ_CHECK(r.registry.groups.size() <= limits.maxGroups, "more groups than the limit");
    for (const auto& g : r.registry.groups) {
        FUZZ_CHECK(g.name.size() <= limits.maxStringBytes && g.description.size() <= limits.maxStringBytes,
                   "a string longer than the limit");
        FUZZ_CHECK(g.topics.size() <= limits.maxListItems && g.leads.size() <= limits.maxListItems &&
                       g.contacts.size() <= limits.maxListItems && g.meetings.size() <= limits.maxListItems &&
                       g.links.size() <= limits.maxListItems,
                   "a list longer than the limit");
    }

    std::string once = registryToJson(r.registry);
    LoadResult again = loadRegistry(once);
    FUZZ_CHECK(!again.fatal, "the written registry does not load: " + once);
    FUZZ_CHECK(!hasErrors(again.diagnostics),
               "the written registry has errors: " + again.diagnostics.front().toString());
    FUZZ_CHECK(registryToJson(again.registry) == once, "writing is not stable: " + once);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    TextView whole(text);
    std::string differs = testing::compareJsonReaders(whole);
    FUZZ_CHECK(differs.empty(), "the quick JSON reader and nlohmann's disagree: " + differs);
    TextInParts parts(text, 1 + (size ? data[0] % 7 : 0));
    differs = testing::compareJsonReaders(parts);
    FUZZ_CHECK(differs.empty(), "read in parts, the quick JSON reader and nlohmann's disagree: " + differs);
    loadAndCheck(text, LoadLimits{});
    LoadLimits tiny;
    tiny.maxBytes = 1u << 16;
    tiny.maxStringBytes = 24;
    tiny.maxGroups = 4;
    tiny.maxListItems = 3;
    tiny.maxDepth = 6;
    loadAndCheck(text, tiny);
    return 0;
}

// Fuzz target: a WORKING-GROUPS.md-style page -> importMarkdown() -> registry JSON -> loadRegistry().
//
// Properties beyond "no crash, no leak, no undefined behaviour":
//   - the imported model holds only valid UTF-8, safe links, unique non-empty ids;
//   - what the importer produces is a registry the loader accepts without errors, and that
//     writes out identically (the `wgfinder import` output is loaded by the widget).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "import/markdown.h"
#include "model/load.h"

using namespace wgf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view md(reinterpret_cast<const char*>(data), size);
    ImportOptions options;
    options.baseUrl = "https://github.com/example/community/blob/main/";
    options.updated = "2025-06-01";
    ImportResult r = importMarkdown(md, options);
    for (const auto& d : r.diagnostics) FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message");
    fuzz::checkModel(r.registry);

    std::string json = registryToJson(r.registry);
    LoadResult back = loadRegistry(json);
    FUZZ_CHECK(!back.fatal, "the imported registry does not load: " + json);
    FUZZ_CHECK(!hasErrors(back.diagnostics), "the imported registry has errors: " + back.diagnostics.front().toString());
    FUZZ_CHECK(back.registry.groups.size() == r.registry.groups.size(), "groups were lost on loading");
    FUZZ_CHECK(registryToJson(back.registry) == json, "the imported registry does not write out identically");
    return 0;
}

// Fuzz target: a Rust calendar file (TOML) -> importCalendarToml() -> registry JSON -> loadRegistry().
//
// Properties beyond "no crash, no leak, no undefined behaviour": the imported model holds only
// valid UTF-8, safe links and unique non-empty ids, and it is a registry the loader accepts
// without errors (what `wgfinder import lang.toml` writes, the widget loads).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "import/calendar_toml.h"
#include "model/load.h"

using namespace wgf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view toml(reinterpret_cast<const char*>(data), size);
    ImportOptions options;
    options.updated = "2026-12-01";
    ImportResult r = importCalendarToml(toml, options, "fuzz");
    for (const auto& d : r.diagnostics) FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message");
    fuzz::checkModel(r.registry);
    std::string json = registryToJson(r.registry);
    LoadResult back = loadRegistry(json);
    FUZZ_CHECK(!hasErrors(back.diagnostics), "the imported registry has errors: " + back.diagnostics.front().toString());
    FUZZ_CHECK(back.registry.groups.size() == r.registry.groups.size(), "groups were lost on loading");
    return 0;
}

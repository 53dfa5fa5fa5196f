// `wgfinder validate`: for a community's CI. One line per problem, non-zero exit on errors.
#include <iostream>

#include "cli/cli.h"

namespace wgf::cli {
namespace {

int run(const std::vector<std::string>& args) {
    bool strict = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--strict") strict = true;
        else if (!a.empty() && a[0] == '-' && a != "-") return usageError("validate", "unknown option " + a);
        else files.push_back(a);
    }
    if (files.empty()) return usageError("validate", "no registry file given");
    int status = 0;
    for (const auto& f : files) {
        auto loaded = loadRegistryFile(f);
        if (!loaded) {
            status = 1;
            continue;
        }
        size_t errors = 0, warnings = 0;
        for (const auto& d : loaded->diagnostics) (d.severity == Severity::Error ? errors : warnings)++;
        std::cerr << f << ": " << loaded->registry.groups.size() << " groups, " << errors << " errors, " << warnings
                  << " warnings\n";
        if (errors > 0 || (strict && warnings > 0)) status = 1;
    }
    return status;
}

const bool registered = registerCommand({
    "validate",
    "check registry files; non-zero exit on errors (for a community's CI)",
    "wgfinder validate [--strict] REGISTRY.json...\n\n"
    "Loads each registry as the widget does and prints one line per problem to stderr, naming its\n"
    "JSON pointer and group id (line and column for syntax errors), then a summary line.\n"
    "Exit status: 0 when no errors (warnings allowed), 1 when any file has errors, 2 on bad usage.\n\n"
    "  --strict   warnings (unknown fields, relative links...) count as errors too",
    run,
});

}  // namespace
}  // namespace wgf::cli

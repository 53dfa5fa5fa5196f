// wgfinder lint: what makes a registry wrong for its readers.
#include <ctime>
#include <iostream>

#include "cli/cli.h"
#include "time/civil.h"
#include "time/lint.h"

namespace wgf::cli {

static int runLint(const std::vector<std::string>& args) {
    std::string path;
    int64_t now = (int64_t)std::time(nullptr);
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--now") {
            if (i + 1 >= args.size()) return usageError("lint", "--now needs a value");
            auto t = parseUtcInstant(args[++i]);
            if (!t) return usageError("lint", "--now takes YYYY-MM-DD or YYYY-MM-DDTHH:MMZ");
            now = *t;
        } else if (auto bad = takeRegistryPath("lint", a, path)) {
            return *bad;
        }
    }
    if (path.empty()) return usageError("lint", "no registry file");
    auto loaded = loadRegistryFile(path, true);
    if (!loaded) {
        loadRegistryFile(path, false);  // says why
        return 1;
    }
    Diagnostics all = loaded->diagnostics;
    Diagnostics found = lintRegistry(loaded->registry, platformZoneDb(), now);
    all.insert(all.end(), found.begin(), found.end());
    int errors = 0, warnings = 0;
    for (const auto& d : all) {
        std::cout << path << ": " << d.toString() << "\n";
        (d.severity == Severity::Error ? errors : warnings)++;
    }
    std::cerr << path << ": " << errors << " error(s), " << warnings << " warning(s)\n";
    return errors ? 1 : 0;
}

static const bool registered = registerCommand({
    "lint",
    "report what makes a registry wrong for its readers",
    "wgfinder lint REGISTRY [--now YYYY-MM-DD]\n\n"
    "Reports schedules that could not be understood, biweekly meetings without a start date, start\n"
    "dates whose weekday contradicts the rule, abbreviations that contradict the season (PST on a\n"
    "July date), meetings between 00:00 and 06:00 where they are written, wrong conversions in the\n"
    "text, links without a scheme and leads without a company, with the loader's own findings.\n"
    "Exit code 1 when there are errors, 0 for warnings only. --now: the date for season checks\n"
    "when neither the meeting nor the registry's `updated` gives one.",
    runLint,
});

}  // namespace wgf::cli

// `wgfinder import`: a WORKING-GROUPS.md-style Markdown page, Kubernetes' sigs.yaml or a yaml2ical
// meeting file -> registry JSON.
#include <fstream>
#include <iostream>

#include "cli/cli.h"
#include "import/figures.h"

namespace wgf::cli {
namespace {

int run(const std::vector<std::string>& args) {
    ImportOptions options;
    std::string page, output, from;
    bool summary = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) return false;
            into = args[++i];
            return true;
        };
        bool ok = true;
        if (a == "--base-url") ok = value(options.baseUrl);
        else if (a == "--title") ok = value(options.title);
        else if (a == "--updated") ok = value(options.updated);
        else if (a == "--kind") ok = value(options.kind);
        else if (a == "-o" || a == "--output") ok = value(output);
        else if (a == "--from") ok = value(from);
        else if (a == "--summary") summary = true;
        else if (!a.empty() && a[0] == '-' && a != "-") return usageError("import", "unknown option " + a);
        else if (!page.empty()) return usageError("import", "more than one page given");
        else page = a;
        if (!ok) return usageError("import", a + " needs a value");
    }
    if (page.empty()) return usageError("import", "no Markdown page given");
    // The reader follows the extension; standard input (or an odd name) may say it with --from.
    InputKind kind = page == "-" ? InputKind::Markdown : inputKindOf(page);
    if (from == "md" || from == "markdown") kind = InputKind::Markdown;
    else if (from == "yaml" || from == "yml") kind = InputKind::Yaml;
    else if (from == "json") kind = InputKind::Json;
    else if (!from.empty()) return usageError("import", "--from takes md, yaml or json, not '" + from + "'");

    std::string text;
    if (!readFile(page, text)) return 1;
    auto result = readRegistryText(text, kind, options);
    for (const auto& d : result.diagnostics) std::cerr << page << ": " << d.toString() << "\n";
    if (summary) std::cerr << page << ": " << importFigures(result.registry, result.diagnostics).toString() << "\n";
    if (result.registry.groups.empty()) {
        std::cerr << "wgfinder import: no group could be imported from " << page << "\n";
        return 1;
    }
    auto json = registryToJson(result.registry);
    if (json.empty() || json.back() != '\n') json += '\n';
    if (output.empty() || output == "-") {
        std::cout << json;
        return std::cout.good() ? 0 : 1;
    }
    std::ofstream out(output, std::ios::binary);
    out << json;
    if (!out.flush()) {
        std::cerr << "wgfinder import: cannot write " << output << "\n";
        return 1;
    }
    return 0;
}

const bool registered = registerCommand({
    "import",
    "convert a WORKING-GROUPS.md-style Markdown page or sigs.yaml into registry JSON",
    "wgfinder import PAGE [--base-url URL] [--title TITLE] [--updated YYYY-MM-DD] [--kind KIND] [--from md|yaml|json] [--summary] [-o OUT]\n\n"
    "Reads the groups of PAGE and prints the registry JSON to standard output (or OUT). The reader\n"
    "follows the extension: .md/.markdown a Markdown page (a table of groups, a section per group,\n"
    "a table of leads with the groups they lead; the links around them), .yaml/.yml Kubernetes'\n"
    "sigs.yaml or a yaml2ical meeting file (OpenStack's irc-meetings), .json registry JSON\n"
    "(checked and written out again). PAGE may be - for standard\n"
    "input (Markdown unless --from says otherwise). Whatever is left out is reported on stderr as\n"
    "\"PAGE: error|warning: line N, ...\".\n"
    "Exit status: 0 when at least one group was imported, 1 when none could be, 2 on bad usage.\n\n"
    "  --base-url URL      resolve the page's relative links against URL, e.g.\n"
    "                      https://github.com/istio/community/blob/master/\n"
    "  --title TITLE       registry title (default: the page's first heading)\n"
    "  --updated DATE      \"data as of\" date; also dates ambiguous meeting times\n"
    "  --kind KIND         kind of every group (default: from the name column or the headings\n"
    "                      above the group: SIG -> sig, Committees -> committee...; else working-group)\n"
    "  --from FORMAT       read PAGE as md, yaml or json whatever its name\n"
    "  --summary           end with one line on stderr: groups, leads, schedules understood and\n"
    "                      not, diagnostics (see docs/import-fidelity.md)\n"
    "  -o, --output OUT    write the JSON to OUT instead of standard output",
    run,
});

}  // namespace
}  // namespace wgf::cli

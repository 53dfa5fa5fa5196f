// `wgfinder import`: a WORKING-GROUPS.md-style Markdown page, Kubernetes' sigs.yaml, a yaml2ical
// meeting file, a Rust calendar file, or a folder of meeting files or calendars -> registry JSON.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/cli.h"
#include "import/figures.h"
#include "import/folder.h"

namespace wgf::cli {
namespace {

// Every file under `dir` (not the hidden ones: .git, .github...) through importFolder().
bool readFolder(const std::string& dir, const ImportOptions& options, LoadResult& result) {
    namespace fs = std::filesystem;
    std::vector<SourceFile> files;
    std::error_code ec;
    auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        SourceFile f;
        f.path = fs::relative(it->path(), dir, ec).generic_string();
        if (!readFile(it->path().string(), f.text)) return false;
        files.push_back(std::move(f));
    }
    if (ec) {
        std::cerr << "wgfinder: cannot read the folder " << dir << ": " << ec.message() << "\n";
        return false;
    }
    auto imported = importFolder(std::move(files), options);
    result.fatal = !usableRegistry(imported.registry, imported.diagnostics);
    result.registry = std::move(imported.registry);
    result.diagnostics = std::move(imported.diagnostics);
    return true;
}

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
    if (page.empty()) return usageError("import", "no page or folder given");
    // The reader follows the extension; standard input (or an odd name) may say it with --from.
    InputKind kind = page == "-" ? InputKind::Markdown : inputKindOf(page);
    if (from == "md" || from == "markdown") kind = InputKind::Markdown;
    else if (from == "yaml" || from == "yml") kind = InputKind::Yaml;
    else if (from == "toml") kind = InputKind::Toml;
    else if (from == "json") kind = InputKind::Json;
    else if (!from.empty()) return usageError("import", "--from takes md, yaml, toml or json, not '" + from + "'");

    LoadResult result;
    std::error_code ec;
    if (page != "-" && std::filesystem::is_directory(page, ec)) {
        if (!from.empty()) return usageError("import", "--from is for a file, not a folder");
        if (!readFolder(page, options, result)) return 1;
    } else {
        std::string text;
        if (!readFile(page, text)) return 1;
        result = readRegistryText(text, kind, options);
    }
    for (const auto& d : result.diagnostics)
        std::cerr << (d.file.empty() ? page : (page.back() == '/' ? page : page + "/") + d.file) << ": " << d.toString() << "\n";
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
    "convert a groups page, sigs.yaml, meeting files or calendars into registry JSON",
    "wgfinder import PAGE|FOLDER [--base-url URL] [--title TITLE] [--updated YYYY-MM-DD] [--kind KIND] [--from md|yaml|toml|json] [--summary] [-o OUT]\n\n"
    "Reads the groups of PAGE and prints the registry JSON to standard output (or OUT). The reader\n"
    "follows the extension: .md/.markdown a Markdown page (a table of groups, a section per group,\n"
    "a table of leads with the groups they lead; the links around them), .yaml/.yml Kubernetes'\n"
    "sigs.yaml or a yaml2ical meeting file (OpenStack's irc-meetings), .toml a Rust calendar file\n"
    "(rust-lang/calendar), .json registry JSON (checked and written out again). A FOLDER is read\n"
    "whole (its hidden files and folders aside): each meeting file and calendar becomes a group, a\n"
    "calendar's includes its children. PAGE may be - for standard input (Markdown unless --from\n"
    "says otherwise). Whatever is left out is reported on stderr as \"PAGE: error|warning: line N,\n"
    "...\" (for a folder, \"FOLDER/FILE: ...\").\n"
    "Exit status: 0 when at least one group was imported, 1 when none could be, 2 on bad usage.\n\n"
    "  --base-url URL      resolve the page's relative links against URL, e.g.\n"
    "                      https://github.com/istio/community/blob/master/\n"
    "  --title TITLE       registry title (default: the page's first heading)\n"
    "  --updated DATE      \"data as of\" date; also dates ambiguous meeting times\n"
    "  --kind KIND         kind of every group (default: from the name column or the headings\n"
    "                      above the group: SIG -> sig, Committees -> committee...; else working-group)\n"
    "  --from FORMAT       read PAGE as md, yaml, toml or json whatever its name\n"
    "  --summary           end with one line on stderr: groups, leads, schedules understood and\n"
    "                      not, diagnostics (see docs/import-fidelity.md)\n"
    "  -o, --output OUT    write the JSON to OUT instead of standard output",
    run,
});

}  // namespace
}  // namespace wgf::cli

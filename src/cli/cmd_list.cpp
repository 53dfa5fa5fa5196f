// `wgfinder list`: the groups of a registry as a readable table.
#include <algorithm>
#include <iostream>

#include "cli/cli.h"
#include "model/text.h"

namespace wgf::cli {
namespace {

// Display width in columns, counting each UTF-8 code point as one column (good enough for the
// Latin, Greek and Cyrillic names of the registries we know; wide CJK glyphs are counted as one).
size_t width(const std::string& s) { return utf8Length(s); }

std::string cell(const std::string& s, size_t w) {
    if (width(s) <= w) return s + std::string(w - width(s), ' ');
    return s.substr(0, utf8PrefixBytes(s, w - 1)) + "\xE2\x80\xA6";  // ellipsis
}

int run(const std::vector<std::string>& args) {
    if (args.size() != 1) return usageError("list", "give one registry file");
    auto loaded = loadRegistryFile(args[0], true);
    if (!loaded) {
        loadRegistryFile(args[0]);  // print why
        return 1;
    }
    const Registry& r = loaded->registry;
    std::cout << (r.title.empty() ? "Groups" : r.title);
    if (!r.updated.empty()) std::cout << " (data as of " << r.updated << ")";
    std::cout << "\n\n";
    const size_t wId = 20, wName = 24, wLeads = 44;
    std::cout << cell("ID", wId) << "  " << cell("NAME", wName) << "  " << cell("LEADS", wLeads) << "  MEETINGS\n";
    for (const auto& g : r.groups) {
        std::string leads;
        for (const auto& p : g.leads) {
            if (!leads.empty()) leads += ", ";
            leads += p.name + (p.company.empty() ? "" : " (" + p.company + ")");
        }
        std::string meetings;
        for (const auto& m : g.meetings) {
            if (!meetings.empty()) meetings += "; ";
            meetings += m.schedule.empty() ? m.note : m.schedule;
        }
        std::cout << cell(g.id, wId) << "  " << cell(g.name, wName) << "  " << cell(leads, wLeads) << "  "
                  << (meetings.empty() ? "-" : meetings) << "\n";
    }
    std::cout << "\n" << r.groups.size() << " groups";
    size_t problems = loaded->diagnostics.size();
    if (problems) std::cout << ", " << problems << " problems (see wgfinder validate)";
    std::cout << "\n";
    return 0;
}

const bool registered = registerCommand({
    "list",
    "print the groups of a registry as a table",
    "wgfinder list REGISTRY.json|PAGE.md\n\n"
    "Prints id, name, leads with companies and meeting text of every group, one line each.",
    run,
});

}  // namespace
}  // namespace wgf::cli

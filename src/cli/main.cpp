// wgfinder: the command-line tool. Dispatches to the commands registered by cmd_*.cpp.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "cli/cli.h"
#include "import/calendar_toml.h"
#include "import/markdown.h"
#include "import/meetings_yaml.h"
#include "import/sigs_yaml.h"

namespace wgf::cli {

static std::map<std::string, Command>& commands() {
    static std::map<std::string, Command> all;
    return all;
}

bool registerCommand(Command command) {
    auto name = command.name;
    commands()[name] = std::move(command);
    return true;
}

bool readFile(const std::string& path, std::string& out) {
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "wgfinder: cannot read " << path << "\n";
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

static bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && std::equal(suffix.rbegin(), suffix.rend(), s.rbegin());
}

InputKind inputKindOf(const std::string& path) {
    auto p = path;
    for (auto& c : p) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (endsWith(p, ".md") || endsWith(p, ".markdown")) return InputKind::Markdown;
    if (endsWith(p, ".yaml") || endsWith(p, ".yml")) return InputKind::Yaml;
    if (endsWith(p, ".toml")) return InputKind::Toml;
    return InputKind::Json;
}

LoadResult readRegistryText(const std::string& text, InputKind kind, const ImportOptions& options) {
    if (kind == InputKind::Json) return loadRegistry(text);
    auto imported = kind == InputKind::Toml   ? importCalendarToml(text, options)
                    : kind != InputKind::Yaml ? importMarkdown(text, options)
                    : isMeetingYaml(text)     ? importMeetingYaml(text, options)
                                              : importSigsYaml(text, options);
    LoadResult result;
    // Decided before the registry is moved out: a page with one bad row still has its groups.
    result.fatal = !usableRegistry(imported.registry, imported.diagnostics);
    result.registry = std::move(imported.registry);
    result.diagnostics = std::move(imported.diagnostics);
    return result;
}

std::optional<LoadResult> loadRegistryFile(const std::string& path, bool quiet) {
    std::string text;
    if (!readFile(path, text)) return std::nullopt;
    LoadResult result = readRegistryText(text, inputKindOf(path));
    if (!quiet)
        for (const auto& d : result.diagnostics) std::cerr << path << ": " << d.toString() << "\n";
    if (result.fatal) return std::nullopt;
    return result;
}

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "wgfinder " << command << ": " << message << "\n";
    auto it = commands().find(command);
    if (it != commands().end()) std::cerr << "usage: " << it->second.usage.substr(0, it->second.usage.find('\n')) << "\n";
    return 2;
}

std::optional<int> takeRegistryPath(const std::string& command, const std::string& arg, std::string& path) {
    if (!arg.empty() && arg[0] == '-' && arg != "-") return usageError(command, "unknown option " + arg);
    if (!path.empty()) return usageError(command, "one registry file only");
    path = arg;
    return std::nullopt;
}

static void printHelp() {
    std::cout << "wgfinder: find a community's working groups, their leads and their next meeting\n\n"
                 "usage: wgfinder COMMAND [ARGS...]   (wgfinder COMMAND --help for details)\n\ncommands:\n";
    for (const auto& [name, cmd] : commands()) {
        std::string padded = name;
        padded.resize(10, ' ');
        std::cout << "  " << padded << cmd.summary << "\n";
    }
}

}  // namespace wgf::cli

int main(int argc, char** argv) {
    using namespace wgf::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp();
        return args.empty() ? 2 : 0;
    }
    auto it = commands().find(args[0]);
    if (it == commands().end()) {
        std::cerr << "wgfinder: unknown command '" << args[0] << "' (see wgfinder --help)\n";
        return 2;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
        std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
        std::cout << "usage: " << it->second.usage << "\n";
        return 0;
    }
    try {
        return it->second.run(rest);
    } catch (const std::exception& e) {
        std::cerr << "wgfinder " << args[0] << ": internal error: " << e.what() << "\n";
        return 3;
    }
}

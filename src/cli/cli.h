// wgfinder command-line tool: each subcommand lives in its own cmd_*.cpp and registers itself
// with a static initialiser, so adding a command touches no shared file.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "import/markdown.h"
#include "model/load.h"

namespace wgf::cli {

struct Command {
    std::string name;     // "import"
    std::string summary;  // one line for `wgfinder --help`
    std::string usage;    // full text for `wgfinder NAME --help`
    // Arguments after the command name (never containing --help). Returns the exit code.
    std::function<int(const std::vector<std::string>& args)> run;
};

// Adds a command: `static const bool registered = registerCommand({...});`
bool registerCommand(Command command);

// Reads a whole file ("-" = standard input). On failure prints "wgfinder: cannot read PATH"
// to stderr and returns false.
bool readFile(const std::string& path, std::string& out);

// What a file holds, by its extension: .md/.markdown a Markdown page, .yaml/.yml Kubernetes'
// sigs.yaml (or a yaml2ical meeting file), .toml a Rust calendar, anything else (.json) registry JSON.
enum class InputKind { Markdown, Yaml, Toml, Json };
InputKind inputKindOf(const std::string& path);

// Reads registry JSON, a Markdown page or a sigs.yaml into a registry with its diagnostics;
// `fatal` when nothing usable came out.
LoadResult readRegistryText(const std::string& text, InputKind kind, const ImportOptions& options = {});

// Loads a registry: registry JSON, or a WORKING-GROUPS.md-style Markdown page or a sigs.yaml (by
// their extension) run through the importer. Prints every diagnostic to stderr as "PATH: ..." unless
// `quiet`. Returns nullopt when nothing usable came out.
std::optional<LoadResult> loadRegistryFile(const std::string& path, bool quiet = false);

// Prints "wgfinder CMD: MESSAGE" and the command's usage line to stderr; returns 2.
int usageError(const std::string& command, const std::string& message);

// For a command that reads one registry file: `arg`, which is none of the command's own options,
// becomes `path`. Returns usageError's code for an unknown option or a second file, nullopt when
// the argument was taken.
std::optional<int> takeRegistryPath(const std::string& command, const std::string& arg, std::string& path);

}  // namespace wgf::cli

// wgfinder: problems found in input, named by place.
//
// Every layer that reads untrusted text (registry loader, Markdown importer, schedule parser,
// query parser, lint) reports through this one struct so the CLI and the UI show them alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wgf {

class TextSource;

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string pointer;   // JSON pointer of the value, e.g. "/groups/3/leads/0/name"; may be empty
    std::string groupId;   // id of the group concerned, when known
    int line = 0;          // 1-based line in the source text, 0 = unknown
    int column = 0;        // 1-based column (in bytes), 0 = unknown
    std::string message;   // one sentence for a person, no trailing period needed
    std::string file;      // a folder import's file it is about, relative to the folder; else empty

    // "error: /groups/3/leads/0/name (group 'security'): must be a string"
    std::string toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics& d) {
    for (const auto& x : d)
        if (x.severity == Severity::Error) return true;
    return false;
}

// 1-based line and column of a byte offset in `text`, read a part at a time from a TextSource (a
// message's place needs no copy of the text before it).
void lineColumnAt(TextSource& text, size_t offset, int& line, int& column);
// Moves a 1-based line and column over `run` (a reader going on from an earlier place).
void advanceLineColumn(std::string_view run, int& line, int& column);

}  // namespace wgf

#include "model/diagnostics.h"

#include "model/text_source.h"

namespace wgf {

std::string Diagnostic::toString() const {
    std::string s = severity == Severity::Error ? "error: " : "warning: ";
    if (line > 0) s += "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    if (!pointer.empty()) s += pointer + " ";
    if (!groupId.empty()) s += "(group '" + groupId + "') ";
    if (!pointer.empty() || !groupId.empty()) {
        s.back() = ':';
        s += ' ';
    }
    s += message;
    return s;
}

void lineColumnAt(TextSource& text, size_t offset, int& line, int& column) {
    line = 1;
    column = 1;
    if (offset > text.size()) offset = text.size();
    for (TextIterator it(text); !it.atEnd() && it.offset() < offset;) {
        std::string_view part = it.rest().substr(0, offset - it.offset());
        advanceLineColumn(part, line, column);
        it.skip(part.size());
    }
}

void advanceLineColumn(std::string_view run, int& line, int& column) {
    for (char c : run) {
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

}  // namespace wgf

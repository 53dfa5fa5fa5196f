#include "model/diagnostics.h"

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

void lineColumnAt(const std::string& text, size_t offset, int& line, int& column) {
    line = 1;
    column = 1;
    if (offset > text.size()) offset = text.size();
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

}  // namespace wgf

// The page level: what the text must look like before md4c reads it, and the page's title,
// about paragraph, links and the report of what no layout used.
#include "import/page.h"

#include <algorithm>
#include <vector>

#include "import/fields.h"
#include "import/links.h"
#include "model/text.h"

namespace wgf::importer {

namespace {

// Reports invalid UTF-8 (once per line, at most 20 lines) and returns the page repaired.
std::string checkedText(std::string_view markdown, Reader& reader) {
    std::string text(markdown);
    if (findInvalidUtf8(text) == std::string_view::npos) return text;
    int reported = 0, more = 0, lastLine = 0;
    int line = 1, column = 1;  // the place of `counted`, carried on from one bad byte to the next
    size_t at = 0, counted = 0;
    while (at < text.size()) {
        size_t bad = findInvalidUtf8(std::string_view(text).substr(at));
        if (bad == std::string_view::npos) break;
        at += bad;
        advanceLineColumn(std::string_view(text).substr(counted, at - counted), line, column);
        counted = at;
        if (line != lastLine) {
            if (reported < 20) {
                reader.warn(line, "invalid UTF-8 replaced by U+FFFD");
                reader.result.diagnostics.back().column = column;
                ++reported;
            } else {
                ++more;
            }
            lastLine = line;
        }
        ++at;
    }
    if (more > 0) reader.warn(0, "invalid UTF-8 on " + std::to_string(more) + " more lines, replaced too");
    return repairUtf8(text);
}

// Zero-width space, non-joiner, joiner, word joiner and a byte order mark anywhere: invisible on
// the page, but they break addresses ("​https://zoom.us/...") and names.
void dropInvisible(std::string& page) {
    std::string out;
    out.reserve(page.size());
    for (size_t i = 0; i < page.size(); ++i) {
        auto u = [&](size_t k) { return static_cast<unsigned char>(page[k]); };
        if (i + 2 < page.size() && u(i) == 0xE2 && u(i + 1) == 0x80 && (u(i + 2) >= 0x8B && u(i + 2) <= 0x8D)) { i += 2; continue; }
        if (i + 2 < page.size() && u(i) == 0xE2 && u(i + 1) == 0x81 && u(i + 2) == 0xA0) { i += 2; continue; }
        if (i + 2 < page.size() && u(i) == 0xEF && u(i + 1) == 0xBB && u(i + 2) == 0xBF) { i += 2; continue; }
        out += page[i];
    }
    page = std::move(out);
}

// "---" on the first line up to the next "---" or "...": front matter for a site generator.
// Its lines are blanked (not removed: line numbers hold); its title is kept.
void blankFrontMatter(std::string& page, std::string& title) {
    if (page.rfind("---\n", 0) != 0 && page.rfind("---\r\n", 0) != 0) return;
    size_t lineStart = page.find('\n') + 1;
    while (lineStart < page.size()) {
        size_t end = page.find('\n', lineStart);
        if (end == std::string::npos) end = page.size();
        auto line = trim(std::string_view(page).substr(lineStart, end - lineStart));
        if (line == "---" || line == "...") {
            for (size_t k = 0; k < end; ++k)
                if (page[k] != '\n') page[k] = ' ';
            return;
        }
        if (line.rfind("title:", 0) == 0 && title.empty()) {
            auto t = std::string(trim(line.substr(6)));
            if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) t = t.substr(1, t.size() - 2);
            title = t;
        }
        lineStart = end + 1;
    }
    // No closing line: not front matter after all (a thematic break); leave the page alone.
    title.clear();
}

// "|a||c|": md4c 0.4 (Debian's native library) drops the empty cell and shifts every cell after
// it one column left, so a group's chairs would land in its Label column. A space between the
// pipes makes the cell visible to every md4c. Code spans and escaped pipes are left alone.
std::string padEmptyCells(std::string_view line) {
    std::string out;
    bool code = false;
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        out += c;
        if (c == '\\' && i + 1 < line.size()) {
            out += line[++i];
            continue;
        }
        if (c == '`') code = !code;
        if (!code && c == '|' && i + 1 < line.size() && line[i + 1] == '|') out += ' ';
    }
    return out;
}

// GitHub accepts a table delimiter row with one dash per column ("|-|:-|"); md4c 0.4 wants three,
// md4c 0.5 (the wasm build) one. Widening short dash runs in such rows makes both builds see the
// same tables. A delimiter row is a line made of '|', ':', '-' and spaces after a line with a
// '|'; the rows of its table (that line and the lines with a '|' after it) get padEmptyCells().
// GitHub lets a table start right under a paragraph line; md4c does not, so a blank line goes
// in between. `sourceLines` says which line of the page each line of the result is.
void normaliseTables(std::string& page, std::vector<int>& sourceLines) {
    std::vector<std::string> lines;
    for (size_t begin = 0; begin <= page.size();) {
        size_t end = page.find('\n', begin);
        if (end == std::string::npos) end = page.size();
        lines.emplace_back(page.substr(begin, end - begin));
        begin = end + 1;
    }
    auto hasPipe = [](const std::string& l) { return l.find('|') != std::string::npos; };
    for (size_t k = 1; k < lines.size(); ++k) {
        auto& line = lines[k];
        bool delimiter = hasPipe(lines[k - 1]) && hasPipe(line) && line.find('-') != std::string::npos &&
                         line.find_first_not_of("|:- \t\r") == std::string::npos;
        if (!delimiter) continue;
        std::string wide;
        for (size_t i = 0; i < line.size();) {
            if (line[i] != '-') {
                wide += line[i++];
                continue;
            }
            size_t run = 0;
            while (i < line.size() && line[i] == '-') ++run, ++i;
            wide.append(std::max<size_t>(run, 3), '-');
        }
        line = wide;
        lines[k - 1] = padEmptyCells(lines[k - 1]);
        for (size_t r = k + 1; r < lines.size() && hasPipe(lines[r]); ++r) lines[r] = padEmptyCells(lines[r]);
    }
    std::vector<bool> blankBefore(lines.size(), false);
    for (size_t k = 2; k < lines.size(); ++k) {
        const auto& line = lines[k];
        bool delimiter = hasPipe(lines[k - 1]) && line.find("---") != std::string::npos &&
                         line.find_first_not_of("|:- \t\r") == std::string::npos;
        if (delimiter && !trim(lines[k - 2]).empty() && !hasPipe(lines[k - 2])) blankBefore[k - 1] = true;
    }
    std::string out;
    out.reserve(page.size() + 64);
    sourceLines.clear();
    for (size_t k = 0; k < lines.size(); ++k) {
        if (blankBefore[k]) {
            out += "\n";
            sourceLines.push_back(static_cast<int>(k));  // the paragraph's line: nothing is ever placed here
        }
        out += lines[k] + (k + 1 < lines.size() ? "\n" : "");
        sourceLines.push_back(static_cast<int>(k + 1));
    }
    page = std::move(out);
}

std::string headerList(const Block& table) {
    std::string s;
    for (const auto& h : table.header.cells) {
        auto t = collapseSpaces(normaliseLabel(h.text));
        if (t.empty()) continue;
        s += (s.empty() ? "" : ", ") + collapseSpaces(h.text);
    }
    return s.empty() ? "no headers" : s;
}

}  // namespace

std::string preparePage(std::string_view markdown, Reader& reader, std::string& frontTitle, std::vector<int>& sourceLines) {
    auto page = checkedText(markdown, reader);
    dropInvisible(page);
    blankFrontMatter(page, frontTitle);
    normaliseTables(page, sourceLines);
    return page;
}

void readPageLevel(Reader& reader, Page& page, const std::string& frontTitle) {
    auto& reg = reader.result.registry;
    size_t firstUsed = std::find(page.used.begin(), page.used.end(), true) - page.used.begin();
    for (size_t i = 0; i < page.blocks.size(); ++i) {
        const auto& b = page.blocks[i];
        // Front matter's title is what the site shows above the page; else the first heading.
        if (b.kind == Block::Kind::Heading && reg.title.empty() && frontTitle.empty()) reg.title = collapseSpaces(b.text.text);
        if (page.used[i]) continue;
        switch (b.kind) {
            case Block::Kind::Heading:
            case Block::Kind::Paragraph: {
                if (b.kind == Block::Kind::Paragraph && reg.about.empty() && b.topLevel && i < firstUsed)
                    reg.about = collapseSpaces(b.text.text);
                else if (b.kind == Block::Kind::Paragraph && looksLikeSchedule(b.text.text))
                    reader.warn(b.text, "paragraph looks like a meeting time but belongs to no group; left out: '" +
                                            collapseSpaces(b.text.text).substr(0, 120) + "'");
                for (const auto& l : b.text.links) {
                    if (trim(l.href).empty() || trim(l.href).front() == '#') continue;  // a place on this very page
                    auto url = reader.vet(l.href, b.text, {});
                    if (url.empty()) continue;
                    if (std::any_of(reg.links.begin(), reg.links.end(), [&](const Link& x) { return x.url == url; })) continue;
                    reg.links.push_back({labelFromContext(b.text, l), url});
                }
                break;
            }
            case Block::Kind::Table:
                reader.warn(b.line, "table (" + headerList(b) + ") is not a table of groups or of leads; left out");
                break;
        }
    }
    if (reg.title.empty()) reg.title = frontTitle;
    if (!reader.options.title.empty()) reg.title = reader.options.title;
}

}  // namespace wgf::importer

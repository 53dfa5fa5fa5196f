// wgfinder importer: a Markdown page -> its outline (headings, paragraphs, tables) as plain data.
//
// This is the only file that talks to md4c. It keeps what the importer needs and nothing else:
// the visible text of each block with its links marked as byte ranges of that text, and the
// 1-based source line of each block and table row (md4c gives no line numbers; they are computed
// from the text pointers md4c hands back, which point into the input buffer).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wgf::importer {

// A link inside a piece of text: text[begin, end) is what the reader sees, `href` where it goes
// (as written in the page: not resolved, entities decoded).
struct TextLink {
    size_t begin = 0;
    size_t end = 0;
    std::string href;
};

// Visible text of a block or a table cell. Emphasis is dropped, inline code kept as its text,
// entities decoded, soft line breaks become ' ', hard breaks and <br> become '\n'.
struct RichText {
    std::string text;
    std::vector<TextLink> links;
    int line = 0;    // 1-based source line where the text starts, 0 when it has no text
    int column = 0;  // 1-based byte column of that start

    std::string_view linkText(const TextLink& l) const { return std::string_view(text).substr(l.begin, l.end - l.begin); }
};

struct TableRow {
    std::vector<RichText> cells;  // as many as the header has columns (md4c pads and cuts rows)
    int line = 0;
};

struct Block {
    enum class Kind { Heading, Paragraph, Table };
    Kind kind = Kind::Paragraph;
    int level = 0;          // heading level 1-6
    bool topLevel = false;  // a direct child of the document (not in a list or quote)
    RichText text;          // headings and paragraphs (list items without paragraphs count too)
    TableRow header;        // tables
    std::vector<TableRow> rows;
    int line = 0;
};

// Parses `markdown` (valid UTF-8 expected; GitHub-flavoured tables and permissive autolinks on)
// into its blocks in document order. `sourceLines` (optional) maps the text's lines to the lines
// of the page it was made from: line n of `markdown` is line sourceLines[n - 1] of the page.
std::vector<Block> parseOutline(std::string_view markdown, const std::vector<int>* sourceLines = nullptr);

}  // namespace wgf::importer

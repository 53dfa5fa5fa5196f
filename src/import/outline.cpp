#include "import/outline.h"

#include <md4c.h>

#include <algorithm>
#include <deque>

namespace wgf::importer {

namespace {

void appendUtf8(std::string& out, unsigned long cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// md4c reports entities ("&amp;", "&#124;") undecoded. Numeric ones and the few named ones that
// turn up in community pages are decoded; any other is kept as written.
void appendEntity(std::string& out, std::string_view e) {
    if (e.size() >= 4 && e[1] == '#') {
        bool hex = e[2] == 'x' || e[2] == 'X';
        unsigned long cp = 0;
        for (size_t i = hex ? 3 : 2; i + 1 < e.size(); ++i) {
            char c = e[i];
            int d = (c >= '0' && c <= '9') ? c - '0' : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10 : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (d < 0) break;
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
            if (cp > 0x10FFFF) break;
        }
        appendUtf8(out, cp);
        return;
    }
    static const struct { const char* name; unsigned long cp; } named[] = {
        {"&amp;", '&'},     {"&lt;", '<'},      {"&gt;", '>'},      {"&quot;", '"'},    {"&apos;", '\''},
        {"&nbsp;", 0xA0},   {"&vert;", '|'},    {"&verbar;", '|'},  {"&ndash;", 0x2013}, {"&mdash;", 0x2014},
        {"&hellip;", 0x2026}, {"&copy;", 0xA9}, {"&reg;", 0xAE},    {"&middot;", 0xB7}, {"&bull;", 0x2022},
        {"&lsquo;", 0x2018}, {"&rsquo;", 0x2019}, {"&ldquo;", 0x201C}, {"&rdquo;", 0x201D}, {"&eacute;", 0xE9},
    };
    for (const auto& n : named)
        if (e == n.name) {
            appendUtf8(out, n.cp);
            return;
        }
    out.append(e);
}

// What an inline HTML tag stands for in the text: "<br>", "<br/>", "<BR />", "<p>", "</li>",
// "<ul>"... break the line (the usual ways to lay out a table cell), "<li>" starts a "* " item
// so that a cell of <ul><li> reads like one of "* item<br>" lines; any other tag is nothing.
const char* htmlTagText(std::string_view html) {
    if (html.size() < 3 || html.front() != '<' || html.back() != '>') return "";
    size_t i = 1;
    bool closing = html[i] == '/';
    if (closing) ++i;
    size_t b = i;
    while (i < html.size() && ((html[i] | 0x20) >= 'a' && (html[i] | 0x20) <= 'z')) ++i;
    std::string name;
    for (size_t k = b; k < i; ++k) name += static_cast<char>(html[k] | 0x20);
    if (name == "li") return closing ? "\n" : "\n* ";
    if (name == "br" || name == "p" || name == "ul" || name == "ol" || name == "div") return "\n";
    return "";
}

struct Walker {
    const char* begin = nullptr;
    const char* end = nullptr;
    std::vector<size_t> lineStarts;  // byte offset of the start of each line
    const std::vector<int>* sourceLines = nullptr;

    std::deque<Block> blocks;        // deque: references stay valid while blocks are added
    std::vector<RichText*> targets;  // where text goes now; nullptr = discarded (code, HTML)
    std::vector<size_t> openLinks;   // index into the target's links of each open <a>
    int containerDepth = 0;          // lists and quotes around the current block
    Block* table = nullptr;
    TableRow* row = nullptr;
    bool inBody = false;             // past the header row of the current table

    void place(RichText& t, const char* p) const {
        auto off = static_cast<size_t>(p - begin);
        auto line = std::upper_bound(lineStarts.begin(), lineStarts.end(), off) - lineStarts.begin();
        t.line = static_cast<int>(line);
        if (sourceLines && static_cast<size_t>(line) <= sourceLines->size()) t.line = (*sourceLines)[static_cast<size_t>(line) - 1];
        t.column = static_cast<int>(off - lineStarts[static_cast<size_t>(line) - 1] + 1);
    }

    RichText* target() { return targets.empty() ? nullptr : targets.back(); }

    Block& newBlock(Block::Kind kind) {
        blocks.emplace_back();
        blocks.back().kind = kind;
        blocks.back().topLevel = containerDepth == 0;
        return blocks.back();
    }

    int enterBlock(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_QUOTE:
            case MD_BLOCK_UL:
            case MD_BLOCK_OL: ++containerDepth; break;
            case MD_BLOCK_H: {
                auto& b = newBlock(Block::Kind::Heading);
                b.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
                targets.push_back(&b.text);
                break;
            }
            case MD_BLOCK_P:
            case MD_BLOCK_LI: targets.push_back(&newBlock(Block::Kind::Paragraph).text); break;
            case MD_BLOCK_CODE:
            case MD_BLOCK_HTML: targets.push_back(nullptr); break;
            case MD_BLOCK_TABLE: table = &newBlock(Block::Kind::Table); break;
            case MD_BLOCK_TR:
                if (!table) break;
                if (!inBody) {
                    row = &table->header;
                } else {
                    table->rows.emplace_back();
                    row = &table->rows.back();
                }
                break;
            case MD_BLOCK_TBODY: inBody = true; break;
            case MD_BLOCK_TH:
            case MD_BLOCK_TD:
                if (!row) {
                    targets.push_back(nullptr);
                    break;
                }
                row->cells.emplace_back();
                targets.push_back(&row->cells.back());
                break;
            default: break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type) {
        switch (type) {
            case MD_BLOCK_QUOTE:
            case MD_BLOCK_UL:
            case MD_BLOCK_OL: --containerDepth; break;
            case MD_BLOCK_H:
            case MD_BLOCK_P:
            case MD_BLOCK_LI:
            case MD_BLOCK_CODE:
            case MD_BLOCK_HTML:
            case MD_BLOCK_TH:
            case MD_BLOCK_TD:
                if (!targets.empty()) targets.pop_back();
                openLinks.clear();
                break;
            case MD_BLOCK_TR:
                if (row) {
                    // A row's line is the line of its first text; a row of empty cells follows
                    // the row before it (the delimiter row sits between header and body).
                    for (const auto& c : row->cells)
                        if (c.line > 0) {
                            row->line = c.line;
                            break;
                        }
                    if (row->line == 0 && table) {
                        int prev = table->rows.size() >= 2 ? table->rows[table->rows.size() - 2].line
                                                           : (table->header.line > 0 ? table->header.line + 1 : 0);
                        row->line = prev > 0 ? prev + 1 : 0;
                    }
                    for (auto& c : row->cells)
                        if (c.line == 0) c.line = row->line;
                }
                row = nullptr;
                break;
            case MD_BLOCK_TABLE:
                if (table) table->line = table->header.line;
                table = nullptr;
                inBody = false;
                break;
            default: break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void* detail) {
        auto* t = target();
        if (type != MD_SPAN_A || !t) return 0;
        const auto& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
        TextLink link;
        link.begin = link.end = t->text.size();
        for (unsigned i = 0; href.substr_offsets && href.substr_offsets[i] < href.size; ++i) {
            std::string_view part(href.text + href.substr_offsets[i], href.substr_offsets[i + 1] - href.substr_offsets[i]);
            switch (href.substr_types[i]) {
                case MD_TEXT_ENTITY: appendEntity(link.href, part); break;
                case MD_TEXT_NULLCHAR: appendUtf8(link.href, 0xFFFD); break;
                default: link.href.append(part); break;
            }
        }
        openLinks.push_back(t->links.size());
        t->links.push_back(std::move(link));
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type) {
        auto* t = target();
        if (type != MD_SPAN_A || !t || openLinks.empty()) return 0;
        t->links[openLinks.back()].end = t->text.size();
        openLinks.pop_back();
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR* s, MD_SIZE size) {
        auto* t = target();
        if (!t) return 0;
        std::string_view v(s, size);
        if (t->line == 0 && s >= begin && s < end && type != MD_TEXT_SOFTBR && type != MD_TEXT_BR) place(*t, s);
        switch (type) {
            case MD_TEXT_NULLCHAR: appendUtf8(t->text, 0xFFFD); break;
            case MD_TEXT_BR: t->text += '\n'; break;
            case MD_TEXT_SOFTBR: t->text += ' '; break;
            case MD_TEXT_ENTITY: appendEntity(t->text, v); break;
            case MD_TEXT_HTML: t->text += htmlTagText(v); break;
            case MD_TEXT_CODE:
                // In a table cell "\|" is a pipe even inside a code span: the table's rows are
                // split before inline parsing (github/cmark-gfm#41). md4c keeps the backslash there.
                if (row) {
                    for (size_t i = 0; i < v.size(); ++i)
                        if (!(v[i] == '\\' && i + 1 < v.size() && v[i + 1] == '|')) t->text += v[i];
                } else {
                    t->text.append(v);
                }
                break;
            default: t->text.append(v); break;
        }
        return 0;
    }
};

}  // namespace

std::vector<Block> parseOutline(std::string_view markdown, const std::vector<int>* sourceLines) {
    Walker w;
    w.sourceLines = sourceLines;
    w.begin = markdown.data();
    w.end = markdown.data() + markdown.size();
    w.lineStarts.push_back(0);
    for (size_t i = 0; i < markdown.size(); ++i)
        if (markdown[i] == '\n') w.lineStarts.push_back(i + 1);

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Walker*>(u)->enterBlock(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { return static_cast<Walker*>(u)->leaveBlock(t); };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) { return static_cast<Walker*>(u)->enterSpan(t, d); };
    parser.leave_span = [](MD_SPANTYPE t, void*, void* u) { return static_cast<Walker*>(u)->leaveSpan(t); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) { return static_cast<Walker*>(u)->text(t, s, n); };
    // md4c takes an unsigned size; pages past 4 GiB are cut (the CLI never reads such a page).
    auto size = static_cast<MD_SIZE>(std::min<size_t>(markdown.size(), 0xFFFFFFFFu));
    md_parse(markdown.data(), size, &parser, &w);

    std::vector<Block> out;
    out.reserve(w.blocks.size());
    for (auto& b : w.blocks) {
        if (b.kind != Block::Kind::Table) {
            // A list item whose text sits in its own paragraphs is left empty: drop it.
            if (b.text.text.find_first_not_of(" \t\n") == std::string::npos) continue;
            b.line = b.text.line;
        }
        out.push_back(std::move(b));
    }
    return out;
}

}  // namespace wgf::importer

// Markdown page -> registry: checks the text, lets md4c outline it (outline.cpp), finds the table
// of groups by its header, reads each cell (cells.cpp) and gathers the page's other links
// (links.cpp).
#include "import/markdown.h"

#include <algorithm>

#include "import/cells.h"
#include "import/links.h"
#include "import/outline.h"
#include "model/text.h"
#include "time/schedule.h"

namespace wgf {

using namespace importer;

namespace {

Diagnostic diag(Severity severity, int line, std::string message, std::string groupId = {}) {
    Diagnostic d;
    d.severity = severity;
    d.line = line;
    d.column = line > 0 ? 1 : 0;
    d.groupId = std::move(groupId);
    d.message = std::move(message);
    return d;
}

// Reports invalid UTF-8 (once per line, at most 20 lines) and returns the page repaired.
std::string checkedText(std::string_view markdown, Diagnostics& out) {
    std::string text(markdown);
    if (findInvalidUtf8(text) == std::string_view::npos) return text;
    int reported = 0, more = 0, lastLine = 0;
    size_t at = 0;
    while (at < text.size()) {
        size_t bad = findInvalidUtf8(std::string_view(text).substr(at));
        if (bad == std::string_view::npos) break;
        at += bad;
        int line = 0, column = 0;
        lineColumnAt(text, at, line, column);
        if (line != lastLine) {
            if (reported < 20) {
                auto d = diag(Severity::Warning, line, "invalid UTF-8 replaced by U+FFFD");
                d.column = column;
                out.push_back(std::move(d));
                ++reported;
            } else {
                ++more;
            }
            lastLine = line;
        }
        ++at;
    }
    if (more > 0) out.push_back(diag(Severity::Warning, 0, "invalid UTF-8 on " + std::to_string(more) + " more lines, replaced too"));
    return repairUtf8(text);
}

// GitHub accepts a table delimiter row with one dash per column ("|-|:-|"); md4c 0.4 (Debian's
// native library) wants three, md4c 0.5 (the wasm build) one. Widening short dash runs in such
// rows makes both builds see the same tables. Only a line made of '|', ':', '-' and spaces that
// follows a line with a '|' is touched; no line is added or removed, so line numbers hold.
void widenDelimiterRows(std::string& page) {
    std::string out;
    out.reserve(page.size() + 64);
    size_t begin = 0;
    bool prevHasPipe = false;
    while (begin < page.size()) {
        size_t end = page.find('\n', begin);
        if (end == std::string::npos) end = page.size();
        std::string_view line(page.data() + begin, end - begin);
        bool delimiter = prevHasPipe && line.find('|') != std::string_view::npos && line.find('-') != std::string_view::npos &&
                         line.find_first_not_of("|:- \t\r") == std::string_view::npos;
        if (delimiter) {
            for (size_t i = 0; i < line.size();) {
                if (line[i] != '-') {
                    out += line[i++];
                    continue;
                }
                size_t run = 0;
                while (i < line.size() && line[i] == '-') ++run, ++i;
                out.append(std::max<size_t>(run, 3), '-');
            }
        } else {
            out.append(line);
        }
        if (end < page.size()) out += '\n';
        prevHasPipe = line.find('|') != std::string_view::npos;
        begin = end + 1;
    }
    page = std::move(out);
}

enum class Column { Unknown, Name, Leads, Contacts, Topics, Description, Meetings };

const char* columnName(Column c) {
    switch (c) {
        case Column::Name: return "name";
        case Column::Leads: return "leads";
        case Column::Contacts: return "contact";
        case Column::Topics: return "topics";
        case Column::Description: return "description";
        case Column::Meetings: return "meetings";
        default: return "unknown";
    }
}

// Recognises a column by its header text, case-insensitively; a trailing "(...)" is ignored
// ("Leads (Company)" is a Leads column).
Column columnOf(std::string_view header) {
    auto h = collapseSpaces(toLower(header));
    while (!h.empty() && (h.back() == ':' || h.back() == '*')) h.pop_back();
    if (auto open = h.rfind(" ("); open != std::string::npos && h.back() == ')') h = h.substr(0, open);
    static const struct { const char* text; Column column; } known[] = {
        {"name", Column::Name},          {"group", Column::Name},         {"group name", Column::Name},
        {"working group", Column::Name}, {"working groups", Column::Name}, {"wg", Column::Name},
        {"sig", Column::Name},           {"sig name", Column::Name},      {"team", Column::Name},
        {"committee", Column::Name},
        {"leads", Column::Leads},        {"lead", Column::Leads},         {"chairs", Column::Leads},
        {"chair", Column::Leads},        {"co-chairs", Column::Leads},    {"owners", Column::Leads},
        {"owner", Column::Leads},        {"maintainers", Column::Leads},  {"organizers", Column::Leads},
        {"facilitators", Column::Leads}, {"leadership", Column::Leads},
        {"mailing list", Column::Contacts}, {"mailing lists", Column::Contacts}, {"contact", Column::Contacts},
        {"contacts", Column::Contacts},  {"email", Column::Contacts},     {"e-mail", Column::Contacts},
        {"slack", Column::Contacts},     {"slack channel", Column::Contacts}, {"chat", Column::Contacts},
        {"channel", Column::Contacts},   {"forum", Column::Contacts},
        {"topics", Column::Topics},      {"example topics", Column::Topics}, {"scope", Column::Topics},
        {"areas", Column::Topics},       {"focus areas", Column::Topics},
        {"description", Column::Description}, {"about", Column::Description}, {"summary", Column::Description},
        {"meetings", Column::Meetings},  {"meeting", Column::Meetings},   {"schedule", Column::Meetings},
        {"meeting time", Column::Meetings}, {"meeting times", Column::Meetings}, {"when", Column::Meetings},
    };
    for (const auto& k : known)
        if (h == k.text) return k.column;
    // "Slack / Mailing List", "Chairs & Leads": every part names the same column.
    Column all = Column::Unknown;
    size_t b = 0;
    for (size_t i = 0; i <= h.size(); ++i) {
        if (i < h.size() && h[i] != '/' && h[i] != '&' && h[i] != ',') continue;
        auto part = std::string(trim(std::string_view(h).substr(b, i - b)));
        b = i + 1;
        if (part == h) return Column::Unknown;
        Column c = Column::Unknown;
        for (const auto& k : known)
            if (part == k.text) c = k.column;
        if (c == Column::Unknown || (all != Column::Unknown && c != all)) return Column::Unknown;
        all = c;
    }
    return all;
}

// The group kind a name column implies: "SIG" -> "sig", "Team" -> "team"...
std::string kindOfNameColumn(std::string_view header) {
    auto h = toLower(trim(header));
    if (h.rfind("sig", 0) == 0) return "sig";
    if (h == "team") return "team";
    if (h == "committee") return "committee";
    return "working-group";
}

// The default kind of contacts in a column, from its header.
std::string contactKindOfColumn(std::string_view header) {
    auto h = toLower(header);
    if (h.find("mailing") != std::string::npos || h.find("list") != std::string::npos) return "mailing-list";
    if (h.find("slack") != std::string::npos) return "slack";
    if (h.find("forum") != std::string::npos) return "forum";
    return {};
}

std::string contactKind(std::string_view url, const std::string& columnKind) {
    auto u = toLower(url);
    auto has = [&](const char* s) { return u.find(s) != std::string::npos; };
    if (u.rfind("mailto:", 0) == 0) return columnKind == "mailing-list" ? "mailing-list" : "email";
    if (has("slack.com")) return "slack";
    if (has("discord.gg") || has("discord.com")) return "discord";
    if (has("groups.google.com") || has("googlegroups.com") || has("groups.io") || has("://lists.") || has("/mailman/"))
        return "mailing-list";
    if (has("://discuss.") || has("forum")) return "forum";
    return columnKind.empty() ? "other" : columnKind;
}

bool isDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

struct Importer {
    const ImportOptions& options;
    ImportResult& result;

    void warn(int line, std::string message, std::string groupId = {}) {
        result.diagnostics.push_back(diag(Severity::Warning, line, std::move(message), std::move(groupId)));
    }
    void error(int line, std::string message, std::string groupId = {}) {
        result.diagnostics.push_back(diag(Severity::Error, line, std::move(message), std::move(groupId)));
    }
    // A warning about a cell's content, placed where that content starts.
    void warn(const RichText& at, std::string message, std::string groupId = {}) {
        warn(at.line, std::move(message), std::move(groupId));
        if (at.column > 0) result.diagnostics.back().column = at.column;
    }

    // Resolves a link of the page and keeps it only when it is safe to show.
    std::string vet(const std::string& href, const RichText& at, const std::string& groupId) {
        auto url = resolveUrl(href, options.baseUrl);
        switch (classifyLink(url)) {
            case LinkKind::Empty: return {};
            case LinkKind::Unsafe:
                warn(at, "link '" + url + "' is not http(s) or mailto; left out", groupId);
                return {};
            default: return url;
        }
    }

    // The column of each header cell; warns about unknown and repeated ones.
    std::vector<Column> columnsOf(const Block& table, bool report) {
        std::vector<Column> cols;
        std::vector<Column> seen;
        for (size_t i = 0; i < table.header.cells.size(); ++i) {
            const auto& h = table.header.cells[i];
            auto header = collapseSpaces(h.text);
            auto c = columnOf(header);
            if (c != Column::Unknown && std::find(seen.begin(), seen.end(), c) != seen.end()) {
                if (report) warn(h, "column '" + header + "' repeats the " + columnName(c) + " column; its cells are left out");
                c = Column::Unknown;
            } else if (c == Column::Unknown && report) {
                warn(h, header.empty() ? "column " + std::to_string(i + 1) + " has no header; its cells are left out"
                                                : "column '" + header + "' is not recognised; its cells are left out");
            }
            if (c != Column::Unknown) seen.push_back(c);
            cols.push_back(c);
        }
        return cols;
    }

    // A table lists groups when it has a name column and at least one other group column.
    bool isGroupTable(const Block& table) {
        auto cols = columnsOf(table, false);
        bool name = std::find(cols.begin(), cols.end(), Column::Name) != cols.end();
        bool other = std::any_of(cols.begin(), cols.end(), [](Column c) { return c != Column::Name && c != Column::Unknown; });
        return name && other;
    }

    void readLeads(Group& g, const RichText& cell) {
        for (auto [b, e] : splitList(cell.text, true)) {
            auto item = std::string_view(cell.text).substr(b, e - b);
            Person p = parsePerson(item);
            if (p.github.empty())
                for (const auto& l : cell.links)
                    if (l.begin < e && l.end > b)
                        if (auto handle = githubHandleFromUrl(l.href); !handle.empty()) {
                            p.github = handle;
                            break;
                        }
            if (p.name.empty()) {
                warn(cell, "lead '" + std::string(item) + "' has no name; left out", g.id);
                continue;
            }
            g.leads.push_back(std::move(p));
        }
    }

    void readContacts(Group& g, const RichText& cell, const std::string& columnKind) {
        size_t pos = 0;
        std::string outside;
        for (const auto& l : cell.links) {
            outside += cell.text.substr(pos, l.begin - pos) + " ";
            pos = l.end;
            auto url = vet(l.href, cell, g.id);
            if (url.empty()) continue;
            Contact c;
            c.url = url;
            c.label = collapseSpaces(cell.linkText(l));
            if (c.label.empty()) c.label = url.rfind("mailto:", 0) == 0 ? url.substr(7) : url;
            c.kind = contactKind(url, columnKind);
            g.contacts.push_back(std::move(c));
        }
        if (pos < cell.text.size()) outside += cell.text.substr(pos);
        // A channel or list named without an address cannot be reached from the widget.
        for (auto [b, e] : splitList(outside)) {
            auto item = std::string_view(outside).substr(b, e - b);
            if (item.find_first_not_of("()[]-:/ ") == std::string_view::npos) continue;
            warn(cell, "contact '" + std::string(item) + "' has no link; left out", g.id);
        }
    }

    void readMeetings(Group& g, const RichText& cell) {
        for (auto& mc : parseMeetingCell(cell)) {
            auto url = vet(mc.href, cell, g.id);
            auto notes = vet(mc.notesHref, cell, g.id);
            auto recordings = vet(mc.recordingsHref, cell, g.id);
            if (isNone(mc.schedule) && url.empty()) continue;
            std::vector<Meeting> meetings;
            if (isToBeDecided(mc.schedule) || mc.schedule.empty()) {
                Meeting m;
                m.note = mc.schedule;
                meetings.push_back(std::move(m));
            } else {
                auto parsed = parseSchedule(mc.schedule, options.updated);
                meetings = std::move(parsed.meetings);
                if (meetings.empty()) meetings.emplace_back();
                if (!parsed.understood) {
                    std::string why;
                    for (const auto& m : meetings)
                        if (!m.note.empty() && why.find(m.note) == std::string::npos) why += (why.empty() ? "" : "; ") + m.note;
                    warn(cell, "meeting time '" + mc.schedule + "' not understood" + (why.empty() ? "" : ": " + why) +
                                        "; kept as text", g.id);
                }
            }
            for (auto& m : meetings) {
                if (!isToBeDecided(mc.schedule)) m.schedule = mc.schedule;  // verbatim, as the page says it
                m.url = url;
                m.notesUrl = notes;
                m.recordingsUrl = recordings;
                g.meetings.push_back(std::move(m));
            }
        }
    }

    void readTable(const Block& table) {
        auto cols = columnsOf(table, true);
        size_t nameCol = std::find(cols.begin(), cols.end(), Column::Name) - cols.begin();
        std::string kind = options.kind.empty() ? kindOfNameColumn(table.header.cells[nameCol].text) : options.kind;
        std::string contactKind;
        for (size_t i = 0; i < cols.size(); ++i)
            if (cols[i] == Column::Contacts) contactKind = contactKindOfColumn(table.header.cells[i].text);

        for (const auto& row : table.rows) {
            auto cell = [&](Column c) -> const RichText* {
                for (size_t i = 0; i < cols.size() && i < row.cells.size(); ++i)
                    if (cols[i] == c) return &row.cells[i];
                return nullptr;
            };
            const RichText* nameCell = cell(Column::Name);
            Group g;
            g.name = nameCell ? collapseSpaces(nameCell->text) : "";
            if (g.name.empty()) {
                bool blank = std::all_of(row.cells.begin(), row.cells.end(), [](const RichText& c) { return trim(c.text).empty(); });
                if (!blank) error(row.line, "row has no group name; skipped");
                continue;
            }
            auto& groups = result.registry.groups;
            std::string id = slugify(g.name);
            if (id.empty()) {
                id = "group-" + std::to_string(groups.size() + 1);
                warn(row.line, "name '" + g.name + "' gives no id; using '" + id + "'", id);
            }
            if (result.registry.findGroup(id) >= 0) {
                int n = 2;
                while (result.registry.findGroup(id + "-" + std::to_string(n)) >= 0) ++n;
                auto unique = id + "-" + std::to_string(n);
                warn(row.line, "another group already has id '" + id + "'; this one is '" + unique + "'", unique);
                id = unique;
            }
            g.id = id;
            g.kind = kind;
            for (const auto& l : nameCell->links)
                if (auto url = vet(l.href, *nameCell, g.id); !url.empty()) g.links.push_back({"Group page", url});
            if (auto* c = cell(Column::Leads)) readLeads(g, *c);
            if (auto* c = cell(Column::Contacts)) readContacts(g, *c, contactKind);
            if (auto* c = cell(Column::Topics)) g.topics = parseTopics(c->text);
            if (auto* c = cell(Column::Description)) g.description = collapseSpaces(c->text);
            if (auto* c = cell(Column::Meetings)) readMeetings(g, *c);
            groups.push_back(std::move(g));
        }
    }

    void readPageLinks(const Block& b) {
        auto& links = result.registry.links;
        for (const auto& l : b.text.links) {
            if (trim(l.href).empty() || trim(l.href).front() == '#') continue;  // a place on this very page
            auto url = vet(l.href, b.text, {});
            if (url.empty()) continue;
            if (std::any_of(links.begin(), links.end(), [&](const Link& x) { return x.url == url; })) continue;
            links.push_back({labelFromContext(b.text, l), url});
        }
    }

    void run(std::string_view markdown) {
        auto& reg = result.registry;
        auto page = checkedText(markdown, result.diagnostics);
        widenDelimiterRows(page);
        auto blocks = parseOutline(page);

        size_t firstGroupTable = blocks.size();
        for (size_t i = 0; i < blocks.size(); ++i)
            if (blocks[i].kind == Block::Kind::Table && isGroupTable(blocks[i])) {
                firstGroupTable = i;
                break;
            }

        for (size_t i = 0; i < blocks.size(); ++i) {
            const auto& b = blocks[i];
            switch (b.kind) {
                case Block::Kind::Heading:
                    if (reg.title.empty()) reg.title = collapseSpaces(b.text.text);
                    readPageLinks(b);
                    break;
                case Block::Kind::Paragraph:
                    if (reg.about.empty() && b.topLevel && i < firstGroupTable) reg.about = collapseSpaces(b.text.text);
                    readPageLinks(b);
                    break;
                case Block::Kind::Table:
                    if (isGroupTable(b)) readTable(b);
                    break;
            }
        }
        if (!options.title.empty()) reg.title = options.title;
        if (!options.updated.empty()) {
            if (isDate(options.updated)) reg.updated = options.updated;
            else warn(0, "updated date '" + options.updated + "' is not YYYY-MM-DD; left out");
        }
        if (firstGroupTable == blocks.size()) {
            size_t tables = std::count_if(blocks.begin(), blocks.end(), [](const Block& b) { return b.kind == Block::Kind::Table; });
            error(0, std::string(tables ? "no table of groups among the page's " + std::to_string(tables) + " table(s)"
                                        : "no table of groups found") +
                         ": the header needs a name column (Name, Group, Working Group, SIG) and a Leads, Mailing List, "
                         "Topics or Meetings column");
        }
    }
};

}  // namespace

ImportResult importMarkdown(std::string_view markdown, const ImportOptions& options) {
    ImportResult result;
    Importer{options, result}.run(markdown);
    return result;
}

}  // namespace wgf

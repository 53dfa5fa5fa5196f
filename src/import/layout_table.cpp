// Layout 1: a table whose rows are groups ("Name | Chairs | Contact | Meetings"), and what the
// layouts share: the page's headings, the kind and status they give.
#include <algorithm>
#include <cstdint>

#include "import/layouts.h"
#include "model/text.h"

namespace wgf::importer {

namespace {

bool isGroupField(Field f) {
    switch (f) {
        case Field::Leads: case Field::Members: case Field::Sponsors: case Field::Liaison: case Field::Contacts:
        case Field::Topics: case Field::Description: case Field::Meetings: case Field::MeetingLink:
        case Field::MeetingNotes: case Field::MeetingRecordings: case Field::Links: return true;
        default: return false;
    }
}

std::vector<Field> fieldsOf(const Block& table) {
    std::vector<Field> out;
    for (const auto& h : table.header.cells) out.push_back(fieldOf(h.text));
    return out;
}

bool columnHasText(const Block& table, size_t col) {
    return std::any_of(table.rows.begin(), table.rows.end(),
                       [&](const TableRow& r) { return col < r.cells.size() && !trim(r.cells[col].text).empty(); });
}

}  // namespace

std::string Page::sectionOf(size_t i) const {
    if (i >= headings.size() || headings[i].empty()) return {};
    return collapseSpaces(blocks[headings[i].back()].text.text);
}

Page outlinePage(const std::string& markdown, const std::vector<int>* sourceLines) {
    Page page;
    page.blocks = parseOutline(markdown, sourceLines);
    page.used.assign(page.blocks.size(), false);
    std::vector<size_t> open;  // headings enclosing the current block
    for (size_t i = 0; i < page.blocks.size(); ++i) {
        const auto& b = page.blocks[i];
        if (b.kind == Block::Kind::Heading) {
            while (!open.empty() && page.blocks[open.back()].level >= b.level) open.pop_back();
            page.headings.push_back(open);
            open.push_back(i);
        } else {
            page.headings.push_back(open);
        }
    }
    return page;
}

std::string placeOf(const std::string& section, const std::string& name) {
    if (section.empty()) return name;
    return section + " " + name;
}

std::string kindFromHeadings(const Page& page, size_t block, const std::string& name) {
    const auto& chain = page.headings[block];
    for (size_t k = chain.size(); k-- > 0;)
        if (auto kind = kindOfHeading(page.blocks[chain[k]].text.text); !kind.empty()) return kind;
    if (auto kind = kindOfHeading(name); !kind.empty()) return kind;
    return "working-group";
}

std::string statusFromHeadings(const Page& page, size_t block) {
    for (size_t h : page.headings[block])
        if (isArchiveHeading(page.blocks[h].text.text)) return "archived";
    return {};
}

bool isGroupTable(const Block& table) {
    auto fields = fieldsOf(table);
    auto has = [&](Field f) { return std::find(fields.begin(), fields.end(), f) != fields.end(); };
    return has(Field::Name) && !has(Field::GroupsLed) && !has(Field::Company) && std::any_of(fields.begin(), fields.end(), isGroupField);
}

int readGroupTables(Reader& reader, Page& page) {
    int tables = 0;
    for (size_t bi = 0; bi < page.blocks.size(); ++bi) {
        const auto& table = page.blocks[bi];
        if (table.kind != Block::Kind::Table || !isGroupTable(table)) continue;
        page.used[bi] = true;
        ++tables;

        // The column of each field; an unknown or repeated column is reported and left out.
        auto fields = fieldsOf(table);
        std::vector<Field> seen;
        for (size_t i = 0; i < fields.size(); ++i) {
            const auto& h = table.header.cells[i];
            auto header = collapseSpaces(h.text);
            auto& f = fields[i];
            bool repeat = f != Field::Unknown && f != Field::Ignored && f != Field::Contacts && f != Field::Links &&
                          std::find(seen.begin(), seen.end(), f) != seen.end();
            if (repeat) {
                reader.warn(h, "column '" + header + "' repeats the " + fieldName(f) + " column; its cells are left out");
                f = Field::Unknown;
                continue;
            }
            seen.push_back(f);
            if ((f == Field::Unknown || f == Field::Ignored || f == Field::EmeritusLeads || f == Field::Profile) &&
                columnHasText(table, i)) {
                reader.warn(h, trim(normaliseLabel(header)).empty()
                                   ? "column " + std::to_string(i + 1) + " has no header; its cells are left out"
                                   : "column '" + header + "' is " + (f == Field::Unknown ? "not recognised" : "not kept") +
                                         "; its cells are left out");
            }
        }
        size_t nameCol = std::find(fields.begin(), fields.end(), Field::Name) - fields.begin();
        auto section = page.sectionOf(bi);
        auto headerKind = kindOfHeading(table.header.cells[nameCol].text);
        auto status = statusFromHeadings(page, bi);

        for (const auto& row : table.rows) {
            if (nameCol >= row.cells.size()) continue;
            const RichText& nameCell = row.cells[nameCol];
            auto name = collapseSpaces(nameCell.text);
            if (name.empty()) {
                bool blank = std::all_of(row.cells.begin(), row.cells.end(), [](const RichText& c) { return trim(c.text).empty(); });
                if (!blank) reader.error(row.line, "row has no group name; skipped");
                continue;
            }
            auto kind = headerKind.empty() ? kindFromHeadings(page, bi, name) : headerKind;
            Group* g = reader.newGroup(name, row.line, kind);
            g->status = status;
            for (const auto& l : nameCell.links)
                if (auto url = reader.vet(l.href, nameCell, g->id); !url.empty()) g->links.push_back({"Group page", url});
            MeetingExtras extras;
            auto place = placeOf(section, name);
            // Cells are matched to columns by position: an empty cell never shifts the ones after it.
            for (size_t i = 0; i < fields.size() && i < row.cells.size(); ++i)
                if (i != nameCol && isGroupField(fields[i]))
                    reader.readField(*g, fields[i], displayLabel(table.header.cells[i].text), row.cells[i], extras, place);
            reader.finishGroup(*g, extras);
        }
    }
    return tables;
}

}  // namespace wgf::importer

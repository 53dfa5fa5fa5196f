// Layout 2: a table of people with the groups each one leads ("Name | Company | Groups"), joined
// to the groups the other layouts read.
#include <algorithm>
#include <cstdint>

#include "import/cells.h"
#include "import/layouts.h"
#include "model/text.h"

namespace wgf::importer {

namespace {

std::string key(std::string_view name) { return collapseSpaces(toLower(name)); }

// The group a "Groups" cell names: by name or id; else by the part before " - ", ": " or " (",
// so "Networking - Control Plane" (a part of Networking) joins Networking. -1 when none.
int findGroup(const Registry& r, std::string_view named, bool& byPart) {
    byPart = false;
    auto k = key(named);
    for (size_t i = 0; i < r.groups.size(); ++i)
        if (key(r.groups[i].name) == k || r.groups[i].id == slugify(named)) return static_cast<int>(i);
    for (std::string_view sep : {" - ", " \xE2\x80\x93 ", ": ", " ("}) {
        auto at = named.find(sep);
        if (at == std::string_view::npos || at == 0) continue;
        auto head = key(named.substr(0, at));
        for (size_t i = 0; i < r.groups.size(); ++i)
            if (key(r.groups[i].name) == head) {
                byPart = true;
                return static_cast<int>(i);
            }
    }
    return -1;
}

}  // namespace

bool isLeadsTable(const Block& table) {
    bool groups = false, person = false;
    for (const auto& h : table.header.cells) {
        auto f = fieldOf(h.text);
        groups = groups || f == Field::GroupsLed;
        person = person || f == Field::Name || f == Field::Leads;
    }
    return groups && person;
}

int readLeadsTables(Reader& reader, Page& page) {
    int tables = 0;
    auto& reg = reader.result.registry;
    for (size_t bi = 0; bi < page.blocks.size(); ++bi) {
        const auto& table = page.blocks[bi];
        if (table.kind != Block::Kind::Table || !isLeadsTable(table)) continue;
        page.used[bi] = true;
        ++tables;
        size_t nameCol = SIZE_MAX, companyCol = SIZE_MAX, profileCol = SIZE_MAX, groupsCol = SIZE_MAX;
        for (size_t i = 0; i < table.header.cells.size(); ++i) {
            auto f = fieldOf(table.header.cells[i].text);
            if ((f == Field::Name || f == Field::Leads) && nameCol == SIZE_MAX) nameCol = i;
            else if (f == Field::Company && companyCol == SIZE_MAX) companyCol = i;
            else if (f == Field::Profile && profileCol == SIZE_MAX) profileCol = i;
            else if (f == Field::GroupsLed && groupsCol == SIZE_MAX) groupsCol = i;
            else if (!trim(normaliseLabel(table.header.cells[i].text)).empty())
                reader.warn(table.header.cells[i], "column '" + collapseSpaces(table.header.cells[i].text) +
                                                       "' of the table of leads is not kept; its cells are left out");
        }
        for (const auto& row : table.rows) {
            auto cell = [&](size_t c) -> const RichText* { return c < row.cells.size() ? &row.cells[c] : nullptr; };
            const RichText* nameCell = cell(nameCol);
            if (!nameCell || trim(nameCell->text).empty()) {
                if (cell(groupsCol) && !trim(cell(groupsCol)->text).empty()) reader.warn(row.line, "row of the table of leads has no name; skipped");
                continue;
            }
            Person p = personOfRow(row, nameCol, companyCol, profileCol);
            const RichText* groupsCell = cell(groupsCol);
            auto items = groupsCell ? splitList(groupsCell->text) : std::vector<std::pair<size_t, size_t>>{};
            if (items.empty()) reader.warn(row.line, "lead '" + p.name + "' leads no group the table names; left out");
            for (auto [b, e] : items) {
                auto named = std::string(std::string_view(groupsCell->text).substr(b, e - b));
                bool byPart = false;
                int gi = findGroup(reg, named, byPart);
                if (gi < 0) {
                    reader.warn(*groupsCell, "lead '" + p.name + "' leads '" + named + "', which is not a group of the page; left out");
                    continue;
                }
                auto& g = reg.groups[static_cast<size_t>(gi)];
                if (byPart)
                    reader.warn(*groupsCell, "'" + named + "' is not a group of the page; lead '" + p.name + "' joined to '" + g.name + "'",
                                g.id);
                reader.addLead(g, p);
            }
        }
    }
    return tables;
}

}  // namespace wgf::importer

// Layout 3: one section per group. A heading, then what the group is: key/value tables
// ("Artifact | Link": "Forum | [knative-dev@](...)"), tables of leads ("&nbsp; | Leads | Company |
// Profile") and "**Label:** value" list items ("- **Meeting time:** Tuesday at 08:00 PT").
#include <algorithm>
#include <cstdint>

#include "import/cells.h"
#include "import/layouts.h"
#include "model/text.h"

namespace wgf::importer {

namespace {

bool isValueField(Field f) { return f != Field::Unknown && f != Field::Ignored && f != Field::Name && f != Field::GroupsLed; }

// A two-column table whose first column names fields, row by row.
bool isKeyValueTable(const Block& t) {
    if (t.header.cells.size() != 2 || t.rows.empty()) return false;
    size_t known = 0;
    for (const auto& r : t.rows)
        if (!r.cells.empty() && isValueField(fieldOf(r.cells[0].text))) ++known;
    return known * 2 >= t.rows.size();
}

// A table of people: a column of lead names and no group names.
size_t peopleColumn(const Block& t) {
    for (size_t i = 0; i < t.header.cells.size(); ++i) {
        auto f = fieldOf(t.header.cells[i].text);
        if (f == Field::Name || f == Field::GroupsLed) return SIZE_MAX;
    }
    for (size_t i = 0; i < t.header.cells.size(); ++i) {
        auto f = fieldOf(t.header.cells[i].text);
        if (f == Field::Leads || f == Field::Members || f == Field::EmeritusLeads || f == Field::Sponsors) return i;
    }
    return SIZE_MAX;
}

// "Meeting time: Tuesday at 08:00 PT" -> the field and the text after the label, links kept.
bool splitLabel(const RichText& item, Field& field, std::string& label, RichText& value) {
    auto colon = item.text.find(':');
    if (colon == std::string::npos || colon > 60) return false;
    if (std::any_of(item.links.begin(), item.links.end(), [&](const TextLink& l) { return l.begin < colon; })) return false;
    label = collapseSpaces(item.text.substr(0, colon));
    field = fieldOf(label);
    size_t from = colon + 1;
    while (from < item.text.size() && item.text[from] == ' ') ++from;
    value.text = item.text.substr(from);
    value.line = item.line;
    value.column = item.column;
    value.links.clear();
    for (auto l : item.links) {
        if (l.begin < from) continue;
        l.begin -= from;
        l.end -= from;
        value.links.push_back(std::move(l));
    }
    return true;
}

bool isMaterial(const Block& b) {
    if (b.kind == Block::Kind::Table) return isKeyValueTable(b) || peopleColumn(b) != SIZE_MAX;
    if (b.kind == Block::Kind::Paragraph && !b.topLevel) {
        Field f;
        std::string label;
        RichText value;
        return splitLabel(b.text, f, label, value) && isValueField(f);
    }
    return false;
}

struct SectionReader {
    Reader& reader;
    Page& page;

    void readPeople(Group& g, const Block& t, size_t bi) {
        size_t nameCol = peopleColumn(t);
        auto nameField = fieldOf(t.header.cells[nameCol].text);
        if (nameField == Field::EmeritusLeads) {
            reader.warn(t.line, "table of " + collapseSpaces(t.header.cells[nameCol].text) + " (" + std::to_string(t.rows.size()) +
                                    " rows) is not kept: they no longer lead the group", g.id);
            page.used[bi] = true;
            return;
        }
        size_t companyCol = SIZE_MAX, profileCol = SIZE_MAX;
        for (size_t i = 0; i < t.header.cells.size(); ++i) {
            auto f = fieldOf(t.header.cells[i].text);
            if (f == Field::Company) companyCol = i;
            else if (f == Field::Profile) profileCol = i;
            else if (i != nameCol && !trim(normaliseLabel(t.header.cells[i].text)).empty())
                reader.warn(t.header.cells[i], "column '" + collapseSpaces(t.header.cells[i].text) + "' of the table of leads is not kept", g.id);
        }
        for (const auto& row : t.rows) {
            auto cell = [&](size_t c) -> const RichText* { return c < row.cells.size() ? &row.cells[c] : nullptr; };
            if (!cell(nameCol) || trim(cell(nameCol)->text).empty()) continue;
            Person p = personOfRow(row, nameCol, companyCol, profileCol);
            if (nameField == Field::Sponsors) p.role = "sponsor";
            reader.addLead(g, std::move(p));
        }
        page.used[bi] = true;
    }

    // Reads the blocks of one heading's own text (up to the next heading) into `g`.
    void readOwnBlocks(Group& g, size_t heading, MeetingExtras& extras, const std::string& place, const std::string& title) {
        bool material = false;  // the group's description is the paragraph before its tables and items
        for (size_t bi = heading + 1; bi < page.blocks.size() && page.blocks[bi].kind != Block::Kind::Heading; ++bi) {
            const auto& b = page.blocks[bi];
            material = material || isMaterial(b);
            if (b.kind == Block::Kind::Table && isKeyValueTable(b)) {
                page.used[bi] = true;
                for (const auto& row : b.rows) {
                    if (row.cells.size() < 2) continue;
                    auto label = collapseSpaces(row.cells[0].text);
                    auto f = fieldOf(label);
                    if (!isValueField(f) || f == Field::EmeritusLeads) {
                        if (!trim(row.cells[1].text).empty())
                            reader.warn(row.line, "row '" + label + "' is " + (f == Field::Unknown ? "not recognised" : "not kept") +
                                                      "; left out", g.id);
                        continue;
                    }
                    reader.readField(g, f, label, row.cells[1], extras, place, title);
                }
            } else if (b.kind == Block::Kind::Table && peopleColumn(b) != SIZE_MAX) {
                readPeople(g, b, bi);
            } else if (b.kind == Block::Kind::Paragraph && !b.topLevel) {
                Field f;
                std::string label;
                RichText value;
                if (!splitLabel(b.text, f, label, value)) continue;
                page.used[bi] = true;
                if (!isValueField(f) || f == Field::EmeritusLeads) {
                    reader.warn(b.text, "item '" + label + "' is " + (f == Field::Unknown ? "not recognised" : "not kept") + "; left out", g.id);
                    continue;
                }
                reader.readField(g, f, label, value, extras, place, title);
            } else if (b.kind == Block::Kind::Paragraph && b.topLevel && g.description.empty() && title.empty() && !material) {
                g.description = collapseSpaces(b.text.text);
                page.used[bi] = true;
                reader.readLinks(g, b.text, {});
            }
        }
    }
};

}  // namespace

int readSections(Reader& reader, Page& page) {
    SectionReader sr{reader, page};
    auto& blocks = page.blocks;
    std::vector<bool> hasMaterial(blocks.size(), false);
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != Block::Kind::Heading) continue;
        for (size_t j = i + 1; j < blocks.size() && blocks[j].kind != Block::Kind::Heading; ++j)
            if (isMaterial(blocks[j])) hasMaterial[i] = true;
    }
    int groups = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (!hasMaterial[i]) continue;
        // A heading under a group's heading is a part of that group (read with it below).
        const auto& chain = page.headings[i];
        if (std::any_of(chain.begin(), chain.end(), [&](size_t h) { return hasMaterial[h]; })) continue;
        const auto& heading = blocks[i];
        auto name = collapseSpaces(heading.text.text);
        Group* g = reader.newGroup(name, heading.line, kindFromHeadings(page, i, name));
        if (!g) continue;
        ++groups;
        page.used[i] = true;
        g->status = statusFromHeadings(page, i);
        for (const auto& l : heading.text.links)
            if (auto url = reader.vet(l.href, heading.text, g->id); !url.empty()) g->links.push_back({collapseSpaces(heading.text.linkText(l)), url});
        auto section = page.sectionOf(i);
        MeetingExtras extras;
        sr.readOwnBlocks(*g, i, extras, placeOf(section, name), {});
        // Sub-sections ("Europe + Asia"): their meetings are titled by their heading.
        for (size_t j = i + 1; j < blocks.size(); ++j) {
            if (blocks[j].kind != Block::Kind::Heading) continue;
            if (blocks[j].level <= heading.level) break;
            page.used[j] = true;
            auto sub = collapseSpaces(blocks[j].text.text);
            MeetingExtras subExtras;
            size_t before = g->meetings.size();
            sr.readOwnBlocks(*g, j, subExtras, placeOf(sub, name), sub);
            // The sub-section's own join and notes addresses belong to its meetings only.
            Group part;
            part.meetings.assign(g->meetings.begin() + static_cast<std::ptrdiff_t>(before), g->meetings.end());
            reader.finishGroup(part, subExtras);
            for (auto& m : part.meetings)
                if (m.title.empty()) m.title = sub;
            g->meetings.resize(before);
            g->meetings.insert(g->meetings.end(), part.meetings.begin(), part.meetings.end());
        }
        reader.finishGroup(*g, extras);
    }
    return groups;
}

}  // namespace wgf::importer

// Markdown page -> registry: prepares the text (page.cpp), lets md4c outline it (outline.cpp),
// runs the layouts (layouts.h) and reads the page level (page.cpp).
#include "import/markdown.h"

#include "import/layouts.h"
#include "import/page.h"
#include "import/reader.h"

namespace wgf {

using namespace importer;

namespace {

bool isDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

ImportResult importMarkdown(std::string_view markdown, const ImportOptions& options) {
    ImportResult result;
    Reader reader{options, result};
    std::string frontTitle;
    std::vector<int> sourceLines;
    Page page = outlinePage(preparePage(markdown, reader, frontTitle, sourceLines), &sourceLines);

    // A page either lists its groups in tables or gives each a section; tables of leads join either.
    int tables = readGroupTables(reader, page);
    if (tables == 0) readSections(reader, page);
    readLeadsTables(reader, page);
    readPageLevel(reader, page, frontTitle);

    auto& reg = result.registry;
    if (!options.updated.empty()) {
        if (isDate(options.updated)) reg.updated = options.updated;
        else reader.warn(0, "updated date '" + options.updated + "' is not YYYY-MM-DD; left out");
    }
    if (reg.groups.empty()) {
        size_t n = 0;
        for (const auto& b : page.blocks) n += b.kind == Block::Kind::Table;
        reader.error(0, std::string(n ? "no table of groups among the page's " + std::to_string(n) + " table(s)"
                                      : "no table of groups found") +
                            " and no section per group: a table needs a name column (Name, Group, Working Group, SIG) and a "
                            "Leads, Mailing List, Topics or Meetings column; a section a heading followed by a table of "
                            "leads, an Artifact | Link table or \"Label: value\" items");
    }
    return result;
}

}  // namespace wgf

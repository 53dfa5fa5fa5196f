// docs/import-fidelity.md's table of committed fixtures is the importer's real output: every
// figure of every row is checked against a fresh import, so the page cannot drift from the code.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "import/figures.h"
#include "import/markdown.h"
#include "import/sigs_yaml.h"
#include "import_fixture.h"
#include "model/text.h"

using namespace wgf;
using wgf::test::readSourceFile;

namespace {

std::vector<std::string> cellsOf(const std::string& row) {
    std::vector<std::string> out;
    std::string cell;
    for (size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '|') {
            out.emplace_back(trim(cell));
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    return out;
}

// The rows of the table between the fixtures markers, header and delimiter left out.
std::vector<std::vector<std::string>> fixtureRows() {
    auto doc = readSourceFile("docs/import-fidelity.md");
    auto begin = doc.find("<!-- fixtures:begin -->");
    auto end = doc.find("<!-- fixtures:end -->");
    std::vector<std::vector<std::string>> rows;
    if (begin == std::string::npos || end == std::string::npos) return rows;
    std::istringstream in(doc.substr(begin, end - begin));
    std::string line;
    int n = 0;
    while (std::getline(in, line))
        if (!line.empty() && line[0] == '|' && ++n > 2) rows.push_back(cellsOf(line));
    return rows;
}

ImportResult importFixture(const std::string& name) {
    ImportOptions o;
    o.updated = "2026-12-01";
    auto text = readSourceFile("tests/fixtures/import/layouts/" + name);
    bool yaml = name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0;
    return yaml ? importSigsYaml(text, o) : importMarkdown(text, o);
}

}  // namespace

TEST_SUITE("import: fidelity") {

TEST_CASE("every committed fixture is in docs/import-fidelity.md with the figures the importer gives") {
    auto rows = fixtureRows();
    REQUIRE(rows.size() == 8);
    for (const auto& row : rows) {
        REQUIRE(row.size() == 9);
        const auto& name = row[0];
        CAPTURE(name);
        REQUIRE_FALSE(readSourceFile("tests/fixtures/import/layouts/" + name).empty());
#ifndef WGF_HAVE_YAML
        if (name == "sigs.yaml") continue;  // this build cannot read YAML (import_sigs_yaml.cpp checks it says so)
#endif
        auto r = importFixture(name);
        auto f = importFigures(r.registry, r.diagnostics);
        auto all = wgf::test::listed(r.diagnostics);
        CAPTURE(all);
        CHECK(row[3] == std::to_string(f.groups));
        CHECK(row[5] == std::to_string(f.leads));
        CHECK(row[6] == std::to_string(f.understood));
        CHECK(row[7] == std::to_string(f.notUnderstood));
        CHECK(row[8] == std::to_string(f.reported));
        // The target: every group and every lead of the page.
        CHECK(row[2] == row[3]);
        CHECK(row[4] == row[5]);
    }
}

}  // TEST_SUITE

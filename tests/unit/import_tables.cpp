// The importer against tables that are not laid out like Istio's: the group table is found and
// read by its header, whatever the order, extra columns, escapes and gaps.
#include <doctest/doctest.h>

#include "import/markdown.h"
#include "import_fixture.h"

using namespace wgf;
using wgf::test::diagnosticsAbout;
using wgf::test::requireGroup;
using wgf::test::readSourceFile;

TEST_SUITE("import: tables") {

// tests/fixtures/import/tricky-table.md: reordered columns, a "SIG" name column, an unknown
// "Repo" column, escaped pipes, inline code with a pipe, a row without a name, a short row, a
// repeated name, <br> in cells, one-dash delimiter cells.
static const ImportResult& tricky() {
    static const ImportResult r = [] {
        ImportOptions o;
        o.baseUrl = "https://example.org/community/";
        return importMarkdown(readSourceFile("tests/fixtures/import/tricky-table.md"), o);
    }();
    return r;
}

TEST_CASE("columns are found by header text in any order; a SIG column makes groups of kind sig") {
    const auto& reg = tricky().registry;
    REQUIRE(reg.groups.size() == 5);
    CHECK(reg.title == "Special Interest Groups");
    for (const auto& g : reg.groups) CHECK(g.kind == "sig");
    const auto& pf = requireGroup(reg, "pipes-filters");
    CHECK(pf.leads.size() == 2);
    CHECK(pf.meetings.size() == 1);
    CHECK(pf.contacts.size() == 1);
}

TEST_CASE("an escaped pipe stays in its cell") {
    const auto& pf = requireGroup(tricky().registry, "pipes-filters");
    CHECK(pf.name == "Pipes | Filters");
    CHECK(pf.leads[0].name == "Ada Lovelace");  // the columns after it did not shift
}

TEST_CASE("a pipe inside inline code stays in its cell") {
    const auto& pf = requireGroup(tricky().registry, "pipes-filters");
    CHECK(pf.topics == std::vector<Text>{"Shell a|b pipelines", "Filters (grep, sed)"});
}

TEST_CASE("an escaped pipe inside inline code is a pipe, as on GitHub") {
    auto r = importMarkdown("| Name | Topics |\n|---|---|\n| Shell | `a \\| b`, `c\\\\d` |\n");
    REQUIRE(r.registry.groups.size() == 1);
    // The escape is removed before the pipe only; other backslashes in code stay.
    CHECK(r.registry.groups[0].topics == std::vector<Text>{"a | b", "c\\\\d"});
}

TEST_CASE("an unknown extra column is named in a warning and kept out") {
    const auto& r = tricky();
    auto repo = diagnosticsAbout(r.diagnostics, "'Repo'");
    REQUIRE(repo.size() == 1);
    CHECK(repo[0].severity == Severity::Warning);
    CHECK(repo[0].line == 5);
    CHECK(repo[0].column == 38);
    for (const auto& g : r.registry.groups) CHECK(g.links.empty());  // the repo links went nowhere
}

TEST_CASE("lead cells: companies, roles, handles, GitHub profile links, \"and\"") {
    const auto& reg = tricky().registry;
    const auto& pf = requireGroup(reg, "pipes-filters");
    CHECK(pf.leads[0].company == "Analytical Engines");
    CHECK(pf.leads[0].role == "chair");
    CHECK(pf.leads[1].name == "Charles Babbage");
    CHECK(pf.leads[1].company == "Difference Ltd");

    const auto& cli = requireGroup(reg, "cli-tools");
    REQUIRE(cli.leads.size() == 2);
    CHECK(cli.leads[0].name == "grace");
    CHECK(cli.leads[0].github == "grace");
    CHECK(cli.leads[1].name == "Alan Turing");
    CHECK(cli.leads[1].github == "aturing");
    CHECK(cli.leads[1].role == "tech-lead");

    const auto& shortRow = requireGroup(reg, "short-row");
    REQUIRE(shortRow.leads.size() == 1);
    CHECK(shortRow.leads[0].name == "Edsger Dijkstra");
    CHECK(shortRow.leads[0].github == "edsger");
    CHECK(shortRow.leads[0].company == "Eindhoven");

    const auto& second = requireGroup(reg, "pipes-filters-2");
    REQUIRE(second.leads.size() == 2);
    CHECK(second.leads[1].name == "Dennis Ritchie");
}

TEST_CASE("contact cells: links, bare addresses and chat links; a bare channel name is reported") {
    const auto& r = tricky();
    const auto& cli = requireGroup(r.registry, "cli-tools");
    REQUIRE(cli.contacts.size() == 2);
    CHECK(cli.contacts[0].kind == "mailing-list");  // a bare address in a "Mailing List" column
    CHECK(cli.contacts[0].label == "cli@lists.example.org");
    CHECK(cli.contacts[0].url == "mailto:cli@lists.example.org");
    CHECK(cli.contacts[1].kind == "slack");
    CHECK(cli.contacts[1].label == "#cli");
    CHECK(cli.contacts[1].url == "https://example.slack.com/archives/C01");

    CHECK(requireGroup(r.registry, "multi-slot").contacts.empty());
    auto channel = diagnosticsAbout(r.diagnostics, "'#multi-slot' has no link");
    REQUIRE(channel.size() == 1);
    CHECK(channel[0].groupId == "multi-slot");
    CHECK(channel[0].line == 12);
}

TEST_CASE("a javascript: link is dropped with a warning") {
    const auto& r = tricky();
    CHECK(requireGroup(r.registry, "pipes-filters-2").contacts.empty());
    auto unsafe = diagnosticsAbout(r.diagnostics, "javascript:");
    REQUIRE(unsafe.size() == 1);
    CHECK(unsafe[0].severity == Severity::Warning);
    CHECK(unsafe[0].line == 11);
}

TEST_CASE("meeting cells: text around tool links, notes, <br> slots, TBA, N/A") {
    const auto& reg = tricky().registry;
    const auto& cli = requireGroup(reg, "cli-tools");
    REQUIRE(cli.meetings.size() == 1);
    CHECK(cli.meetings[0].schedule == "Tuesdays at 09:00 UTC");
    CHECK(cli.meetings[0].url == "https://zoom.example/j/2");
    CHECK(cli.meetings[0].notesUrl == "https://example.org/community/notes/cli.md");  // resolved
    CHECK(cli.meetings[0].rrule == "FREQ=WEEKLY;BYDAY=TU");
    CHECK(cli.meetings[0].tz == "UTC");

    const auto& multi = requireGroup(reg, "multi-slot");
    REQUIRE(multi.meetings.size() == 2);
    CHECK(multi.meetings[0].schedule == "Tue 08:00 PT");
    CHECK(multi.meetings[0].url == "https://meet.example/a");
    CHECK(multi.meetings[1].schedule == "Thu 16:00 UTC");
    CHECK(multi.meetings[1].url == "https://meet.example/b");
    CHECK(multi.topics == std::vector<Text>{"Types", "Abstraction"});

    REQUIRE(requireGroup(reg, "short-row").meetings.size() == 1);
    CHECK(requireGroup(reg, "short-row").meetings[0].note == "TBA");
    CHECK(requireGroup(reg, "pipes-filters-2").meetings.empty());  // N/A
}

TEST_CASE("missing cells leave fields empty") {
    const auto& g = requireGroup(tricky().registry, "short-row");
    CHECK(g.topics.empty());
    CHECK(g.contacts.empty());
    CHECK(g.description.empty());
}

TEST_CASE("a row without a name is skipped with an error naming its line") {
    const auto& r = tricky();
    auto nameless = diagnosticsAbout(r.diagnostics, "no group name");
    REQUIRE(nameless.size() == 1);
    CHECK(nameless[0].severity == Severity::Error);
    CHECK(nameless[0].line == 9);
    for (const auto& g : r.registry.groups)
        for (const auto& l : g.leads) CHECK(l.name != "Nobody");
}

TEST_CASE("a repeated name gets a unique id and a warning") {
    const auto& r = tricky();
    CHECK(requireGroup(r.registry, "pipes-filters-2").name == "Pipes | Filters");
    auto dup = diagnosticsAbout(r.diagnostics, "already has id 'pipes-filters'");
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].severity == Severity::Warning);
    CHECK(dup[0].groupId == "pipes-filters-2");
    CHECK(dup[0].line == 11);
}

TEST_CASE("the fixture gives exactly the diagnostics above") {
    auto all = wgf::test::listed(tricky().diagnostics);
    CAPTURE(all);
    CHECK(tricky().diagnostics.size() == 5);
}

TEST_CASE("a page without a table of groups is an error and an empty registry") {
    auto r = importMarkdown(readSourceFile("tests/fixtures/import/no-table.md"));
    CHECK(r.registry.groups.empty());
    CHECK(r.registry.title == "Community calendar");
    // The table it has is reported with its line, then the page as a whole.
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].line == 5);
    CHECK(r.diagnostics[0].message.find("not a table of groups") != std::string::npos);
    CHECK(r.diagnostics[1].severity == Severity::Error);
    CHECK(r.diagnostics[1].message.find("no table of groups") != std::string::npos);

    auto empty = importMarkdown("");
    CHECK(empty.registry.groups.empty());
    CHECK(hasErrors(empty.diagnostics));
}

TEST_CASE("a table with only a name column or only people is not taken for the group list") {
    auto r = importMarkdown("| Name | Company |\n|---|---|\n| Jane Doe | Acme |\n");
    CHECK(r.registry.groups.empty());
    CHECK(hasErrors(r.diagnostics));
}

TEST_CASE("synonyms, a Description column, combined and parenthesised headers") {
    auto r = importMarkdown(
        "| Working Group | Description | Chairs (Company) | Slack / Mailing List | Schedule |\n"
        "|---|---|---|---|---|\n"
        "| Docs | Writes the docs, the site and the blog. | Jane Doe (Acme) | [docs@](https://lists.example.org/docs) | TBD |\n");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.registry.groups.size() == 1);
    const auto& g = r.registry.groups[0];
    CHECK(g.kind == "working-group");
    CHECK(g.description == "Writes the docs, the site and the blog.");
    CHECK(g.topics.empty());
    REQUIRE(g.leads.size() == 1);
    CHECK(g.leads[0].company == "Acme");
    REQUIRE(g.contacts.size() == 1);
    CHECK(g.contacts[0].kind == "mailing-list");
    REQUIRE(g.meetings.size() == 1);
    CHECK(g.meetings[0].note == "TBD");
}

TEST_CASE("a repeated column is reported and only the first one is read") {
    auto r = importMarkdown("| Name | Leads | Chairs |\n|---|---|---|\n| Docs | Jane Doe | John Roe |\n");
    REQUIRE(r.registry.groups.size() == 1);
    REQUIRE(r.registry.groups[0].leads.size() == 1);
    CHECK(r.registry.groups[0].leads[0].name == "Jane Doe");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("'Chairs' repeats the leads column") != std::string::npos);
}

TEST_CASE("ImportOptions: title, updated date, kind") {
    ImportOptions o;
    o.title = "Example working groups";
    o.updated = "2024-05-01";
    o.kind = "committee";
    auto r = importMarkdown("# Page\n\n| Name | Leads |\n|---|---|\n| Docs | Jane Doe |\n", o);
    CHECK(r.registry.title == "Example working groups");
    CHECK(r.registry.updated == "2024-05-01");
    CHECK(r.registry.groups.at(0).kind == "committee");

    o.updated = "May 2024";
    auto bad = importMarkdown("| Name | Leads |\n|---|---|\n| Docs | Jane Doe |\n", o);
    CHECK(bad.registry.updated.empty());
    CHECK(diagnosticsAbout(bad.diagnostics, "'May 2024'").size() == 1);
}

TEST_CASE("invalid UTF-8 is reported with its line and repaired") {
    std::string page = "# Groups\n\n| Name | Leads |\n|---|---|\n| Bad\xff Name | Jos\xc3 Ortiz (IBM) |\n| Fine | Jane Doe |\n";
    auto r = importMarkdown(page);
    auto utf8 = diagnosticsAbout(r.diagnostics, "invalid UTF-8");
    REQUIRE(utf8.size() == 1);  // one per line
    CHECK(utf8[0].severity == Severity::Warning);
    CHECK(utf8[0].line == 5);
    CHECK(utf8[0].column == 6);
    REQUIRE(r.registry.groups.size() == 2);
    CHECK(r.registry.groups[0].name == "Bad\xEF\xBF\xBD Name");
    CHECK(r.registry.groups[0].id == "bad-name");
    CHECK(r.registry.groups[0].leads.at(0).name == "Jos\xEF\xBF\xBD Ortiz");
    CHECK(r.registry.groups[1].name == "Fine");
}

TEST_CASE("NUL bytes and entities in cells") {
    const char raw[] = "| Name | Leads |\n|---|---|\n| R&amp;D&#124;Ops | Jane\0 Doe |\n";
    std::string page(raw, sizeof raw - 1);
    auto r = importMarkdown(page);
    REQUIRE(r.registry.groups.size() == 1);
    CHECK(r.registry.groups[0].name == "R&D|Ops");
    CHECK(r.registry.groups[0].leads.at(0).name == "Jane\xEF\xBF\xBD Doe");
}

TEST_CASE("the table may sit in any section and one-dash delimiter rows count") {
    auto r = importMarkdown("Intro.\n\n## Groups\n\nSee below.\n\n|Name|Topics|\n|-|-|\n|Docs|Site, Blog|\n");
    REQUIRE(r.registry.groups.size() == 1);
    CHECK(r.registry.groups[0].topics == std::vector<Text>{"Site", "Blog"});
    CHECK(r.registry.title == "Groups");
    CHECK(r.registry.about == "Intro.");
}

}  // TEST_SUITE

// The page around the table: its title, its links and their labels, relative addresses.
#include <doctest/doctest.h>

#include "import/links.h"
#include "import/markdown.h"
#include "import_fixture.h"

using namespace wgf;
using namespace wgf::importer;
using wgf::test::diagnosticsAbout;
using wgf::test::readSourceFile;

TEST_SUITE("import: links") {

TEST_CASE("relative links resolve against the base address like a browser's") {
    const std::string base = "https://github.com/istio/community/blob/master/";
    CHECK(resolveUrl("CONTRIBUTING.md", base) == "https://github.com/istio/community/blob/master/CONTRIBUTING.md");
    CHECK(resolveUrl("./docs/a.md", base) == "https://github.com/istio/community/blob/master/docs/a.md");
    CHECK(resolveUrl("../main/README.md", base) == "https://github.com/istio/community/blob/main/README.md");
    CHECK(resolveUrl("/istio/istio", base) == "https://github.com/istio/istio");
    CHECK(resolveUrl("//example.org/x", base) == "https://example.org/x");
    CHECK(resolveUrl("#groups", base + "WORKING-GROUPS.md#top") == base + "WORKING-GROUPS.md#groups");
    CHECK(resolveUrl("?tab=readme", "https://example.org/a/b?x=1") == "https://example.org/a/b?tab=readme");
    CHECK(resolveUrl("c.md?plain=1#L3", "https://example.org/a/b") == "https://example.org/a/c.md?plain=1#L3");
    CHECK(resolveUrl("x.md", "https://example.org") == "https://example.org/x.md");
}

TEST_CASE("absolute links, and every link without a usable base, are left as written") {
    CHECK(resolveUrl("https://groups.google.com/forum/#!forum/istio-core", "https://example.org/") ==
          "https://groups.google.com/forum/#!forum/istio-core");
    CHECK(resolveUrl("mailto:a@example.org", "https://example.org/") == "mailto:a@example.org");
    CHECK(resolveUrl("CONTRIBUTING.md", "") == "CONTRIBUTING.md");
    CHECK(resolveUrl("CONTRIBUTING.md", "docs/") == "CONTRIBUTING.md");
    CHECK(resolveUrl("www.example.org", "") == "https://www.example.org");
}

static RichText paragraph(std::string text, std::string_view linkText, std::string href) {
    RichText t;
    size_t at = text.find(linkText);
    REQUIRE(at != std::string::npos);
    t.links.push_back({at, at + linkText.size(), std::move(href)});
    t.text = std::move(text);
    return t;
}

static std::string labelOf(std::string text, std::string_view linkText) {
    auto p = paragraph(std::move(text), linkText, "https://example.org");
    return labelFromContext(p, p.links[0]);
}

TEST_CASE("link labels are the link's own words; identifiers keep their case") {
    CHECK(labelOf("To propose a new working group, write to the istio-core working group.", "istio-core") == "istio-core");
    CHECK(labelOf("Design documents written by the groups live in a shared drive; anyone may read them.", "shared drive") ==
          "Shared drive");
    CHECK(labelOf("Meeting recordings are kept on YouTube.", "YouTube") == "YouTube");
    // Never a fragment of the sentence: the real Istio page once gave "Contributing guidelines although each".
    CHECK(labelOf("Working groups follow the contributing guidelines although each may differ.", "contributing") == "Contributing");
    CHECK(labelOf("Write to wg-leads@discuss.istio.io first.", "wg-leads@discuss.istio.io") == "wg-leads@discuss.istio.io");
    CHECK(labelOf("Ask in #toc-steering-questions today.", "#toc-steering-questions") == "#toc-steering-questions");
    CHECK(labelOf("See the charter before you join.", "charter") == "Charter");
    CHECK(labelOf("Read the code of conduct.", "code of conduct") == "Code of conduct");
}

TEST_CASE("an address or a word like 'here' as the link text: the sentence says what it is") {
    // 1. purpose clause
    CHECK(labelOf("For security reports, mail security@example.org.", "security@example.org") == "Security reports");
    // 2. a place: the sentence's subject, the address in parentheses
    CHECK(labelOf("The project blog is at https://blog.example.org.", "https://blog.example.org") == "Project blog (https://blog.example.org)");
    // 3. the clause's subject: "here" says nothing
    CHECK(labelOf("The meeting is on Zoom, and the notes can be found here.", "here") == "Notes");
    CHECK(labelOf("The meeting can be joined with this link.", "this") == "Meeting");
    // 4. the address itself
    CHECK(labelOf("https://blog.example.org", "https://blog.example.org") == "https://blog.example.org");
}

TEST_CASE("a page's headings and paragraphs give the title and the registry links") {
    ImportOptions o;
    o.baseUrl = "https://example.org/community/wg/";
    auto r = importMarkdown(readSourceFile("tests/fixtures/import/links.md"), o);
    auto all = wgf::test::listed(r.diagnostics);
    CAPTURE(all);
    CHECK(r.diagnostics.empty());
    CHECK(r.registry.title == "Working groups of the Example project");  // a setext heading
    CHECK(r.registry.about == "See the charter before you join, and read the code of conduct.");

    const auto& links = r.registry.links;
    REQUIRE(links.size() == 6);
    CHECK(links[0].label == "Charter");
    CHECK(links[0].url == "https://example.org/community/wg/governance/charter.md");
    CHECK(links[1].label == "Code of conduct");
    CHECK(links[1].url == "https://example.org/community/CODE_OF_CONDUCT.md");
    CHECK(links[2].label == "Security reports");
    CHECK(links[2].url == "mailto:security@example.org");
    CHECK(links[3].label == "YouTube");
    CHECK(links[3].url == "https://youtube.example/playlist");
    // List items count, in tight lists too; "#groups" points into the page itself and is left out.
    CHECK(links[4].label == "Roadmap");
    CHECK(links[4].url == "https://example.org/roadmap.md");
    CHECK(links[5].url == "https://blog.example.org");

    REQUIRE(r.registry.groups.size() == 1);
    CHECK(r.registry.groups[0].id == "docs");
}

TEST_CASE("a link that appears twice is listed once; unsafe links are dropped with their line") {
    auto r = importMarkdown(
        "# G\n\nRead the [guide](https://example.org/guide).\n\nAgain, the [guide](https://example.org/guide).\n\n"
        "Do not click [this](javascript:alert(1)).\n\n| Name | Leads |\n|---|---|\n| Docs | Jane Doe |\n");
    REQUIRE(r.registry.links.size() == 1);
    CHECK(r.registry.links[0].label == "Guide");
    auto unsafe = diagnosticsAbout(r.diagnostics, "javascript:");
    REQUIRE(unsafe.size() == 1);
    CHECK(unsafe[0].line == 7);
}

TEST_CASE("links in code blocks and HTML blocks are not links") {
    auto r = importMarkdown("# G\n\n```\n[not](https://example.org/a)\n```\n\n<div>[no](https://example.org/b)</div>\n\n"
                            "| Name | Leads |\n|---|---|\n| Docs | Jane Doe |\n");
    CHECK(r.registry.links.empty());
    CHECK(r.registry.groups.size() == 1);
}

TEST_CASE("a link in the name cell becomes the group's page") {
    ImportOptions o;
    o.baseUrl = "https://example.org/community/";
    auto r = importMarkdown("| Name | Leads |\n|---|---|\n| [Docs](sig-docs/README.md) | Jane Doe |\n", o);
    REQUIRE(r.registry.groups.size() == 1);
    const auto& g = r.registry.groups[0];
    CHECK(g.name == "Docs");
    REQUIRE(g.links.size() == 1);
    CHECK(g.links[0].label == "Group page");
    CHECK(g.links[0].url == "https://example.org/community/sig-docs/README.md");
}

}  // TEST_SUITE

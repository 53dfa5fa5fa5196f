// Hardening catalogue, Markdown importer: a WORKING-GROUPS.md page is written by many hands and
// may hold markup, unsafe links and broken rows. Each case gives the messages `wgfinder import`
// prints and checks that the page's good row ("Networking") is imported whole.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "import/markdown.h"
#include "model/load.h"
#include "model/text.h"

using namespace wgf;

namespace {

const char* kHeader =
    "# Working groups\n\n"
    "| Name | Leads | Mailing List | Meetings |\n"
    "|------|-------|--------------|----------|\n";
const char* kGoodRow =
    "| Networking | Ann Lee (Acme) | [net@](https://groups.google.com/g/net) | Thursdays at 10:00 UTC |\n";

std::string messages(const ImportResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics) s += d.toString() + "\n";
    return s;
}

ImportResult import(const std::string& page) {
    ImportOptions o;
    o.baseUrl = "https://github.com/example/community/blob/main/";
    return importMarkdown(page, o);
}

// What the importer wrote, loaded and written again, is the same (the widget loads it).
void checkWritesOutAgain(const ImportResult& r) {
    std::string once = registryToJson(r.registry);
    CHECK(registryToJson(loadRegistry(once).registry) == once);
}

// The good row is there, whole, and the result is a registry the loader takes without errors.
void checkRestUsable(const ImportResult& r) {
    int i = r.registry.findGroup("networking");
    REQUIRE(i >= 0);
    const Group& g = r.registry.groups[size_t(i)];
    CHECK(g.name == "Networking");
    REQUIRE(g.leads.size() == 1);
    CHECK(g.leads[0].company == "Acme");
    REQUIRE(g.contacts.size() == 1);
    CHECK(g.contacts[0].url == "https://groups.google.com/g/net");
    REQUIRE(g.meetings.size() == 1);
    CHECK(g.meetings[0].rrule == "FREQ=WEEKLY;BYDAY=TH");
    LoadResult back = loadRegistry(registryToJson(r.registry));
    CHECK_FALSE(hasErrors(back.diagnostics));
}

const Group& group(const ImportResult& r, const char* id) {
    int i = r.registry.findGroup(id);
    REQUIRE(i >= 0);
    return r.registry.groups[size_t(i)];
}

}  // namespace

TEST_SUITE_BEGIN("hardening catalogue: Markdown import");

TEST_CASE("catalogue 53: javascript: and data: links in the page's text are left out") {
    auto r = import(std::string("# WG\n\nSee [the guide](javascript:alert(1)), [this](data:text/html,<b>x</b>) and "
                                "[the charter](CHARTER.md).\n\n") +
                    "| Name | Leads | Mailing List | Meetings |\n|---|---|---|---|\n" + kGoodRow);
    CHECK(messages(r) ==
          "warning: line 3, column 1: link 'javascript:alert(1)' is not http(s) or mailto; left out\n"
          "warning: line 3, column 1: link 'data:text/html,<b>x</b>' is not http(s) or mailto; left out\n");
    REQUIRE(r.registry.links.size() == 1);
    CHECK(r.registry.links[0].url == "https://github.com/example/community/blob/main/CHARTER.md");
    checkRestUsable(r);
}

TEST_CASE("catalogue 54: unsafe links in a row lose only the link") {
    auto r = import(std::string(kHeader) + kGoodRow +
                    "| Security | Jane Doe | [list](javascript:alert(2)) | [Wednesdays at 11:00 PT](vbscript:x) |\n");
    CHECK(messages(r) ==
          "warning: line 6, column 26: (group 'security'): link 'javascript:alert(2)' is not http(s) or mailto; left out\n"
          "warning: line 6, column 56: (group 'security'): link 'vbscript:x' is not http(s) or mailto; left out\n");
    const Group& s = group(r, "security");
    CHECK(s.contacts.empty());
    REQUIRE(s.meetings.size() == 1);
    CHECK(s.meetings[0].url.empty());
    CHECK(s.meetings[0].rrule == "FREQ=WEEKLY;BYDAY=WE");  // the schedule in the link text is still read
    checkRestUsable(r);
}

TEST_CASE("catalogue 55: HTML in cells and headings is not carried into the registry as markup") {
    auto r = import("# WG <script>alert(1)</script>\n\n"
                    "| Name | Leads | Mailing List | Meetings |\n|---|---|---|---|\n" + std::string(kGoodRow) +
                    "| Security <img src=x onerror=alert(1)> | Jane <b>Doe</b> (Acme) | | |\n");
    CHECK(messages(r) == "");
    CHECK(r.registry.title == "WG alert(1)");
    const Group& s = group(r, "security");
    CHECK(s.name == "Security");
    CHECK(s.leads.at(0).name == "Jane Doe");
    checkRestUsable(r);
}

TEST_CASE("catalogue 56: a row without a name is skipped, a repeated name gets its own id") {
    auto r = import(std::string(kHeader) + "|  | Bob | | |\n" + kGoodRow + "| Networking | Zed | | |\n");
    CHECK(messages(r) == "error: line 5, column 1: row has no group name; skipped\n"
                         "warning: line 7, column 1: (group 'networking-2'): another group already has id 'networking'; "
                         "this one is 'networking-2'\n");
    CHECK(r.registry.groups.size() == 2);
    CHECK(group(r, "networking-2").leads.at(0).name == "Zed");
    checkRestUsable(r);
}

TEST_CASE("catalogue 57: a page without a table of groups") {
    auto r = import("# Working groups\n\nWe have none yet. | a | b |\n\n| Colour | Size |\n|---|---|\n| red | 1 |\n");
    CHECK(messages(r) == "warning: line 5, column 1: table (Colour, Size) is not a table of groups or of leads; left out\n"
                         "error: no table of groups among the page's 1 table(s) and no section per group: a table needs a name "
                         "column (Name, Group, Working Group, SIG) and a Leads, Mailing List, Topics or Meetings column; a section "
                         "a heading followed by a table of leads, an Artifact | Link table or \"Label: value\" items\n");
    CHECK(r.registry.groups.empty());
    CHECK(r.registry.title == "Working groups");
}

TEST_CASE("catalogue 58: invalid UTF-8 in a row is replaced and reported with its line") {
    auto r = import(std::string(kHeader) + kGoodRow + "| Caf\xE9 | Ren\xE9 | | |\n");
    CHECK(messages(r) == "warning: line 6, column 6: invalid UTF-8 replaced by U+FFFD\n");
    CHECK(group(r, "caf").name == "Caf\xEF\xBF\xBD");
    checkRestUsable(r);
}

TEST_CASE("catalogue 59: control characters around a heading are trimmed as the loader trims them") {
    // Found by fuzz_markdown_import: a title starting with a vertical tab changed when the
    // imported registry was loaded again.
    auto r = import(std::string("# \v\fTitle\v\n\n") + kHeader + kGoodRow);
    CHECK(r.registry.title == "Title");
    checkWritesOutAgain(r);
    checkRestUsable(r);
}

TEST_CASE("catalogue 68: a GitHub handle written with a space after the '@'") {
    // Found by fuzz_markdown_import: "(@ chair)" gave the handle " chair", which the loader then
    // trimmed, so the imported registry changed when loaded again.
    auto r = import(std::string(kHeader) + kGoodRow + "| Security | Ada Lovelace (Engines, @ ada) | | |\n");
    CHECK(messages(r) == "");
    const Person& ada = group(r, "security").leads.at(0);
    CHECK(ada.name == "Ada Lovelace");
    CHECK(ada.github == "ada");
    CHECK(ada.company == "Engines");
    checkWritesOutAgain(r);
    checkRestUsable(r);
}

TEST_CASE("catalogue 69: a lead's name ending in a control space is trimmed as the loader trims it") {
    // Found by fuzz_markdown_import: "Charles Babbage \v" kept its vertical tab, which the loader
    // then dropped, so the imported registry changed when loaded again.
    auto r = import(std::string(kHeader) + kGoodRow + "| Security | Charles \fBabbage \v, Ada\vLovelace | | |\n");
    const Group& g = group(r, "security");
    REQUIRE(g.leads.size() == 2);
    CHECK(g.leads[0].name == "Charles Babbage");
    CHECK(g.leads[1].name == "Ada Lovelace");
    checkWritesOutAgain(r);
    checkRestUsable(r);
}

TEST_CASE("catalogue 70: a handle written with more than one '@' keeps its letters only") {
    // Found by fuzz_markdown_import: "(@ @@ada)" gave the handle "@@ada", which the loader
    // shortened by one '@', so the imported registry changed when loaded again.
    auto r = import(std::string(kHeader) + kGoodRow + "| Security | Ada Lovelace (Engines, @ @@ada), @@bob | | |\n");
    const Group& g = group(r, "security");
    REQUIRE(g.leads.size() == 2);
    CHECK(g.leads[0].github == "ada");
    CHECK(g.leads[1].github == "bob");
    checkWritesOutAgain(r);
    checkRestUsable(r);
}

TEST_CASE("catalogue 71: a topic ending in a spaced full stop loses the space too") {
    // Found by fuzz_markdown_import: "Shell `a|b` ." became "Shell a|b " (the full stop removed,
    // the space before it kept), which the loader then trimmed.
    auto r = import("# Working groups\n\n| Name | Leads | Topics |\n|---|---|---|\n"
                    "| Security | Ada | Shell `a|b` ., Audits . . |\n");
    CHECK(messages(r) == "");
    CHECK(group(r, "security").topics == std::vector<Text>{"Shell a|b", "Audits"});
    checkWritesOutAgain(r);
}

TEST_SUITE_END();

TEST_CASE("catalogue 58: invalid UTF-8 on many lines: the first 20 with their place, the others counted") {
    std::string rows;
    for (int i = 0; i < 25; ++i) rows += "| Caf\xE9 " + std::to_string(i) + " | Ren\xE9 | | |\n";  // two on each line
    auto r = import(std::string(kHeader) + kGoodRow + "\n\n" + rows);
    std::string expected;
    for (int line = 8; line < 28; ++line) expected += "warning: line " + std::to_string(line) + ", column 6: invalid UTF-8 replaced by U+FFFD\n";
    expected += "warning: invalid UTF-8 on 5 more lines, replaced too\n";
    std::string utf8;
    for (const auto& d : r.diagnostics)
        if (d.message.find("UTF-8") != std::string::npos) utf8 += d.toString() + "\n";
    CHECK(utf8 == expected);
}

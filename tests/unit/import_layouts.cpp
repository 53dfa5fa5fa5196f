// The layouts real pages use, one hand-made fixture each (tests/fixtures/import/layouts/; each
// names the public page and commit it imitates): every group, lead, contact, meeting address and
// kind, and every skipped thing reported with its line.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "import/markdown.h"
#include "import_fixture.h"

using namespace wgf;
using wgf::test::diagnosticsAbout;
using wgf::test::listed;
using wgf::test::readSourceFile;

namespace {

ImportResult layout(const std::string& name) {
    ImportOptions o;
    o.updated = "2026-12-01";
    return importMarkdown(readSourceFile("tests/fixtures/import/layouts/" + name), o);
}

const Group& group(const ImportResult& r, const std::string& id) {
    const Group* g = wgf::test::groupById(r.registry, id);
    if (!g) FAIL("no group '" << id << "' among " << r.registry.groups.size());
    return *g;
}

struct Lead {
    const char* name;
    const char* github;
    const char* company;
    const char* role = "";
};

void checkLeads(const Group& g, const std::vector<Lead>& expected) {
    CAPTURE(g.id);
    REQUIRE(g.leads.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(g.leads[i].name == expected[i].name);
        CHECK(g.leads[i].github == expected[i].github);
        CHECK(g.leads[i].company == expected[i].company);
        CHECK(g.leads[i].role == expected[i].role);
    }
}

std::vector<std::string> ids(const ImportResult& r) {
    std::vector<std::string> out;
    for (const auto& g : r.registry.groups) out.push_back(g.id + ":" + g.kind + (g.status.empty() ? "" : ":" + g.status));
    return out;
}

// The one diagnostic whose message contains `text`, at `line`.
void checkReported(const ImportResult& r, const std::string& text, int line) {
    auto found = diagnosticsAbout(r.diagnostics, text);
    auto all = listed(r.diagnostics);
    CAPTURE(all);
    CAPTURE(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == line);
}

}  // namespace

TEST_SUITE("import: layouts") {

TEST_CASE("one table per kind, Kubernetes-style cells (kubernetes/community sig-list.md)") {
    auto r = layout("k8s-sig-list.md");
    CHECK(r.registry.title == "Community Groups");  // the front matter's title
    CHECK(r.registry.about == "Most community activity is organized into Special Interest Groups (SIGs) and time bounded Working Groups.");
    CHECK(ids(r) == std::vector<std::string>{"lanterns:sig", "ropes:sig", "sails:sig", "tides:working-group", "conduct:committee"});

    const auto& lanterns = group(r, "lanterns");
    checkLeads(lanterns, {{"Ada Quill", "adaquill", "Red Lantern"}, {"Bo Tarn", "botarn", "Preferred Networks, Inc."}});
    REQUIRE(lanterns.contacts.size() == 2);
    CHECK(lanterns.contacts[0].kind == "slack");
    CHECK(lanterns.contacts[0].label == "Slack");
    CHECK(lanterns.contacts[1].kind == "mailing-list");
    CHECK(lanterns.contacts[1].url == "https://groups.google.com/a/example.org/g/sig-lanterns");
    REQUIRE(lanterns.meetings.size() == 2);
    CHECK(lanterns.meetings[0].title == "Regular SIG Meeting");
    CHECK(lanterns.meetings[0].schedule == "Mondays at 9:00 PT (Pacific Time) (biweekly)");
    CHECK(lanterns.meetings[0].url == "https://zoom.us/j/1111");  // the zoom link, not the calendar
    CHECK(lanterns.meetings[0].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
    CHECK(lanterns.meetings[1].title == "Triage Meeting");
    CHECK(lanterns.meetings[1].url.empty());  // "[...]()"
    CHECK(lanterns.meetings[1].hasStructuredTime());
    REQUIRE(lanterns.links.size() == 3);
    CHECK(lanterns.links[0].label == "Group page");
    CHECK(lanterns.links[1].label == "Label");
    CHECK(lanterns.links[2].label == "Calendar");

    // An empty Label cell does not shift Chairs into it.
    const auto& ropes = group(r, "ropes");
    checkLeads(ropes, {{"Cy Vane", "cyvane", "Independent"}});
    REQUIRE(ropes.meetings.size() == 2);
    CHECK(ropes.meetings[0].title == "(rope-tools) Rope Tools Office Hours");
    CHECK(ropes.meetings[0].url == "https://zoom.us/j/2222");  // the zero-width space before it is gone
    CHECK(ropes.meetings[1].url == "https://zoom.us/j/3333");
    CHECK_FALSE(ropes.meetings[1].hasStructuredTime());
    checkReported(r, "'Tuesdays at 17:00 Atlantis (weekly)' not understood", 20);

    CHECK(group(r, "sails").meetings.empty());
    checkLeads(group(r, "tides"), {{"Eli Marsh", "elimarsh", "Harbor Co"}, {"Fay Dune", "faydune", "Preferred Networks, Inc."}});
    CHECK(group(r, "tides").meetings.at(0).title == "Regular WG Meeting (Asia/Europe)");
    checkReported(r, "column 'Stakeholder SIGs' is not kept", 25);

    const auto& conduct = group(r, "conduct");  // Members lead a committee
    checkLeads(conduct, {{"Gil Fenn", "gilfenn", "Lantern Labs, Inc"}, {"Hana Ito", "hanaito", "Windward"}});
    REQUIRE(conduct.contacts.size() == 2);
    CHECK(conduct.contacts[1].kind == "mailing-list");
    CHECK(conduct.contacts[1].url == "mailto:conduct@example.org");  // a bare address as the target
    CHECK(r.diagnostics.size() == 2);
}

TEST_CASE("a table of leads joined to the table of groups (istio/community WORKING-GROUPS.md today)") {
    auto r = layout("istio-leads-table.md");
    CHECK(r.registry.title == "Harbor Working Groups");  // the byte order mark is gone
    CHECK(ids(r) == std::vector<std::string>{"docs:working-group", "networking:working-group", "extensions-and-telemetry:working-group",
                                             "product-security:working-group", "security:working-group"});
    checkLeads(group(r, "docs"), {{"Jon Wexley", "jwexley", "Microsoft"}});
    checkLeads(group(r, "networking"), {{"Ines Calder", "icalder", "Bluefin"}, {"Mo Ferris", "mferris", "IBM"}});
    checkLeads(group(r, "extensions-and-telemetry"), {{"Lu Ming", "luming", "Google"}});
    checkLeads(group(r, "product-security"), {{"Kai Loren (Kay)", "kloren", "Tern.io"}});  // a name, not a company
    checkLeads(group(r, "security"), {{"Lu Ming", "luming", "Google"}});
    CHECK(group(r, "networking").description == "Traffic, TCP support");  // zero-width space dropped
    CHECK(group(r, "docs").links.at(0).label == "Design Docs");
    CHECK(group(r, "product-security").contacts.at(0).label == "Report a vulnerability");

    checkReported(r, "'Networking - Control Plane' is not a group of the page; lead 'Ines Calder' joined to 'Networking'", 34);
    checkReported(r, "lead 'Nia Holt' leads 'Gardening', which is not a group of the page", 39);
    checkReported(r, "paragraph looks like a meeting time but belongs to no group", 25);
    CHECK(r.diagnostics.size() == 3);

    // Page links: the link's own words; identifiers keep their case; a bare address is a mailto.
    const auto& links = r.registry.links;
    REQUIRE(links.size() == 5);
    CHECK(links[0].label == "Contributing");
    CHECK(links[1].label == "Harbor Slack");
    CHECK(links[2].label == "wg-leads@discuss.harbor.example");
    CHECK(links[2].url == "mailto:wg-leads@discuss.harbor.example");
    CHECK(links[3].label == "Meeting");  // "joined with [this] link"
    CHECK(links[4].label == "Notes");    // "the notes can be found [here]"
}

TEST_CASE("a section per group: Artifact | Link and leads tables (knative/community WORKING-GROUPS.md)") {
    auto r = layout("knative-sections.md");
    CHECK(r.registry.title == "Fjord working groups");
    CHECK(r.registry.about == "Most community activity is organized into working groups.");
    CHECK(ids(r) == std::vector<std::string>{"serving:working-group", "client:working-group", "documentation:working-group:archived",
                                             "observability:working-group:archived"});
    const auto& serving = group(r, "serving");
    CHECK(serving.description == "Covers API resources, autoscaling and networking behavior.");
    checkLeads(serving, {{"Olaf Brenn", "olafb", "Independent"}, {"Pia Strand", "piastrand", "Fjordworks"}});
    REQUIRE(serving.meetings.size() == 1);
    CHECK(serving.meetings[0].schedule == "Thurs 8:00am PST");
    CHECK(serving.meetings[0].url.empty());  // "See the top of the Meeting notes"
    CHECK(serving.meetings[0].notesUrl == "https://docs.google.com/document/d/serving-notes/edit");
    REQUIRE(serving.contacts.size() == 3);
    CHECK(serving.contacts[0].kind == "mailing-list");
    CHECK(serving.contacts[1].label == "#fjord-serving");
    checkReported(r, "Charter 'TODO (historical, was created before formal WG process)' has no link", 35);
    checkReported(r, "row 'Repo prefixes' is not recognised", 43);
    checkReported(r, "table of Emeritus Leads (1 rows) is not kept", 50);

    // The table right under the paragraph line is still the group's (GitHub shows it so).
    const auto& client = group(r, "client");
    CHECK(client.description == "Client, CLI, client libraries, and client conventions");
    checkLeads(client, {{"Rui Salt", "ruisalt", "VMware"}});
    REQUIRE(client.meetings.size() == 1);
    CHECK(client.meetings[0].url == "https://zoom.us/j/5555");
    CHECK(client.meetings[0].notesUrl == "https://docs.google.com/document/d/client-notes/edit");
    CHECK(client.meetings[0].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");

    const auto& docs = group(r, "documentation");
    checkLeads(docs, {{"Sam Odell", "samodell", ""}});
    CHECK(docs.meetings.empty());
    CHECK(docs.links.at(0).label == "Meeting notes");  // notes without a meeting time: a link
    auto duration = diagnosticsAbout(r.diagnostics, "column 'Duration' of the table of leads is not kept");
    REQUIRE(duration.size() == 2);
    CHECK(duration[0].line == 83);
    CHECK(duration[1].line == 89);
    CHECK(group(r, "observability").description.empty());  // the licence paragraph after it is not its description
    CHECK(r.diagnostics.size() == 5);
}

TEST_CASE("sub-sections are meetings of their group (tektoncd/community working-groups.md)") {
    auto r = layout("tekton-subsections.md");
    CHECK(ids(r) == std::vector<std::string>{"general:working-group", "governing-board-community:working-group"});
    const auto& general = group(r, "general");
    checkLeads(general, {{"Uma Reyes", "umareyes", "IBM"}, {"Vic Olsen", "vicolsen", "Red Hat"}, {"Wen Zhao", "wenzhao", "Red Hat"}});
    REQUIRE(general.meetings.size() == 2);
    CHECK(general.meetings[0].title == "Europe + North America");
    CHECK(general.meetings[0].url == "https://zoom.us/j/6666");
    CHECK(general.meetings[1].title == "Europe + Asia");
    CHECK(general.meetings[1].schedule == "Wednesdays 6:30am-7:30am CST");
    CHECK(general.meetings[1].url == "https://zoom.us/j/7777");
    for (const auto& m : general.meetings) CHECK(m.notesUrl == "https://docs.google.com/document/d/kelp-notes/edit");
    REQUIRE(general.contacts.size() == 2);
    const auto& board = group(r, "governing-board-community");
    checkLeads(board, {{"Xia Brook", "xiabrook", "Google"}});
    REQUIRE(board.meetings.size() == 1);
    CHECK(board.meetings[0].url == "https://zoom.us/j/8888");
    CHECK(board.meetings[0].notesUrl == "https://docs.google.com/document/d/board-notes/edit");
    CHECK(r.diagnostics.empty());
}

TEST_CASE("sections with tables without outer pipes (the first istio/community WORKING-GROUPS.md)") {
    auto r = layout("istio-first-sections.md");
    CHECK(ids(r) == std::vector<std::string>{"steering:working-group", "api-management:working-group"});
    checkLeads(group(r, "steering"), {{"Yara Lind", "", "IBM"}, {"Zed Amos", "zedamos", "Google"}});
    const auto& api = group(r, "api-management");
    checkLeads(api, {{"Zed Amos", "zedamos", "Google"}, {"Abe Crane", "", "IBM"}});
    CHECK(api.description == "API Keys, Content Mediation, OpenAPI Ingestion");
    REQUIRE(api.meetings.size() == 1);
    CHECK(api.meetings[0].schedule == "Wednesdays at 13:00 PT - Weekly");  // the call's link text
    CHECK(api.meetings[0].url == "https://meet.google.com/fnj-fpey-jme");
    CHECK(api.meetings[0].notesUrl == "https://docs.google.com/document/d/api/edit");
    REQUIRE(api.links.size() == 2);
    CHECK(api.links[0].label == "Calendar");
    CHECK(api.links[1].label == "Document Folder");
    CHECK(r.diagnostics.empty());
}

TEST_CASE("headings with Label: value items (open-telemetry/community sigs.md)") {
    auto r = layout("otel-sigs.md");
    CHECK(ids(r) == std::vector<std::string>{"specification-general-maintainers-sync:sig", "arrowhead:sig", "end-user-sig:sig",
                                             "japanese-ja-ja:team"});
    const auto& spec = group(r, "specification-general-maintainers-sync");
    CHECK(spec.leads.empty());  // "[Technical Committee](...md)" is no person, "tbd" no one yet
    checkReported(r, "'Technical Committee' links to a page, not to a person", 18);
    REQUIRE(spec.contacts.size() == 2);
    CHECK(spec.contacts[0].kind == "mailing-list");  // the meeting invites group
    CHECK(spec.meetings.at(0).notesUrl == "https://docs.google.com/document/d/spec-general");
    CHECK(spec.links.size() == 2);

    checkLeads(group(r, "arrowhead"), {{"Bram Okafor", "bokafor", "", "sponsor"},
                                       {"Cleo Dray", "cdray", "", "sponsor"},
                                       {"Dev Patil", "dpatil", "", "sponsor"},
                                       {"Esme Roy", "esmeroy", "", "liaison"}});
    CHECK(group(r, "arrowhead").meetings.size() == 2);  // alternating
    const auto& endUser = group(r, "end-user-sig");
    REQUIRE(endUser.meetings.size() == 2);
    CHECK(endUser.meetings[0].title == "Blueprints");
    CHECK(endUser.contacts.at(0).kind == "forum");
    checkLeads(group(r, "japanese-ja-ja"), {{"Fumi Sato", "fsato", "", "sponsor"}});
    checkReported(r, "item 'Localization approvers' is not recognised", 47);
    // "Every third Wednesday": every 3 weeks, or the third Wednesday of each month? Kept as text.
    checkReported(r, "'every third Wednesday' can mean every 3 weeks or the third Wednesday of each month", 44);
    CHECK(r.diagnostics.size() == 3);
}

TEST_CASE("<ol><li> and <ul><li> cells, footnote markers (kubevirt/community sig-list.md)") {
    auto r = layout("kubevirt-html-lists.md");
    CHECK(ids(r) == std::vector<std::string>{"quartz-community:user-group", "compute:sig", "storage:sig",
                                             "code-quality-working-group:working-group"});
    checkLeads(group(r, "quartz-community"), {{"Gus Hale", "gushale", "Red Hat"}});
    const auto& compute = group(r, "compute");
    checkLeads(compute, {{"Ivy Stone", "ivystone", "Red Hat"}, {"Jay Ruiz", "jayruiz", "Preferred Networks, Inc."}});
    REQUIRE(compute.meetings.size() == 2);
    CHECK(compute.meetings[0].title == "Quartz Compute SIG Meeting");
    CHECK(compute.meetings[0].url == "https://zoom.us/j/1010");
    CHECK(compute.meetings[1].title == "Compute triage");
    CHECK(compute.meetings[1].url == "https://zoom.us/j/1212");
    CHECK(compute.links.at(1).label == "Label");  // "Label [1]"
    checkLeads(group(r, "storage"), {{"Kim Lowe", "kimlowe", "Red Hat"}});
    checkLeads(group(r, "code-quality-working-group"), {{"Lev Adler", "levadler", "Red Hat"}});
    CHECK(r.diagnostics.empty());
}

TEST_CASE("meeting addresses, members and sponsors in columns of their own; empty cells stay in place") {
    auto r = importMarkdown(
        "## Community groups\n\n"
        "| SIG | Tech Leads | Discussions | Meeting | Meeting Link | Meeting Notes | Meeting Recordings | Sponsors |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| Alpha | Ann Bay (Acme) | [forum](https://github.com/org/alpha/discussions) | Tuesdays at 10:00 UTC | [Zoom](https://zoom.us/j/1) | "
        "[doc](https://docs.example/a) | [YouTube](https://youtube.example/a) | Cal Dorn (Beta) |\n"
        "| Beta | | | Fridays at 08:00 UTC | | [doc](https://docs.example/b) | | |\n"
        "| Gamma | Eve Fox | | | [Zoom](https://zoom.us/j/3) | | | |\n");
    auto all = listed(r.diagnostics);
    CAPTURE(all);
    CHECK(r.diagnostics.empty());
    CHECK(ids(r) == std::vector<std::string>{"alpha:sig", "beta:sig", "gamma:sig"});
    const auto& alpha = group(r, "alpha");
    checkLeads(alpha, {{"Ann Bay", "", "Acme"}, {"Cal Dorn", "", "Beta", "sponsor"}});
    CHECK(alpha.contacts.at(0).kind == "forum");
    REQUIRE(alpha.meetings.size() == 1);
    CHECK(alpha.meetings[0].url == "https://zoom.us/j/1");
    CHECK(alpha.meetings[0].notesUrl == "https://docs.example/a");
    CHECK(alpha.meetings[0].recordingsUrl == "https://youtube.example/a");
    const auto& beta = group(r, "beta");  // its empty cells shift nothing
    CHECK(beta.leads.empty());
    REQUIRE(beta.meetings.size() == 1);
    CHECK(beta.meetings[0].url.empty());
    CHECK(beta.meetings[0].notesUrl == "https://docs.example/b");
    const auto& gamma = group(r, "gamma");  // a call without a time is still a way to join
    REQUIRE(gamma.meetings.size() == 1);
    CHECK(gamma.meetings[0].url == "https://zoom.us/j/3");
    CHECK(gamma.meetings[0].schedule.empty());
    CHECK_FALSE(gamma.meetings[0].note.empty());
}

TEST_CASE("a table of leads alone names no group: every row is reported") {
    auto r = importMarkdown("# Leads\n\n| Name | Company | Groups |\n|---|---|---|\n| Ann Bay | Acme | Docs |\n");
    CHECK(r.registry.groups.empty());
    CHECK(diagnosticsAbout(r.diagnostics, "lead 'Ann Bay' leads 'Docs', which is not a group of the page").size() == 1);
    CHECK(hasErrors(r.diagnostics));
}

TEST_CASE("--kind still overrides what the headings say") {
    ImportOptions o;
    o.kind = "team";
    auto r = importMarkdown(readSourceFile("tests/fixtures/import/layouts/k8s-sig-list.md"), o);
    for (const auto& g : r.registry.groups) CHECK(g.kind == "team");
}

}  // TEST_SUITE

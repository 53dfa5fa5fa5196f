// Kubernetes' sigs.yaml (tests/fixtures/import/layouts/sigs.yaml, hand-made in its layout) read
// by the mapping of docs/registry-format.md; a build without yaml-cpp says it cannot read it.
#include <doctest/doctest.h>

#include <string>

#include "import/sigs_yaml.h"
#include "import_fixture.h"

using namespace wgf;
using wgf::test::diagnosticsAbout;
using wgf::test::readSourceFile;

namespace {

ImportResult sigs() {
    ImportOptions o;
    o.updated = "2026-12-01";
    return importSigsYaml(readSourceFile("tests/fixtures/import/layouts/sigs.yaml"), o);
}

}  // namespace

TEST_SUITE("import: sigs.yaml") {

#ifdef WGF_HAVE_YAML

TEST_CASE("every list gives its kind; subprojects follow their SIG") {
    auto r = sigs();
    CHECK(canReadYaml());
    const auto& groups = r.registry.groups;
    REQUIRE(groups.size() == 5);
    CHECK(groups[0].id == "sig-lanterns");
    CHECK(groups[0].kind == "sig");
    CHECK(groups[1].id == "wick-tools");
    CHECK(groups[1].kind == "subproject");
    CHECK(groups[1].parent == "sig-lanterns");
    CHECK(groups[2].id == "sig-lanterns-sig-lanterns");  // a subproject named like its SIG's id
    CHECK(groups[3].id == "wg-tides");
    CHECK(groups[3].kind == "working-group");
    CHECK(groups[4].id == "committee-conduct");
    CHECK(groups[4].kind == "committee");
    CHECK(r.registry.updated == "2026-12-01");
}

TEST_CASE("leadership: chairs, tech leads, emeritus and the liaison, each once") {
    auto r = sigs();
    const auto& g = r.registry.groups.at(0);
    CHECK(g.description == "Covers every lantern of the project, its wicks and its glass.");
    REQUIRE(g.leads.size() == 5);
    CHECK(g.leads[0].name == "Ada Quill");
    CHECK(g.leads[0].github == "adaquill");
    CHECK(g.leads[0].company == "Red Lantern");
    CHECK(g.leads[0].role == "chair");  // also a tech lead: kept once, first role
    CHECK(g.leads[1].company == "Preferred Networks, Inc.");
    CHECK(g.leads[2].name == "Cy Vane");
    CHECK(g.leads[2].role == "tech-lead");
    CHECK(g.leads[3].role == "emeritus");
    CHECK(g.leads[4].name == "Di Orme");
    CHECK(g.leads[4].role == "liaison");
    CHECK(r.registry.groups.at(1).leads.at(0).role == "lead");
}

TEST_CASE("meetings, contacts and links") {
    auto r = sigs();
    const auto& g = r.registry.groups.at(0);
    REQUIRE(g.meetings.size() == 2);
    CHECK(g.meetings[0].title == "Regular SIG Meeting");
    CHECK(g.meetings[0].schedule == "Mondays at 9:00 PT (Pacific Time) (biweekly)");
    CHECK(g.meetings[0].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
    CHECK(g.meetings[0].url == "https://zoom.us/j/1111");
    CHECK(g.meetings[0].notesUrl == "https://docs.google.com/document/d/lanterns/edit");
    CHECK(g.meetings[0].recordingsUrl == "https://www.youtube.com/playlist?list=lanterns");
    CHECK_FALSE(g.meetings[1].hasStructuredTime());
    REQUIRE(g.contacts.size() == 3);
    CHECK(g.contacts[0].kind == "slack");
    CHECK(g.contacts[0].url == "https://kubernetes.slack.com/messages/sig-lanterns");
    CHECK(g.contacts[1].kind == "mailing-list");
    CHECK(g.contacts[2].kind == "other");
    REQUIRE(g.links.size() == 2);
    CHECK(g.links[0].label == "Charter");
    CHECK(g.links[0].url == "sig-lanterns/charter.md");
    CHECK(g.links[1].url == "https://github.com/kubernetes/kubernetes/labels/sig%2Flanterns");
    CHECK(r.registry.groups.at(1).links.at(0).label == "OWNERS");
    CHECK(r.registry.groups.at(4).contacts.at(1).url == "mailto:conduct@example.org");
}

TEST_CASE("what is not kept is reported with its line") {
    auto r = sigs();
    CHECK(r.diagnostics.size() == 3);
    auto time = diagnosticsAbout(r.diagnostics, "'Tuesdays at 17:00 Atlantis (weekly)' not understood");
    REQUIRE(time.size() == 1);
    CHECK(time[0].line == 42);
    auto key = diagnosticsAbout(r.diagnostics, "key 'sponsor_count' is not kept");
    REQUIRE(key.size() == 1);
    CHECK(key[0].line == 97);
    CHECK(diagnosticsAbout(r.diagnostics, "key 'gb_rep' is not kept").at(0).line == 112);
}

TEST_CASE("bad YAML never throws: an error with its line") {
    auto r = importSigsYaml("sigs:\n  - name: [unclosed\n");
    CHECK(r.registry.groups.empty());
    REQUIRE(hasErrors(r.diagnostics));
    CHECK(r.diagnostics[0].line > 0);
    auto notMap = importSigsYaml("- just\n- a list\n");
    CHECK(hasErrors(notMap.diagnostics));
    auto wrong = importSigsYaml("sigs:\n  - name: A\n    leadership:\n      chairs: 3\n    meetings: {a: 1}\n  - 7\n");
    CHECK(wrong.registry.groups.size() == 1);
    CHECK(diagnosticsAbout(wrong.diagnostics, "is not a list").size() == 2);
    CHECK(importSigsYaml("\xFF\xFE").registry.groups.empty());
}

#else

TEST_CASE("a build without yaml-cpp says it cannot read YAML") {
    CHECK_FALSE(canReadYaml());
    auto r = sigs();
    CHECK(r.registry.groups.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("cannot read YAML") != std::string::npos);
}

#endif

}  // TEST_SUITE

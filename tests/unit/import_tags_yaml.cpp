// The CNCF TOC's tags.yaml (tests/fixtures/import/cncf-toc, see SOURCE), read by the sigs.yaml
// importer: TAGs, their subprojects and the TOC's, leads and liaisons, and meetings whose times are
// only on a calendar page (kept as a note, never guessed).
#include <doctest/doctest.h>

#include <string>

#include "import/sigs_yaml.h"
#include "import_fixture.h"

using namespace wgf;
using wgf::test::readSourceFile;
using wgf::test::requireGroup;

TEST_SUITE("import: tags.yaml") {

#ifdef WGF_HAVE_YAML

TEST_CASE("the TAGs, their subprojects and the TOC's, with leads, liaisons, contacts and meetings") {
    auto r = importSigsYaml(readSourceFile("tests/fixtures/import/cncf-toc/tags.yaml"));
    const Registry& reg = r.registry;
    int tags = 0, subprojects = 0;
    for (const auto& g : reg.groups) tags += g.kind == "tag", subprojects += g.kind == "subproject";
    CHECK(tags == 5);
    CHECK(subprojects == 6);  // three of TAGs, three of the TOC
    const Group& dx = requireGroup(reg, "tag-developer-experience");
    CHECK(dx.name == "TAG Developer Experience");
    REQUIRE(dx.leads.size() >= 4);
    CHECK(dx.leads[0].name == "Daniel Oh");
    CHECK(dx.leads[0].role == "chair");
    bool liaison = false;
    for (const auto& p : dx.leads) liaison = liaison || (p.name == "Mauricio Salatino" && p.role == "liaison");
    CHECK(liaison);
    REQUIRE(!dx.contacts.empty());
    CHECK(dx.contacts[0].url == "https://cloud-native.slack.com/archives/C08KGCXB458");
    REQUIRE(dx.meetings.size() == 1);
    CHECK(dx.meetings[0].title == "TAG Developer Experience Meetings");
    CHECK(dx.meetings[0].rrule.empty());
    CHECK(dx.meetings[0].note == "times are on the group's meeting calendar");
    CHECK(dx.meetings[0].recordingsUrl == "https://www.youtube.com/@CNCFTAGDeveloperExperience");
    bool calendar = false, label = false, initiatives = false;
    for (const auto& l : dx.links) {
        calendar = calendar || (l.label == "Meeting calendar" && l.url.find("meetings/tag-developer-experience") != std::string::npos);
        label = label || l.url == "https://github.com/cncf/toc/labels/tag-developer-experience";
        initiatives = initiatives || l.label == "Initiatives";
    }
    CHECK(calendar);
    CHECK(label);
    CHECK(initiatives);
    const Group& green = requireGroup(reg, "green-reviews");
    CHECK(green.kind == "subproject");
    CHECK(green.parent == "tag-operational-resilience");
    CHECK(requireGroup(reg, "mentoring-subproject").parent.empty());
}

#endif
}

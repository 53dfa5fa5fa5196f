// Importing Istio's WORKING-GROUPS.md (assets/registries/istio-WORKING-GROUPS.md): the reference
// page of the format, and the source of the committed assets/registries/istio.json.
#include <doctest/doctest.h>

#include <vector>

#include "import/markdown.h"
#include "import_fixture.h"
#include "model/load.h"

using namespace wgf;
using wgf::test::requireGroup;
using wgf::test::readSourceFile;

namespace {

// The options assets/registries/istio.json is generated with (one command):
//   wgfinder import assets/registries/istio-WORKING-GROUPS.md
//     --base-url https://github.com/istio/community/blob/master/ --updated 2026-11-26
//     -o assets/registries/istio.json
ImportOptions istioOptions() {
    ImportOptions o;
    o.baseUrl = "https://github.com/istio/community/blob/master/";
    o.updated = "2026-11-26";
    return o;
}

const ImportResult& istio() {
    static const ImportResult result = importMarkdown(readSourceFile("assets/registries/istio-WORKING-GROUPS.md"), istioOptions());
    return result;
}

struct Lead {
    const char* name;
    const char* company;
};

void checkLeads(const Group& g, const std::vector<Lead>& expected) {
    REQUIRE(g.leads.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(g.leads[i].name == expected[i].name);
        CHECK(g.leads[i].company == expected[i].company);
        CHECK(g.leads[i].github.empty());
        CHECK(g.leads[i].role.empty());
    }
}

}  // namespace

TEST_SUITE("import: Istio WORKING-GROUPS.md") {

TEST_CASE("the page is in the repository") {
    REQUIRE_FALSE(readSourceFile("assets/registries/istio-WORKING-GROUPS.md").empty());
}

TEST_CASE("the page imports cleanly into seven working groups, in page order") {
    const auto& r = istio();
    auto all = wgf::test::listed(r.diagnostics);
    CAPTURE(all);
    CHECK(r.diagnostics.empty());
    std::vector<std::string> ids;
    for (const auto& g : r.registry.groups) ids.push_back(g.id);
    CHECK(ids == std::vector<std::string>{"core", "security", "networking", "environments", "integrations",
                                          "api-management", "test-release"});
    for (const auto& g : r.registry.groups) {
        CHECK(g.kind == "working-group");
        CHECK(g.parent.empty());
    }
    CHECK(requireGroup(r.registry, "test-release").name == "Test & Release");
    CHECK(requireGroup(r.registry, "api-management").name == "API Management");
}

TEST_CASE("title and about come from the heading and the first paragraph") {
    const auto& reg = istio().registry;
    CHECK(reg.version == 1);
    CHECK(reg.title == "Istio Working Groups");
    CHECK(reg.about == "Istio's community work happens in working groups, listed below with their leads, mailing lists and meetings.");
    CHECK(reg.updated == "2026-11-26");  // given by the import options, not the page
}

TEST_CASE("every lead is split into name and company, \"Lin Sun(IBM)\" included") {
    const auto& reg = istio().registry;
    checkLeads(requireGroup(reg, "core"), {{"Sven Mawson", "Google"},
                                         {"Louis Ryan", "Google"},
                                         {"Martin Taillefer", "Google"},
                                         {"Shriram Rajagopalan", "IBM"},
                                         {"Dan Berg", "IBM"},
                                         {"Lin Sun", "IBM"}});
    checkLeads(requireGroup(reg, "security"), {{"Wencheng Lu", "Google"}, {"Etai Lev-Ran", "IBM"}, {"Michael Elder", "IBM"}});
    checkLeads(requireGroup(reg, "networking"), {{"Andra Cismaru", "Google"},
                                               {"Kuat Yessenov", "Google"},
                                               {"Shriram Rajagopalan", "IBM"},
                                               {"Christopher Luciano", "IBM"}});
    checkLeads(requireGroup(reg, "environments"), {{"Costin Manolache", "Google"}, {"Laurent Demailly", "Google"}, {"Jose Ortiz", "IBM"}});
    checkLeads(requireGroup(reg, "integrations"), {{"Martin Taillefer", "Google"}, {"Todd Kaplinger", "IBM"}});
    checkLeads(requireGroup(reg, "api-management"), {{"Martin Taillefer", "Google"}, {"Tony Ffrench", "IBM"}});
    checkLeads(requireGroup(reg, "test-release"), {{"Andy Lai", "Google"}, {"Vicky Xu", "Google"}, {"Lin Sun", "IBM"}});
}

TEST_CASE("the mailing list link becomes a mailing-list contact") {
    const auto& reg = istio().registry;
    for (const auto& g : reg.groups) {
        CAPTURE(g.id);
        REQUIRE(g.contacts.size() == 1);
        CHECK(g.contacts[0].kind == "mailing-list");
        CHECK(g.contacts[0].label == "istio-" + g.id + "@");
        CHECK(g.contacts[0].url == "https://groups.google.com/forum/#!forum/istio-" + g.id);
    }
}

TEST_CASE("example topics are split on commas") {
    const auto& reg = istio().registry;
    CHECK(requireGroup(reg, "core").topics == std::vector<Text>{"Configuration", "Performance", "Stability"});
    CHECK(requireGroup(reg, "security").topics ==
          std::vector<Text>{"Service-to-service Auth", "Identity/CA/SecretStore plugins", "Identity Federation",
                           "End User Auth", "Authority Delegation", "Auditing"});
    CHECK(requireGroup(reg, "test-release").topics == std::vector<Text>{"Build", "test", "release"});
    CHECK(requireGroup(reg, "integrations").topics.size() == 5);
}

TEST_CASE("\"TBD\" meetings are kept as a note, with no time") {
    for (const char* id : {"core", "environments", "api-management"}) {
        CAPTURE(id);
        const auto& g = requireGroup(istio().registry, id);
        REQUIRE(g.meetings.size() == 1);
        CHECK(g.meetings[0].note == "TBD");
        CHECK(g.meetings[0].schedule.empty());
        CHECK(g.meetings[0].url.empty());
        CHECK_FALSE(g.meetings[0].hasStructuredTime());
    }
}

TEST_CASE("linked meetings keep their text verbatim and their link, and are parsed into structured fields") {
    struct Expected {
        const char* id;
        const char* schedule;
        const char* url;
        const char* rrule;
        const char* time;
    };
    const Expected all[] = {
        {"security", "Wednesdays at 11:00 PT (biweekly)", "https://plus.google.com/hangouts/_/google.com/istio-security",
         "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "11:00"},
        {"networking", "Thursdays at 11:00 PT (biweekly)", "https://plus.google.com/hangouts/_/google.com/istio-net",
         "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "11:00"},
        {"integrations", "Wednesdays at 11:00 PT (weekly)", "https://plus.google.com/hangouts/_/google.com/wxz-scww-uwf",
         "FREQ=WEEKLY;BYDAY=WE", "11:00"},
        {"test-release", "Thursdays at 13:00 PT (weekly)", "https://plus.google.com/hangouts/_/google.com/istio-test",
         "FREQ=WEEKLY;BYDAY=TH", "13:00"},
    };
    for (const auto& e : all) {
        CAPTURE(e.id);
        const auto& g = requireGroup(istio().registry, e.id);
        REQUIRE(g.meetings.size() == 1);
        const auto& m = g.meetings[0];
        CHECK(m.schedule == e.schedule);
        CHECK(m.url == e.url);
        CHECK(m.rrule == e.rrule);
        CHECK(m.time == e.time);
        CHECK(m.tz == "America/Los_Angeles");
        CHECK(m.note.empty());
        CHECK(m.hasStructuredTime());
    }
}

TEST_CASE("the links around the table become registry links, labelled by their own words") {
    const auto& links = istio().registry.links;
    REQUIRE(links.size() == 3);
    CHECK(links[0].label == "Contributing");
    CHECK(links[0].url == "https://github.com/istio/community/blob/master/CONTRIBUTING.md");  // resolved
    CHECK(links[1].label == "istio-core");
    CHECK(links[1].url == "https://groups.google.com/forum/#!forum/istio-core");
    CHECK(links[2].label == "Shared drive");
    CHECK(links[2].url == "https://drive.google.com/drive/u/0/folders/0AIS5p3eW9BCtUk9PVA");
}

TEST_CASE("without a base address the relative link is kept as written") {
    auto r = importMarkdown(readSourceFile("assets/registries/istio-WORKING-GROUPS.md"));
    REQUIRE_FALSE(r.registry.links.empty());
    CHECK(r.registry.links[0].url == "CONTRIBUTING.md");
}

TEST_CASE("the committed assets/registries/istio.json is exactly what the importer produces today") {
    std::string committed = readSourceFile("assets/registries/istio.json");
    REQUIRE_MESSAGE(!committed.empty(), "assets/registries/istio.json is missing");
    std::string fresh = registryToJson(istio().registry);
    if (fresh.empty() || fresh.back() != '\n') fresh += '\n';  // as `wgfinder import` writes it
    CHECK_MESSAGE(fresh == committed,
                  "regenerate it: wgfinder import assets/registries/istio-WORKING-GROUPS.md --base-url "
                  "https://github.com/istio/community/blob/master/ --updated 2026-11-26 -o assets/registries/istio.json");

    // And the loader reads it back into the same registry.
    auto loaded = loadRegistry(committed);
    CHECK_FALSE(loaded.fatal);
    CHECK(loaded.diagnostics.empty());
    CHECK(registryToJson(loaded.registry) == registryToJson(istio().registry));
}

}  // TEST_SUITE

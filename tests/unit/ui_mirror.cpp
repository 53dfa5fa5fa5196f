// What a screen reader is given: the whole result list a page at a time, the selected group's
// details in the viewer's zone, the controls with their state, and what is said aloud.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "ui/json_writer.h"
#include "ui_fixture.h"

using namespace wgf;
using namespace wgf::ui;
using namespace wgf::ui::testing;
using nlohmann::json;

namespace {

// A registry of `n` groups "g0".."g{n-1}", each led by one person.
ViewModel manyGroups(int n) {
    std::string text = R"({"version":1,"title":"Many","groups":[)";
    for (int i = 0; i < n; ++i)
        text += std::string(i ? "," : "") + R"({"id":"g)" + std::to_string(i) + R"(","name":"Group )" + std::to_string(i) +
                R"(","leads":[{"name":"Lead )" + std::to_string(i) + R"("}]})";
    text += "]}";
    ViewModel vm(platformZoneDb());
    auto r = loadRegistry(text);
    vm.setNow(kNow);
    vm.setRegistry(std::move(r.registry), std::move(r.diagnostics), false);
    return vm;
}

}  // namespace

TEST_CASE("the mirror lists every result, not only the rows on screen, with the selection and the picks") {
    auto vm = makeModel("Asia/Tokyo");
    vm.setVisibleRows(0, 2);  // two rows drawn on the canvas
    vm.select("security");
    vm.togglePick("api");
    json r = json::parse(vm.mirrorResults());
    REQUIRE(r["rows"].size() == 4);
    CHECK(r["summary"] == "4 groups");
    CHECK(r["pages"] == 1);
    CHECK(r["rows"][0]["id"] == "security");
    CHECK(r["rows"][0]["selected"] == true);
    CHECK(r["rows"][0]["name"] == "Security");
    CHECK(r["rows"][0]["text"] == "Security. Leads: Ann Lee (Google). Next meeting Thu 26 Nov 04:00");
    CHECK(r["rows"][2]["picked"] == true);
    CHECK(r["rows"][3]["text"] == "Core");

    vm.setQuery("zzzzqqq");
    r = json::parse(vm.mirrorResults());
    CHECK(r["rows"].empty());
    CHECK(r["summary"].get<std::string>().rfind("No groups found for \xE2\x80\x9Czzzzqqq\xE2\x80\x9D", 0) == 0);
}

TEST_CASE("a large registry is listed a page at a time; the page follows the selection and new results") {
    auto vm = manyGroups(120);
    json r = json::parse(vm.mirrorResults());
    CHECK(r["summary"] == "Groups 1 to 50 of 120");
    CHECK(r["pages"] == 3);
    CHECK(r["rows"].size() == 50);
    vm.setMirrorPage(2);
    r = json::parse(vm.mirrorResults());
    CHECK(r["summary"] == "Groups 101 to 120 of 120");
    CHECK(r["rows"].size() == 20);
    CHECK(r["rows"][0]["id"] == "g100");
    vm.setMirrorPage(99);  // past the end: the last page
    CHECK(json::parse(vm.mirrorResults())["page"] == 2);

    vm.select("g57");  // selected on the canvas: the mirror shows its page
    r = json::parse(vm.mirrorResults());
    CHECK(r["page"] == 1);
    CHECK(r["rows"][7]["selected"] == true);

    vm.setQuery("group");  // new results start at their first page
    CHECK(json::parse(vm.mirrorResults())["page"] == 0);
}

TEST_CASE("the selected group's details: leads, contacts, meetings in the viewer's zone, what can be done") {
    auto vm = makeModel("Asia/Tokyo");
    CHECK(json::parse(vm.mirrorDetails()).is_null());
    vm.select("security");
    json d = json::parse(vm.mirrorDetails());
    CHECK(d["name"] == "Security");
    CHECK(d["about"] == "working-group");
    CHECK(d["calendar"] == true);
    REQUIRE(d["leads"].size() == 1);
    CHECK(d["leads"][0]["label"] == "Ann Lee (Google)");
    CHECK(d["topics"] == json::array({"Identity"}));
    REQUIRE(d["meetings"].size() == 1);
    // Wednesday 11:00 in Los Angeles is Thursday 04:00 in Tokyo.
    CHECK(d["meetings"][0]["text"] ==
          "next Thu 26 Nov 04:00, weekly, your time (Asia/Tokyo). Then Thu 3 Dec 04:00, Thu 10 Dec 04:00."
          " The group writes: \xE2\x80\x9CWednesdays at 11:00 PT (weekly)\xE2\x80\x9D");
    CHECK(d["meetings"][0]["weeks"].empty());

    vm.select("core");  // "TBD": no time, nothing to add to a calendar
    d = json::parse(vm.mirrorDetails());
    CHECK(d["calendar"] == false);
    CHECK(d["meetings"][0]["text"] == " The group writes: \xE2\x80\x9CTBD\xE2\x80\x9D");
}

TEST_CASE("a meeting whose week is not known offers its dates in the mirror, and the choice can be taken back") {
    auto vm = makeModel("Asia/Tokyo");
    vm.select("api");
    json m = json::parse(vm.mirrorDetails())["meetings"][0];
    CHECK(m["text"].get<std::string>().rfind("Mon 17:00, every other week, your time (Asia/Tokyo).", 0) == 0);
    CHECK(m["weekHelp"] == "Which week is not given: the group's calendar will say. If you know it, pick the next one:");
    REQUIRE(m["weeks"].size() == 2);
    CHECK(m["weeks"][1]["label"] == "It is on Mon 7 Dec");
    CHECK(m["forget"] == "");
    // The value a mirror button sends back: "<meeting>|<start>".
    std::string value = m["weeks"][1]["value"].get<std::string>();
    REQUIRE(value.rfind("0|", 0) == 0);
    vm.setWeekChoice(static_cast<uint32_t>(vm.selectedGroup()), 0, value.substr(2));
    m = json::parse(vm.mirrorDetails())["meetings"][0];
    // Said as a meeting whose week is known now, not "(which week is not given)".
    CHECK(m["text"].get<std::string>().rfind("next Mon 7 Dec 17:00, every other week, your time (Asia/Tokyo). Then Mon 21 Dec 17:00", 0) == 0);
    CHECK(m["weeks"].empty());
    CHECK(m["forget"] == "0|");
}

TEST_CASE("links in the mirror: only http(s), mailto and relative ones carry an address") {
    ViewModel vm(platformZoneDb());
    auto r = loadRegistry(R"J({"version":1,"groups":[{"id":"a","name":"A",
        "contacts":[{"kind":"Mailing list","url":"mailto:a@example.org"},{"kind":"Chat","label":"#a","url":"javascript:alert(1)"}],
        "links":[{"label":"Charter","url":"charter.md"}],
        "meetings":[{"schedule":"Mondays 10:00 UTC","rrule":"FREQ=WEEKLY;BYDAY=MO","time":"10:00","tz":"UTC","url":"data:text/html,x"}]}]})J");
    vm.setNow(kNow);
    vm.setRegistry(std::move(r.registry), std::move(r.diagnostics), false);
    vm.select("a");
    json d = json::parse(vm.mirrorDetails());
    REQUIRE(d["contacts"].size() == 2);
    CHECK(d["contacts"][0]["url"] == "mailto:a@example.org");
    CHECK(d["contacts"][1]["label"] == "Chat: #a");
    CHECK(d["contacts"][1]["url"] == "");
    CHECK(d["links"][0]["url"] == "charter.md");
    CHECK(d["meetings"][0]["links"].empty());  // no Join for a data: address
}

TEST_CASE("the mirror's controls: the query, the order, the zone, the filters with their counts") {
    auto vm = makeModel("Europe/Berlin");
    vm.toggleFacet(FacetKind::Company, "Google");
    vm.setSort(SortOrder::Name);
    json c = json::parse(vm.mirrorControls());
    CHECK(c["sort"] == "name");
    CHECK(c["zone"] == "Europe/Berlin");
    CHECK(c["fit"] == false);
    CHECK(c["fitLabel"] == "Only groups that meet between 08:00 and 20:00 your time");
    json company;
    for (const auto& f : c["facets"])
        if (f["title"] == "Company") company = f;
    REQUIRE(company.is_object());
    CHECK(company["options"][0] == json({{"value", "company:Google"}, {"label", "Google (2)"}, {"on", true}}));
    CHECK(c["picks"].get<std::string>().rfind("No group picked", 0) == 0);
    vm.togglePick("security");
    CHECK(json::parse(vm.mirrorControls())["picks"] == "1 group picked for the calendar.");
    vm.setZones(platformZones());
    CHECK(vm.mirrorZones() == "[]");  // not before the visitor reaches the list (the first frame is quicker)
    vm.wantZoneList();
    CHECK(json::parse(vm.mirrorZones()).size() > 300);  // every zone, not only the registry's
}

TEST_CASE("moving through the results is said aloud: the group, where it is in the list, its next meeting") {
    auto vm = makeModel("Asia/Tokyo");
    CHECK(vm.takeAnnouncement() == "4 groups found");
    vm.moveSelection(1);
    CHECK(vm.takeAnnouncement() == "Security, 1 of 4. Leads: Ann Lee (Google). Next meeting Thu 26 Nov 04:00");
    vm.moveSelection(3);
    CHECK(vm.takeAnnouncement() == "Core, 4 of 4");
    CHECK(vm.takeAnnouncement() == "");
    vm.setQuery("networking");  // the count and a selection no longer listed
    vm.select("networking");
    CHECK(vm.takeAnnouncement() == "1 group found. Networking, 1 of 1. Leads: Bo Chen (IBM). Next meeting Wed 25 Nov 10:00");
}

TEST_CASE("the mirror's JSON is valid whatever the registry's text holds") {
    JsonWriter w;
    std::string nasty = "a \"quoted\" back\\slash, a tab\t, a newline\n, a bell\x07 and \xC3\xBC";
    w.open('{').field("s", nasty).key("n").num(42).key("b").boolean(false).key("x").null().key("a").open('[');
    w.str("1").open('{').close('}').open('[').close(']').close(']').close('}');
    json j = json::parse(w.text());
    CHECK(j["s"] == nasty);
    CHECK(j["n"] == 42);
    CHECK(j["b"] == false);
    CHECK(j["x"].is_null());
    CHECK(j["a"] == json::array({"1", json::object(), json::array()}));
    CHECK(w.text().find('\n') == std::string::npos);
}

TEST_CASE("a query that is not UTF-8 (from a link's %FF) still gives the page valid JSON") {
    auto vm = makeModel("UTC");
    vm.setQuery("caf\xFF");
    json c = json::parse(vm.mirrorControls());  // throws on invalid UTF-8
    CHECK(c["query"] == "caf\xEF\xBF\xBD");
    CHECK(json::parse(vm.mirrorResults())["summary"].get<std::string>().find("caf\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("a name with a full stop is announced whole") {
    ViewModel vm(platformZoneDb());
    auto r = loadRegistry(R"({"version":1,"groups":[{"id":"a","name":"Dept. of Docs","leads":[{"name":"Ann"}]},{"id":"b","name":"B"}]})");
    vm.setNow(kNow);
    vm.setRegistry(std::move(r.registry), std::move(r.diagnostics), false);
    vm.takeAnnouncement();
    vm.select("a");
    CHECK(vm.takeAnnouncement() == "Dept. of Docs, 1 of 2. Leads: Ann");
    CHECK(json::parse(vm.mirrorResults())["rows"][0]["name"] == "Dept. of Docs");
}

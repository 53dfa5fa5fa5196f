// "What changed since my last visit": the digest a visit keeps on the device, and what the next
// visit shows from it (the line at the top, the marks, the "changed" filter, the details).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "ui_fixture.h"

using namespace wgf;
using namespace wgf::ui;
using namespace wgf::ui::testing;

namespace {

// The fixture's registry as a visit on 12 November saw it: Security met on Tuesdays at 11:00 PT
// with Bo Chen as a second lead; Networking and API Management are as they are now; a group
// since removed; no Core yet.
std::string lastVisit() {
    LoadResult r = loadRegistry(kRegistry);
    Registry& reg = r.registry;
    reg.groups[0].meetings[0].rrule = "FREQ=WEEKLY;BYDAY=TU";
    reg.groups[0].leads.push_back({"Bo Chen", "IBM", "", ""});
    reg.groups.pop_back();  // no Core
    Group gone;
    gone.id = "gone";
    gone.name = "Gone";
    reg.groups.push_back(gone);
    RegistryDigest d = digestOf(reg);
    d.seen = "2026-11-12";
    return digestText(d);
}

}  // namespace

TEST_CASE("since my last visit: a first visit shows nothing, and keeps this visit's digest dated today") {
    ViewModel vm = makeModel();
    CHECK(vm.changes().changes.empty());
    CHECK(vm.changesLine().empty());
    CHECK_FALSE(vm.changedSinceLastVisit(0));
    auto kept = parseDigest(vm.visitDigest());
    REQUIRE(kept);
    CHECK(kept->seen == "2026-11-23");
    CHECK(kept->groups.size() == 4);
    // Something that is not a digest (another version, a damaged store) is a first visit too.
    vm.setLastVisit("{\"zone\":\"UTC\"}");
    CHECK(vm.changesLine().empty());
}

TEST_CASE("since my last visit: the line, the marks, moved meetings in my zone, the details, the filter, forgetting") {
    ViewModel vm = makeModel("Europe/Berlin");
    vm.setLastVisit(lastVisit());
    CHECK(vm.changesLine() == "4 changes since 12 Nov");
    CHECK(vm.changedSinceLastVisit(0));   // Security
    CHECK_FALSE(vm.changedSinceLastVisit(1));
    CHECK(vm.changedSinceLastVisit(3));   // Core, new
    CHECK(vm.changesOf(0) == std::vector<std::string>{
                                 "Security: Bo Chen is no longer a lead",
                                 "Security: meeting \"Wednesdays at 11:00 PT (weekly)\" moved: was Tue 20:00, now Wed 20:00",
                             });
    CHECK(vm.changesOf(3) == std::vector<std::string>{"New group: Core"});
    // In the visitor's zone: from Tokyo the same move is told in Tokyo's days and hours.
    vm.setViewerZone("Asia/Tokyo");
    CHECK(vm.changesOf(0)[1] == "Security: meeting \"Wednesdays at 11:00 PT (weekly)\" moved: was Wed 04:00, now Thu 04:00");
    // The "changed" filter keeps the groups that changed and are still there.
    vm.setChangedOnly(true);
    CHECK(ids(vm) == std::vector<std::string>{"security", "core"});
    CHECK(vm.rowText(0).find(". Changed since your last visit") != std::string::npos);
    auto controls = nlohmann::json::parse(vm.mirrorControls());
    CHECK(controls["changes"] == "4 changes since 12 Nov");
    CHECK(controls["changedOnly"] == true);
    vm.select("security");
    auto details = nlohmann::json::parse(vm.mirrorDetails());
    CHECK(details["changes"].size() == 2);
    // Forgotten: no line, no filter, every group again.
    vm.forgetLastVisit();
    CHECK(vm.changesLine().empty());
    CHECK_FALSE(vm.changedOnly());
    CHECK(ids(vm).size() == 4);
}

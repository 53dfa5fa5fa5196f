// A meeting's calendar as the visitor is told of it, on the screen's card and in the accessible
// mirror alike (ViewModel::meetingView): a skipped date and the next one, whose slot of a rotation
// is next in the visitor's zone, a paused meeting.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "model/load.h"
#include "time/civil.h"
#include "ui/view_model.h"

using namespace wgf;
using namespace wgf::ui;
using nlohmann::json;

namespace {

const char* kCalendarRegistry = R"J({"version":1,"title":"Example","groups":[
  {"id":"release","name":"Release","meetings":[{"title":"Release sync","rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    "start":"2025-12-10T11:00","tz":"America/Los_Angeles","skip":[{"date":"2025-12-24","reason":"holiday"}]}]},
  {"id":"sync","name":"Sync","meetings":[{"rrule":"FREQ=WEEKLY;BYDAY=TU","anchor":"2025-12-15","rotation":[
    {"title":"Americas","time":"09:00","tz":"America/Los_Angeles"},{"title":"Asia-Pacific","day":"WE","time":"10:00","tz":"Asia/Tokyo"}]}]},
  {"id":"legacy","name":"Legacy","meetings":[{"schedule":"Thursdays at 10:00 PT","rrule":"FREQ=WEEKLY;BYDAY=TH","time":"10:00",
    "tz":"America/Los_Angeles","status":"paused","note":"over the summer"}]}
]})J";

// Saturday 20 December 2025, 00:00 UTC.
const int64_t kSaturday = daysFromCivil(2025, 12, 20) * 86400;

ViewModel model(const char* zone) {
    ViewModel vm(platformZoneDb());
    auto r = loadRegistry(kCalendarRegistry);
    REQUIRE(r.diagnostics.empty());
    vm.setNow(kSaturday);
    vm.setViewerZone(zone);
    vm.setRegistry(std::move(r.registry), std::move(r.diagnostics), false);
    return vm;
}

std::string mirrorText(ViewModel& vm, const char* id) {
    vm.select(id);
    return json::parse(vm.mirrorDetails())["meetings"][0]["text"].get<std::string>();
}

}  // namespace

TEST_CASE("a cancelled date is not the next meeting: the details say it is skipped, and why") {
    ViewModel vm = model("America/Los_Angeles");
    MeetingView v = vm.meetingView(0, 0);
    CHECK(v.skipped == "Not on Wed 24 Dec: holiday");
    CHECK(v.when == "Wed 7 Jan 11:00");
    CHECK(v.later == std::vector<std::string>{"Wed 21 Jan 11:00", "Wed 4 Feb 11:00"});
    CHECK(mirrorText(vm, "release") ==
          "Release sync: Not on Wed 24 Dec: holiday; next on Wed 7 Jan 11:00, every other week, your time (America/Los_Angeles). "
          "Then Wed 21 Jan 11:00, Wed 4 Feb 11:00.");
    // The row's next meeting is the real one.
    CHECK(vm.nextText(0) == "Wed 7 Jan 11:00");
    // In Tokyo the skipped meeting would have been on Thursday morning.
    ViewModel tokyo = model("Asia/Tokyo");
    CHECK(tokyo.meetingView(0, 0).skipped == "Not on Thu 25 Dec: holiday");
    // Once the date has passed there is nothing to say.
    vm.setNow(daysFromCivil(2025, 12, 26) * 86400);
    CHECK(vm.meetingView(0, 0).skipped.empty());
}

TEST_CASE("a rotating meeting shows which slot is next, in the visitor's zone") {
    ViewModel la = model("America/Los_Angeles");
    MeetingView v = la.meetingView(1, 0);
    // Wednesday 10:00 in Tokyo is Tuesday 17:00 in Los Angeles.
    CHECK(v.when == "Tue 23 Dec 17:00 (Asia-Pacific)");
    CHECK(v.later == std::vector<std::string>{"Tue 30 Dec 09:00 (Americas)", "Tue 6 Jan 17:00 (Asia-Pacific)"});
    CHECK(v.cadence == "weekly, 2 slots taking turns, your time (America/Los_Angeles)");
    ViewModel tokyo = model("Asia/Tokyo");
    CHECK(tokyo.meetingView(1, 0).when == "Wed 24 Dec 10:00 (Asia-Pacific)");
    CHECK(mirrorText(tokyo, "sync") ==
          "next Wed 24 Dec 10:00 (Asia-Pacific), weekly, 2 slots taking turns, your time (Asia/Tokyo). "
          "Then Wed 31 Dec 02:00 (Americas), Wed 7 Jan 10:00 (Asia-Pacific).");
    CHECK(tokyo.nextText(1).rfind("Wed 24 Dec 10:00", 0) == 0);
}

TEST_CASE("a paused meeting is marked and has no next date") {
    ViewModel vm = model("Europe/Berlin");
    MeetingView v = vm.meetingView(2, 0);
    CHECK(v.status == "paused");
    CHECK(v.when.empty());
    CHECK(v.problem == "paused: over the summer");
    CHECK(mirrorText(vm, "legacy") == "paused: over the summer. The group writes: \xE2\x80\x9CThursdays at 10:00 PT\xE2\x80\x9D");
    CHECK(vm.nextText(2) == "paused: over the summer");
    CHECK(vm.rowText(2) == "Legacy. Meeting paused: over the summer");
}

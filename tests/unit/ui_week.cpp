// The visitor's week (ViewModel::myWeek): the picked groups' meetings on their days in the
// viewer's zone, with the clashes, those outside the visitor's hours, and the biweekly meetings
// on the weeks they really fall on or listed apart when which week is not known.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "model/load.h"
#include "time/civil.h"
#include "ui/view_model.h"

using namespace wgf;
using namespace wgf::ui;

namespace {

const char* kWeekRegistry = R"J({"version":1,"title":"Example","groups":[
  {"id":"security","name":"Security","meetings":[{"rrule":"FREQ=WEEKLY;BYDAY=WE","time":"11:00","tz":"America/Los_Angeles","durationMinutes":60}]},
  {"id":"networking","name":"Networking","meetings":[{"rrule":"FREQ=WEEKLY;BYDAY=WE","time":"11:30","tz":"America/Los_Angeles","durationMinutes":60}]},
  {"id":"docs","name":"Docs","meetings":[{"rrule":"FREQ=WEEKLY;BYDAY=WE","time":"19:30","tz":"America/Los_Angeles","durationMinutes":60}]},
  {"id":"release","name":"Release","meetings":[{"rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO","start":"2026-11-23T09:00","tz":"America/Los_Angeles","durationMinutes":30}]},
  {"id":"api","name":"API","meetings":[{"rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO","time":"09:00","tz":"America/Los_Angeles"}]},
  {"id":"board","name":"Board","meetings":[{"rrule":"FREQ=MONTHLY;INTERVAL=2;BYDAY=1TH","time":"10:00","tz":"America/Los_Angeles"}]},
  {"id":"late","name":"Late","meetings":[{"rrule":"FREQ=WEEKLY;BYDAY=TU","time":"06:30","tz":"America/Los_Angeles","durationMinutes":60}]}
]})J";

// Monday 23 November 2026, 12:00 UTC (04:00 in Los Angeles, 21:00 in Tokyo).
const int64_t kMonday = daysFromCivil(2026, 11, 23) * 86400 + 12 * 3600;

ViewModel model(const char* zone, std::vector<const char*> picks) {
    ViewModel vm(platformZoneDb());
    auto r = loadRegistry(kWeekRegistry);
    REQUIRE(r.diagnostics.empty());
    vm.setNow(kMonday);
    vm.setViewerZone(zone);
    vm.setRegistry(std::move(r.registry), std::move(r.diagnostics), false);
    for (const char* id : picks) vm.togglePick(id);
    return vm;
}

std::vector<std::string> texts(const MyWeek::Day& day) {
    std::vector<std::string> out;
    for (const WeekMeeting& m : day.meetings) out.push_back(m.text);
    return out;
}

}  // namespace

TEST_CASE("my week: seven days from Monday in the visitor's zone, and the weeks before and after") {
    ViewModel vm = model("America/Los_Angeles", {"security"});
    MyWeek w = vm.myWeek(0);
    REQUIRE(w.days.size() == 7);
    CHECK(w.title == "Week of Monday 23 November 2026");
    CHECK(w.days[0].label == "Monday 23 November");
    CHECK(w.days[2].label == "Wednesday 25 November");
    CHECK(w.days[6].shortLabel == "Sun 29");
    CHECK(texts(w.days[2]) == std::vector<std::string>{"11:00-12:00 Security"});
    CHECK(vm.myWeek(1).days[2].label == "Wednesday 2 December");
    CHECK(texts(vm.myWeek(1).days[2]) == std::vector<std::string>{"11:00-12:00 Security"});
    CHECK(vm.myWeek(-1).title == "Week of Monday 16 November 2026");
}

TEST_CASE("my week: two picked meetings that overlap are both marked as a clash") {
    ViewModel vm = model("America/Los_Angeles", {"security", "networking"});
    MyWeek w = vm.myWeek(0);
    CHECK(texts(w.days[2]) == std::vector<std::string>{"11:00-12:00 Security (clash with Networking 11:30-12:30)",
                                                        "11:30-12:30 Networking (clash with Security 11:00-12:00)"});
    CHECK(w.clashes == 2);
    CHECK(w.outsideHours == 0);
    // One after the other is no clash.
    ViewModel apart = model("America/Los_Angeles", {"security", "docs"});
    CHECK(apart.myWeek(0).clashes == 0);
}

TEST_CASE("my week: a meeting outside the visitor's hours is marked so, and follows the hours set") {
    ViewModel vm = model("America/Los_Angeles", {"docs"});
    MyWeek w = vm.myWeek(0);
    CHECK(texts(w.days[2]) == std::vector<std::string>{"19:30-20:30 Docs, outside your hours"});
    CHECK(w.outsideHours == 1);
    vm.setHours(9 * 60, 21 * 60);
    CHECK(texts(vm.myWeek(0).days[2]) == std::vector<std::string>{"19:30-20:30 Docs"});
}

TEST_CASE("my week: a biweekly meeting whose week is known is on its weeks only") {
    ViewModel vm = model("America/Los_Angeles", {"release"});
    CHECK(texts(vm.myWeek(0).days[0]) == std::vector<std::string>{"09:00-09:30 Release"});
    CHECK(vm.myWeek(1).days[0].meetings.empty());
    CHECK(texts(vm.myWeek(2).days[0]) == std::vector<std::string>{"09:00-09:30 Release"});
    CHECK(vm.myWeek(1).weekUnknown.empty());
}

TEST_CASE("my week: a biweekly meeting whose week is not known is listed apart, on no day") {
    ViewModel vm = model("America/Los_Angeles", {"api"});
    for (int shift : {0, 1}) {
        MyWeek w = vm.myWeek(shift);
        for (const auto& d : w.days) CHECK(d.meetings.empty());
        CHECK(w.weekUnknown == std::vector<std::string>{"API: Mondays 09:00, every other week, which week is not known"});
    }
    // Every other month: said so, not as weeks.
    ViewModel board = model("America/Los_Angeles", {"board"});
    CHECK(board.myWeek(0).weekUnknown == std::vector<std::string>{"Board: Thursdays 10:00, every other month, which month is not known"});
    // Once the visitor says which week, it is on that week's Monday only.
    OccurrenceList up = vm.upcoming(4, 0, 2);
    REQUIRE(up.candidates.size() >= 2);
    vm.setWeekChoice(4, 0, startOf(up.candidates[1]));
    CHECK(vm.myWeek(0).days[0].meetings.empty());
    CHECK(texts(vm.myWeek(1).days[0]) == std::vector<std::string>{"09:00-10:00 API"});
    CHECK(vm.myWeek(1).weekUnknown.empty());
}

TEST_CASE("my week: a meeting in another zone lands on the visitor's day, also across midnight") {
    // Tuesday 06:30 in Los Angeles is Tuesday 23:30 in Tokyo, until Wednesday 00:30; Wednesday
    // 11:00 there is Thursday 04:00 in Tokyo.
    ViewModel vm = model("Asia/Tokyo", {"late", "security"});
    MyWeek w = vm.myWeek(0);
    CHECK(texts(w.days[1]) == std::vector<std::string>{"23:30-00:30 Late, outside your hours"});
    CHECK(w.days[1].meetings[0].endMinute == 24 * 60 + 30);
    CHECK(w.days[2].meetings.empty());
    CHECK(texts(w.days[3]) == std::vector<std::string>{"04:00-05:00 Security, outside your hours"});
}

TEST_CASE("my week in the accessible mirror: a list by day, once opened, and the weeks after") {
    ViewModel vm = model("America/Los_Angeles", {"security", "networking", "docs", "api"});
    CHECK(nlohmann::json::parse(vm.mirrorControls())["week"].is_null());
    vm.showWeek(true);
    nlohmann::json week = nlohmann::json::parse(vm.mirrorControls())["week"];
    CHECK(week["title"] == "Week of Monday 23 November 2026");
    REQUIRE(week["days"].size() == 7);
    CHECK(week["days"][2]["label"] == "Wednesday 25 November");
    CHECK(week["days"][2]["meetings"] == nlohmann::json::array({"11:00-12:00 Security (clash with Networking 11:30-12:30)",
                                                                "11:30-12:30 Networking (clash with Security 11:00-12:00)",
                                                                "19:30-20:30 Docs, outside your hours"}));
    CHECK(week["weekUnknown"] == nlohmann::json::array({"API: Mondays 09:00, every other week, which week is not known"}));
    vm.showWeek(true, 1);
    CHECK(nlohmann::json::parse(vm.mirrorControls())["week"]["days"][2]["label"] == "Wednesday 2 December");
    vm.showWeek(false);
    CHECK(nlohmann::json::parse(vm.mirrorControls())["week"].is_null());
}

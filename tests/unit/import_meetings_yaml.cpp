// yaml2ical meeting files (OpenStack's irc-meetings, tests/fixtures/import/yaml2ical, see SOURCE)
// read into the registry: odd and even ISO weeks, two slots taking turns, what is kept as text.
#include <doctest/doctest.h>

#include <string>

#include "import/meetings_yaml.h"
#include "import_fixture.h"
#include "time/civil.h"
#include "time/recurrence.h"

using namespace wgf;
using wgf::test::readSourceFile;

namespace {

ImportResult meetingFile(const char* name) {
    return importMeetingYaml(readSourceFile(std::string("tests/fixtures/import/yaml2ical/") + name));
}
bool said(const ImportResult& r, int line, const std::string& part) {
    for (const auto& d : r.diagnostics)
        if (d.line == line && d.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_SUITE("import: yaml2ical meeting files") {

#ifdef WGF_HAVE_YAML

TEST_CASE("an odd-week and an even-week entry are one meeting whose slots take turns by ISO week") {
    CHECK(isMeetingYaml(readSourceFile("tests/fixtures/import/yaml2ical/nova-team-meeting.yaml")));
    CHECK_FALSE(isMeetingYaml(readSourceFile("tests/fixtures/import/layouts/sigs.yaml")));
    auto r = meetingFile("nova-team-meeting.yaml");
    REQUIRE(r.registry.groups.size() == 1);
    const Group& g = r.registry.groups[0];
    CHECK(g.id == "nova");
    CHECK(g.name == "Nova Team Meeting");
    REQUIRE(g.leads.size() == 1);
    CHECK(g.leads[0].name == "Eric Fried");
    CHECK(g.leads[0].role == "chair");
    REQUIRE(g.meetings.size() == 1);
    const Meeting& m = g.meetings[0];
    CHECK(m.title == "#openstack-meeting (IRC)");
    CHECK(m.rrule == "FREQ=WEEKLY;BYDAY=TH");
    CHECK(m.weeks == "odd");
    REQUIRE(m.rotation.size() == 2);
    CHECK(m.rotation[0].title == "odd weeks");
    CHECK(m.rotation[0].time == "21:00");
    CHECK(m.rotation[1].time == "14:00");
    CHECK(m.rotation[1].tz == "UTC");
    CHECK(m.notesUrl == "https://wiki.openstack.org/wiki/Meetings/Nova");
    // start_date is not used, and says so at its line.
    CHECK(said(r, 9, "start_date 20160114 is not kept"));
    CHECK(said(r, 14, "start_date 20160107 is not kept"));
    // Weeks 49 to 53 of 2026, then week 1 of 2027: odd again, so 21:00 twice in a row.
    auto next = nextOccurrences(m, platformZoneDb(), *parseUtcInstant("2026-12-01T00:00Z"), "UTC", 6);
    std::string times;
    for (const auto& o : next.items) times += formatOccurrence(o) + ";";
    CHECK(times == "Thu 3 Dec 21:00;Thu 10 Dec 14:00;Thu 17 Dec 21:00;Thu 24 Dec 14:00;Thu 31 Dec 21:00;Thu 7 Jan 21:00;");
}

TEST_CASE("one biweekly entry keeps its parity; durations are kept") {
    auto t = meetingFile("telemetry-team-meeting.yaml");
    const Meeting& m = t.registry.groups.at(0).meetings.at(0);
    CHECK(m.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    CHECK(m.weeks == "odd");
    CHECK(m.time == "02:00");
    CHECK(m.tz == "UTC");
    CHECK(describeCadence(m) == "every other week (odd weeks)");
    auto d = meetingFile("doc-team-meeting.yaml");
    CHECK(d.registry.groups.at(0).meetings.at(0).durationMinutes == 30);
    CHECK(d.registry.groups.at(0).meetings.at(0).rotation.size() == 2);
}

TEST_CASE("every fourth ISO week cannot be said exactly: kept as text, with the reason at its line") {
    auto r = meetingFile("upgrades-sig.yaml");
    const Group& g = r.registry.groups.at(0);
    CHECK(g.leads.size() == 2);
    REQUIRE(g.meetings.size() == 2);
    CHECK(g.meetings[0].rrule.empty());
    CHECK(g.meetings[0].schedule == "Mondays at 0900 UTC (quadweekly)");
    CHECK(g.meetings[0].note == "not understood: 'quadweekly' is every fourth ISO week, which this format cannot say exactly");
    CHECK(said(r, 5, "kept as text"));
}

TEST_CASE("skipped dates with their reason; what is not YAML or not known is reported with its line") {
    auto r = importMeetingYaml("project: Demo\nmeeting_id: demo\nschedule:\n  - time: '1600'\n    day: Wednesday\n"
                               "    frequency: weekly\n    skip_dates:\n      - skip_date: 20261223\n        reason: holiday\n"
                               "      - skip_date: Dec 30\n    room: A\n");
    const Meeting& m = r.registry.groups.at(0).meetings.at(0);
    REQUIRE(m.skip.size() == 1);
    CHECK(m.skip[0].date == "2026-12-23");
    CHECK(m.skip[0].reason == "holiday");
    CHECK(said(r, 10, "a skipped date that is not YYYYMMDD"));
    CHECK(said(r, 11, "key 'room' is not kept"));
    CHECK_FALSE(importMeetingYaml("project: [").diagnostics.empty());
    CHECK(importMeetingYaml("- a\n- b\n").registry.groups.empty());
}

#else

TEST_CASE("a build without yaml-cpp says it cannot read a meeting file") {
    auto r = importMeetingYaml("project: Demo\nschedule: []\n");
    CHECK(r.registry.groups.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("cannot read YAML") != std::string::npos);
}

#endif
}

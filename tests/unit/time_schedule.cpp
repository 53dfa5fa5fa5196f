// Schedule parser: free text from real registries -> structured meeting fields.
#include <doctest/doctest.h>

#include "time/schedule.h"

using namespace wgf;

namespace {
Meeting one(const char* text) {
    ScheduleParse p = parseSchedule(text);
    REQUIRE(p.meetings.size() == 1);
    CHECK(p.understood);
    CHECK(p.meetings[0].schedule == text);
    return p.meetings[0];
}
}  // namespace

TEST_CASE("schedule: the issue's examples") {
    Meeting m = one("Wednesdays at 11:00 PT (biweekly)");
    CHECK(m.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
    CHECK(m.time == "11:00");
    CHECK(m.tz == "America/Los_Angeles");
    CHECK(m.start.empty());  // which week is never guessed

    m = one("Thursdays at 10:15 PT - Weekly");
    CHECK(m.rrule == "FREQ=WEEKLY;BYDAY=TH");
    CHECK(m.time == "10:15");

    m = one("Wednesdays 9:30-10:00 PT");
    CHECK(m.rrule == "FREQ=WEEKLY;BYDAY=WE");
    CHECK(m.time == "09:30");
    CHECK(m.durationMinutes == 30);

    m = one("Wednesdays at 9:00 AM PST");
    CHECK(m.time == "09:00");
    CHECK(m.tz == "America/Los_Angeles");

    m = one("Every other Tuesday at 07:30 PT");
    CHECK(m.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    CHECK(m.time == "07:30");

    m = one("Fourth Wednesday of each month at 12:00 ET");
    CHECK(m.rrule == "FREQ=MONTHLY;BYDAY=4WE");
    CHECK(m.tz == "America/New_York");

    m = one("Last Tuesday of every month at 18:00 UTC");
    CHECK(m.rrule == "FREQ=MONTHLY;BYDAY=-1TU");
    CHECK(m.tz == "UTC");

    m = one("Every other Friday at 8:30am UTC-3");
    CHECK(m.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");
    CHECK(m.time == "08:30");
    CHECK(m.tz == "Etc/GMT+3");  // POSIX sign: UTC-3 is Etc/GMT+3
}

TEST_CASE("schedule: alternating slots give several meetings, each every N weeks") {
    ScheduleParse p = parseSchedule("Alternating between Thursday at 08:00 PT and Thursday at 05:30 UTC");
    CHECK(p.understood);
    REQUIRE(p.meetings.size() == 2);
    CHECK(p.meetings[0].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    CHECK(p.meetings[0].time == "08:00");
    CHECK(p.meetings[0].tz == "America/Los_Angeles");
    CHECK(p.meetings[1].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    CHECK(p.meetings[1].time == "05:30");
    CHECK(p.meetings[1].tz == "UTC");

    p = parseSchedule("Alternating between Tuesday at 17:00 PT, Wednesday at 09:00 PT, and Wednesday at 05:00 PT");
    REQUIRE(p.meetings.size() == 3);
    for (const auto& m : p.meetings) CHECK(m.rrule.find("INTERVAL=3") != std::string::npos);
    CHECK(p.meetings[2].time == "05:00");

    p = parseSchedule("Thursday alternating between 09:00 PT and 10:00 PT");
    REQUIRE(p.meetings.size() == 2);
    CHECK(p.meetings[1].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");  // the day carries over
    CHECK(p.meetings[1].time == "10:00");

    p = parseSchedule("Alternating between Monday at 09:00 PT (Blueprints) and Thursday at 10:00 PT (General)");
    REQUIRE(p.meetings.size() == 2);
    CHECK(p.meetings[0].title == "Blueprints");
    CHECK(p.meetings[1].title == "General");
}

TEST_CASE("schedule: mixed cadences and labels") {
    ScheduleParse p = parseSchedule("Thursday at 09:00 PT, and every other Thursday at 09:00 UTC+8");
    REQUIRE(p.meetings.size() == 2);
    CHECK(p.meetings[0].rrule == "FREQ=WEEKLY;BYDAY=TH");
    CHECK(p.meetings[1].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    CHECK(p.meetings[1].tz == "Etc/GMT-8");

    p = parseSchedule("General GenAI topics: every Tuesday 9:00 PT, every other Tuesday 9:00 UTC+8; agent-related topics: every Monday 9:00 PT");
    REQUIRE(p.meetings.size() == 3);
    CHECK(p.meetings[0].title == "General GenAI topics");
    CHECK(p.meetings[2].title == "agent-related topics");
    CHECK(p.meetings[2].rrule == "FREQ=WEEKLY;BYDAY=MO");

    p = parseSchedule("Fourth Tuesday of each month at 2pm ET, and second Thursday of each month at 14:00 CET");
    REQUIRE(p.meetings.size() == 2);
    CHECK(p.meetings[0].rrule == "FREQ=MONTHLY;BYDAY=4TU");
    CHECK(p.meetings[0].time == "14:00");
    CHECK(p.meetings[1].rrule == "FREQ=MONTHLY;BYDAY=2TH");
    CHECK(p.meetings[1].tz == "Europe/Berlin");
}

TEST_CASE("schedule: times written in many ways") {
    CHECK(one("Every other Tuesday 10:30a Pacific").time == "10:30");
    Meeting m = one("Every other Thursday from 9:00-10:00am EST");
    CHECK(m.time == "09:00");
    CHECK(m.durationMinutes == 60);
    m = one("Thursday 8:00a-8:30a PST");
    CHECK(m.durationMinutes == 30);
    CHECK(one("Every other Monday at 11am ET").time == "11:00");
    CHECK(one("Last Thursday of every month at 12pm ET").time == "12:00");
    CHECK(one("Tuesday every other week, 09:30a-10:00a PST").rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    CHECK(one("Every six weeks, Sunday at 11am ET").rrule == "FREQ=WEEKLY;INTERVAL=6;BYDAY=SU");
    CHECK(one("Thurs 8:00am PST").rrule == "FREQ=WEEKLY;BYDAY=TH");
}

TEST_CASE("schedule: conversions in parentheses are not meetings, and are kept for lint") {
    ScheduleParse p = parseSchedule("bi-weekly, Wednesday, 8am EDT (12pm UTC, 2pm CEST)");
    REQUIRE(p.meetings.size() == 1);
    CHECK(p.meetings[0].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
    CHECK(p.meetings[0].time == "08:00");
    CHECK(p.meetings[0].tz == "America/New_York");
    REQUIRE(p.slots[0].conversions.size() == 2);
    CHECK(p.slots[0].conversions[0].minuteOfDay == 12 * 60);
    CHECK(p.slots[0].conversions[0].tz == "UTC");
    CHECK(p.slots[0].conversions[1].minuteOfDay == 14 * 60);
    CHECK(p.slots[0].zoneAsWritten == "EDT");
}

TEST_CASE("schedule: what cannot be understood stays as text") {
    ScheduleParse p = parseSchedule("TBD");
    REQUIRE(p.meetings.size() == 1);
    CHECK(p.meetings[0].note == "TBD");
    CHECK(p.meetings[0].rrule.empty());
    CHECK_FALSE(p.understood);

    p = parseSchedule("Monthly on a different day, at a different time (see Slack channel)");
    REQUIRE(p.meetings.size() == 1);
    CHECK_FALSE(p.understood);
    CHECK(p.meetings[0].note.find("not understood") == 0);
    CHECK(p.meetings[0].schedule == "Monthly on a different day, at a different time (see Slack channel)");

    p = parseSchedule("Occasional Tuesdays at 2:15pm ET");
    REQUIRE(p.meetings.size() == 1);
    CHECK_FALSE(p.understood);
    CHECK(p.meetings[0].rrule.empty());
    CHECK(p.meetings[0].note == "not understood: irregular meetings");

    CHECK(parseSchedule("[none]").meetings.empty());
    CHECK(parseSchedule("").meetings.empty());
    CHECK_FALSE(parseSchedule("Wednesdays at 10:00").understood);  // no zone
    CHECK(parseSchedule("Wednesdays at 10:00").meetings[0].note == "not understood: no time zone");
}

TEST_CASE("schedule: abbreviations name IANA zones") {
    int dst = 5;
    CHECK(zoneForAbbreviation("PT", &dst) == "America/Los_Angeles");
    CHECK(dst == -1);
    CHECK(zoneForAbbreviation("PST", &dst) == "America/Los_Angeles");
    CHECK(dst == 0);
    CHECK(zoneForAbbreviation("PDT", &dst) == "America/Los_Angeles");
    CHECK(dst == 1);
    CHECK(zoneForAbbreviation("EDT") == "America/New_York");
    CHECK(zoneForAbbreviation("CEST") == "Europe/Berlin");
    CHECK(zoneForAbbreviation("IST").empty());  // India, Israel or Ireland: the page must say
    CHECK(zoneForAbbreviation("UTC+8") == "Etc/GMT-8");
    CHECK(zoneForAbbreviation("UTC+05:30").empty());  // no IANA zone for a bare half-hour offset
    CHECK(zoneForAbbreviation("Europe/Paris") == "Europe/Paris");
    CHECK(zoneForAbbreviation("XYZ").empty());
    // "PST" written about a July meeting still means Pacific time.
    CHECK(parseSchedule("Wednesdays at 10:00 AM PST", "2024-07-10").meetings[0].tz == "America/Los_Angeles");
}

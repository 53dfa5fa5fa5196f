// Schedule parser: free text from real registries -> structured meeting fields.
#include <doctest/doctest.h>

#include "time/schedule.h"
#include "time_schedule_fixture.h"

using namespace wgf;
using wgf::test::describeSchedule;

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

// ---- Rule one: never confidently wrong. Each case below is a class of real text. ----

namespace {
std::string refusal(std::string_view text, const ScheduleContext& context = {}) {
    ScheduleParse p = parseSchedule(text, context);
    REQUIRE(!p.meetings.empty());
    CHECK_FALSE(p.understood);
    for (size_t i = 0; i < p.meetings.size(); ++i)
        if (!p.meetings[i].note.empty()) {
            CHECK(p.meetings[i].rrule.empty());  // nothing half-understood is shown
            CHECK(p.meetings[i].time.empty());
            CHECK(p.meetings[i].tz.empty());
            CHECK(!p.slots[i].advice.empty());   // lint says what to write instead
            return p.meetings[i].note;
        }
    return {};
}
}  // namespace

TEST_CASE("schedule rule one: a bare CST, IST, BST or AST is settled by the text or the page, else refused") {
    CHECK(refusal("Wednesdays at 10:00 CST").find("ambiguous time zone 'CST'") != std::string::npos);
    CHECK(refusal("Tuesdays 17:00 IST").find("Asia/Kolkata (India) or Asia/Jerusalem (Israel)") != std::string::npos);
    CHECK(refusal("Mondays 10:00 BST").find("ambiguous") != std::string::npos);

    // The text's own words.
    ScheduleParse p = parseSchedule("Wednesdays at 10:00 CST(Beijing)");
    CHECK(p.understood);
    CHECK(p.meetings[0].tz == "Asia/Shanghai");
    CHECK(p.meetings[0].title.empty());  // "(Beijing)" says where, it is no title
    CHECK(parseSchedule("Tuesdays 17:00 IST (India)").meetings[0].tz == "Asia/Kolkata");
    CHECK(parseSchedule("Tuesdays 17:00 IST, Israel").meetings[0].tz == "Asia/Jerusalem");

    // The page section or group name, given by the importer.
    ScheduleContext asia{{}, "Asia-Pacific meetings"};
    CHECK(parseSchedule("Wednesdays at 10:00 CST", asia).meetings[0].tz == "Asia/Shanghai");
    ScheduleContext china{{}, "China WG"};
    CHECK(parseSchedule("Thursdays 20:00 CST", china).meetings[0].tz == "Asia/Shanghai");
    ScheduleContext americas{{}, "Americas"};
    CHECK(parseSchedule("Wednesdays at 10:00 CST", americas).meetings[0].tz == "America/Chicago");
    // Page and text disagree: refused.
    CHECK(refusal("Wednesdays at 10:00 CST (Beijing)", americas).find("ambiguous") != std::string::npos);
    // Unambiguous abbreviations do not listen to the page.
    CHECK(parseSchedule("Wednesdays at 10:00 PT", asia).meetings[0].tz == "America/Los_Angeles");
}

TEST_CASE("schedule rule one: places name zones, offsets come from the zone data") {
    CHECK(one("Thursdays 17:00 Poland").tz == "Europe/Warsaw");
    CHECK(one("Wednesdays 20:00 Beijing time").tz == "Asia/Shanghai");
    CHECK(one("Mondays at 10:00 Berlin").tz == "Europe/Berlin");
    CHECK(one("Fridays 18:30 Bangalore").tz == "Asia/Kolkata");
    // What lint advises for an ambiguous CST or IST reads back.
    CHECK(one("Wednesdays 10:00 Chicago time").tz == "America/Chicago");
    CHECK(one("Tuesdays 17:00 India time").tz == "Asia/Kolkata");
    Meeting m = one("Tuesdays at 13:00 Tokyo (every four weeks)");
    CHECK(m.tz == "Asia/Tokyo");
    CHECK(m.rrule == "FREQ=WEEKLY;INTERVAL=4;BYDAY=TU");
    CHECK(one("Wednesdays 15:00 Europe/Berlin").tz == "Europe/Berlin");
    // A place that is not next to a time is no zone.
    CHECK(refusal("Berlin group: Wednesdays at 10:00") == "not understood: no time zone");
}

TEST_CASE("schedule rule one: monthly rules, in the text or in parentheses") {
    CHECK(one("Wednesdays at 10:00 PT (First Wednesday of the month)").rrule == "FREQ=MONTHLY;BYDAY=1WE");
    CHECK(one("Wednesdays at 10:00 PT (every third Wednesday of the month)").rrule == "FREQ=MONTHLY;BYDAY=3WE");
    CHECK(one("Tuesdays 16:00 UTC (monthly - third Tuesday)").rrule == "FREQ=MONTHLY;BYDAY=3TU");
    CHECK(one("Thursday 9am ET (Monthly on 4th Thursday)").rrule == "FREQ=MONTHLY;BYDAY=4TH");
    CHECK(one("Wednesday 17:00 CET (monthly - last Wednesday every month)").rrule == "FREQ=MONTHLY;BYDAY=-1WE");
    CHECK(one("Every third Wednesday of the month at 01:00pm JST").rrule == "FREQ=MONTHLY;BYDAY=3WE");
    CHECK(one("Wednesdays at 10:00 PT (every four weeks)").rrule == "FREQ=WEEKLY;INTERVAL=4;BYDAY=WE");
    // The parenthesis contradicts the day: refused, not one of the two.
    CHECK(refusal("Wednesdays at 10:00 PT (first Tuesday of the month)").find("which Wednesday") != std::string::npos);
    CHECK(refusal("Monthly, Tuesdays at 10:00 PT").find("which week of the month") != std::string::npos);
}

TEST_CASE("schedule rule one: several ordinals, none lost") {
    CHECK(one("2nd and 4th Tuesday of the month at 10:00 PT").rrule == "FREQ=MONTHLY;BYDAY=2TU,4TU");
    CHECK(one("1st and 3rd Wednesdays, 16:00 UTC").rrule == "FREQ=MONTHLY;BYDAY=1WE,3WE");
    CHECK(one("first, third and fifth Monday at 9am ET").rrule == "FREQ=MONTHLY;BYDAY=1MO,3MO,5MO");
    CHECK(one("last and first Wednesday of the month at 10:00 UTC").rrule == "FREQ=MONTHLY;BYDAY=-1WE,1WE");
}

TEST_CASE("schedule rule one: 'every second|third X' without a month, 'bimonthly', 'every other month'") {
    CHECK(refusal("Every third Wednesday at 01:00pm JST").find("every 3 weeks or the third Wednesday of each month") != std::string::npos);
    CHECK(refusal("Every second Friday at 8:30am UTC-3").find("every 2 weeks or the second Friday") != std::string::npos);
    CHECK(one("Every second week, Friday at 8:30am UTC-3").rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");
    CHECK(refusal("Bimonthly, Tuesdays at 10:00 PT").find("twice a month or every two months") != std::string::npos);
    CHECK(refusal("Tuesdays at 10:00 PT (bi-monthly)").find("bimonthly") != std::string::npos);
    CHECK(refusal("Every other month, first Tuesday at 10:00 PT").find("every other month") != std::string::npos);
}

TEST_CASE("schedule rule one: alternation multiplies the stated cadence") {
    CHECK(describeSchedule("every week alternating between Monday at 13:00 PT and Wednesday at 9:30 PT") ==
          "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO at 13:00 America/Los_Angeles | FREQ=WEEKLY;INTERVAL=2;BYDAY=WE at 09:30 America/Los_Angeles");
    CHECK(describeSchedule("every other week on Tuesday alternating between 07:00 and 15:00 UTC") ==
          "FREQ=WEEKLY;INTERVAL=4;BYDAY=TU at 07:00 UTC | FREQ=WEEKLY;INTERVAL=4;BYDAY=TU at 15:00 UTC");
    CHECK(refusal("Monthly alternating between first Monday at 10:00 PT and first Thursday at 18:00 UTC").find("alternate") != std::string::npos);
}

TEST_CASE("schedule rule one: one meeting written in two zones is one meeting, if the two agree") {
    ScheduleParse p = parseSchedule("Tuesdays 8am PT / 5pm CET");
    CHECK(describeSchedule(p) == "FREQ=WEEKLY;BYDAY=TU at 08:00 America/Los_Angeles");
    REQUIRE(p.slots[0].conversions.size() == 1);  // kept for lint
    CHECK(p.slots[0].conversions[0].tz == "Europe/Berlin");
    // Summer and winter abbreviations of one instant.
    CHECK(describeSchedule("Thursdays 10:00 EDT / 16:00 CEST") == "FREQ=WEEKLY;BYDAY=TH at 10:00 America/New_York");
    // The same instant joined by "and" is still one meeting; different instants are two.
    CHECK(describeSchedule("Wednesday 11:00 PT and 20:00 CET") == "FREQ=WEEKLY;BYDAY=WE at 11:00 America/Los_Angeles");
    CHECK(describeSchedule("Wednesday 11:00 PT and 17:00 UTC+8") ==
          "FREQ=WEEKLY;BYDAY=WE at 11:00 America/Los_Angeles | FREQ=WEEKLY;BYDAY=WE at 17:00 Etc/GMT-8");
    // Disagreeing times: refused with the reason; the conversions are still kept for lint.
    CHECK(refusal("Tuesdays 8am PT / 3pm CET").find("two different times for one meeting") != std::string::npos);
    CHECK(refusal("bi-weekly, Wednesday, 8am EDT (12am UTC, 2pm CEST)").find("'12am UTC'") != std::string::npos);
    CHECK(parseSchedule("bi-weekly, Wednesday, 8am EDT (12am UTC, 2pm CEST)").slots[0].conversions.size() == 2);
}

TEST_CASE("schedule rule one: a date in the text is the start, and must fall on the stated day") {
    Meeting m = one("Wednesdays 10:00 PT, biweekly starting Wednesday March 20, 2019");
    CHECK(m.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
    CHECK(m.start == "2019-03-20T10:00");
    CHECK(m.time.empty());  // `time` is for meetings without a start date
    m = one("Fridays at 9:00 PT, every other week. 2019 start date: Jan. 11th");
    CHECK(m.start == "2019-01-11T09:00");
    CHECK(one("Every other Tuesday at 10:00 UTC from 2025-03-04").start == "2025-03-04T10:00");
    CHECK(one("Third Tuesday of the month at 10:00 UTC, from 18 March 2025").start == "2025-03-18T10:00");

    CHECK(refusal("Tuesdays 10:00 PT, biweekly starting March 20, 2019").find("March 20, 2019 is a Wednesday, but the text says Tuesday") !=
          std::string::npos);
    CHECK(refusal("First Tuesday of the month at 10:00 UTC, from March 11, 2025").find("is a Tuesday") != std::string::npos);
    CHECK(refusal("Fridays 9:00 PT, biweekly starting Jan 10").find("has no year") != std::string::npos);
    CHECK(refusal("Fridays 9:00 PT, starting February 30, 2025").find("no 30 February 2025") != std::string::npos);
}

TEST_CASE("schedule rule one: an end time that makes no meeting") {
    CHECK(refusal("Wednesdays 6:30am-7:30pm PT").find("would last 13 h") != std::string::npos);
}

TEST_CASE("schedule: the reference date dates the two-zone check") {
    // America changes to daylight time two or three weeks before Europe: on such a day 8am PT
    // is 4pm CET, not 5pm; the January and July samples of the same year still agree.
    CHECK(parseSchedule("Tuesdays 8am PT / 5pm CET", "2025-03-11").understood);
    // The year's zone rules count: Moscow kept summer time (UTC+4) until 2010 and has been at
    // UTC+3 all year since 2014.
    CHECK(parseSchedule("Mondays 11:00 MSK / 07:00 UTC", "2010-07-12").understood);
    CHECK_FALSE(parseSchedule("Mondays 11:00 MSK / 07:00 UTC", "2024-07-10").understood);
    CHECK(parseSchedule("Mondays 11:00 MSK / 08:00 UTC", "2024-07-10").understood);
}

TEST_CASE("schedule rule one: a misspelt or unsupported word for how often is refused, not read as weekly") {
    // kubevirt/community sig-list.md writes "(bimonthy)": dropping the word made it weekly.
    CHECK(refusal("Thursday at 14:00 UTC (bimonthy)").find("'bimonthy' looks like a word for how often") != std::string::npos);
    CHECK(refusal("Thursday at 14:00 UTC (biweekley)").find("'biweekley'") != std::string::npos);
    CHECK(refusal("Thursday at 14:00 UTC (quarterly)").find("'quarterly'") != std::string::npos);
    // Words two edits away from a cadence are other words.
    CHECK(one("Weekday meeting: Thursdays at 14:00 UTC (weekly)").rrule == "FREQ=WEEKLY;BYDAY=TH");
}

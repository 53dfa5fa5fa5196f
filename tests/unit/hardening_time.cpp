// Hardening catalogue, meetings: schedules that never occur or cannot be read, and rules built to
// make an expansion loop. Each case gives the text a reader sees instead of a date, returns
// promptly, and leaves the group's other meeting (and so its day filter) working.
// Expansion bounds promised by time/recurrence.h: INTERVAL 1-99, COUNT 1-10000, at most 1000
// occurrences asked for, nothing searched beyond 50 years.
#include <doctest/doctest.h>

#include <string>

#include "time/civil.h"
#include "time/facts.h"
#include "time/ics.h"
#include "time/recurrence.h"
#include "time/schedule.h"

using namespace wgf;

namespace {

const int64_t kNow = *parseUtcInstant("2026-03-02T12:00Z");  // a Monday

Meeting meeting(const char* rrule, const char* time, const char* tz, const char* start = "") {
    Meeting m;
    m.schedule = "as written";
    m.rrule = rrule, m.time = time, m.tz = tz, m.start = start;
    return m;
}

// A good Thursday meeting next to the bad one.
Meeting goodThursday() { return meeting("FREQ=WEEKLY;BYDAY=TH", "10:00", "UTC"); }

// The text shown instead of the next meeting; the group's other meeting still gives its Thursday.
// (How long hostile rules take is measured by bench/bench_limits.cpp, not asserted here.)
std::string shownFor(const Meeting& bad) {
    ZoneDb& db = platformZoneDb();
    OccurrenceList l = nextOccurrences(bad, db, kNow, "Europe/Berlin", 5);
    (void)meetingFacts(bad, db, kNow, "Europe/Berlin");
    CHECK(l.items.empty());
    Group g;
    g.id = "g";
    g.name = "G";
    g.meetings = {bad, goodThursday()};
    GroupTimeFacts facts = groupTimeFacts(g, db, kNow, "UTC");
    CHECK(facts.hasMeeting);
    CHECK((facts.localDays & (1 << 3)) != 0);
    CHECK(nextOccurrences(g.meetings[1], db, kNow, "UTC", 1).items.size() == 1);
    return l.message;
}

}  // namespace

TEST_SUITE_BEGIN("hardening catalogue: meetings");

TEST_CASE("catalogue 43: INTERVAL=0, negative, or enormous") {
    CHECK(shownFor(meeting("FREQ=WEEKLY;INTERVAL=0;BYDAY=MO", "10:00", "UTC")) ==
          "invalid rule: INTERVAL must be a number from 1 to 99");
    CHECK(shownFor(meeting("FREQ=WEEKLY;INTERVAL=-1;BYDAY=MO", "10:00", "UTC")) ==
          "invalid rule: INTERVAL must be a number from 1 to 99");
    CHECK(shownFor(meeting("FREQ=DAILY;INTERVAL=99999999999999999999", "10:00", "UTC")) ==
          "invalid rule: INTERVAL must be a number from 1 to 99");
}

TEST_CASE("catalogue 44: a start in 1900 gives this week's meeting at once") {
    ZoneDb& db = platformZoneDb();
    for (const char* rule : {"FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=3;BYDAY=WE", "FREQ=MONTHLY;BYDAY=-1FR"}) {
        CAPTURE(rule);
        OccurrenceList l = nextOccurrences(meeting(rule, "", "UTC", "1900-01-01T09:00"), db, kNow, "UTC", 3);
        REQUIRE(l.items.size() == 3);
        CHECK(l.items[0].startUtc > kNow);
        CHECK(l.items[0].startUtc < kNow + 90 * 86400);
        CHECK(l.items[0].local.hour == 9);
    }
}

TEST_CASE("catalogue 45: a rule that has ended (UNTIL, COUNT) says so") {
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=MO;UNTIL=19000101T000000Z", "10:00", "UTC")) ==
          "no further meetings: the rule has ended");
    CHECK(shownFor(meeting("FREQ=DAILY;COUNT=3", "", "UTC", "1900-01-01T09:00")) == "no further meetings: the rule has ended");
}

TEST_CASE("catalogue 46: a zone that does not exist, a missing zone, a path as a zone") {
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=MO", "10:00", "Mars/Olympus")) == "unknown time zone 'Mars/Olympus'");
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=MO", "10:00", "")) == "no time zone given");
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=MO", "10:00", "../../../../etc/passwd")) ==
          "unknown time zone '../../../../etc/passwd'");
}

TEST_CASE("catalogue 47: rules the format does not have") {
    CHECK(shownFor(meeting("FREQ=YEARLY", "10:00", "UTC")) == "invalid rule: FREQ=YEARLY is not supported (DAILY, WEEKLY, MONTHLY)");
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=XX", "10:00", "UTC")) == "invalid rule: BYDAY item 'XX' is not a weekday");
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=1MO", "10:00", "UTC")) == "invalid rule: BYDAY ordinals need FREQ=MONTHLY");
    CHECK(shownFor(meeting("FREQ=MONTHLY;BYDAY=9MO", "10:00", "UTC")) ==
          "invalid rule: BYDAY ordinal in '9MO' must be 1 to 5 or -1 to -5");
    CHECK(shownFor(meeting("FREQ=WEEKLY;COUNT=0", "10:00", "UTC")) == "invalid rule: COUNT must be a number from 1 to 10000");
    CHECK(shownFor(meeting("BYDAY=MO", "10:00", "UTC")) == "invalid rule: FREQ is missing");
}

TEST_CASE("catalogue 48: a start on a day that does not exist, a time of 24:00") {
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=MO", "", "UTC", "2026-02-31T10:00")) ==
          "start '2026-02-31T10:00' is not YYYY-MM-DDTHH:MM");
    CHECK(shownFor(meeting("FREQ=WEEKLY;BYDAY=MO", "24:00", "UTC")) == "time '24:00' is not HH:MM");
}

TEST_CASE("catalogue 49: every other week, but which week is not given") {
    CHECK(shownFor(meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "11:00", "America/Los_Angeles")) ==
          "every other week (which week is not given)");
}

TEST_CASE("catalogue 50: asking for no occurrences gives none") {
    // Found by fuzz_recurrence: count 0 gave one occurrence.
    OccurrenceList l = nextOccurrences(goodThursday(), platformZoneDb(), kNow, "UTC", 0);
    CHECK(l.items.empty());
    CHECK(l.message.empty());
}

TEST_CASE("catalogue 51: free text that is not a schedule, however long, is kept as text") {
    std::string text;
    while (text.size() < (1u << 20)) text += "Alternating between Monday at 10:00 UTC and ";
    ScheduleParse p = parseSchedule(text);
    CHECK(p.meetings.size() <= 64);
    for (const auto& m : p.meetings) CHECK(m.schedule == text);
}

TEST_CASE("catalogue 52: a group name cannot inject lines into a calendar file") {
    Registry reg;
    reg.title = "Example";
    Group g;
    g.id = "g";
    g.name = "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected";
    g.meetings = {goodThursday()};
    g.meetings[0].title = "<b>weekly</b>";
    reg.groups.push_back(g);
    IcsOptions o;
    o.nowUtc = kNow;
    IcsResult ics = toICalendar(reg, platformZoneDb(), o);
    CHECK(ics.events == 1);
    CHECK(ics.text.find("\r\nSUMMARY:Injected") == std::string::npos);
    CHECK(ics.text.find("\r\nBEGIN:VEVENT\r\n") != std::string::npos);
    std::string unfolded;  // RFC 5545 3.1: CRLF + space continues a line
    for (size_t i = 0; i < ics.text.size(); ++i) {
        if (ics.text.compare(i, 3, "\r\n ") == 0) i += 2;
        else unfolded += ics.text[i];
    }
    size_t events = 0;
    for (size_t at = 0; (at = unfolded.find("\r\nBEGIN:VEVENT\r\n", at)) != std::string::npos; ++at) ++events;
    CHECK(events == 1);
    CHECK(unfolded.find("SUMMARY:Evil\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Injected: <b>weekly</b>") != std::string::npos);
}

TEST_SUITE_END();

// Recurrence expansion, next meeting in the viewer's zone, countdowns, facts for filters.
#include <doctest/doctest.h>

#include "time/civil.h"
#include "time/facts.h"
#include "time/recurrence.h"

using namespace wgf;

namespace {
int64_t utc(const char* iso) { return *parseUtcInstant(iso); }
Meeting meeting(const char* rrule, const char* time, const char* tz, const char* start = "") {
    Meeting m;
    m.rrule = rrule, m.time = time, m.tz = tz, m.start = start;
    return m;
}
std::string viewerTimes(const OccurrenceList& l) {
    std::string s;
    for (const auto& o : l.items) s += (s.empty() ? "" : " ") + formatLocalDateTime(o.viewer);
    return s;
}
}  // namespace

TEST_CASE("recurrence: rules") {
    std::string error;
    auto r = parseRecurrenceRule("FREQ=MONTHLY;BYDAY=-1FR", &error);
    REQUIRE(r);
    CHECK(r->byDay[0].ordinal == -1);
    CHECK(r->byDay[0].weekday == 4);
    CHECK_FALSE(parseRecurrenceRule("FREQ=WEEKLY;INTERVAL=0;BYDAY=MO", &error));
    CHECK(error == "INTERVAL must be a number from 1 to 99");
    CHECK_FALSE(parseRecurrenceRule("FREQ=YEARLY", &error));
    CHECK_FALSE(parseRecurrenceRule("FREQ=WEEKLY;BYDAY=XX", &error));
    CHECK_FALSE(parseRecurrenceRule("BYDAY=MO", &error));
    CHECK(error == "FREQ is missing");
}

TEST_CASE("recurrence: weekly meeting in its own zone, shown in the viewer's, across both DST changes") {
    ZoneDb& db = platformZoneDb();
    Meeting m = meeting("FREQ=WEEKLY;BYDAY=WE", "11:00", "America/Los_Angeles");
    // US switches on 9 March 2025, the EU on 30 March: a Berlin viewer sees 20:00, 19:00 x3, 20:00.
    auto l = nextOccurrences(m, db, utc("2025-03-03T00:00Z"), "Europe/Berlin", 5);
    CHECK(viewerTimes(l) == "2025-03-05T20:00 2025-03-12T19:00 2025-03-19T19:00 2025-03-26T19:00 2025-04-02T20:00");
    CHECK(l.items[0].local.hour == 11);
    CHECK(l.items[1].local.hour == 11);  // always 11:00 where it is written
    // Half-hour zone.
    l = nextOccurrences(m, db, utc("2025-03-10T00:00Z"), "Asia/Kolkata", 1);
    CHECK(viewerTimes(l) == "2025-03-12T23:30");
    // Lord Howe's half-hour DST ends on 6 April 2025.
    Meeting u = meeting("FREQ=WEEKLY;BYDAY=TH", "08:00", "UTC");
    l = nextOccurrences(u, db, utc("2025-04-01T00:00Z"), "Australia/Lord_Howe", 2);
    CHECK(viewerTimes(l) == "2025-04-03T19:00 2025-04-10T18:30");
}

TEST_CASE("recurrence: a Tuesday 17:00 PT meeting is on Wednesday in Tokyo") {
    ZoneDb& db = platformZoneDb();
    Meeting m = meeting("FREQ=WEEKLY;BYDAY=TU", "17:00", "America/Los_Angeles");
    auto l = nextOccurrences(m, db, utc("2025-06-01T00:00Z"), "Asia/Tokyo", 1);
    REQUIRE(l.items.size() == 1);
    CHECK(l.items[0].viewerWeekday == 2);
    CHECK(formatOccurrence(l.items[0]) == "Wed 4 Jun 09:00");
    MeetingFacts f = meetingFacts(m, db, utc("2025-06-01T00:00Z"), "Asia/Tokyo");
    CHECK(f.scheduled);
    CHECK(f.localDays == (1 << 2));
    CHECK(f.cadence == "weekly");
    CHECK(f.localStartMinutes == std::vector<int>{9 * 60});
    CHECK(fitsHours(f));                   // 09:00-10:00 is inside 08:00-20:00
    CHECK_FALSE(fitsHours(f, 10 * 60, 18 * 60));
    // In winter (PST) it is 10:00 in Tokyo; over the weeks around the change both hours are seen.
    f = meetingFacts(m, db, utc("2025-10-20T00:00Z"), "Asia/Tokyo");
    CHECK(f.localStartMinutes == std::vector<int>{9 * 60, 10 * 60});
    CHECK(weekdayFromName("wed") == 2);
    CHECK(weekdayFromName("Th") == 3);
}

TEST_CASE("recurrence: biweekly, with and without start") {
    ZoneDb& db = platformZoneDb();
    Meeting m = meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "", "America/Los_Angeles", "2025-01-07T09:00");
    auto l = nextOccurrences(m, db, utc("2025-03-01T00:00Z"), "America/Los_Angeles", 3);
    CHECK(viewerTimes(l) == "2025-03-04T09:00 2025-03-18T09:00 2025-04-01T09:00");
    // Without start: no guessed date.
    Meeting n = meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "09:00", "America/Los_Angeles");
    l = nextOccurrences(n, db, utc("2025-03-01T00:00Z"), "UTC", 3);
    CHECK(l.items.empty());
    CHECK(l.phaseUnknown);
    CHECK(l.message == "every other week (which week is not given)");
    CHECK(describeCadence(n) == "every other week (which week is not given)");
    // ... but its day and hour are known for filters.
    MeetingFacts f = meetingFacts(n, db, utc("2025-03-01T00:00Z"), "UTC");
    CHECK(f.scheduled);
    CHECK(f.cadence == "biweekly");
    CHECK(f.localDays == (1 << 1));
}

TEST_CASE("recurrence: a biweekly meeting whose week is not given has candidate dates, one of two real") {
    ZoneDb& db = platformZoneDb();
    Meeting n = meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "09:00", "America/Los_Angeles");
    // Asked for one: both weeks are offered, since either may be the one.
    auto l = nextOccurrences(n, db, utc("2025-03-01T00:00Z"), "Europe/Berlin", 1);
    CHECK(l.items.empty());
    CHECK(l.phaseUnknown);
    REQUIRE(l.candidates.size() == 2);
    // 4 March: Los Angeles still on PST (UTC-8), Berlin on CET; 11 March: LA on PDT since the 9th.
    CHECK(formatOccurrence(l.candidates[0]) == "Tue 4 Mar 18:00");
    CHECK(formatOccurrence(l.candidates[1]) == "Tue 11 Mar 17:00");
    CHECK(formatDayTime(l.candidates[0]) == "Tue 18:00");
    CHECK(formatDate(l.candidates[1]) == "Tue 11 Mar");
    // The candidate a visitor knows is real becomes the meeting's start, on its own wall clock.
    CHECK(startOf(l.candidates[1]) == "2025-03-11T09:00");
    Meeting known = n;
    known.start = startOf(l.candidates[1]);
    auto k = nextOccurrences(known, db, utc("2025-03-01T00:00Z"), "Europe/Berlin", 2);
    CHECK_FALSE(k.phaseUnknown);
    CHECK(k.candidates.empty());
    CHECK(viewerTimes(k) == "2025-03-11T17:00 2025-03-25T17:00");
    // Every third month, which month not given: three candidates, a month apart.
    auto q = nextOccurrences(meeting("FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE", "10:00", "UTC"), db, utc("2025-01-10T00:00Z"),
                             "UTC", 1);
    REQUIRE(q.candidates.size() == 3);
    CHECK(formatDate(q.candidates[0]) == "Wed 5 Feb");
    CHECK(formatDate(q.candidates[2]) == "Wed 2 Apr");
    CHECK(q.message == "every 3 months (1st Wednesday) (which month is not given)");
}

TEST_CASE("recurrence: nth and last weekday of the month") {
    ZoneDb& db = platformZoneDb();
    auto l = nextOccurrences(meeting("FREQ=MONTHLY;BYDAY=4WE", "12:00", "America/New_York"), db, utc("2025-01-01T00:00Z"),
                             "America/New_York", 3);
    CHECK(viewerTimes(l) == "2025-01-22T12:00 2025-02-26T12:00 2025-03-26T12:00");
    l = nextOccurrences(meeting("FREQ=MONTHLY;BYDAY=-1TU", "18:00", "UTC"), db, utc("2025-01-01T00:00Z"), "UTC", 3);
    CHECK(viewerTimes(l) == "2025-01-28T18:00 2025-02-25T18:00 2025-03-25T18:00");
    // A fifth Monday exists only in some months.
    l = nextOccurrences(meeting("FREQ=MONTHLY;BYDAY=5MO", "10:00", "UTC"), db, utc("2025-01-01T00:00Z"), "UTC", 2);
    CHECK(viewerTimes(l) == "2025-03-31T10:00 2025-06-30T10:00");
    CHECK(describeCadence(meeting("FREQ=MONTHLY;BYDAY=4WE", "12:00", "UTC")) == "monthly (4th Wednesday)");
}

TEST_CASE("recurrence: bounded on hostile input") {
    ZoneDb& db = platformZoneDb();
    // A start in 1900 is skipped over arithmetically, not week by week.
    auto l = nextOccurrences(meeting("FREQ=WEEKLY;BYDAY=MO", "", "UTC", "1900-01-01T10:00"), db, utc("2025-03-01T00:00Z"), "UTC", 1);
    CHECK(viewerTimes(l) == "2025-03-03T10:00");
    // A rule that has ended (COUNT).
    l = nextOccurrences(meeting("FREQ=WEEKLY;COUNT=2;BYDAY=MO", "", "UTC", "2020-01-06T10:00"), db, utc("2025-03-01T00:00Z"), "UTC", 1);
    CHECK(l.items.empty());
    CHECK(l.message == "no further meetings: the rule has ended");
    l = nextOccurrences(meeting("FREQ=WEEKLY;INTERVAL=0;BYDAY=MO", "10:00", "UTC"), db, 0, "UTC", 1);
    CHECK(l.message.find("INTERVAL") != std::string::npos);
    l = nextOccurrences(meeting("FREQ=WEEKLY;BYDAY=MO", "10:00", "Mars/Olympus"), db, 0, "UTC", 1);
    CHECK(l.message == "unknown time zone 'Mars/Olympus'");
    // A rule that never happens: every 48 months from February 2025 stays in Februaries of
    // non-leap years, which never have a fifth Monday. The search gives up after 50 years.
    RecurrenceRule never;
    never.freq = RecurrenceRule::Freq::Monthly;
    never.interval = 48;
    never.byDay.push_back({0, 5});
    std::string error;
    CHECK_FALSE(expandLocal(never, utc("2025-02-03T10:00Z"), 36000, utc("2025-02-01T00:00Z"), 1, &error));
    CHECK(error == "the rule gives no date within 50 years");
    // A huge count is served without trouble.
    never.interval = 1;
    auto many = expandLocal(never, std::nullopt, 0, utc("2025-01-01T00:00Z"), 100000, &error);
    REQUIRE(many);
    CHECK(many->size() < 300);  // about 4 fifth Mondays a year, 50 years at most
}

TEST_CASE("recurrence: countdown and happening now") {
    int64_t now = utc("2025-03-01T12:00Z");
    CHECK(formatCountdown(now, now + 2 * 86400 + 3 * 3600 + 600, now + 3 * 86400) == "in 2 d 3 h");
    CHECK(formatCountdown(now, now + 45 * 60, now + 105 * 60) == "in 45 min");
    CHECK(formatCountdown(now, now + 3 * 3600 + 5 * 60, now + 4 * 3600) == "in 3 h 5 min");
    CHECK(formatCountdown(now, now - 40 * 60, now + 20 * 60) == "happening now, ends in 20 min");
    CHECK(formatCountdown(now, now - 7200, now - 3600) == "ended");
    // nextOccurrences puts a meeting in progress first.
    ZoneDb& db = platformZoneDb();
    Meeting m = meeting("FREQ=WEEKLY;BYDAY=SA", "11:30", "UTC");
    m.durationMinutes = 50;
    auto l = nextOccurrences(m, db, now, "UTC", 2);
    REQUIRE(l.items.size() == 2);
    CHECK(formatCountdown(now, l.items[0].startUtc, l.items[0].endUtc) == "happening now, ends in 20 min");
    CHECK(formatCountdown(now, l.items[1].startUtc, l.items[1].endUtc) == "in 6 d 23 h");
}

TEST_CASE("recurrence: group facts for the query engine") {
    ZoneDb& db = platformZoneDb();
    Group g;
    g.id = "networking";
    g.meetings.push_back(meeting("FREQ=WEEKLY;BYDAY=TU", "17:00", "America/Los_Angeles"));
    g.meetings.push_back(meeting("FREQ=MONTHLY;BYDAY=2TH", "02:00", "UTC"));
    Meeting tbd;
    tbd.note = "TBD";
    g.meetings.push_back(tbd);
    GroupTimeFacts f = groupTimeFacts(g, db, utc("2025-06-01T00:00Z"), "Asia/Tokyo");
    CHECK(f.hasMeeting);
    CHECK(f.localDays == ((1 << 2) | (1 << 3)));  // Wednesday 09:00 and Thursday 11:00 in Tokyo
    CHECK(f.cadences == std::vector<std::string>{"weekly", "monthly"});  // a bare "TBD" has none
    CHECK(f.zones == std::vector<std::string>{"America/Los_Angeles", "UTC"});
    CHECK(f.fitsHours);
    CHECK_FALSE(groupTimeFacts(g, db, utc("2025-06-01T00:00Z"), "America/Los_Angeles", 8 * 60, 12 * 60).fitsHours);

    // Without a viewer: the days the rules name, in each meeting's own zone; the rest alike.
    GroupTimeFacts w = groupTimeFactsAsWritten(g);
    CHECK(w.hasMeeting);
    CHECK(w.localDays == ((1 << 1) | (1 << 3)));  // Tuesday, Thursday
    CHECK(w.cadences == f.cadences);
    CHECK(w.zones == f.zones);
    CHECK_FALSE(w.fitsHours);
}

TEST_CASE("meeting facts: one answer for every reader") {
    ZoneDb& db = platformZoneDb();
    auto facts = [&](Meeting m) {
        Group g;
        g.meetings.push_back(std::move(m));
        return std::pair{groupTimeFacts(g, db, utc("2025-06-01T00:00Z"), "UTC"), groupTimeFactsAsWritten(g)};
    };
    // FREQ=DAILY is "daily" (it was "weekly" in one place and "daily" in another).
    auto [daily, dailyW] = facts(meeting("FREQ=DAILY", "15:00", "UTC"));
    CHECK(daily.cadences == std::vector<std::string>{"daily"});
    CHECK(dailyW.cadences == daily.cadences);
    CHECK(daily.localDays == 0x7F);
    // A meeting known only as text is a meeting, with no day, cadence or zone.
    Meeting text;
    text.schedule = "Every full moon";
    text.note = "not understood";
    auto [t, tW] = facts(text);
    CHECK(t.hasMeeting);
    CHECK(tW.hasMeeting);
    CHECK(t.cadences.empty());
    CHECK(tW.cadences.empty());
    CHECK(t.localDays == 0);
    // A note alone ("TBD") is not.
    Meeting tbd;
    tbd.note = "TBD";
    CHECK_FALSE(facts(tbd).first.hasMeeting);
    CHECK_FALSE(facts(tbd).second.hasMeeting);
    // A zone the platform does not know: scheduled as written, not in the viewer's zone.
    auto [unknown, unknownW] = facts(meeting("FREQ=WEEKLY;BYDAY=MO", "10:00", "Mars/Olympus_Mons"));
    CHECK(unknown.localDays == 0);
    CHECK(unknownW.localDays == 1);
}

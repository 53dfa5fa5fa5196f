// Meetings as communities run them: which week by ISO week parity or an anchor date, skipped and
// extra dates, rotating slots, paused and ended meetings; how they load, expand and are linted.
#include <doctest/doctest.h>

#include "model/load.h"
#include "time/civil.h"
#include "time/lint.h"
#include "time/recurrence.h"

using namespace wgf;

namespace {
int64_t utc(const char* iso) { return *parseUtcInstant(iso); }
int64_t day(int y, int m, int d) { return daysFromCivil(y, m, d); }
Meeting meeting(const char* rrule, const char* time, const char* tz) {
    Meeting m;
    m.rrule = rrule, m.time = time, m.tz = tz;
    return m;
}
// "2026-12-01T11:00 2026-12-15T11:00" on the viewer's clock, with "(slot n)" / "(extra)".
std::string times(const OccurrenceList& l) {
    std::string s;
    for (const auto& o : l.items) {
        s += (s.empty() ? "" : " ") + formatLocalDateTime(o.viewer);
        if (o.slot >= 0) s += "#" + std::to_string(o.slot);
        if (o.extra) s += "+";
    }
    return s;
}
bool hasMessage(const Diagnostics& d, Severity s, const std::string& pointer, const std::string& part) {
    for (const auto& x : d)
        if (x.severity == s && x.pointer == pointer && x.message.find(part) != std::string::npos) return true;
    return false;
}
Registry oneMeeting(const Meeting& m) {
    Registry r;
    Group g;
    g.id = "sig";
    g.name = "SIG";
    g.leads.push_back({"Ann", "Acme", "", ""});
    g.meetings.push_back(m);
    r.groups.push_back(g);
    return r;
}
}  // namespace

TEST_CASE("calendar: ISO week numbers, with 2026's week 53") {
    CHECK(isoWeekNumber(day(2026, 12, 1)) == 49);
    CHECK(isoWeekNumber(day(2026, 12, 28)) == 53);
    CHECK(isoWeekNumber(day(2027, 1, 3)) == 53);
    CHECK(isoWeekNumber(day(2027, 1, 4)) == 1);
    CHECK(isoWeekNumber(day(2021, 1, 1)) == 53);  // 2020 had 53 weeks too
    CHECK(isoWeekNumber(day(2024, 12, 30)) == 1);  // of 2025
    CHECK(isoWeekNumber(day(2025, 12, 28)) == 52);
}

TEST_CASE("calendar: odd ISO weeks follow the week numbers across a 53-week year; INTERVAL=2 drifts") {
    ZoneDb& db = platformZoneDb();
    Meeting odd = meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "11:00", "UTC");
    odd.weeks = "odd";
    auto l = nextOccurrences(odd, db, utc("2026-11-30T00:00Z"), "UTC", 5);
    // Weeks 49, 51, 53 of 2026, then weeks 1 and 3 of 2027: two odd weeks in a row.
    CHECK(times(l) == "2026-12-01T11:00 2026-12-15T11:00 2026-12-29T11:00 2027-01-05T11:00 2027-01-19T11:00");
    CHECK(describeCadence(odd) == "every other week (odd weeks)");
    Meeting even = odd;
    even.weeks = "even";
    l = nextOccurrences(even, db, utc("2026-11-30T00:00Z"), "UTC", 3);
    CHECK(times(l) == "2026-12-08T11:00 2026-12-22T11:00 2027-01-12T11:00");  // weeks 50, 52, 2
    // The same rule from a start date counts two weeks at a time and leaves the parity in 2027.
    Meeting interval = odd;
    interval.weeks.clear();
    interval.start = "2026-12-01T11:00";
    l = nextOccurrences(interval, db, utc("2026-11-30T00:00Z"), "UTC", 4);
    CHECK(times(l) == "2026-12-01T11:00 2026-12-15T11:00 2026-12-29T11:00 2027-01-12T11:00");
    // An anchor date says which week as well as a start does, with the time given apart; it
    // is not a beginning: its week's Tuesday before it, and the weeks before, are dates too.
    Meeting anchored = meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "11:00", "UTC");
    anchored.anchor = "2026-12-03";
    l = nextOccurrences(anchored, db, utc("2026-11-30T00:00Z"), "UTC", 2);
    CHECK_FALSE(l.phaseUnknown);
    CHECK(times(l) == "2026-12-01T11:00 2026-12-15T11:00");
    anchored.anchor = "2027-06-10";  // in the future: says the other weeks
    CHECK(times(nextOccurrences(anchored, db, utc("2026-11-30T00:00Z"), "UTC", 2)) == "2026-12-08T11:00 2026-12-22T11:00");
}

TEST_CASE("calendar: a skipped date is not shown, and says why; an extra date is") {
    ZoneDb& db = platformZoneDb();
    Meeting m = meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "", "America/Los_Angeles");
    m.start = "2025-12-10T11:00";
    m.skip.push_back({"2025-12-24", "holiday"});
    auto l = nextOccurrences(m, db, utc("2025-12-20T00:00Z"), "America/Los_Angeles", 2);
    CHECK(times(l) == "2026-01-07T11:00 2026-01-21T11:00");
    REQUIRE(l.skipped.size() == 1);
    CHECK(formatDate(l.skipped[0].when) == "Wed 24 Dec");
    CHECK(l.skipped[0].reason == "holiday");
    // Seen from Tokyo the skipped meeting was on Thursday morning there.
    l = nextOccurrences(m, db, utc("2025-12-20T00:00Z"), "Asia/Tokyo", 1);
    CHECK(formatDate(l.skipped.at(0).when) == "Thu 25 Dec");
    m.extra.push_back({"2025-12-30T09:00", "planning"});
    l = nextOccurrences(m, db, utc("2025-12-20T00:00Z"), "America/Los_Angeles", 3);
    CHECK(times(l) == "2025-12-30T09:00+ 2026-01-07T11:00 2026-01-21T11:00");
    // A skipped date past the dates asked for is not mentioned; nor are past extra dates.
    l = nextOccurrences(m, db, utc("2026-01-01T00:00Z"), "America/Los_Angeles", 1);
    CHECK(times(l) == "2026-01-07T11:00");
    CHECK(l.skipped.empty());
}

TEST_CASE("calendar: rotating slots take turns week by week, each in its own zone, across DST") {
    ZoneDb& db = platformZoneDb();
    Meeting m;
    m.rrule = "FREQ=WEEKLY;BYDAY=TU";
    m.anchor = "2026-03-02";
    m.rotation.push_back({"Americas", "", "09:00", "America/Los_Angeles"});
    m.rotation.push_back({"Asia-Pacific", "WE", "10:00", "Asia/Tokyo"});
    REQUIRE(m.hasStructuredTime());
    auto l = nextOccurrences(m, db, utc("2026-03-01T00:00Z"), "Europe/Berlin", 4);
    // US clocks change on 8 March, Berlin's on 29 March, Tokyo's never.
    CHECK(times(l) == "2026-03-03T18:00#0 2026-03-11T02:00#1 2026-03-17T17:00#0 2026-03-25T02:00#1");
    CHECK(describeCadence(m) == "weekly, 2 slots taking turns");
    // By ISO week parity: the first slot in odd weeks (11), the second in even ones (10).
    m.anchor.clear();
    m.weeks = "odd";
    l = nextOccurrences(m, db, utc("2026-03-01T00:00Z"), "UTC", 2);
    CHECK(times(l) == "2026-03-04T01:00#1 2026-03-10T16:00#0");
    // Neither: whose turn it is is not guessed.
    m.weeks.clear();
    l = nextOccurrences(m, db, utc("2026-03-01T00:00Z"), "UTC", 2);
    CHECK(l.items.empty());
    CHECK(l.message == "weekly, 2 slots taking turns (which slot is when is not given)");
}

TEST_CASE("calendar: a paused or ended meeting has no next date and says so") {
    ZoneDb& db = platformZoneDb();
    Meeting m = meeting("FREQ=WEEKLY;BYDAY=TU", "11:00", "UTC");
    m.status = "paused";
    auto l = nextOccurrences(m, db, utc("2026-03-01T00:00Z"), "UTC", 2);
    CHECK(l.items.empty());
    CHECK(l.message == "paused: no meetings for now");
    m.status = "ended";
    m.note = "merged into SIG Docs";
    CHECK(nextOccurrences(m, db, utc("2026-03-01T00:00Z"), "UTC", 2).message == "ended: merged into SIG Docs");
    m.status = "active";
    CHECK(nextOccurrences(m, db, utc("2026-03-01T00:00Z"), "UTC", 2).items.size() == 2);
}

TEST_CASE("calendar: the new fields load, are checked at their place and are written back") {
    const char* text = R"J({"version":1,"groups":[{"id":"sig","name":"SIG","meetings":[{
      "rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=WE","time":"11:00","tz":"UTC","status":"paused","weeks":"odd",
      "anchor":"2026-12-02","skip":[{"date":"2026-12-23","reason":"holiday"},{"date":"23 Dec"}],
      "extra":[{"start":"2026-12-30T11:00","reason":"planning"},{"start":"soon"}],
      "rotation":[{"title":"EU","time":"09:00","tz":"Europe/Berlin"},{"title":"APAC","day":"TH","time":"9am"},
                  {"day":"Thursday","time":"10:00"},{"time":"10:00","when":"x"}]}]}]})J";
    auto r = loadRegistry(text);
    REQUIRE(r.registry.groups.size() == 1);
    const Meeting& m = r.registry.groups[0].meetings.at(0);
    CHECK(m.status == "paused");
    CHECK(m.weeks == "odd");
    CHECK(m.anchor == "2026-12-02");
    REQUIRE(m.skip.size() == 1);
    CHECK(m.skip[0].reason == "holiday");
    REQUIRE(m.extra.size() == 1);
    CHECK(m.rotation.size() == 2);  // EU, and the last one (its unknown field is reported)
    const std::string at = "/groups/0/meetings/0";
    CHECK(hasMessage(r.diagnostics, Severity::Error, at + "/skip/1/date", "'23 Dec' is not a date YYYY-MM-DD"));
    CHECK(hasMessage(r.diagnostics, Severity::Error, at + "/extra/1/start", "'soon' is not a local date-time"));
    CHECK(hasMessage(r.diagnostics, Severity::Error, at + "/rotation/1/time", "'9am' is not a time HH:MM"));
    CHECK(hasMessage(r.diagnostics, Severity::Error, at + "/rotation/2/day", "'Thursday' is not a weekday"));
    CHECK(hasMessage(r.diagnostics, Severity::Warning, at + "/rotation/3/when", "unknown field 'when'"));
    auto bad = loadRegistry(R"J({"version":1,"groups":[{"id":"a","name":"A","meetings":[{"rrule":"FREQ=WEEKLY","time":"10:00",
      "tz":"UTC","status":"sometimes","weeks":"first","anchor":"2026-13-01"}]}]})J");
    CHECK(hasMessage(bad.diagnostics, Severity::Error, "/groups/0/meetings/0/status", "'sometimes' is not one of 'active', 'paused', 'ended'"));
    CHECK(hasMessage(bad.diagnostics, Severity::Error, "/groups/0/meetings/0/weeks", "'first' is not one of 'odd', 'even'"));
    CHECK(hasMessage(bad.diagnostics, Severity::Error, "/groups/0/meetings/0/anchor", "'2026-13-01' is not a date"));
    // Written back as read.
    auto again = loadRegistry(registryToJson(r.registry));
    const Meeting& m2 = again.registry.groups.at(0).meetings.at(0);
    CHECK(m2.skip.size() == 1);
    CHECK(m2.extra.at(0).reason == "planning");
    CHECK(m2.rotation.at(1).time == "10:00");
    CHECK(m2.weeks == "odd");
    CHECK(m2.status == "paused");
    CHECK(m2.anchor == "2026-12-02");
}

TEST_CASE("lint: which week, skipped dates that are not meeting days, a rotation of one slot") {
    ZoneDb& db = platformZoneDb();
    const int64_t now = utc("2026-11-30T00:00Z");
    const std::string at = "/groups/0/meetings/0";
    Meeting m = meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "11:00", "America/Los_Angeles");
    CHECK(hasMessage(lintRegistry(oneMeeting(m), db, now), Severity::Warning, at + "/start", "or `weeks` (\"odd\" or \"even\" ISO weeks)"));
    m.weeks = "even";
    auto d = lintRegistry(oneMeeting(m), db, now);
    CHECK_FALSE(hasMessage(d, Severity::Warning, at + "/start", "which week"));
    CHECK(d.empty());
    m.weeks.clear();
    m.anchor = "2026-12-02";
    CHECK(lintRegistry(oneMeeting(m), db, now).empty());
    // 24 December 2026 is a Thursday; the 30th a Wednesday of the anchor's weeks (2, 16, 30).
    m.skip.push_back({"2026-12-30", "holiday"});
    CHECK(lintRegistry(oneMeeting(m), db, now).empty());
    m.skip.push_back({"2026-12-24", "holiday"});
    CHECK(hasMessage(lintRegistry(oneMeeting(m), db, now), Severity::Warning, at + "/skip/1/date",
                     "skipped date 2026-12-24 (a Thursday) is not a date this meeting meets"));
    // The 9th is a Wednesday of the other weeks.
    m.skip = {{"2026-12-09", ""}};
    CHECK(hasMessage(lintRegistry(oneMeeting(m), db, now), Severity::Warning, at + "/skip/0/date", "is not a date this meeting meets"));
    // `weeks` that contradicts the anchor.
    m.skip.clear();
    m.weeks = "even";  // 2 December is in week 49
    CHECK(hasMessage(lintRegistry(oneMeeting(m), db, now), Severity::Warning, at + "/weeks", "says even weeks, but anchor 2026-12-02 is in ISO week 49"));
    // `weeks` on a weekly meeting means nothing.
    Meeting weekly = meeting("FREQ=WEEKLY;BYDAY=WE", "11:00", "UTC");
    weekly.weeks = "odd";
    CHECK(hasMessage(lintRegistry(oneMeeting(weekly), db, now), Severity::Warning, at + "/weeks", "but the meeting is weekly: it is ignored"));
    // Rotations.
    Meeting r;
    r.rrule = "FREQ=WEEKLY;BYDAY=TU";
    r.anchor = "2026-12-01";
    r.rotation.push_back({"", "", "09:00", "America/Los_Angeles"});
    CHECK(hasMessage(lintRegistry(oneMeeting(r), db, now), Severity::Warning, at + "/rotation", "a rotation with one slot takes no turns"));
    r.rotation.push_back({"APAC", "", "10:00", "Mars/Olympus"});
    d = lintRegistry(oneMeeting(r), db, now);
    CHECK(hasMessage(d, Severity::Error, at + "/rotation/1/tz", "unknown time zone 'Mars/Olympus'"));
    CHECK_FALSE(hasMessage(d, Severity::Warning, at + "/rotation", "one slot"));
    r.rotation[1].tz = "Asia/Tokyo";
    r.anchor.clear();
    CHECK(hasMessage(lintRegistry(oneMeeting(r), db, now), Severity::Warning, at + "/rotation", "so readers know whose turn it is"));
    r.weeks = "odd";
    CHECK(lintRegistry(oneMeeting(r), db, now).empty());
}

// Rust's calendar files (rust-lang/calendar, tests/fixtures/import/rust-calendar, see SOURCE) read
// into the registry: a group per calendar, a meeting per recurrence rule, exceptions as skipped
// dates, what this format cannot say kept as text with the reason at its line.
#include <doctest/doctest.h>

#include <string>

#include "import/calendar_toml.h"
#include "import_fixture.h"
#include "time/civil.h"
#include "time/recurrence.h"

using namespace wgf;
using wgf::test::diagnosticsAbout;
using wgf::test::readSourceFile;

namespace {

ImportResult calendar(const char* name, const char* updated = "2026-12-01") {
    ImportOptions o;
    o.updated = updated;
    return importCalendarToml(readSourceFile(std::string("tests/fixtures/import/rust-calendar/") + name), o);
}
const Meeting& meetingTitled(const Group& g, const std::string& title, int nth = 0) {
    for (const auto& m : g.meetings)
        if (m.title == title && nth-- == 0) return m;
    FAIL("no meeting titled " << title);
    return g.meetings.at(0);
}
// "Wed 2 Dec 16:00;..." in UTC from `now`.
std::string next(const Meeting& m, const char* now, int count = 3) {
    std::string s;
    for (const auto& o : nextOccurrences(m, platformZoneDb(), *parseUtcInstant(now), "UTC", count).items) s += formatOccurrence(o) + ";";
    return s;
}
bool said(const ImportResult& r, int line, const std::string& part) {
    for (const auto& d : diagnosticsAbout(r.diagnostics, part))
        if (d.line == line) return true;
    return false;
}

}  // namespace

TEST_SUITE("import: Rust calendar files") {

TEST_CASE("a calendar file is told from other TOML without a parse") {
    CHECK(isCalendarToml(readSourceFile("tests/fixtures/import/rust-calendar/lang.toml")));
    CHECK(isCalendarToml(readSourceFile("tests/fixtures/import/rust-calendar/all.toml")));
    CHECK_FALSE(isCalendarToml("[package]\nname = \"xtask\"\nversion = \"0.1.0\"\n"));
}

#ifdef WGF_HAVE_TOML

TEST_CASE("the language team: weekly meetings on their zone's wall clock, past series ended") {
    auto r = calendar("lang.toml");
    REQUIRE(r.registry.groups.size() == 1);
    const Group& g = r.registry.groups[0];
    CHECK(g.name == "Rust Language Team");
    CHECK(g.id == "rust-language-team");
    CHECK(g.kind == "team");
    CHECK(g.description == "Meetings for the language team and its working groups");
    REQUIRE(g.contacts.size() == 1);
    CHECK(g.contacts[0].url == "mailto:lang@rust-lang.org");
    CHECK(g.contacts[0].label == "t-lang (lang@rust-lang.org)");
    const Meeting& triage = meetingTitled(g, "Lang Team Triage Meeting (Open)");
    CHECK(triage.rrule == "FREQ=WEEKLY");
    CHECK(triage.start == "2024-01-10T08:00");
    CHECK(triage.tz == "America/Los_Angeles");
    CHECK(triage.durationMinutes == 60);
    CHECK(triage.url == "https://meet.jit.si/ferris-rules");
    CHECK(triage.status.empty());
    // 08:00 in Los Angeles: 16:00 UTC in winter, 15:00 UTC in summer.
    CHECK(next(triage, "2026-12-01T00:00Z", 2) == "Wed 2 Dec 16:00;Wed 9 Dec 16:00;");
    CHECK(next(triage, "2027-03-15T00:00Z", 1) == "Wed 17 Mar 15:00;");
    // The file's past events (monthly until March 2024, a meeting held once in 2024) are history:
    // not kept, and reported with their lines.
    CHECK(g.meetings.size() == 3);
    CHECK(said(r, 49, "4 events that ended before 2026-12-01 not kept (lines 49, 62, 77, 92)"));
    // As of February 2024 the monthly planning meeting still ran, until 7 March.
    auto before = calendar("lang.toml", "2024-02-01");
    const Meeting& planning = meetingTitled(before.registry.groups.at(0), "Lang Team Planning Meeting");
    CHECK(planning.rrule == "FREQ=MONTHLY;UNTIL=20240307T000000Z");
    CHECK(planning.status.empty());
    CHECK(next(planning, "2024-02-10T00:00Z", 3) == "Wed 6 Mar 17:30;");
    // A description that is an address is the notes; bookkeeping is reported once per key.
    CHECK(meetingTitled(g, "Lang Team Design Meeting").notesUrl == "https://github.com/orgs/rust-lang/projects/31/views/10");
    CHECK(said(r, 5, "includes _timezones.toml are not read: import the folder"));
    CHECK(diagnosticsAbout(r.diagnostics, "'uid' of ").size() == 1);
    CHECK(said(r, 10, "'uid' of "));
    CHECK(said(r, 12, "its description is not kept"));
}

TEST_CASE("two rules of one event are two meetings; exceptions skip the date of the meeting they fall on") {
    auto r = calendar("cargo/office-hours.toml", "2024-12-01");
    const Group& g = r.registry.groups.at(0);
    REQUIRE(g.meetings.size() == 2);
    const Meeting& wed = g.meetings[0];
    const Meeting& thu = g.meetings[1];
    CHECK(wed.rrule == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260325T130000Z");
    CHECK(wed.start == "2024-01-10T10:00");
    CHECK(thu.rrule == "FREQ=WEEKLY;BYDAY=TH;UNTIL=20260325T130000Z");
    CHECK(thu.start == "2024-01-11T16:00");  // by_hour: the Thursday slot is at 16:00
    CHECK(wed.status.empty());               // as of 1 Dec 2024 it still runs
    // The file's exceptions are at 15:00 and 21:00 New York time, not the meetings' 10:00 and 16:00:
    // the dates are skipped, and the import says that calendars made from the file keep them.
    REQUIRE(wed.skip.size() == 2);
    CHECK(wed.skip[0].date == "2024-12-25");
    CHECK(wed.skip[1].date == "2025-01-01");
    REQUIRE(thu.skip.size() == 2);
    CHECK(thu.skip[0].date == "2024-12-26");
    CHECK(said(r, 27, "is not the meeting's time that day (10:00)"));
    CHECK(said(r, 28, "is not the meeting's time that day (16:00)"));
    CHECK(next(wed, "2024-12-20T00:00Z", 2) == "Wed 8 Jan 15:00;Wed 15 Jan 15:00;");
    // As of today the series has ended (until 25 March 2026).
    auto now = calendar("cargo/office-hours.toml");
    CHECK(now.registry.groups.at(0).meetings.empty());
    CHECK(said(now, 7, "1 event that ended before 2026-12-01 not kept (lines 7)"));
}

TEST_CASE("an all-day event is kept as text; the timezone definitions are not used, and say so") {
    auto r = calendar("release.toml");
    const Meeting& release = meetingTitled(r.registry.groups.at(0), "New Rust Release");
    CHECK(release.rrule.empty());
    CHECK(release.note == "not understood: an all-day event; a meeting here has a time of day");
    CHECK(release.schedule == "from 2024-02-08 (all day)");
    CHECK(said(r, 4, "kept as text: an all-day event"));
    auto tz = calendar("_timezones.toml");
    CHECK(tz.registry.groups.empty());
    CHECK(said(tz, 7, "the timezone definitions are not used"));
}

TEST_CASE("rules this format cannot say are kept as text with the reason; once-only events are held once") {
    const char* toml = R"TOML(name = "Demo WG"
[[events]]
uid = "1"
title = "Yearly"
start = "2026-06-01T15:00:00.00Z"
recurrence_rules = [ { frequency = "yearly", interval = 1 } ]
[[events]]
uid = "2"
title = "Once"
start = { date = "2027-01-05T09:30:00.00", timezone = "Europe/Berlin" }
end = { date = "2027-01-05T10:00:00.00", timezone = "Europe/Berlin" }
[[events]]
uid = "3"
title = "Second Monday"
start = "2026-01-12T17:00:30.00Z"
recurrence_rules = [ { frequency = "monthly", by_day = [ { day = "monday", num = 2 } ] } ]
exceptions = [ "2026-12-14T17:00:00.00Z" ]
recurrences = [ "2026-12-21T17:00:00.00Z" ]
[[events]]
uid = "4"
title = "Floating"
start = "2026-01-12T17:00:00.00"
room = "B"
)TOML";
    ImportOptions o;
    o.updated = "2026-12-01";
    auto r = importCalendarToml(toml, o, "demo");
    const Group& g = r.registry.groups.at(0);
    CHECK(g.id == "demo");
    CHECK(g.kind == "working-group");
    REQUIRE(g.meetings.size() == 4);
    CHECK(g.meetings[0].rrule.empty());
    CHECK(g.meetings[0].note == "not understood: a yearly rule: this format repeats daily, weekly or monthly");
    CHECK(said(r, 6, "kept as text: a yearly rule"));
    const Meeting& once = g.meetings[1];
    CHECK(once.rrule == "FREQ=DAILY;COUNT=1");
    CHECK(once.durationMinutes == 30);
    CHECK(describeCadence(once) == "once");
    CHECK(cadenceOf(once) == "irregular");
    CHECK(next(once, "2026-12-01T00:00Z") == "Tue 5 Jan 08:30;");
    const Meeting& monthly = g.meetings[2];
    CHECK(monthly.rrule == "FREQ=MONTHLY;BYDAY=2MO");
    CHECK(monthly.start == "2026-01-12T17:00");  // the registry's times are to the minute
    CHECK(said(r, 15, "the seconds are not kept"));
    REQUIRE(monthly.skip.size() == 1);
    CHECK(monthly.skip[0].date == "2026-12-14");
    REQUIRE(monthly.extra.size() == 1);
    CHECK(monthly.extra[0].start == "2026-12-21T17:00");
    CHECK(next(monthly, "2026-12-01T00:00Z", 2) == "Mon 21 Dec 17:00;Mon 11 Jan 17:00;");
    // A start without a zone cannot be placed: the event is kept as text, and the file's line says why.
    CHECK(g.meetings.at(3).note == "not understood: its start");
    CHECK(g.meetings.at(3).schedule == "2026-01-12T17:00:00.00");
    CHECK(said(r, 22, "names no time zone"));
    CHECK(said(r, 19, "kept as text: its start is not understood"));
    CHECK(said(r, 23, "key 'room' is not kept"));
}

TEST_CASE("a moved occurrence skips its date and adds the new one") {
    const char* toml = R"TOML(name = "Demo"
[[events]]
uid = "w"
title = "Weekly"
start = "2026-11-04T16:00:00.00Z"
recurrence_rules = [ { frequency = "weekly" } ]
[[events]]
uid = "w"
title = "Weekly (moved)"
recurrence_id = "2026-12-09T16:00:00.00Z"
start = "2026-12-10T18:00:00.00Z"
)TOML";
    auto r = importCalendarToml(toml);
    REQUIRE(r.registry.groups.at(0).meetings.size() == 1);
    const Meeting& m = r.registry.groups[0].meetings[0];
    REQUIRE(m.skip.size() == 1);
    CHECK(m.skip[0].date == "2026-12-09");
    CHECK(m.skip[0].reason == "moved");
    REQUIRE(m.extra.size() == 1);
    CHECK(m.extra[0].start == "2026-12-10T18:00");
    CHECK(next(m, "2026-12-05T00:00Z", 2) == "Thu 10 Dec 18:00;Wed 16 Dec 16:00;");
}

TEST_CASE("what is not TOML is reported with its line and column") {
    auto r = importCalendarToml("name = \"x\"\n[[events]\n");
    CHECK(r.registry.groups.empty());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].line == 2);
    CHECK(r.diagnostics[0].message.rfind("not TOML: ", 0) == 0);
    CHECK(importCalendarToml("\xff").diagnostics.at(0).message == "the file is not valid UTF-8");
    CHECK(importCalendarToml("title = 1\n").registry.groups.empty());
    // U+FEEF where a key starts, and after a line-ending backslash: toml++ 3.3 looked it up as
    // white space with undefined behaviour (marzer/tomlplusplus#295); now a key, and text.
    auto odd = importCalendarToml("name = \"\xc3\x89quipe\" # \xc3\xa9t\xc3\xa9\n\xef\xbb\xaf" "e = 1\n[[events]]\n");
    CHECK(said(odd, 2, "key '\xef\xbb\xaf" "e' is not kept"));
    auto afterBackslash = importCalendarToml("name = \"\"\"a \\\n   \xef\xbb\xaf\"\"\"\n[[events]]\n");
    CHECK(afterBackslash.registry.groups.at(0).name == "a \xef\xbb\xaf");
}

#else

TEST_CASE("a build without toml++ says it cannot read a calendar") {
    auto r = importCalendarToml("name = \"Demo\"\n[[events]]\n");
    CHECK(r.registry.groups.empty());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("cannot read TOML") != std::string::npos);
}

#endif
}

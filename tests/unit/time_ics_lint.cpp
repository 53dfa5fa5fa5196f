// iCalendar output (shape, escaping, folding, VTIMEZONE from zone data) and lint messages.
#include <doctest/doctest.h>

#include "time/civil.h"
#include "time/ics.h"
#include "time/lint.h"

using namespace wgf;

namespace {
int64_t utc(const char* iso) { return *parseUtcInstant(iso); }
Registry sample() {
    Registry r;
    r.title = "Example WGs";
    r.updated = "2025-07-10";
    Group g;
    g.id = "networking";
    g.name = "Networking";
    g.leads.push_back({"Ada", "Example Corp", "", ""});
    Meeting m;
    m.title = "Weekly, sync";
    m.schedule = "Tuesdays at 17:00 PT";
    m.rrule = "FREQ=WEEKLY;BYDAY=TU";
    m.time = "17:00";
    m.tz = "America/Los_Angeles";
    m.url = "https://zoom.us/j/1";
    g.meetings.push_back(m);
    r.groups.push_back(g);
    return r;
}
bool hasMessage(const Diagnostics& d, Severity s, const std::string& pointer, const std::string& part) {
    for (const auto& x : d)
        if (x.severity == s && x.pointer == pointer && x.message.find(part) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("ics: text escaping and 75-octet folding") {
    CHECK(icsEscapeText("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne");
    std::string line = "DESCRIPTION:" + std::string(100, 'x');
    std::string folded = icsFoldLine(line);
    CHECK(folded.substr(0, 75) == line.substr(0, 75));
    CHECK(folded.substr(75, 3) == "\r\n ");
    CHECK(folded.size() == line.size() + 5);
    // Never inside a UTF-8 sequence: "é" (2 bytes) straddling octet 75 moves to the next line.
    std::string accents = std::string(74, 'a') + "\xC3\xA9" + "b";
    CHECK(icsFoldLine(accents).substr(0, 77) == std::string(74, 'a') + "\r\n ");
}

TEST_CASE("ics: a weekly meeting with its VTIMEZONE") {
    IcsOptions o;
    o.nowUtc = utc("2025-03-01T00:00Z");
    IcsResult r = toICalendar(sample(), platformZoneDb(), o);
    CHECK(r.events == 1);
    CHECK(r.diagnostics.empty());
    const std::string& t = r.text;
    CHECK(t.find("UID:networking-0@example-wgs\r\n") != std::string::npos);
    CHECK(t.find("DTSTART;TZID=America/Los_Angeles:20250304T170000\r\n") != std::string::npos);
    CHECK(t.find("RRULE:FREQ=WEEKLY;BYDAY=TU\r\n") != std::string::npos);
    CHECK(t.find("DTSTAMP:20250301T000000Z\r\n") != std::string::npos);
    CHECK(t.find("SUMMARY:Networking: Weekly\\, sync\r\n") != std::string::npos);
    CHECK(t.find("URL:https://zoom.us/j/1\r\n") != std::string::npos);
    CHECK(t.find("BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n") != std::string::npos);
    CHECK(t.find("BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\n") != std::string::npos);
}

TEST_CASE("ics: what cannot be placed is left out, unknown groups are errors") {
    Registry reg = sample();
    reg.groups[0].meetings[0].rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU";  // no start: which week?
    IcsOptions o;
    o.nowUtc = utc("2025-03-01T00:00Z");
    o.groupIds = {"networking", "nope"};
    IcsResult r = toICalendar(reg, platformZoneDb(), o);
    CHECK(r.events == 0);
    CHECK(hasErrors(r.diagnostics));
    CHECK(hasMessage(r.diagnostics, Severity::Error, "", "no group 'nope'"));
    CHECK(hasMessage(r.diagnostics, Severity::Warning, "/groups/0/meetings/0", "every other week (which week is not given)"));
    CHECK(r.text.find("BEGIN:VEVENT") == std::string::npos);
}

TEST_CASE("ics: asked to, a meeting whose week is not known is a tentative series on every possible week") {
    Registry reg = sample();
    reg.groups[0].meetings[0].rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU";  // no start: which week?
    IcsOptions o;
    o.nowUtc = utc("2025-03-01T00:00Z");
    o.unknownWeekTentative = true;
    IcsResult r = toICalendar(reg, platformZoneDb(), o);
    CHECK(r.events == 1);
    CHECK(r.tentative == 1);
    CHECK_FALSE(hasErrors(r.diagnostics));
    CHECK(hasMessage(r.diagnostics, Severity::Warning, "/groups/0/meetings/0",
                     "exported as a tentative series on every date it may fall on: every other week (which week is not given)"));
    const std::string& t = r.text;
    CHECK(t.find("DTSTART;TZID=America/Los_Angeles:20250304T170000\r\n") != std::string::npos);
    CHECK(t.find("RRULE:FREQ=WEEKLY;BYDAY=TU\r\n") != std::string::npos);
    CHECK(t.find("INTERVAL") == std::string::npos);
    CHECK(t.find("STATUS:TENTATIVE\r\n") != std::string::npos);
    CHECK(t.find("SUMMARY:Networking: Weekly\\, sync (which week is not known)\r\n") != std::string::npos);
    CHECK(t.find("DESCRIPTION:Only one in every 2 of these dates takes place") != std::string::npos);
    // A known week is no tentative series.
    reg.groups[0].meetings[0].start = "2025-03-11T17:00";
    r = toICalendar(reg, platformZoneDb(), o);
    CHECK(r.tentative == 0);
    CHECK(r.text.find("STATUS:TENTATIVE") == std::string::npos);
    CHECK(r.text.find("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r\n") != std::string::npos);
    CHECK(r.text.find("DTSTART;TZID=America/Los_Angeles:20250311T170000\r\n") != std::string::npos);
}

TEST_CASE("lint: a clean registry has nothing to say") {
    CHECK(lintRegistry(sample(), platformZoneDb(), utc("2025-07-10")).empty());
}

TEST_CASE("lint: the issue's checks") {
    Registry reg = sample();
    Group& g = reg.groups[0];
    g.leads.push_back({"Bo", "", "", ""});
    g.links.push_back({"Charter", "zoom.us/charter"});
    Meeting m = g.meetings[0];
    m.schedule = "Wednesdays at 10:00 AM PST (biweekly)";
    m.rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE";
    g.meetings.push_back(m);                       // 1: biweekly without start, PST in July
    m.schedule = "bi-weekly, Wednesday, 8am EDT (12am UTC)";
    m.tz = "America/New_York";
    m.time.clear();
    m.start = "2025-07-08T08:00";                  // 2: a Tuesday, rule says Wednesday; wrong conversion
    g.meetings.push_back(m);
    m = Meeting();
    m.schedule = "Thursdays at 05:00 PT";
    m.rrule = "FREQ=WEEKLY;BYDAY=TH", m.time = "05:00", m.tz = "America/Los_Angeles";
    g.meetings.push_back(m);                       // 3: before 06:00 where written
    m = Meeting();
    m.schedule = "Monthly on a different day";     // 4: not understood
    g.meetings.push_back(m);
    m = Meeting();
    m.rrule = "FREQ=WEEKLY;BYDAY=XX", m.time = "10:00", m.tz = "UTC";
    g.meetings.push_back(m);                       // 5: bad rule
    m.rrule = "FREQ=WEEKLY;BYDAY=MO", m.tz = "Mars/Olympus";
    g.meetings.push_back(m);                       // 6: unknown zone

    Diagnostics d = lintRegistry(reg, platformZoneDb(), utc("2025-07-10"));
    for (const auto& x : d) CHECK(x.groupId == "networking");
    CHECK(hasMessage(d, Severity::Warning, "/groups/0/leads/1/company", "lead 'Bo' has no company"));
    CHECK(hasMessage(d, Severity::Error, "/groups/0/links/0/url", "has no scheme"));
    CHECK(hasMessage(d, Severity::Warning, "/groups/0/meetings/1/start", "every other week (which week is not given)"));
    CHECK(hasMessage(d, Severity::Warning, "/groups/0/meetings/1/schedule", "'PST' is standard time, but on 2025-07-10"));
    CHECK(hasMessage(d, Severity::Error, "/groups/0/meetings/2/start", "start 2025-07-08 is a Tuesday"));
    CHECK(hasMessage(d, Severity::Warning, "/groups/0/meetings/2/schedule", "the text says '12am UTC', but 08:00 America/New_York is 12:00 UTC"));
    CHECK(hasMessage(d, Severity::Warning, "/groups/0/meetings/3/time", "meets at 05:00 America/Los_Angeles"));
    CHECK(hasMessage(d, Severity::Warning, "/groups/0/meetings/4/schedule", "could not be understood"));
    CHECK(hasMessage(d, Severity::Error, "/groups/0/meetings/5/rrule", "is not a weekday"));
    CHECK(hasMessage(d, Severity::Error, "/groups/0/meetings/6/tz", "unknown time zone 'Mars/Olympus'"));
    CHECK(hasErrors(d));
    // "PST" in January is right.
    reg.updated = "2025-01-15";
    CHECK_FALSE(hasMessage(lintRegistry(reg, platformZoneDb(), 0), Severity::Warning, "/groups/0/meetings/1/schedule", "'PST'"));
}

TEST_CASE("lint: a schedule the reader refuses says why and what to write instead") {
    const struct { const char* schedule; const char* why; const char* advice; } cases[] = {
        {"Wednesdays at 10:00 CST", "ambiguous time zone 'CST': America/Chicago (US Central) or Asia/Shanghai (China)",
         "write the zone (America/Chicago, Asia/Shanghai) or a place ('Chicago time', 'Beijing time')"},
        {"Every third Wednesday at 01:00pm JST", "can mean every 3 weeks or the third Wednesday of each month",
         "write 'every 3 weeks on Wednesday' or 'third Wednesday of the month'"},
        {"Bimonthly, Tuesdays at 10:00 PT", "twice a month or every two months", "'first and third Tuesday of the month' or 'every other month'"},
        {"Tuesdays 8am PT / 3pm CET", "two different times for one meeting ('08:00 PT' and '3pm CET')", "correct one of the two times"},
        {"Tuesdays 10:00 PT, biweekly starting March 20, 2019", "March 20, 2019 is a Wednesday, but the text says Tuesday",
         "correct the date or the day"},
        {"Wednesdays at 10:00", "no time zone", "add the zone, e.g. '10:00 PT'"},
    };
    for (const auto& c : cases) {
        Registry reg = sample();
        Meeting m;
        m.schedule = c.schedule;
        reg.groups[0].meetings.push_back(m);
        Diagnostics d = lintRegistry(reg, platformZoneDb(), utc("2025-07-10"));
        CAPTURE(c.schedule);
        CHECK(hasMessage(d, Severity::Warning, "/groups/0/meetings/1/schedule", c.why));
        CHECK(hasMessage(d, Severity::Warning, "/groups/0/meetings/1/schedule", c.advice));
        CHECK_FALSE(hasErrors(d));
    }
}

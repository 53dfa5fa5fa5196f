// Fuzz target: a meeting's structured fields -> recurrence expansion, facts, iCalendar, lint.
//
// Input: up to 7 lines: rrule, start, time, tz, viewer zone, "now" (UTC instant), count (0-9).
// The loader's format checks are not applied first: the time module must cope with anything a
// model can hold (the importer and the UI fill meetings too).
// Properties beyond "no crash, no leak, no undefined behaviour":
//   - every expansion is bounded: INTERVAL=0, a start in 1900 or in 9999, a rule that never
//     occurs (BYDAY=5MO in a rule that also...) return promptly (libFuzzer -timeout) with at most
//     `count` occurrences, in order, ending after now, or none and a message;
//   - the iCalendar text has CRLF lines of at most 75 octets.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "time/civil.h"
#include "time/facts.h"
#include "time/ics.h"
#include "time/lint.h"
#include "time/recurrence.h"
#include "time/zone.h"

using namespace wgf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> f;
    size_t b = 0;
    while (f.size() < 7) {
        size_t e = in.find('\n', b);
        f.emplace_back(in.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
        if (e == std::string_view::npos) break;
        b = e + 1;
    }
    f.resize(7);
    Meeting m;
    m.schedule = "fuzz";
    m.rrule = f[0], m.start = f[1], m.time = f[2], m.tz = f[3];
    m.durationMinutes = 45;
    std::string viewer = f[4].empty() ? "UTC" : f[4];
    int64_t now = parseUtcInstant(f[5]).value_or(1767225600);
    int count = f[6].empty() ? 3 : (f[6][0] & 0x0F) % 10;

    ZoneDb& db = platformZoneDb();
    std::string error;
    if (auto rule = parseRecurrenceRule(m.rrule, &error)) {
        FUZZ_CHECK(rule->interval >= 1, "a rule with INTERVAL below 1 was accepted");
        std::optional<int64_t> anchor = parseLocalDateTime(m.start);
        auto local = expandLocal(*rule, anchor, 11 * 3600, now, count, &error);
        if (local) {
            FUZZ_CHECK(local->size() <= static_cast<size_t>(count), "more local occurrences than asked for");
            for (size_t i = 1; i < local->size(); ++i)
                FUZZ_CHECK((*local)[i - 1] < (*local)[i], "local occurrences out of order");
        } else {
            FUZZ_CHECK(!error.empty(), "an expansion failed without a message");
        }
    } else {
        FUZZ_CHECK(!error.empty(), "a rule was refused without a message");
    }

    OccurrenceList l = nextOccurrences(m, db, now, viewer, count);
    FUZZ_CHECK(l.items.size() <= static_cast<size_t>(count), "more occurrences than asked for");
    for (size_t i = 0; i < l.items.size(); ++i) {
        FUZZ_CHECK(l.items[i].endUtc > now, "an occurrence that ended before now");
        if (i) FUZZ_CHECK(l.items[i - 1].startUtc < l.items[i].startUtc, "occurrences out of order");
    }
    (void)describeCadence(m);
    (void)cadenceOf(m);
    MeetingFacts facts = meetingFacts(m, db, now, viewer);
    (void)fitsHours(facts, 22 * 60, 2 * 60);
    if (!l.items.empty()) (void)formatCountdown(now, l.items[0].startUtc, l.items[0].endUtc);

    Registry reg;
    reg.title = "Fuzz";
    Group g;
    g.id = "g";
    g.name = "G";
    g.meetings.push_back(m);
    reg.groups.push_back(g);
    IcsOptions o;
    o.nowUtc = now;
    o.timezoneYears = 1;
    IcsResult ics = toICalendar(reg, db, o);
    for (size_t p = 0; p < ics.text.size();) {
        size_t e = ics.text.find("\r\n", p);
        FUZZ_CHECK(e != std::string::npos, "an iCalendar line without CRLF");
        FUZZ_CHECK(e - p <= 75, "an iCalendar line longer than 75 octets");
        p = e + 2;
    }
    (void)lintRegistry(reg, db, now);
    return 0;
}

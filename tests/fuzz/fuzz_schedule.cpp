// Fuzz target: free-text meeting schedules -> parseSchedule() -> the meetings' next occurrences.
//
// Input: "<schedule text>[\t<reference date>]", the layout of tests/fixtures/meeting-schedules.tsv.
// Properties beyond "no crash, no leak, no undefined behaviour":
//   - one slot per meeting, every meeting keeps the text verbatim in `schedule`;
//   - `understood` means every meeting has a rule the recurrence parser accepts, a time and a
//     zone;
//   - rule one: a meeting marked not understood has no structured field at all, and a start
//     date read from the text falls on one of the rule's weekdays;
//   - whatever the parser produced, the next occurrences are computed in bounded time (the
//     libFuzzer -timeout catches a loop), are in order and end after "now".
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "time/civil.h"
#include "time/facts.h"
#include "time/recurrence.h"
#include "time/schedule.h"
#include "time/zone.h"

using namespace wgf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::string_view text = in, ref;
    if (size_t tab = in.find('\t'); tab != std::string_view::npos) {
        text = in.substr(0, tab);
        ref = in.substr(tab + 1);
    }
    ScheduleParse p = parseSchedule(text, ref);
    FUZZ_CHECK(p.meetings.size() == p.slots.size(), "slots and meetings differ in number");
    FUZZ_CHECK(p.meetings.size() <= 64, "an absurd number of meetings from one text");
    ZoneDb& db = platformZoneDb();
    const int64_t now = 1767225600;  // 2026-01-01T00:00Z
    for (const Meeting& m : p.meetings) {
        FUZZ_CHECK(m.schedule == text || m.schedule == std::string(trim(text)), "the schedule text was not kept verbatim");
        if (p.understood) {
            std::string error;
            FUZZ_CHECK(parseRecurrenceRule(m.rrule, &error).has_value(), "understood, but the rule is refused: " + m.rrule + ": " + error);
            FUZZ_CHECK(!m.time.empty() || !m.start.empty(), "understood, but no time");
            // An IANA-looking name is taken as written ("Europe/Berlinx"); lint reports unknown
            // zones and nextOccurrences() says so, so only its presence is promised here.
            FUZZ_CHECK(!m.tz.empty(), "understood, but no zone");
        }
        if (m.note.rfind("not understood", 0) == 0)
            FUZZ_CHECK(m.rrule.empty() && m.time.empty() && m.tz.empty() && m.start.empty() && m.durationMinutes == 0,
                       "not understood, but structured fields are set: " + m.note);
        if (!m.start.empty()) {
            auto start = parseLocalDateTime(m.start);
            auto rule = parseRecurrenceRule(m.rrule);
            FUZZ_CHECK(start && rule, "a start date without a readable rule: " + m.start);
            if (start && rule) {
                int weekday = weekdayFromDays(floorDiv(*start, 86400));
                bool listed = false;
                for (const auto& d : rule->byDay) listed = listed || d.weekday == weekday;
                FUZZ_CHECK(listed, "a start date on a day the rule does not name: " + m.start + " " + m.rrule);
            }
        }
        if (!m.time.empty()) FUZZ_CHECK(parseClock(m.time).has_value(), "a time that is not HH:MM: " + m.time);
        OccurrenceList l = nextOccurrences(m, db, now, "Asia/Kolkata", 3);
        FUZZ_CHECK(l.items.size() <= 3, "more occurrences than asked for");
        for (size_t i = 0; i < l.items.size(); ++i) {
            FUZZ_CHECK(l.items[i].endUtc > now, "an occurrence that ended before now");
            if (i) FUZZ_CHECK(l.items[i - 1].startUtc < l.items[i].startUtc, "occurrences out of order");
        }
        (void)meetingFacts(m, db, now, "Europe/Berlin");
        (void)describeCadence(m);
    }
    // Every word of the text as a zone abbreviation.
    size_t b = 0;
    while (b < text.size()) {
        size_t e = text.find(' ', b);
        if (e == std::string_view::npos) e = text.size();
        int daylight = 0;
        std::string zone = zoneForAbbreviation(text.substr(b, e - b), &daylight);
        FUZZ_CHECK(daylight >= -1 && daylight <= 1, "isDaylight out of range");
        b = e + 1;
    }
    return 0;
}

// What the schedule reader made of a text, in one line a reviewer can read and compare: the
// form of tests/fixtures/meeting-schedules-expected.tsv.
#pragma once

#include <string>

#include "time/schedule.h"

namespace wgf::test {

// "no meeting"; "refused: <note without 'not understood: '>"; or one entry per slot, joined by
// " | ": "RRULE at HH:MM ZONE", then " from YYYY-MM-DD" when the text gives a date and
// " for N min" when it gives an end.
inline std::string describeSchedule(const ScheduleParse& p) {
    if (p.meetings.empty()) return "no meeting";
    if (!p.understood) {
        for (const auto& m : p.meetings)
            if (m.note.rfind("not understood: ", 0) == 0) return "refused: " + m.note.substr(16);
        return "refused: " + p.meetings[0].note;
    }
    std::string out;
    for (const auto& m : p.meetings) {
        if (!out.empty()) out += " | ";
        out += m.rrule + " at " + (m.start.empty() ? m.time.str() : m.start.substr(11)) + " " + m.tz;
        if (!m.start.empty()) out += " from " + m.start.substr(0, 10);
        if (m.durationMinutes) out += " for " + std::to_string(m.durationMinutes) + " min";
    }
    return out;
}

inline std::string describeSchedule(std::string_view text, const ScheduleContext& context = {}) {
    return describeSchedule(parseSchedule(text, context));
}

}  // namespace wgf::test

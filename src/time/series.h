// wgfinder: a meeting as the series of dates it has.
//
// A meeting is one series (its rule at its `time` or `start`, in its `tz`), or, when it rotates,
// one series per slot: with N slots on a rule of every n weeks, slot i meets every N*n weeks, i*n
// weeks after the first. Which week a series starts on comes from `start`, `anchor` (a date in a
// week the meeting, or its first slot, meets) or `weeks` (ISO week parity, for every other week).
// Skipped and extra dates belong to the meeting, whichever slot they fall on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/registry.h"
#include "time/recurrence.h"

namespace wgf {

struct MeetingSeries {
    int slot = -1;                       // index into Meeting::rotation, -1 = the meeting's own time
    RecurrenceRule rule;                 // INTERVAL multiplied for a rotation; isoWeekParity
    std::optional<int64_t> anchorLocal;  // the series' first date (local seconds), when known
    int timeOfDaySeconds = 0;
    std::string tz;
    bool weekUnknown = false;            // every n > 1 weeks (or months), and which is not said
};

// The meeting's series, or an empty list and `error` ("invalid rule: ...", "slot 2 has no time
// zone", "a rotation needs a weekly rule"). Needs a structured meeting (Meeting::hasStructuredTime).
std::vector<MeetingSeries> meetingSeries(const Meeting& meeting, std::string* error = nullptr);

// The skipped date (Meeting::skip) at this local day (days since 1970-01-01), or nullptr.
const MeetingSkip* skippedOn(const Meeting& meeting, int64_t localDay);

// "paused", "ended": why a meeting has no next date; "" when it is active.
std::string inactiveStatus(const Meeting& meeting);

}  // namespace wgf

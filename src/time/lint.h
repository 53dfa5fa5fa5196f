// wgfinder: `wgfinder lint` - what makes a registry wrong for its readers.
//
// Errors (exit code 1): rules that cannot be read, unknown zones (a rotation slot's too), slots on
// a rule that is not weekly, a start date whose weekday
// contradicts the rule, links that look like addresses but have no scheme ("zoom.us/j/1").
// Warnings: schedules that could not be understood, biweekly meetings (and rotations) that say
// neither a start, an anchor date nor an ISO-week parity, `weeks` that contradicts them or does
// not apply, skipped dates the meeting does not meet on, a rotation of one slot,
// abbreviations that contradict the season ("PST" on a July date), meetings between 00:00 and
// 06:00 where they are written, conversions in the text that do not match ("8am EDT (12am UTC)"),
// implausible durations, other relative links, leads without a company.
// Every message names the group id and the JSON pointer of the value concerned.
#pragma once

#include <cstdint>

#include "model/diagnostics.h"
#include "model/registry.h"
#include "time/zone.h"

namespace wgf {

// `nowUtc` is the date used for season checks when neither the meeting's `start` nor the
// registry's `updated` gives one.
Diagnostics lintRegistry(const Registry& registry, ZoneDb& db, int64_t nowUtc);

}  // namespace wgf

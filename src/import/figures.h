// wgfinder importer: how much of a page an import kept, in the figures docs/import-fidelity.md
// tabulates (`wgfinder import --summary` prints them; the fidelity test checks them).
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/registry.h"

namespace wgf {

struct ImportFigures {
    size_t groups = 0;
    size_t leads = 0;
    size_t understood = 0;     // meetings whose schedule became rrule + time + zone
    size_t notUnderstood = 0;  // meetings whose schedule stayed text
    size_t reported = 0;       // diagnostics: everything left out or doubtful, with its line

    std::string toString() const {
        return "groups " + std::to_string(groups) + ", leads " + std::to_string(leads) + ", schedules understood " +
               std::to_string(understood) + ", not understood " + std::to_string(notUnderstood) + ", reported " +
               std::to_string(reported);
    }
};

inline ImportFigures importFigures(const Registry& registry, const Diagnostics& diagnostics) {
    ImportFigures f;
    f.groups = registry.groups.size();
    for (const auto& g : registry.groups) {
        f.leads += g.leads.size();
        for (const auto& m : g.meetings) {
            if (m.hasStructuredTime()) ++f.understood;
            else if (!m.schedule.empty()) ++f.notUnderstood;
        }
    }
    f.reported = diagnostics.size();
    return f;
}

}  // namespace wgf

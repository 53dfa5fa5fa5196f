// The view-model tests' registry (four groups, one meeting each), clock and helpers.
#pragma once

#include <string>
#include <vector>

#include "model/load.h"
#include "time/civil.h"
#include "ui/view_model.h"

namespace wgf::ui::testing {

inline const char* kRegistry = R"J({"version":1,"title":"Example","updated":"2026-11-01","groups":[
  {"id":"security","name":"Security","kind":"working-group","topics":["Identity"],
   "leads":[{"name":"Ann Lee","company":"Google"}],
   "meetings":[{"schedule":"Wednesdays at 11:00 PT (weekly)","rrule":"FREQ=WEEKLY;BYDAY=WE","time":"11:00",
                "tz":"America/Los_Angeles","durationMinutes":60}]},
  {"id":"networking","name":"Networking","kind":"working-group","topics":["Routing"],
   "leads":[{"name":"Bo Chen","company":"IBM"}],
   "meetings":[{"schedule":"Tuesdays at 17:00 PT","rrule":"FREQ=WEEKLY;BYDAY=TU","time":"17:00",
                "tz":"America/Los_Angeles","durationMinutes":30}]},
  {"id":"api","name":"API Management","kind":"committee",
   "leads":[{"name":"Cy Müller","company":"Google"}],
   "meetings":[{"schedule":"Every other Monday","rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO","time":"09:00",
                "tz":"Europe/Berlin"}]},
  {"id":"core","name":"Core","meetings":[{"note":"TBD"}]}
]})J";

// Monday 2026-11-23 12:00 UTC.
inline const int64_t kNow = (daysFromCivil(2026, 11, 23)) * 86400 + 12 * 3600;

inline ViewModel makeModel(const char* zone = "Asia/Tokyo") {
    ViewModel vm(platformZoneDb());
    auto r = loadRegistry(kRegistry);
    vm.setNow(kNow);
    vm.setViewerZone(zone);
    vm.setRegistry(std::move(r.registry), std::move(r.diagnostics), false);
    return vm;
}

inline std::vector<std::string> ids(ViewModel& vm) {
    std::vector<std::string> out;
    for (uint32_t g : vm.order()) out.push_back(vm.registry().groups[g].id);
    return out;
}

}  // namespace wgf::ui::testing

// The screen's accessible twin: the parts of the mirror the platform turns into elements for
// screen readers, and the commands their controls send, which do what the canvas's controls do.
#include <charconv>

#include "ui/screen_impl.h"
#include "ui/view_model_facets.h"

namespace wgf::ui {

namespace {
size_t number(std::string_view s) {  // 0 when not a number
    size_t n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    return n;
}
}  // namespace

std::vector<std::string> Screen::mirror() {
    ViewModel& vm = impl_->vm;
    return {vm.mirrorControls(), vm.mirrorZones(), vm.mirrorResults(), vm.mirrorDetails()};
}

void Screen::command(const std::string& name, const std::string& value) {
    Impl& s = *impl_;
    ViewModel& vm = s.vm;
    if (name == "select") {
        setSelected(value);
        s.detailOpen = !vm.selected().empty();
    } else if (name == "pick") {
        vm.togglePick(value);
    } else if (name == "sort") {
        vm.setSort(value == "name" ? SortOrder::Name : value == "next" ? SortOrder::NextMeeting : SortOrder::Relevance);
    } else if (name == "zone") {
        vm.chooseViewerZone(value);
    } else if (name == "zones") {  // the visitor reached the zone list
        vm.wantZoneList();
    } else if (name == "facet") {
        size_t colon = value.find(':');
        for (FacetKind kind : {FacetKind::Company, FacetKind::Kind, FacetKind::Day, FacetKind::Cadence})
            if (colon != std::string::npos && value.compare(0, colon, detail::facetKey(kind)) == 0)
                vm.toggleFacet(kind, value.substr(colon + 1));
    } else if (name == "fit") {
        vm.setFitsHoursOnly(value == "1");
    } else if (name == "hours") {  // "8-20"
        size_t dash = value.find('-');
        if (dash != std::string::npos)
            vm.setHours(static_cast<int>(number(std::string_view(value).substr(0, dash)) * 60),
                        static_cast<int>(number(std::string_view(value).substr(dash + 1)) * 60));
    } else if (name == "page") {
        vm.setMirrorPage(number(value));
    } else if (name == "week") {
        int g = vm.selectedGroup();
        size_t bar = value.find('|');
        if (g >= 0 && bar != std::string::npos)
            vm.setWeekChoice(static_cast<uint32_t>(g), number(std::string_view(value).substr(0, bar)), value.substr(bar + 1));
    } else if (name == "myWeek") {  // "open", "next", "prev", "close"
        vm.showWeek(value != "close", value == "next" ? vm.weekShift() + 1 : value == "prev" ? vm.weekShift() - 1 : value == "open" ? 0 : vm.weekShift());
    } else if (name == "calendar") {
        if (value.empty() || vm.registry().findGroup(value) >= 0)
            s.downloadCalendar(value.empty() ? std::vector<std::string>{} : std::vector<std::string>{value},
                               (value.empty() ? "working-groups" : value) + ".ics");
    } else if (name == "clearPicks") {
        vm.clearPicks();
        s.calendarNote.clear();
    } else if (name == "subscribe") {
        if (int g = vm.registry().findGroup(value); g >= 0) s.subscribe(vm.registry().groups[static_cast<size_t>(g)]);
    } else if (name == "changed") {
        vm.setChangedOnly(value == "1");
    } else if (name == "forgetVisit") {
        s.forgetVisit();
    } else if (name == "copyLink") {
        if (vm.registry().findGroup(value) >= 0) s.act(Action::Kind::CopyLink, vm.linkState(value));
    }
}

}  // namespace wgf::ui

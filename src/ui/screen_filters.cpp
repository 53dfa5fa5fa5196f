// The screen's search row (field, order, messages, "did you mean"), status row (count and active
// filters as chips) and facets panel (zone, hours, facet values, the calendar of picks).
//
// Index of this file:
// [SECTION] Search row
// [SECTION] Status row
// [SECTION] Facets
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "time/recurrence.h"
#include "ui/screen_impl.h"
#include "ui/widgets.h"

namespace wgf::ui {

//-----------------------------------------------------------------------------
// [SECTION] Search row
//-----------------------------------------------------------------------------

void Screen::Impl::searchRow() {
    float sortW = 170;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - sortW - ImGui::GetStyle().ItemSpacing.x);
    // ImGui drops the characters that arrive on the frame a text field is activated by a focus
    // request (ocornut/imgui#4682); typed right after '/', they would be lost. Collect them and
    // type them again, ahead of the keys still queued behind them.
    std::string early;
    ImGuiIO& io = ImGui::GetIO();
    if (focusLanding) early = textToRetype(std::vector<uint32_t>(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end()));
    bool landing = focusLanding;
    focusLanding = false;
    if (focusSearch) {
        ImGui::SetKeyboardFocusHere();
        focusSearch = false;
        focusLanding = true;
    }
    bool changed = ImGui::InputTextWithHint("##search", "Search groups, people, companies, topics\xE2\x80\xA6   ( / )",
                                            &searchText, ImGuiInputTextFlags_EscapeClearsAll);
    // Enter and Esc end the text field's editing but leave it focused: keys still belong here.
    bool active = ImGui::IsItemActive() || ImGui::IsItemFocused() || ImGui::IsItemDeactivated();
    if (active) focusRegion = "search";
    if (landing && ImGui::IsItemActive() && !early.empty()) {
        // ImGui hands queued input out over several frames when keys and characters alternate,
        // so later keys may still wait in the queue: the collected characters go before them.
        ImVector<ImGuiInputEvent>& queue = ImGui::GetCurrentContext()->InputEventsQueue;
        int waiting = queue.Size;
        io.AddInputCharactersUTF8(early.c_str());
        std::rotate(queue.begin(), queue.begin() + waiting, queue.end());
    }
    if (changed) {
        vm.setQuery(searchText);
        scrollToSelection = false;
    }
    if (active) {
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            searchText.clear();
            vm.setQuery("");
        }
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) {
            vm.moveSelection(+1);
            scrollToSelection = true;
        }
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) {
            vm.moveSelection(-1);
            scrollToSelection = true;
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) {
            if (vm.selectedGroup() < 0) vm.moveSelection(0);
            detailOpen = vm.selectedGroup() >= 0;
        }
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(sortW);
    const char* sorts[] = {"Best match", "Name", "Next meeting"};
    int sort = static_cast<int>(vm.sort());
    if (ImGui::Combo("##sort", &sort, sorts, 3)) vm.setSort(static_cast<SortOrder>(sort));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Order of the results");

    const QueryResult& r = vm.result();
    for (const auto& m : r.messages) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal->warning);
        ImGui::TextWrapped("%s", m.message.c_str());
        ImGui::PopStyleColor();
    }
    if (!r.didYouMean.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
        ImGui::TextUnformatted("Did you mean");
        ImGui::PopStyleColor();
        for (size_t i = 0; i < r.didYouMean.size() && i < 4; ++i) {
            ImGui::SameLine();
            ImGui::PushID(static_cast<int>(i));
            std::string suggestion = r.didYouMean[i];
            if (link("dym", suggestion, *pal)) {
                searchText = suggestion;
                vm.setQuery(suggestion);
            }
            ImGui::PopID();
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Status row
//-----------------------------------------------------------------------------

void Screen::Impl::statusRow() {
    size_t shown = vm.rowCount(), all = vm.registry().groups.size();
    ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
    if (shown == all) ImGui::Text("%zu groups", all);
    else ImGui::Text("%zu of %zu groups", shown, all);
    ImGui::PopStyleColor();
    // Active filters as removable chips.
    auto chips = [&](FacetKind kind, const std::vector<std::string>& values, const char* prefix) {
        for (const auto& v : values) {
            ImGui::SameLine();
            std::string label = std::string(prefix) + v + "  \xC3\x97";
            if (chip(label, pal->chip, pal->chipText)) vm.toggleFacet(kind, v);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this filter");
        }
    };
    const FacetSelection& f = vm.facets();
    chips(FacetKind::Company, f.companies, "");
    chips(FacetKind::Kind, f.kinds, "");
    chips(FacetKind::Day, f.days, "day: ");
    chips(FacetKind::Cadence, f.cadences, "");
    if (vm.fitsHoursOnly()) {
        ImGui::SameLine();
        std::string label = "fits " + formatMinutes(vm.hoursFrom()) + "\xE2\x80\x93" + formatMinutes(vm.hoursTo()) + "  \xC3\x97";
        if (chip(label, pal->chip, pal->chipText)) vm.setFitsHoursOnly(false);
    }
    if (!f.empty() || vm.fitsHoursOnly()) {
        ImGui::SameLine();
        if (link("clearf", "Clear filters", *pal)) vm.clearFacets();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Facets
//-----------------------------------------------------------------------------

void Screen::Impl::facets() {
    noteScroll();
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) focusRegion = "filters";
    calendarPanel();
    const QueryResult& r = vm.result();
    ImGui::PushFont(fonts.fonts().bold);
    ImGui::TextUnformatted("Your time zone");
    ImGui::PopFont();
    ImGui::SetNextItemWidth(-1);
    // The combo's own rectangle, before its popup becomes the current window.
    ImVec2 at = ImGui::GetCursorScreenPos();
    controls["zonePicker"] = {at.x, at.y, ImGui::GetContentRegionAvail().x, ImGui::GetFrameHeight()};
    if (ImGui::BeginCombo("##zone", vm.viewerZone().c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) {
            zoneFilter.clear();
            ImGui::SetKeyboardFocusHere();
            if (vm.zonesWithoutCountries() && !zoneCountriesAsked) {
                act(Action::Kind::NeedZoneCountries, "");
                zoneCountriesAsked = true;
            }
        }
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##zonefilter", "City, country or UTC offset", &zoneFilter);
        std::vector<ZoneOption> options = vm.zoneOptions(zoneFilter);
        if (options.empty()) wrapped("No zone matches.", pal->muted);
        ImGuiListClipper clipper;  // hundreds of zones: only the visible lines are laid out
        clipper.Begin(static_cast<int>(options.size()));
        while (clipper.Step())
            for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
                const ZoneOption& o = options[static_cast<size_t>(k)];
                if (ImGui::Selectable(o.label.c_str(), o.zone == vm.viewerZone())) vm.chooseViewerZone(o.zone);
                noteControl(("zone." + o.zone).c_str());
            }
        ImGui::EndCombo();
    }
    bool fits = vm.fitsHoursOnly();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));
    if (ImGui::Checkbox("Fits my hours", &fits)) vm.setFitsHoursOnly(fits);
    ImGui::PopStyleVar();
    int from = vm.hoursFrom() / 60, to = vm.hoursTo() / 60;
    ImGui::SetNextItemWidth(100);
    bool hoursChanged = ImGui::SliderInt("##from", &from, 0, 23, "from %02d:00");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    hoursChanged |= ImGui::SliderInt("##to", &to, 1, 24, "to %02d:00");
    if (hoursChanged) vm.setHours(from * 60, to * 60);
    ImGui::Spacing();

    auto facet = [&](const char* title, FacetKind kind, const std::vector<FacetValue>& values, const char* note) {
        if (values.empty()) return;
        ImGui::PushFont(fonts.fonts().bold);
        ImGui::TextUnformatted(title);
        ImGui::PopFont();
        if (note) {
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
            ImGui::TextUnformatted(note);
            ImGui::PopStyleColor();
        }
        ImGui::PushID(title);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));
        for (const auto& v : values) {
            bool on = v.selected;
            std::string label = v.label + "##" + v.value;
            if (ImGui::Checkbox(label.c_str(), &on)) vm.toggleFacet(kind, v.value);
            ImGui::SameLine(ImGui::GetContentRegionMax().x - textWidth(std::to_string(v.count)));
            ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
            ImGui::Text("%u", v.count);
            ImGui::PopStyleColor();
        }
        ImGui::PopStyleVar();
        ImGui::PopID();
        ImGui::Spacing();
    };
    facet("Meets on", FacetKind::Day, r.facets.days, r.facets.daysInViewerZone ? "(your days)" : nullptr);
    facet("How often", FacetKind::Cadence, r.facets.cadences, nullptr);
    facet("Kind", FacetKind::Kind, r.facets.kinds, nullptr);
    facet("Company", FacetKind::Company, r.facets.companies, nullptr);

}

// First in the panel, so that it is found without scrolling: the calendar of the picked groups.
void Screen::Impl::calendarPanel() {
    ImGui::PushFont(fonts.fonts().bold);
    ImGui::TextUnformatted("My calendar");
    ImGui::PopFont();
    size_t picked = vm.picks().size();
    ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
    if (picked)
        ImGui::TextWrapped("%zu %s picked", picked, picked == 1 ? "group" : "groups");
    else
        ImGui::TextWrapped("Tick the box beside a group to add its meetings to one calendar.");
    ImGui::PopStyleColor();
    if (picked) {
        if (ImGui::Button("Download .ics")) downloadCalendar({}, "working-groups.ics");
        noteControl("downloadPicks");
        ImGui::SameLine();
        if (link("clearpicks", "Clear", *pal)) {
            vm.clearPicks();
            calendarNote.clear();
        }
        showCalendarNote("");
    }
    ImGui::Spacing();
}

void Screen::Impl::downloadCalendar(const std::vector<std::string>& ids, const std::string& fileName) {
    CalendarFile file = vm.calendarFile(ids, fileName);
    // An empty calendar is no answer: nothing is downloaded then, and the note says why.
    if (file.events > 0) act(Action::Kind::Download, std::move(file.text), fileName, "text/calendar");
    act(Action::Kind::Announce, file.summary);
    calendarNote = std::move(file.summary);
    calendarNoteFor = ids.empty() ? std::string() : ids.front();
}

void Screen::Impl::showCalendarNote(const std::string& owner) {
    if (calendarNote.empty() || calendarNoteFor != owner) return;
    wrapped(calendarNote, pal->muted);
    noteControl("calendarNote");
}

}  // namespace wgf::ui

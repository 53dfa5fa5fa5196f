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
#include "time/feeds.h"
#include "ui/screen_impl.h"
#include "ui/widgets.h"

namespace wgf::ui {

//-----------------------------------------------------------------------------
// [SECTION] Search row
//-----------------------------------------------------------------------------

void Screen::Impl::searchRow(const FrameLayout& layout) {
    // Outside the columns the fields are a thumb's size; on a phone the search has its line.
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x, layout.columns ? ImGui::GetStyle().FramePadding.y : thumbPadding()));
    const float sortW = layout.compact ? 150 : 170;
    const FacetSelection& f = vm.facets();
    const size_t on = f.companies.size() + f.kinds.size() + f.days.size() + f.cadences.size() + vm.fitsHoursOnly();
    char filters[32] = "Filters";
    if (on) ImFormatString(filters, sizeof filters, "Filters (%zu)", on);
    const float filtersW = layout.columns ? 0 : textWidth(filters) + 2 * ImGui::GetStyle().FramePadding.x + sp;
    ImGui::SetNextItemWidth(layout.compact ? -1 : ImGui::GetContentRegionAvail().x - sortW - sp - filtersW);
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
    // A phone has no "/" key, and no room to say it.
    const char* hint = layout.compact ? "Search groups, people, topics\xE2\x80\xA6" : "Search groups, people, companies, topics\xE2\x80\xA6   ( / )";
    bool changed = ImGui::InputTextWithHint("##search", hint,
                                            &searchText, ImGuiInputTextFlags_EscapeClearsAll);
    noteText(searchText.empty() ? "Search groups" : searchText);
    noteControl("search");
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
    if (!layout.columns) {
        // The filters, the zone and the calendar behind one button: they replace the list.
        if (!layout.compact) ImGui::SameLine();
        if (ImGui::Button(filters)) filtersOpen = !filtersOpen;
        noteText(filters);
        noteControl("filters");
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(layout.compact ? -1 : sortW);
    const char* sorts[] = {"Best match", "Name", "Next meeting"};
    int sort = static_cast<int>(vm.sort());
    if (ImGui::Combo("##sort", &sort, sorts, 3)) vm.setSort(static_cast<SortOrder>(sort));
    noteText(sorts[sort]);
    noteControl("sort");
    ImGui::PopStyleVar();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Order of the results");

    const QueryResult& r = vm.result();
    for (const auto& m : r.messages) {
        wrapped(m.message, pal->warning);
    }
    if (!r.didYouMean.empty()) {
        label("Did you mean", pal->muted);
        for (size_t i = 0; i < r.didYouMean.size() && i < 4; ++i) {
            std::string suggestion = r.didYouMean[i];
            sameLineIfFits(textWidth(suggestion));
            ImGui::PushID(static_cast<int>(i));
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
    char count[48];
    if (shown == all) ImFormatString(count, sizeof count, "%zu groups", all);
    else ImFormatString(count, sizeof count, "%zu of %zu groups", shown, all);
    label(count, pal->muted);
    // Active filters as removable chips.
    auto chips = [&](FacetKind kind, const std::vector<std::string>& values, const char* prefix) {
        for (const auto& v : values) {
            std::string label = std::string(prefix) + v + "  \xC3\x97";
            sameLineIfFits(textWidth(label) + 14);
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
        std::string label = "fits " + formatMinutes(vm.hoursFrom()) + "\xE2\x80\x93" + formatMinutes(vm.hoursTo()) + "  \xC3\x97";
        sameLineIfFits(textWidth(label) + 14);
        if (chip(label, pal->chip, pal->chipText)) vm.setFitsHoursOnly(false);
    }
    if (!f.empty() || vm.fitsHoursOnly()) {
        sameLineIfFits(textWidth("Clear filters"));
        if (link("clearf", "Clear filters", *pal)) vm.clearFacets();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Facets
//-----------------------------------------------------------------------------

void Screen::Impl::facets() {
    noteScroll();
    if (focusRegion.empty() && ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) focusRegion = "filters";
    calendarPanel();
    const QueryResult& r = vm.result();
    ImGui::PushFont(fonts.fonts().bold);
    label("Your time zone", pal->text);
    ImGui::PopFont();
    ImGui::SetNextItemWidth(-1);
    // The combo's own rectangle, before its popup becomes the current window.
    ImVec2 at = ImGui::GetCursorScreenPos();
    controls["zonePicker"] = {at.x, at.y, ImGui::GetContentRegionAvail().x, ImGui::GetFrameHeight()};
    // The picker's list has one width, no wider than the widget: a long zone is cut with an
    // ellipsis, not by its edge (on a phone).
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float popupW = std::min(420.0f, display.x - 2 * ImGui::GetStyle().WindowPadding.x);
    ImGui::SetNextWindowSizeConstraints(ImVec2(popupW, 0), ImVec2(popupW, display.y * 0.7f));
    bool zoneOpen = ImGui::BeginCombo("##zone", vm.viewerZone().c_str(), ImGuiComboFlags_HeightLarge);
    if (!zoneOpen) noteText(vm.viewerZone());
    if (zoneOpen) {
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
        noteText(zoneFilter.empty() ? "City, country or UTC offset" : zoneFilter);
        std::vector<ZoneOption> options = vm.zoneOptions(zoneFilter);
        const float zoneMax = ImGui::GetContentRegionAvail().x;
        if (options.empty()) wrapped("No zone matches.", pal->muted);
        ImGuiListClipper clipper;  // hundreds of zones: only the visible lines are laid out
        clipper.Begin(static_cast<int>(options.size()));
        while (clipper.Step())
            for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
                const ZoneOption& o = options[static_cast<size_t>(k)];
                const size_t fits = fitting(o.label, zoneMax);
                std::string shown = fits < o.label.size() ? o.label.substr(0, fits) + "\xE2\x80\xA6" : o.label;
                ImGui::PushID(o.zone.c_str());
                if (ImGui::Selectable(shown.c_str(), o.zone == vm.viewerZone())) vm.chooseViewerZone(o.zone);
                ImGui::PopID();
                noteText(shown, fits < o.label.size() ? textWidth(o.label) : 0, textWidth(shown));
                noteControl(("zone." + o.zone).c_str());
            }
        ImGui::EndCombo();
    }
    bool fits = vm.fitsHoursOnly();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));
    if (ImGui::Checkbox("Fits my hours", &fits)) vm.setFitsHoursOnly(fits);
    noteText("Fits my hours");
    ImGui::PopStyleVar();
    // Each hour beside its slider, where the slider's handle cannot cover it.
    int from = vm.hoursFrom() / 60, to = vm.hoursTo() / 60;
    const float sliderX = ImGui::GetCursorPosX() + textWidth("from 00:00") + ImGui::GetStyle().ItemSpacing.x;
    bool hoursChanged = false;
    auto hour = [&](const char* id, const std::string& text, int* value, int lo, int hi) {
        ImGui::AlignTextToFramePadding();
        label(text, pal->text);
        ImGui::SameLine(sliderX);
        ImGui::SetNextItemWidth(-1);
        hoursChanged |= ImGui::SliderInt(id, value, lo, hi, "", ImGuiSliderFlags_NoInput);
        noteControl(id + 2);
    };
    hour("##from", "from " + formatMinutes(from * 60), &from, 0, 23);
    hour("##to", "to " + formatMinutes(to * 60), &to, 1, 24);
    if (hoursChanged) vm.setHours(from * 60, to * 60);
    ImGui::Spacing();

    auto facet = [&](const char* title, FacetKind kind, const std::vector<FacetValue>& values, const char* note) {
        if (values.empty()) return;
        ImGui::PushFont(fonts.fonts().bold);
        label(title, pal->text);
        ImGui::PopFont();
        if (note) {
            ImGui::SameLine();
            label(note, pal->muted);
        }
        ImGui::PushID(title);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));
        for (const auto& v : values) {
            bool on = v.selected;
            std::string id = v.label + "##" + v.value;
            if (ImGui::Checkbox(id.c_str(), &on)) vm.toggleFacet(kind, v.value);
            noteText(v.label);
            std::string count = std::to_string(v.count);
            ImGui::SameLine(ImGui::GetContentRegionMax().x - textWidth(count));
            label(count, pal->muted);
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
    label("My calendar", pal->text);
    ImGui::PopFont();
    size_t picked = vm.picks().size();
    char picks[32];
    if (picked) ImFormatString(picks, sizeof picks, "%zu %s picked", picked, picked == 1 ? "group" : "groups");
    wrapped(picked ? picks : "Tick the box beside a group to add its meetings to one calendar.", pal->muted);
    if (picked) {
        if (ImGui::Button("Download .ics")) downloadCalendar({}, "working-groups.ics");
        noteText("Download .ics");
        noteControl("downloadPicks");
        ImGui::SameLine();
        if (link("clearpicks", "Clear", *pal)) {
            vm.clearPicks();
            calendarNote.clear();
        }
        if (ImGui::Button(vm.weekOpen() ? "Close my week" : "My week")) {
            vm.showWeek(!vm.weekOpen());
            filtersOpen = false;  // on a phone the week takes the filters' place
        }
        noteText(vm.weekOpen() ? "Close my week" : "My week");
        noteControl("myWeek");
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

void Screen::Impl::subscribe(const Group& g) {
    std::string url = feedUrl(vm.registry(), g.id);
    if (url.empty()) return;
    act(Action::Kind::CopyUrl, url);
    calendarNote = "The address of " + g.name +
                   "'s calendar feed is copied: add it to your calendar as a subscription (\"from URL\"); "
                   "the calendar then keeps its meetings up to date.";
    calendarNoteFor = g.id;
    act(Action::Kind::Announce, calendarNote);
}

void Screen::Impl::showCalendarNote(const std::string& owner) {
    if (calendarNote.empty() || calendarNoteFor != owner) return;
    wrapped(calendarNote, pal->muted);
    noteControl("calendarNote");
}

}  // namespace wgf::ui

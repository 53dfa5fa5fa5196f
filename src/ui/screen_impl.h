// The screen's private parts, shared by its source files (screen*.cpp): one Impl, drawn by
// region: screen.cpp (the frame and the header), screen_filters.cpp (search row, status row,
// facets), screen_results.cpp (the list), screen_details.cpp (the selected group, problems).
#pragma once

#include <imgui.h>

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "model/text.h"
#include "ui/fonts.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/view_model.h"
#include "ui/layout.h"
#include "ui/widgets.h"

namespace wgf::ui {

struct Screen::Impl {
    explicit Impl() : vm(platformZoneDb()) {
        vm.setViewerZone(platformDefaultZone());
        std::vector<ZoneEntry> zones = platformZones();
        vm.setZones(zones);
        showCountries(zones);
    }
    // The zone picker's country names go into the glyph atlas ("C\xC3\xB4te d'Ivoire", not "C?te"):
    // one text, so the atlas merges its code points once, not once per zone.
    void showCountries(const std::vector<ZoneEntry>& zones) {
        std::string countries;
        for (const ZoneEntry& z : zones) countries += z.country;
        fonts.showText(countries);
    }

    ViewModel vm;
    FontAtlas fonts;
    Config config;
    const Palette* pal = nullptr;
    std::vector<Action> actions;

    std::string searchText;
    bool focusSearch = false;   // focus the search field this frame
    bool focusLanding = false;  // the focus request lands this frame
    bool detailOpen = false;  // narrow layouts: the detail replaces the list
    bool filtersOpen = false;  // narrow layouts: the filters replace the list
    bool scrollToSelection = false;
    bool focusSelection = false;  // the selected row takes the keyboard focus when next drawn
    std::string zoneFilter;
    bool zoneCountriesAsked = false;

    // What was last reported to the platform, to emit actions only on change.
    std::string lastQuery, lastSelected, lastShare;
    uint64_t lastDeviceVersion = 0;
    bool visitToRemember = false;  // a registry was set: keep its digest once the clock is known
    // What the last calendar download said of itself, shown under the button that asked for it
    // ("" = the picks' button, else the group's id).
    std::string calendarNote, calendarNoteFor;
    // Where controls a test or the platform may need were drawn this frame: name -> [x, y, w, h].
    std::map<std::string, std::array<float, 4>> controls;
    std::vector<DrawnText> texts;  // this frame's texts, where they were drawn (state()["texts"])
    int scrollAreas = 0;           // windows that scroll this frame
    // Which region has the keyboard ("search", "results", "details", "filters" or ""), and the
    // named control that has it, as of the last frame (for state() and the tests).
    std::string focusRegion, focusedControl;

    // Scroll state of the region under the mouse in the last frame, for canScroll().
    bool hoverScrollable = false;
    float hoverScrollY = 0, hoverScrollMaxY = 0;
    bool countdownShown = false;
    int64_t now = 0;

    void act(Action::Kind kind, std::string payload, std::string name = {}, std::string mime = {}) {
        actions.push_back({kind, std::move(payload), std::move(name), std::move(mime)});
    }
    // Only links the widget may open (openableLink: http(s), mailto, relative to the registry).
    void openLink(const std::string& url) {
        if (openableLink(url)) act(Action::Kind::OpenLink, url);
    }
    void noteScroll() {
        if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) {
            hoverScrollable = true;
            hoverScrollY = ImGui::GetScrollY();
            hoverScrollMaxY = ImGui::GetScrollMaxY();
        }
    }

    void header(bool compact);
    void searchRow(const FrameLayout& layout);
    void statusRow();
    // A button a thumb can hit (40 px high) outside the columns, recorded as `control`.
    bool thumbButton(const char* text, const char* control);
    float thumbPadding() const { return std::max(ImGui::GetStyle().FramePadding.y, (40 - ImGui::GetFontSize()) / 2); }
    void facets();
    void calendarPanel();
    void changesLine();   // "3 changes since 12 Nov", the "changed" filter, "Forget"
    void forgetVisit();
    void results();
    void weekView(bool grid);  // "My week": seven columns, or a list by day (a phone)
    // Height of one result row including the spacing below it; every row has exactly this height
    // (3 lines, or 4 with the next meeting on a line of its own).
    float rowHeight(int lines) const {
        return (ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y) * lines + 4;
    }
    void resultRow(uint32_t g, bool selected, float width, bool tabStop, int lines);
    void detail(uint32_t g);
    void meetingCard(uint32_t g, size_t i);
    void weekUnknown(uint32_t g, size_t i, const MeetingView& v);
    void showCalendarNote(const std::string& owner);  // the note, when it belongs under this button
    void problems();
    void downloadCalendar(const std::vector<std::string>& ids, const std::string& fileName);
    // Copies the address of the group's calendar feed (the registry's "feeds"), and says what to do with it.
    void subscribe(const Group& group);
    void emitChanges();
    void noteControl(const char* name);  // the last item's rectangle, as `name`, when it is in view
};

}  // namespace wgf::ui

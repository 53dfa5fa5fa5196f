// The screen: header, search field, facets, results, detail. Everything it shows comes from the
// view model; everything it wants done outside ImGui goes out as an Action.
//
// Index of this file:
// [SECTION] Screen: the public side (registry, shared state, fonts, state for the host)
// [SECTION] Frame: the layout of one frame by width, and the changes it reports
// [SECTION] Header
//
// The regions have files of their own: screen_filters.cpp, screen_results.cpp,
// screen_details.cpp; their shared Impl is in screen_impl.h.
#include "ui/screen.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "time/recurrence.h"
#include "ui/layout.h"
#include "ui/screen_impl.h"
#include "ui/widgets.h"

namespace wgf::ui {

void reportAssert(const char* expr, const char* file, int line) {
    std::fprintf(stderr, "wgfinder: assertion failed: %s (%s:%d)\n", expr, file, line);
}

//-----------------------------------------------------------------------------
// [SECTION] Screen: the public side
//-----------------------------------------------------------------------------

Screen::Screen() : impl_(std::make_unique<Impl>()) {}
Screen::~Screen() = default;

void Screen::configure(const Config& config) {
    impl_->config = config;
    if (!config.viewerZone.empty()) impl_->vm.setViewerZone(config.viewerZone);
    if (!config.initialQuery.empty()) setQuery(config.initialQuery);
}

int Screen::setRegistry(Registry registry, Diagnostics diagnostics, bool fatal) {
    int n = impl_->vm.setRegistry(std::move(registry), std::move(diagnostics), fatal);
    if (!fatal) {
        impl_->fonts.setRegistry(impl_->vm.registry());
        impl_->visitToRemember = true;
    }
    return n;
}

void Screen::setQuery(const std::string& query) {
    impl_->searchText = query;
    impl_->vm.setQuery(query);
}
void Screen::setSelected(const std::string& groupId) {
    impl_->vm.select(groupId);
    impl_->scrollToSelection = true;
}
std::string Screen::shareState() const { return impl_->vm.shareState(); }
std::string Screen::searchJson(const std::string& query, size_t limit) { return impl_->vm.searchJson(query, limit); }
void Screen::addZones(const std::vector<ZoneEntry>& zones) {
    impl_->vm.setZones(zones);
    impl_->showCountries(zones);
}

void Screen::setLastVisit(const std::string& digest) { impl_->vm.setLastVisit(digest); }

void Screen::applyDeviceState(const std::string& json) {
    impl_->vm.applyDeviceState(json);
    impl_->lastDeviceVersion = impl_->vm.deviceVersion();  // nothing new to keep
}

void Screen::applyShareState(const std::string& state) {
    impl_->vm.applyShareState(state);
    impl_->searchText = impl_->vm.query();
    impl_->scrollToSelection = true;
    impl_->detailOpen = !impl_->vm.selected().empty();
    // A state that came from the URL is not echoed back as a change.
    impl_->lastQuery = impl_->vm.query();
    impl_->lastSelected = impl_->vm.selected();
    impl_->lastShare = impl_->vm.shareState();
}

void Screen::setFontData(std::vector<unsigned char> regular, std::vector<unsigned char> bold) {
    impl_->fonts.setFontData(std::move(regular), std::move(bold));
}
void Screen::setGlyphRasterizer(GlyphRasterizer* rasterizer) { impl_->fonts.setRasterizer(rasterizer); }
bool Screen::prepareFonts(float devicePixelRatio) { return impl_->fonts.prepare(devicePixelRatio); }

std::vector<Action> Screen::takeActions() {
    std::vector<Action> out;
    out.swap(impl_->actions);
    return out;
}

bool Screen::canScroll(float dy) const {
    if (!impl_->hoverScrollable) return false;
    if (dy > 0) return impl_->hoverScrollY < impl_->hoverScrollMaxY - 0.5f;
    if (dy < 0) return impl_->hoverScrollY > 0.5f;
    return false;
}

double Screen::secondsUntilRedraw(double nowUtc) const {
    if (!impl_->countdownShown) return -1;
    double s = 60.0 - std::fmod(nowUtc, 60.0);
    return s < 0.05 ? 60.0 : s;
}

nlohmann::json Screen::state() const {
    nlohmann::json j = impl_->vm.state();
    j["missingGlyphs"] = impl_->fonts.missingGlyphs().size();
    j["detailOpen"] = impl_->detailOpen;
    nlohmann::json controls = nlohmann::json::object();
    for (const auto& [name, r] : impl_->controls) controls[name] = r;
    j["controls"] = controls;
    j["focus"] = impl_->focusRegion;
    j["focusedControl"] = impl_->focusedControl;
    nlohmann::json texts = nlohmann::json::array();
    for (const DrawnText& t : impl_->texts) {
        nlohmann::json e = std::array<float, 4>{t.x, t.y, t.w, t.h};  // as the controls
        e.push_back(t.text);
        e.push_back(t.popup);
        if (t.full > 0) {
            e.push_back(t.full);
            e.push_back(t.room);
        }
        texts.push_back(std::move(e));
    }
    j["texts"] = std::move(texts);
    j["scrollAreas"] = impl_->scrollAreas;
    return j;
}

std::string Screen::stateJson() const { return state().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }


namespace {

// A region of the screen (results, details, filters) as a child window whose items are part of
// the main window's Tab order (NavFlattened), so Tab moves from region to region.
void beginRegion(const char* id, ImVec2 size, bool border) {
#if IMGUI_VERSION_NUM >= 19100
    ImGui::BeginChild(id, size, (border ? ImGuiChildFlags_Border : 0) | ImGuiChildFlags_NavFlattened);
#else
    ImGui::BeginChild(id, size, border, ImGuiWindowFlags_NavFlattened);
#endif
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void Screen::frame(const FrameInput& input) {
    Impl& s = *impl_;
    bool dark = s.config.theme == Config::Theme::Dark || (s.config.theme == Config::Theme::System && input.systemDark);
    s.pal = &applyTheme(dark);
    s.now = static_cast<int64_t>(input.nowUtc);
    s.vm.setNow(s.now);
    s.hoverScrollable = false;
    s.countdownShown = false;
    s.controls.clear();
    s.texts.clear();
    setTextLog(&s.texts);
    s.focusRegion.clear();
    s.focusedControl.clear();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const FrameLayout layout = frameLayout(vp->WorkSize.x - 2 * ImGui::GetStyle().WindowPadding.x);
    // With columns each region scrolls on its own; else the window is the one scroll area (a
    // finger scrolls it on a phone, without a bar taking its width).
    ImGui::Begin("wgfinder", nullptr,
                 (layout.columns || layout.compact ? ImGuiWindowFlags_NoDecoration : ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize) |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Keys that work anywhere in the widget.
    if (input.focusSearch || (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Slash, false)))
        s.focusSearch = true;

    s.header(layout.compact);
    if (input.offline) {
        ImGui::PushStyleColor(ImGuiCol_Text, s.pal->warning);
        ImGui::TextWrapped("Offline: showing the copy saved on this device%s%s.",
                           s.vm.registry().updated.empty() ? "" : ", data as of ", s.vm.registry().updated.c_str());
        noteText("Offline");
        ImGui::PopStyleColor();
    }
    if (!s.vm.failedUpdate().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, s.pal->error);
        ImGui::TextWrapped("The latest registry could not be loaded; the last good data is shown. %s",
                           s.vm.failedUpdate().front().toString().c_str());
        noteText("The latest registry could not be loaded");
        ImGui::PopStyleColor();
    }
    s.searchRow(layout);
    s.statusRow();

    float width = ImGui::GetContentRegionAvail().x;
    float height = ImGui::GetContentRegionAvail().y - (s.vm.diagnostics().empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing());
    int sel = s.vm.selectedGroup();
    if (layout.columns) {
        s.filtersOpen = false;  // shown beside the list: nothing to come back from
        // Laid out in the order Tab moves through the regions (Tab follows submission): the
        // results, the details, then the filters on the left.
        const ImVec2 origin = ImGui::GetCursorPos();
        const float sp = ImGui::GetStyle().ItemSpacing.x;
        float detailW = sel >= 0 ? std::min(420.0f, (width - 230) * 0.45f) : 0.0f;
        ImGui::SetCursorPos(ImVec2(origin.x + 230 + sp, origin.y));
        beginRegion("list", ImVec2(width - 230 - detailW - (sel >= 0 ? 2 * sp : sp), height), false);
        if (s.vm.weekOpen())
            s.weekView(true);
        else
            s.results();
        ImGui::EndChild();
        if (sel >= 0) {
            ImGui::SameLine();
            beginRegion("detail", ImVec2(detailW, height), true);
            s.detail(static_cast<uint32_t>(sel));
            ImGui::EndChild();
        }
        ImGui::SetCursorPos(origin);
        beginRegion("facets", ImVec2(230, height), false);
        s.facets();
        ImGui::EndChild();
    } else {
        // One region at a time, in the widget's one scroll area: the filters, a group's details
        // or the list. Each of the first two has a way back at its top (and Esc).
        s.noteScroll();
        const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput;
        if (s.filtersOpen) {
            char back[48];
            ImFormatString(back, sizeof back, "\xE2\x86\x90 Show %zu groups", s.vm.rowCount());
            if (s.thumbButton(back, "closeFilters") || escape) s.filtersOpen = false;
            s.facets();
        } else if (s.vm.weekOpen()) {
            if (s.thumbButton("\xE2\x86\x90 Back to the list", "closeWeek") || escape) s.vm.showWeek(false);
            s.weekView(false);
        } else if (sel >= 0 && s.detailOpen) {
            if (s.thumbButton("\xE2\x86\x90 Back to the list", "back") || escape) s.detailOpen = false;
            s.detail(static_cast<uint32_t>(sel));
        } else {
            s.results();
        }
    }
    s.problems();
    ImGui::End();
    setTextLog(nullptr);
    // How many of this frame's windows scroll (the phone's layout has one).
    s.scrollAreas = 0;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        s.scrollAreas += w->Active && w->ScrollMax.y > 0 && !(w->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip));
    s.emitChanges();
}

void Screen::Impl::emitChanges() {
    if (vm.query() != lastQuery) {
        lastQuery = vm.query();
        act(Action::Kind::QueryChanged, lastQuery);
    }
    if (vm.selected() != lastSelected) {
        lastSelected = vm.selected();
        act(Action::Kind::GroupSelected, lastSelected);
    }
    std::string share = vm.shareState();
    if (share != lastShare) {
        lastShare = share;
        act(Action::Kind::StateChanged, "");
    }
    if (visitToRemember && vm.now() > 0) {  // dated today: known from the first frame's clock
        visitToRemember = false;
        act(Action::Kind::RememberVisit, vm.visitDigest());
    }
    if (vm.deviceVersion() != lastDeviceVersion) {
        lastDeviceVersion = vm.deviceVersion();
        act(Action::Kind::Remember, vm.deviceState());
    }
    std::string announcement = vm.takeAnnouncement();
    if (!announcement.empty()) act(Action::Kind::Announce, announcement);
}

void Screen::Impl::noteControl(const char* name) {
    if (ImGui::IsItemFocused()) focusedControl = name;
    if (!ImGui::IsItemVisible()) return;  // scrolled out of its region: not there to be clicked
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    controls[name] = {a.x, a.y, b.x - a.x, b.y - a.y};
}

//-----------------------------------------------------------------------------
// [SECTION] Header
//-----------------------------------------------------------------------------

void Screen::Impl::header(bool compact) {
    const Registry& r = vm.registry();
    ImGui::PushFont(fonts.fonts().title);
    const char* title = r.title.empty() ? "Working groups" : r.title.c_str();
    ImGui::TextUnformatted(title);
    noteText(title);
    ImGui::PopFont();
    if (!r.updated.empty()) {
        // At the title's right when both fit on its line; else under it, small.
        std::string asOf = "data as of " + r.updated;
        const float x = ImGui::GetWindowContentRegionMax().x - textWidth(asOf);
        const bool beside = x >= ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 16;
        if (beside) ImGui::SameLine(x);
        else ImGui::PushFont(fonts.fonts().small);
        label(asOf, pal->muted);
        if (!beside) ImGui::PopFont();
    }
    // On a phone the page around says what the registry is about: the list comes sooner.
    if (!r.about.empty() && !compact) wrapped(r.about, pal->muted);
    for (size_t i = 0; i < r.links.size(); ++i) {
        if (i) sameLineIfFits(textWidth(r.links[i].label), 16);
        ImGui::PushID(static_cast<int>(i));
        if (link("reglink", r.links[i].label, *pal)) openLink(r.links[i].url);
        ImGui::PopID();
    }
    changesLine();
    ImGui::Spacing();
}

// Under the title, after a visit that kept its digest: "3 changes since 12 Nov", the filter to
// show only those groups, and a way to forget the last visit.
void Screen::Impl::changesLine() {
    std::string line = vm.changesLine();
    if (line.empty()) return;
    label(line, pal->link);
    sameLineIfFits(textWidth("Show only these") + 32, 16);
    bool only = vm.changedOnly();
    if (ImGui::Checkbox("Show only these", &only)) vm.setChangedOnly(only);
    noteText("Show only these");
    noteControl("changedOnly");
    sameLineIfFits(textWidth("Forget"), 16);
    if (link("forgetvisit", "Forget", *pal)) forgetVisit();
    noteControl("forgetVisit");
}

void Screen::Impl::forgetVisit() {
    vm.forgetLastVisit();
    act(Action::Kind::RememberVisit, "");
}

bool Screen::Impl::thumbButton(const char* text, const char* control) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, thumbPadding()));
    bool pressed = ImGui::Button(text);
    ImGui::PopStyleVar();
    noteText(text);
    noteControl(control);
    return pressed;
}

}  // namespace wgf::ui

// The screen: header, search field, facets, results, detail. Everything it shows comes from the
// view model; everything it wants done outside ImGui goes out as an Action.
#include "ui/screen.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8, the input event queue
#include <imgui_stdlib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/text.h"
#include "time/recurrence.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/view_model.h"
#include "ui/widgets.h"

namespace wgf::ui {

void reportAssert(const char* expr, const char* file, int line) {
    std::fprintf(stderr, "wgfinder: assertion failed: %s (%s:%d)\n", expr, file, line);
}

struct Screen::Impl {
    explicit Impl() : vm(platformZoneDb()) { vm.setViewerZone(platformDefaultZone()); }

    ViewModel vm;
    FontAtlas fonts;
    Config config;
    const Palette* pal = nullptr;
    std::vector<Action> actions;

    std::string searchText;
    bool focusSearch = false;   // focus the search field this frame
    bool focusLanding = false;  // the focus request lands this frame
    bool detailOpen = false;  // narrow layouts: the detail replaces the list
    bool scrollToSelection = false;
    std::string zoneFilter;

    // What was last reported to the platform, to emit actions only on change.
    std::string lastQuery, lastSelected, lastShare;
    size_t lastAnnouncedTotal = SIZE_MAX;
    std::string lastAnnouncedQuery = "\x01";

    // Scroll state of the region under the mouse in the last frame, for canScroll().
    bool hoverScrollable = false;
    float hoverScrollY = 0, hoverScrollMaxY = 0;
    bool countdownShown = false;
    int64_t now = 0;

    void act(Action::Kind kind, std::string payload, std::string name = {}, std::string mime = {}) {
        actions.push_back({kind, std::move(payload), std::move(name), std::move(mime)});
    }
    // http(s) and mailto links, and links without a scheme, which the platform resolves against
    // the registry's address; never any other scheme.
    static bool openable(const std::string& url) {
        LinkKind k = classifyLink(url);
        return k == LinkKind::Safe || k == LinkKind::Relative;
    }
    void openLink(const std::string& url) {
        if (openable(url)) act(Action::Kind::OpenLink, url);
    }
    void noteScroll() {
        if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) {
            hoverScrollable = true;
            hoverScrollY = ImGui::GetScrollY();
            hoverScrollMaxY = ImGui::GetScrollMaxY();
        }
    }

    void header();
    void searchRow();
    void statusRow();
    void facets();
    void results(float height);
    // Height of one result row including the spacing below it; every row has exactly this height.
    float rowHeight() const {
        return ImGui::GetTextLineHeightWithSpacing() * 3 + ImGui::GetStyle().ItemSpacing.y * 3 + 4;
    }
    void resultRow(uint32_t g, bool selected, float width);
    void detail(uint32_t g);
    void meetingCard(uint32_t g, size_t i);
    void problems();
    void downloadCalendar(const std::vector<std::string>& ids, const std::string& fileName);
    void emitChanges();
};

Screen::Screen() : impl_(std::make_unique<Impl>()) {}
Screen::~Screen() = default;

void Screen::configure(const Config& config) {
    impl_->config = config;
    if (!config.viewerZone.empty()) impl_->vm.setViewerZone(config.viewerZone);
    impl_->vm.setHours(config.hoursFrom, config.hoursTo);
    if (!config.initialQuery.empty()) setQuery(config.initialQuery);
}

int Screen::setRegistry(Registry registry, Diagnostics diagnostics, bool fatal) {
    int n = impl_->vm.setRegistry(std::move(registry), std::move(diagnostics), fatal);
    if (!fatal) impl_->fonts.setRegistry(impl_->vm.registry());
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
void Screen::setViewerZone(const std::string& zone) { impl_->vm.setViewerZone(zone); }
std::string Screen::shareState() const { return impl_->vm.shareState(); }
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
    return j;
}

std::string Screen::stateJson() const { return state().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

std::vector<MirrorRow> Screen::mirrorRows() const {
    std::vector<MirrorRow> rows;
    ViewModel& vm = impl_->vm;
    auto [first, last] = vm.visibleRows();
    for (size_t row = first; row < last && row < vm.rowCount(); ++row) {
        uint32_t index = vm.row(row);
        const Group& g = vm.registry().groups[index];
        std::string text = g.name;
        std::string leads;
        for (const auto& p : g.leads) leads += (leads.empty() ? "" : ", ") + p.name + (p.company.empty() ? "" : " (" + p.company + ")");
        if (!leads.empty()) text += ". Leads: " + leads;
        const NextMeeting& n = vm.next(index);
        if (n.known()) text += ". Next meeting " + n.when;
        rows.push_back({g.id, text, g.id == vm.selected()});
    }
    return rows;
}

// ---- frame ---------------------------------------------------------------------------------

void Screen::frame(const FrameInput& input) {
    Impl& s = *impl_;
    bool dark = s.config.theme == Config::Theme::Dark || (s.config.theme == Config::Theme::System && input.systemDark);
    s.pal = &applyTheme(dark);
    s.now = static_cast<int64_t>(input.nowUtc);
    s.vm.setNow(s.now);
    s.hoverScrollable = false;
    s.countdownShown = false;

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("wgfinder", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Keys that work anywhere in the widget.
    if (input.focusSearch || (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Slash, false)))
        s.focusSearch = true;

    s.header();
    if (input.offline) {
        ImGui::PushStyleColor(ImGuiCol_Text, s.pal->warning);
        ImGui::TextWrapped("Offline: showing the copy saved on this device%s%s.",
                           s.vm.registry().updated.empty() ? "" : ", data as of ", s.vm.registry().updated.c_str());
        ImGui::PopStyleColor();
    }
    if (!s.vm.failedUpdate().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, s.pal->error);
        ImGui::TextWrapped("The latest registry could not be loaded; the last good data is shown. %s",
                           s.vm.failedUpdate().front().toString().c_str());
        ImGui::PopStyleColor();
    }
    s.searchRow();
    s.statusRow();

    float width = ImGui::GetContentRegionAvail().x;
    float height = ImGui::GetContentRegionAvail().y - (s.vm.diagnostics().empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing());
    bool wide = width >= 980, medium = width >= 640;
    int sel = s.vm.selectedGroup();
    if (wide) {
        ImGui::BeginChild("facets", ImVec2(230, height), false);
        s.facets();
        ImGui::EndChild();
        ImGui::SameLine();
        float detailW = sel >= 0 ? std::min(420.0f, (width - 230) * 0.45f) : 0.0f;
        ImGui::BeginChild("list", ImVec2(width - 230 - detailW - (sel >= 0 ? 2 * ImGui::GetStyle().ItemSpacing.x : ImGui::GetStyle().ItemSpacing.x), height), false);
        s.results(height);
        ImGui::EndChild();
        if (sel >= 0) {
            ImGui::SameLine();
            ImGui::BeginChild("detail", ImVec2(detailW, height), true);
            s.detail(static_cast<uint32_t>(sel));
            ImGui::EndChild();
        }
    } else if (sel >= 0 && s.detailOpen) {
        ImGui::BeginChild("detail", ImVec2(width, height), true);
        if (ImGui::Button("\xE2\x86\x90 Back to the list") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput)) s.detailOpen = false;
        s.detail(static_cast<uint32_t>(sel));
        ImGui::EndChild();
    } else {
        if (ImGui::CollapsingHeader("Filters, time zone and calendar")) {
            ImGui::BeginChild("facets", ImVec2(width, std::min(260.0f, height * 0.5f)), false);
            s.facets();
            ImGui::EndChild();
        }
        ImGui::BeginChild("list", ImVec2(width, ImGui::GetContentRegionAvail().y - (s.vm.diagnostics().empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing())), false);
        s.results(height);
        ImGui::EndChild();
    }
    (void)medium;
    s.problems();
    ImGui::End();
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
    size_t total = vm.rowCount();
    if (total != lastAnnouncedTotal || vm.query() != lastAnnouncedQuery) {
        lastAnnouncedTotal = total;
        lastAnnouncedQuery = vm.query();
        std::string text = total == 0   ? "No groups found"
                           : total == 1 ? "1 group found"
                                        : std::to_string(total) + " groups found";
        act(Action::Kind::Announce, text);
    }
}

// ---- header --------------------------------------------------------------------------------

void Screen::Impl::header() {
    const Registry& r = vm.registry();
    ImGui::PushFont(fonts.fonts().title);
    ImGui::TextUnformatted(r.title.empty() ? "Working groups" : r.title.c_str());
    ImGui::PopFont();
    if (!r.updated.empty()) {
        std::string asOf = "data as of " + r.updated;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - textWidth(asOf)));
        ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
        ImGui::TextUnformatted(asOf.c_str());
        ImGui::PopStyleColor();
    }
    if (!r.about.empty()) wrapped(r.about, pal->muted);
    if (!r.links.empty()) {
        for (size_t i = 0; i < r.links.size(); ++i) {
            if (i) ImGui::SameLine(0, 16);
            if (ImGui::GetCursorPosX() + textWidth(r.links[i].label) > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
            ImGui::PushID(static_cast<int>(i));
            if (link("reglink", r.links[i].label, *pal)) openLink(r.links[i].url);
            ImGui::PopID();
        }
    }
    ImGui::Spacing();
}

void Screen::Impl::searchRow() {
    float sortW = 170;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - sortW - ImGui::GetStyle().ItemSpacing.x);
    // ImGui drops the characters that arrive on the frame a text field is activated by a focus
    // request (ocornut/imgui#4682); typed right after '/', they would be lost. Collect them and
    // type them again, ahead of the keys still queued behind them.
    std::string early;
    ImGuiIO& io = ImGui::GetIO();
    if (focusLanding) {
        for (ImWchar c : io.InputQueueCharacters) {
            if (c == '/' && early.empty()) continue;  // the key that asked for the focus
            char buf[5] = {};
            ImTextCharToUtf8(buf, c);
            early += buf;
        }
    }
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

// ---- facets --------------------------------------------------------------------------------

void Screen::Impl::facets() {
    noteScroll();
    const QueryResult& r = vm.result();
    ImGui::PushFont(fonts.fonts().bold);
    ImGui::TextUnformatted("Your time zone");
    ImGui::PopFont();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##zone", vm.viewerZone().c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) {
            zoneFilter.clear();
            ImGui::SetKeyboardFocusHere();
        }
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##zonefilter", "Filter zones", &zoneFilter);
        std::vector<std::string> zones = config.availableZones;
        if (zones.empty()) {
            zones = {"UTC", vm.viewerZone()};
            for (const auto& g : vm.registry().groups)
                for (const auto& m : g.meetings)
                    if (!m.tz.empty()) zones.push_back(m.tz);
        }
        std::sort(zones.begin(), zones.end());
        zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
        std::string needle = zoneFilter;
        std::transform(needle.begin(), needle.end(), needle.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (const auto& z : zones) {
            std::string lower = z;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (!needle.empty() && lower.find(needle) == std::string::npos) continue;
            if (ImGui::Selectable(z.c_str(), z == vm.viewerZone())) vm.setViewerZone(z);
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

    ImGui::PushFont(fonts.fonts().bold);
    ImGui::TextUnformatted("Calendar");
    ImGui::PopFont();
    size_t picked = vm.picks().size();
    ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
    ImGui::TextWrapped(picked ? "%zu groups picked" : "Tick groups in the list to build one calendar for them.", picked);
    ImGui::PopStyleColor();
    if (picked) {
        if (ImGui::Button("Download .ics")) downloadCalendar({}, "working-groups.ics");
        ImGui::SameLine();
        if (link("clearpicks", "Clear", *pal)) vm.clearPicks();
    }
}

void Screen::Impl::downloadCalendar(const std::vector<std::string>& ids, const std::string& fileName) {
    std::string ics = vm.calendar(ids);
    act(Action::Kind::Download, ics, fileName, "text/calendar");
}

// ---- results -------------------------------------------------------------------------------

namespace {

Ranges rangesFor(const std::vector<Span>& spans, SpanSource source, uint32_t item) {
    Ranges r;
    for (const Span& s : spans)
        if (s.source == source && s.item == item) r.emplace_back(s.begin, s.end);
    return r;
}

}  // namespace

void Screen::Impl::results(float) {
    noteScroll();
    size_t rows = vm.rowCount();
    if (rows == 0) {
        ImGui::Spacing();
        wrapped(vm.registry().groups.empty() ? "No groups to show yet." : "No group matches. Try fewer words, or remove a filter.", pal->muted);
        return;
    }
    float rowH = rowHeight();
    int selRow = vm.selectedRow();
    if (scrollToSelection && selRow >= 0) {
        float y = selRow * rowH;
        if (y < ImGui::GetScrollY()) ImGui::SetScrollY(y);
        else if (y + rowH > ImGui::GetScrollY() + ImGui::GetWindowHeight()) ImGui::SetScrollY(y + rowH - ImGui::GetWindowHeight());
        scrollToSelection = false;
    }
    // Only the rows on screen are laid out: the list stays smooth at 100,000 groups.
    // The rows on screen, from the scroll position (the clipper may add the keyboard-focused row
    // as an extra range, which is not "on screen").
    size_t firstRow = static_cast<size_t>(std::max(0.0f, ImGui::GetScrollY()) / rowH);
    size_t lastRow = firstRow + static_cast<size_t>(std::ceil(ImGui::GetWindowHeight() / rowH)) + 1;
    vm.setVisibleRows(firstRow, lastRow);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows), rowH);
    float width = ImGui::GetContentRegionAvail().x;
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            uint32_t g = vm.row(static_cast<size_t>(row));
            ImGui::PushID(static_cast<int>(g));
            resultRow(g, row == selRow, width);
            ImGui::PopID();
        }
    }
    // Keyboard navigation while the list has focus.
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && !ImGui::GetIO().WantTextInput) {
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) { vm.moveSelection(+1); scrollToSelection = true; }
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) { vm.moveSelection(-1); scrollToSelection = true; }
        if (ImGui::IsKeyPressed(ImGuiKey_Enter)) detailOpen = vm.selectedGroup() >= 0;
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) vm.select("");
    }
}

void Screen::Impl::resultRow(uint32_t gi, bool selected, float width) {
    const Group& g = vm.registry().groups[gi];
    const std::vector<Span>& spans = vm.spans(gi);
    ImVec2 top = ImGui::GetCursorScreenPos();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    float rowH = rowHeight() - spacing;  // the selectable; the spacing separates rows
    ImGui::PushStyleColor(ImGuiCol_Header, pal->rowSelected);
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, pal->rowHover);
    if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, rowH))) {
        vm.select(g.id);
        detailOpen = true;
    }
    ImGui::PopStyleColor(2);
    ImGui::SetCursorScreenPos(ImVec2(top.x + 4, top.y + 3));
    bool pick = vm.picked(g.id);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));  // a compact box, not a text field's
    if (ImGui::Checkbox("##pick", &pick)) vm.togglePick(g.id);
    ImGui::PopStyleVar();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add to my calendar");
    ImGui::SameLine();
    float x0 = ImGui::GetCursorPosX();

    // Line 1: name, kind, status; next meeting on the right.
    const NextMeeting& n = vm.next(gi);
    std::string nextText;
    if (n.known()) {
        nextText = n.when;
        if (n.startUtc - now < 7 * 86400) nextText += " \xC2\xB7 " + formatCountdown(now, n.startUtc, n.endUtc);
        if (n.startUtc - now < 86400) countdownShown = true;
    } else if (!n.note.empty()) {
        nextText = n.note;
    }
    float nextW = nextText.empty() ? 0 : textWidth(nextText) + 12;
    ImGui::PushFont(fonts.fonts().bold);
    highlighted(g.name, rangesFor(spans, SpanSource::Name, 0), pal->text, pal->highlight,
                std::max(60.0f, width - x0 - nextW - 140));
    ImGui::PopFont();
    if (!g.kind.empty()) {
        ImGui::SameLine();
        ImGui::PushFont(fonts.fonts().small);
        chip(g.kind, pal->chip, pal->chipText, rangesFor(spans, SpanSource::Kind, 0), pal->highlight);
        ImGui::PopFont();
    }
    if (!g.status.empty() && g.status != "active") {
        ImGui::SameLine();
        ImGui::PushFont(fonts.fonts().small);
        chip(g.status, pal->panel, pal->warning);
        ImGui::PopFont();
    }
    if (!nextText.empty()) {
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), width - nextW + 4));
        ImGui::PushStyleColor(ImGuiCol_Text, n.known() ? pal->text : pal->muted);
        ImGui::TextUnformatted(nextText.c_str());
        ImGui::PopStyleColor();
    }

    // Line 2: leads with companies.
    ImGui::SetCursorPosX(x0);
    ImGui::PushFont(fonts.fonts().small);
    float x = 0;
    float avail = width - x0 - 8;
    if (g.leads.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
        ImGui::TextUnformatted("No leads listed");
        ImGui::PopStyleColor();
    }
    for (size_t i = 0; i < g.leads.size(); ++i) {
        const Person& p = g.leads[i];
        float w = textWidth(p.name) + (p.company.empty() ? 0 : textWidth(p.company) + textWidth(" ()")) + 14;
        if (i > 0) {
            if (x + w > avail) {
                ImGui::SameLine();
                ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
                ImGui::Text("+%zu more", g.leads.size() - i);
                ImGui::PopStyleColor();
                break;
            }
            ImGui::SameLine(0, 0);
            ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
            ImGui::TextUnformatted(",  ");
            ImGui::PopStyleColor();
            ImGui::SameLine(0, 0);
        }
        highlighted(p.name, rangesFor(spans, SpanSource::LeadName, static_cast<uint32_t>(i)), pal->text, pal->highlight, avail);
        if (!p.company.empty()) {
            ImGui::SameLine(0, 4);
            highlighted("(" + p.company + ")", [&] {
                Ranges r = rangesFor(spans, SpanSource::LeadCompany, static_cast<uint32_t>(i));
                for (auto& [b, e] : r) { ++b; ++e; }
                return r;
            }(), pal->muted, pal->highlight, avail);
        }
        x += w;
    }

    // Line 3: topics as chips.
    ImGui::SetCursorPosX(x0);
    x = 0;
    for (size_t i = 0; i < g.topics.size(); ++i) {
        float w = textWidth(g.topics[i]) + 22;
        if (x + w > avail) break;
        if (i > 0) ImGui::SameLine(0, 6);
        chip(g.topics[i], pal->chip, pal->chipText, rangesFor(spans, SpanSource::Topic, static_cast<uint32_t>(i)), pal->highlight);
        x += w;
    }
    if (g.topics.empty()) ImGui::NewLine();
    ImGui::PopFont();
    // Every row is exactly rowHeight() tall, as the list clipper assumes.
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + rowH));
    ImGui::Dummy(ImVec2(width, 0));
}

// ---- detail --------------------------------------------------------------------------------

void Screen::Impl::detail(uint32_t gi) {
    noteScroll();
    const Group& g = vm.registry().groups[gi];
    ImGui::PushFont(fonts.fonts().title);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(g.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    if (!g.kind.empty()) {
        chip(g.kind, pal->chip, pal->chipText);
        ImGui::SameLine();
    }
    if (!g.status.empty()) {
        chip(g.status, pal->panel, pal->warning);
        ImGui::SameLine();
    }
    if (!g.parent.empty()) {
        int p = vm.registry().findGroup(g.parent);
        if (p >= 0) {
            std::string label = "part of " + vm.registry().groups[static_cast<size_t>(p)].name;
            if (link("parent", label, *pal)) vm.select(g.parent);
            ImGui::SameLine();
        }
    }
    if (link("copylink", "Copy link", *pal)) {
        std::string base = config.pageUrl.substr(0, config.pageUrl.find('#'));
        act(Action::Kind::CopyText, base + "#g=" + percentEncode(g.id));
    }
    ImGui::NewLine();
    if (!g.description.empty()) wrapped(g.description, pal->text);

    if (!g.topics.empty()) {
        ImGui::SeparatorText("Topics");
        float avail = ImGui::GetContentRegionAvail().x, x = 0;
        for (size_t i = 0; i < g.topics.size(); ++i) {
            float w = textWidth(g.topics[i]) + 20;
            if (i > 0) {
                if (x + w < avail) ImGui::SameLine(0, 6);
                else x = 0;
            }
            if (chip(g.topics[i], pal->chip, pal->chipText)) {
                searchText = "topic:\"" + g.topics[i] + "\"";
                vm.setQuery(searchText);
            }
            x += w + 6;
        }
    }
    if (!g.leads.empty()) {
        ImGui::SeparatorText("Leads");
        for (size_t i = 0; i < g.leads.size(); ++i) {
            const Person& p = g.leads[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::PushFont(fonts.fonts().bold);
            ImGui::TextUnformatted(p.name.c_str());
            ImGui::PopFont();
            std::string rest;
            if (!p.company.empty()) rest += p.company;
            if (!p.role.empty()) rest += (rest.empty() ? "" : " \xC2\xB7 ") + p.role;
            if (!rest.empty()) {
                ImGui::SameLine();
                ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
                ImGui::TextUnformatted(rest.c_str());
                ImGui::PopStyleColor();
            }
            if (!p.github.empty()) {
                ImGui::SameLine();
                if (link("gh", "@" + p.github, *pal)) openLink("https://github.com/" + percentEncode(p.github));
            }
            ImGui::PopID();
        }
    }
    if (!g.contacts.empty()) {
        ImGui::SeparatorText("Contact");
        for (size_t i = 0; i < g.contacts.size(); ++i) {
            const Contact& c = g.contacts[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
            ImGui::TextUnformatted(c.kind.c_str());
            ImGui::PopStyleColor();
            ImGui::SameLine();
            std::string label = c.label.empty() ? c.url : c.label;
            if (openable(c.url)) {
                if (link("contact", label, *pal)) openLink(c.url);
            } else {
                ImGui::TextUnformatted(label.c_str());
            }
            ImGui::SameLine();
            std::string copyText = c.url.rfind("mailto:", 0) == 0 ? c.url.substr(7) : (c.url.empty() ? c.label : c.url);
            if (ImGui::SmallButton("Copy")) act(Action::Kind::CopyText, copyText);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy %s", copyText.c_str());
            ImGui::PopID();
        }
    }
    if (!g.meetings.empty()) {
        ImGui::SeparatorText("Meetings");
        for (size_t i = 0; i < g.meetings.size(); ++i) meetingCard(gi, i);
        bool any = false;
        for (const auto& m : g.meetings) any |= m.hasStructuredTime();
        if (any && ImGui::Button("Add to calendar (.ics)")) downloadCalendar({g.id}, g.id + ".ics");
    }
    if (!g.links.empty()) {
        ImGui::SeparatorText("Links");
        for (size_t i = 0; i < g.links.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (link("glink", g.links[i].label, *pal)) openLink(g.links[i].url);
            ImGui::PopID();
        }
    }
}

void Screen::Impl::meetingCard(uint32_t gi, size_t i) {
    const Meeting& m = vm.registry().groups[gi].meetings[i];
    ImGui::PushID(static_cast<int>(i));
    if (!m.title.empty()) {
        ImGui::PushFont(fonts.fonts().bold);
        ImGui::TextUnformatted(m.title.c_str());
        ImGui::PopFont();
    }
    // The original words, as the registry wrote them.
    std::string original = m.schedule.empty() ? m.note : m.schedule;
    if (!original.empty()) wrapped("\xE2\x80\x9C" + original + "\xE2\x80\x9D", pal->muted);
    if (m.hasStructuredTime()) {
        OccurrenceList next = vm.upcoming(gi, i, 3);
        if (!next.items.empty()) {
            const Occurrence& o = next.items[0];
            ImGui::PushFont(fonts.fonts().bold);
            ImGui::Text("%s", formatOccurrence(o).c_str());
            ImGui::PopFont();
            ImGui::SameLine();
            std::string cd = formatCountdown(now, o.startUtc, o.endUtc);
            bool nowOn = o.startUtc <= now && now < o.endUtc;
            ImGui::PushStyleColor(ImGuiCol_Text, nowOn ? pal->success : pal->muted);
            ImGui::TextUnformatted(cd.c_str());
            ImGui::PopStyleColor();
            countdownShown = true;
            ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
            ImGui::Text("%s, your time (%s)", describeCadence(m).c_str(), vm.viewerZone().c_str());
            for (size_t k = 1; k < next.items.size(); ++k) ImGui::BulletText("%s", formatOccurrence(next.items[k]).c_str());
            ImGui::PopStyleColor();
        } else if (!next.message.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, pal->warning);
            ImGui::TextWrapped("%s", next.message.c_str());
            ImGui::PopStyleColor();
        }
    }
    bool first = true;
    auto meetingLink = [&](const char* id, const char* label, const std::string& url) {
        if (!openable(url)) return;
        if (!first) ImGui::SameLine(0, 14);
        first = false;
        if (link(id, label, *pal)) openLink(url);
    };
    meetingLink("join", "Join", m.url);
    meetingLink("notes", "Notes", m.notesUrl);
    meetingLink("rec", "Recordings", m.recordingsUrl);
    ImGui::Spacing();
    ImGui::PopID();
}

void Screen::Impl::problems() {
    const Diagnostics& d = vm.diagnostics();
    if (d.empty()) return;
    size_t errors = 0;
    for (const auto& x : d) errors += x.severity == Severity::Error;
    std::string label = std::to_string(d.size()) + (d.size() == 1 ? " problem" : " problems") + " in this registry (" +
                        std::to_string(errors) + " errors); the groups that loaded are shown";
    ImGui::PushStyleColor(ImGuiCol_Text, errors ? pal->error : pal->warning);
    bool open = ImGui::TreeNodeEx("##problems", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", label.c_str());
    ImGui::PopStyleColor();
    if (open) {
        ImGui::BeginChild("problemlist", ImVec2(0, 160), true);
        for (const auto& x : d) wrapped(x.toString(), x.severity == Severity::Error ? pal->error : pal->warning);
        ImGui::EndChild();
        ImGui::TreePop();
    }
}

}  // namespace wgf::ui

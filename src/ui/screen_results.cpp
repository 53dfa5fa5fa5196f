// The screen's result list: only the rows on screen are laid out, each exactly one row high.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "time/recurrence.h"
#include "ui/screen_impl.h"
#include "ui/widgets.h"

namespace wgf::ui {

namespace {

Ranges rangesFor(const std::vector<Span>& spans, SpanSource source, uint32_t item) {
    Ranges r;
    for (const Span& s : spans)
        if (s.source == source && s.item == item) r.emplace_back(s.begin, s.end);
    return r;
}

}  // namespace

void Screen::Impl::results() {
    noteScroll();
    size_t rows = vm.rowCount();
    if (rows == 0) {
        ImGui::Spacing();
        wrapped(vm.registry().groups.empty() ? "No groups to show yet." : "No group matches. Try fewer words, or remove a filter.", pal->muted);
        return;
    }
    float width = ImGui::GetContentRegionAvail().x;
    const int lines = meetingOnOwnLine(width) ? 4 : 3;
    float rowH = rowHeight(lines);
    int selRow = vm.selectedRow();
    // The rows start at `top` in their window (its own region, or the one scroll area below the
    // search on a phone).
    const float top = ImGui::GetCursorPosY();
    if (scrollToSelection && selRow >= 0) {
        float y = top + selRow * rowH;
        if (y < ImGui::GetScrollY()) ImGui::SetScrollY(y);
        else if (y + rowH > ImGui::GetScrollY() + ImGui::GetWindowHeight()) ImGui::SetScrollY(y + rowH - ImGui::GetWindowHeight());
        scrollToSelection = false;
    }
    // Only the rows on screen are laid out: the list stays smooth at 100,000 groups.
    // The rows on screen, from the scroll position (the clipper may add the keyboard-focused row
    // as an extra range, which is not "on screen").
    size_t firstRow = static_cast<size_t>(std::max(0.0f, ImGui::GetScrollY() - top) / rowH);
    size_t lastRow = firstRow + static_cast<size_t>(std::ceil(ImGui::GetWindowHeight() / rowH)) + 1;
    vm.setVisibleRows(firstRow, lastRow);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows), rowH);
    // The list is one stop for Tab: the selected row (the first without a selection), always
    // laid out so that Tab can land on it; arrows then move through the rows.
    const int tabRow = selRow >= 0 ? selRow : 0;
#if IMGUI_VERSION_NUM >= 18960
    clipper.IncludeItemByIndex(tabRow);
#else
    clipper.ForceDisplayRangeByIndices(tabRow, tabRow + 1);
#endif
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            uint32_t g = vm.row(static_cast<size_t>(row));
            ImGui::PushID(static_cast<int>(g));
            resultRow(g, row == selRow, width, row == tabRow, lines);
            ImGui::PopID();
        }
    }
    // Keyboard while the list has focus: the arrows are the list's. Owning them keeps ImGui's own
    // keyboard navigation from taking the focus out of the list (to the filters) on ArrowDown.
    const ImGuiID keys = ImGui::GetID("##listkeys");
    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && !ImGui::GetIO().WantTextInput;
    for (ImGuiKey k : {ImGuiKey_DownArrow, ImGuiKey_UpArrow, ImGuiKey_PageDown, ImGuiKey_PageUp})
        if (focused) ImGui::SetKeyOwner(k, keys);
        else if (ImGui::GetKeyOwner(k) == keys) ImGui::SetKeyOwner(k, ImGuiKeyOwner_None);
    if (focused) {
        focusRegion = "results";
        const int page = std::max(1, static_cast<int>(ImGui::GetWindowHeight() / rowH) - 1);
        int move = 0;
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) move = +1;
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) move = -1;
        if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) move = +page;
        if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) move = -page;
        if (move) {
            vm.moveSelection(move);
            scrollToSelection = true;
            focusSelection = true;  // the keyboard focus follows, so Enter and Space act on it
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) detailOpen = vm.selectedGroup() >= 0;
        if (ImGui::IsKeyPressed(ImGuiKey_Space) && vm.selectedGroup() >= 0) vm.togglePick(vm.selected());  // pick it for the calendar
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) vm.select("");
    }
}

void Screen::Impl::resultRow(uint32_t gi, bool selected, float width, bool tabStop, int lines) {
    const Group& g = vm.registry().groups[gi];
    const std::vector<Span>& spans = vm.spans(gi);
    ImVec2 top = ImGui::GetCursorScreenPos();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    float rowH = rowHeight(lines) - spacing;  // the selectable; the spacing separates rows
    ImGui::PushStyleColor(ImGuiCol_Header, pal->rowSelected);
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, pal->rowHover);
    // Only the list's one stop takes Tab; the boxes and chips of every row are reached by mouse,
    // or by Space and Enter on the selected row.
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, !tabStop);
    if (selected && focusSelection) {
        ImGui::SetKeyboardFocusHere();
        focusSelection = false;
    }
    if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, rowH))) {
        vm.select(g.id);
        detailOpen = true;
    }
    noteControl(("row." + g.id).c_str());
    ImGui::PopItemFlag();
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    ImGui::PopStyleColor(2);
    ImGui::SetCursorScreenPos(ImVec2(top.x + 4, top.y + 3));
    bool pick = vm.picked(g.id);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));  // a compact box, not a text field's
    if (ImGui::Checkbox("##pick", &pick)) vm.togglePick(g.id);
    noteControl(("pick." + g.id).c_str());
    ImGui::PopStyleVar();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add to my calendar");
    ImGui::SameLine();
    float x0 = ImGui::GetCursorPosX();

    // Line 1: name, kind, status; the next meeting at the right, or on a line of its own under
    // them in a narrow list. Nothing is drawn over anything (rowLine()).
    const NextMeeting& n = vm.next(gi);
    std::string nextText = vm.nextText(gi);
    if (n.known() && n.startUtc - now < 86400) countdownShown = true;
    const bool showStatus = !g.status.empty() && g.status != "active";
    ImGui::PushFont(fonts.fonts().small);
    const bool changed = vm.changedSinceLastVisit(gi);
    float chipsW = (g.kind.empty() ? 0 : textWidth(g.kind) + 24) + (showStatus ? textWidth(g.status) + 24 : 0) +
                   (changed ? textWidth("changed") + 24 : 0);
    ImGui::PopFont();
    const float avail = width - x0 - 8;
    const float nextW = nextText.empty() ? 0 : textWidth(nextText);
    ImGui::PushFont(fonts.fonts().bold);
    const RowLine line = rowLine(avail, textWidth(g.name), chipsW, nextW, lines == 3, 12);
    highlighted(g.name, rangesFor(spans, SpanSource::Name, 0), pal->text, pal->highlight, line.nameMax);
    ImGui::PopFont();
    ImGui::PushFont(fonts.fonts().small);
    if (line.chips && !g.kind.empty()) {
        ImGui::SameLine();
        chip(g.kind, pal->chip, pal->chipText, rangesFor(spans, SpanSource::Kind, 0), pal->highlight);
    }
    if (line.chips && showStatus) {
        ImGui::SameLine();
        chip(g.status, pal->panel, pal->warning);
    }
    if (line.chips && changed) {
        ImGui::SameLine();
        chip("changed", pal->panel, pal->link);
    }
    ImGui::PopFont();
    if (!nextText.empty()) {
        const ImU32 color = n.known() ? pal->text : pal->muted;
        if (lines == 3) {
            ImGui::SameLine();
            ImGui::SetCursorPosX(x0 + avail - std::min(nextW, line.nextMax));
            highlighted(nextText, {}, color, 0, line.nextMax);
        } else {
            ImGui::SetCursorPosX(x0);
            highlighted(nextText, {}, color, 0, avail);
        }
    }

    // Line 2: leads with companies.
    ImGui::SetCursorPosX(x0);
    ImGui::PushFont(fonts.fonts().small);
    float x = 0;
    if (g.leads.empty()) {
        label("No leads listed", pal->muted);
    }
    for (size_t i = 0; i < g.leads.size(); ++i) {
        const Person& p = g.leads[i];
        float w = textWidth(p.name) + (p.company.empty() ? 0 : textWidth(p.company) + textWidth(" ()")) + 14;
        if (i > 0) {
            if (x + w > avail) {
                ImGui::SameLine();
                char more[24];
                ImFormatString(more, sizeof more, "+%zu more", g.leads.size() - i);
                label(more, pal->muted);
                break;
            }
            ImGui::SameLine(0, 0);
            ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
            ImGui::TextUnformatted(",  ");
            ImGui::PopStyleColor();
            ImGui::SameLine(0, 0);
        }
        // Each part may take what is left of the line, and no more.
        highlighted(p.name, rangesFor(spans, SpanSource::LeadName, static_cast<uint32_t>(i)), pal->text, pal->highlight,
                    x0 + avail - ImGui::GetCursorPosX());
        if (!p.company.empty()) {
            ImGui::SameLine(0, 4);
            highlighted("(" + p.company + ")", [&] {
                Ranges r = rangesFor(spans, SpanSource::LeadCompany, static_cast<uint32_t>(i));
                for (auto& [b, e] : r) { ++b; ++e; }
                return r;
            }(), pal->muted, pal->highlight, x0 + avail - ImGui::GetCursorPosX());
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
    ImGui::PopItemFlag();
    // Every row is exactly rowHeight() tall, as the list clipper assumes.
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + rowH));
    ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace wgf::ui

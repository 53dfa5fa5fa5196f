// "My week": the picked groups' meetings of one week (ViewModel::myWeek), drawn as seven columns
// with the hours down the side, or, where there is no room for columns (a phone), as a list by
// day. A clash and a meeting outside the visitor's hours are told in words as well as colours.
#include <algorithm>

#include "ui/screen_impl.h"

namespace wgf::ui {

namespace {

constexpr float kHourLabels = 44;  // the hours' column

// Side-by-side lanes for the day's meetings that overlap: each meeting's lane, and how many.
int lanes(const std::vector<WeekMeeting>& ms, std::vector<int>& lane) {
    std::vector<int> ends;
    lane.assign(ms.size(), 0);
    for (size_t i = 0; i < ms.size(); ++i) {  // by start (myWeek's order)
        size_t l = 0;
        while (l < ends.size() && ends[l] > ms[i].startMinute) ++l;
        if (l == ends.size()) ends.push_back(0);
        ends[l] = ms[i].endMinute;
        lane[i] = static_cast<int>(l);
    }
    return std::max<int>(1, static_cast<int>(ends.size()));
}

}  // namespace

void Screen::Impl::weekView(bool grid) {
    const MyWeek week = vm.myWeek(vm.weekShift());
    ImGui::PushFont(fonts.fonts().bold);
    label("My week", pal->text);
    ImGui::PopFont();
    wrapped(week.title, pal->muted);
    if (ImGui::Button("\xE2\x86\x90 Previous week")) vm.showWeek(true, vm.weekShift() - 1);
    noteText("\xE2\x86\x90 Previous week");
    ImGui::SameLine();
    if (ImGui::Button("Next week \xE2\x86\x92")) vm.showWeek(true, vm.weekShift() + 1);
    noteText("Next week \xE2\x86\x92");
    ImGui::SameLine();
    if (ImGui::Button("Close")) vm.showWeek(false);
    noteText("Close");
    if (vm.picks().empty()) wrapped("Tick the box beside a group to see its meetings here.", pal->muted);
    ImGui::Spacing();

    if (!grid) {
        for (const MyWeek::Day& d : week.days) {
            label(d.label, pal->text);
            if (d.meetings.empty()) wrapped("no meeting", pal->muted);
            for (const WeekMeeting& m : d.meetings)
                wrapped(m.text, !m.clashes.empty() ? pal->error : m.outsideHours ? pal->warning : pal->text);
        }
    } else {
        int first = vm.hoursFrom() / 60, last = (vm.hoursTo() + 59) / 60;
        for (const MyWeek::Day& d : week.days)
            for (const WeekMeeting& m : d.meetings) {
                first = std::min(first, m.startMinute / 60);
                last = std::max(last, std::min(24, (m.endMinute + 59) / 60));
            }
        const float hourH = std::max(24.0f, ImGui::GetTextLineHeightWithSpacing() * 1.5f);
        const float width = ImGui::GetContentRegionAvail().x;
        const float colW = (width - kHourLabels) / 7;
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float headH = ImGui::GetTextLineHeightWithSpacing();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (int i = 0; i < 7; ++i) {
            ImGui::SetCursorScreenPos(ImVec2(top.x + kHourLabels + colW * i + 2, top.y));
            label(week.days[static_cast<size_t>(i)].shortLabel, pal->text);
        }
        const float y0 = top.y + headH;
        for (int h = first; h <= last; ++h) {
            float y = y0 + (h - first) * hourH;
            dl->AddLine(ImVec2(top.x + kHourLabels, y), ImVec2(top.x + width, y), pal->chip);
            if (h < last) {
                ImGui::SetCursorScreenPos(ImVec2(top.x, y + 1));
                label(formatMinutes(h * 60), pal->muted);
            }
        }
        const float bottom = y0 + (last - first) * hourH;
        for (int i = 0; i <= 7; ++i)
            dl->AddLine(ImVec2(top.x + kHourLabels + colW * i, y0), ImVec2(top.x + kHourLabels + colW * i, bottom), pal->chip);
        const float line = ImGui::GetTextLineHeight();
        for (int i = 0; i < 7; ++i) {
            const auto& ms = week.days[static_cast<size_t>(i)].meetings;
            std::vector<int> lane;
            const float laneW = colW / static_cast<float>(lanes(ms, lane));
            for (size_t k = 0; k < ms.size(); ++k) {
                const WeekMeeting& m = ms[k];
                ImVec2 a(top.x + kHourLabels + colW * i + laneW * lane[k] + 1, y0 + (m.startMinute - first * 60) * hourH / 60);
                ImVec2 b(a.x + laneW - 2, y0 + (std::min(m.endMinute, last * 60) - first * 60) * hourH / 60);
                b.y = std::max(b.y, a.y + line + 2);
                ImU32 edge = !m.clashes.empty() ? pal->error : m.outsideHours ? pal->warning : pal->link;
                dl->AddRectFilled(a, b, pal->panel, 3);
                dl->AddRect(a, b, edge, 3, 0, m.clashes.empty() && !m.outsideHours ? 1.0f : 2.0f);
                dl->PushClipRect(a, b, true);
                std::string head = formatMinutes(m.startMinute % 1440) + " " + m.name;
                dl->AddText(ImVec2(a.x + 3, a.y + 1), pal->text, head.c_str());
                const char* mark = !m.clashes.empty() ? "clash" : m.outsideHours ? "outside your hours" : nullptr;
                if (mark) dl->AddText(ImVec2(a.x + 3, a.y + 1 + line), edge, mark);
                dl->PopClipRect();
            }
        }
        ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + 4));
        ImGui::Dummy(ImVec2(width, 1));
    }
    if (!week.weekUnknown.empty()) {
        ImGui::Spacing();
        label("Which week is not known", pal->text);
        for (const std::string& u : week.weekUnknown) wrapped(u, pal->muted);
    }
}

}  // namespace wgf::ui

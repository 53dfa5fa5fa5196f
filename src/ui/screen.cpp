#include "ui/screen.h"

#include <imgui.h>

#include <cstdio>

#include "model/text.h"

namespace wgf::ui {

void reportAssert(const char* expr, const char* file, int line) {
    std::fprintf(stderr, "wgfinder: assertion failed: %s (%s:%d)\n", expr, file, line);
}

namespace {

std::string leadsText(const Group& g) {
    std::string s;
    for (const auto& p : g.leads) {
        if (!s.empty()) s += ", ";
        s += p.name;
        if (!p.company.empty()) s += " (" + p.company + ")";
    }
    return s;
}

std::string joined(const std::vector<std::string>& items) {
    std::string s;
    for (const auto& t : items) {
        if (!s.empty()) s += ", ";
        s += t;
    }
    return s;
}

void linkText(Screen& screen, const std::string& label, const std::string& url) {
    if (classifyLink(url) != LinkKind::Safe) {
        ImGui::TextUnformatted(label.c_str());
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemClicked()) screen.actions.push_back({Action::Kind::OpenLink, url});
}

}  // namespace

int Screen::draw() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("wgfinder", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(registry.title.empty() ? "Working groups" : registry.title.c_str());
    if (!registry.updated.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("data as of %s", registry.updated.c_str());
    }
    ImGui::TextDisabled("%d groups", static_cast<int>(registry.groups.size()));
    int rows = 0;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("groups", 5, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Group", 0, 1.0f);
        ImGui::TableSetupColumn("Leads", 0, 2.5f);
        ImGui::TableSetupColumn("Mailing list", 0, 1.2f);
        ImGui::TableSetupColumn("Topics", 0, 2.5f);
        ImGui::TableSetupColumn("Meetings", 0, 2.0f);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(registry.groups.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const Group& g = registry.groups[static_cast<size_t>(i)];
                ImGui::PushID(i);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", g.name.c_str());
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", leadsText(g).c_str());
                ImGui::TableNextColumn();
                for (const auto& c : g.contacts) linkText(*this, c.label.empty() ? c.url : c.label, c.url);
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", joined(g.topics).c_str());
                ImGui::TableNextColumn();
                for (const auto& m : g.meetings) {
                    const std::string& text = m.schedule.empty() ? m.note : m.schedule;
                    if (!m.url.empty()) linkText(*this, text, m.url);
                    else ImGui::TextWrapped("%s", text.c_str());
                }
                ImGui::PopID();
                ++rows;
            }
        }
        ImGui::EndTable();
    }
    ImGui::End();
    return rows;
}

}  // namespace wgf::ui

#include "ui/theme.h"

namespace wgf::ui {
namespace {

ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 255) / 255.0f, ((hex >> 8) & 255) / 255.0f, (hex & 255) / 255.0f, alpha);
}
ImU32 u32(unsigned hex, float alpha = 1.0f) { return ImGui::ColorConvertFloat4ToU32(rgb(hex, alpha)); }

void shape(ImGuiStyle& s) {
    s.WindowPadding = ImVec2(16, 14);
    s.FramePadding = ImVec2(10, 7);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(6, 4);
    s.CellPadding = ImVec2(8, 6);
    s.ScrollbarSize = 12;
    s.GrabMinSize = 10;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.PopupBorderSize = 1;
    s.FrameBorderSize = 1;
    s.WindowRounding = 0;
    s.ChildRounding = 8;
    s.FrameRounding = 6;
    s.PopupRounding = 8;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 6;
    s.TabRounding = 6;
    s.SelectableTextAlign = ImVec2(0, 0.5f);
}

}  // namespace

const Palette& applyTheme(bool dark) {
    static Palette light, night;
    ImGuiStyle& s = ImGui::GetStyle();
    shape(s);
    ImVec4* c = s.Colors;
    if (!dark) {
        ImGui::StyleColorsLight(&s);
        c[ImGuiCol_Text] = rgb(0x1d2330);
        c[ImGuiCol_TextDisabled] = rgb(0x6b7280);
        c[ImGuiCol_WindowBg] = rgb(0xffffff);
        c[ImGuiCol_ChildBg] = rgb(0xffffff, 0);
        c[ImGuiCol_PopupBg] = rgb(0xffffff);
        c[ImGuiCol_Border] = rgb(0xd6d9e0);
        c[ImGuiCol_FrameBg] = rgb(0xf6f7f9);
        c[ImGuiCol_FrameBgHovered] = rgb(0xeef0f4);
        c[ImGuiCol_FrameBgActive] = rgb(0xe6e9ef);
        c[ImGuiCol_Button] = rgb(0xf1f3f7);
        c[ImGuiCol_ButtonHovered] = rgb(0xe3e7ee);
        c[ImGuiCol_ButtonActive] = rgb(0xd3d9e4);
        c[ImGuiCol_Header] = rgb(0x2563eb, 0.10f);
        c[ImGuiCol_HeaderHovered] = rgb(0x2563eb, 0.06f);
        c[ImGuiCol_HeaderActive] = rgb(0x2563eb, 0.16f);
        c[ImGuiCol_CheckMark] = rgb(0x2563eb);
        c[ImGuiCol_SliderGrab] = rgb(0x2563eb);
        c[ImGuiCol_SliderGrabActive] = rgb(0x1d4ed8);
        c[ImGuiCol_ScrollbarBg] = rgb(0xffffff, 0);
        c[ImGuiCol_ScrollbarGrab] = rgb(0xc9ced8);
        c[ImGuiCol_Separator] = rgb(0xe5e7eb);
        c[ImGuiCol_NavHighlight] = rgb(0x2563eb);
        c[ImGuiCol_TextSelectedBg] = rgb(0x2563eb, 0.25f);
        light = {u32(0x1d2330), u32(0x6b7280), u32(0x2563eb), u32(0x2563eb, 0.10f), u32(0x1d4ed8), u32(0xfde68a),
                 u32(0xeef2ff), u32(0x3730a3), u32(0xe5e7eb), u32(0x2563eb, 0.10f), u32(0x2563eb, 0.05f), u32(0xb45309),
                 u32(0xb91c1c), u32(0x15803d), u32(0xf6f7f9)};
        return light;
    }
    ImGui::StyleColorsDark(&s);
    c[ImGuiCol_Text] = rgb(0xe5e7eb);
    c[ImGuiCol_TextDisabled] = rgb(0x9ca3af);
    c[ImGuiCol_WindowBg] = rgb(0x111827);
    c[ImGuiCol_ChildBg] = rgb(0x111827, 0);
    c[ImGuiCol_PopupBg] = rgb(0x1f2937);
    c[ImGuiCol_Border] = rgb(0x374151);
    c[ImGuiCol_FrameBg] = rgb(0x1f2937);
    c[ImGuiCol_FrameBgHovered] = rgb(0x263244);
    c[ImGuiCol_FrameBgActive] = rgb(0x2d3a4f);
    c[ImGuiCol_Button] = rgb(0x1f2937);
    c[ImGuiCol_ButtonHovered] = rgb(0x2b3748);
    c[ImGuiCol_ButtonActive] = rgb(0x374151);
    c[ImGuiCol_Header] = rgb(0x60a5fa, 0.16f);
    c[ImGuiCol_HeaderHovered] = rgb(0x60a5fa, 0.10f);
    c[ImGuiCol_HeaderActive] = rgb(0x60a5fa, 0.24f);
    c[ImGuiCol_CheckMark] = rgb(0x60a5fa);
    c[ImGuiCol_SliderGrab] = rgb(0x60a5fa);
    c[ImGuiCol_SliderGrabActive] = rgb(0x93c5fd);
    c[ImGuiCol_ScrollbarBg] = rgb(0x111827, 0);
    c[ImGuiCol_ScrollbarGrab] = rgb(0x4b5563);
    c[ImGuiCol_Separator] = rgb(0x374151);
    c[ImGuiCol_NavHighlight] = rgb(0x60a5fa);
    c[ImGuiCol_TextSelectedBg] = rgb(0x60a5fa, 0.35f);
    night = {u32(0xe5e7eb), u32(0x9ca3af), u32(0x60a5fa), u32(0x60a5fa, 0.16f), u32(0x93c5fd), u32(0x854d0e),
             u32(0x1e293b), u32(0xc7d2fe), u32(0x374151), u32(0x60a5fa, 0.16f), u32(0x60a5fa, 0.08f), u32(0xfbbf24),
             u32(0xf87171), u32(0x4ade80), u32(0x1f2937)};
    return night;
}

}  // namespace wgf::ui

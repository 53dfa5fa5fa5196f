#include "ui/theme.h"

namespace wgf::ui {
namespace {

// One theme as data (0xRRGGBB and alphas); applyTheme turns it into ImGui's style and a Palette.
struct ThemeColors {
    unsigned text, muted, window, popup, border;
    unsigned frame, frameHovered, frameActive, button, buttonHovered, buttonActive;
    unsigned accent, link, scrollbarGrab, separator;
    float header, headerHovered, headerActive, rowHover, textSelected;  // alphas of the accent
    unsigned highlight, chip, chipText, warning, error, success, panel;
};

constexpr ThemeColors kLight{
    .text = 0x1d2330, .muted = 0x6b7280, .window = 0xffffff, .popup = 0xffffff, .border = 0xd6d9e0,
    .frame = 0xf6f7f9, .frameHovered = 0xeef0f4, .frameActive = 0xe6e9ef,
    .button = 0xf1f3f7, .buttonHovered = 0xe3e7ee, .buttonActive = 0xd3d9e4,
    .accent = 0x2563eb, .link = 0x1d4ed8, .scrollbarGrab = 0xc9ced8, .separator = 0xe5e7eb,
    .header = 0.10f, .headerHovered = 0.06f, .headerActive = 0.16f, .rowHover = 0.05f, .textSelected = 0.25f,
    .highlight = 0xfde68a, .chip = 0xeef2ff, .chipText = 0x3730a3,
    .warning = 0xb45309, .error = 0xb91c1c, .success = 0x15803d, .panel = 0xf6f7f9};

constexpr ThemeColors kDark{
    .text = 0xe5e7eb, .muted = 0x9ca3af, .window = 0x111827, .popup = 0x1f2937, .border = 0x374151,
    .frame = 0x1f2937, .frameHovered = 0x263244, .frameActive = 0x2d3a4f,
    .button = 0x1f2937, .buttonHovered = 0x2b3748, .buttonActive = 0x374151,
    .accent = 0x60a5fa, .link = 0x93c5fd, .scrollbarGrab = 0x4b5563, .separator = 0x374151,
    .header = 0.16f, .headerHovered = 0.10f, .headerActive = 0.24f, .rowHover = 0.08f, .textSelected = 0.35f,
    .highlight = 0x854d0e, .chip = 0x1e293b, .chipText = 0xc7d2fe,
    .warning = 0xfbbf24, .error = 0xf87171, .success = 0x4ade80, .panel = 0x1f2937};

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

void colour(ImGuiStyle& s, const ThemeColors& t) {
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgb(t.text);
    c[ImGuiCol_TextDisabled] = rgb(t.muted);
    c[ImGuiCol_WindowBg] = rgb(t.window);
    c[ImGuiCol_ChildBg] = rgb(t.window, 0);
    c[ImGuiCol_PopupBg] = rgb(t.popup);
    c[ImGuiCol_Border] = rgb(t.border);
    c[ImGuiCol_FrameBg] = rgb(t.frame);
    c[ImGuiCol_FrameBgHovered] = rgb(t.frameHovered);
    c[ImGuiCol_FrameBgActive] = rgb(t.frameActive);
    c[ImGuiCol_Button] = rgb(t.button);
    c[ImGuiCol_ButtonHovered] = rgb(t.buttonHovered);
    c[ImGuiCol_ButtonActive] = rgb(t.buttonActive);
    c[ImGuiCol_Header] = rgb(t.accent, t.header);
    c[ImGuiCol_HeaderHovered] = rgb(t.accent, t.headerHovered);
    c[ImGuiCol_HeaderActive] = rgb(t.accent, t.headerActive);
    c[ImGuiCol_CheckMark] = rgb(t.accent);
    c[ImGuiCol_SliderGrab] = rgb(t.accent);
    c[ImGuiCol_SliderGrabActive] = rgb(t.link);
    c[ImGuiCol_ScrollbarBg] = rgb(t.window, 0);
    c[ImGuiCol_ScrollbarGrab] = rgb(t.scrollbarGrab);
    c[ImGuiCol_Separator] = rgb(t.separator);
    c[ImGuiCol_NavHighlight] = rgb(t.accent);
    c[ImGuiCol_TextSelectedBg] = rgb(t.accent, t.textSelected);
}

Palette palette(const ThemeColors& t) {
    return {.text = u32(t.text), .muted = u32(t.muted), .link = u32(t.link), .highlight = u32(t.highlight),
            .chip = u32(t.chip), .chipText = u32(t.chipText), .rowSelected = u32(t.accent, t.header),
            .rowHover = u32(t.accent, t.rowHover), .warning = u32(t.warning), .error = u32(t.error),
            .success = u32(t.success), .panel = u32(t.panel)};
}

}  // namespace

const Palette& applyTheme(bool dark) {
    static const Palette light = palette(kLight), night = palette(kDark);
    ImGuiStyle& s = ImGui::GetStyle();
    if (dark) ImGui::StyleColorsDark(&s);
    else ImGui::StyleColorsLight(&s);
    shape(s);
    colour(s, dark ? kDark : kLight);
    return dark ? night : light;
}

}  // namespace wgf::ui

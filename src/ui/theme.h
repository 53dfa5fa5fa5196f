// wgfinder: light and dark themes. Colours a modern web component would use, applied to ImGui's
// style, plus the few extra colours the screen draws itself (chips, highlights, links).
#pragma once

#include <imgui.h>

namespace wgf::ui {

struct Palette {
    ImU32 text, muted, link, highlight, chip, chipText, rowSelected, rowHover, warning, error, success, panel;
};

// Applies the theme to ImGui's current style and returns the extra colours.
const Palette& applyTheme(bool dark);

}  // namespace wgf::ui

// wgfinder: small drawing helpers the screen is made of: links, chips, highlighted text.
#pragma once

#include "ui/imgui_version.h"  // <imgui.h>, of a release wgfinder builds with

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wgf::ui {

struct Palette;

// Byte ranges [begin, end) of a text to highlight.
using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;

// Text in the link colour, underlined while hovered, hand cursor. Returns true when clicked (or
// activated with the keyboard).
bool link(const char* id, std::string_view label, const Palette& p);

// A rounded label ("working-group", a topic). With `ranges`, the matched parts are highlighted.
// Returns true when clicked.
bool chip(std::string_view text, ImU32 bg, ImU32 fg, const Ranges& ranges = {}, ImU32 highlight = 0);

// One line of text, cut with an ellipsis at `maxWidth`, with the matched ranges on a highlight
// background. Advances the cursor like ImGui::TextUnformatted.
void highlighted(std::string_view text, const Ranges& ranges, ImU32 color, ImU32 highlight, float maxWidth);

// The keyboard-focus frame around the last item, for items that draw themselves.
void keyboardFocusFrame();

// Wrapped text in a colour.
void wrapped(std::string_view text, ImU32 color);

// Width of `text` in the current font.
float textWidth(std::string_view text);

}  // namespace wgf::ui

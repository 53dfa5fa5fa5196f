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

// How many bytes of `text` fit in `maxWidth` with an ellipsis after them (all of it when it fits).
size_t fitting(std::string_view text, float maxWidth);

// The keyboard-focus frame around the last item, for items that draw themselves.
void keyboardFocusFrame();

// Wrapped text in a colour.
void wrapped(std::string_view text, ImU32 color);
// SameLine(0, spacing), or a new line when an item `width` wide would not fit on this one.
void sameLineIfFits(float width, float spacing = -1);
// One line of text in a colour.
void label(std::string_view text, ImU32 color);

// Width of `text` in the current font.
float textWidth(std::string_view text);

// A text the screen drew, where a visitor sees it: CSS pixels, clipped to its window's visible
// area. The browser tests check that no two of them overlap and that none is cut with room to
// spare; `full` is the width the whole text needs when it was cut (0 when it was not).
struct DrawnText {
    float x, y, w, h;
    std::string text;
    bool popup = false;  // in a popup (the zone picker's list), over the rest
    float full = 0;
    float room = 0;  // free width from the text's right edge to its window's visible edge (-1: cut by it)
};
// Where the helpers and noteText() record this frame's texts (nullptr: nowhere).
void setTextLog(std::vector<DrawnText>* log);
// Records the last item (a text, or a control with its label) as drawn text, when it is in view;
// with `width`, only that much of the item from its left (a text in a wide selectable).
void noteText(std::string_view text, float full = 0, float width = 0);

}  // namespace wgf::ui

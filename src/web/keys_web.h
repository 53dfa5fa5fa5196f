// wgfinder web layer: DOM keyboard events -> Dear ImGui keys.
#pragma once

#include <imgui.h>

#include <string_view>

namespace wgf::web {

// The ImGuiKey for a DOM KeyboardEvent, from its `code` (the physical key) and `key` (what the
// layout makes of it). Letters and digits follow the layout (Ctrl+Z is where the visitor's Z is),
// everything else the physical key. ImGuiKey_None for keys ImGui has no name for.
ImGuiKey imguiKeyFromDom(std::string_view code, std::string_view key);

// The CSS cursor for an ImGui mouse cursor ("default", "text", "pointer", "ns-resize"...).
const char* cssCursor(ImGuiMouseCursor cursor);

}  // namespace wgf::web

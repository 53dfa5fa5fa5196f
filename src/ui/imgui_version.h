// The Dear ImGui releases wgfinder builds with, checked when it compiles (any file of the screen
// includes this through ui/widgets.h, so a wrong IMGUI_DIR fails early with a clear message).
//   1.89.5+   the input event queue that keeps a key pressed and released within one frame (1.87),
//             and the GLFW backend's Emscripten fixes for wheel direction and scale (1.89.x)
//   < 1.91.4  the keyboard navigation internals the web layer reads for Tab at the widget's edges
//             (ImGuiContext::NavTabbing*, NavMoveScoringItems) were renamed in 1.91.4
// scripts/setup.sh fetches 1.90.1, the release tested.
#pragma once

#include <imgui.h>

#if !defined(IMGUI_VERSION_NUM) || IMGUI_VERSION_NUM < 18950
#error "wgfinder needs Dear ImGui 1.89.5 to 1.91.3 (this one is older): run scripts/setup.sh or point IMGUI_DIR at such a release"
#elif IMGUI_VERSION_NUM >= 19140
#error "wgfinder needs Dear ImGui 1.89.5 to 1.91.3 (this one renamed the navigation internals it reads): point IMGUI_DIR at such a release"
#endif

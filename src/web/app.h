// wgfinder web layer: the one widget instance of this wasm instance, shared by the files that
// implement the exports of exports.h (main_web.cpp: data and host requests, input_web.cpp: input,
// frame_web.cpp: frames and the report, markdown_*.cpp: the Markdown registry of each build).
#pragma once

#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"
#include "model/registry.h"
#include "ui/screen.h"
#include "web/glyphs_web.h"

namespace wgf::web {

using nlohmann::json;

inline std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

struct App {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    bool rendererReady = false;
    wgf::ui::Screen screen;
    wgf::ui::Config config;
    BrowserGlyphs glyphs;  // the font atlas's glyphs, drawn by the browser

    // Display: CSS pixels and the device pixel ratio, from the embed script's ResizeObserver.
    float cssWidth = 1, cssHeight = 1, dpr = 1;
    bool systemDark = false, offline = false, focusSearch = false, blur = false;
    double lastFrameMs = 0;

    // Idle: frames are drawn only while `settle` > 0, input is queued or a key is held.
    int settle = 0;
    int framesDrawn = 0;
    uint64_t lastDrawHash = 0;
    int keysHeld = 0;

    // Keyboard tabbing: the first tab stop seen (Shift+Tab there leaves the widget).
    ImGuiID firstTabStop = 0;

    // What ImGui asked of the platform during the last frame.
    bool imeVisible = false;
    ImVec2 imePos;
    float imeHeight = 0;
    std::string clipboard;  // last text pasted into the widget (ImGui's clipboard getter)
    std::vector<std::string> copied;

    std::string lastMirror[4];  // the mirror's parts last reported (each sent again only when it changes)
    std::string lastState, lastDiagnostics, lastReport, lastShare, lastSearch;
};
extern App* app;

inline void markDirty(int frames = 3) { app->settle = std::max(app->settle, frames); }

// Shows a loaded registry (or, when `fatal`, keeps the last good one). Returns as wgf_set_registry.
int applyRegistry(Registry registry, Diagnostics diagnostics, bool fatal);
json diagnosticsJson(const Diagnostics& diags);

// A Markdown registry: markdown_import.cpp in the build with the importer, markdown_refused.cpp
// in the other. `options` is MdOptions (exports.h).
int applyMarkdown(std::string_view text, const char* options);

enum class TabProbe { None, Forward, Backward };
// Draws one frame; with a probe, returns true when that Tab would wrap around inside the widget.
bool drawFrame(double nowMs, TabProbe probe = TabProbe::None);

}  // namespace wgf::web

// wgfinder web layer: input from the embed script's listeners on the widget's own elements (CSS
// pixels), fed into ImGui's input queue; Tab decides whether focus stays inside the widget.
#include <imgui_internal.h>

#include "exports.h"
#include "web/app.h"
#include "web/keys_web.h"

using namespace wgf::web;

// ---- input, from listeners on the widget's own elements (CSS pixels) ----------------------------

WGF_EXPORT void wgf_resize(float cssWidth, float cssHeight, float dpr) {
    if (!app) return;
    app->cssWidth = std::max(1.0f, cssWidth);
    app->cssHeight = std::max(1.0f, cssHeight);
    app->dpr = std::clamp(dpr, 0.5f, 4.0f);
    markDirty();
}

WGF_EXPORT void wgf_set_env(int systemDark, int offline) {
    if (!app) return;
    if (app->systemDark != (systemDark != 0) || app->offline != (offline != 0)) markDirty();
    app->systemDark = systemDark != 0;
    app->offline = offline != 0;
}

// source: 0 mouse, 1 touch, 2 pen.
WGF_EXPORT void wgf_mouse_pos(float x, float y, int source) {
    if (!app) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(source == 1 ? ImGuiMouseSource_TouchScreen
                           : source == 2 ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
    markDirty(2);
}

WGF_EXPORT void wgf_mouse_button(int button, int down) {
    if (!app || button < 0 || button >= ImGuiMouseButton_COUNT) return;
    ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
    markDirty();
}

// The mouse left the canvas: nothing is hovered any more.
WGF_EXPORT void wgf_mouse_leave() {
    if (!app) return;
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    markDirty(2);
}

// Wheel in lines (dy > 0: down). Returns 1 when the widget scrolls, 0 when the list under the
// mouse cannot scroll that way and the page should have the wheel.
WGF_EXPORT int wgf_wheel(float dx, float dy) {
    if (!app) return 0;
    bool vertical = dy != 0;
    if (vertical && !app->screen.canScroll(dy)) return 0;
    ImGui::GetIO().AddMouseWheelEvent(-dx, -dy);  // ImGui: positive = up/left
    markDirty();
    return 1;
}

WGF_EXPORT void wgf_mods(int ctrl, int shift, int alt, int super) {
    if (!app) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
    io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
    io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
    io.AddKeyEvent(ImGuiMod_Super, super != 0);
}

// A key went down or up (DOM `code` and `key`). Returns 1 when ImGui knows the key.
WGF_EXPORT int wgf_key(const char* code, const char* key, int down) {
    if (!app) return 0;
    ImGuiKey k = wgf::web::imguiKeyFromDom(code ? code : "", key ? key : "");
    if (k == ImGuiKey_None) return 0;
    bool wasDown = ImGui::IsKeyDown(k);
    ImGui::GetIO().AddKeyEvent(k, down != 0);
    if (down && !wasDown) ++app->keysHeld;
    if (!down && app->keysHeld > 0) --app->keysHeld;
    markDirty();
    return 1;
}

// Text typed or composed (UTF-8).
WGF_EXPORT void wgf_text(const char* utf8) {
    if (!app || !utf8) return;
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    markDirty();
}

// Text pasted into the widget: becomes ImGui's clipboard and is typed into the active field.
WGF_EXPORT void wgf_paste(const char* utf8) {
    if (!app || !utf8) return;
    app->clipboard = utf8;
    std::string oneLine;
    for (const char* p = utf8; *p; ++p) oneLine += (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p;
    ImGui::GetIO().AddInputCharactersUTF8(oneLine.c_str());
    markDirty();
}

// Tab or Shift+Tab (the modifiers were sent with wgf_mods). Draws a frame at once and returns 1
// when ImGui moved focus to another item inside the widget, 0 when the Tab would wrap around:
// then nothing happens inside and the page moves focus out of the widget.
// With `entering` (focus just came in from the page), Tab goes to the search field and
// Shift+Tab to the last tab stop, and the call always returns 1.
WGF_EXPORT int wgf_tab(int shift, int entering, double nowMs) {
    if (!app) return 0;
    ImGuiContext& g = *GImGui;
    if (entering && !shift) {
        // Tab from the page lands in the search field, where a visitor starts.
        app->focusSearch = true;
        drawFrame(nowMs);
        markDirty();
        return 1;
    }
    if (entering) {
        // Shift+Tab from the page: start from no item, ImGui then tabs to the last stop.
        if (!g.NavWindow)
            for (ImGuiWindow* w : g.Windows)
                if (!(w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup))) {
                    ImGui::FocusWindow(w);
                    break;
                }
        ImGui::ClearActiveID();
        g.NavId = 0;
        g.NavDisableHighlight = true;
    } else if (shift && g.NavId != 0 && g.NavId == app->firstTabStop) {
        return 0;  // Shift+Tab on the first stop: leave
    }
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Tab, true);
    io.AddKeyEvent(ImGuiKey_Tab, false);
    // The first frame sees the press and scores the items: that is where a wrap shows.
    TabProbe probe = entering ? TabProbe::None : shift ? TabProbe::Backward : TabProbe::Forward;
    bool wraps = drawFrame(nowMs, probe);
    markDirty();
    return wraps ? 0 : 1;
}

// The widget (canvas or its text proxy) gained or lost the keyboard focus.
WGF_EXPORT void wgf_focus(int focused) {
    if (!app) return;
    ImGui::GetIO().AddFocusEvent(focused != 0);
    if (!focused) {
        app->blur = true;
        app->keysHeld = 0;
    }
    markDirty();
}

// The accessible search proxy got focus: the screen's search field takes it too.
WGF_EXPORT void wgf_focus_search() {
    if (!app) return;
    app->focusSearch = true;
    markDirty();
}


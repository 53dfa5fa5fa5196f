// wgfinder web layer: one widget instance (one wasm module instance per <wg-finder> element).
//
// Owns the WebGL2 context on the widget's own canvas, Dear ImGui's platform side and its OpenGL3
// renderer, and the frame loop. There is no GLFW and no global event listener: the embed script
// (web/wgfinder.js) listens on the widget's own elements and calls the wgf_* functions below, and
// asks for frames only when something changed (idle means idle). The screen (src/ui) never calls
// the browser; the actions it asks for go back to the embed script in the frame report.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "keys_web.h"
#include "model/load.h"
#include "ui/screen.h"
#ifdef WGF_HAVE_IMPORT
#include "import/markdown.h"
#endif
#ifdef WGF_HAVE_QUERY_ENGINE
#include "query/engine.h"
#endif

namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

struct App {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    bool rendererReady = false;
    wgf::ui::Screen screen;
    wgf::ui::Config config;
    wgf::Registry registry;  // the last good registry, for wgf_search()
#ifdef WGF_HAVE_QUERY_ENGINE
    wgf::SearchIndex index;
    bool indexBuilt = false;
#endif

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

    std::string lastMirror;  // JSON of the mirror last reported (sent again only when it changes)
    std::string lastState, lastDiagnostics, lastReport, lastShare, lastSearch;
};
App* app = nullptr;

void markDirty(int frames = 3) { app->settle = std::max(app->settle, frames); }

// ---- ImGui platform callbacks -------------------------------------------------------------------

const char* getClipboard(void*) { return app->clipboard.c_str(); }
void setClipboard(void*, const char* text) { app->copied.emplace_back(text ? text : ""); }
void setImeData(ImGuiViewport*, ImGuiPlatformImeData* data) {
    app->imeVisible = data->WantVisible;
    app->imePos = data->InputPos;
    app->imeHeight = data->InputLineHeight;
}

// FNV-1a over what was drawn: a frame identical to the previous one means ImGui has settled.
uint64_t hashDrawData(const ImDrawData* dd) {
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* p, size_t n) {
        auto b = static_cast<const unsigned char*>(p);
        for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    };
    if (!dd) return h;
    for (int i = 0; i < dd->CmdListsCount; ++i) {
        const ImDrawList* l = dd->CmdLists[i];
        mix(l->VtxBuffer.Data, static_cast<size_t>(l->VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(l->IdxBuffer.Data, static_cast<size_t>(l->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& c : l->CmdBuffer) mix(&c.ClipRect, sizeof(c.ClipRect));
    }
    return h;
}

// ---- the frame ----------------------------------------------------------------------------------

enum class TabProbe { None, Forward, Backward };

// Draws one frame. With a tab probe, returns true when the Tab just fed would wrap around inside
// the widget: the request is then cancelled so focus can leave for the page.
bool drawFrame(double nowMs, TabProbe probe = TabProbe::None) {
    ImGuiIO& io = ImGui::GetIO();
    emscripten_webgl_make_context_current(app->gl);
    if (app->screen.prepareFonts(app->dpr) && app->rendererReady) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    io.DisplaySize = ImVec2(app->cssWidth, app->cssHeight);
    io.DisplayFramebufferScale = ImVec2(app->dpr, app->dpr);
    double dt = app->lastFrameMs > 0 ? (nowMs - app->lastFrameMs) / 1000.0 : 1.0 / 60;
    io.DeltaTime = static_cast<float>(std::clamp(dt, 1e-4, 0.25));
    app->lastFrameMs = nowMs;

    ImGui_ImplOpenGL3_NewFrame();
    app->rendererReady = true;
    ImGui::NewFrame();
    if (app->blur) {  // focus left the widget: no caret, no active field
        ImGui::SetWindowFocus(nullptr);
        app->blur = false;
    }
    wgf::ui::FrameInput in;
    in.nowUtc = emscripten_date_now() / 1000.0;
    in.systemDark = app->systemDark;
    in.offline = app->offline;
    in.focusSearch = app->focusSearch;
    app->focusSearch = false;
    app->screen.frame(in);

    bool wraps = false;
    ImGuiContext& g = *GImGui;
    if (g.NavTabbingResultFirst.ID) app->firstTabStop = g.NavTabbingResultFirst.ID;
    if (probe == TabProbe::Forward && g.NavTabbingDir == +1)
        wraps = g.NavMoveResultLocal.ID == 0 && g.NavTabbingCounter == 1;  // nothing after NavId
    else if (probe == TabProbe::Backward && g.NavTabbingDir == -1)
        wraps = g.NavMoveScoringItems;  // no item before NavId: ImGui would wrap to the last one
    if (wraps) ImGui::NavMoveRequestCancel();

    ImGui::Render();
    int fbw = std::max(1, static_cast<int>(app->cssWidth * app->dpr + 0.5f));
    int fbh = std::max(1, static_cast<int>(app->cssHeight * app->dpr + 0.5f));
    glViewport(0, 0, fbw, fbh);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++app->framesDrawn;

    // ImGui settles over a few frames (hover, layout, navigation): one more frame after any frame
    // that differed from the previous one, none once two in a row are the same.
    uint64_t h = hashDrawData(ImGui::GetDrawData());
    if (app->settle > 0) --app->settle;
    if (h != app->lastDrawHash) app->settle = std::max(app->settle, 1);
    app->lastDrawHash = h;
    return wraps;
}

bool wantsFrame() {
    return app->settle > 0 || GImGui->InputEventsQueue.Size > 0 || app->keysHeld > 0;
}

json actionJson(const wgf::ui::Action& a) {
    using K = wgf::ui::Action::Kind;
    const char* kind = "openLink";
    switch (a.kind) {
        case K::OpenLink: kind = "openLink"; break;
        case K::CopyText: kind = "copyText"; break;
        case K::Download: kind = "download"; break;
        case K::Announce: kind = "announce"; break;
        case K::GroupSelected: kind = "groupSelected"; break;
        case K::QueryChanged: kind = "queryChanged"; break;
        case K::StateChanged: kind = "stateChanged"; break;
    }
    json j = {{"kind", kind}, {"payload", a.payload}};
    if (!a.name.empty()) j["name"] = a.name;
    if (!a.mime.empty()) j["mime"] = a.mime;
    return j;
}

json diagnosticsJson(const wgf::Diagnostics& diags) {
    json d = json::array();
    for (const auto& x : diags)
        d.push_back({{"severity", x.severity == wgf::Severity::Error ? "error" : "warning"},
                     {"pointer", x.pointer}, {"group", x.groupId}, {"line", x.line}, {"column", x.column},
                     {"message", x.message}, {"text", x.toString()}});
    return d;
}

int applyRegistry(wgf::Registry registry, wgf::Diagnostics diagnostics, bool fatal) {
    app->lastDiagnostics = dump(diagnosticsJson(diagnostics));
    if (!fatal) {
        app->registry = registry;
#ifdef WGF_HAVE_QUERY_ENGINE
        app->indexBuilt = false;
#endif
    }
    int n = app->screen.setRegistry(std::move(registry), std::move(diagnostics), fatal);
    markDirty();
    return fatal ? -1 : n;
}

wgf::ui::Config::Theme themeFrom(const std::string& s) {
    if (s == "light") return wgf::ui::Config::Theme::Light;
    if (s == "dark") return wgf::ui::Config::Theme::Dark;
    return wgf::ui::Config::Theme::System;
}

}  // namespace

extern "C" {

// Starts the widget on the canvas registered as `target` in Module.specialHTMLTargets (the embed
// script registers its own canvas, so several widgets and shadow DOM work). `config` is JSON:
// {"theme": "system|light|dark", "query": "...", "zone": "Europe/Berlin", "hoursFrom": 480,
//  "hoursTo": 1200, "mac": false}. Returns 0, or -1 when WebGL2 is not available.
EMSCRIPTEN_KEEPALIVE int wgf_init(const char* target, const char* config) {
    if (app) return 0;
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.antialias = false;  // ImGui anti-aliases its own shapes
    attrs.depth = false;
    attrs.stencil = false;
    attrs.premultipliedAlpha = false;
    attrs.preserveDrawingBuffer = true;  // frames are drawn rarely; screenshots read the last one
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context(target, &attrs);
    if (gl <= 0) return -1;
    app = new App();
    app->gl = gl;
    emscripten_webgl_make_context_current(gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is written to the visitor's storage
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would mean 60 frames a second
    io.BackendPlatformName = "wgfinder_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    io.SetPlatformImeDataFn = setImeData;

    json c = json::parse(config ? config : "{}", nullptr, false);
    if (c.is_discarded() || !c.is_object()) c = json::object();
    wgf::ui::Config cfg;
    cfg.theme = themeFrom(c.value("theme", std::string("system")));
    cfg.initialQuery = c.value("query", std::string());
    cfg.viewerZone = c.value("zone", std::string());
    cfg.hoursFrom = c.value("hoursFrom", cfg.hoursFrom);
    cfg.hoursTo = c.value("hoursTo", cfg.hoursTo);
    io.ConfigMacOSXBehaviors = c.value("mac", false);
    app->config = cfg;
    app->screen.configure(cfg);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    markDirty();
    return 0;
}

// The UI fonts (TTF/OTF bytes; the embed script fetches the subset Inter shipped with it).
EMSCRIPTEN_KEEPALIVE void wgf_set_fonts(const unsigned char* regular, int regularLen,
                                        const unsigned char* bold, int boldLen) {
    if (!app) return;
    std::vector<unsigned char> r(regular, regular + std::max(0, regularLen));
    std::vector<unsigned char> b(bold, bold + std::max(0, boldLen));
    app->screen.setFontData(std::move(r), std::move(b));
    markDirty();
}

// Loads registry JSON (UTF-8, `len` bytes). Returns the number of groups shown, or -1 when the
// text gave no usable registry: the last good one stays on screen. Diagnostics: wgf_diagnostics().
EMSCRIPTEN_KEEPALIVE int wgf_set_registry(const char* text, int len) {
    if (!app) return -1;
    auto result = wgf::loadRegistry(std::string_view(text, static_cast<size_t>(std::max(0, len))));
    bool fatal = result.fatal;  // the model's rule (wgf::usableRegistry): the last good one stays
    return applyRegistry(std::move(result.registry), std::move(result.diagnostics), fatal);
}

// Loads a Markdown page in the WORKING-GROUPS.md format through the importer. `options` is JSON:
// {"baseUrl": "...", "title": "...", "updated": "YYYY-MM-DD", "kind": "..."}. Returns as
// wgf_set_registry(); a page without any group is fatal.
EMSCRIPTEN_KEEPALIVE int wgf_set_markdown(const char* text, int len, const char* options) {
    if (!app) return -1;
#ifdef WGF_HAVE_IMPORT
    json o = json::parse(options ? options : "{}", nullptr, false);
    if (o.is_discarded() || !o.is_object()) o = json::object();
    wgf::ImportOptions opts;
    // Options come from the host page: a value that is not a string is ignored, never thrown on.
    auto option = [&](const char* key) {
        auto it = o.find(key);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    opts.baseUrl = option("baseUrl");
    opts.title = option("title");
    opts.updated = option("updated");
    opts.kind = option("kind");
    auto result = wgf::importMarkdown(std::string_view(text, static_cast<size_t>(std::max(0, len))), opts);
    // The importer reports a page without groups as an error, so the model's rule refuses it.
    bool fatal = !wgf::usableRegistry(result.registry, result.diagnostics);
    return applyRegistry(std::move(result.registry), std::move(result.diagnostics), fatal);
#else
    (void)text, (void)len, (void)options;
    app->lastDiagnostics = dump(json::array({{{"severity", "error"}, {"pointer", ""}, {"group", ""},
        {"line", 0}, {"column", 0},
        {"message", "a Markdown registry needs the widget to start with one (format=\"markdown\")"},
        {"text", "error: a Markdown registry needs the widget to start with one (format=\"markdown\")"}}}));
    return -1;
#endif
}

// The diagnostics of the last registry given, as a JSON array.
EMSCRIPTEN_KEEPALIVE const char* wgf_diagnostics() { return app ? app->lastDiagnostics.c_str() : "[]"; }

// What the widget shows (the screen's state JSON) plus the platform's own counters.
EMSCRIPTEN_KEEPALIVE const char* wgf_state() {
    if (!app) return "{}";
    json s = app->screen.state();
    s["framesDrawn"] = app->framesDrawn;
    s["offline"] = app->offline;
    s["share"] = app->screen.shareState();
    app->lastState = dump(s);
    return app->lastState.c_str();
}

EMSCRIPTEN_KEEPALIVE void wgf_set_query(const char* q) {
    if (!app) return;
    app->screen.setQuery(q ? q : "");
    markDirty();
}
EMSCRIPTEN_KEEPALIVE void wgf_set_selected(const char* id) {
    if (!app) return;
    app->screen.setSelected(id ? id : "");
    markDirty();
}
EMSCRIPTEN_KEEPALIVE void wgf_set_zone(const char* zone) {
    if (!app) return;
    app->screen.setViewerZone(zone ? zone : "");
    markDirty();
}
EMSCRIPTEN_KEEPALIVE const char* wgf_share_state() {
    if (!app) return "";
    app->lastShare = app->screen.shareState();
    return app->lastShare.c_str();
}
EMSCRIPTEN_KEEPALIVE void wgf_apply_share_state(const char* state) {
    if (!app) return;
    app->screen.applyShareState(state ? state : "");
    markDirty();
}

// Runs a query over the current registry with the query engine: JSON as wgf::resultsToJson().
EMSCRIPTEN_KEEPALIVE const char* wgf_search(const char* query, int limit) {
    if (!app) return "{}";
#ifdef WGF_HAVE_QUERY_ENGINE
    if (!app->indexBuilt) {
        app->index.build(app->registry);
        app->indexBuilt = true;
    }
    wgf::QueryOptions opts;
    if (limit > 0) opts.limit = static_cast<size_t>(limit);
    app->lastSearch = wgf::resultsToJson(app->index.search(query ? query : "", opts), app->registry);
#else
    (void)query, (void)limit;
    app->lastSearch = R"({"error":"this build has no query engine"})";
#endif
    return app->lastSearch.c_str();
}

// ---- input, from listeners on the widget's own elements (CSS pixels) ----------------------------

EMSCRIPTEN_KEEPALIVE void wgf_resize(float cssWidth, float cssHeight, float dpr) {
    if (!app) return;
    app->cssWidth = std::max(1.0f, cssWidth);
    app->cssHeight = std::max(1.0f, cssHeight);
    app->dpr = std::clamp(dpr, 0.5f, 4.0f);
    markDirty();
}

EMSCRIPTEN_KEEPALIVE void wgf_set_env(int systemDark, int offline) {
    if (!app) return;
    if (app->systemDark != (systemDark != 0) || app->offline != (offline != 0)) markDirty();
    app->systemDark = systemDark != 0;
    app->offline = offline != 0;
}

// source: 0 mouse, 1 touch, 2 pen.
EMSCRIPTEN_KEEPALIVE void wgf_mouse_pos(float x, float y, int source) {
    if (!app) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(source == 1 ? ImGuiMouseSource_TouchScreen
                           : source == 2 ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
    markDirty(2);
}

EMSCRIPTEN_KEEPALIVE void wgf_mouse_button(int button, int down) {
    if (!app || button < 0 || button >= ImGuiMouseButton_COUNT) return;
    ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
    markDirty();
}

// The mouse left the canvas: nothing is hovered any more.
EMSCRIPTEN_KEEPALIVE void wgf_mouse_leave() {
    if (!app) return;
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    markDirty(2);
}

// Wheel in lines (dy > 0: down). Returns 1 when the widget scrolls, 0 when the list under the
// mouse cannot scroll that way and the page should have the wheel.
EMSCRIPTEN_KEEPALIVE int wgf_wheel(float dx, float dy) {
    if (!app) return 0;
    bool vertical = dy != 0;
    if (vertical && !app->screen.canScroll(dy)) return 0;
    ImGui::GetIO().AddMouseWheelEvent(-dx, -dy);  // ImGui: positive = up/left
    markDirty();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void wgf_mods(int ctrl, int shift, int alt, int super) {
    if (!app) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
    io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
    io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
    io.AddKeyEvent(ImGuiMod_Super, super != 0);
}

// A key went down or up (DOM `code` and `key`). Returns 1 when ImGui knows the key.
EMSCRIPTEN_KEEPALIVE int wgf_key(const char* code, const char* key, int down) {
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
EMSCRIPTEN_KEEPALIVE void wgf_text(const char* utf8) {
    if (!app || !utf8) return;
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    markDirty();
}

// Text pasted into the widget: becomes ImGui's clipboard and is typed into the active field.
EMSCRIPTEN_KEEPALIVE void wgf_paste(const char* utf8) {
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
EMSCRIPTEN_KEEPALIVE int wgf_tab(int shift, int entering, double nowMs) {
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
EMSCRIPTEN_KEEPALIVE void wgf_focus(int focused) {
    if (!app) return;
    ImGui::GetIO().AddFocusEvent(focused != 0);
    if (!focused) {
        app->blur = true;
        app->keysHeld = 0;
    }
    markDirty();
}

// The host changed the theme: "system", "light" or "dark".
EMSCRIPTEN_KEEPALIVE void wgf_set_theme(const char* theme) {
    if (!app) return;
    app->config.theme = themeFrom(theme ? theme : "");
    app->config.initialQuery.clear();  // a theme change keeps the visitor's query
    app->screen.configure(app->config);
    markDirty();
}

// Something outside the input events changed (a countdown's minute ticked): draw again.
EMSCRIPTEN_KEEPALIVE void wgf_invalidate() {
    if (app) markDirty();
}

// The accessible search proxy got focus: the screen's search field takes it too.
EMSCRIPTEN_KEEPALIVE void wgf_focus_search() {
    if (!app) return;
    app->focusSearch = true;
    markDirty();
}

// The WebGL context was lost and restored: the renderer's objects must be made again.
EMSCRIPTEN_KEEPALIVE void wgf_gl_restored() {
    if (!app) return;
    emscripten_webgl_make_context_current(app->gl);
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    markDirty();
}

// Draws a frame when something changed, and reports what the page must do, as JSON:
//   {"drawn": true, "more": false, "redrawIn": 41000 (ms, -1 = never),
//    "textInput": true, "ime": [x, y, lineHeight] (CSS px), "cursor": "text",
//    "actions": [{"kind": "openLink", "payload": "https://..."}, ...],
//    "mirror": {"rows": [{"id", "text", "selected"}]}   (only when it changed)}
// `more`: call again on the next animation frame.
EMSCRIPTEN_KEEPALIVE const char* wgf_frame(double nowMs) {
    if (!app) return "{}";
    json r = json::object();
    bool drawn = false;
    if (wantsFrame()) {
        drawFrame(nowMs);
        drawn = true;
    }
    r["drawn"] = drawn;
    r["more"] = wantsFrame();
    double wait = app->screen.secondsUntilRedraw(emscripten_date_now() / 1000.0);
    r["redrawIn"] = wait < 0 ? -1.0 : std::max(0.0, wait * 1000.0);
    ImGuiIO& io = ImGui::GetIO();
    r["textInput"] = io.WantTextInput;
    if (app->imeVisible) r["ime"] = {app->imePos.x, app->imePos.y, app->imeHeight};
    r["cursor"] = wgf::web::cssCursor(ImGui::GetMouseCursor());
    json actions = json::array();
    for (auto& text : app->copied) actions.push_back({{"kind", "copyText"}, {"payload", text}});
    app->copied.clear();
    for (const auto& a : app->screen.takeActions()) actions.push_back(actionJson(a));
    r["actions"] = std::move(actions);
    if (drawn) {
        json rows = json::array();
        for (const auto& m : app->screen.mirrorRows())
            rows.push_back({{"id", m.id}, {"text", m.text}, {"selected", m.selected}});
        std::string mirror = dump(rows);
        if (mirror != app->lastMirror) {
            r["mirror"] = {{"rows", std::move(rows)}};
            app->lastMirror = std::move(mirror);
        }
    }
    app->lastReport = dump(r);
    return app->lastReport.c_str();
}

}  // extern "C"

// wgfinder web layer: one widget instance (one wasm module instance per <wg-finder> element).
//
// Owns the WebGL2 context on the widget's own canvas and Dear ImGui's platform side; there is no
// GLFW and no global event listener: the embed script (web/src/) listens on the widget's own
// elements and calls the exports of exports.h, and asks for frames only when something changed
// (idle means idle). The screen (src/ui) never calls the browser; the actions it asks for go back
// to the embed script in the frame report (frame_web.cpp). This file: start-up, registries, the
// host's requests.
#include <imgui_impl_opengl3.h>

#include <emscripten.h>

#include <algorithm>
#include <cstdlib>

#include "exports.h"
#include "model/json_text.h"
#include "model/load.h"
#include "model/text_source.h"
#include "web/app.h"

namespace wgf::web {

App* app = nullptr;

namespace {

const char* getClipboard(void*) { return app->clipboard.c_str(); }
void setClipboard(void*, const char* text) { app->copied.emplace_back(text ? text : ""); }
void setImeData(ImGuiViewport*, ImGuiPlatformImeData* data) {
    app->imeVisible = data->WantVisible;
    app->imePos = data->InputPos;
    app->imeHeight = data->InputLineHeight;
}

}  // namespace

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
    int n = app->screen.setRegistry(std::move(registry), std::move(diagnostics), fatal);
    markDirty();
    return fatal ? -1 : n;
}

namespace {

wgf::ui::Config::Theme themeFrom(const std::string& s) {
    if (s == "light") return wgf::ui::Config::Theme::Light;
    if (s == "dark") return wgf::ui::Config::Theme::Dark;
    return wgf::ui::Config::Theme::System;
}

}  // namespace

}  // namespace wgf::web

using namespace wgf::web;

// Copies up to `n` bytes of the registry's text the page holds (Module.wgfRegistryText, set for
// the call of wgf_set_registry) from `offset` to `out`; returns how many.
EM_JS(int, wgf_page_text_read, (double offset, char* out, int n), {
  const text = Module.wgfRegistryText;
  if (!text || offset >= text.length) return 0;
  const part = text.subarray(offset, Math.min(text.length, offset + n));
  HEAPU8.set(part, out);
  return part.length;
});

namespace {

// The registry's text in the page's memory, read a part at a time: the core's memory holds a part
// (64 KiB), never the whole text.
class PageText final : public wgf::TextSource {
public:
    explicit PageText(size_t size) : size_(size) {}
    size_t size() const override { return size_; }
    std::string_view part(size_t offset) override {
        buffer_.resize(std::min<size_t>(64 * 1024, size_ - offset));
        int got = wgf_page_text_read(static_cast<double>(offset), buffer_.data(), static_cast<int>(buffer_.size()));
        return std::string_view(buffer_.data(), static_cast<size_t>(std::max(0, got)));
    }

private:
    size_t size_;
    std::string buffer_;
};

}  // namespace

// Starts the widget on the canvas registered as `target` in Module.specialHTMLTargets (the embed
// script registers its own canvas, so several widgets and shadow DOM work).
WGF_EXPORT int wgf_init(const char* target, const char* config) {
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
    // Dear ImGui's WebGL2 renderer needs no extension; enabling them all (Emscripten's default)
    // cost about 5 ms of the widget's start in Chromium.
    attrs.enableExtensionsByDefault = false;
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

    json c = wgf::parseJson(config ? config : "{}");
    if (c.is_discarded() || !c.is_object()) c = json::object();
    wgf::ui::Config cfg;
    cfg.theme = themeFrom(c.value("theme", std::string("system")));
    cfg.initialQuery = c.value("query", std::string());
    cfg.viewerZone = c.value("zone", std::string());
    io.ConfigMacOSXBehaviors = c.value("mac", false);
    app->config = cfg;
    app->screen.configure(cfg);
    app->glyphs.setFamily(c.value("font", std::string()));
    app->screen.setGlyphRasterizer(&app->glyphs);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    markDirty();
    return 0;
}

// Loads registry JSON (UTF-8, `len` bytes the page holds: PageText). Returns the number of groups
// shown, or -1 when the text gave no usable registry: the last good one stays on screen.
// Diagnostics: wgf_diagnostics().
WGF_EXPORT int wgf_set_registry(int len) {
    if (!app) return -1;
    PageText text(static_cast<size_t>(std::max(0, len)));
    wgf::LoadResult result = wgf::loadRegistry(text);
    bool fatal = result.fatal;  // the model's rule (wgf::usableRegistry): the last good one stays
    return applyRegistry(std::move(result.registry), std::move(result.diagnostics), fatal);
}

// Loads a Markdown page in the WORKING-GROUPS.md format through the importer, in the build that
// has one (markdown_import.cpp); the other refuses it (markdown_refused.cpp).
WGF_EXPORT int wgf_set_markdown(const char* text, int len, const char* options) {
    if (!app) return -1;
    return applyMarkdown(std::string_view(text, static_cast<size_t>(std::max(0, len))), options);
}

// The diagnostics of the last registry given, as a JSON array.
WGF_EXPORT const char* wgf_diagnostics() { return app ? app->lastDiagnostics.c_str() : "[]"; }

// What the widget shows (the screen's state JSON) plus the platform's own counters.
WGF_EXPORT const char* wgf_state() {
    if (!app) return "{}";
    json s = app->screen.state();
    s["framesDrawn"] = app->framesDrawn;  // the page adds its own parts (host API: state())
    app->lastState = dump(s);
    return app->lastState.c_str();
}

WGF_EXPORT void wgf_set_query(const char* q) {
    if (!app) return;
    app->screen.setQuery(q ? q : "");
    markDirty();
}
WGF_EXPORT const char* wgf_share_state() {
    if (!app) return "";
    app->lastShare = app->screen.shareState();
    return app->lastShare.c_str();
}
WGF_EXPORT void wgf_apply_share_state(const char* state) {
    if (!app) return;
    app->screen.applyShareState(state ? state : "");
    markDirty();
}

WGF_EXPORT void wgf_apply_device_state(const char* json) {
    if (!app) return;
    app->screen.applyDeviceState(json ? json : "");
    markDirty();
}

WGF_EXPORT void wgf_set_last_visit(const char* digest) {
    if (!app) return;
    app->screen.setLastVisit(digest ? digest : "");
    markDirty();
}

WGF_EXPORT void wgf_add_zones(const char* text) {
    if (!app || !text) return;
    json j = wgf::parseJson(text);
    if (!j.is_array()) return;
    std::vector<wgf::ZoneEntry> zones;
    auto field = [](const json& o, const char* k) {
        auto it = o.find(k);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const auto& o : j)
        if (o.is_object()) zones.push_back({field(o, "zone"), field(o, "code"), field(o, "country")});
    app->screen.addZones(zones);
    markDirty();
}

WGF_EXPORT void wgf_command(const char* name, const char* value) {
    if (!app || !name) return;
    app->screen.command(name, value ? value : "");
    markDirty();
}

// Runs a query through the view model: its index, meeting facts and the viewer's zone.
WGF_EXPORT const char* wgf_search(const char* query, int limit) {
    if (!app) return "{}";
    app->lastSearch = app->screen.searchJson(query ? query : "", limit > 0 ? static_cast<size_t>(limit) : 0);
    return app->lastSearch.c_str();
}

// The host changed the theme: "system", "light" or "dark".
WGF_EXPORT void wgf_set_theme(const char* theme) {
    if (!app) return;
    app->config.theme = themeFrom(theme ? theme : "");
    app->config.initialQuery.clear();  // a theme change keeps the visitor's query
    app->screen.configure(app->config);
    markDirty();
}

// Something outside the input events changed (a countdown's minute ticked): draw again.
WGF_EXPORT void wgf_invalidate() {
    if (app) markDirty();
}

// The WebGL context was lost and restored: the renderer's objects must be made again.
WGF_EXPORT void wgf_gl_restored() {
    if (!app) return;
    emscripten_webgl_make_context_current(app->gl);
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    markDirty();
}


// wgfinder web layer: the widget's entry point. Owns the GLFW window on the widget's canvas,
// Dear ImGui's platform/renderer backends, the frame loop, and the functions the page's JS calls.
// The screen (src/ui) never calls the browser; this file performs the actions it asks for.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <nlohmann/json.hpp>
#include <string>

#include "model/load.h"
#include "model/text.h"
#include "ui/screen.h"

namespace {

struct App {
    GLFWwindow* window = nullptr;
    wgf::ui::Screen screen;
    int framesDrawn = 0;
    int rowsDrawn = 0;
    int settleFrames = 2;  // frames still to draw after the last change (ImGui settles over a few)
    std::string lastState;
    std::string lastDiagnostics;
};
App app;

// Opens a link in a new tab, without giving the new page a handle on this one. The scheme is
// checked again here, at the edge, whatever the screen decided.
EM_JS(void, wgf_js_open_link, (const char* url), {
    const u = UTF8ToString(url);
    let ok = false;
    try { ok = ['http:', 'https:', 'mailto:'].includes(new URL(u, document.baseURI).protocol); } catch (e) {}
    if (ok) window.open(u, '_blank', 'noopener,noreferrer');
});

void markDirty() { app.settleFrames = 3; }

void frame() {
    glfwPollEvents();
    if (app.settleFrames <= 0) return;  // idle: nothing changed, draw nothing
    --app.settleFrames;
    int w = 0, h = 0;
    glfwGetFramebufferSize(app.window, &w, &h);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.rowsDrawn = app.screen.draw();
    ImGui::Render();
    glViewport(0, 0, w, h);
    glClearColor(0.98f, 0.98f, 0.99f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++app.framesDrawn;
    for (const auto& a : app.screen.actions)
        if (a.kind == wgf::ui::Action::Kind::OpenLink) wgf_js_open_link(a.payload.c_str());
    app.screen.actions.clear();
}

// Any input can change what is shown: draw a few frames after it.
void onCursor(GLFWwindow*, double, double) { markDirty(); }
void onMouse(GLFWwindow*, int, int, int) { markDirty(); }
void onScroll(GLFWwindow*, double, double) { markDirty(); }
void onKey(GLFWwindow*, int, int, int, int) { markDirty(); }
void onChar(GLFWwindow*, unsigned int) { markDirty(); }
void onSize(GLFWwindow*, int, int) { markDirty(); }

}  // namespace

extern "C" {

// Loads registry JSON (UTF-8, `len` bytes). Returns the number of groups shown, or -1 when the
// text gave no usable registry: the last good one stays on screen. Diagnostics: wgf_diagnostics().
EMSCRIPTEN_KEEPALIVE int wgf_set_registry(const char* text, int len) {
    auto result = wgf::loadRegistry(std::string_view(text, static_cast<size_t>(len)));
    nlohmann::json d = nlohmann::json::array();
    for (const auto& x : result.diagnostics)
        d.push_back({{"severity", x.severity == wgf::Severity::Error ? "error" : "warning"},
                     {"pointer", x.pointer}, {"group", x.groupId}, {"line", x.line}, {"column", x.column},
                     {"message", x.message}, {"text", x.toString()}});
    app.lastDiagnostics = d.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    markDirty();
    if (result.fatal) return -1;
    app.screen.registry = std::move(result.registry);
    app.screen.diagnostics = std::move(result.diagnostics);
    return static_cast<int>(app.screen.registry.groups.size());
}

EMSCRIPTEN_KEEPALIVE const char* wgf_diagnostics() { return app.lastDiagnostics.c_str(); }

// What the widget shows, for the host page and the tests.
EMSCRIPTEN_KEEPALIVE const char* wgf_state() {
    nlohmann::json s;
    s["title"] = app.screen.registry.title;
    s["updated"] = app.screen.registry.updated;
    s["groupCount"] = app.screen.registry.groups.size();
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& g : app.screen.registry.groups) ids.push_back(g.id);
    s["groupIds"] = ids;
    s["rowsDrawn"] = app.rowsDrawn;
    s["framesDrawn"] = app.framesDrawn;
    app.lastState = s.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return app.lastState.c_str();
}

}  // extern "C"

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    int w = EM_ASM_INT({ return Module.canvas.clientWidth || 900; });
    int h = EM_ASM_INT({ return Module.canvas.clientHeight || 600; });
    app.window = glfwCreateWindow(w, h, "wgfinder", nullptr, nullptr);
    if (!app.window) return 1;
    glfwMakeContextCurrent(app.window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is written to the visitor's storage
    ImGui::StyleColorsLight();
    // Our callbacks first: the backend chains to them when it installs its own.
    glfwSetCursorPosCallback(app.window, onCursor);
    glfwSetMouseButtonCallback(app.window, onMouse);
    glfwSetScrollCallback(app.window, onScroll);
    glfwSetKeyCallback(app.window, onKey);
    glfwSetCharCallback(app.window, onChar);
    glfwSetWindowSizeCallback(app.window, onSize);
    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

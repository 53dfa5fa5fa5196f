// wgfinder web layer: frames. A frame is drawn only when something changed, and ImGui settles
// over a few; each call reports what the page must do (actions, the text proxy, the mirror).
#include <emscripten.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "exports.h"
#include "web/app.h"
#include "web/keys_web.h"

namespace wgf::web {

namespace {

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

bool wantsFrame() {
    return app->settle > 0 || GImGui->InputEventsQueue.Size > 0 || app->keysHeld > 0;
}

json actionJson(const wgf::ui::Action& a) {
    using K = wgf::ui::Action::Kind;
    const char* kind = "openLink";
    switch (a.kind) {
        case K::OpenLink: kind = "openLink"; break;
        case K::CopyText: kind = "copyText"; break;
        case K::CopyLink: kind = "copyLink"; break;
        case K::CopyUrl: kind = "copyUrl"; break;
        case K::Download: kind = "download"; break;
        case K::Announce: kind = "announce"; break;
        case K::GroupSelected: kind = "groupSelected"; break;
        case K::QueryChanged: kind = "queryChanged"; break;
        case K::StateChanged: kind = "stateChanged"; break;
        case K::Remember: kind = "remember"; break;
        case K::RememberVisit: kind = "rememberVisit"; break;
        case K::NeedZoneCountries: kind = "needZoneCountries"; break;
    }
    json j = {{"kind", kind}, {"payload", a.payload}};
    if (!a.name.empty()) j["name"] = a.name;
    if (!a.mime.empty()) j["mime"] = a.mime;
    return j;
}

}  // namespace

// Draws one frame. With a tab probe, returns true when the Tab just fed would wrap around inside
// the widget: the request is then cancelled so focus can leave for the page.
bool drawFrame(double nowMs, TabProbe probe) {
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

}  // namespace wgf::web

using namespace wgf::web;

// Draws a frame when something changed, and reports what the page must do, as JSON:
//   {"drawn": true, "more": false, "redrawIn": 41000 (ms, -1 = never),
//    "textInput": true, "ime": [x, y, lineHeight] (CSS px), "cursor": "text",
//    "actions": [{"kind": "openLink", "payload": "https://..."}, ...],
//    "mirror": {"controls", "zones", "results", "details"} (Mirror: only the parts that changed)}
// `more`: call again on the next animation frame.
WGF_EXPORT const char* wgf_frame(double nowMs) {
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
    app->lastReport = dump(r);
    if (drawn) {
        // Only the parts that changed (the page keeps the others), spliced in as the JSON they are.
        static const char* const kParts[] = {"controls", "zones", "results", "details"};
        std::vector<std::string> parts = app->screen.mirror();
        std::string mirror;
        for (size_t k = 0; k < parts.size() && k < 4; ++k)
            if (parts[k] != app->lastMirror[k]) {
                mirror += (mirror.empty() ? "{\"" : ",\"") + std::string(kParts[k]) + "\":" + parts[k];
                app->lastMirror[k] = std::move(parts[k]);
            }
        if (!mirror.empty()) app->lastReport.insert(app->lastReport.size() - 1, ",\"mirror\":" + mirror + "}");
    }
    return app->lastReport.c_str();
}


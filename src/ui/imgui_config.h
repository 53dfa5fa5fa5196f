// wgfinder's Dear ImGui configuration (IMGUI_USER_CONFIG).
#pragma once

// A failing IM_ASSERT must not kill the visitor's page: log it and carry on. Debug builds of the
// native tests still stop, so a broken invariant is seen where it is made.
namespace wgf::ui {
void reportAssert(const char* expr, const char* file, int line);
}
#ifdef NDEBUG
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::wgf::ui::reportAssert(#_EXPR, __FILE__, __LINE__))
#endif

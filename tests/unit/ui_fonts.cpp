// The glyph atlas: built for the text the screen shows, the registry's and the rest.
#include <doctest/doctest.h>

#include <imgui.h>

#include <fstream>
#include <iterator>

#include "model/load.h"
#include "ui/fonts.h"

using namespace wgf;

TEST_CASE("the atlas can draw the zone picker's country names, not only the registry's text") {
    // Debian's Inter, which the set-up installs (the widget ships a subset of it).
    std::ifstream file("/usr/share/fonts/opentype/inter/Inter-Regular.otf", std::ios::binary);
    REQUIRE(file);
    std::vector<unsigned char> font((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        ui::FontAtlas atlas;
        atlas.setFontData(font, {});
        atlas.setRegistry(loadRegistry(R"({"version":1,"groups":[{"id":"core","name":"Core"}]})").registry);
        REQUIRE(atlas.prepare(1.0f));
        CHECK(atlas.fonts().body->FindGlyphNoFallback(0x00F4) == nullptr);  // no "\xC3\xB4" in the registry
        atlas.showText("C\xC3\xB4te d\xE2\x80\x99Ivoire");
        CHECK(atlas.prepare(1.0f));  // rebuilt for it
        CHECK(atlas.fonts().body->FindGlyphNoFallback(0x00F4) != nullptr);
        CHECK(atlas.fonts().body->FindGlyphNoFallback(0x2019) != nullptr);
        CHECK(atlas.missingGlyphs().empty());  // they are the registry's glyphs the fonts lack
        atlas.showText("Core");
        CHECK_FALSE(atlas.prepare(1.0f));  // nothing new: not rebuilt
    }
    ImGui::DestroyContext(ctx);
}

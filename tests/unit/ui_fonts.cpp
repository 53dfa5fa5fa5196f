// The glyph atlas: built for the text the screen shows, the registry's and the rest.
#include <doctest/doctest.h>

#include <imgui.h>

#include <fstream>
#include <iterator>

#include "model/load.h"
#include "ui/fonts.h"
#include "ui/glyphs.h"

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

namespace {

// A rasteriser that draws each glyph as a solid block whose coverage is its code point's low byte:
// the texture shows where each glyph went.
struct BlockGlyphs : ui::GlyphRasterizer {
    std::vector<ui::GlyphFace> faces;
    float measure(const ui::GlyphFace& face, const std::vector<uint32_t>& cps, std::vector<ui::GlyphBox>& boxes) override {
        faces.push_back(face);
        for (uint32_t cp : cps) {
            if (cp == ' ') boxes.push_back({face.pixels / 4, 0, 0, 0, 0});
            else boxes.push_back({face.pixels / 2, -1, static_cast<int>(face.pixels * 0.7f), static_cast<int>(cp % 5) + 3,
                                  static_cast<int>(face.pixels * 0.8f)});
        }
        return face.pixels * 0.75f;
    }
    void draw(const std::vector<ui::GlyphFace>&, const std::vector<ui::GlyphPlacement>& placements, int width, int,
              unsigned char* coverage) override {
        for (const auto& p : placements) {
            int w = static_cast<int>(p.codepoint % 5) + 3;
            int h = static_cast<int>(faces[static_cast<size_t>(p.face)].pixels * 0.8f);
            // Each placement carries its box's offsets, so the pen's place needs no second measure.
            CHECK(p.left == -1);
            CHECK(p.top == static_cast<int>(faces[static_cast<size_t>(p.face)].pixels * 0.7f));
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) coverage[(p.y + y) * width + p.x + x] = static_cast<unsigned char>(p.codepoint | 1);
        }
    }
};

}  // namespace

TEST_CASE("the browser's glyphs: every script the registry writes in, at the device's resolution") {
    ImGuiContext* ctx = ImGui::CreateContext();
    {
        BlockGlyphs glyphs;
        ui::FontAtlas atlas;
        atlas.setRasterizer(&glyphs);
        // Japanese, Russian, Greek and accented Latin names, and one character past 16 bits.
        atlas.setRegistry(loadRegistry(R"({"version":1,"groups":[{"id":"core","name":"Core",
            "leads":[{"name":"山田 太郎"},{"name":"Ирина"},{"name":"Γιώργος"},{"name":"José Müller"},{"name":"Ann 𝒜"}]}]})")
                              .registry);
        REQUIRE(atlas.prepare(2.0f));
        // Four faces, rasterised at twice their CSS size: body and small regular, bold and title 600.
        REQUIRE(glyphs.faces.size() == 4);
        CHECK(glyphs.faces[0].pixels == 30.0f);
        CHECK(glyphs.faces[0].weight == 400);
        CHECK(glyphs.faces[1].weight == 600);
        CHECK(glyphs.faces[2].pixels == 26.0f);
        CHECK(glyphs.faces[3].pixels == 40.0f);
        CHECK(ImGui::GetIO().FontGlobalScale == doctest::Approx(0.5f));  // layout stays in CSS pixels

        const ImFont* body = atlas.fonts().body;
        CHECK(body->Ascent == doctest::Approx(23.0f));  // round(30 * 0.75)
        ImFontAtlas* tex = ImGui::GetIO().Fonts;
        REQUIRE(tex->TexPixelsAlpha8 != nullptr);
        for (uint32_t cp : {0x5C71u /* 山 */, 0x0418u /* И */, 0x03CEu /* ώ */, 0x00FCu /* ü */, uint32_t('A')}) {
            CAPTURE(cp);
            const ImFontGlyph* g = body->FindGlyphNoFallback(static_cast<ImWchar>(cp));
            REQUIRE(g != nullptr);
            CHECK(g->AdvanceX == doctest::Approx(15.0f));
            CHECK(g->X0 == -1.0f);
            CHECK(g->Y0 == doctest::Approx(23.0f - 21.0f));  // the box's top 21 px above the baseline
            CHECK(g->X1 - g->X0 == float(cp % 5 + 3));
            // The glyph's pixels in the texture are the ones the rasteriser drew for it.
            int x = static_cast<int>(g->U0 * tex->TexWidth + 0.5f), y = static_cast<int>(g->V0 * tex->TexHeight + 0.5f);
            CHECK(tex->TexPixelsAlpha8[y * tex->TexWidth + x] == ((cp | 1) & 0xFF));
        }
        const ImFontGlyph* space = body->FindGlyphNoFallback(' ');
        REQUIRE(space != nullptr);
        CHECK_FALSE(space->Visible);
        CHECK(space->AdvanceX == doctest::Approx(7.5f));
        // ImGui's own white pixel is drawn too (every filled shape samples it).
        int wx = static_cast<int>(tex->TexUvWhitePixel.x * tex->TexWidth), wy = static_cast<int>(tex->TexUvWhitePixel.y * tex->TexHeight);
        CHECK(tex->TexPixelsAlpha8[wy * tex->TexWidth + wx] == 0xFF);
        // Only the character past the Basic Multilingual Plane has no glyph, and it is said.
        CHECK(atlas.missingGlyphs() == std::vector<uint32_t>{0x1D49C});

        // A new scale builds again, from the rasteriser.
        glyphs.faces.clear();
        CHECK(atlas.prepare(1.0f));
        CHECK(glyphs.faces.size() == 4);
        CHECK(atlas.fonts().title->FontSize == 20.0f);
    }
    ImGui::DestroyContext(ctx);
}

TEST_CASE("the registry's glyphs: each code point beyond ASCII its shown text has, once, in order") {
    Registry r;
    r.title = "Gruppen \xC3\xBC" "ber alles";  // ü
    Group g;
    g.id = "tokyo";
    g.name = "\xE6\x9D\xB1\xE4\xBA\xAC \xE6\x9D\xB1";  // 東京 東
    g.description = "\xF0\x9F\x98\x80 and \xC2\x80 and \xF4\x8F\xBF\xBF";  // U+1F600, U+0080, U+10FFFF
    Person p;
    p.name = "J\xC3\xBCrgen M\xC3\xBCller";  // ü again
    g.leads.push_back(p);
    Meeting m;
    m.schedule = "Mittwochs \xE2\x80\x93 14 Uhr";  // en dash
    g.meetings.push_back(m);
    r.groups.push_back(g);
    CHECK(ui::registryCodepoints(r) == std::vector<uint32_t>{0x80, 0xFC, 0x2013, 0x4EAC, 0x6771, 0x1F600, 0x10FFFF});
}

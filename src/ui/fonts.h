// wgfinder: the UI's fonts. Builds the ImGui font atlas with only the glyphs the UI and the loaded
// registry need, rasterised at the device pixel ratio so text is crisp on high-DPI screens: by the
// platform (the browser's own text, glyphs.h) in the widget, from font files natively.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/registry.h"

struct ImFont;

namespace wgf::ui {

struct Fonts {
    ImFont* body = nullptr;   // 15 px regular
    ImFont* bold = nullptr;   // 15 px bold
    ImFont* small = nullptr;  // 13 px regular
    ImFont* title = nullptr;  // 20 px bold
};

class GlyphRasterizer;

class FontAtlas {
public:
    // Font files (TTF/OTF) for ImGui's own rasteriser: natively and in the tests.
    void setFontData(std::vector<unsigned char> regular, std::vector<unsigned char> bold);
    // Or the platform's rasteriser (glyphs.h: the browser's, in the widget), which wins when set.
    // Not owned; it must outlive the atlas's use.
    void setRasterizer(GlyphRasterizer* rasterizer);
    // The registry decides which glyphs are needed; call when it changes.
    void setRegistry(const Registry& registry);
    // Other text the screen shows that the atlas must be able to draw (the zone picker's country
    // names, in the page's language: "C\xC3\xB4te d\xE2\x80\x99Ivoire").
    void showText(std::string_view text);
    // (Re)builds ImGui's atlas when the scale, the font data or the glyphs changed. Returns true
    // when it did (the renderer must upload the texture again).
    bool prepare(float devicePixelRatio);
    const Fonts& fonts() const { return fonts_; }
    // Code points the registry uses that the atlas has no glyph for (drawn as ImGui's fallback):
    // past the Basic Multilingual Plane, or not in the font files. (A browser draws a character
    // no installed font has as a box of its own, which is not counted here.)
    const std::vector<uint32_t>& missingGlyphs() const { return missing_; }

private:
    std::vector<unsigned char> regular_, bold_;
    GlyphRasterizer* rasterizer_ = nullptr;
    void merge();
    void addFonts(float dpr);
    void addRasterizedFonts(float dpr);  // codepoints_ from the registry's, the other text's and the UI's

    std::vector<uint32_t> registry_, other_;  // sorted, unique
    std::vector<uint32_t> codepoints_;  // sorted, unique: UI text + registry text + other text
    std::vector<uint16_t> ranges_;      // ImWchar pairs for the atlas, 0-terminated
    std::vector<uint32_t> missing_;
    Fonts fonts_;
    float builtScale_ = 0;
    bool dirty_ = true;
};

// Every code point of every string of the registry, sorted and unique.
std::vector<uint32_t> registryCodepoints(const Registry& registry);

}  // namespace wgf::ui

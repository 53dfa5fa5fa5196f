// wgfinder: glyphs from the platform's own text rasteriser.
//
// The widget does not ship font files: the browser draws each glyph the UI and the registry need
// (with the page's fonts, falling back to the system's for CJK, Cyrillic, Greek...), and
// buildAtlasFromRasterizer() packs them into Dear ImGui's font atlas. Natively and in the unit
// tests the font files stay (FontAtlas::setFontData and ImGui's stb_truetype builder).
//
// The rasteriser is a platform service: this header has no platform code. The web layer's one is
// src/web/glyphs_web.cpp (a 2D canvas); tests use a fake that draws boxes.
#pragma once

#include <cstdint>
#include <vector>

struct ImFontAtlas;

namespace wgf::ui {

// One face of the UI's text: a size and a CSS weight. `pixels` is the line's height in device
// pixels: the face is scaled so that its ascent and descent fill it (as ImGui sizes a TTF font).
struct GlyphFace {
    float pixels = 15;
    int weight = 400;
};

// Where a glyph's ink is, in device pixels, relative to the pen on the baseline. Width or height 0:
// nothing to draw (a space).
struct GlyphBox {
    float advance = 0;  // how far the pen moves
    int left = 0;       // bitmap's left edge from the pen (negative: the ink starts left of it)
    int top = 0;        // bitmap's top edge above the baseline (positive: above)
    int width = 0, height = 0;
};

struct GlyphPlacement {
    int face = 0;       // index into the faces given to draw()
    uint32_t codepoint = 0;
    int x = 0, y = 0;   // where the glyph's box's top-left corner goes in the texture
    int left = 0, top = 0;  // its box's (GlyphBox): the pen is at (x - left, y + top)
};

class GlyphRasterizer {
public:
    virtual ~GlyphRasterizer() = default;
    // The face's ascent (baseline below the line's top, device pixels) and each code point's box.
    // `boxes` gets one entry per code point, in order.
    virtual float measure(const GlyphFace& face, const std::vector<uint32_t>& codepoints,
                          std::vector<GlyphBox>& boxes) = 0;
    // Draws every placement's glyph, its box (as measure() gave it) at (x, y), into an 8-bit
    // coverage texture of width x height pixels (row-major, zero-filled by the caller).
    virtual void draw(const std::vector<GlyphFace>& faces, const std::vector<GlyphPlacement>& placements,
                      int width, int height, unsigned char* coverage) = 0;
};

// Builds `atlas` (its fonts added with AddFont*, each config's SizePixels and GlyphRanges set; the
// font data is not read) from the rasteriser. Each ImFontConfig's FontBuilderFlags is the face's
// CSS weight. Returns false when the rasteriser gave nothing usable.
bool buildAtlasFromRasterizer(ImFontAtlas* atlas, GlyphRasterizer& rasterizer);

}  // namespace wgf::ui

#include "web/glyphs_web.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/freetype/imgui_freetype.h>

#include <algorithm>
#include <vector>

#include "web/app.h"

// The canvas's font for a face: sized so that the family's ascent plus descent fill `pixels`, as
// ImGui sizes a TTF font (stbtt_ScaleForPixelHeight), so the layout keeps its proportions.
EM_JS(float, wgf_glyph_font, (const char* family, float pixels, int weight), {
  const canvas = Module.wgfGlyphCanvas || (Module.wgfGlyphCanvas = typeof OffscreenCanvas === 'function'
    ? new OffscreenCanvas(1, 1) : document.createElement('canvas'));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const fam = UTF8ToString(family);
  // A face's font and ascent are found once per build of the atlas (measured, then drawn, face by
  // face); the next build finds them again (the page's fonts may have changed in between).
  const faces = Module.wgfGlyphFaces || (Module.wgfGlyphFaces = new Map());
  const key = weight + ' ' + pixels + ' ' + fam;
  let face = faces.get(key);
  if (!face) {
    ctx.font = weight + ' 100px ' + fam;
    const m = ctx.measureText('Hg');
    const ascent = m.fontBoundingBoxAscent || m.actualBoundingBoxAscent || 80;
    const descent = m.fontBoundingBoxDescent || m.actualBoundingBoxDescent || 20;
    const em = pixels * 100 / (ascent + descent);
    face = { font: weight + ' ' + em + 'px ' + fam, ascent: ascent * em / 100 };
    faces.set(key, face);
  }
  Module.wgfGlyphFont = face.font;
  ctx.font = face.font;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  return face.ascent;
});

// Per code point 5 floats: advance, left, top, width, height (a pixel of margin round the ink).
EM_JS(void, wgf_glyph_measure, (const uint32_t* cps, int n, float* out), {
  const ctx = Module.wgfGlyphCanvas.getContext('2d');
  ctx.font = Module.wgfGlyphFont;
  for (let i = 0; i < n; i++) {
    const m = ctx.measureText(String.fromCodePoint(HEAPU32[(cps >> 2) + i]));
    const l = m.actualBoundingBoxLeft, r = m.actualBoundingBoxRight;
    const a = m.actualBoundingBoxAscent, d = m.actualBoundingBoxDescent;
    const ink = l + r > 0 && a + d > 0;
    const o = (out >> 2) + i * 5;
    HEAPF32[o] = m.width;
    HEAPF32[o + 1] = ink ? -(Math.ceil(l) + 1) : 0;
    HEAPF32[o + 2] = ink ? Math.ceil(a) + 1 : 0;
    HEAPF32[o + 3] = ink ? Math.ceil(l) + Math.ceil(r) + 2 : 0;
    HEAPF32[o + 4] = ink ? Math.ceil(a) + Math.ceil(d) + 2 : 0;
  }
});

// Drawing: the canvas takes the texture's size, each face draws its glyphs (3 ints each: code
// point, and the pen's x and y, from the box measure() gave) with the font wgf_glyph_font set, and
// the coverage (alpha) is copied out.
EM_JS(void, wgf_glyph_begin, (int width, int height), {
  const canvas = Module.wgfGlyphCanvas;
  canvas.width = width;
  canvas.height = height;
});
EM_JS(void, wgf_glyph_draw, (const int32_t* items, int n), {
  const ctx = Module.wgfGlyphCanvas.getContext('2d');
  ctx.fillStyle = '#fff';
  for (let i = 0; i < n; i++) {
    const o = (items >> 2) + i * 3;
    ctx.fillText(String.fromCodePoint(HEAP32[o]), HEAP32[o + 1], HEAP32[o + 2]);
  }
});
// The canvas's pixels (RGBA) are read once; wgf_glyph_pixels copies `n` bytes of them from `offset`
// into the core's memory, and the core keeps every fourth (the coverage): a loop over the bytes in
// the page ran interpreted, about 50 ms for the demo's 512 x 177 texture, far more for big ones.
EM_JS(void, wgf_glyph_read, (), {
  const canvas = Module.wgfGlyphCanvas;
  const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  Module.wgfGlyphPixels = new Uint8Array(px.buffer, px.byteOffset, px.length);  // set() copies these as bytes
  canvas.width = canvas.height = 1;  // the pixels are the page's copy now
});
EM_JS(void, wgf_glyph_pixels, (double offset, unsigned char* out, int n), {
  HEAPU8.set(Module.wgfGlyphPixels.subarray(offset, offset + n), out);
});
EM_JS(void, wgf_glyph_done, (), {
  delete Module.wgfGlyphPixels;
  delete Module.wgfGlyphFaces;
});

namespace wgf::web {

float BrowserGlyphs::measure(const wgf::ui::GlyphFace& face, const std::vector<uint32_t>& codepoints,
                             std::vector<wgf::ui::GlyphBox>& boxes) {
    float ascent = wgf_glyph_font(family_.c_str(), face.pixels, face.weight);
    std::vector<float> out(codepoints.size() * 5);
    if (!codepoints.empty()) wgf_glyph_measure(codepoints.data(), static_cast<int>(codepoints.size()), out.data());
    boxes.resize(codepoints.size());
    for (size_t i = 0; i < codepoints.size(); ++i) {
        const float* m = &out[i * 5];
        boxes[i] = {m[0], static_cast<int>(m[1]), static_cast<int>(m[2]), static_cast<int>(m[3]), static_cast<int>(m[4])};
    }
    return ascent;
}

void BrowserGlyphs::draw(const std::vector<wgf::ui::GlyphFace>& faces, const std::vector<wgf::ui::GlyphPlacement>& placements,
                         int width, int height, unsigned char* coverage) {
    wgf_glyph_begin(width, height);
    std::vector<int32_t> items;
    for (size_t f = 0; f < faces.size(); ++f) {
        items.clear();
        for (const auto& p : placements)
            if (p.face == static_cast<int>(f)) items.insert(items.end(), {static_cast<int32_t>(p.codepoint), p.x - p.left, p.y + p.top});
        if (items.empty()) continue;
        wgf_glyph_font(family_.c_str(), faces[f].pixels, faces[f].weight);
        wgf_glyph_draw(items.data(), static_cast<int>(items.size() / 3));
    }
    wgf_glyph_read();
    // In parts of 64 KiB (whole pixels): the core's memory, which never shrinks, never holds them all.
    const size_t pixels = static_cast<size_t>(width) * static_cast<size_t>(height);
    std::vector<unsigned char> rgba(std::min<size_t>(pixels, 16 * 1024) * 4);
    for (size_t at = 0; at < pixels;) {
        const size_t n = std::min(pixels - at, rgba.size() / 4);
        wgf_glyph_pixels(static_cast<double>(at * 4), rgba.data(), static_cast<int>(n * 4));
        for (size_t i = 0; i < n; ++i) coverage[at + i] = rgba[i * 4 + 3];
        at += n;
    }
    wgf_glyph_done();
}

}  // namespace wgf::web

// Dear ImGui 1.90 keeps stb_truetype out of a build only when IMGUI_ENABLE_FREETYPE is defined, and
// then asks ImGuiFreeType for its builder: the widget's imgui_draw.cpp is compiled that way
// (cmake/web.cmake) and this is the builder it gets, the browser's. No FreeType is linked.
namespace ImGuiFreeType {
const ImFontBuilderIO* GetBuilderForFreeType() {
    static ImFontBuilderIO io{[](ImFontAtlas* atlas) {
        return wgf::web::app && wgf::ui::buildAtlasFromRasterizer(atlas, wgf::web::app->glyphs);
    }};
    return &io;
}
}  // namespace ImGuiFreeType

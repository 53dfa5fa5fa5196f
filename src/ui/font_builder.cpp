// Dear ImGui's font atlas from a GlyphRasterizer (glyphs.h): measure every face's glyphs, pack
// their boxes and ImGui's own rectangles (mouse cursors, white pixel, thick lines) on shelves,
// let the rasteriser draw them all in one pass, then hand the glyphs to ImGui.
#include "ui/glyphs.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace wgf::ui {
namespace {

constexpr int kMaxTexture = 4096;  // what WebGL2 implementations give in practice; more is left out

std::vector<uint32_t> codepointsOf(const ImWchar* ranges) {
    std::vector<uint32_t> out;
    for (; ranges && ranges[0] && ranges[1]; ranges += 2)
        for (uint32_t c = ranges[0]; c <= ranges[1]; ++c) out.push_back(c);
    return out;
}

// Shelf packing, tallest first. Returns the texture's height (0: nothing fits in kMaxTexture).
int packRects(ImVector<ImFontAtlasCustomRect>& rects, int width, int padding) {
    std::vector<int> order(static_cast<size_t>(rects.Size));
    for (int i = 0; i < rects.Size; ++i) order[static_cast<size_t>(i)] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return rects[a].Height != rects[b].Height ? rects[a].Height > rects[b].Height : a < b;
    });
    int x = padding, y = padding, shelf = 0;
    for (int i : order) {
        ImFontAtlasCustomRect& r = rects[i];
        if (x + r.Width + padding > width) {
            x = padding;
            y += shelf + padding;
            shelf = 0;
        }
        if (y + r.Height + padding > kMaxTexture) continue;  // left unpacked: not drawn, not registered
        r.X = static_cast<unsigned short>(x);
        r.Y = static_cast<unsigned short>(y);
        x += r.Width + padding;
        shelf = std::max(shelf, static_cast<int>(r.Height));
    }
    return y + shelf + padding;
}

int textureWidth(const ImVector<ImFontAtlasCustomRect>& rects, int padding) {
    double area = 0;
    int widest = 0;
    for (const auto& r : rects) {
        area += double(r.Width + padding) * double(r.Height + padding);
        widest = std::max(widest, r.Width + 2 * padding);
    }
    int w = 512;
    while (w < kMaxTexture && (double(w) * w < area * 1.3 || w < widest)) w *= 2;
    return w;
}

}  // namespace

bool buildAtlasFromRasterizer(ImFontAtlas* atlas, GlyphRasterizer& rasterizer) {
    if (atlas->ConfigData.Size == 0) return false;
    ImFontAtlasBuildInit(atlas);
    atlas->TexID = (ImTextureID)NULL;
    atlas->TexWidth = atlas->TexHeight = 0;
    atlas->ClearTexData();
    // Glyph rectangles of an earlier build go; ImGui's own (registered by BuildInit) stay first.
    int own = std::max(atlas->PackIdMouseCursors, atlas->PackIdLines) + 1;
    atlas->CustomRects.resize(std::max(0, std::min(own, atlas->CustomRects.Size)));

    std::vector<GlyphFace> faces;
    std::vector<GlyphPlacement> drawn;  // per glyph rectangle (index - first), x and y to come
    const int first = atlas->CustomRects.Size;
    std::vector<GlyphBox> boxes;
    for (ImFontConfig& cfg : atlas->ConfigData) {
        GlyphFace face{cfg.SizePixels, cfg.FontBuilderFlags > 0 ? static_cast<int>(cfg.FontBuilderFlags) : 400};
        std::vector<uint32_t> cps = codepointsOf(cfg.GlyphRanges ? cfg.GlyphRanges : atlas->GetGlyphRangesDefault());
        boxes.clear();
        float ascent = rasterizer.measure(face, cps, boxes);
        if (boxes.size() != cps.size()) return false;
        ImFont* font = cfg.DstFont;
        ImFontAtlasBuildSetupFont(atlas, font, &cfg, std::round(ascent), std::round(ascent) - cfg.SizePixels);
        faces.push_back(face);
        for (size_t i = 0; i < cps.size(); ++i) {
            const GlyphBox& b = boxes[i];
            if (cps[i] > 0xFFFF) continue;
            if (b.width <= 0 || b.height <= 0 || b.width > 0xFFFF || b.height > 0xFFFF) {
                // Nothing to draw (a space): the glyph is its advance.
                if (b.advance > 0) font->AddGlyph(&cfg, static_cast<ImWchar>(cps[i]), 0, 0, 0, 0, 0, 0, 0, 0, b.advance);
                continue;
            }
            atlas->AddCustomRectFontGlyph(font, static_cast<ImWchar>(cps[i]), b.width, b.height, b.advance,
                                          ImVec2(static_cast<float>(b.left), std::round(ascent) - static_cast<float>(b.top)));
            drawn.push_back({static_cast<int>(faces.size()) - 1, cps[i], 0, 0, b.left, b.top});
        }
    }

    const int padding = std::max(1, atlas->TexGlyphPadding);
    atlas->TexWidth = textureWidth(atlas->CustomRects, padding);
    atlas->TexHeight = std::min(kMaxTexture, packRects(atlas->CustomRects, atlas->TexWidth, padding));
    atlas->TexUvScale = ImVec2(1.0f / static_cast<float>(atlas->TexWidth), 1.0f / static_cast<float>(atlas->TexHeight));
    size_t bytes = static_cast<size_t>(atlas->TexWidth) * static_cast<size_t>(atlas->TexHeight);
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(bytes));
    std::memset(atlas->TexPixelsAlpha8, 0, bytes);

    std::vector<GlyphPlacement> placements;
    placements.reserve(drawn.size());
    for (size_t i = 0; i < drawn.size(); ++i) {
        ImFontAtlasCustomRect& r = atlas->CustomRects[first + static_cast<int>(i)];
        if (!r.IsPacked()) {
            r.Font = nullptr;  // did not fit: ImGui draws its fallback character instead
            continue;
        }
        placements.push_back(drawn[i]);
        placements.back().x = r.X;
        placements.back().y = r.Y;
    }
    rasterizer.draw(faces, placements, atlas->TexWidth, atlas->TexHeight, atlas->TexPixelsAlpha8);
    // ImGui's own rectangles must be packed for BuildFinish to draw into them.
    for (int i = 0; i < first; ++i)
        if (!atlas->CustomRects[i].IsPacked()) return false;
    ImFontAtlasBuildFinish(atlas);
    return true;
}

}  // namespace wgf::ui

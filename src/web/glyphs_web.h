// wgfinder web layer: the browser's text rasteriser for the font atlas (ui/glyphs.h). Glyphs are
// drawn with a 2D canvas in the font family the page gives the widget (its CSS font-family), so
// any script the visitor's system can show is shown, and no font file is downloaded.
#pragma once

#include <string>

#include "ui/glyphs.h"

namespace wgf::web {

class BrowserGlyphs final : public wgf::ui::GlyphRasterizer {
public:
    void setFamily(std::string family) { family_ = family.empty() ? "system-ui, sans-serif" : std::move(family); }
    float measure(const wgf::ui::GlyphFace& face, const std::vector<uint32_t>& codepoints,
                  std::vector<wgf::ui::GlyphBox>& boxes) override;
    void draw(const std::vector<wgf::ui::GlyphFace>& faces, const std::vector<wgf::ui::GlyphPlacement>& placements,
              int width, int height, unsigned char* coverage) override;

private:
    std::string family_ = "system-ui, sans-serif";
};

}  // namespace wgf::web

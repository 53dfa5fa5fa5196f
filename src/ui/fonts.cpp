#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>

#include "model/text.h"
#include "ui/glyphs.h"

namespace wgf::ui {
namespace {

// Calls fn(code point) for each code point of `s` beyond ASCII.
template <class Fn>
void forEachBeyondAscii(std::string_view s, Fn&& fn) {
    for (size_t i = 0, n = 0; i < s.size(); i += n)
        if (int32_t cp = codePointAt(s, i, n); cp >= 0x80 && cp < 0x110000) fn(static_cast<uint32_t>(cp));
}

void addText(std::vector<uint32_t>& out, std::string_view s) {
    forEachBeyondAscii(s, [&](uint32_t cp) { out.push_back(cp); });
}

// Glyphs the UI itself draws beyond ASCII: ellipsis, dashes, arrows, bullets, typographic quotes,
// the multiplication sign of a chip's remove button.
const uint32_t kUiGlyphs[] = {0x00A0, 0x00B7, 0x00D7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2026, 0x2190, 0x2191, 0x2192, 0x2193, 0x2197, 0x21BB, 0x2212, 0x25B2, 0x25BC,
                              0x25CF, 0x2713};

}  // namespace

// One bit per code point (136 KiB), not a list of every non-ASCII character of the registry's
// text: a registry written in Chinese holds megabytes of them (the list took 20.9 MB at its peak
// for 10,000 groups of CJK text, natively).
std::vector<uint32_t> registryCodepoints(const Registry& r) {
    std::vector<uint64_t> seen((0x110000 + 63) / 64, 0);
    auto add = [&](std::string_view s) { forEachBeyondAscii(s, [&](uint32_t cp) { seen[cp >> 6] |= uint64_t(1) << (cp & 63); }); };
    add(r.title);
    add(r.about);
    for (const auto& l : r.links) add(l.label);
    for (const auto& g : r.groups) {
        add(g.name);
        add(g.kind);
        add(g.status);
        add(g.description);
        for (const auto& t : g.topics) add(t);
        for (const auto& p : g.leads) {
            add(p.name);
            add(p.company);
            add(p.role);
        }
        for (const auto& c : g.contacts) add(c.label);
        for (const auto& m : g.meetings) {
            add(m.title);
            add(m.schedule);
            add(m.note);
        }
        for (const auto& l : g.links) add(l.label);
    }
    std::vector<uint32_t> out;
    for (uint32_t w = 0; w < seen.size(); ++w)
        for (uint64_t bits = seen[w]; bits; bits &= bits - 1) out.push_back(w * 64 + static_cast<uint32_t>(__builtin_ctzll(bits)));
    return out;
}

void FontAtlas::setFontData(std::vector<unsigned char> regular, std::vector<unsigned char> bold) {
    regular_ = std::move(regular);
    bold_ = std::move(bold);
    dirty_ = true;
}

void FontAtlas::setRegistry(const Registry& registry) {
    registry_ = registryCodepoints(registry);
    merge();
}

void FontAtlas::showText(std::string_view text) {
    size_t before = other_.size();
    addText(other_, text);
    if (other_.size() == before) return;
    std::sort(other_.begin(), other_.end());
    other_.erase(std::unique(other_.begin(), other_.end()), other_.end());
    merge();
}

void FontAtlas::merge() {
    std::vector<uint32_t> cps = registry_;
    cps.insert(cps.end(), other_.begin(), other_.end());
    cps.insert(cps.end(), std::begin(kUiGlyphs), std::end(kUiGlyphs));
    std::sort(cps.begin(), cps.end());
    cps.erase(std::unique(cps.begin(), cps.end()), cps.end());
    if (cps != codepoints_) {
        codepoints_ = std::move(cps);
        dirty_ = true;
    }
}

void FontAtlas::setRasterizer(GlyphRasterizer* rasterizer) {
    rasterizer_ = rasterizer;
    dirty_ = true;
}

// The four faces from the platform's rasteriser, each with every glyph it needs (no merging: the
// browser falls back across fonts by itself). The font data is a placeholder ImGui asks for.
void FontAtlas::addRasterizedFonts(float dpr) {
    static unsigned char placeholder[1] = {0};
    ImGuiIO& io = ImGui::GetIO();
    auto add = [&](float px, int weight) -> ImFont* {
        ImFontConfig cfg;
        cfg.FontData = placeholder;
        cfg.FontDataSize = 1;
        cfg.FontDataOwnedByAtlas = false;
        cfg.SizePixels = px * dpr;
        cfg.GlyphRanges = reinterpret_cast<const ImWchar*>(ranges_.data());
        cfg.FontBuilderFlags = static_cast<unsigned>(weight);
        return io.Fonts->AddFont(&cfg);
    };
    fonts_.body = add(15.0f, 400);
    fonts_.bold = add(15.0f, 600);
    fonts_.small = add(13.0f, 400);
    fonts_.title = add(20.0f, 600);
    buildAtlasFromRasterizer(io.Fonts, *rasterizer_);
}

void FontAtlas::addFonts(float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    auto add = [&](std::vector<unsigned char>& data, float px, bool merge) -> ImFont* {
        if (data.empty()) {
            if (merge) return nullptr;
            ImFontConfig cfg;
            cfg.SizePixels = 13.0f * dpr;
            return io.Fonts->AddFontDefault(&cfg);
        }
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;  // the bytes stay ours; the atlas is rebuilt from them
        cfg.OversampleH = 2;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = false;
        cfg.MergeMode = merge;
        return io.Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), px * dpr, &cfg,
                                              reinterpret_cast<const ImWchar*>(ranges_.data()));
    };
    // A bold file may hold fewer glyphs than the regular one: regular glyphs are merged into the
    // bold fonts, so a Greek or Vietnamese name in bold never shows boxes.
    auto addBold = [&](float px) -> ImFont* {
        if (bold_.empty()) return add(regular_, px, false);
        ImFont* f = add(bold_, px, false);
        add(regular_, px, true);
        return f;
    };
    fonts_.body = add(regular_, 15.0f, false);
    fonts_.bold = addBold(15.0f);
    fonts_.small = add(regular_, 13.0f, false);
    fonts_.title = addBold(20.0f);
    io.Fonts->Build();
}

bool FontAtlas::prepare(float dpr) {
    if (dpr <= 0) dpr = 1;
    if (!dirty_ && dpr == builtScale_) return false;
    // ImWchar is 16 bits: code points past the Basic Multilingual Plane cannot be in the atlas.
    ranges_.clear();
    ranges_.push_back(0x0020);
    ranges_.push_back(0x007E);
    for (uint32_t cp : codepoints_) {
        if (cp > 0xFFFF) continue;
        if (!ranges_.empty() && ranges_.back() + 1u == cp) {
            ranges_.back() = static_cast<uint16_t>(cp);
        } else {
            ranges_.push_back(static_cast<uint16_t>(cp));
            ranges_.push_back(static_cast<uint16_t>(cp));
        }
    }
    ranges_.push_back(0);

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    if (rasterizer_) addRasterizedFonts(dpr);
    else addFonts(dpr);
    io.FontDefault = fonts_.body;
    io.FontGlobalScale = 1.0f / dpr;  // layout stays in CSS pixels, glyphs at device pixels

    missing_.clear();
    if (fonts_.body && (rasterizer_ || !regular_.empty()))
        for (uint32_t cp : registry_)
            if (cp > 0xFFFF || !fonts_.body->FindGlyphNoFallback(static_cast<ImWchar>(cp))) missing_.push_back(cp);
    builtScale_ = dpr;
    dirty_ = false;
    return true;
}

}  // namespace wgf::ui

#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>

#include "model/text.h"
#include "ui/theme.h"

namespace wgf::ui {

float textWidth(std::string_view text) {
    return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

namespace {
std::vector<DrawnText>* textLog = nullptr;
}

void setTextLog(std::vector<DrawnText>* log) { textLog = log; }

void noteText(std::string_view text, float full, float width) {
    if (!textLog) return;
    const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
    const ImRect clip = window->ClipRect;  // the window's visible area
    ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (width > 0) item.Max.x = item.Min.x + width;
    ImRect seen = item;
    seen.ClipWithFull(clip);
    if (seen.GetWidth() < 1 || seen.GetHeight() < 1) return;  // not in view
    float room = clip.Max.x - seen.Max.x;
    if (seen.GetWidth() < item.GetWidth() - 0.5f && full <= 0) {  // cut by its window's edge
        full = item.GetWidth();
        room = -1;
    }
    textLog->push_back({seen.Min.x, seen.Min.y, seen.GetWidth(), seen.GetHeight(), std::string(text),
                        (window->RootWindow->Flags & ImGuiWindowFlags_Popup) != 0, full, room});
}

// An invisible button draws nothing, not even the keyboard focus: drawn here, as ImGui's own
// widgets draw theirs.
void keyboardFocusFrame() {
    ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID());
}

bool link(const char* id, std::string_view label, const Palette& p) {
    ImGui::PushID(id);
    ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton("##link", ImVec2(std::max(size.x, 1.0f), size.y));
    keyboardFocusFrame();
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(pos, p.link, label.data(), label.data() + label.size());
    noteText(label);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        dl->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y), p.link);
    }
    ImGui::PopID();
    return clicked;
}

size_t fitting(std::string_view text, float maxWidth) {
    const float ellW = textWidth("\xE2\x80\xA6");
    if (textWidth(text) <= maxWidth || maxWidth <= ellW) return text.size();
    // As many whole code points as fit before the ellipsis.
    float w = 0;
    size_t q = 0;
    while (q < text.size()) {
        size_t nx = q + utf8NextCharStart(text.substr(q), 1);
        float cw = ImGui::CalcTextSize(text.data() + q, text.data() + nx).x;
        if (w + cw > maxWidth - ellW) break;
        w += cw;
        q = nx;
    }
    return q;
}

void highlighted(std::string_view text, const Ranges& ranges, ImU32 color, ImU32 highlight, float maxWidth) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float lineH = ImGui::GetTextLineHeight();
    const char* b = text.data();
    const char* e = text.data() + text.size();
    float full = textWidth(text);
    const char* cut = b + fitting(text, maxWidth);
    const char* ellipsis = "\xE2\x80\xA6";
    float ellW = textWidth(ellipsis);
    // Highlight backgrounds first, then the text over them.
    for (const auto& [rb, re] : ranges) {
        const char* hb = b + std::min<size_t>(rb, static_cast<size_t>(cut - b));
        const char* he = b + std::min<size_t>(re, static_cast<size_t>(cut - b));
        if (he <= hb) continue;
        float x0 = start.x + ImGui::CalcTextSize(b, hb).x;
        float x1 = start.x + ImGui::CalcTextSize(b, he).x;
        dl->AddRectFilled(ImVec2(x0 - 1, start.y), ImVec2(x1 + 1, start.y + lineH), highlight, 3.0f);
    }
    dl->AddText(start, color, b, cut);
    float width = ImGui::CalcTextSize(b, cut).x;
    if (cut != e) {
        dl->AddText(ImVec2(start.x + width, start.y), color, ellipsis);
        width += ellW;
    }
    ImGui::Dummy(ImVec2(std::max(width, 1.0f), lineH));
    noteText(text, cut != e ? full : 0);
}

bool chip(std::string_view text, ImU32 bg, ImU32 fg, const Ranges& ranges, ImU32 highlight) {
    ImVec2 pad(7, 2);
    ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 box(size.x + pad.x * 2, size.y + pad.y * 2);
    ImGui::PushID(text.data(), text.data() + text.size());
    bool clicked = ImGui::InvisibleButton("##chip", box);
    keyboardFocusFrame();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y), bg, box.y * 0.5f);
    ImVec2 tp(pos.x + pad.x, pos.y + pad.y);
    for (const auto& [rb, re] : ranges) {
        size_t b0 = std::min<size_t>(rb, text.size()), e0 = std::min<size_t>(re, text.size());
        if (e0 <= b0) continue;
        float x0 = tp.x + ImGui::CalcTextSize(text.data(), text.data() + b0).x;
        float x1 = tp.x + ImGui::CalcTextSize(text.data(), text.data() + e0).x;
        dl->AddRectFilled(ImVec2(x0 - 1, tp.y), ImVec2(x1 + 1, tp.y + size.y), highlight, 3.0f);
    }
    dl->AddText(tp, fg, text.data(), text.data() + text.size());
    noteText(text);
    return clicked;
}

void wrapped(std::string_view text, ImU32 color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    noteText(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void sameLineIfFits(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
}

void label(std::string_view text, ImU32 color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    noteText(text);
    ImGui::PopStyleColor();
}

}  // namespace wgf::ui

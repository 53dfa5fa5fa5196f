// wgfinder: how the screen arranges itself at a width, decided without ImGui (and so tested
// without it). The screen draws what these say; widths are CSS pixels.
#pragma once

namespace wgf::ui {

// The frame's arrangement.
struct FrameLayout {
    // Filters, list and detail side by side, each region scrolling on its own (a desktop). Else
    // one region at a time (the list, the filters or the detail) in the widget's one scroll
    // area, the filters behind a button: a thumb scrolls one thing, and nothing is squeezed.
    bool columns = false;
    // The search field on a line of its own and the header on one short line (a phone).
    bool compact = false;
};
FrameLayout frameLayout(float width);

// Whether a list this wide gives a result's next meeting a line of its own, under the name,
// rather than the end of the name's line (where it would squeeze the name).
bool meetingOnOwnLine(float listWidth);

// The first line of a result row: the name, then its chips, then (when on the same line) the
// next meeting. Nothing is drawn over anything: the chips are left out before the name is cut,
// and the name is cut only when it does not fit by itself or would leave the meeting less than a
// third of the line.
struct RowLine {
    float nameMax = 0;   // the width the name may take (it is cut with an ellipsis beyond)
    bool chips = true;   // the chips are drawn after the name
    float nextMax = 0;   // the width the next meeting may take on this line (0: not on it)
};
// `avail`: the line's width after the row's box; `gap`: the space between items.
RowLine rowLine(float avail, float nameW, float chipsW, float nextW, bool nextOnLine, float gap);

}  // namespace wgf::ui

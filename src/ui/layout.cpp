#include "ui/layout.h"

#include <algorithm>

namespace wgf::ui {

FrameLayout frameLayout(float width) {
    FrameLayout l;
    l.columns = width >= 980;
    l.compact = width < 640;
    return l;
}

bool meetingOnOwnLine(float listWidth) { return listWidth < 640; }

RowLine rowLine(float avail, float nameW, float chipsW, float nextW, bool nextOnLine, float gap) {
    RowLine r;
    r.chips = chipsW > 0 && nameW + gap + chipsW <= avail;
    float used = r.chips ? nameW + gap + chipsW : nameW;
    r.nameMax = std::min(nameW, avail);
    if (nextOnLine && nextW > 0) {
        // The meeting takes the rest of the line: its chips give way first, then the name, down
        // to two thirds of the line.
        float rest = avail - used - gap;
        if (rest < nextW && r.chips) {
            r.chips = false;
            rest = avail - nameW - gap;
        }
        if (rest < avail / 3) {
            rest = avail / 3;
            r.nameMax = std::min(nameW, avail - rest - gap);
        }
        r.nextMax = std::max(0.0f, std::min(nextW, rest));
    }
    return r;
}

}  // namespace wgf::ui

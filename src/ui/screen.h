// wgfinder: the ImGui screen. Platform-free: it draws the model and asks the platform layer for
// actions (open a link, copy text) instead of calling the browser itself.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/registry.h"

namespace wgf::ui {

// Something the screen wants done outside ImGui; the platform layer performs and clears them.
struct Action {
    enum class Kind { OpenLink, CopyText };
    Kind kind = Kind::OpenLink;
    std::string payload;  // the url (already checked to be http(s)/mailto) or the text to copy
};

struct Screen {
    Registry registry;           // the last good registry
    Diagnostics diagnostics;     // what its loading reported
    std::vector<Action> actions; // filled by draw(), drained by the platform layer

    // Draws one frame filling the whole display. Returns the number of group rows laid out.
    int draw();
};

}  // namespace wgf::ui

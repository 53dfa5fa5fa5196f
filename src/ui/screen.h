// wgfinder: the ImGui screen. Platform-free: it draws the model and query results and asks the
// platform layer for actions (open a link, copy text, download a calendar) instead of calling
// the browser. The web layer (src/web/) owns the ImGui context's platform side: it feeds input
// events into ImGuiIO, calls Screen::frame() between ImGui::NewFrame() and ImGui::Render(), and
// performs the actions. Native tests drive the same Screen with a null backend.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "model/diagnostics.h"
#include "model/registry.h"
#include "ui/view_model.h"

namespace wgf::ui {

class GlyphRasterizer;

// Options as data: one struct, filled from the embed options (attributes or mount() options).
struct Config {
    enum class Theme { System, Light, Dark };
    Theme theme = Theme::System;
    std::string initialQuery;
    std::string viewerZone;      // IANA name; empty = the platform's zone
};

// Something the screen wants done outside ImGui; the platform layer performs it.
struct Action {
    enum class Kind {
        OpenLink,       // payload: url: http(s), mailto, or relative to the registry (no other scheme)
        CopyText,       // payload: text for the clipboard
        CopyUrl,        // payload: a url (http(s), or relative to the registry): the platform copies
                        // its whole address (a calendar feed's, to subscribe to)
        CopyLink,       // payload: shareable state (ViewModel::linkState): the platform copies its
                        // page's address with this state in the widget's part of the fragment
        Download,       // payload: file content, name: file name, mime: media type
        Announce,       // payload: text for the ARIA live region ("5 groups found")
        GroupSelected,  // payload: group id ("" = none): host event + URL fragment
        QueryChanged,   // payload: query text: host event + URL fragment
        StateChanged,   // payload: empty; the shareable state (query, filters, zone) changed
        Remember,       // payload: ViewModel::deviceState() JSON, to keep on this device and hand
                        // back through Screen::applyDeviceState() on the next visit
        RememberVisit,  // payload: ViewModel::visitDigest(), the registry this visit showed, to keep on
                        // this device and hand back through Screen::setLastVisit() on the next
                        // visit; "" forgets it
        NeedZoneCountries,  // payload: empty; the zone picker opened and no zone has a country:
                            // the platform may add them (Screen::addZones)
    };
    Kind kind = Kind::OpenLink;
    std::string payload;
    std::string name;
    std::string mime;
};

// What the platform tells the screen each frame.
struct FrameInput {
    double nowUtc = 0;        // seconds since 1970 (for next meetings and countdowns)
    bool systemDark = false;  // prefers-color-scheme: dark
    bool offline = false;     // the page has no network: "offline, data as of ..."
    // The search field takes keyboard focus this frame (the page's accessible search proxy was
    // focused, e.g. by a screen reader or a tap, or the host asked for it).
    bool focusSearch = false;
};

class Screen {
public:
    Screen();
    ~Screen();
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    void configure(const Config& config);

    // A new registry. With `fatal` (nothing usable) the current one stays on screen and the
    // diagnostics are shown as a failed update. Returns the number of groups now shown.
    int setRegistry(Registry registry, Diagnostics diagnostics, bool fatal);

    // Shareable state, also settable by the host (URL fragment, setQuery()).
    void setQuery(const std::string& query);
    void setSelected(const std::string& groupId);
    // URL-fragment form of the shareable state: "q=...&g=...&tz=...&f=..." (values encoded).
    std::string shareState() const;
    void applyShareState(const std::string& state);
    // What an earlier visit asked to keep on this device (Action::Remember): the visitor's zone and
    // weeks. Before applyShareState(), so that a shared link's zone wins.
    void applyDeviceState(const std::string& json);
    // The digest an earlier visit kept (Action::RememberVisit): what changed since is shown.
    void setLastVisit(const std::string& digest);
    // Countries of the picker's zones (zone.tab), when the platform could not give them at once.
    void addZones(const std::vector<ZoneEntry>& zones);
    // The host page's search(): the view model's index in the viewer's zone (ViewModel::searchJson).
    std::string searchJson(const std::string& query, size_t limit);

    // Font files (TTF/OTF bytes) for the UI, natively and in tests. Without them, or a rasteriser,
    // the screen uses ImGui's built-in font.
    void setFontData(std::vector<unsigned char> regular, std::vector<unsigned char> bold);
    // The platform's text rasteriser (the browser's, in the widget: ui/glyphs.h); wins over font
    // files. Not owned.
    void setGlyphRasterizer(GlyphRasterizer* rasterizer);
    // Call before ImGui::NewFrame(), with the device pixel ratio: (re)builds the font atlas when
    // the scale or the glyphs the registry needs changed, rasterising at device resolution so text
    // is crisp. Returns true when the atlas changed: the renderer must upload its texture again.
    bool prepareFonts(float devicePixelRatio);

    // Draws one frame into the whole ImGui main viewport.
    void frame(const FrameInput& input);

    // Actions asked for since the last call.
    std::vector<Action> takeActions();

    // True while the list under the mouse can still scroll in the wheel's direction (dy > 0:
    // down): otherwise the platform passes the wheel on to the page.
    bool canScroll(float dy) const;
    // Seconds until the screen needs a frame without input (a countdown ticking), or < 0.
    double secondsUntilRedraw(double nowUtc) const;
    // What the widget shows: for the host page's state() and the tests. "controls" gives where
    // named controls were last drawn ({"copyLink": [x, y, w, h]}, CSS pixels), for the tests;
    // "texts" where each text was ([x, y, w, h, text, inPopup] and, for a text cut short, the
    // width it needs and the free width beside it), for the layout test; "scrollAreas" how many
    // regions scroll (one on a phone).
    nlohmann::json state() const;
    std::string stateJson() const;  // state() as text
    // The accessible mirror's parts as JSON text, in this order: controls, zones, results,
    // details (ViewModel::mirror*; Mirror in src/web/exports.h).
    std::vector<std::string> mirror();
    // What a control of the accessible mirror asks for; the same view-model calls and actions as
    // the canvas's own controls. `name` and `value`:
    //   "select" group id ("" clears)     "pick" group id (toggles)     "sort" relevance|name|next
    //   "zone" IANA name                  "facet" "company:Google" (toggles)     "fit" "1"|"0"
    //   "hours" "8-20" (the visitor's hours, whole hours)
    //   "page" page number (from 0)       "week" "<meeting>|<start>" of the selected group ("" start forgets)
    //   "calendar" group id ("": the picks)     "clearPicks" ""     "copyLink" group id
    //   "subscribe" group id (copies its calendar feed's address)
    //   "changed" "1"|"0" (only the groups changed since the last visit)     "forgetVisit" ""
    // Anything else is ignored.
    void command(const std::string& name, const std::string& value);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace wgf::ui

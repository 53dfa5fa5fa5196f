// wgfinder: the contract between the embed script (web/src/) and the wasm core, in one place.
//
// Every function the core exports is declared here, and nothing else is exported: the build makes
// its export list from the WGF_EXPORT lines of this file (cmake/web.cmake), the embed script calls
// them through one helper (web/src/wasm.js: wasm(core, name, ...args)), and
// tests/browser/contract.test.mjs checks the three agree.
//
// Arguments, as the helper passes them:
//   const char*                     a JS string, copied in as NUL-terminated UTF-8 for the call
//   const unsigned char*/char*, int a Uint8Array, copied in for the call: pointer, byte length
//   int, float, double              a JS number
// A `const char*` result is text owned by the core, valid until the next call of the same
// function; the helper reads it as a string (JSON where said below).
//
// JSON shapes:
//   Config      {"theme": "system"|"light"|"dark", "query": "...", "zone": "Europe/Berlin"|"",
//                "mac": false, "font": "Inter, system-ui, sans-serif"} (font: the CSS font-family
//                the browser draws the UI's glyphs with; the page's fonts must be loaded by then)
//   MdOptions   {"baseUrl": "...", "title": "...", "updated": "YYYY-MM-DD", "kind": "..."}
//               (values that are not strings are ignored)
//   Diagnostics [{"severity": "error"|"warning", "pointer", "group", "line", "column", "message",
//                 "text"}]
//   State       the screen's state (ui::Screen::state(): "title", "query", "total", "results",
//               "visible", "selected", "zone", "share", "controls", ...) and "framesDrawn"
//   Results     wgf::resultsToJson(): {"query", "total", "hits": [...], "facets", ...}
//   Report      {"drawn": bool, "more": bool, "redrawIn": ms (-1: never), "textInput": bool,
//                "ime": [x, y, lineHeight]?, "cursor": "text",
//                "actions": [Action], "mirror": Mirror?}
//   Action      {"kind": "openLink"|"copyText"|"copyLink"|"copyUrl"|"download"|"announce"|"groupSelected"|
//                        "queryChanged"|"stateChanged"|"remember"|"rememberVisit"|
//                        "needZoneCountries",
//                "payload": "...", "name"?, "mime"?}
//               (ui::Action; copyLink's payload is share state, the page makes the address;
//               copyUrl's is a url, relative to the registry or http(s), the page copies it whole;
//               remember's is DeviceState, for the page to keep on this device; rememberVisit's
//               the digest of the registry shown (text, "" forgets), to keep and give back through
//               wgf_set_last_visit on the next visit; needZoneCountries
//               asks for Zones)
//   Zones       [{"zone": "Asia/Tokyo", "code": "JP", "country": "Japan"}] (zone.tab's countries,
//               named in the page's language)
//   Mirror      the parts of the accessible mirror that changed since the last report (ui::Screen::
//               mirror(), from ui::ViewModel::mirror*), for the page to show as elements:
//               "controls": {"query", "sort": "relevance"|"name"|"next", "zone", "fit": bool, "from", "to" (hours),
//                            "fitLabel", "facets": [{"title", "options": [{"value", "label", "on"}]}],
//                            "picks": text, "picked": n,
//                            "changes": "3 changes since 12 Nov" or "", "changedOnly": bool,
//                            "week": null | {"title": "Week of Monday 7 December 2026", "days": [{"label":
//                                    "Wednesday 9 December", "meetings": ["11:00-12:00 Security (clash with
//                                    Networking 11:30-12:30)", "18:00-19:00 Docs, outside your hours"]}] (seven,
//                                    Monday first), "weekUnknown": ["API: Mondays 09:00, every other week,
//                                    which week is not known"]} (My week, open: ui::ViewModel::myWeek)}
//               "zones":    [["Asia/Tokyo", "Asia/Tokyo · Japan · UTC+09:00"]] ([] until the command
//                           "zones" says the visitor reached the list)
//               "results":  {"summary", "page", "pages", "rows": [{"id", "text", "selected", "picked"}]}
//               "details":  null | {"id", "name", "about", "description", "calendar": bool,
//                            "feed": bool (the registry publishes its calendar feed), "picked",
//                            "meetings": [{"text", "weekHelp", "weeks": [{"label", "value"}], "forget",
//                                          "links": [{"label", "url"}]}],
//                            "leads"|"contacts"|"links": [{"label", "url"}], "topics": [text],
//                            "changes": [text] (since the last visit)}
//               (a "url" is http(s), mailto, relative to the registry, or "" for none)
//   DeviceState {"zone"?: "Asia/Tokyo", "weeks"?: {"<group>|<schedule>": "YYYY-MM-DDTHH:MM"}}
//               (ui::ViewModel::deviceState(): the visitor's own zone and weeks)
#pragma once

#include <emscripten.h>

#define WGF_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE

// ---- start-up and data ---------------------------------------------------------------------------
// Starts the widget on the canvas registered as `target` in Module.specialHTMLTargets; `config` is
// Config. Returns 0, or -1 when WebGL2 is not available.
WGF_EXPORT int wgf_init(const char* target, const char* config);
// Registry JSON: `len` UTF-8 bytes that the page holds in Module.wgfRegistryText (a Uint8Array)
// for the call. The core reads them from there a part at a time (main_web.cpp), so the whole
// text is never in the core's memory, which never shrinks. Returns the number of groups shown,
// or -1 when unusable (the last good registry stays; see wgf_diagnostics).
WGF_EXPORT int wgf_set_registry(int len);
// A WORKING-GROUPS.md page (UTF-8 bytes), `options` MdOptions. Returns as wgf_set_registry; the
// build without the importer (wgfinder-core) refuses it with a diagnostic.
WGF_EXPORT int wgf_set_markdown(const char* text, int len, const char* options);
// Diagnostics of the last registry given.
WGF_EXPORT const char* wgf_diagnostics();
// State.
WGF_EXPORT const char* wgf_state();

// ---- the host's requests -------------------------------------------------------------------------
WGF_EXPORT void wgf_set_query(const char* query);
WGF_EXPORT void wgf_set_theme(const char* theme);  // "system" | "light" | "dark"
// The shareable state, URL-fragment form without the widget's key: "q=...&g=...&tz=...".
WGF_EXPORT const char* wgf_share_state();
WGF_EXPORT void wgf_apply_share_state(const char* state);
// DeviceState an earlier visit asked to keep (a remember action); called once at start, before
// the URL fragment is read, so that a shared link's zone wins.
WGF_EXPORT void wgf_apply_device_state(const char* json);
// The digest an earlier visit kept (a rememberVisit action); called once at start.
WGF_EXPORT void wgf_set_last_visit(const char* digest);
// Zones: the countries of the zone picker's zones, after a needZoneCountries action.
WGF_EXPORT void wgf_add_zones(const char* zones);
// A control of the accessible mirror was used: ui::Screen::command(name, value) (select, pick,
// sort, zone, zones, facet, fit, hours, page, week, myWeek (open, next, prev, close), calendar,
// clearPicks, copyLink).
WGF_EXPORT void wgf_command(const char* name, const char* value);
// Results of a query over the registry shown, in the viewer's zone (as the screen): Results.
WGF_EXPORT const char* wgf_search(const char* query, int limit);

// ---- input, from listeners on the widget's own elements (CSS pixels) -----------------------------
WGF_EXPORT void wgf_resize(float cssWidth, float cssHeight, float dpr);
WGF_EXPORT void wgf_set_env(int systemDark, int offline);
WGF_EXPORT void wgf_mouse_pos(float x, float y, int source);  // source: 0 mouse, 1 touch, 2 pen
WGF_EXPORT void wgf_mouse_button(int button, int down);      // 0 left, 1 right, 2 middle
WGF_EXPORT void wgf_mouse_leave();
// Wheel in lines (dy > 0: down). Returns 1 when the widget scrolls, 0 when the page should.
WGF_EXPORT int wgf_wheel(float dx, float dy);
WGF_EXPORT void wgf_mods(int ctrl, int shift, int alt, int super);
// A DOM key event (`code`, `key`). Returns 1 when ImGui knows the key.
WGF_EXPORT int wgf_key(const char* code, const char* key, int down);
WGF_EXPORT void wgf_text(const char* utf8);
WGF_EXPORT void wgf_paste(const char* utf8);
// Tab or Shift+Tab; returns 1 when focus moved inside the widget, 0 when it should leave.
WGF_EXPORT int wgf_tab(int shift, int entering, double nowMs);
WGF_EXPORT void wgf_focus(int focused);
WGF_EXPORT void wgf_focus_search();

// ---- frames ----------------------------------------------------------------------------------------
// Something outside the input changed (a countdown's minute ticked): draw again.
WGF_EXPORT void wgf_invalidate();
// The WebGL context was restored: the renderer's objects are made again.
WGF_EXPORT void wgf_gl_restored();
// Draws a frame when something changed; returns Report.
WGF_EXPORT const char* wgf_frame(double nowMs);

// wgfinder embed script. Two lines of HTML put the widget on any static page:
//
//   <script type="module" src="wgfinder/wgfinder.js"></script>
//   <wg-finder registry="groups.json"></wg-finder>
//
// The registry may also be inline (<script type="application/json"> or <script
// type="text/markdown"> inside the element), a Markdown page in the WORKING-GROUPS.md format
// (registry="WORKING-GROUPS.md"), or a JS object: mount(element, { registry }).
//
// Attributes (and mount() options of the same name, camelCased):
//   registry   URL of the registry (JSON or Markdown), relative to the page
//   format     "json" | "markdown" (default: from the file name, the content type or the text)
//   theme      "system" (default, follows prefers-color-scheme) | "light" | "dark"
//   query      initial query
//   height     CSS height of the widget (default 640px; CSS on the element works too)
//   zone       the viewer's IANA time zone (default: the browser's)
//   base-url   base for relative links of a Markdown registry (default: the registry's URL)
//   key        namespace of this widget's state in the URL fragment (default: id, else "wgf")
//   offline    opt in to the service worker (wgfinder-sw.js next to this script); its value, if
//              any, is the worker's scope
//   eager      start at once, even below the fold (default: when it scrolls into view)
// Events (bubbling, composed): wgf-ready {groupCount}, wgf-select {id}, wgf-query {query},
//   wgf-state {share}, wgf-error {message, diagnostics}.
// Methods: setQuery(text), setRegistry(objectOrText, {format}) (-1 when unusable: the last good
//   registry stays), loadRegistry(url), state(), diagnostics(), search(query, limit), focus();
//   property `ready` (a promise).
//
// Everything here listens on the widget's own elements only: a host page's inputs keep their
// keys, and several widgets on one page are independent (one wasm instance and canvas each).
//
// The modules of this folder, one job each, are bundled into the page's wgfinder.js
// (cmake/web-site.cmake): load.js (the core, fonts and registry, loaded and cached), worker.js
// (the service worker), dom.js (shadow DOM, CSS, theme), input.js (events -> the core's input),
// frames.js (frame scheduling), gl_state.js (the WebGL state the renderer reads back, kept in
// the page), actions.js (what the screen asks for), fragment.js (the URL fragment), api.js (the host API, state()), element.js (<wg-finder> and mount()), widget.js
// (start-up and failure) and wasm.js (the one way to call the core: src/web/exports.h).
export { Widget } from './widget.js';
export { mount, WgFinderElement } from './element.js';

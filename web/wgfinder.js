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
import createWgfinderCore from './wgfinder-core.js';

const BASE = new URL('.', import.meta.url);
const FONT_FILES = ['fonts/Inter-Regular.otf', 'fonts/Inter-SemiBold.otf'];
const WHEEL_PIXELS_PER_LINE = 75;
const TOUCH_SLOP = 6;  // CSS px a finger may move before a tap becomes a drag
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

// ---- shared by every widget of the page ---------------------------------------------------------

// The core in two builds: "json" (wgfinder-core: JSON registries) and "markdown"
// (wgfinder-core-md: with the WORKING-GROUPS.md importer, fetched only for Markdown registries).
const CORES = { json: 'wgfinder-core', markdown: 'wgfinder-core-md' };
const compiledWasm = {};
function compileWasm(variant) {
  if (!compiledWasm[variant]) {
    const url = new URL(`${CORES[variant]}.wasm`, BASE);
    const viaBytes = () => fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url} could not be fetched (HTTP ${r.status})`);
      return r.arrayBuffer();
    }).then((bytes) => WebAssembly.compile(bytes));
    // Streaming compilation needs the server to say application/wasm; fall back when it does not.
    compiledWasm[variant] = WebAssembly.compileStreaming
      ? WebAssembly.compileStreaming(fetch(url)).catch(viaBytes)
      : viaBytes();
    compiledWasm[variant].catch(() => { delete compiledWasm[variant]; });
  }
  return compiledWasm[variant];
}

function coreFactory(variant) {
  return variant === 'markdown' ? import('./wgfinder-core-md.js').then((m) => m.default) : Promise.resolve(createWgfinderCore);
}

let fontBytes = null;
function loadFonts() {
  if (!fontBytes) {
    fontBytes = Promise.all(FONT_FILES.map((f) => fetch(new URL(f, BASE))
      .then((r) => (r.ok ? r.arrayBuffer() : null)).then((b) => (b ? new Uint8Array(b) : null))
      .catch(() => null)));
  }
  return fontBytes;
}

const widgets = new Set();
const registryStatus = new Map();  // registry URL -> last status reported by the service worker
let workerRegistration = null;

// The service worker, registered at most once per page and only when a widget opts in.
function registerWorker(scope) {
  if (!('serviceWorker' in navigator)) return Promise.resolve(null);
  if (!workerRegistration) {
    const url = new URL('wgfinder-sw.js', BASE);
    workerRegistration = navigator.serviceWorker.register(url, scope ? { scope } : undefined)
      .catch((e) => { console.warn('wgfinder: the offline worker could not be registered:', e.message); return null; });
  }
  return workerRegistration;
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data || {};
    if (data.type === 'wgf-registry') {
      registryStatus.set(data.url, data.status);
      for (const w of widgets) w.onWorkerStatus(data.url, data.status);
    } else if (data.type === 'wgf-cached') {
      for (const w of widgets) w.onWorkerCached(data.version);
    }
  });
  navigator.serviceWorker.startMessages?.();
}
for (const type of ['online', 'offline']) window.addEventListener(type, () => { for (const w of widgets) w.updateEnv(); });
window.addEventListener('popstate', () => { for (const w of widgets) w.readFragment(); });
window.addEventListener('hashchange', () => { for (const w of widgets) w.readFragment(); });
// When focus arrives by Tab (not by a click, a script or a screen reader), the widget puts it in
// its search field (or, with Shift+Tab, on its last control). Passive: the page's keys are untouched.
let lastTab = { at: -1e9, shift: false };
document.addEventListener('keydown', (e) => { if (e.key === 'Tab') lastTab = { at: performance.now(), shift: e.shiftKey }; },
  { capture: true, passive: true });
const darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
darkQuery?.addEventListener?.('change', () => { for (const w of widgets) w.updateEnv(); });

// ---- the widget's own elements ------------------------------------------------------------------

const STYLE = `
:host { display: block; box-sizing: border-box; position: relative; height: 640px; min-height: 240px; contain: layout paint;
  --wgf-bg: #ffffff; --wgf-fg: #1d2330; --wgf-muted: #5b6475; --wgf-line: #d6d9e0; --wgf-accent: #2f6fde;
  color-scheme: light; color: var(--wgf-fg); background: var(--wgf-bg);
  border: 1px solid var(--wgf-line); border-radius: 8px; overflow: hidden;
  font: 15px/1.4 Inter, system-ui, sans-serif; }
:host([data-dark]) { --wgf-bg: #171a21; --wgf-fg: #e6e8ee; --wgf-muted: #a3abbb; --wgf-line: #343a46;
  --wgf-accent: #7aa7ff; color-scheme: dark; }
:host([hidden]) { display: none; }
.frame { position: absolute; inset: 0; }
canvas { display: block; width: 100%; height: 100%; outline: none; touch-action: none; visibility: hidden; }
:host([data-state=ready]) canvas { visibility: visible; }
:host(:focus-within) { outline: 2px solid var(--wgf-accent); outline-offset: 2px; }
.ime { position: absolute; left: 0; top: 0; width: 2px; height: 20px; padding: 0; margin: 0; border: 0;
  opacity: 0; background: transparent; color: transparent; caret-color: transparent; font-size: 16px;
  pointer-events: none; z-index: 1; }
.status { position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: 12px; color: var(--wgf-muted); }
.status[hidden] { display: none; }
.bar { width: min(240px, 60%); height: 4px; border-radius: 2px; background: var(--wgf-line); overflow: hidden; }
.bar::after { content: ""; display: block; width: 40%; height: 100%; background: var(--wgf-accent);
  animation: wgf-slide 1.1s ease-in-out infinite; }
@keyframes wgf-slide { from { transform: translateX(-100%); } to { transform: translateX(250%); } }
@media (prefers-reduced-motion: reduce) { .bar::after { animation: none; width: 100%; opacity: 0.5; } }
.message { position: absolute; inset: 0; overflow: auto; padding: 20px 24px; background: var(--wgf-bg); }
.message[hidden] { display: none; }
.message h2 { font-size: 17px; margin: 0 0 8px; }
.message p { margin: 0 0 8px; }
.message ul { margin: 8px 0; padding-left: 20px; color: var(--wgf-muted); font: 13px/1.5 ui-monospace, monospace; }
.message a { color: var(--wgf-accent); }
slot { display: none; }
:host([data-state=failed]) slot { display: block; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

let styleSheet = null;
function attachStyle(root) {
  try {
    if (!styleSheet) { styleSheet = new CSSStyleSheet(); styleSheet.replaceSync(STYLE); }
    root.adoptedStyleSheets = [styleSheet];
  } catch {
    const style = document.createElement('style');  // browsers without constructable sheets
    style.textContent = STYLE;
    root.append(style);
  }
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

// A registry's link without a scheme ("CONTRIBUTING.md") is relative to the registry's address.
function resolveLink(url, base) {
  try {
    const u = new URL(url, base || document.baseURI);
    return SAFE_SCHEMES.includes(u.protocol) ? u.href : null;
  } catch { return null; }
}

function dateOf(httpDate) {
  const d = httpDate ? new Date(httpDate) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : '';
}

let nextKey = 0;

// One widget: its wasm instance, canvas, input listeners, accessible mirror and URL state.
export class Widget {
  constructor(host, options = {}) {
    this.host = host;
    this.options = options;
    this.key = options.key || host.id || (nextKey++ ? `wgf${nextKey}` : 'wgf');
    this.core = null;
    this.started = false;
    this.running = false;
    this.failed = null;
    this.registryUrl = null;
    this.swOffline = false;
    this.offlineReady = false;
    this.focused = false;
    this.pointerFocus = false;
    this.rafPending = false;
    this.lastShare = null;
    this.lastSelectPush = 0;
    this.touch = null;
    this.ready = new Promise((resolve, reject) => { this.resolveReady = resolve; this.rejectReady = reject; });
    this.ready.catch(() => {});
    this.buildDom();
  }

  buildDom() {
    const root = this.host.shadowRoot || this.host.attachShadow({ mode: 'open' });
    this.root = root;
    attachStyle(root);
    const label = this.options.label || 'Working group finder';
    this.canvas = el('canvas', { tabindex: '0', role: 'application', 'aria-label': label,
      'aria-describedby': 'wgf-help' });
    this.ime = el('input', { class: 'ime', type: 'search', tabindex: '-1', 'aria-label': 'Search working groups',
      autocomplete: 'off', autocapitalize: 'off', autocorrect: 'off', spellcheck: 'false', enterkeyhint: 'search' });
    this.statusText = el('span', {}, 'Loading the working groups…');
    this.status = el('div', { class: 'status', role: 'status' }, el('div', { class: 'bar' }), this.statusText);
    this.message = el('div', { class: 'message', role: 'alert', hidden: '' });
    this.live = el('p', { 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.list = el('ul', { 'aria-label': 'Working groups shown' });
    const help = el('p', { id: 'wgf-help' }, 'Type to search; arrows move through the results, Enter opens one, Escape clears.');
    this.mirror = el('div', { class: 'sr' }, help, this.live, this.list);
    const frame = el('div', { class: 'frame' }, this.canvas, this.ime, this.status, this.message, this.mirror);
    root.replaceChildren(...[...root.childNodes].filter((n) => n.nodeName === 'STYLE'), frame, el('slot'));
    this.host.dataset.state = 'loading';
    if (this.options.height) this.host.style.height = this.options.height;
  }

  // ---- start-up -----------------------------------------------------------------------------------

  // Starts when the element scrolls into view (browsers cap live WebGL contexts), or at once.
  schedule() {
    widgets.add(this);
    if (this.options.eager || typeof IntersectionObserver === 'undefined') { this.start(); return; }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { this.observer.disconnect(); this.start(); }
    }, { rootMargin: '200px' });
    this.observer.observe(this.host);
  }

  async start() {
    if (this.started) return this.ready;
    this.started = true;
    try {
      if (typeof WebAssembly !== 'object') throw this.problem('This browser cannot run WebAssembly, which the finder needs.');
      if (typeof WebGL2RenderingContext === 'undefined') throw this.problem('This browser has no WebGL2, which the finder needs to draw.');
      // The wasm and the fonts download while the registry is fetched.
      compileWasm(this.formatHint()).catch(() => {});
      loadFonts();
      const source = await this.registrySource();
      this.variant = source.format === 'markdown' ? 'markdown' : 'json';
      const [core, fonts] = await Promise.all([this.createCore(this.variant), loadFonts()]);
      this.core = core;
      core.specialHTMLTargets['!wgf-canvas'] = this.canvas;
      const config = { theme: this.options.theme || 'system', query: this.options.query || '',
        zone: this.options.zone || '', mac: /Mac|iPhone|iPad/.test(navigator.platform || '') };
      if (this.call(() => core.ccall('wgf_init', 'number', ['string', 'string'], ['!wgf-canvas', JSON.stringify(config)])) < 0)
        throw this.problem('WebGL2 could not be started here (the browser may have too many WebGL pages open, or it is turned off).');
      if (fonts[0]) this.call(() => this.withBytes([fonts[0], fonts[1] || new Uint8Array()],
        ([r, rl], [b, bl]) => core._wgf_set_fonts(r, rl, b, bl)));
      this.applyTheme();
      this.listen();
      const n = this.loadSource(source);
      if (n < 0) {
        const diagnostics = this.diagnostics();
        throw this.problem('The registry of working groups is not valid.', diagnostics,
          source.url ? `${source.url}` : null);
      }
      if (this.options.offline) this.setUpOffline();
      this.readFragment(true);
      this.running = true;
      this.host.dataset.state = 'ready';
      this.status.hidden = true;
      this.updateEnv();
      this.resize();
      this.frameNow();
      this.emit('wgf-ready', { groupCount: n });
      this.resolveReady(this);
    } catch (e) {
      this.fail(e);
    }
    return this.ready;
  }

  // "markdown" when the registry will be a Markdown page, as far as can be told before fetching it.
  formatHint() {
    const o = this.options;
    if (o.format) return o.format === 'markdown' ? 'markdown' : 'json';
    if (typeof o.registry === 'string' && /\.(md|markdown)([?#].*)?$/i.test(o.registry)) return 'markdown';
    if (!o.registry && this.host.querySelector(':scope > script[type="text/markdown"]')) return 'markdown';
    return 'json';
  }

  async createCore(variant) {
    const factory = await coreFactory(variant);
    return factory({
      locateFile: (path) => new URL(path, BASE).href,
      instantiateWasm: (imports, done) => {
        compileWasm(variant).then((module) => WebAssembly.instantiate(module, imports).then((i) => done(i, module)))
          .catch((e) => this.fail(this.problem(`The finder's code could not be loaded (${e.message}).`)));
        return {};
      },
      print: (text) => console.log('wgfinder:', text),
      printErr: (text) => console.warn('wgfinder:', text),
      onAbort: (what) => this.fail(this.problem(`The finder stopped (${what}).`)),
    });
  }

  // Where the registry comes from: {text, format, url?, updated?}.
  async registrySource() {
    const o = this.options;
    if (o.registry !== undefined && o.registry !== null && typeof o.registry === 'object')
      return { text: JSON.stringify(o.registry), format: 'json' };
    if (typeof o.registry === 'string' && /^\s*\{/.test(o.registry)) return { text: o.registry, format: 'json' };
    const inline = this.host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/markdown"]');
    if (!o.registry && inline)
      return { text: inline.textContent, format: inline.type === 'text/markdown' ? 'markdown' : 'json' };
    if (!o.registry) throw this.problem('No registry was given (the registry attribute, or an inline <script type="application/json">).');
    return this.fetchRegistry(o.registry);
  }

  async fetchRegistry(href) {
    const url = new URL(href, document.baseURI).href;
    this.registryUrl = url;
    let response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch {
      throw this.problem(`The registry ${href} could not be fetched: the network or the server is unreachable.`, [], url);
    }
    if (!response.ok) throw this.problem(`The registry ${href} could not be fetched (HTTP ${response.status}).`, [], url);
    const text = await response.text();
    const type = response.headers.get('content-type') || '';
    let format = this.options.format;
    if (!format) {
      if (/\.(md|markdown)$/i.test(new URL(url).pathname) || type.includes('markdown')) format = 'markdown';
      else if (/\.json$/i.test(new URL(url).pathname) || type.includes('json')) format = 'json';
      else format = /^\s*[{[]/.test(text) ? 'json' : 'markdown';
    }
    return { text, format, url, updated: dateOf(response.headers.get('last-modified')) };
  }

  loadSource(source) {
    const core = this.core;
    if (source.format === 'markdown') {
      const options = JSON.stringify({ baseUrl: this.options.baseUrl || source.url || document.baseURI,
        title: this.options.registryTitle || '', updated: source.updated || '', kind: this.options.kind || '' });
      return this.call(() => this.withText([source.text, options], ([t, tl], [o]) => core._wgf_set_markdown(t, tl, o)));
    }
    return this.call(() => this.withText([source.text], ([t, tl]) => core._wgf_set_registry(t, tl)));
  }

  setUpOffline() {
    const scope = typeof this.options.offline === 'string' && this.options.offline ? this.options.offline : undefined;
    registerWorker(scope).then(() => navigator.serviceWorker.ready).then((reg) => {
      // Keep what this page needs offline now, on the first visit (the worker did not see it load).
      const pages = [location.href.split('#')[0], ...[...document.querySelectorAll('link[rel=stylesheet], link[rel=manifest], link[rel=icon]')].map((l) => l.href)];
      const assets = this.variant === 'markdown' ? ['js', 'wasm'].map((x) => new URL(`${CORES.markdown}.${x}`, BASE).href) : [];
      reg.active?.postMessage({ type: 'wgf-cache', pages, assets, registries: this.registryUrl ? [this.registryUrl] : [] });
    }).catch(() => {});
  }

  onWorkerCached() { this.offlineReady = true; }

  onWorkerStatus(url, status) {
    if (url !== this.registryUrl) return;
    this.swOffline = status === 'offline';
    this.registryUpdate = status;
    this.updateEnv();
    if (status === 'updated' && this.running) this.loadRegistry(url);  // a newer good copy arrived
  }

  // ---- failure ------------------------------------------------------------------------------------

  problem(message, diagnostics = [], url = null) {
    const e = new Error(message);
    e.wgf = { diagnostics, url };
    return e;
  }

  // Shows the message inside the element (with the validator's messages and the fallback markup)
  // instead of a dead canvas.
  fail(error) {
    if (this.failed) return;
    this.failed = error;
    this.running = false;
    const info = error.wgf || { diagnostics: [] };
    const message = error.wgf ? error.message : `The finder stopped: ${error.message || error}`;
    const items = (info.diagnostics || []).slice(0, 50).map((d) => el('li', {}, d.text || d.message));
    this.message.replaceChildren(el('h2', {}, 'The working groups cannot be shown'), el('p', {}, message));
    if (items.length) this.message.append(el('ul', {}, ...items));
    if (info.url && resolveLink(info.url)) this.message.append(el('p', {}, el('a', { href: info.url }, 'Open the registry file')));
    this.message.hidden = false;
    this.status.hidden = true;
    this.host.dataset.state = 'failed';
    this.emit('wgf-error', { message, diagnostics: info.diagnostics || [] });
    this.rejectReady(error);
  }

  // Runs a call into the wasm; an abort or exception shows the message instead of a dead canvas.
  call(fn) {
    try {
      return fn();
    } catch (e) {
      this.fail(e);
      throw e;
    }
  }

  // Copies strings (UTF-8, NUL-terminated) into wasm memory for the call: [[ptr, byteLength], ...].
  withText(texts, fn) {
    const core = this.core;
    const blocks = texts.map((t) => {
      const n = core.lengthBytesUTF8(t);
      const p = core._malloc(n + 1);
      core.stringToUTF8(t, p, n + 1);
      return [p, n];
    });
    try { return fn(...blocks); } finally { for (const [p] of blocks) core._free(p); }
  }

  withBytes(arrays, fn) {
    const core = this.core;
    const blocks = arrays.map((a) => {
      const p = core._malloc(Math.max(1, a.length));
      core.HEAPU8.set(a, p);
      return [p, a.length];
    });
    try { return fn(...blocks); } finally { for (const [p] of blocks) core._free(p); }
  }

  str(fn) { return this.core.UTF8ToString(fn()); }

  // ---- input: listeners on the canvas and its text proxy only -------------------------------------

  listen() {
    const c = this.canvas;
    c.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    c.addEventListener('pointermove', (e) => this.onPointerMove(e));
    c.addEventListener('pointerup', (e) => this.onPointerUp(e));
    c.addEventListener('pointercancel', () => { this.touch = null; });
    c.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse' && !e.buttons) { this.core._wgf_mouse_leave(); this.requestFrame(); } });
    c.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    c.addEventListener('contextmenu', (e) => e.preventDefault());
    for (const target of [c, this.ime]) {
      target.addEventListener('keydown', (e) => this.onKey(e, true));
      target.addEventListener('keyup', (e) => this.onKey(e, false));
      target.addEventListener('paste', (e) => this.onPaste(e));
    }
    this.ime.addEventListener('input', (e) => this.onImeInput(e));
    this.ime.addEventListener('compositionend', (e) => { this.text(e.data); this.ime.value = ''; });
    this.ime.addEventListener('focus', () => { if (!this.wantsText) { this.core._wgf_focus_search(); this.requestFrame(); } });
    this.root.addEventListener('focusin', (e) => this.onFocusIn(e));
    this.root.addEventListener('focusout', () => setTimeout(() => this.onFocusOut(), 0));
    this.list.addEventListener('click', (e) => {
      const a = e.target.closest('a[data-id]');
      if (!a) return;
      e.preventDefault();
      this.core.ccall('wgf_set_selected', null, ['string'], [a.dataset.id]);
      this.writeFragment(true);
      this.requestFrame();
    });
    c.addEventListener('webglcontextlost', (e) => { e.preventDefault(); this.running = false; });
    c.addEventListener('webglcontextrestored', () => { this.core._wgf_gl_restored(); this.running = true; this.requestFrame(); });
    this.resizeObserver = new ResizeObserver((entries) => this.resize(entries[entries.length - 1]));
    try { this.resizeObserver.observe(c, { box: 'device-pixel-content-box' }); } catch { this.resizeObserver.observe(c); }
  }

  pos(e) {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  mods(e) { this.core._wgf_mods(e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0); }

  onPointerDown(e) {
    if (!this.running) return;
    const inside = this.root.activeElement;
    if (inside === this.ime) e.preventDefault();  // keep the text proxy (and a phone's keyboard) up
    else if (!inside) { this.pointerFocus = true; this.canvas.focus({ preventScroll: true }); this.pointerFocus = false; }
    this.mods(e);
    const [x, y] = this.pos(e);
    if (e.pointerType === 'touch') {
      // A tap clicks, a drag scrolls: decided when the finger moves or lifts.
      this.touch = { id: e.pointerId, x, y, lastY: y, dragging: false };
      this.core._wgf_mouse_pos(x, y, 1);
    } else {
      this.canvas.setPointerCapture?.(e.pointerId);
      this.core._wgf_mouse_pos(x, y, e.pointerType === 'pen' ? 2 : 0);
      this.core._wgf_mouse_button([0, 2, 1][e.button] ?? 0, 1);
    }
    this.requestFrame();
  }

  onPointerMove(e) {
    if (!this.running) return;
    const [x, y] = this.pos(e);
    const t = this.touch;
    if (t && e.pointerId === t.id) {
      if (!t.dragging && Math.hypot(x - t.x, y - t.y) > TOUCH_SLOP) t.dragging = true;
      if (t.dragging) {
        const dy = t.lastY - y;  // finger up = content down
        t.lastY = y;
        if (!this.core._wgf_wheel(0, dy / WHEEL_PIXELS_PER_LINE)) window.scrollBy(0, dy);
        this.requestFrame();
      }
      return;
    }
    this.core._wgf_mouse_pos(x, y, e.pointerType === 'pen' ? 2 : 0);
    this.requestFrame();
  }

  onPointerUp(e) {
    if (!this.running) return;
    const t = this.touch;
    if (t && e.pointerId === t.id) {
      this.touch = null;
      if (!t.dragging) {
        this.core._wgf_mouse_pos(t.x, t.y, 1);
        this.core._wgf_mouse_button(0, 1);
        this.core._wgf_mouse_button(0, 0);
        // Draw now, inside the tap: a phone shows its keyboard only for a focus() made by a gesture.
        this.frameNow();
        this.frameNow();
      }
      return;
    }
    this.mods(e);
    const [x, y] = this.pos(e);
    this.core._wgf_mouse_pos(x, y, e.pointerType === 'pen' ? 2 : 0);
    this.core._wgf_mouse_button([0, 2, 1][e.button] ?? 0, 0);
    this.requestFrame();
  }

  onWheel(e) {
    if (!this.running || e.ctrlKey) return;  // Ctrl+wheel zooms the page
    const unit = e.deltaMode === 1 ? WHEEL_PIXELS_PER_LINE / 3 : e.deltaMode === 2 ? this.canvas.clientHeight : 1;
    const [x, y] = this.pos(e);
    this.core._wgf_mouse_pos(x, y, 0);
    // The list scrolls while it can; at its end the page scrolls on.
    if (this.core._wgf_wheel(e.deltaX * unit / WHEEL_PIXELS_PER_LINE, e.deltaY * unit / WHEEL_PIXELS_PER_LINE)) e.preventDefault();
    this.requestFrame();
  }

  onKey(e, down) {
    if (!this.running) return;
    if (e.isComposing || e.keyCode === 229) return;  // an IME is composing: its text comes with compositionend
    const core = this.core;
    this.mods(e);
    if (down && e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (core._wgf_tab(e.shiftKey ? 1 : 0, 0, performance.now())) {
        e.preventDefault();
        this.afterFrame();
      } else {
        // The last (or, backwards, first) stop: the page moves focus on, from the canvas so that
        // the text proxy is not a stop of its own.
        if (this.root.activeElement !== this.canvas) this.canvas.focus({ preventScroll: true });
      }
      this.requestFrame();
      return;
    }
    const shortcut = e.ctrlKey || e.metaKey;
    if (down && shortcut && (e.key === 'v' || e.key === 'V')) return;  // the paste event brings the text
    const known = core.ccall('wgf_key', 'number', ['string', 'string', 'number'], [e.code, e.key, down ? 1 : 0]);
    if (down) {
      const printable = [...e.key].length === 1 && (!shortcut || (e.ctrlKey && e.altKey));
      if (printable) {
        if (e.target !== this.ime) { this.text(e.key); e.preventDefault(); }  // the proxy's input event brings it otherwise
      } else if (known && this.consumes(e)) {
        e.preventDefault();
      }
    }
    this.requestFrame();
  }

  // Keys the widget acts on, kept from scrolling the page; browser shortcuts pass.
  consumes(e) {
    if (e.ctrlKey || e.metaKey) return this.wantsText && 'aAcCxXzZyY'.includes(e.key);
    return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Enter',
      'Escape', 'Backspace', 'Delete', ' ', 'Spacebar'].includes(e.key);
  }

  text(s) {
    if (s) this.core.ccall('wgf_text', null, ['string'], [s]);
    this.requestFrame();
  }

  onImeInput(e) {
    if (e.isComposing) return;
    if (e.inputType === 'deleteContentBackward' && !this.ime.value) {
      this.core.ccall('wgf_key', 'number', ['string', 'string', 'number'], ['Backspace', 'Backspace', 1]);
      this.core.ccall('wgf_key', 'number', ['string', 'string', 'number'], ['Backspace', 'Backspace', 0]);
    } else if (this.ime.value) {
      this.text(this.ime.value);
    }
    this.ime.value = '';
    this.requestFrame();
  }

  onPaste(e) {
    const text = e.clipboardData?.getData('text/plain');
    if (!this.running || !text) return;
    e.preventDefault();
    this.core.ccall('wgf_paste', null, ['string'], [text]);
    this.requestFrame();
  }

  onFocusIn(e) {
    if (!this.running || this.focused) return;
    this.focused = true;
    this.core._wgf_focus(1);
    // Focus came from the page by Tab: it enters at the search field, Shift+Tab at the last stop.
    if (!this.pointerFocus && e.target === this.canvas && performance.now() - lastTab.at < 500) {
      this.core._wgf_tab(lastTab.shift ? 1 : 0, 1, performance.now());
      this.afterFrame();
    }
    this.requestFrame();
  }

  onFocusOut() {
    if (!this.running || this.root.activeElement) return;
    this.focused = false;
    this.core._wgf_focus(0);
    this.requestFrame();
  }

  // ---- frames: drawn only when something changed -------------------------------------------------

  resize(entry) {
    if (!this.core || this.failed) return;
    const dpr = window.devicePixelRatio || 1;
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    // The exact device pixels when the browser knows them (fractional ratios), else CSS x ratio.
    let box = entry?.devicePixelContentBoxSize?.[0];
    if (box && Math.abs(box.inlineSize - w * dpr) > 2) box = null;  // emulated ratios report CSS px
    const pw = box ? box.inlineSize : Math.round(w * dpr), ph = box ? box.blockSize : Math.round(h * dpr);
    if (pw > 0 && ph > 0 && (this.canvas.width !== pw || this.canvas.height !== ph)) {
      this.canvas.width = pw;
      this.canvas.height = ph;
    }
    this.core._wgf_resize(w, h, w > 0 ? pw / w : dpr);
    // Draw before the browser paints the resized (cleared) canvas.
    if (this.running) this.frameNow();
  }

  requestFrame() {
    if (this.rafPending || !this.running) return;
    this.rafPending = true;
    requestAnimationFrame(() => { this.rafPending = false; this.frameNow(); });
  }

  frameNow() {
    if (!this.running) return;
    let report;
    try {
      report = JSON.parse(this.str(() => this.core._wgf_frame(performance.now())));
    } catch (e) {
      this.fail(e);
      return;
    }
    this.handleReport(report);
    if (report.more) this.requestFrame();
    clearTimeout(this.tick);
    if (report.redrawIn >= 0) {
      this.tick = setTimeout(() => { this.core._wgf_invalidate(); this.requestFrame(); }, Math.max(50, report.redrawIn));
    }
  }

  // A frame was drawn outside frameNow() (Tab): act on what it asked for.
  afterFrame() { this.frameNow(); }

  handleReport(r) {
    if (r.cursor && this.canvas.style.cursor !== r.cursor) this.canvas.style.cursor = r.cursor;
    this.wantsText = !!r.textInput;
    this.placeTextProxy(r);
    for (const a of r.actions || []) this.perform(a);
    if (r.mirror) this.updateMirror(r.mirror.rows);
  }

  // The text proxy sits on the active field while ImGui wants text, and has the focus then: IMEs
  // compose there and phones show their keyboard.
  placeTextProxy(r) {
    const active = this.root.activeElement;
    if (r.textInput && r.ime) {
      const [x, y, h] = r.ime;
      this.ime.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      this.ime.style.height = `${Math.max(16, Math.round(h))}px`;
    }
    if (r.textInput && active === this.canvas) this.ime.focus({ preventScroll: true });
    else if (!r.textInput && active === this.ime) this.canvas.focus({ preventScroll: true });
  }

  perform(a) {
    switch (a.kind) {
      case 'openLink':
        // Checked again at the edge, whatever the screen decided.
        const href = resolveLink(a.payload, this.registryUrl);
        if (href) window.open(href, '_blank', 'noopener,noreferrer');
        break;
      case 'copyText':
        this.copy(a.payload);
        break;
      case 'download': {
        const url = URL.createObjectURL(new Blob([a.payload], { type: a.mime || 'application/octet-stream' }));
        const link = el('a', { href: url, download: a.name || 'download' });
        this.root.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        this.emit('wgf-download', { name: a.name, mime: a.mime, size: a.payload.length });
        break;
      }
      case 'announce':
        this.live.textContent = a.payload;
        break;
      case 'groupSelected':
        this.emit('wgf-select', { id: a.payload });
        this.writeFragment(true);
        break;
      case 'queryChanged':
        this.emit('wgf-query', { query: a.payload });
        this.writeFragment(false);
        break;
      case 'stateChanged':
        this.writeFragment(false);
        this.emit('wgf-state', { share: this.lastShare });
        break;
      default:
        break;
    }
  }

  copy(text) {
    this.copied = text;
    const fallback = () => {
      const t = el('textarea', { class: 'sr', 'aria-hidden': 'true' });
      t.value = text;
      this.root.append(t);
      t.select();
      try { document.execCommand('copy'); } catch { /* nothing more to try */ }
      t.remove();
      this.canvas.focus({ preventScroll: true });
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  }

  // The visible results as a list of links (each a deep link to the group), for screen readers.
  updateMirror(rows) {
    const items = rows.map((row) => {
      const a = el('a', { href: `#${this.fragmentFor(`g=${encodeURIComponent(row.id)}`)}`, 'data-id': row.id,
        tabindex: '-1', 'aria-current': row.selected ? 'true' : null }, row.text);
      return el('li', {}, a);
    });
    this.list.replaceChildren(...items);
  }

  // ---- the URL fragment: this widget's state, namespaced by its key ("wgf.q=...&wgf.g=...") ----

  fragmentParts() {
    return location.hash.replace(/^#/, '').split('&').filter(Boolean);
  }

  fragmentFor(share) {
    const prefix = `${this.key}.`;
    const others = this.fragmentParts().filter((p) => !p.startsWith(prefix));
    const mine = share.split('&').filter(Boolean).map((p) => prefix + p);
    return [...others, ...mine].join('&');
  }

  readFragment(initial = false) {
    if (!this.core || this.failed) return;
    const prefix = `${this.key}.`;
    const share = this.fragmentParts().filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).join('&');
    if (share === this.lastShare) return;
    if (!share && initial) return;  // nothing in the link: the initial query and defaults stay
    this.lastShare = share;
    this.core.ccall('wgf_apply_share_state', null, ['string'], [share]);
    this.requestFrame();
  }

  writeFragment(push) {
    if (!this.core || this.options.fragment === false) return;
    const share = this.str(() => this.core._wgf_share_state());
    if (share === this.lastShare) return;
    this.lastShare = share;
    const hash = this.fragmentFor(share);
    const url = `${location.href.split('#')[0]}${hash ? `#${hash}` : ''}`;
    if (url === location.href) return;
    // A new selection is a step back can return to; typing and quick runs of selections are not.
    const now = Date.now();
    if (push && now - this.lastSelectPush > 1000) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    if (push) this.lastSelectPush = now;
  }

  // ---- environment --------------------------------------------------------------------------------

  applyTheme() {
    const theme = this.options.theme || 'system';
    const dark = theme === 'dark' || (theme === 'system' && !!darkQuery?.matches);
    if (dark) this.host.setAttribute('data-dark', ''); else this.host.removeAttribute('data-dark');
    return dark;
  }

  updateEnv() {
    const dark = this.applyTheme();
    if (!this.core || this.failed) return;
    this.core._wgf_set_env(dark ? 1 : 0, this.offline ? 1 : 0);
    this.requestFrame();
  }

  get offline() { return navigator.onLine === false || this.swOffline; }

  emit(type, detail) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ---- the host's API -----------------------------------------------------------------------------

  state() {
    if (!this.core || this.failed) {
      return { ready: false, failed: !!this.failed, message: this.failed ? this.failed.message : '', offline: this.offline };
    }
    const s = JSON.parse(this.str(() => this.core._wgf_state()));
    return { ...s, ready: this.running, offline: this.offline, offlineReady: this.offlineReady,
      registryUpdate: this.registryUpdate || '', key: this.key, focused: this.focused };
  }

  diagnostics() { return this.core ? JSON.parse(this.str(() => this.core._wgf_diagnostics())) : []; }

  setQuery(query) {
    if (!this.core) return;
    this.core.ccall('wgf_set_query', null, ['string'], [String(query)]);
    this.writeFragment(false);
    this.requestFrame();
  }

  setTheme(theme) {
    this.options.theme = theme;
    if (this.core) this.core.ccall('wgf_set_theme', null, ['string'], [theme || 'system']);
    this.updateEnv();
  }

  // A registry as an object, JSON text or Markdown text. Returns the number of groups shown, or
  // -1 when it is unusable (the last good registry stays; see diagnostics()).
  setRegistry(registry, { format } = {}) {
    if (!this.core) return -1;
    const text = typeof registry === 'string' ? registry : JSON.stringify(registry);
    const fmt = format || (typeof registry === 'string' && !/^\s*[{[]/.test(registry) ? 'markdown' : 'json');
    const n = this.loadSource({ text, format: fmt });
    this.requestFrame();
    return n;
  }

  async loadRegistry(url) {
    const source = await this.fetchRegistry(url);
    return this.setRegistry(source.text, { format: source.format });
  }

  search(query, limit = 50) {
    if (!this.core) return null;
    return JSON.parse(this.core.UTF8ToString(this.core.ccall('wgf_search', 'number', ['string', 'number'], [String(query), limit])));
  }

  focus() { this.canvas.focus(); }
}

// Starts a widget on any element. `options` as the attributes (camelCased), plus `registry` as an
// object or JSON text. Returns the Widget (also element.wgfinder).
export function mount(element, options = {}) {
  if (element.wgfinder) return element.wgfinder;
  const widget = new Widget(element, options);
  element.wgfinder = widget;
  // Any element gets the same methods as <wg-finder>.
  if (!(element instanceof WgFinderElement)) {
    for (const name of ['state', 'diagnostics', 'setQuery', 'setRegistry', 'loadRegistry', 'search'])
      element[name] = (...args) => widget[name](...args);
  }
  widget.schedule();
  return widget;
}

function optionsFrom(element) {
  const a = (name) => element.getAttribute(name);
  const offline = element.hasAttribute('offline') ? (a('offline') || true) : false;
  return { registry: a('registry') || undefined, format: a('format') || undefined, theme: a('theme') || undefined,
    query: a('query') || undefined, height: a('height') || undefined, zone: a('zone') || undefined,
    baseUrl: a('base-url') || undefined, key: a('key') || undefined, kind: a('kind') || undefined,
    registryTitle: a('registry-title') || undefined, label: a('aria-label') || undefined,
    eager: element.hasAttribute('eager'), offline, fragment: a('fragment') !== 'off' };
}

// <wg-finder registry="groups.json" theme="dark" query="security" height="500px" offline>
export class WgFinderElement extends HTMLElement {
  static get observedAttributes() { return ['theme', 'height', 'registry']; }

  connectedCallback() {
    if (!this.wgfinder) mount(this, optionsFrom(this));
  }

  attributeChangedCallback(name, old, value) {
    const w = this.wgfinder;
    if (!w || old === value) return;
    if (name === 'theme') w.setTheme(value);
    else if (name === 'height') this.style.height = value || '';
    else if (name === 'registry' && value && w.running) w.loadRegistry(value).catch((e) => w.fail(e));
  }

  get ready() { return this.wgfinder?.ready; }
  state() { return this.wgfinder?.state(); }
  diagnostics() { return this.wgfinder?.diagnostics() ?? []; }
  setQuery(q) { this.wgfinder?.setQuery(q); }
  setRegistry(r, o) { return this.wgfinder ? this.wgfinder.setRegistry(r, o) : -1; }
  loadRegistry(url) { return this.wgfinder?.loadRegistry(url); }
  search(q, limit) { return this.wgfinder?.search(q, limit); }
  focus() { this.wgfinder?.focus(); }
}

if (!customElements.get('wg-finder')) customElements.define('wg-finder', WgFinderElement);

// One widget: its wasm instance, canvas, input listeners, accessible mirror and URL state; the
// jobs are the modules mixed in below, this file starts the widget and shows its failures.
import { compileWasm, loading } from './load.js';
import { offline, watchWorker } from './worker.js';
import { dom, watchEnvironment } from './dom.js';
import { input, watchSearchKey } from './input.js';
import { frames } from './frames.js';
import { actions, resolveLink } from './actions.js';
import { fragment, watchFragment } from './fragment.js';
import { hostApi } from './api.js';
import { device } from './device.js';
import { zones } from './zones.js';
import { shadowGlState } from './gl_state.js';
import { mirror } from './mirror.js';
import { mix } from './mix.js';

const widgets = new Set();
watchWorker(widgets);
watchEnvironment(widgets);
watchFragment(widgets);
watchSearchKey(widgets);

let nextKey = 0;

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
      // The wasm downloads while the registry is fetched. The UI's glyphs are the browser's own, in
      // the widget's font-family (--wgf-font): the page's web fonts must be loaded before they are drawn.
      compileWasm(this.formatHint()).catch(() => {});
      const source = await this.registrySource();
      this.variant = source.format === 'markdown' ? 'markdown' : 'json';
      const [core] = await Promise.all([this.createCore(this.variant), document.fonts ? document.fonts.ready : null]);
      this.core = core;
      const started = performance.now();  // the wasm has started (instantiated, its main() run)
      core.specialHTMLTargets['!wgf-canvas'] = this.canvas;
      const config = { theme: this.options.theme || 'system', query: this.options.query || '',
        zone: this.options.zone || '', mac: /Mac|iPhone|iPad/.test(navigator.platform || ''),
        font: getComputedStyle(this.canvas).fontFamily };
      const ok = this.call('wgf_init', '!wgf-canvas', JSON.stringify(config)) >= 0;
      const setUp = performance.now();
      if (!ok)
        throw this.problem('WebGL2 could not be started here (the browser may have too many WebGL pages open, or it is turned off).');
      shadowGlState(this.canvas.getContext('webgl2'));  // the context wgf_init made on this canvas
      this.applyTheme();
      this.listen();
      const loading = performance.now();
      const n = this.loadSource(source);
      if (n < 0) throw this.problem('The registry of working groups is not valid.', this.diagnostics(), source.url || null);
      // In the browser's performance timeline (User Timing), for the page's authors and for
      // bench/first-frame.mjs: from the wasm's start to a registry that can be searched (the
      // screen set up on the way: WebGL, the glyph atlas), and the registry's load and index.
      try {
        const end = performance.now();
        performance.measure('wgfinder: wasm started to searchable', { start: started, end });
        performance.measure('wgfinder: screen set up', { start: started, end: setUp });
        performance.measure('wgfinder: registry loaded and indexed', { start: loading, end });
      } catch {}
      if (this.options.offline) this.setUpOffline();
      this.recall();
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

  problem(message, diagnostics = [], url = null) {
    const e = new Error(message);
    e.wgf = { diagnostics, url };
    return e;
  }

  // The message (and the validator's messages, and the fallback markup) instead of a dead canvas.
  fail(error) {
    if (this.failed) return;
    this.failed = error;
    this.running = false;
    const info = error.wgf || { diagnostics: [] };
    const message = error.wgf ? error.message : `The finder stopped: ${error.message || error}`;
    const diagnostics = info.diagnostics || [];
    this.showFailure(message, diagnostics, info.url, info.url && resolveLink(info.url));
    this.emit('wgf-error', { message, diagnostics });
    this.rejectReady(error);
  }
}

mix(Widget, loading, offline, dom, input, frames, actions, fragment, hostApi, device, zones, mirror);

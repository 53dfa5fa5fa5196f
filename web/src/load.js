// Loading and caching: the core's wasm (compiled once per page and build) and the registry
// (attribute, inline script, JS object, or fetched).
import createWgfinderCore from './wgfinder-core.js';
import { wasm, utf8 } from './wasm.js';

export const BASE = new URL('.', import.meta.url);

// The core in two builds: "json" (wgfinder-core: JSON registries) and "markdown"
// (wgfinder-core-md: with the WORKING-GROUPS.md importer, fetched only for Markdown registries).
export const CORES = { json: 'wgfinder-core', markdown: 'wgfinder-core-md' };
const compiledWasm = {};
export function compileWasm(variant) {
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

function dateOf(httpDate) {
  const d = httpDate ? new Date(httpDate) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : '';
}

// Widget methods.
export const loading = {
  // "markdown" when the registry will be a Markdown page, as far as can be told before fetching it.
  formatHint() {
    const o = this.options;
    if (o.format) return o.format === 'markdown' ? 'markdown' : 'json';
    if (typeof o.registry === 'string' && /\.(md|markdown)([?#].*)?$/i.test(o.registry)) return 'markdown';
    if (!o.registry && this.host.querySelector(':scope > script[type="text/markdown"]')) return 'markdown';
    return 'json';
  },

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
  },

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
  },

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
  },

  // Hands a registry to the core: the number of groups shown, or -1 (the last good one stays).
  loadSource(source) {
    if (source.format === 'markdown') {
      const options = JSON.stringify({ baseUrl: this.options.baseUrl || source.url || document.baseURI,
        title: this.options.registryTitle || '', updated: source.updated || '', kind: this.options.kind || '' });
      return this.call('wgf_set_markdown', utf8(source.text), options);
    }
    // The core reads the text from here a part at a time (src/web/exports.h, wgf_set_registry).
    const text = utf8(source.text);
    this.core.wgfRegistryText = text;
    try {
      return this.call('wgf_set_registry', text.length);
    } finally {
      delete this.core.wgfRegistryText;
    }
  },

  // Calls the core (see wasm.js); an abort or exception shows the message instead of a dead canvas.
  call(name, ...args) {
    try {
      return wasm(this.core, name, ...args);
    } catch (e) {
      this.fail(e);
      throw e;
    }
  },
};

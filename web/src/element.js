// The custom element <wg-finder>, and mount() for any other element: options from attributes,
// the host API on the element.
import { Widget } from './widget.js';
import { HOST_METHODS } from './api.js';

// Starts a widget on any element. `options` as the attributes (camelCased), plus `registry` as an
// object or JSON text. Returns the Widget (also element.wgfinder).
export function mount(element, options = {}) {
  if (element.wgfinder) return element.wgfinder;
  const widget = new Widget(element, options);
  element.wgfinder = widget;
  // Any element gets the same methods as <wg-finder>.
  if (!(element instanceof WgFinderElement)) {
    for (const name of HOST_METHODS) element[name] = (...args) => widget[name](...args);
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
    eager: element.hasAttribute('eager'), offline, fragment: a('fragment') !== 'off',
    remember: a('remember') !== 'off', searchKey: a('search-key') || undefined };
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

// The host page's API of a widget: state() (assembled here, and only here), diagnostics(),
// setQuery(), setTheme(), setRegistry(), loadRegistry(), search(), focus().
export const HOST_METHODS = ['state', 'diagnostics', 'setQuery', 'setRegistry', 'loadRegistry', 'search'];

// Widget methods.
export const hostApi = {
  // The core's state (what the screen shows) with the page's side: readiness, network, focus.
  state() {
    if (!this.core || this.failed) {
      return { ready: false, failed: !!this.failed, message: this.failed ? this.failed.message : '', offline: this.offline };
    }
    const s = JSON.parse(this.call('wgf_state'));
    return { ...s, ready: this.running, offline: this.offline, offlineReady: this.offlineReady,
      registryUpdate: this.registryUpdate || '', key: this.key, focused: this.focused, framePending: !!this.rafPending };
  },

  diagnostics() { return this.core ? JSON.parse(this.call('wgf_diagnostics')) : []; },

  setQuery(query) {
    if (!this.core) return;
    this.call('wgf_set_query', String(query));
    this.writeFragment(false);
    this.requestFrame();
  },

  setTheme(theme) {
    this.options.theme = theme;
    if (this.core) this.call('wgf_set_theme', theme || 'system');
    this.updateEnv();
  },

  // A registry as an object, JSON text or Markdown text. Returns the number of groups shown, or
  // -1 when it is unusable (the last good registry stays; see diagnostics()).
  setRegistry(registry, { format } = {}) {
    if (!this.core) return -1;
    const text = typeof registry === 'string' ? registry : JSON.stringify(registry);
    const fmt = format || (typeof registry === 'string' && !/^\s*[{[]/.test(registry) ? 'markdown' : 'json');
    const n = this.loadSource({ text, format: fmt });
    this.requestFrame();
    return n;
  },

  async loadRegistry(url) {
    const source = await this.fetchRegistry(url);
    return this.setRegistry(source.text, { format: source.format });
  },

  // The same search as the screen's (its index, and days and hours in the viewer's zone).
  search(query, limit = 50) {
    if (!this.core) return null;
    return JSON.parse(this.call('wgf_search', String(query), limit));
  },

  focus() { this.canvas.focus(); },
};

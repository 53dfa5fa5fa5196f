// The URL fragment: this widget's shareable state, namespaced by its key ("wgf.q=...&wgf.g=...")
// beside other widgets' and the page's own parts; read on load and on history moves, written as
// the visitor searches and selects, and put into the page's address for "Copy link".
export function watchFragment(widgets) {
  window.addEventListener('popstate', () => { for (const w of widgets) w.readFragment(); });
  window.addEventListener('hashchange', () => { for (const w of widgets) w.readFragment(); });
}

function fragmentParts() {
  return location.hash.replace(/^#/, '').split('&').filter(Boolean);
}

// Widget methods.
export const fragment = {
  // The page's fragment with this widget's part replaced by `share` (the core's share state).
  fragmentFor(share) {
    const prefix = `${this.key}.`;
    const others = fragmentParts().filter((p) => !p.startsWith(prefix));
    const mine = share.split('&').filter(Boolean).map((p) => prefix + p);
    return [...others, ...mine].join('&');
  },

  // The page's full address with this widget showing `share`.
  linkFor(share) {
    const hash = this.fragmentFor(share);
    return `${location.href.split('#')[0]}${hash ? `#${hash}` : ''}`;
  },

  readFragment(initial = false) {
    if (!this.core || this.failed) return;
    const prefix = `${this.key}.`;
    const share = fragmentParts().filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).join('&');
    if (share === this.lastShare) return;
    if (!share && initial) return;  // nothing in the link: the initial query and defaults stay
    this.lastShare = share;
    this.call('wgf_apply_share_state', share);
    this.requestFrame();
  },

  writeFragment(push) {
    if (!this.core || this.options.fragment === false) return;
    const share = this.call('wgf_share_state');
    if (share === this.lastShare) return;
    this.lastShare = share;
    const url = this.linkFor(share);
    if (url === location.href) return;
    // A new selection is a step back can return to; typing and quick runs of selections are not.
    const now = Date.now();
    if (push && now - this.lastSelectPush > 1000) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    if (push) this.lastSelectPush = now;
  },
};

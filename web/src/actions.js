// Actions: what the screen asked for in a frame report (src/web/exports.h: Action), performed at
// the edge of the page: links (http(s) and mailto only), the clipboard, downloads, the live region,
// the host's events, the URL fragment and what is kept on the device.
import { el } from './dom.js';

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

// A registry's link without a scheme ("CONTRIBUTING.md") is relative to the registry's address.
export function resolveLink(url, base) {
  try {
    const u = new URL(url, base || document.baseURI);
    return SAFE_SCHEMES.includes(u.protocol) ? u.href : null;
  } catch { return null; }
}

// Widget methods.
export const actions = {
  perform(a) {
    switch (a.kind) {
      case 'openLink': {
        // Checked again at the edge, whatever the screen decided.
        const href = resolveLink(a.payload, this.registryUrl);
        if (href) window.open(href, '_blank', 'noopener,noreferrer');
        break;
      }
      case 'copyText':
        this.copy(a.payload);
        break;
      case 'copyLink':
        this.copy(this.linkFor(a.payload));
        break;
      case 'copyUrl': {
        const href = resolveLink(a.payload, this.registryUrl);
        if (href) this.copy(href);
        break;
      }
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
      case 'remember':
        this.remember(a.payload);
        break;
      case 'rememberVisit':
        this.rememberVisit(a.payload);
        break;
      case 'needZoneCountries':
        this.addZoneCountries();
        break;
      default:
        break;
    }
  },

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
  },

  emit(type, detail) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  },
};

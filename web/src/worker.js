// The service worker (wgfinder-sw.js next to the script): registered at most once per page and
// only when a widget opts in (the `offline` attribute); its messages say which registry copy a
// widget shows.
import { BASE, CORES } from './load.js';

let workerRegistration = null;

function registerWorker(scope) {
  if (!('serviceWorker' in navigator)) return Promise.resolve(null);
  if (!workerRegistration) {
    const url = new URL('wgfinder-sw.js', BASE);
    workerRegistration = navigator.serviceWorker.register(url, scope ? { scope } : undefined)
      .catch((e) => { console.warn('wgfinder: the offline worker could not be registered:', e.message); return null; });
  }
  return workerRegistration;
}

// The worker's messages go to every widget of the page.
export function watchWorker(widgets) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data || {};
    if (data.type === 'wgf-registry') {
      for (const w of widgets) w.onWorkerStatus(data.url, data.status);
    } else if (data.type === 'wgf-cached') {
      for (const w of widgets) w.onWorkerCached(data.version);
    }
  });
  navigator.serviceWorker.startMessages?.();
}

// Widget methods.
export const offline = {
  setUpOffline() {
    const scope = typeof this.options.offline === 'string' && this.options.offline ? this.options.offline : undefined;
    registerWorker(scope).then(() => navigator.serviceWorker.ready).then((reg) => {
      // Keep what this page needs offline now, on the first visit (the worker did not see it load).
      const pages = [location.href.split('#')[0], ...[...document.querySelectorAll('link[rel=stylesheet], link[rel=manifest], link[rel=icon]')].map((l) => l.href)];
      const assets = this.variant === 'markdown' ? ['js', 'wasm'].map((x) => new URL(`${CORES.markdown}.${x}`, BASE).href) : [];
      reg.active?.postMessage({ type: 'wgf-cache', pages, assets, registries: this.registryUrl ? [this.registryUrl] : [] });
    }).catch(() => {});
  },

  onWorkerCached() { this.offlineReady = true; },

  onWorkerStatus(url, status) {
    if (url !== this.registryUrl) return;
    this.swOffline = status === 'offline';
    this.registryUpdate = status;
    this.updateEnv();
    if (status === 'updated' && this.running) this.loadRegistry(url);  // a newer good copy arrived
  },

  get offline() { return navigator.onLine === false || this.swOffline; },
};

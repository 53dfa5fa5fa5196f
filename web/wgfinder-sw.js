// wgfinder's service worker: the widget keeps working offline once a page has been visited.
//
// Registered only when the page opts in (<wg-finder offline> or mount(el, { offline: true })):
// the embed script never installs a worker on a host's site by itself.
//   - versioned assets (embed script, wasm loader, wasm, zone list): cache-first, one cache per
//     build version (the build stamps VERSION); older versions are deleted on activation;
//   - registries (.json, .md): stale-while-revalidate. A fresh copy replaces the cached one only
//     when it was fetched successfully and looks like a registry (a JSON object with version 1
//     and a groups array, or a Markdown page with a table): a failed or broken update never
//     replaces the last good copy. Each revalidation is reported to the page that asked
//     ({type: 'wgf-registry', url, status: 'stored'|'unchanged'|'updated'|'failed'|'invalid'|'offline'});
//   - pages and other files of the site: network first, the last copy when offline.
const VERSION = '@WGF_VERSION@';
const ASSETS = `wgf-assets-${VERSION}`;
const DATA = 'wgf-registry-v1';
const PAGES = 'wgf-pages-v1';
const KEEP = new Set([ASSETS, DATA, PAGES]);

const at = (p) => new URL(p, self.location.href).href;
// Fetched at install; the Markdown build of the core is kept when a page asks for it.
const PRECACHE = ['wgfinder.js', 'wgfinder-core.js', 'wgfinder-core.wasm', 'wgfinder-zones.json'].map(at);
const VERSIONED = [...PRECACHE, at('wgfinder-core-md.js'), at('wgfinder-core-md.wasm')];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(ASSETS).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith('wgf-') && !KEEP.has(name)) await caches.delete(name);
    await self.clients.claim();
  })());
});

// A cheap check that a response body is a registry worth keeping.
function looksValid(url, text) {
  if (/\.(md|markdown)$/i.test(new URL(url).pathname)) return /^\s*\|.*\|\s*$/m.test(text);
  try {
    const doc = JSON.parse(text);
    return doc !== null && typeof doc === 'object' && doc.version === 1 && Array.isArray(doc.groups);
  } catch {
    return false;
  }
}

function isRegistry(url) {
  return /\.(json|md|markdown)$/i.test(url.pathname) && !url.pathname.endsWith('.webmanifest');
}

async function notify(clientId, url, status) {
  const client = clientId && await self.clients.get(clientId);
  const message = { type: 'wgf-registry', url, status };
  if (client) client.postMessage(message);
  else for (const c of await self.clients.matchAll({ type: 'window' })) c.postMessage(message);
}

// Fetches a registry and keeps it if it is good. Resolves to the network response, or null when
// the network could not be reached.
async function refreshRegistry(request, clientId) {
  const cache = await caches.open(DATA);
  let response;
  try {
    response = await fetch(request, { cache: 'no-cache' });
  } catch {
    await notify(clientId, request.url, 'offline');
    return null;
  }
  if (!response.ok) {
    await notify(clientId, request.url, 'failed');
    return response;
  }
  const text = await response.clone().text();
  if (!looksValid(request.url, text)) {
    await notify(clientId, request.url, 'invalid');
    return response;
  }
  const cached = await cache.match(request);
  const before = cached ? await cached.text() : null;
  await cache.put(request, response.clone());
  await notify(clientId, request.url, before === null ? 'stored' : before === text ? 'unchanged' : 'updated');
  return response;
}

async function staleWhileRevalidate(event) {
  const cached = await caches.match(event.request, { cacheName: DATA });
  const fresh = refreshRegistry(event.request, event.clientId || event.resultingClientId);
  if (cached) {
    event.waitUntil(fresh);
    return cached;
  }
  return (await fresh) || Response.error();
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: ASSETS });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(PAGES)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName: PAGES, ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (VERSIONED.includes(url.origin + url.pathname)) event.respondWith(cacheFirst(request));
  else if (isRegistry(url) && request.mode !== 'navigate') event.respondWith(staleWhileRevalidate(event));
  else event.respondWith(networkFirst(request));
});

// A page asks for what it needs offline (itself, its styles, its registries, the Markdown build
// of the core if it uses it) to be kept now, on
// its first visit, before the worker controlled its fetches. Answers {type: 'wgf-cached'}.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'wgf-cache') return;
  event.waitUntil((async () => {
    const assets = await caches.open(ASSETS);
    for (const u of (data.assets || []).filter((a) => VERSIONED.includes(a))) {
      if (!(await assets.match(u))) await assets.add(u).catch(() => {});
    }
    const pages = await caches.open(PAGES);
    for (const u of data.pages || []) {
      try {
        const response = await fetch(u);
        if (response.ok) await pages.put(u, response);
      } catch { /* offline already: nothing to keep */ }
    }
    for (const u of data.registries || []) await refreshRegistry(new Request(u), event.source && event.source.id);
    event.source?.postMessage({ type: 'wgf-cached', version: VERSION });
  })());
});

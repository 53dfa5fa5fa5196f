// Embedding (issue "Embedding on any static page"): every page of web/examples/ in a real
// browser, deep links and back/forward, two independent widgets, a widget below the fold, the
// JS API and its events, broken and invalid registries, a strict Content-Security-Policy, a
// sub-folder deployment, offline reload through the service worker, and the first visit's
// transfer budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, serveSite, widgetReady, state, settled, focusWidget, gzipSize, SITE, BUDGET } from './browser.mjs';

const istio = JSON.parse(fs.readFileSync(path.join(SITE, 'registries/istio.json'), 'utf8'));
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'";

const suite = browserSuite({
  headers: (p) => (p.endsWith('strict-csp.html') ? { 'content-security-policy': CSP } : {}),
});

async function open(pagePath, { context, selector = 'wg-finder', ready = true } = {}) {
  const ctx = context || await suite.browser.newContext({ viewport: { width: 1100, height: 760 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(suite.url + pagePath);
  if (ready) await widgetReady(page, selector);
  return { context: ctx, page, errors };
}

test('minimal page: two lines of HTML show the registry', async () => {
  const { context, page, errors } = await open('examples/minimal.html');
  const s = await state(page);
  assert.equal(s.groupCount, istio.groups.length);
  assert.equal(s.title, istio.title);
  assert.equal(await page.$eval('wg-finder', (e) => e.shadowRoot.querySelector('slot').checkVisibility()), false,
    'the fallback markup is hidden once the widget runs');
  // The page's performance timeline has the widget's time from its wasm's start to a searchable
  // registry (User Timing, as the browser's developer tools show it).
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, m.duration]));
  const searchable = measures.filter(([name]) => name === 'wgfinder: wasm started to searchable');
  const loaded = measures.filter(([name]) => name === 'wgfinder: registry loaded and indexed');
  const setUp = measures.filter(([name]) => name === 'wgfinder: screen set up');
  assert.equal(searchable.length, 1, `one measure of the widget's start: ${JSON.stringify(measures)}`);
  assert.equal(loaded.length, 1, `one of the registry's load: ${JSON.stringify(measures)}`);
  assert.equal(setUp.length, 1, `one of the screen's set-up: ${JSON.stringify(measures)}`);
  assert.ok(searchable[0][1] > 0 && loaded[0][1] + setUp[0][1] <= searchable[0][1] + 1, 'the set-up and the load are parts of the start');
  assert.deepEqual(errors, []);
  await context.close();
});

test('inline registry, with the dark theme and the height from attributes', async () => {
  const { context, page } = await open('examples/inline.html');
  const s = await state(page);
  assert.equal(s.title, 'Example community');
  assert.deepEqual(s.groupIds, ['docs', 'release', 'security']);
  assert.equal(s.missingGlyphs, 0, 'accented, Greek and Cyrillic names have glyphs');
  assert.ok(await page.$eval('wg-finder', (e) => e.hasAttribute('data-dark')));
  assert.equal(await page.$eval('wg-finder', (e) => e.getBoundingClientRect().height), 480);
  await context.close();
});

test('Markdown registry: the WORKING-GROUPS.md page is imported in the browser', async () => {
  const { context, page } = await open('examples/markdown.html');
  const s = await state(page);
  assert.deepEqual(s.groupIds, istio.groups.map((g) => g.id));
  await context.close();
});

test('JS API: mount() with an object, events and methods', async () => {
  const { context, page } = await open('examples/api.html', { selector: '#finder' });
  await page.waitForFunction(() => window.apiExample);
  assert.match(await page.textContent('#log'), /wgf-ready \{"groupCount":2\}/);
  await focusWidget(page, '#finder');
  await page.keyboard.press('Slash');
  await page.keyboard.type('stor');
  await settled(page, '#finder');
  assert.match(await page.textContent('#log'), /wgf-query \{"query":"stor"\}/);
  const selected = page.evaluate(() => new Promise((resolve) => {
    document.getElementById('finder').addEventListener('wgf-select', (e) => resolve(e.detail.id), { once: true });
  }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.equal(await selected, 'storage');
  const s = await page.evaluate(() => {
    const w = window.apiExample;
    w.setQuery('networking');
    return w.state();
  });
  assert.equal(s.query, 'networking');
  assert.equal(await page.evaluate(() => window.apiExample.setRegistry({ version: 1, groups: [{ id: 'x', name: 'X' }] })), 1);
  const results = await page.evaluate(() => window.apiExample.search('x'));
  assert.equal(results.results?.[0]?.id ?? results.error, 'x');
  await context.close();
});

test('deep links restore the query and the selection, and back/forward work', async () => {
  const { context, page } = await open('examples/minimal.html#wgf.q=security&wgf.g=security');
  let s = await state(page);
  assert.equal(s.query, 'security');
  assert.equal(s.selected, 'security');
  // A new selection is a new history entry, and the fragment says so.
  await page.$eval('wg-finder', (e) => { e.setQuery(''); });
  await settled(page);
  const other = istio.groups.find((g) => g.id !== 'security').id;
  await page.$eval('wg-finder', (e, id) => e.shadowRoot.querySelector(`a[data-id="${id}"]`).click(), other);
  await settled(page);
  assert.equal((await state(page)).selected, other);
  assert.match(page.url(), new RegExp(`wgf\\.g=${other}`));
  await page.goBack();
  await settled(page);
  s = await state(page);
  assert.equal(s.selected, 'security');
  await page.goForward();
  await settled(page);
  assert.equal((await state(page)).selected, other);
  // The link, pasted elsewhere, opens the same view.
  const link = page.url();
  const { page: again } = await open(link.slice(suite.url.length), { context });
  assert.equal((await state(again)).selected, other);
  await context.close();
});

test('two widgets: independent state, keys to the focused one, the second starts in view', async () => {
  const { context, page } = await open('examples/two.html', { selector: '#first' });
  assert.equal((await state(page, '#second')).ready, false, 'below the fold: not started yet');
  await page.$eval('#second', (e) => e.scrollIntoView());
  await widgetReady(page, '#second');
  assert.equal((await state(page, '#first')).query, 'security');
  assert.equal((await state(page, '#second')).query, '');
  await focusWidget(page, '#second');
  await page.keyboard.press('Slash');
  await page.keyboard.type('telemetry');
  await settled(page, '#second');
  assert.equal((await state(page, '#second')).query, 'telemetry');
  assert.equal((await state(page, '#first')).query, 'security');
  assert.match(page.url(), /second\.q=telemetry/);
  await context.close();
});

test('a broken registry URL and an invalid registry show a clear message inside the element', async () => {
  const context = await suite.browser.newContext();
  await context.route('**/registries/istio.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
  const { page } = await open('examples/minimal.html', { context, ready: false });
  await page.waitForFunction(() => document.querySelector('wg-finder').state().failed);
  const s = await state(page);
  assert.equal(s.failed, true);
  const message = () => page.$eval('wg-finder', (e) => e.shadowRoot.querySelector('.message').innerText);
  assert.match(await message(), /could not be fetched \(HTTP 404\)/);
  assert.ok(await page.$eval('wg-finder', (e) => e.shadowRoot.querySelector('slot').checkVisibility()), 'the fallback link shows');
  await context.unroute('**/registries/istio.json');
  await context.route('**/registries/istio.json', (r) => r.fulfill({ status: 200, contentType: 'application/json',
    body: '{"version": 7, "groups": [{"name": 42}]}' }));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('wg-finder').state().failed);
  const text = await message();
  assert.match(text, /not valid/);
  assert.match(text, /version/, 'the validator\'s messages are listed');
  await context.close();
});

test('strict Content-Security-Policy: works with no inline script and no eval', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused/i.test(m.text())) violations.push(m.text()); });
  const response = await page.goto(`${suite.url}examples/strict-csp.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  const s = await widgetReady(page);
  assert.equal(s.groupCount, istio.groups.length);
  assert.deepEqual(violations, []);
  await context.close();
});

test('sub-folder deployment: the widget in a folder of a project site under a path prefix', async () => {
  const requests = [];
  const sub = await serveSite({
    prefix: '/project/',
    onRequest: (req) => requests.push(req.url),
    headers: (p) => (p.endsWith('/wgfinder-sw.js') ? { 'service-worker-allowed': '/project/' } : {}),
  });
  try {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${sub.url}examples/subfolder/`);
    const s = await widgetReady(page);
    assert.equal(s.groupCount, istio.groups.length);
    assert.ok(requests.includes('/project/examples/subfolder/widget/wgfinder-core.wasm'), 'the wasm comes from the widget folder');
    assert.ok(requests.includes('/project/registries/istio.json'), 'the registry is relative to the page');
    await page.waitForFunction(() => navigator.serviceWorker.controller || document.querySelector('wg-finder').state().offlineReady, null, { timeout: 20000 });
    await context.close();
  } finally {
    await sub.stop();
  }
});

// A first visit that lasts until the widget says its files are cached for offline use.
async function visitUntilOfflineReady(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await widgetReady(page);
  await page.waitForFunction(() => document.querySelector('wg-finder').state().offlineReady, null, { timeout: 30000 });
  return page;
}

test('offline: after one visit the page reloads with the network off, saying so', async () => {
  const own = await serveSite();
  const context = await suite.browser.newContext();
  try {
    const page = await visitUntilOfflineReady(context, own.url);
    assert.equal((await state(page)).offline, false);
    await own.stop();  // the worker's own fetches are not covered by setOffline
    await context.setOffline(true);
    await page.reload();
    const s = await widgetReady(page);
    assert.equal(s.groupCount, istio.groups.length);
    assert.equal(s.offline, true, 'the widget knows it shows the cached copy');
  } finally {
    await context.close();
    await own.stop().catch(() => {});
  }
});

test('the service worker keeps the last good registry when an update is broken, and drops old caches', async () => {
  const own = await serveSite();
  const context = await suite.browser.newContext();
  try {
    const page = await visitUntilOfflineReady(context, own.url);
    await page.evaluate(() => caches.open('wgf-assets-old-version'));
    await context.route('**/registries/istio.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "groups": [ oops' }));
    await page.reload();
    await widgetReady(page);
    await page.waitForFunction(() => document.querySelector('wg-finder').state().registryUpdate === 'invalid', null, { timeout: 20000 });
    const kept = await page.evaluate(async () => (await (await caches.open('wgf-registry-v1')).match(new URL('registries/istio.json', location.href).href))?.text());
    assert.equal(JSON.parse(kept).groups.length, istio.groups.length, 'the cached copy is still the good one');
    assert.equal((await state(page)).groupCount, istio.groups.length);
    // A new worker version (another build) activates and deletes caches of other versions.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      await reg.unregister();
    });
    await page.reload();
    await page.waitForFunction(async () => !(await caches.keys()).includes('wgf-assets-old-version'), null, { timeout: 30000, polling: 500 });
  } finally {
    await context.close();
    await own.stop();
  }
});

test('first visit transfer stays within the budget (gzip)', async () => {
  const sizes = new Map();
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  page.on('response', async (r) => {
    try { sizes.set(new URL(r.url()).pathname, gzipSize(await r.body())); } catch { /* redirects, aborted */ }
  });
  await page.goto(suite.url);
  await widgetReady(page);
  await page.waitForTimeout(500);
  let total = 0;
  for (const [p, n] of [...sizes].sort()) { console.log(`# ${p.padEnd(40)} ${String(n).padStart(8)}`); total += n; }
  console.log(`# first visit transfer (gzip): ${total} bytes, budget ${BUDGET}`);
  assert.ok(total <= BUDGET, `${total} > ${BUDGET}`);
  await context.close();
});

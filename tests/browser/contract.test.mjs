// The JS <-> C++ contract (src/web/exports.h): every export the header lists is in the built core
// and called by the embed script, nothing else is exported or called, and the exports that return
// text are the ones the script reads as text. Then "Copy link", clicked as a visitor clicks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserSuite, widgetReady, settled, state, focusWidget, clickControl, searchAndPickFirst } from './browser.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const header = fs.readFileSync(path.join(root, 'src/web/exports.h'), 'utf8');
const declared = [...header.matchAll(/^WGF_EXPORT\s+([^(]*?)\s*\b(wgf_\w+)\s*\(/gm)].map((m) => ({ returns: m[1], name: m[2] }));
const scripts = fs.readdirSync(path.join(root, 'web/src')).filter((f) => f.endsWith('.js'))
  .map((f) => fs.readFileSync(path.join(root, 'web/src', f), 'utf8')).join('\n');
const suite = browserSuite();

test('the header lists every export once, and the embed script calls each of them and no other', () => {
  const names = declared.map((d) => d.name);
  assert.ok(names.length >= 20, `exports found in the header: ${names.length}`);
  assert.equal(new Set(names).size, names.length, 'no export is listed twice');
  const called = new Set([...scripts.matchAll(/['"`](wgf_\w+)['"`]/g)].map((m) => m[1]));
  for (const n of names) assert.ok(called.has(n), `the embed script calls ${n}`);
  for (const n of called) assert.ok(names.includes(n), `${n} is called but not in the contract`);
});

test('the exports that return text are the ones the script reads as text', () => {
  const text = declared.filter((d) => /const\s+char\s*\*/.test(d.returns)).map((d) => d.name).sort();
  const set = scripts.match(/const TEXT = new Set\(\[([^\]]*)\]\)/);
  assert.ok(set, 'web/src/wasm.js names the text-returning exports');
  const listed = [...set[1].matchAll(/'(wgf_\w+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(listed, text);
});

test('the built core exports exactly the contract', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(suite.url);
  await widgetReady(page);
  const exported = await page.$eval('wg-finder', (e) => Object.keys(e.wgfinder.core)
    .filter((k) => /^_wgf_/.test(k) && typeof e.wgfinder.core[k] === 'function').map((k) => k.slice(1)).sort());
  assert.deepEqual(exported, declared.map((d) => d.name).sort());
  await context.close();
});

test('"Copy link", clicked, copies the page address with this widget\'s state, and that link restores it', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${suite.url}?from=test`);
  await widgetReady(page);
  // As a visitor: search, pick the first result with the keyboard, click "Copy link".
  const s = await searchAndPickFirst(page, 'security');
  assert.equal(s.selected, 'security');
  assert.ok(s.controls?.copyLink, 'the details show a "Copy link" control');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await clickControl(page, 'copyLink');
  await settled(page);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(`${suite.url}?from=test#`), `the page's own address: ${link}`);
  const key = await page.$eval('wg-finder', (e) => e.wgfinder.key);
  const fragment = new URLSearchParams(link.split('#')[1]);
  assert.equal(fragment.get(`${key}.g`), 'security', `this widget's namespaced state: ${link}`);
  assert.equal(fragment.get(`${key}.q`), 'security');

  const other = await context.newPage();
  await other.goto(link);
  await widgetReady(other);
  await settled(other);
  const restored = await state(other);
  assert.equal(restored.selected, 'security');
  assert.equal(restored.query, 'security');
  await context.close();
});

test('the page\'s search() and the screen agree, in the visitor\'s zone', async () => {
  // Istio meets on Wednesdays and Thursdays in Los Angeles (11:00 and 13:00); in Tokyo those
  // meetings fall on Thursday and Friday mornings, and no group meets on a Tokyo Wednesday.
  const expected = {
    'America/Los_Angeles': { 'day:wed': ['integrations', 'security'], 'day:thu': ['networking', 'test-release'],
                             'day:fri': [] },
    'Asia/Tokyo': { 'day:wed': [], 'day:thu': ['integrations', 'security'], 'day:fri': ['networking', 'test-release'] },
  };
  for (const [timezoneId, days] of Object.entries(expected)) {
    const context = await suite.browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto(suite.url);
    await widgetReady(page);
    for (const [q, ids] of Object.entries(days)) {
      const api = await page.$eval('wg-finder', (e, query) => e.search(query, 100), q);
      await focusWidget(page);
      await page.keyboard.press('Slash');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(q);
      await settled(page);
      const screen = await state(page);
      assert.equal(screen.query, q);
      assert.deepEqual(api.results.map((r) => r.id).sort(), ids, `${timezoneId} ${q}: search()`);
      assert.equal(api.total, ids.length);
      // The screen shows the same groups, in its own sort order (by next meeting here).
      assert.deepEqual([...screen.results].sort(), ids, `${timezoneId} ${q}: the screen`);
      assert.equal(screen.total, ids.length);
    }
    await context.close();
  }
});

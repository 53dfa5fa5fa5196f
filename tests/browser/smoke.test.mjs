// The demo page in a real browser: it loads the wasm, draws the bundled Istio registry on the
// canvas, and reports through its JS hook that every group loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, inkRatio, widgetReady, ARTIFACTS, SITE } from './browser.mjs';

const suite = browserSuite();

test('the demo page shows every group of the bundled Istio registry', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto(suite.url);
  const state = await widgetReady(page);
  console.log(`# first frame with results: ${Date.now() - t0} ms after navigation`);
  const expected = JSON.parse(fs.readFileSync(path.join(SITE, 'registries/istio.json'), 'utf8'));
  assert.equal(state.groupCount, expected.groups.length);
  assert.deepEqual(state.groupIds, expected.groups.map((g) => g.id));
  assert.ok(state.groupIds.includes('security'));
  assert.ok(state.visible.length > 0, 'rows were laid out');
  const ink = await inkRatio(page);
  assert.ok(ink > 0.01, `the canvas is not blank (ink ratio ${ink.toFixed(3)})`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'demo.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a broken registry keeps the last good data on screen', async () => {
  const page = await suite.browser.newPage();
  await page.goto(suite.url);
  const before = (await widgetReady(page)).groupCount;
  const result = await page.evaluate(() => {
    const w = document.querySelector('wg-finder');
    return { n: w.setRegistry('{"version": 1, "groups": [ oops'), diagnostics: w.diagnostics(), state: w.state() };
  });
  assert.equal(result.n, -1);
  assert.match(result.diagnostics[0].text, /line 1, column \d+: the registry is not valid JSON/);
  assert.equal(result.state.groupCount, before);
  assert.equal(result.state.failedUpdate, true, 'the failed update is reported on screen');
  await page.close();
});

// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the built
// site served on loopback. WebGL comes from SwiftShader (no GPU on CI).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { serve } from '../../scripts/static-server.mjs';

export const SITE = process.env.WGF_SITE || path.resolve('build/web/site');
export const ARTIFACTS = path.resolve(process.env.WGF_ARTIFACTS || 'test-results');
// The first visit's transfer budget (gzip): 380,000 since the browser draws the glyphs (no font
// files) and the core's loader is minified (issue 15: 375,432 then); 396,000 since what changed
// since the last visit, the feeds, skipped and extra dates and rotating slots (about 18 KB);
// 401,415 since My week (393,709 -> 399,124: 5,415 B more); 341,910 since the wasm carries
// compact Unicode tables generated from utf8proc instead of utf8proc's (399,150 -> 339,910);
// 345,519 since the core reads the registry from the page's copy a part at a time and the index
// keeps its occurrences as bytes (340,866 -> 343,519: the text's reader, one JSON parser instance
// for all the widget reads, and 1.5 KB of gzip lost to the reordered code); 333,500 since the
// widget's Dear ImGui leaves its default font out (344,899 -> 332,703); 336,500 since the model's
// strings are shared Text and the postings bytes (331,736 -> 335,358: 6.0 MB less wasm memory at
// 10,000 groups for 3.6 KB); 335,500 since the index build's term table and trie (335,358 ->
// 334,767).
export const BUDGET = 335500;
fs.mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// The built site on loopback; options as scripts/static-server.mjs serve().
export async function serveSite(options) {
  return serve(SITE, options);
}

// One browser and the served site for a test file: started before its tests, closed after.
// The returned object is filled in by then: { browser, server, url }.
export function browserSuite(serveOptions) {
  const suite = {};
  before(async () => {
    Object.assign(suite, await serveSite(serveOptions));
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    suite.server?.close();
  });
  return suite;
}

// Waits until the widget (a CSS selector) has drawn its registry; returns its state().
export async function widgetReady(page, selector = 'wg-finder', timeout = 30000) {
  await page.waitForFunction((sel) => {
    const s = document.querySelector(sel)?.state?.();
    return s && (s.failed || (s.ready && s.framesDrawn > 0));
  }, selector, { timeout });
  const s = await state(page, selector);
  if (s.failed) throw new Error(`the widget failed: ${s.message}`);
  return s;
}

export function state(page, selector = 'wg-finder') {
  return page.$eval(selector, (e) => e.state());
}

// Waits until no frame has been drawn for `quietMs` (the widget settled after input).
export async function settled(page, selector = 'wg-finder', quietMs = 300) {
  let last = -1;
  for (let i = 0; i < 100; ++i) {
    const n = (await state(page, selector)).framesDrawn;
    if (n === last) return;
    last = n;
    await page.waitForTimeout(quietMs);
  }
}

// Focuses the widget's canvas as a click would (without clicking on any control).
export async function focusWidget(page, selector = 'wg-finder') {
  await page.$eval(selector, (e) => e.shadowRoot.querySelector('canvas').focus());
}

// The middle of a control the screen reports in state().controls (name -> [x, y, w, h] in the
// canvas's CSS pixels), in the page's coordinates, and the state it was read from.
// The previous input is drawn on the next frame, which a loaded machine may not have drawn yet:
// wait for it (state().framePending), and up to 5 s for a control that input brings up (the
// filters after a tap on "filters").
async function controlPoint(page, name, selector) {
  let s = await state(page, selector);
  for (let waited = 0; (s.framePending || !s.controls?.[name]) && waited < 5000; waited += 50) {
    await page.waitForTimeout(50);
    s = await state(page, selector);
  }
  const r = s.controls?.[name];
  if (!r) throw new Error(`no control "${name}" is drawn; drawn: ${Object.keys(s.controls || {}).join(', ')}`);
  const box = await page.$eval(selector, (e) => {
    const b = e.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: b.x, y: b.y };
  });
  return { s, x: box.x + r[0] + r[2] / 2, y: box.y + r[1] + r[3] / 2 };
}

// Clicks a named control with the mouse, at its middle, as a visitor clicks it. Returns the state
// before.
export async function clickControl(page, name, selector = 'wg-finder') {
  const { s, x, y } = await controlPoint(page, name, selector);
  await page.mouse.click(x, y);
  return s;
}

// Taps a named control with a finger, at its middle, as a visitor on a phone does (the page must
// be made with hasTouch). Returns the state before.
export async function tapControl(page, name, selector = 'wg-finder') {
  const { s, x, y } = await controlPoint(page, name, selector);
  await page.touchscreen.tap(x, y);
  return s;
}

// As a visitor with the keyboard: "/" to the search, type `query`, the first result with
// ArrowDown and Enter. Returns the state after.
export async function searchAndPickFirst(page, query, selector = 'wg-finder') {
  await focusWidget(page, selector);
  await page.keyboard.press('Slash');
  await page.keyboard.type(query);
  await settled(page, selector);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await settled(page, selector);
  return state(page, selector);
}

// The element focused inside the widget's shadow root: "canvas", "input" or null.
export function focusedPart(page, selector = 'wg-finder') {
  return page.$eval(selector, (e) => e.shadowRoot.activeElement?.localName ?? null);
}

// Fraction of canvas pixels that differ from the most common colour: 0 for a blank canvas.
export async function inkRatio(page, selector = 'wg-finder') {
  return page.$eval(selector, (host) => {
    const canvas = host.shadowRoot ? host.shadowRoot.querySelector('canvas') : host;
    const copy = document.createElement('canvas');
    copy.width = canvas.width; copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const most = Math.max(...counts.values());
    return 1 - most / (data.length / 4);
  });
}

// gzip -9 size of a file of the site.
// (the gzip program, as scripts/size-report.sh measures; zlib when it is missing).
export function gzipSize(bytes) {
  const r = spawnSync('gzip', ['-9', '-c'], { input: bytes, maxBuffer: 1 << 28 });
  return r.status === 0 ? r.stdout.length : zlib.gzipSync(bytes, { level: 9 }).length;
}

// A visitor in Los Angeles at 1280x800, downloads allowed.
export const LA = { timezoneId: 'America/Los_Angeles', viewport: { width: 1280, height: 800 }, acceptDownloads: true };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// A visit to the suite's page with these context options, until the widget has settled.
export async function visit(suite, options, url = suite.url) {
  const context = await suite.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  await widgetReady(page);
  await settled(page);
  return { context, page };
}

// The next `n` Wednesdays on which an 11:00-12:00 meeting in Los Angeles has not ended, as the
// widget labels them ("Wed 9 Dec") and as iCalendar writes them ("20261209").
export function wednesdays(n) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', year: 'numeric',
    month: 'numeric', day: 'numeric', hour: 'numeric', hourCycle: 'h23' }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  const out = [];
  for (let k = 0; out.length < n; ++k) {
    const d = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) + k));
    if (d.getUTCDay() !== 3 || (k === 0 && Number(parts.hour) >= 12)) continue;
    const pad = (x) => String(x).padStart(2, '0');
    out.push({ label: `Wed ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`,
      ics: `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` });
  }
  return out;
}

// The file a click downloads: `click` names a drawn control, or is a function that clicks.
export async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'),
    typeof click === 'function' ? click() : clickControl(page, click)]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

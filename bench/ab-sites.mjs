// Two builds of the site side by side in headless Chromium, visit after visit in turn (A, B, B, A,
// ...), each in a fresh browser context, so that a change to the widget's start or frames is
// measured against the build before it under the same load: the medians (and spreads) of the time
// from navigation to the first frame with results, the wasm's start, the widget's User Timing
// measures (wasm started to searchable, screen set up, registry loaded and indexed), the first
// frame's own time, a keystroke's frame while "security" is typed into the search field, and the
// wasm memory's size once the first results are drawn (it never shrinks: that much stays taken).
//
//   node bench/ab-sites.mjs SITE_A SITE_B [RUNS]      (RUNS per site, default 9)
//
// SITE_A and SITE_B are built sites (build/web/site, copied aside before a change). Environment:
// WGF_AB_REGISTRY (a registry to show instead of the demo's, e.g. one `wgf_bench_query --groups N
// --write DIR` wrote), WGF_AB_MBPS (the network's speed in Mbit/s with 40 ms of latency, through
// Chromium's network emulation; default: loopback as it is).
// The frames are timed by wrapping the embed script's frameNow() in the copy each visit is served
// (the page's own script is otherwise unchanged); where the script has none, those columns say n/a.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { launch } from '../tests/browser/browser.mjs';
import { serve } from '../scripts/static-server.mjs';

const [siteA, siteB, runsArg] = process.argv.slice(2);
if (!siteA || !siteB) {
  console.error('usage: node bench/ab-sites.mjs SITE_A SITE_B [RUNS]');
  process.exit(2);
}
const RUNS = Number(runsArg || 9);
const REGISTRY = process.env.WGF_AB_REGISTRY;
const MBPS = Number(process.env.WGF_AB_MBPS || 0);
const sites = { A: path.resolve(siteA), B: path.resolve(siteB) };
const servers = {};
for (const [k, dir] of Object.entries(sites)) servers[k] = await serve(dir);
const browser = await launch();
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A/B</title>
<script type="module" src="wgfinder.js"></script></head><body><wg-finder registry="generated.json" height="700px"></wg-finder></body></html>`;

function timedScript(site) {
  const text = fs.readFileSync(path.join(site, 'wgfinder.js'), 'utf8');
  const timed = text.replace('frameNow(){', 'frameNow(){const t0=performance.now();try{return this.frameNowUntimed()}' +
    'finally{(window.wgfFrames||=[]).push(performance.now()-t0)}},frameNowUntimed(){');
  return timed === text ? null : timed;
}
const scripts = { A: timedScript(sites.A), B: timedScript(sites.B) };

async function visit(k) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  if (scripts[k]) await p.route('**/wgfinder.js', (r) => r.fulfill({ contentType: 'text/javascript', body: scripts[k] }));
  if (REGISTRY) {
    await p.route('**/generated.json', (r) => r.fulfill({ contentType: 'application/json', body: fs.readFileSync(REGISTRY) }));
    await p.route('**/ab.html', (r) => r.fulfill({ contentType: 'text/html', body: page }));
  }
  if (MBPS > 0) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: MBPS * 125000, uploadThroughput: MBPS * 125000 });
  }
  await p.goto(servers[k].url + (REGISTRY ? 'ab.html' : ''));
  const results = await p.waitForFunction(() => {
    const s = document.querySelector('wg-finder')?.state?.();
    return s && s.ready && s.framesDrawn > 0 && s.visible && s.visible.length > 0 ? performance.now() : 0;
  }, null, { polling: 'raf', timeout: 120000 }).then((h) => h.jsonValue());
  const r = await p.evaluate(() => {
    const m = (name) => performance.getEntriesByName(name)[0];
    const start = m('wgfinder: wasm started to searchable');
    return { started: start.startTime, searchable: start.duration, setUp: m('wgfinder: screen set up').duration,
      loaded: m('wgfinder: registry loaded and indexed').duration, firstFrame: window.wgfFrames?.[0] ?? NaN };
  });
  r.results = results;
  r.memory = await p.$eval('wg-finder', (e) => e.wgfinder.core.HEAPU8.buffer.byteLength / 1048576);
  // A keystroke's frame: "security" typed into the search field, 60 ms apart.
  const box = await p.locator('wg-finder').boundingBox();
  await p.mouse.click(box.x + 300, box.y + 30);
  await p.keyboard.press('Slash');
  const before = await p.evaluate(() => (window.wgfFrames || []).length);
  await p.keyboard.type('security', { delay: 60 });
  await p.waitForTimeout(800);
  r.keystroke = await p.evaluate((b) => {
    const f = (window.wgfFrames || []).slice(b).sort((x, y) => x - y);
    return f.length ? f[Math.floor(f.length / 2)] : NaN;
  }, before);
  await context.close();
  return r;
}

const runs = { A: [], B: [] };
for (let i = 0; i < RUNS; i++) for (const k of i % 2 ? ['B', 'A'] : ['A', 'B']) runs[k].push(await visit(k));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const cell = (xs, unit = 'ms', digits = 0) => (xs.some(Number.isNaN) ? 'n/a'
  : `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})`);
console.log(`A: ${sites.A}\nB: ${sites.B}\n${REGISTRY ? path.basename(REGISTRY) : 'the demo'}, ${MBPS ? `${MBPS} Mbit/s, 40 ms` : 'loopback'}, ` +
  `${RUNS} visits each, headless Chromium, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('| | A: median (fastest-slowest) | B: median (fastest-slowest) |\n|---|---:|---:|');
const rows = [['first frame with results, from navigation', 'results'], ['the wasm started, from navigation', 'started'],
  ['wasm started to searchable', 'searchable'], ['of which the screen set up', 'setUp'], ['the registry loaded and indexed', 'loaded'],
  ['the first frame', 'firstFrame'], ['a keystroke\'s frame (median of the visit\'s)', 'keystroke']];
for (const [label, key] of rows) console.log(`| ${label} | ${cell(runs.A.map((r) => r[key]))} | ${cell(runs.B.map((r) => r[key]))} |`);
console.log(`| wasm memory after the first results | ${cell(runs.A.map((r) => r.memory), 'MB', 1)} | ${cell(runs.B.map((r) => r.memory), 'MB', 1)} |`);
await browser.close();
for (const s of Object.values(servers)) await s.stop();

// Time to the first useful frame in headless Chromium: from navigation to the first frame that
// shows the registry's results, on the demo page and on pages of 1,000 and 10,000 generated groups
// (the benchmark's corpus), each visit in a fresh browser context (nothing cached). Prints the
// median and the spread of several runs (the first visit's bytes: scripts/size-report.sh).
//   node bench/first-frame.mjs [RUNS]       (default 7; needs the web and native builds)
// Environment: WGF_SITE (default build/web/site), WGF_BENCH_QUERY (the native wgf_bench_query,
// which writes the generated registries; default build/native/bench/wgf_bench_query).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, serveSite } from '../tests/browser/browser.mjs';

const RUNS = Number(process.argv[2] || 7);
const BENCH = process.env.WGF_BENCH_QUERY || path.resolve('build/native/bench/wgf_bench_query');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgf-first-frame-'));
const registries = { demo: null };
for (const n of [1000, 10000]) {
  execFileSync(BENCH, ['--groups', String(n), '--write', dir]);
  registries[`${n} groups`] = fs.readFileSync(path.join(dir, `registry-${n}.json`));
}
fs.rmSync(dir, { recursive: true, force: true });

const { server, url } = await serveSite();
const browser = await launch();
const page = (registry) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first frame</title>
<script type="module" src="wgfinder.js"></script></head><body>
<wg-finder registry="${registry}" height="700px"></wg-finder></body></html>`;

async function visit(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  if (registries[name]) {
    await p.route('**/generated.json', (route) => route.fulfill({ contentType: 'application/json', body: registries[name] }));
    await p.route('**/first-frame.html', (route) => route.fulfill({ contentType: 'text/html', body: page('generated.json') }));
  }
  await p.goto(registries[name] ? `${url}first-frame.html` : url);
  // Polled on every animation frame: the first frame whose state has results drawn.
  const ms = await p.waitForFunction(() => {
    const s = document.querySelector('wg-finder')?.state?.();
    return s && s.ready && s.framesDrawn > 0 && s.visible && s.visible.length > 0 ? performance.now() : 0;
  }, null, { polling: 'raf', timeout: 120000 }).then((h) => h.jsonValue());
  // The widget's own measure (web/src/widget.js): from the wasm's start (instantiated, main() run)
  // to the registry loaded and indexed (WebGL and the glyph atlas set up on the way).
  const [searchable, setUp, loaded] = await p.evaluate(() => ['wgfinder: wasm started to searchable', 'wgfinder: screen set up', 'wgfinder: registry loaded and indexed']
    .map((name) => performance.getEntriesByName(name)[0]?.duration ?? NaN));
  await context.close();
  return { ms, searchable, setUp, loaded };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`Time to the first frame with results, headless Chromium, ${RUNS} runs each (fresh context), ` +
  `${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('| page | first frame with results: median | fastest | slowest | wasm started to searchable: median | fastest | slowest | of which the screen set up (median) | the registry loaded and indexed: median | fastest | slowest |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const spread = (xs) => `${median(xs).toFixed(0)} ms | ${Math.min(...xs).toFixed(0)} ms | ${Math.max(...xs).toFixed(0)} ms`;
for (const name of Object.keys(registries)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await visit(name));
  console.log(`| ${name} | ${spread(runs.map((r) => r.ms))} | ${spread(runs.map((r) => r.searchable))} | ${median(runs.map((r) => r.setUp)).toFixed(0)} ms | ${spread(runs.map((r) => r.loaded))} |`);
}
await browser.close();
server.close();

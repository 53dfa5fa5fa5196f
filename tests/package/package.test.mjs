// The npm package as a site maintainer and a community's CI use it: `npm pack` makes the tarball,
// which is installed into empty folders that know nothing of this source tree; `npx wgfinder`
// imports and validates from that install; a plain static site and a Hugo site (with the
// package's shortcode) are served and the widget is checked in Chromium; the command-line tool as
// wasm under node prints what the native tool prints.
//   WGF_PACKAGE=build/web/package WGFINDER=build/native/wgfinder node --test tests/package/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import { serve } from '../../scripts/static-server.mjs';
import { launch, widgetReady, focusWidget, settled, state, ARTIFACTS } from '../browser/browser.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PKG = path.resolve(process.env.WGF_PACKAGE || path.join(ROOT, 'build/web/package'));
const NATIVE = path.resolve(process.env.WGFINDER || path.join(ROOT, 'build/native/wgfinder'));
const PAGE = path.join(ROOT, 'assets/registries/istio-WORKING-GROUPS.md');
const BUNDLED = path.join(ROOT, 'assets/registries/istio.json');

let tmp, tarball, browser;

function run(cmd, args, cwd, input) {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

function npm(args, cwd) {
  const r = run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], cwd);
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

// An empty folder with the packed tarball installed, as a community's site would have it.
function freshInstall(name) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true }));
  npm(['install', '--offline', tarball], dir);
  return dir;
}

function npx(dir, ...args) { return run('npx', ['--no', 'wgfinder', ...args], dir); }

// Serves `dir`, opens `pagePath` in Chromium, waits for the widget, types a query into it as a
// visitor does; returns what the visitor got.
async function visit(dir, pagePath, shot) {
  const { server, url } = await serve(dir);
  const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(new URL(pagePath, url).href);
    const loaded = await widgetReady(page);
    await focusWidget(page);
    await page.keyboard.press('Slash');
    await page.keyboard.type('security');
    await settled(page);
    const searched = await state(page);
    const mirror = await page.$eval('wg-finder', (e) => [...e.shadowRoot.querySelectorAll('li a')].map((a) => a.textContent));
    await page.screenshot({ path: path.join(ARTIFACTS, shot) });
    return { loaded, searched, mirror, errors };
  } finally {
    await context.close();
    server.close();
  }
}

before(async () => {
  assert.ok(fs.existsSync(path.join(PKG, 'package.json')), `${PKG} has no package.json: build the web preset first`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wgfinder-package-'));
  const packed = JSON.parse(npm(['pack', PKG, '--pack-destination', tmp, '--json'], tmp));
  tarball = path.join(tmp, packed[0].filename);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the tarball holds the widget, the tool, the types, the schema and the Hugo shortcode', () => {
  const listing = run('tar', ['-tzf', tarball]).stdout.split('\n').filter(Boolean);
  for (const f of ['dist/wgfinder.js', 'dist/wgfinder-core.js', 'dist/wgfinder-core.wasm', 'dist/wgfinder-core-md.js',
    'dist/wgfinder-core-md.wasm', 'dist/wgfinder-sw.js',
    'dist/wgfinder.d.ts', 'bin/wgfinder.cjs', 'cli/wgfinder-cli.cjs', 'cli/wgfinder-cli.wasm',
    'hugo/layouts/shortcodes/wgfinder.html', 'registry.schema.json', 'registry-format.md', 'README.md', 'package.json']) {
    assert.ok(listing.includes(`package/${f}`), `${f} is in the tarball`);
  }
  assert.ok(!listing.some((f) => /\.(cpp|h|o|a)$/.test(f)), 'no sources or objects');
  const dts = fs.readFileSync(path.join(PKG, 'dist/wgfinder.d.ts'), 'utf8');
  for (const name of ['export function mount', 'export class WgFinderElement', 'export interface Registry', "'wg-finder': WgFinderElement"])
    assert.ok(dts.includes(name), `the types declare ${name}`);
});

test('installed into an empty folder: npx wgfinder imports, validates (exit codes) and resolves as a module', () => {
  const site = freshInstall('plain-site');
  fs.copyFileSync(PAGE, path.join(site, 'WORKING-GROUPS.md'));
  let r = npx(site, 'import', '--base-url', 'https://github.com/istio/community/blob/master/', '--updated', '2026-11-26', 'WORKING-GROUPS.md');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, fs.readFileSync(BUNDLED, 'utf8'), 'the wasm tool imports exactly what the native tool does');
  fs.writeFileSync(path.join(site, 'groups.json'), r.stdout);

  r = npx(site, 'validate', 'groups.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /7 groups, 0 errors/);
  fs.writeFileSync(path.join(site, 'bad.json'), '{"version":1,"groups":[{"id":"a","name":"A","leads":[{"name":3}]},{"id":"a","name":"B"}]}');
  r = npx(site, 'validate', 'bad.json');
  assert.equal(r.status, 1, 'errors give exit 1');
  assert.match(r.stderr, /\/groups\/0\/leads\/0\/name \(group 'a'\): must be a string, not a number/);
  r = npx(site, 'validate', 'missing.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read missing\.json/);
  r = npx(site, 'frobnicate');
  assert.equal(r.status, 2, 'a usage error gives exit 2');

  // The package's exports, as node and bundlers resolve them.
  const require = createRequire(path.join(site, 'index.js'));
  assert.equal(require.resolve('wgfinder'), path.join(site, 'node_modules/wgfinder/dist/wgfinder.js'));
  const schema = JSON.parse(fs.readFileSync(require.resolve('wgfinder/registry.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(JSON.parse(fs.readFileSync(path.join(site, 'groups.json'), 'utf8'))),
    `the imported registry fits the shipped schema: ${JSON.stringify(validate.errors)}`);
  assert.ok(!validate({ version: 1, groups: [{ id: 'a' }] }), 'the schema refuses a group without a name');
});

test('the types describe the page API as a TypeScript site uses it', () => {
  const site = freshInstall('typescript-site');
  fs.writeFileSync(path.join(site, 'tsconfig.json'), JSON.stringify({ compilerOptions: {
    strict: true, noEmit: true, target: 'es2020', module: 'esnext', moduleResolution: 'bundler', lib: ['es2020', 'dom'] } }));
  const use = (body) => `import { mount, type Registry, type SearchResults } from 'wgfinder';\n${body}\n`;
  fs.writeFileSync(path.join(site, 'good.ts'), use(`
const registry: Registry = { version: 1, groups: [{ id: 'docs', name: 'Docs', leads: [{ name: 'Ada', company: 'Acme' }],
  meetings: [{ schedule: 'Mondays at 10:00 UTC', rrule: 'FREQ=WEEKLY;BYDAY=MO', time: '10:00', tz: 'UTC' }] }] };
const widget = mount(document.body, { registry, theme: 'dark', eager: true });
widget.ready?.then(() => {
  const r: SearchResults | null = widget.search('docs', 5);
  const top: string | undefined = r?.results[0]?.id;
  const n: number = widget.setRegistry(registry);
  console.log(top, n, widget.state().groupCount);
});
const el = document.querySelector('wg-finder');
el?.setQuery('security');
el?.addEventListener('wgf-select', (e) => console.log(e.detail.id));`));
  fs.writeFileSync(path.join(site, 'bad.ts'), use(`mount(document.body, { theme: 'purple' });`));
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  let r = run(process.execPath, [tsc, '-p', 'tsconfig.json'], site);
  assert.equal(r.status, 2, 'bad.ts does not type-check');
  assert.match(r.stdout, /bad\.ts.*'"purple"' is not assignable/);
  assert.doesNotMatch(r.stdout, /good\.ts/, 'good.ts type-checks');
});

test('a static site serves the widget from node_modules and a visitor searches it in Chromium', async () => {
  const site = freshInstall('static-site');
  fs.writeFileSync(path.join(site, 'groups.json'), fs.readFileSync(BUNDLED));
  fs.writeFileSync(path.join(site, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Our working groups</title><link rel="icon" href="data:,">
<script type="module" src="node_modules/wgfinder/dist/wgfinder.js"></script></head>
<body><h1>Our working groups</h1>
<wg-finder registry="groups.json" eager><a href="groups.json">Our working groups</a></wg-finder></body></html>`);
  const v = await visit(site, 'index.html', 'package-static-site.png');
  assert.equal(v.loaded.groupCount, 7);
  assert.equal(v.searched.query, 'security');
  assert.equal(v.searched.results[0], 'security');
  assert.ok(v.mirror.some((t) => t.startsWith('Security')), `the accessible list shows Security (${v.mirror})`);
  assert.deepEqual(v.errors, []);
});

test('a Hugo site with the package\'s shortcode, built by hugo, shows the widget', async () => {
  const site = freshInstall('hugo-site');
  const w = (f, text) => { fs.mkdirSync(path.dirname(path.join(site, f)), { recursive: true }); fs.writeFileSync(path.join(site, f), text); };
  // The configuration the package's README gives.
  w('hugo.toml', `baseURL = "/"
title = "Our community"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
[module]
  [[module.mounts]]
    source = "static"
    target = "static"
  [[module.mounts]]
    source = "layouts"
    target = "layouts"
  [[module.mounts]]
    source = "node_modules/wgfinder/dist"
    target = "static/wgfinder"
  [[module.mounts]]
    source = "node_modules/wgfinder/hugo/layouts"
    target = "layouts"
`);
  w('layouts/_default/baseof.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="icon" href="data:,"></head><body>{{ block "main" . }}{{ end }}</body></html>');
  w('layouts/_default/single.html', '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}');
  w('layouts/index.html', '{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ end }}');
  w('content/groups.md', '---\ntitle: Working groups\n---\nFind a group, its leads and its next meeting.\n\n{{< wgfinder registry="groups.json" height="600px" >}}\n');
  w('static/groups.json', fs.readFileSync(BUNDLED, 'utf8'));
  const r = run('hugo', ['--source', site, '--destination', path.join(site, 'public'), '--quiet'], site);
  assert.equal(r.status, 0, `hugo failed:\n${r.stderr}${r.stdout}`);
  const html = fs.readFileSync(path.join(site, 'public/groups/index.html'), 'utf8');
  assert.match(html, /<script type="module" src="\/wgfinder\/wgfinder\.js"><\/script>/);
  assert.match(html, /<wg-finder registry="\/groups\.json" height="600px"><a href="\/groups\.json">Our working groups<\/a><\/wg-finder>/);
  assert.ok(fs.existsSync(path.join(site, 'public/wgfinder/wgfinder-core.wasm')), 'the widget is published with the site');
  const v = await visit(path.join(site, 'public'), 'groups/', 'package-hugo-site.png');
  assert.equal(v.loaded.groupCount, 7);
  assert.equal(v.searched.results[0], 'security');
  assert.deepEqual(v.errors, []);
});

test('the command-line tool as wasm under node prints what the native tool prints', { skip: !fs.existsSync(NATIVE) && `no native tool at ${NATIVE}` }, () => {
  const wasm = path.join(PKG, 'bin/wgfinder.cjs');
  const cases = [
    ['--help'], ['list', BUNDLED], ['list', PAGE], ['validate', BUNDLED], ['lint', BUNDLED],
    ['query', BUNDLED, 'lead:sven company:google'], ['query', '--json', BUNDLED, 'securty'],
    ['ics', BUNDLED, '--groups', 'integrations,test-release', '--now', '2026-12-01T10:00Z'], ['ics', BUNDLED, '--now', '2026-07-01T10:00Z'], ['import', PAGE], ['validate', 'nothing-here.json'],
  ];
  for (const args of cases) {
    const a = run(NATIVE, args, tmp, ''), b = run(process.execPath, [wasm, ...args], tmp, '');
    const label = `wgfinder ${args.map((x) => path.basename(x)).join(' ')}`;
    assert.equal(b.status, a.status, `${label}: exit status`);
    assert.equal(b.stdout, a.stdout, `${label}: output`);
    assert.equal(b.stderr, a.stderr, `${label}: messages`);
  }
});

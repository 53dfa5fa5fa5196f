// What the widget's wasm is made of, by component: code (each function's body, from a build that
// keeps function names: the web build's breakdown/ copy of the widget) and data (the Unicode tables
// measured from the objects of the library that holds them, the rest together).
//   node scripts/wasm-breakdown.mjs NAMED.wasm [UNICODE_DATA.a] [SHIPPED.wasm] [LABEL]
// The named build is linked like the shipped one but without its last wasm-opt pass, so its
// total is a little larger; the shipped file's size and gzip are printed beside it.
import fs from 'node:fs';
import zlib from 'node:zlib';

const [named, utf8procLib, shipped, unicodeLabel = 'utf8proc\'s Unicode tables'] = process.argv.slice(2);
if (!named) {
  console.error('usage: wasm-breakdown.mjs NAMED.wasm [UNICODE_DATA.a] [SHIPPED.wasm] [LABEL]');
  process.exit(2);
}

// ---- wasm binary: sections, function bodies, names, data segments
function reader(b, p = 0) {
  return {
    get p() { return p; }, set p(v) { p = v; },
    byte: () => b[p++],
    leb() { let r = 0, s = 0, x; do { x = b[p++]; r += (x & 127) * 2 ** s; s += 7; } while (x & 128); return r; },
    str() { const n = this.leb(); const s = b.subarray(p, p + n).toString('utf8'); p += n; return s; },
  };
}

function sections(b) {
  const r = reader(b, 8), out = [];
  while (r.p < b.length) {
    const id = r.byte(), size = r.leb(), start = r.p;
    out.push({ id, start, end: start + size, name: id === 0 ? reader(b, start).str() : '' });
    r.p = start + size;
  }
  return out;
}

function functionImports(b, s) {
  const r = reader(b, s.start);
  let n = 0;
  for (let i = r.leb(); i > 0; i--) {
    r.str(); r.str();
    const kind = r.byte();
    if (kind === 0) { r.leb(); n++; } else if (kind === 1) { r.byte(); limits(r); } else if (kind === 2) limits(r);
    else if (kind === 3) { r.byte(); r.byte(); } else if (kind === 4) { r.byte(); r.leb(); }
  }
  return n;
}
function limits(r) { const f = r.byte(); r.leb(); if (f & 1) r.leb(); }

function dataBytes(b, s) {  // sum of the data segments' sizes
  const r = reader(b, s.start);
  let total = 0;
  for (let i = r.leb(); i > 0; i--) {
    const flags = r.leb();
    if (flags === 2) r.leb();
    if (flags !== 1) { while (b[r.p] !== 0x0b) r.p++; r.p++; }  // the offset expression
    const n = r.leb();
    total += n; r.p += n;
  }
  return total;
}

function inspect(b) {
  const secs = sections(b);
  const imports = secs.find((s) => s.id === 2);
  const firstDefined = imports ? functionImports(b, imports) : 0;
  const sizes = [];
  const code = secs.find((s) => s.id === 10);
  if (code) {
    const r = reader(b, code.start);
    for (let i = r.leb(); i > 0; i--) { const n = r.leb(); sizes.push(n); r.p += n; }
  }
  const names = new Map();
  const nameSec = secs.find((s) => s.id === 0 && s.name === 'name');
  if (nameSec) {
    const r = reader(b, nameSec.start); r.str();
    while (r.p < nameSec.end) {
      const id = r.byte(), n = r.leb(), end = r.p + n;
      if (id === 1) for (let i = r.leb(); i > 0; i--) { const idx = r.leb(); names.set(idx, r.str()); }
      r.p = end;
    }
  }
  const data = secs.filter((s) => s.id === 11).reduce((t, s) => t + dataBytes(b, s), 0);
  return { firstDefined, sizes, names, data, secs };
}

// ---- components, by the (demangled) function name
const COMPONENTS = [
  ['nlohmann-json', (n) => n.includes('nlohmann::')],
  ['Dear ImGui (and its OpenGL renderer)', (n) => /^(ImGui|Im[A-Z]|stb|STB|ImStb)/.test(n) || n.includes('ImGui')],
  ['utf8proc', (n) => n.startsWith('utf8proc')],
  ['md4c', (n) => /^md_|^MD_/.test(n)],
  ['wgfinder: web layer (src/web)', (n) => n.startsWith('wgf::web::') || n.startsWith('wgf_')],
  ['wgfinder: screen and view model (src/ui)', (n) => n.includes('wgf::ui::')],
  ['wgfinder: Unicode data (src/unicode)', (n) => n.includes('wgf::unicode::')],
  ['wgfinder: query engine (src/query)', (n) => /wgf::(query|SearchIndex|detail::|Index|Query|Facet|resultsTo|parseQuery|highlight)/.test(n)],
  ['wgfinder: model, time, import (src/model, src/time, src/import)', (n) => n.includes('wgf::')],
  ['C++ standard library', (n) => n.startsWith('std::') || /^(operator new|operator delete|__cxa|__cxx|__gxx)/.test(n)],
  ['C library and runtime (malloc, printf, math)', () => true],
];

const wasm = fs.readFileSync(named);
const info = inspect(wasm);
const totals = new Map(COMPONENTS.map(([c]) => [c, 0]));
let codeTotal = 0;
info.sizes.forEach((size, i) => {
  const name = info.names.get(info.firstDefined + i) || '';
  const [c] = COMPONENTS.find(([, test]) => test(name));
  totals.set(c, totals.get(c) + size);
  codeTotal += size;
});

let utf8procData = 0;
if (utf8procLib && fs.existsSync(utf8procLib)) {
  const a = fs.readFileSync(utf8procLib);
  const objects = [];
  if (a.subarray(0, 8).toString() === '!<arch>\n') {
    for (let p = 8; p + 60 <= a.length;) {
      const size = parseInt(a.subarray(p + 48, p + 58).toString(), 10);
      const body = a.subarray(p + 60, p + 60 + size);
      if (body.subarray(0, 4).toString('latin1') === '\0asm') objects.push(body);
      p += 60 + size + (size % 2);
    }
  } else objects.push(a);
  for (const o of objects) utf8procData += inspect(o).data;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (label, n, of) => console.log(`  ${label.padEnd(66)} ${kb(n).padStart(9)} ${(100 * n / of).toFixed(1).padStart(5)}%`);
const whole = wasm.length - info.secs.filter((s) => s.id === 0).reduce((t, s) => t + (s.end - s.start), 0);
console.log(`wasm by component (${named.split('/').pop()}, names aside: ${kb(whole)}; before the last wasm-opt pass)`);
console.log('  code');
for (const [c, n] of [...totals].sort((x, y) => y[1] - x[1])) if (n > 0) row(`  ${c}`, n, whole);
console.log('  data');
if (utf8procData) row(`  ${unicodeLabel}`, Math.min(utf8procData, info.data), whole);
row('  the rest (strings, tables)', info.data - Math.min(utf8procData, info.data), whole);
row('  other sections (types, imports, exports, tables)', whole - codeTotal - info.data, whole);
if (shipped && fs.existsSync(shipped)) {
  const s = fs.readFileSync(shipped);
  console.log(`shipped ${shipped.split('/').pop()}: ${kb(s.length)}, gzip -9 ${kb(zlib.gzipSync(s, { level: 9 }).length)}`);
}

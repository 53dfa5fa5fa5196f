// wgfinder benchmark, JS side: MiniSearch, Fuse.js and FlexSearch on the corpus and the
// keystrokes that wgf_bench_query --write produced. One engine per process, so that heap
// measurements do not mix:
//
//   node --expose-gc bench/js_engines.mjs --engine minisearch --groups 10000 --dir DIR
//
// Prints one JSON line shaped like wgf_bench_query's. Each library gets the same fields with
// similar weights, accent folding where it has none built in, and its prefix and fuzzy options
// switched on.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";
import Fuse from "fuse.js";
import FlexSearch from "flexsearch";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const engine = args.engine;
const groups = Number(args.groups);
const dir = args.dir;
const fuseMaxKeystrokes = Number(args["fuse-max"] ?? 60);
if (!global.gc) throw new Error("run node with --expose-gc");

const registry = JSON.parse(readFileSync(`${dir}/registry-${groups}.json`, "utf8"));
const queries = JSON.parse(readFileSync(`${dir}/queries-${groups}.json`, "utf8")).queries;

// The same text fields our engine indexes, flattened to strings.
const docs = registry.groups.map((g, i) => ({
  id: i,
  gid: g.id,
  name: g.name,
  kind: g.kind ?? "",
  description: g.description ?? "",
  topics: (g.topics ?? []).join(" ; "),
  leads: (g.leads ?? []).map((l) => `${l.name} ${l.github ?? ""}`).join(" ; "),
  companies: (g.leads ?? []).map((l) => l.company ?? "").join(" ; "),
  contacts: (g.contacts ?? []).map((c) => `${c.kind} ${c.label}`).join(" ; "),
  meetings: (g.meetings ?? []).map((m) => `${m.title ?? ""} ${m.schedule ?? ""}`).join(" ; "),
}));
const fields = ["name", "gid", "topics", "leads", "companies", "contacts", "kind", "meetings", "description"];
const weights = { name: 6, gid: 1.5, topics: 3, leads: 2.5, companies: 2, contacts: 1, kind: 1, meetings: 0.5, description: 1 };
const fold = (s) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

// Keystrokes: every prefix of each query, whole characters.
function keystrokes(text) {
  const chars = [...text];
  return chars.map((_, i) => chars.slice(0, i + 1).join(""));
}

function build() {
  switch (engine) {
    case "minisearch": {
      const ms = new MiniSearch({
        fields,
        storeFields: [],
        processTerm: (t) => fold(t),
        searchOptions: { boost: weights, prefix: true, fuzzy: 0.2, combineWith: "AND" },
      });
      ms.addAll(docs);
      return (q, limit) => ms.search(q).slice(0, limit).map((r) => r.id);
    }
    case "fuse": {
      const keys = fields.map((f) => ({ name: f, weight: weights[f] }));
      const options = { keys, includeScore: true, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.4 };
      const index = Fuse.createIndex(keys, docs);
      const fuse = new Fuse(docs, options, index);
      return (q, limit) => fuse.search(q, { limit }).map((r) => r.item.id);
    }
    case "flexsearch": {
      const index = new FlexSearch.Document({
        tokenize: "forward",
        encoder: FlexSearch.Charset.LatinBalance,
        document: { id: "id", index: fields.map((f) => ({ field: f, tokenize: "forward" })) },
      });
      for (const d of docs) index.add(d);
      return (q, limit) => index.search(q, { limit, suggest: true, merge: true }).map((r) => r.id);
    }
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}

function percentile(values, p) {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.round(p * (v.length - 1)))];
}

global.gc();
global.gc();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const search = build();
const buildMs = performance.now() - t0;
global.gc();
global.gc();
const memoryBytes = process.memoryUsage().heapUsed - heap0;

const limit = 20;
for (const w of ["licensing", "meetups conformance", "vault"]) search(w, limit);  // warm-up

// Fuse.js scans every document on every query: at large sizes, measure an evenly spread sample.
let all = [];
for (const q of queries) for (const k of keystrokes(q.plain)) all.push(k);
let measured = all;
if (engine === "fuse" && all.length > fuseMaxKeystrokes) {
  const step = all.length / fuseMaxKeystrokes;
  measured = Array.from({ length: fuseMaxKeystrokes }, (_, i) => all[Math.floor(i * step)]);
}
const latencies = [];
const shortPrefix = [];
for (const k of measured) {
  const t = performance.now();
  search(k, limit);
  const ms = performance.now() - t;
  latencies.push(ms);
  if (k.length <= 2) shortPrefix.push(ms);
  if (process.env.WGF_BENCH_SLOW && ms > Number(process.env.WGF_BENCH_SLOW)) console.error(`${ms.toFixed(2)} ms: ${k}`);
}

let top3 = 0, labelled = 0, nohit = 0;
const byCategory = {};
for (const q of queries) {
  const ids = search(q.plain, limit);
  if (q.category === "nohit" && ids.length > 0) nohit++;
  if (!q.intended) continue;
  const found = ids.slice(0, 3).some((i) => docs[i].gid === q.intended);
  labelled++;
  top3 += found ? 1 : 0;
  byCategory[q.category] ??= { hits: 0, total: 0 };
  byCategory[q.category].hits += found ? 1 : 0;
  byCategory[q.category].total++;
}

const names = { minisearch: "MiniSearch", fuse: "Fuse.js", flexsearch: "FlexSearch" };
console.log(JSON.stringify({
  engine: names[engine],
  groups,
  buildMs,
  memoryBytes,
  keystrokes: all.length,
  measured: measured.length,
  latencyMs: { median: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: percentile(latencies, 1) },
  shortPrefixP95Ms: percentile(shortPrefix, 0.95),
  top3: { hits: top3, total: labelled, byCategory },
  nohitWithResults: nohit,
}));

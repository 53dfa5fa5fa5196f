// wgfinder benchmark, JS side: MiniSearch, Fuse.js and FlexSearch on the corpus and the
// keystrokes that wgf_bench_query --write produced. One engine per process, so that heap
// measurements do not mix:
//
//   node --expose-gc bench/js_engines.mjs --engine minisearch --groups 10000 --dir DIR
//        [--every K [--sample-only]] [--labelled-max N] [--nohit-max N] [--person-max N] [--build-only]
//
// Engines: minisearch, flexsearch, fuse, and flexsearch-nosuggest (FlexSearch without its
// `suggest` option, to check that option is not what makes its slow keystrokes slow).
//
// Prints one JSON line shaped like wgf_bench_query's. Each library gets the same fields with
// similar weights, accent folding where it has none built in, and its prefix and fuzzy options
// switched on.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";
import Fuse from "fuse.js";
import FlexSearch from "flexsearch";

// --name value pairs; a flag without a value (--sample-only) maps to true.
const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (!a.startsWith("--")) continue;
  const next = process.argv[i + 1];
  if (next === undefined || next.startsWith("--")) args[a.slice(2)] = true;
  else args[a.slice(2)] = process.argv[++i];
}
const engine = args.engine;
const groups = Number(args.groups);
const dir = args.dir;
if (!global.gc) throw new Error("run node with --expose-gc");

// Wall-clock time, as a visitor sees it; WGF_BENCH_CPU=1 uses the process's CPU time instead (user
// + system, all of node's threads), like wgf_bench_query's, to compare engines on a busy machine.
const now = process.env.WGF_BENCH_CPU
  ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  : () => performance.now();

// The registry's text to the libraries' documents (JSON.parse and the flattening below): timed
// apart from the build, for the load-path table (wgfinder's load starts from the text).
const queries = JSON.parse(readFileSync(`${dir}/queries-${groups}.json`, "utf8")).queries;
const registryText = readFileSync(`${dir}/registry-${groups}.json`, "utf8");
global.gc();
const heapText = process.memoryUsage().heapUsed;
const parse0 = now();
const registry = JSON.parse(registryText);

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
const parseMs = now() - parse0;
// The registry as the page's objects, and the documents flattened from them for the library: what
// wgfinder's model is to its index (an index keeps ids; a page shows groups from these). Measured
// apart: memoryBytes is the index alone.
global.gc();
const registryObjectBytes = process.memoryUsage().heapUsed - heapText;
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
    case "flexsearch":
    case "flexsearch-nosuggest": {
      const index = new FlexSearch.Document({
        tokenize: "forward",
        encoder: FlexSearch.Charset.LatinBalance,
        document: { id: "id", index: fields.map((f) => ({ field: f, tokenize: "forward" })) },
      });
      for (const d of docs) index.add(d);
      const suggest = engine === "flexsearch";
      return (q, limit) => index.search(q, { limit, suggest, merge: true }).map((r) => r.id);
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
const t0 = now();
const search = build();
const buildMs = now() - t0;
global.gc();
global.gc();
const memoryBytes = process.memoryUsage().heapUsed - heap0;

// --build-only: the build's figures alone (the load-path comparison), no keystrokes.
if (args["build-only"]) {
  const names = { minisearch: "MiniSearch", fuse: "Fuse.js", flexsearch: "FlexSearch", "flexsearch-nosuggest": "FlexSearch, suggest off" };
  console.log(JSON.stringify({ engine: names[engine], groups, buildOnly: true, buildMs, parseMs, memoryBytes, registryObjectBytes }));
  process.exit(0);
}

const limit = 20;
for (const w of ["licensing", "meetups conformance", "vault"]) search(w, limit);  // warm-up

// Keystrokes in order. Engines too slow to take them all at a size (Fuse.js scans every document
// on every query; MiniSearch's short prefixes take seconds at 100,000 groups) are measured on every
// Kth keystroke only (--every K --sample-only); the others report that sample apart as well, so
// ratios compare the same keystrokes.
const every = Math.max(1, Number(args.every ?? 1));
const sampleOnly = "sample-only" in args;
const all = [];
const typed = queries.filter((q) => q.category !== "person");  // "person" queries are scored, not typed
for (const q of typed) for (const k of keystrokes(q.plain)) all.push(k);
const latencies = [], sampled = [], shortPrefix = [];
all.forEach((k, i) => {
  const inSample = i % every === 0;
  if (sampleOnly && !inSample) return;
  const t = now();
  search(k, limit);
  const ms = now() - t;
  latencies.push(ms);
  if (inSample) sampled.push(ms);
  if ([...k].length <= 2) shortPrefix.push(ms);
  if (process.env.WGF_BENCH_SLOW && ms > Number(process.env.WGF_BENCH_SLOW)) console.error(`${ms.toFixed(2)} ms: ${k}`);
});

// Top 3 on the labelled queries (at most --labelled-max of them, spread over the categories).
let labelledQueries = typed.filter((q) => q.intended);
const labelledMax = Number(args["labelled-max"] ?? labelledQueries.length);
if (labelledQueries.length > labelledMax) {
  const byCat = {};
  for (const q of labelledQueries) (byCat[q.category] ??= []).push(q);
  const picked = [];
  for (let round = 0; picked.length < labelledMax; round++)
    for (const list of Object.values(byCat)) if (round < list.length && picked.length < labelledMax) picked.push(list[round]);
  labelledQueries = picked;
}
let top3 = 0, labelled = 0, nohit = 0;
const byCategory = {};
for (const q of labelledQueries) {
  const ids = search(q.plain, limit);
  const found = ids.slice(0, 3).some((i) => docs[i].gid === q.intended);
  labelled++;
  top3 += found ? 1 : 0;
  byCategory[q.category] ??= { hits: 0, total: 0 };
  byCategory[q.category].hits += found ? 1 : 0;
  byCategory[q.category].total++;
}
// Gibberish that should find nothing (at most --nohit-max of these queries).
const nohitQueries = queries.filter((q) => q.category === "nohit").slice(0, Number(args["nohit-max"] ?? Infinity));
for (const q of nohitQueries) if (search(q.plain, limit).length > 0) nohit++;
// A lead's full name: is that lead's group the top result? (at most --person-max of these queries)
const personQueries = queries.filter((q) => q.category === "person").slice(0, Number(args["person-max"] ?? Infinity));
let personTop1 = 0;
for (const q of personQueries) {
  const ids = search(q.plain, 1);
  if (ids.length && docs[ids[0]].gid === q.intended) personTop1++;
}

const names = { minisearch: "MiniSearch", fuse: "Fuse.js", flexsearch: "FlexSearch",
                "flexsearch-nosuggest": "FlexSearch, suggest off" };
console.log(JSON.stringify({
  engine: names[engine],
  groups,
  buildMs,
  parseMs,
  memoryBytes,
  keystrokes: all.length,
  measured: latencies.length,
  every,
  sampleOnly,
  latencyMs: { median: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: percentile(latencies, 1) },
  sampleLatencyMs: { median: percentile(sampled, 0.5), p95: percentile(sampled, 0.95), count: sampled.length },
  shortPrefixP95Ms: percentile(shortPrefix, 0.95),
  top3: { hits: top3, total: labelled, byCategory },
  nohitWithResults: nohit,
  nohitQueries: nohitQueries.length,
  personTop1: { hits: personTop1, total: personQueries.length },
}));

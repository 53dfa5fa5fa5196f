// Regenerates the seed corpora under tests/fuzz/corpus/<target>/ from the unit-test fixtures and
// the bundled registries: `node tests/fuzz/make-corpus.mjs` (from the repository root). The seeds
// are committed so that a fuzz run starts from the inputs the tests already know; libFuzzer's own
// findings go to fuzz-artifacts/, not here.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const out = path.join(root, 'tests/fuzz/corpus');
const read = (p) => fs.readFileSync(path.join(root, p), 'utf8');
const exists = (p) => fs.existsSync(path.join(root, p));
const unitFiles = (prefix) => fs.readdirSync(path.join(root, 'tests/unit'))
  .filter((f) => f.startsWith(prefix) && f.endsWith('.cpp')).map((f) => `tests/unit/${f}`);

// Raw string literals R"J(...)J" of the unit tests: the registries they load.
function rawJson(file) {
  return [...read(file).matchAll(/R"J\(([\s\S]*?)\)J"/g)].map((m) => m[1]);
}
// Ordinary string literals (no escapes handled beyond \" and \\): queries, rules, schedules.
function literals(file) {
  return [...read(file).matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1].replace(/\\(["\\])/g, '$1'));
}

function write(target, name, data) {
  const dir = path.join(out, target);
  fs.mkdirSync(dir, { recursive: true });
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  if (buf.length > 16384) return;  // seeds stay small; libFuzzer's default -max_len follows them
  const id = crypto.createHash('sha1').update(buf).digest('hex').slice(0, 10);
  fs.writeFileSync(path.join(dir, `${name}-${id}`), buf);
}

for (const t of fs.existsSync(out) ? fs.readdirSync(out) : []) fs.rmSync(path.join(out, t), { recursive: true });

// ---- registry loader ----------------------------------------------------------------------------
const registries = ['assets/registries/istio.json'].filter(exists).map(read);
for (const f of [...unitFiles('model_'), ...unitFiles('hardening_')]) registries.push(...rawJson(f));
registries.forEach((r) => write('fuzz_registry_load', 'registry', r));

// ---- Markdown importer --------------------------------------------------------------------------
const pages = ['assets/registries/istio-WORKING-GROUPS.md'];
if (exists('tests/fixtures/import'))
  for (const f of fs.readdirSync(path.join(root, 'tests/fixtures/import'))) pages.push(`tests/fixtures/import/${f}`);
pages.filter(exists).forEach((p) => write('fuzz_markdown_import', path.basename(p, '.md'), read(p)));

// ---- schedules: the fixture of real schedule texts, with and without a reference date ----------
const schedules = read('tests/fixtures/meeting-schedules.tsv').split('\n').slice(1)
  .map((l) => l.split('\t')[1]).filter(Boolean);
// and the texts of the schedule tests: each class the reader reads or refuses.
for (const s of literals('tests/unit/time_schedule.cpp')) if (/\d(:\d\d|\s?[ap]m)/i.test(s)) schedules.push(s);
schedules.forEach((s, i) => write('fuzz_schedule', 'schedule', i % 3 ? s : `${s}\t2025-07-01`));

// ---- recurrence: rules of the time tests x a few starts, times, zones ---------------------------
const rules = new Set();
for (const f of unitFiles('time_')) for (const s of literals(f)) if (/^(RRULE:)?FREQ=/.test(s)) rules.add(s);
const shapes = [
  ['', '11:00', 'America/Los_Angeles', 'Europe/Berlin', '2025-03-03T00:00Z', '5'],
  ['2026-01-08T11:00', '', 'America/Los_Angeles', 'Asia/Tokyo', '2026-02-01T00:00Z', '3'],
  ['1900-01-01T09:00', '', 'UTC', 'Australia/Lord_Howe', '2025-10-01T00:00Z', '9'],
];
[...rules].forEach((r, i) => write('fuzz_recurrence', 'rule', [r, ...shapes[i % shapes.length]].join('\n')));

// ---- queries: against the target's fixed registry (mode byte < 0x80), and with a registry -------
const queries = ['istio security', 'secur', 'securty', '"service mesh"', '-archived', 'wasm OR ebpf',
  'lead:sven company:goog', 'name:net topic:tcp', 'kind:sig', 'contact:slack', 'day:wed', 'day:weekend',
  'tz:berlin', 'has:meeting has:lead', 'fits:hours', 'muller', 'Müller', '文档', 'ドキュメント', 'NOT x OR',
  'lead:', '-', '"unclosed', 'a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg',
  'colour:red', 'day:someday', 'OR OR OR', '(security)', 'ａｃｍｅ'];
for (const f of unitFiles('query_')) for (const s of literals(f)) if (s.length > 0 && s.length < 80) queries.push(s);
[...new Set(queries)].forEach((q, i) => write('fuzz_query', 'query', Buffer.concat([Buffer.from([i % 0x80]), Buffer.from(q)])));
registries.slice(0, 4).forEach((r, i) => write('fuzz_query', 'index',
  Buffer.concat([Buffer.from([0x80 | i]), Buffer.from(r), Buffer.from([0]), Buffer.from(queries[i])])));

for (const t of fs.readdirSync(out)) console.log(`${t}: ${fs.readdirSync(path.join(out, t)).length} seeds`);

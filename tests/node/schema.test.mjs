// The registry's JSON Schema (docs/registry.schema.json) against what wgfinder itself reads and
// writes: every registry the project ships or the importer writes fits it, and for registries
// that are wrong the schema and `wgfinder validate` refuse the same thing at the same place.
// Run: WGFINDER=path/to/wgfinder node --test tests/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const wgfinder = process.env.WGFINDER;
const schema = JSON.parse(fs.readFileSync(path.join(root, 'docs', 'registry.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

function fits(registry, what) {
  assert.ok(validate(registry), `${what} fits the schema: ${JSON.stringify(validate.errors, null, 1)}`);
}

test('the schema compiles in strict mode and WGFINDER names the tool under test', () => {
  assert.ok(wgfinder && fs.existsSync(wgfinder), 'set WGFINDER to the built command-line tool');
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('every registry the project ships fits the schema', () => {
  for (const file of ['assets/registries/istio.json', 'tests/fixtures/time-registry.json', 'tests/fixtures/calendar-registry.json'])
    fits(JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')), file);
});

test('every registry the importer writes fits the schema', () => {
  const pages = ['assets/registries/istio-WORKING-GROUPS.md',
    ...fs.readdirSync(path.join(root, 'tests/fixtures/import'), { recursive: true })
      .filter((f) => (f.endsWith('.md') && !f.includes('no-table')) || f.startsWith('yaml2ical/') && f.endsWith('.yaml'))
      .map((f) => path.join('tests/fixtures/import', f))];
  assert.ok(pages.length >= 3);
  for (const page of pages) {
    const r = spawnSync(wgfinder, ['import', path.join(root, page)], { encoding: 'utf8' });
    assert.ok(r.stdout.trim().startsWith('{'), `${page} imports: ${r.stderr}`);
    fits(JSON.parse(r.stdout), `the import of ${page}`);
  }
});

// A good registry with one thing wrong; the schema's error path and the validator's message place.
const good = () => ({ version: 1, title: 'T', groups: [
  { id: 'a', name: 'A', leads: [{ name: 'Ann', company: 'Acme' }],
    meetings: [{ schedule: 'Mondays at 10:00 UTC', rrule: 'FREQ=WEEKLY;BYDAY=MO', time: '10:00', tz: 'UTC' }] }] });
const wrong = [
  ['a group without a name', (r) => { delete r.groups[0].name; }, '/groups/0'],
  ['a lead whose name is a number', (r) => { r.groups[0].leads[0].name = 7; }, '/groups/0/leads/0/name'],
  ['a duration as text', (r) => { r.groups[0].meetings[0].durationMinutes = 'sixty'; }, '/groups/0/meetings/0/durationMinutes'],
  ['a time that is not HH:MM', (r) => { r.groups[0].meetings[0].time = '24:00'; }, '/groups/0/meetings/0/time'],
  ['format version 2', (r) => { r.version = 2; }, '/version'],
  ['a feed folder that is a mailto link', (r) => { r.feeds = 'mailto:cal@example.org'; }, '/feeds'],
  ['a meeting status that is not active, paused or ended', (r) => { r.groups[0].meetings[0].status = 'sometimes'; }, '/groups/0/meetings/0/status'],
  ['ISO weeks that are neither odd nor even', (r) => { r.groups[0].meetings[0].weeks = 'first'; }, '/groups/0/meetings/0/weeks'],
  ['an anchor that is not a date', (r) => { r.groups[0].meetings[0].anchor = '2026-13-01'; }, '/groups/0/meetings/0/anchor'],
  ['a skipped date written in words', (r) => { r.groups[0].meetings[0].skip = [{ date: '24 Dec', reason: 'holiday' }]; }, '/groups/0/meetings/0/skip/0/date'],
  ['an extra date without its time', (r) => { r.groups[0].meetings[0].extra = [{ start: '2026-12-30' }]; }, '/groups/0/meetings/0/extra/0/start'],
  ['a rotation slot at 9am', (r) => { r.groups[0].meetings[0].rotation = [{ time: '9am', tz: 'UTC' }, { time: '10:00' }]; }, '/groups/0/meetings/0/rotation/0/time'],
];

test('skipped and extra dates, which week, status and rotating slots fit the schema', () => {
  const r = good();
  Object.assign(r.groups[0].meetings[0], {
    status: 'active', weeks: 'odd', anchor: '2026-12-01', skip: [{ date: '2026-12-22', reason: 'holiday' }],
    extra: [{ start: '2027-01-05T10:00', reason: 'planning' }],
    rotation: [{ title: 'Europe', time: '10:00', tz: 'Europe/Berlin' }, { title: 'Asia-Pacific', day: 'WE', time: '10:00', tz: 'Asia/Tokyo' }],
  });
  fits(r, 'a meeting with every new field');
});

test('a registry that is wrong is refused by the schema and by `wgfinder validate`, at the same place', () => {
  fits(good(), 'the good registry');
  fits({ ...good(), feeds: 'calendars/' }, 'a registry with a relative feed folder');
  fits({ ...good(), feeds: 'https://example.org/calendars/' }, 'a registry with a feed folder on another site');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgf-schema-'));
  for (const [what, spoil, place] of wrong) {
    const r = good();
    spoil(r);
    assert.ok(!validate(r), `the schema refuses ${what}`);
    assert.ok(validate.errors.some((e) => e.instancePath === place || e.instancePath.startsWith(place + '/')),
      `the schema places ${what} at ${place}: ${JSON.stringify(validate.errors)}`);
    const file = path.join(dir, 'r.json');
    fs.writeFileSync(file, JSON.stringify(r));
    const v = spawnSync(wgfinder, ['validate', file], { encoding: 'utf8' });
    assert.equal(v.status, 1, `validate refuses ${what}`);
    assert.ok(v.stderr.includes(place), `validate names ${place} for ${what}: ${v.stderr}`);
  }
  fs.rmSync(dir, { recursive: true });
});

test('what the importer writes passes `wgfinder validate`', () => {
  const page = path.join(root, 'assets/registries/istio-WORKING-GROUPS.md');
  const once = execFileSync(wgfinder, ['import', page], { encoding: 'utf8' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgf-schema-'));
  fs.writeFileSync(path.join(dir, 'groups.json'), once);
  const v = spawnSync(wgfinder, ['validate', path.join(dir, 'groups.json')], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stderr);
  fs.rmSync(dir, { recursive: true });
});

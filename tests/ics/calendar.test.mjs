// Skipped dates, extra dates, rotating slots and ISO-week parity in `wgfinder ics`, read back and
// expanded by a real iCalendar parser (ical.js), and seen in three zones across the autumn change
// of clocks (Europe on 26 October 2025, the United States on 2 November, Japan never).
// Run: WGFINDER=path/to/wgfinder node --test tests/ics/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ICAL from 'ical.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const registry = path.join(here, '..', 'fixtures', 'calendar-registry.json');
const wgfinder = process.env.WGFINDER;

function ics(now, ...args) {
  return execFileSync(wgfinder, ['ics', registry, '--now', now, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function events(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

function wall(date, timeZone) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', weekday: 'short', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

// The first `n` dates of these events together, in order, as ical.js expands them (EXDATE, RDATE).
function dates(list, n) {
  const out = [];
  for (const ev of list) {
    const it = ev.iterator();
    for (let t = it.next(), k = 0; t && k < n; t = it.next(), ++k) out.push({ date: t.toJSDate(), summary: ev.summary });
  }
  return out.sort((a, b) => a.date - b.date).slice(0, n);
}

test('a skipped date is an EXDATE and an extra date an RDATE, in three zones across the change of clocks', () => {
  const list = events(ics('2025-10-01T00:00Z', '--groups', 'release'));
  assert.equal(list.length, 1);
  const got = dates(list, 5).map((d) => d.date);
  // 29 October (KubeCon) is skipped; Tuesday 4 November is added; always 11:00 in Los Angeles.
  assert.deepEqual(got.map((d) => wall(d, 'America/Los_Angeles')),
    ['Wed 10-15 11:00', 'Tue 11-04 11:00', 'Wed 11-12 11:00', 'Wed 11-26 11:00', 'Wed 12-10 11:00']);
  assert.deepEqual(got.map((d) => wall(d, 'Europe/Berlin')),
    ['Wed 10-15 20:00', 'Tue 11-04 20:00', 'Wed 11-12 20:00', 'Wed 11-26 20:00', 'Wed 12-10 20:00']);
  assert.deepEqual(got.map((d) => wall(d, 'Asia/Tokyo')),
    ['Thu 10-16 03:00', 'Wed 11-05 04:00', 'Thu 11-13 04:00', 'Thu 11-27 04:00', 'Thu 12-11 04:00']);
  // The holiday on 24 December is skipped too.
  const later = dates(list, 8).map((d) => wall(d.date, 'America/Los_Angeles'));
  assert.ok(!later.includes('Wed 12-24 11:00'), later.join(', '));
  assert.ok(later.includes('Wed 01-07 11:00'), later.join(', '));
  assert.match(list[0].description, /Not on 2025-10-29: KubeCon/);
});

test('each slot of a rotation is a series of its own, taking turns week by week', () => {
  const list = events(ics('2025-10-01T00:00Z', '--groups', 'sync'));
  assert.deepEqual(list.map((e) => e.uid), ['sync-0-slot1@example-community-working-groups', 'sync-0-slot2@example-community-working-groups']);
  assert.deepEqual(list.map((e) => e.summary), ['Contributor Sync: Community sync (Americas)', 'Contributor Sync: Community sync (Asia-Pacific)']);
  const got = dates(list, 6).map((d) => d.date);
  // The anchor (20 October) says which weeks are the Americas slot's; the series begin at the export.
  assert.deepEqual(got.map((d) => `${wall(d, 'America/Los_Angeles')} / ${wall(d, 'Europe/Berlin')} / ${wall(d, 'Asia/Tokyo')}`), [
    'Tue 09-30 18:00 / Wed 10-01 03:00 / Wed 10-01 10:00',  // Asia-Pacific, an hour after the export's time
    'Tue 10-07 09:00 / Tue 10-07 18:00 / Wed 10-08 01:00',  // Americas
    'Tue 10-14 18:00 / Wed 10-15 03:00 / Wed 10-15 10:00',  // Asia-Pacific
    'Tue 10-21 09:00 / Tue 10-21 18:00 / Wed 10-22 01:00',  // Americas
    'Tue 10-28 18:00 / Wed 10-29 02:00 / Wed 10-29 10:00',  // Asia-Pacific; Berlin is on winter time, LA not yet
    'Tue 11-04 09:00 / Tue 11-04 18:00 / Wed 11-05 02:00',  // Americas, after the US change
  ]);
});

test('odd ISO weeks stay odd across the 53-week year 2026: one INTERVAL=2 series per stretch', () => {
  const list = events(ics('2026-12-01T00:00Z', '--groups', 'docs'));
  assert.ok(list.length >= 2, `${list.length} series`);
  assert.deepEqual(list.slice(0, 2).map((e) => e.uid), ['docs-0-iso2021@example-community-working-groups', 'docs-0-iso2027@example-community-working-groups']);
  const got = dates(list, 5).map((d) => wall(d.date, 'Europe/Berlin'));
  // Weeks 49, 51, 53 of 2026 and 1, 3 of 2027.
  assert.deepEqual(got, ['Tue 12-01 16:00', 'Tue 12-15 16:00', 'Tue 12-29 16:00', 'Tue 01-05 16:00', 'Tue 01-19 16:00']);
});

test('a paused meeting is left out, and the tool says why', () => {
  const r = spawnSync(wgfinder, ['ics', registry, '--now', '2025-10-01T00:00Z', '--groups', 'legacy'], { encoding: 'utf8' });
  assert.equal(events(r.stdout).length, 0);
  assert.match(r.stderr, /legacy.*not exported: the meeting is paused/);
});

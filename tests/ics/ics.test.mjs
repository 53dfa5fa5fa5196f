// `wgfinder ics` output read back with a real iCalendar parser (ical.js): occurrences expanded by
// ical.js from our RRULE + VTIMEZONE must land on the expected instants and viewer-local times.
// Run: WGFINDER=path/to/wgfinder node --test tests/ics/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ICAL from 'ical.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const registry = path.join(here, '..', 'fixtures', 'time-registry.json');
const wgfinder = process.env.WGFINDER;

function ics(...args) {
  return execFileSync(wgfinder, ['ics', registry, '--now', '2025-03-01T00:00Z', ...args], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function parse(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return cal;
}

// Wall-clock text of a JS Date in an IANA zone, e.g. "Wed 2025-03-05 10:00".
function wall(date, timeZone) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit',
  }).formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

function occurrences(event, n) {
  const it = event.iterator();
  const out = [];
  for (let t = it.next(); t && out.length < n; t = it.next()) out.push(t.toJSDate());
  return out;
}

test('wgfinder binary is given', () => {
  assert.ok(wgfinder, 'set WGFINDER to the wgfinder binary');
});

test('RFC 5545 shape: CRLF, folded lines, one VEVENT per exportable meeting, VTIMEZONEs', () => {
  const text = ics('--groups', 'networking,security');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
  const cal = parse(text);
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // security's biweekly meeting without a start date is left out (its week is unknown).
  assert.deepEqual(events.map((e) => e.uid), [
    'networking-0@example-community-working-groups',
    'networking-1@example-community-working-groups',
    'security-0@example-community-working-groups',
  ]);
  const tzids = cal.getAllSubcomponents('vtimezone').map((v) => v.getFirstPropertyValue('tzid')).sort();
  assert.deepEqual(tzids, ['America/Los_Angeles', 'America/New_York', 'Etc/GMT-8']);
  const apac = events[1];
  assert.equal(apac.summary, 'Networking: APAC; friendly, meeting');  // escaped and read back
  assert.equal(apac.location, 'https://zoom.us/j/222');
  assert.equal(apac.component.getFirstPropertyValue('url'), 'https://zoom.us/j/222');
  assert.match(apac.description, /Schedule: Every other Wednesday at 09:00 UTC\+8/);
  assert.equal(apac.duration.toSeconds(), 45 * 60);
});

test('weekly 17:00 PT across the US change: same wall time in LA, Wednesday in Tokyo', () => {
  const cal = parse(ics('--groups', 'networking'));
  const ev = new ICAL.Event(cal.getAllSubcomponents('vevent')[0]);
  assert.equal(ev.startDate.zone.tzid, 'America/Los_Angeles');
  const got = occurrences(ev, 3);
  assert.deepEqual(got.map((d) => d.toISOString()), [
    '2025-03-05T01:00:00.000Z',  // Tue 4 Mar 17:00 PST
    '2025-03-12T00:00:00.000Z',  // Tue 11 Mar 17:00 PDT
    '2025-03-19T00:00:00.000Z',
  ]);
  assert.deepEqual(got.map((d) => wall(d, 'America/Los_Angeles')),
    ['Tue 2025-03-04 17:00', 'Tue 2025-03-11 17:00', 'Tue 2025-03-18 17:00']);
  assert.deepEqual(got.map((d) => wall(d, 'Asia/Tokyo')),
    ['Wed 2025-03-05 10:00', 'Wed 2025-03-12 09:00', 'Wed 2025-03-19 09:00']);
});

test('biweekly with a start date, in a fixed-offset zone', () => {
  const cal = parse(ics('--groups', 'networking'));
  const ev = new ICAL.Event(cal.getAllSubcomponents('vevent')[1]);
  const got = occurrences(ev, 3).map((d) => d.toISOString());
  assert.deepEqual(got, ['2025-01-08T01:00:00.000Z', '2025-01-22T01:00:00.000Z', '2025-02-05T01:00:00.000Z']);
});

test('fourth Wednesday of the month at 12:00 ET, seen from Berlin across both changes', () => {
  const cal = parse(ics('--groups', 'security'));
  const ev = new ICAL.Event(cal.getAllSubcomponents('vevent')[0]);
  const got = occurrences(ev, 4);
  assert.deepEqual(got.map((d) => wall(d, 'America/New_York')),
    ['Wed 2025-03-26 12:00', 'Wed 2025-04-23 12:00', 'Wed 2025-05-28 12:00', 'Wed 2025-06-25 12:00']);
  // 26 March: New York already on EDT, Berlin not yet on CEST -> 17:00, then 18:00.
  assert.deepEqual(got.map((d) => wall(d, 'Europe/Berlin')),
    ['Wed 2025-03-26 17:00', 'Wed 2025-04-23 18:00', 'Wed 2025-05-28 18:00', 'Wed 2025-06-25 18:00']);
});

test('re-export keeps UIDs (importing again updates, not duplicates)', () => {
  const uids = (t) => parse(t).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
  const a = uids(ics());
  const b = uids(execFileSync(wgfinder, ['ics', registry, '--now', '2025-09-15T00:00Z'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, a.length);
});

test('an unknown group id is an error', () => {
  assert.throws(() => ics('--groups', 'nope'), (e) => e.status === 1 && /no group 'nope'/.test(e.stderr));
});

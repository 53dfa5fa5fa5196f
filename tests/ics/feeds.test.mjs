// `wgfinder ics --per-group DIR`: the feeds a static site publishes, subscribed to as a calendar
// does: each fetched over HTTP, parsed with a real iCalendar parser (ical.js), its next occurrences
// expanded and read in three zones across the spring changes of daylight-saving time.
// Run: WGFINDER=path/to/wgfinder node --test tests/ics/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { serve } from '../../scripts/static-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const registry = path.join(here, '..', 'fixtures', 'time-registry.json');
const wgfinder = process.env.WGFINDER;
let dir, site;

function writeFeeds(into, now) {
  return execFileSync(wgfinder, ['ics', registry, '--per-group', into, '--now', now],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgf-feeds-'));
  writeFeeds(path.join(dir, 'calendars'), '2025-03-01T00:00Z');
  site = await serve(dir);
});
after(() => {
  site?.stop?.() ?? site?.server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// What a calendar does with a subscription: fetch the address, read the calendar in it.
async function subscribe(name) {
  const res = await fetch(new URL(`calendars/${name}`, site.url));
  assert.equal(res.status, 200, `${name} is published`);
  const text = await res.text();
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return { text, cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

// The next `n` starts of an event after `from`.
function next(event, from, n) {
  const it = event.iterator();
  const out = [];
  for (let t = it.next(); t && out.length < n; t = it.next()) {
    const d = t.toJSDate();
    if (d >= from) out.push(d);
  }
  return out;
}

// "Wed 02:00": the weekday and wall clock of an instant in a zone.
function wall(date, timeZone) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short',
    month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.day} ${p.month} ${p.hour}:${p.minute}`;
}

test('one feed per group and one for all, each named for its group and refreshed daily', async () => {
  assert.deepEqual(fs.readdirSync(path.join(dir, 'calendars')).sort(),
    ['all.ics', 'docs.ics', 'networking.ics', 'security.ics', 'tidy.ics']);
  const networking = await subscribe('networking.ics');
  assert.equal(networking.cal.getFirstPropertyValue('x-wr-calname'), 'Example Community Working Groups: Networking');
  assert.match(networking.text, /\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\n/);
  assert.deepEqual(networking.events.map((e) => e.summary), ['Networking: Regular meeting', 'Networking: APAC; friendly, meeting']);
  const all = await subscribe('all.ics');
  assert.equal(all.cal.getFirstPropertyValue('x-wr-calname'), 'Example Community Working Groups');
  assert.equal(all.events.length, 6);
});

test('UIDs are stable: the same in a group\'s feed and in all, and when the feeds are written again', async () => {
  const uids = (feed) => feed.events.map((e) => e.uid);
  const all = uids(await subscribe('all.ics'));
  const groups = [];
  for (const name of ['networking.ics', 'security.ics', 'docs.ics', 'tidy.ics']) groups.push(...uids(await subscribe(name)));
  assert.deepEqual(groups, all);
  assert.equal(new Set(all).size, all.length);
  const again = path.join(dir, 'again');
  writeFeeds(again, '2025-09-15T00:00Z');
  const text = fs.readFileSync(path.join(again, 'all.ics'), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.deepEqual(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid')), all);
});

test('a subscribed feed\'s next meetings in Los Angeles, Berlin and Tokyo across the spring changes', async () => {
  // Networking meets Tuesdays at 17:00 in Los Angeles. The US moves its clocks on 9 March 2025,
  // Europe on 30 March: between the two, Berlin is an hour nearer Los Angeles.
  const { events } = await subscribe('networking.ics');
  const got = next(events[0], new Date('2025-03-01T00:00:00Z'), 5);
  assert.deepEqual(got.map((d) => wall(d, 'America/Los_Angeles')),
    ['Tue 4 Mar 17:00', 'Tue 11 Mar 17:00', 'Tue 18 Mar 17:00', 'Tue 25 Mar 17:00', 'Tue 1 Apr 17:00']);
  assert.deepEqual(got.map((d) => wall(d, 'Europe/Berlin')),
    ['Wed 5 Mar 02:00', 'Wed 12 Mar 01:00', 'Wed 19 Mar 01:00', 'Wed 26 Mar 01:00', 'Wed 2 Apr 02:00']);
  assert.deepEqual(got.map((d) => wall(d, 'Asia/Tokyo')),
    ['Wed 5 Mar 10:00', 'Wed 12 Mar 09:00', 'Wed 19 Mar 09:00', 'Wed 26 Mar 09:00', 'Wed 2 Apr 09:00']);
  // Security's monthly meeting, fourth Wednesday at 12:00 in New York.
  const security = await subscribe('security.ics');
  const monthly = next(security.events[0], new Date('2025-03-01T00:00:00Z'), 2);
  assert.deepEqual(monthly.map((d) => wall(d, 'America/New_York')), ['Wed 26 Mar 12:00', 'Wed 23 Apr 12:00']);
  assert.deepEqual(monthly.map((d) => wall(d, 'Europe/Berlin')), ['Wed 26 Mar 17:00', 'Wed 23 Apr 18:00']);
  assert.deepEqual(monthly.map((d) => wall(d, 'Asia/Tokyo')), ['Thu 27 Mar 01:00', 'Thu 24 Apr 01:00']);
});

test('a group whose id cannot name a file has no feed of its own, and is said so; its meetings stay in all', () => {
  const odd = path.join(dir, 'odd.json');
  fs.writeFileSync(odd, JSON.stringify({ version: 1, title: 'Odd', groups: [
    { id: '../up', name: 'Up', meetings: [{ rrule: 'FREQ=WEEKLY;BYDAY=MO', time: '10:00', tz: 'UTC' }] },
    { id: 'fine', name: 'Fine' }] }));
  const out = path.join(dir, 'odd');
  const r = spawnSync(wgfinder, ['ics', odd, '--per-group', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /\/groups\/0\/id \(group '\.\.\/up'\): no feed of its own: the id cannot name a file/);
  assert.deepEqual(fs.readdirSync(out).sort(), ['all.ics', 'fine.ics']);
  assert.ok(!fs.existsSync(path.join(dir, 'up.ics')));
  assert.match(fs.readFileSync(path.join(out, 'all.ics'), 'utf8'), /\r\nSUMMARY:Up: meeting\r\n/);
});

// What a visitor is told of meetings as communities run them: a cancelled date ("not on ...:
// holiday; next on ..."), which slot of a rotating meeting is next, in the visitor's zone, and a
// paused meeting; on the canvas's rows and in the accessible mirror's details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, widgetReady, settled, state, wednesdays } from './browser.mjs';

const suite = browserSuite();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The instant of a wall-clock time in Los Angeles or Tokyo on a date "YYYYMMDD" plus `days`.
function instant(ymd, days, hour, zone) {
  const [y, m, d] = [Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6))];
  for (const offset of zone === 'Asia/Tokyo' ? [-9] : [7, 8]) {
    const t = new Date(Date.UTC(y, m - 1, d + days, hour + offset));
    const h = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(t);
    if (Number(h) === hour) return t;
  }
  throw new Error('no such time');
}
// As the widget writes it for a visitor in Tokyo: "Thu 10 Dec 04:00".
function inTokyo(t) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', weekday: 'short', month: 'numeric',
    day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(t).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.hour}:${p.minute}`;
}
const dayOf = (label) => label.split(' ').slice(0, 3).join(' ');
const iso = (ymd) => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`;

// Next Wednesday W (its 11:00 Los Angeles meeting not over): Release skips it; Sync's Americas
// slot meets on it, its Asia-Pacific slot the week after.
const [W] = wednesdays(1);
const registry = {
  version: 1, title: 'Calendar example', groups: [
    { id: 'release', name: 'Release', meetings: [{ title: 'Release sync', rrule: 'FREQ=WEEKLY;BYDAY=WE', time: '11:00',
      tz: 'America/Los_Angeles', skip: [{ date: iso(W.ics), reason: 'holiday' }] }] },
    { id: 'sync', name: 'Sync', meetings: [{ rrule: 'FREQ=WEEKLY;BYDAY=WE', anchor: iso(W.ics), rotation: [
      { title: 'Americas', time: '11:00', tz: 'America/Los_Angeles' }, { title: 'Asia-Pacific', time: '10:00', tz: 'Asia/Tokyo' }] }] },
    { id: 'legacy', name: 'Legacy', meetings: [{ schedule: 'Thursdays at 10:00 PT', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '10:00',
      tz: 'America/Los_Angeles', status: 'paused', note: 'over the summer' }] },
  ],
};

async function visitInTokyo() {
  const context = await suite.browser.newContext({ timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 800 } });
  await context.route('**/registries/istio.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(registry) }));
  const page = await context.newPage();
  await page.goto(suite.url);
  await widgetReady(page);
  await settled(page);
  return { context, page };
}
const control = (page, role, name) => page.locator('wg-finder').getByRole(role, { name, exact: typeof name === 'string' });
const activate = (locator) => locator.evaluate((e) => e.click());
async function meetingsOf(page, name) {
  await activate(control(page, 'link', new RegExp(`^${name}\\. `)));
  await settled(page);
  return control(page, 'list', 'Meetings').textContent();
}

test('a cancelled date: the details say it is not on that day and why, and when the next one is', async () => {
  const { context, page } = await visitInTokyo();
  const skipped = inTokyo(instant(W.ics, 0, 11, 'America/Los_Angeles'));
  const next = inTokyo(instant(W.ics, 7, 11, 'America/Los_Angeles'));
  const text = await meetingsOf(page, 'Release');
  assert.ok(text.startsWith(`Release sync: Not on ${dayOf(skipped)}: holiday; next on ${next}, weekly, your time (Asia/Tokyo).`), text);
  assert.ok((await state(page)).visible.find((v) => v.id === 'release').next.startsWith(next));
  await context.close();
});

test('a rotating meeting: the next slot and the one after, in the visitor\'s zone', async () => {
  const { context, page } = await visitInTokyo();
  const americas = inTokyo(instant(W.ics, 0, 11, 'America/Los_Angeles'));
  const apac = inTokyo(instant(W.ics, 7, 10, 'Asia/Tokyo'));
  const americas2 = inTokyo(instant(W.ics, 14, 11, 'America/Los_Angeles'));
  const text = await meetingsOf(page, 'Sync');
  assert.ok(text.startsWith(`next ${americas} (Americas), weekly, 2 slots taking turns, your time (Asia/Tokyo). ` +
    `Then ${apac} (Asia-Pacific), ${americas2} (Americas).`), text);
  // A paused meeting says so, and has no next date.
  assert.ok((await meetingsOf(page, 'Legacy')).startsWith('paused: over the summer.'));
  assert.equal((await state(page)).visible.find((v) => v.id === 'legacy').next, 'paused: over the summer');
  await context.close();
});

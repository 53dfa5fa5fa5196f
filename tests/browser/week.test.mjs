// "My week" (issue 16) as a visitor uses it: two picked groups whose meetings overlap and one that
// meets late, the week drawn as a grid on the canvas and said by day in the accessible mirror,
// with the clash and the meeting outside the visitor's hours in words; the weeks before and after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, settled, state, clickControl, LA } from './browser.mjs';

const suite = browserSuite();
const weekly = (time) => [{ rrule: 'FREQ=WEEKLY;BYDAY=WE', time, tz: 'America/Los_Angeles', durationMinutes: 60 }];
const REGISTRY = { version: 1, title: 'Week', groups: [
  { id: 'security', name: 'Security', meetings: weekly('11:00') },
  { id: 'networking', name: 'Networking', meetings: weekly('11:30') },
  { id: 'docs', name: 'Docs', meetings: weekly('19:30') },
  { id: 'api', name: 'API', meetings: [{ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', time: '09:00', tz: 'America/Los_Angeles' }] },
] };
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>week</title>
<script type="module" src="wgfinder.js"></script></head><body style="margin:0">
<wg-finder height="760px"><script type="application/json">${JSON.stringify(REGISTRY)}</script></wg-finder></body></html>`;

const control = (page, role, name) => page.locator('wg-finder').getByRole(role, { name, exact: typeof name === 'string' });
const activate = async (page, locator) => { await locator.evaluate((e) => e.click()); await settled(page); };
const days = (page) => control(page, 'list', 'My week by day').locator('li').allTextContents();

test('my week: the picked groups\' meetings by day, with the clash and the meeting outside my hours', async () => {
  const context = await suite.browser.newContext(LA);
  const page = await context.newPage();
  await page.route('**/week-test.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`${suite.url}week-test.html`);
  await settled(page);
  for (const name of ['Security', 'Networking', 'Docs', 'API']) await activate(page, control(page, 'checkbox', `Pick ${name} for the calendar`));
  // Opened on the canvas, as a visitor with a mouse does.
  await clickControl(page, 'myWeek');
  await settled(page);
  const s = await state(page);
  const texts = s.texts.map((t) => t[4]);
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    assert.ok(texts.some((t) => new RegExp(`^${day} \\d+$`).test(t)), `the grid's header has ${day} (texts: ${texts.join(' | ').slice(0, 400)})`);
  assert.ok(texts.includes('My week') && texts.includes('11:00'), 'the title and the hours down the side');
  assert.ok(texts.includes('API: Mondays 09:00, every other week, which week is not known'));

  // The mirror says the same, by day.
  let list = await days(page);
  assert.equal(list.length, 7);
  const wednesday = list.find((d) => d.startsWith('Wednesday'));
  assert.match(wednesday, /^Wednesday \d+ \w+: 11:00-12:00 Security \(clash with Networking 11:30-12:30\); 11:30-12:30 Networking \(clash with Security 11:00-12:00\); 19:30-20:30 Docs, outside your hours$/);
  assert.match(list[0], /^Monday \d+ \w+: no meeting$/, 'the biweekly meeting of unknown week is on no day');
  assert.deepEqual(await control(page, 'list', 'Which week is not known').locator('li').allTextContents(),
    ['API: Mondays 09:00, every other week, which week is not known']);

  // The next week, through the mirror's button: seven days later.
  const first = list[0];
  await activate(page, control(page, 'button', 'Next week'));
  list = await days(page);
  assert.notEqual(list[0], first);
  assert.match(list.find((d) => d.startsWith('Wednesday')), /Security \(clash with Networking/);
  await activate(page, control(page, 'button', 'Previous week'));
  assert.equal((await days(page))[0], first);
  await activate(page, control(page, 'button', 'Close my week'));
  assert.equal(await control(page, 'list', 'My week by day').count(), 0);
  assert.ok(!(await state(page)).texts.some((t) => /^Wed \d+$/.test(t[4])), 'the list is back on the canvas');
  await context.close();
});

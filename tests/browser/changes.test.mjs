// "What changed since my last visit", as a visitor meets it: a first visit shows nothing and
// keeps, on the device only, a digest of what it showed; the next visit, after the registry
// changed, says how many changes there were since that day, marks the groups, tells a moved
// meeting in the visitor's zone, filters to the changed groups, and forgets on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, widgetReady, settled, state, clickControl, LA } from './browser.mjs';

const suite = browserSuite();
const control = (page, role, name) => page.locator('wg-finder').getByRole(role, { name, exact: typeof name === 'string' });

// The registry as it was: Test & Release met on Wednesdays (it is Thursdays now), Security had
// one more lead, and Networking did not exist yet.
function asItWas(registry) {
  const r = structuredClone(registry);
  const tr = r.groups.find((g) => g.id === 'test-release');
  tr.meetings[0].rrule = 'FREQ=WEEKLY;BYDAY=WE';
  r.groups.find((g) => g.id === 'security').leads.push({ name: 'Old Lead', company: 'Example' });
  r.groups = r.groups.filter((g) => g.id !== 'networking');
  return r;
}

async function open(context) {
  const page = await context.newPage();
  await page.goto(suite.url);
  await widgetReady(page);
  await settled(page);
  return page;
}

test('since my last visit: nothing on a first visit; then the changes, marked, filtered, told in my zone; forgotten on request', async () => {
  const context = await suite.browser.newContext({ ...LA, serviceWorkers: 'block' });  // each visit fetches the registry
  let old = true;
  await context.route('**/registries/istio.json', async (route) => {
    const response = await route.fetch();
    const registry = await response.json();
    await route.fulfill({ response, json: old ? asItWas(registry) : registry });
  });
  const first = await open(context);
  assert.ok(!(await state(first)).controls.changedOnly, 'a first visit shows no changes');
  const key = await first.$eval('wg-finder', (e) => e.wgfinder.key);
  const kept = await first.evaluate((k) => localStorage.getItem(`wgfinder.${k}.visit`), key);
  assert.match(kept, /^wgf-digest 1\t/, 'the visit keeps a digest on the device');
  await first.close();

  old = false;
  const page = await open(context);
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'America/Los_Angeles', day: 'numeric', month: 'short' });
  assert.equal(await control(page, 'region', 'Results').locator('p').first().textContent(), `3 changes since ${today}`);
  let s = await state(page);
  assert.ok(s.controls.changedOnly, 'the "changed" filter is offered');
  await clickControl(page, 'changedOnly');
  await settled(page);
  s = await state(page);
  assert.deepEqual([...s.results].sort(), ['networking', 'security', 'test-release']);
  // The moved meeting, in the visitor's zone (Los Angeles), in the group's details.
  await control(page, 'link', /^Test & Release\. /).evaluate((e) => e.click());
  await settled(page);
  assert.equal(await control(page, 'list', 'Since your last visit').textContent(),
    'Test & Release: meeting "Thursdays at 13:00 PT (weekly)" moved: was Wed 13:00, now Thu 13:00');
  // Forgotten: no line, every group again, nothing kept.
  await clickControl(page, 'forgetVisit');
  await settled(page);
  s = await state(page);
  assert.ok(!s.controls.changedOnly);
  assert.equal(s.results.length, 7);
  assert.equal(await page.evaluate((k) => localStorage.getItem(`wgfinder.${k}.visit`), key), null);
  await context.close();
});

// The visitor's tasks with a screen reader, on the demo page (Istio's registry): read from the
// browser's accessibility tree, and done through the controls it exposes, activated as a screen
// reader activates them (a click on the element, a choice in a list box), not by the mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { browserSuite, settled, state, focusWidget, wednesdays, download, visit, LA } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const suite = browserSuite();

// The accessibility tree as the browser gives it to assistive technology: [{role, name, value, checked}].
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value, name: n.name?.value ?? '', value: n.value?.value,
    checked: n.properties?.find((p) => p.name === 'checked')?.value?.value,
  }));
}
const named = (tree, role, name) => tree.filter((n) => n.role === role && (name instanceof RegExp ? name.test(n.name) : n.name === name));

// The widget's element, as a screen reader finds it by its role and name.
const control = (page, role, name) => page.locator('wg-finder').getByRole(role, { name, exact: typeof name === 'string' });
const activate = (locator) => locator.evaluate((e) => e.click());  // a screen reader's "press"
const said = (page) => page.$eval('wg-finder', (e) => e.shadowRoot.querySelector('[aria-live]').textContent);

test('screen reader: every result, the controls with their state, the selected group\'s details; moving is announced', async () => {
  const { context, page } = await visit(suite, LA);
  const s = await state(page);
  let tree = await axTree(page);
  // The whole result list, not the rows the canvas happens to draw.
  assert.ok(s.visible.length < s.total, `the canvas draws ${s.visible.length} of ${s.total} rows at 1280x800`);
  const list = await control(page, 'list', 'Working groups found').locator('li a').allTextContents();
  assert.equal(list.length, s.total);
  assert.ok(list[0].startsWith('Core. Leads: Sven Mawson (Google)'), list[0]);
  assert.equal(named(tree, 'link', /\. Leads: /).length, s.total);
  assert.match(await control(page, 'region', 'Results').textContent(), /^7 groups/);
  // The controls are real controls, with their state.
  assert.equal(named(tree, 'searchbox', 'Search words').length, 1);
  assert.equal(named(tree, 'searchbox', 'Search working groups').length, 1, 'the canvas\'s text proxy, named once');
  assert.equal(named(tree, 'combobox', 'Order').length, 1);
  const zone = named(tree, 'combobox', 'Your time zone');
  assert.equal(zone.length, 1);
  assert.match(zone[0].value, /^America\/Los_Angeles/);
  const google = named(tree, 'checkbox', /^Google \(\d+\)$/);
  assert.equal(google.length, 1);
  assert.equal(google[0].checked, 'false');
  assert.equal(named(tree, 'checkbox', /^Only groups that meet between 08:00 and 20:00/).length, 1);
  assert.equal(named(tree, 'checkbox', 'Pick Security for the calendar').length, 1);

  // Moving through the results on the canvas is said: the group, where it is, its meeting.
  await focusWidget(page);
  await page.keyboard.press('Slash');
  for (let i = 0; i < 6 && (await state(page)).focus !== 'results'; ++i) {
    await page.keyboard.press('Tab');
    await settled(page);
  }
  await page.keyboard.press('ArrowDown');
  await settled(page);
  assert.match(await said(page), /^Core, 1 of 7\. Leads: Sven Mawson \(Google\)/);
  await page.keyboard.press('ArrowDown');
  await settled(page);
  assert.equal(await said(page), 'Security, 2 of 7. Leads: Wencheng Lu (Google), Etai Lev-Ran (IBM), Michael Elder (IBM). ' +
    'Meets Wed 11:00, every other week (which week is not given)');
  assert.equal(await control(page, 'link', /^Security\. /).getAttribute('aria-current'), 'true');

  // The details of the selected group: leads, the mailing list, the meeting in local time, actions.
  tree = await axTree(page);
  assert.equal(named(tree, 'region', 'Selected group: Security').length, 1);
  assert.equal(named(tree, 'heading', 'Security').length, 1);
  assert.deepEqual(await control(page, 'list', 'Leads').locator('li').allTextContents(),
    ['Wencheng Lu (Google)', 'Etai Lev-Ran (IBM)', 'Michael Elder (IBM)']);
  const mail = await control(page, 'link', /istio-security/).getAttribute('href');
  assert.equal(mail, 'https://groups.google.com/forum/#!forum/istio-security');
  const meeting = await control(page, 'list', 'Meetings').textContent();
  assert.match(meeting, /Wed 11:00, every other week, your time \(America\/Los_Angeles\)\./);
  assert.match(meeting, /The group writes: \u201cWednesdays at 11:00 PT \(biweekly\)\u201d/);
  assert.equal(named(tree, 'button', "Add Security's meetings to my calendar (.ics)").length, 1);
  assert.equal(named(tree, 'button', 'Copy a link to Security').length, 1);
  await context.close();
});

test('screen reader: say which week, add it to the calendar, change the zone and the filters, page through many groups', async () => {
  const { context, page } = await visit(suite, LA);
  await activate(control(page, 'link', /^Security\. /));
  await settled(page);
  assert.equal((await state(page)).selected, 'security', 'the link selects the group on the canvas too');
  assert.match(await said(page), /^Security, 2 of 7\./);

  // Which week: the second date, as the canvas's own button would.
  const [, second] = wednesdays(2);
  await activate(control(page, 'button', `It is on ${second.label}`));
  await settled(page);
  assert.match(await control(page, 'list', 'Meetings').textContent(), new RegExp(`^next ${second.label} 11:00, every other week, `));
  assert.equal(await control(page, 'button', 'Forget the week I said').count(), 1);
  const ics = await download(page, () => activate(control(page, 'button', "Add Security's meetings to my calendar (.ics)")));
  assert.equal(ics.name, 'security.ics');
  assert.match(ics.text, new RegExp(`DTSTART;TZID=America/Los_Angeles:${second.ics}T110000\r\n`));
  await settled(page);
  assert.equal(await said(page), '1 meeting in security.ics.');

  // Another zone, from the list box (filled when the reader reaches it): the canvas and the details follow.
  const zones = control(page, 'combobox', 'Your time zone');
  assert.equal(await zones.locator('option').count(), 1, 'only the zone shown, until the list is reached');
  await zones.focus();
  await settled(page);
  assert.ok(await zones.locator('option').count() > 300);
  await zones.selectOption('Asia/Tokyo');
  await settled(page);
  assert.equal((await state(page)).zone, 'Asia/Tokyo');
  assert.match(await control(page, 'list', 'Meetings').textContent(), /^next Thu \d+ \w+ 04:00, every other week, your time \(Asia\/Tokyo\)\./);

  // The visitor's hours, from list boxes: the canvas's sliders and the filter's words follow.
  await control(page, 'combobox', 'My hours from').selectOption('9');
  await settled(page);
  assert.equal((await state(page)).hours, '09:00-20:00');
  assert.equal(await control(page, 'checkbox', /^Only groups that meet between 09:00 and 20:00/).count(), 1);

  // A filter: the canvas's results and the mirror's list agree.
  await activate(control(page, 'checkbox', 'weekly (2)'));
  await settled(page);
  let s = await state(page);
  assert.deepEqual(s.results, ['integrations', 'test-release']);
  assert.deepEqual(await control(page, 'list', 'Working groups found').locator('li a').evaluateAll((as) => as.map((a) => a.dataset.id)), s.results);
  assert.equal(await control(page, 'checkbox', 'weekly (2)').isChecked(), true);

  await activate(control(page, 'checkbox', 'weekly (2)'));  // and off again
  await settled(page);
  assert.equal((await state(page)).total, 7);

  // Many groups: fifty at a time, and the next fifty.
  await page.$eval('wg-finder', (e) => e.setRegistry({ version: 1, title: 'Many', groups: Array.from({ length: 120 },
    (_, i) => ({ id: `g${i}`, name: `Group ${i}`, leads: [{ name: `Lead ${i}` }] })) }));
  await settled(page);
  s = await state(page);
  assert.equal(s.total, 120);
  const results = control(page, 'region', 'Results');
  assert.match(await results.textContent(), /^Groups 1 to 50 of 120/);
  assert.equal(await results.locator('li').count(), 50);
  await activate(control(page, 'button', 'Next page of groups'));
  await settled(page);
  assert.match(await results.textContent(), /^Groups 51 to 100 of 120/);
  assert.equal(await results.locator('li a').first().textContent(), 'Group 50. Leads: Lead 50');

  // axe-core finds nothing wrong with what is exposed, details open.
  await activate(results.locator('li a').first());
  await settled(page);
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  await context.close();
});

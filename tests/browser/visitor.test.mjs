// The visitor's tasks on the demo page (Istio's registry), done as a visitor does them: by the
// widget's own controls, clicked with the mouse. Which week a biweekly meeting is; adding groups
// to a calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, widgetReady, settled, state, clickControl, searchAndPickFirst, wednesdays, download, visit, LA } from './browser.mjs';

const suite = browserSuite();

const said = (page) => page.$eval('wg-finder', (e) => e.shadowRoot.querySelector('[aria-live]').textContent);
const rowOf = async (page, id) => (await state(page)).visible.find((v) => v.id === id);

// A visit to the demo page from Los Angeles, at 1280x800, until the widget has settled.
const visitInLosAngeles = () => visit(suite, LA);

test('when do I join: a biweekly meeting shows its day and time; the visitor says which week, it is kept, the calendar follows', async () => {
  const { context, page } = await visitInLosAngeles();
  const s = await searchAndPickFirst(page, 'security');
  assert.equal(s.selected, 'security');
  // "Wednesdays at 11:00 PT (biweekly)": the day and the time, and that the week is not known.
  assert.equal((await rowOf(page, 'security')).next, 'Wed 11:00 \u00b7 every other week (which week is not given)');
  assert.ok(s.controls.week0 && s.controls.week1 && !s.controls.week2, 'the two dates it may fall on are offered');

  // Before the week is known the calendar holds a tentative series on every Wednesday, and says so.
  let ics = await download(page, 'addToCalendar');
  assert.equal(ics.name, 'security.ics');
  assert.match(ics.text, /STATUS:TENTATIVE\r\n/);
  assert.match(ics.text, /SUMMARY:Security: meeting \(which week is not known\)\r\n/);
  assert.match(ics.text, /RRULE:FREQ=WEEKLY;BYDAY=WE\r\n/);
  await settled(page);
  assert.match(await said(page), /^1 meeting in security\.ics\. Which week is not known for Security: marked tentative/);
  assert.ok((await state(page)).controls.calendarNote, 'the note is shown under the button');

  // The visitor knows it is the second date.
  const [, second] = wednesdays(2);
  await clickControl(page, 'week1');
  await settled(page);
  assert.equal((await rowOf(page, 'security')).next, `${second.label} 11:00`);
  ics = await download(page, 'addToCalendar');
  assert.match(ics.text, new RegExp(`DTSTART;TZID=America/Los_Angeles:${second.ics}T110000\r\n`));
  assert.match(ics.text, /RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE\r\n/);
  assert.doesNotMatch(ics.text, /TENTATIVE/);
  await settled(page);
  assert.equal(await said(page), '1 meeting in security.ics.');

  // Kept on this device: the next visit knows the week.
  const key = await page.$eval('wg-finder', (e) => e.wgfinder.key);
  const later = await context.newPage();
  await later.goto(`${suite.url}#${key}.q=security&${key}.g=security`);
  await widgetReady(later);
  await settled(later);
  assert.equal((await rowOf(later, 'security')).next, `${second.label} 11:00`);
  // ... until the visitor forgets it.
  await clickControl(later, 'forgetWeek');
  await settled(later);
  assert.equal((await rowOf(later, 'security')).next, 'Wed 11:00 \u00b7 every other week (which week is not given)');
  assert.equal(await later.evaluate((k) => localStorage.getItem(`wgfinder.${k}`), key), null);
  await context.close();
});

test('add it to my calendar: ticked groups in one file, found without scrolling, what is tentative or left out said', async () => {
  const { context, page } = await visitInLosAngeles();
  for (const id of ['security', 'integrations', 'core']) {
    await clickControl(page, `pick.${id}`);
    await settled(page);
  }
  const s = await state(page);
  assert.deepEqual([...s.picks].sort(), ['core', 'integrations', 'security']);
  const [, y, , h] = s.controls.downloadPicks;
  const canvasHeight = await page.$eval('wg-finder', (e) => e.shadowRoot.querySelector('canvas').getBoundingClientRect().height);
  assert.ok(y >= 0 && y + h <= canvasHeight, `the calendar's button is in view (${y}+${h} of ${canvasHeight})`);
  const ics = await download(page, 'downloadPicks');
  assert.equal(ics.name, 'working-groups.ics');
  assert.equal(ics.text.match(/BEGIN:VEVENT/g).length, 2);
  assert.match(ics.text, /SUMMARY:Integrations: meeting\r\n/);
  assert.match(ics.text, /SUMMARY:Security: meeting \(which week is not known\)\r\n/);
  await settled(page);
  assert.equal(await said(page), '2 meetings in working-groups.ics. Which week is not known for Security: marked tentative on ' +
    'every week it may fall on (pick the week in the details if you know it). Left out: Core (TBD).');
  await context.close();
});

test('subscribe: a site that publishes calendar feeds offers "Subscribe" beside "Add to calendar"; the feed\'s address is copied and what to do with it said', async () => {
  const context = await suite.browser.newContext({ ...LA, permissions: ['clipboard-read', 'clipboard-write'] });
  // The site names its feed folder in the registry (as `wgfinder ics --per-group` writes it).
  await context.route('**/registries/istio.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), feeds: 'calendars/' } });
  });
  const page = await context.newPage();
  await page.goto(suite.url);
  await widgetReady(page);
  await settled(page);
  const s = await searchAndPickFirst(page, 'security');
  assert.equal(s.selected, 'security');
  assert.ok(s.controls.subscribe, 'Subscribe is offered');
  assert.equal(s.controls.subscribe[1], s.controls.addToCalendar[1], 'on the line of "Add to calendar"');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await clickControl(page, 'subscribe');
  await settled(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), new URL('registries/calendars/security.ics', suite.url).href);
  assert.match(await said(page), /^The address of Security's calendar feed is copied: add it to your calendar as a subscription/);
  assert.ok((await state(page)).controls.calendarNote, 'the note is shown under the button');
  // A screen reader finds the same control in the accessible mirror.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('wg-finder').getByRole('button', { name: "Subscribe to Security's calendar feed (copies its address)" })
    .evaluate((e) => e.click());
  await settled(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), new URL('registries/calendars/security.ics', suite.url).href);
  await context.close();
});

test('my time zone: every zone the browser knows, found by city or country with its offset, kept on the device and in the link', async () => {
  const { context, page } = await visitInLosAngeles();
  await clickControl(page, 'zonePicker');
  await settled(page);
  // A zone no group meets in, by its city.
  await page.keyboard.type('kathmandu');
  await settled(page);
  assert.ok((await state(page)).controls['zone.Asia/Kathmandu'], 'Kathmandu is offered');
  // By country: the countries arrive from the tz database's zone.tab when the picker opens.
  for (let i = 0; i < 9; ++i) await page.keyboard.press('Backspace');
  await page.keyboard.type('japan');
  await settled(page);
  const offered = Object.keys((await state(page)).controls).filter((k) => k.startsWith('zone.'));
  assert.deepEqual(offered, ['zone.Asia/Tokyo']);
  await clickControl(page, 'zone.Asia/Tokyo');
  await settled(page);
  const s = await state(page);
  assert.equal(s.zone, 'Asia/Tokyo');
  // Integrations meets on Wednesdays at 11:00 in Los Angeles: Thursday 03:00 or 04:00 in Tokyo.
  assert.match((await rowOf(page, 'integrations')).next, /^Thu \d+ \w+ 0[34]:00/);
  const key = await page.$eval('wg-finder', (e) => e.wgfinder.key);
  assert.match(await page.evaluate(() => location.hash), new RegExp(`${key}\\.tz=Asia%2FTokyo`));
  // Kept on this device: a later visit without the link shows Tokyo times.
  const later = await context.newPage();
  await later.goto(suite.url);
  await widgetReady(later);
  assert.equal((await state(later)).zone, 'Asia/Tokyo');
  await context.close();
});

test('keyboard: "/" from the page, arrows through the results, Tab from region to region, the focus always shown', async () => {
  const { context, page } = await visitInLosAngeles();
  const canvasBox = await page.$eval('wg-finder', (e) => {
    const b = e.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: b.x, y: b.y };
  });
  // The demo page offers "/": pressed on the page, outside the widget, it goes to the search.
  await page.mouse.click(5, 5);
  await page.keyboard.press('Slash');
  await settled(page);
  let s = await state(page);
  assert.equal(s.focus, 'search');
  assert.equal(s.query, '', 'the "/" itself is not typed');
  // Tab goes on to the results: one stop for the whole list.
  for (let i = 0; i < 6 && s.focus !== 'results'; ++i) {
    await page.keyboard.press('Tab');
    await settled(page);
    s = await state(page);
  }
  assert.equal(s.focus, 'results');
  // Arrows move through the results, and the focus stays there.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await settled(page);
  s = await state(page);
  assert.equal(s.selected, s.results[1], 'the second result is selected');
  assert.equal(s.focus, 'results', 'the arrows keep the focus in the list');
  // Space picks it for the calendar; Enter opens it.
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await settled(page);
  s = await state(page);
  assert.deepEqual(s.picks, [s.selected]);
  // Tab reaches every action of the details, each with the focus drawn around it, then the filters.
  const reached = [];
  for (let i = 0; i < 30 && s.focus !== 'filters'; ++i) {
    await page.keyboard.press('Tab');
    await settled(page, 'wg-finder', 150);
    s = await state(page);
    if (s.focus === 'details' && s.focusedControl) {
      reached.push(s.focusedControl);
      if (s.focusedControl === 'copyLink') {
        // The same pixels with and without the focus: they must differ.
        const r = s.controls.copyLink;
        const clip = { x: canvasBox.x + r[0] - 4, y: canvasBox.y + r[1] - 4, width: r[2] + 8, height: r[3] + 8 };
        const focused = await page.screenshot({ clip });
        await page.keyboard.press('Tab');
        await settled(page, 'wg-finder', 150);
        const after = await page.screenshot({ clip });
        assert.notDeepEqual(focused, after, 'the focus is drawn around "Copy link"');
        s = await state(page);
        if (s.focusedControl) reached.push(s.focusedControl);
      }
    }
  }
  for (const name of ['copyLink', 'addToCalendar', 'week0', 'week1', 'join0'])
    assert.ok(reached.includes(name), `Tab reaches ${name} (reached: ${reached.join(', ')})`);
  assert.equal(s.focus, 'filters', 'after the details, the filters');
  await context.close();
});

test('every click lands: on a row the page scrolled under a still mouse, and after a jump', async () => {
  const context = await suite.browser.newContext({ ...LA, viewport: { width: 1280, height: 640 } });
  const page = await context.newPage();
  await page.goto(suite.url);
  await widgetReady(page);
  await settled(page);
  const canvasAt = () => page.$eval('wg-finder', (e) => {
    const b = e.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: b.x, y: b.y };
  });
  const rowAt = (s, cx, cy) => Object.entries(s.controls).find(([k, [x, y, w, h]]) =>
    k.startsWith('row.') && cx >= x && cx < x + w && cy >= y && cy < y + h)?.[0].slice(4);
  // The mouse rests on the first row; the page then scrolls by a row and a half under it.
  let s = await state(page);
  let c = await canvasAt();
  const [rx, ry, , rh] = s.controls['row.core'];
  const at = { x: c.x + rx + 200, y: c.y + ry + rh / 2 };
  await page.mouse.move(at.x, at.y);
  await settled(page);
  await page.evaluate((dy) => window.scrollBy(0, dy), Math.round(rh * 1.5));
  await settled(page);
  c = await canvasAt();
  const expected = rowAt(await state(page), at.x - c.x, at.y - c.y);
  assert.ok(expected && expected !== 'core', `another row is under the mouse now (${expected})`);
  await page.mouse.down();
  await page.mouse.up();
  await settled(page);
  assert.equal((await state(page)).selected, expected, 'the click selects the row under the still mouse');
  // A jump: the pointer appears on another row and clicks at once.
  s = await state(page);
  const target = Object.keys(s.controls).map((k) => k.startsWith('row.') && k.slice(4)).filter((id) => id && id !== expected)[0];
  const [tx, ty, tw, th] = s.controls[`row.${target}`];
  await page.mouse.click(c.x + tx + tw / 2, c.y + ty + th / 2, { steps: 1 });
  await settled(page);
  assert.equal((await state(page)).selected, target, 'the click after a jump selects its row');
  await context.close();
});

// The layout as a visitor sees it (issue 14, parts 7 and 8): on a desktop at 1x and 2x, in dark,
// and on a phone, in the states a visit goes through (the list, the filters, the zone picker, a
// group's details, a search that finds nothing), no text is drawn over another, and none is cut
// where there is room for it. The screen reports where it drew each text (state().texts: CSS
// pixels, clipped to the region it is in); the screenshots go to test-results/layout-*.png.
// The clock is fixed, so next meetings and countdowns read the same on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { browserSuite, widgetReady, settled, state, clickControl, tapControl, ARTIFACTS } from './browser.mjs';

const suite = browserSuite();
const CLOCK = new Date('2026-12-02T17:30:00Z');  // a Wednesday, 09:30 in Los Angeles
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const CONFIGS = {
  '1x': { ...DESKTOP, deviceScaleFactor: 1 },
  '2x': { ...DESKTOP, deviceScaleFactor: 2 },
  'dark': { ...DESKTOP, deviceScaleFactor: 1, colorScheme: 'dark' },
  'phone': PHONE,
};
const NOTHING = 'multicluster ambient telemetry extensibility wasm plugins xyzzy';

// A visit to the demo page from Los Angeles at the fixed clock, the widget scrolled into view.
async function visit(options) {
  const context = await suite.browser.newContext({ timezoneId: 'America/Los_Angeles', ...options });
  const page = await context.newPage();
  await page.clock.setFixedTime(CLOCK);
  await page.goto(suite.url);
  await widgetReady(page);
  await page.$eval('wg-finder', (e) => e.scrollIntoView());
  await settled(page);
  const press = (name) => (options.hasTouch ? tapControl : clickControl)(page, name);
  return { context, page, press };
}

// Texts drawn over one another (by more than a pixel each way; a popup's texts are over the rest),
// texts cut by their region's edge, and texts cut with an ellipsis although the space they need
// beside them is free. A text is [x, y, w, h, text, inPopup, fullWidth?, room?].
function layoutProblems(texts) {
  const out = [];
  const meet = (a, b) => Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]) > 1 &&
    Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]) > 1;
  for (let i = 0; i < texts.length; ++i) {
    for (let j = i + 1; j < texts.length; ++j) {
      if (texts[i][5] === texts[j][5] && meet(texts[i], texts[j])) out.push(`"${texts[i][4]}" overlaps "${texts[j][4]}"`);
    }
    const [x, y, w, h, text, popup, full, room] = texts[i];
    if (!full) continue;
    if (room < 0) { out.push(`"${text}" is cut by its region's edge`); continue; }
    const band = [x + w, y, full - w, h];
    if (room >= full - w && !texts.some((t, k) => k !== i && t[5] === popup && meet(band, t))) out.push(`"${text}" is cut with room to spare`);
  }
  return out;
}

// The states of a visit, each from a fresh page, as a visitor gets there.
const STATES = {
  async list() {},
  async filters({ press }, phone) { if (phone) await press('filters'); },
  async zones({ press }, phone) {
    if (phone) await press('filters');
    await press('zonePicker');
  },
  async details({ press }) {
    await press('row.security');  // a biweekly meeting whose week is not given: the longest details
  },
  async nothing({ page, press }) {
    await press('search');
    await page.keyboard.type(NOTHING);
  },
};

test('no text is drawn over another or cut with room to spare: desktop 1x, 2x, dark, phone', async () => {
  const found = {};
  const counts = [];
  for (const [config, options] of Object.entries(CONFIGS)) {
    for (const [name, reach] of Object.entries(STATES)) {
      const v = await visit(options);
      await reach(v, config === 'phone');
      await settled(v.page);
      const s = await state(v.page);
      await v.page.locator('wg-finder').screenshot({ path: path.join(ARTIFACTS, `layout-${config}-${name}.png`) });
      assert.ok(s.texts.length > 5, `${config} ${name}: the screen reports its texts`);
      const problems = layoutProblems(s.texts);
      counts.push(`${config}/${name}: ${problems.length}`);
      if (problems.length) found[`${config} ${name}`] = problems;
      await v.context.close();
    }
  }
  console.log(`# layout problems: ${counts.join(', ')}`);
  assert.deepEqual(found, {});
});

test('on a phone: a compact header, the search full width, the filters behind one button, one scroll area, names whole', async () => {
  const { context, page, press } = await visit(PHONE);
  let s = await state(page);
  const width = await page.$eval('wg-finder', (e) => e.getBoundingClientRect().width);
  const search = s.controls.search, sort = s.controls.sort;
  assert.ok(search[2] >= width - 40, `the search field is as wide as the widget (${search[2]} of ${width})`);
  assert.ok(sort[2] <= search[2], 'the order is not wider than the search');
  assert.ok(search[1] < 0.2 * 640, `the header is short: the search starts at ${search[1]} px`);
  for (const name of ['search', 'sort', 'filters']) {
    assert.ok(s.controls[name][3] >= 40, `${name} is a thumb's size (${s.controls[name][3]} px high)`);
  }
  // A result's name is whole and its next meeting on a line of its own, under it.
  const text = (t) => s.texts.find((x) => x[4] === t);
  const name = text('Networking');
  assert.ok(name && !name[6], 'the name "Networking" is not cut');
  const meeting = s.texts.find((x) => x[4].startsWith('Thu 11:00'));
  assert.ok(meeting && meeting[1] >= name[1] + name[3], 'its next meeting is under it');

  // The filters: one button opens them in place of the list, with a way back.
  await press('filters');
  await settled(page);
  s = await state(page);
  assert.ok(s.controls.zonePicker && s.controls.closeFilters, 'the filters and a way back are shown');
  assert.ok(!Object.keys(s.controls).some((c) => c.startsWith('row.')), 'in place of the list');
  assert.ok(s.scrollAreas <= 1, `one scroll area (${s.scrollAreas})`);
  assert.ok(s.controls.closeFilters[3] >= 40, 'the way back is a thumb\'s size');
  await press('closeFilters');
  await settled(page);
  s = await state(page);
  assert.ok(s.controls['row.networking'], 'back to the list');

  // A group's details, and back.
  await press('row.networking');
  await settled(page);
  s = await state(page);
  assert.equal(s.selected, 'networking');
  assert.ok(s.controls.back && s.scrollAreas <= 1, 'the details in the one scroll area, with a way back');
  await press('back');
  await settled(page);
  assert.ok((await state(page)).controls['row.networking'], 'back to the list');
  await context.close();
});

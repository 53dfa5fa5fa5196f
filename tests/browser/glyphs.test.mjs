// Every script a registry writes names in is drawn legibly (issue 15, glyphs): the widget's glyphs
// are the browser's own, so Japanese, Chinese, Korean, Cyrillic, Greek and accented names come out
// as the page would write them, at 2x as at 1x, and no font file is downloaded for them.
//
// Legible, measured: each name's pixels on the canvas (a screenshot of where the screen says it
// drew it) against the same text drawn by the browser in a 2D canvas, both cropped to their ink
// and scaled to one grid: the same shape (normalised cross-correlation, clearly more than with the
// name's letters reversed) and proportions. A name drawn as fallback boxes or question marks fails. The screenshots go to test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { browserSuite, widgetReady, settled, state, ARTIFACTS } from './browser.mjs';

const suite = browserSuite();
const NAMES = ['東京 クラウド', '北京 开源社区', '서울 보안', 'Инфраструктура', 'Ομάδα Ασφάλειας', 'Équipe Sécurité'];
const REGISTRY = {
  version: 1, title: 'Scripts', updated: '2026-11-30',
  groups: NAMES.map((name, i) => ({ id: `g${i}`, name, leads: [{ name: 'Ann' }] })),
};
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>scripts</title>
<script type="module" src="wgfinder.js"></script></head><body style="margin:0">
<wg-finder height="700px"><script type="application/json">${JSON.stringify(REGISTRY)}</script></wg-finder></body></html>`;

// In the page: the ink of a PNG (the widget's pixels) and of texts drawn by the browser, each
// cropped to its ink and averaged onto a 48 x 12 grid. Returns the correlation of the widget's
// text with the name and with the name's characters in reverse order (a legible name looks like
// itself more than like its own letters shuffled; boxes or question marks look like both), and
// whether the browser itself draws two different characters of the name alike (no font for them).
function compareInPage({ png, text, family }) {
  const inkOf = (ctx, w, h) => {
    const d = ctx.getImageData(0, 0, w, h).data;
    const luma = (i) => 0.3 * d[i] + 0.59 * d[i + 1] + 0.11 * d[i + 2];
    const bg = luma(0);
    const ink = new Float32Array(w * h);
    let x0 = w, x1 = -1, y0 = h, y1 = -1;
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const v = Math.abs(luma((y * w + x) * 4) - bg) / 255;
      ink[y * w + x] = v;
      if (v > 0.25) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
    }
    if (x1 < 0) return null;
    const GW = 48, GH = 12, grid = new Float32Array(GW * GH);
    const cw = x1 - x0 + 1, ch = y1 - y0 + 1;
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) {
      const gx = Math.min(GW - 1, Math.floor((x - x0) * GW / cw)), gy = Math.min(GH - 1, Math.floor((y - y0) * GH / ch));
      grid[gy * GW + gx] += ink[y * w + x];
    }
    return { grid, aspect: cw / ch };
  };
  const canvasOf = (w, h) => { const c = document.createElement('canvas'); c.width = w; c.height = h; return c; };
  const ref = (t) => {
    const c = canvasOf(1200, 120).getContext('2d', { willReadFrequently: true });
    c.fillStyle = '#fff'; c.fillRect(0, 0, 1200, 120);
    c.fillStyle = '#000'; c.font = `600 60px ${family}`; c.fillText(t, 10, 90);
    return inkOf(c, 1200, 120);
  };
  const ncc = (p, q) => {
    const n = p.length, mp = p.reduce((s, v) => s + v, 0) / n, mq = q.reduce((s, v) => s + v, 0) / n;
    let sp = 0, sq = 0, spq = 0;
    for (let i = 0; i < n; i++) { sp += (p[i] - mp) ** 2; sq += (q[i] - mq) ** 2; spq += (p[i] - mp) * (q[i] - mq); }
    return spq / Math.sqrt(sp * sq);
  };
  return (async () => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const a = canvasOf(img.width, img.height).getContext('2d', { willReadFrequently: true });
    a.drawImage(img, 0, 0);
    const drawn = inkOf(a, img.width, img.height);
    const chars = [...new Set([...text].filter((c) => c.trim()))];
    const shapes = chars.map((c) => ref(c));
    let alike = '';
    for (let i = 0; i < chars.length && !alike; i++) {
      for (let j = i + 1; j < chars.length; j++) {
        if (ncc(shapes[i].grid, shapes[j].grid) > 0.98 && Math.abs(shapes[i].aspect - shapes[j].aspect) < 0.01) { alike = chars[i] + chars[j]; break; }
      }
    }
    const name = ref(text), reversed = ref([...text].reverse().join(''));
    return drawn && {
      correlation: ncc(drawn.grid, name.grid), reversed: ncc(drawn.grid, reversed.grid),
      drawnAspect: drawn.aspect, referenceAspect: name.aspect, alike,
    };
  })();
}

for (const scale of [1, 2]) {
  test(`names in Japanese, Chinese, Korean, Cyrillic, Greek and accented Latin are legible at ${scale}x`, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    const fonts = [];
    page.on('request', (r) => { if (/\.(otf|ttf|woff2?)$/.test(r.url())) fonts.push(r.url()); });
    await page.route('**/scripts-test.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.goto(`${suite.url}scripts-test.html`);
    await widgetReady(page);
    await settled(page);
    const s = await state(page);
    await page.screenshot({ path: path.join(ARTIFACTS, `glyphs-${scale}x.png`) });
    const family = await page.$eval('wg-finder', (e) => getComputedStyle(e.shadowRoot.querySelector('canvas')).fontFamily);
    const box = await page.$eval('wg-finder', (e) => e.shadowRoot.querySelector('canvas').getBoundingClientRect().toJSON());
    for (const name of NAMES) {
      const t = s.texts.find((x) => x[4] === name);
      assert.ok(t, `"${name}" is drawn whole (texts: ${s.texts.map((x) => x[4]).join(' | ').slice(0, 400)})`);
      const clip = { x: box.x + t[0] - 2, y: box.y + t[1] - 1, width: t[2] + 4, height: t[3] + 2 };
      const png = (await page.screenshot({ clip })).toString('base64');
      const r = await page.evaluate(compareInPage, { png, text: name, family });
      assert.ok(r, `"${name}" has ink on the canvas`);
      console.log(`# ${scale}x "${name}": correlation ${r.correlation.toFixed(2)}, reversed ${r.reversed.toFixed(2)}, ` +
        `aspect ${r.drawnAspect.toFixed(2)} against ${r.referenceAspect.toFixed(2)}`);
      assert.equal(r.alike, '', `this system has a font for "${name}" (the set-up installs them)`);
      assert.ok(r.correlation > 0.5 && r.correlation > r.reversed + 0.2,
        `"${name}" looks like the browser's own text (correlation ${r.correlation.toFixed(2)}, ${r.reversed.toFixed(2)} with its letters reversed)`);
      assert.ok(Math.abs(r.drawnAspect / r.referenceAspect - 1) < 0.15,
        `"${name}" has the proportions of the browser's own text (${r.drawnAspect.toFixed(2)} against ${r.referenceAspect.toFixed(2)})`);
    }
    assert.equal(s.missingGlyphs, 0);
    assert.deepEqual(fonts, [], 'no font file is downloaded');
    await context.close();
  });
}

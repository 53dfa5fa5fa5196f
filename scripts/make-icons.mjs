// Renders web/icon.svg into the PNG icons of the web app manifest (web/icon-192.png,
// web/icon-512.png) with the same headless Chromium the browser tests use. Run it after
// changing the icon: `node scripts/make-icons.mjs`.
import fs from 'node:fs';
import { launch } from '../tests/browser/browser.mjs';

const svg = fs.readFileSync(new URL('../web/icon.svg', import.meta.url), 'utf8');
const browser = await launch();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: new URL(`../web/icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();

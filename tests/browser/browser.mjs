// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the built
// site served on loopback. WebGL comes from SwiftShader (no GPU on CI).
import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';
import { serve } from '../../scripts/static-server.mjs';

export const SITE = process.env.WGF_SITE || path.resolve('build/web/site');
export const ARTIFACTS = path.resolve(process.env.WGF_ARTIFACTS || 'test-results');
fs.mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function serveSite(options) {
  return serve(SITE, options);
}

// Fraction of canvas pixels that differ from the most common colour: 0 for a blank canvas.
export async function inkRatio(page, selector = 'canvas') {
  return page.$eval(selector, (canvas) => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width; copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const most = Math.max(...counts.values());
    return 1 - most / (data.length / 4);
  });
}

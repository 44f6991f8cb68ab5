#!/usr/bin/env node
// Renders the toolbar icon (public/icon/<size>.png) from the SVG below with headless Chromium, so the icon
// has a reviewable source and no image tool is needed. Usage: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

// A deep green tile with 根 (the "ne" of nemawashi, "root") in white: legible down to 16 px.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#0b5d4b"/>
  <text x="64" y="90" text-anchor="middle" font-size="80" font-weight="700" fill="#fff"
        font-family="'Noto Sans CJK JP','Noto Sans JP',sans-serif">根</text>
</svg>`;

mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}

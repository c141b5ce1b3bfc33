/**
 * Renders the extension icon (an inbox tray with a clock hand) at 16/32/48/128 px in headless Chromium.
 * Run once: `npx tsx tests/tools/make-icons.ts`; the PNGs are committed under public/icons/.
 */
import { chromium } from 'playwright-core';

const svg = (size: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#0f766e"/>
  <path d="M24 70 L38 36 H90 L104 70 V96 a8 8 0 0 1 -8 8 H32 a8 8 0 0 1 -8 -8 Z" fill="#ecfeff"/>
  <path d="M24 70 H46 a18 18 0 0 0 36 0 H104" fill="none" stroke="#0f766e" stroke-width="7" stroke-linejoin="round"/>
  <circle cx="96" cy="34" r="22" fill="#f97316" stroke="#ecfeff" stroke-width="5"/>
  <path d="M96 22 V35 L104 40" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${svg(size)}</body>`);
  await page.screenshot({ path: `public/icons/${size}.png`, omitBackground: true });
}
await browser.close();

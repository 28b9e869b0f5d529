/**
 * Draws the toolbar icons (public/icon/{16,32,48,128}.png) from one SVG with Chromium, so the
 * PNGs are reproducible from source: `npx tsx scripts/make-icons.ts`.
 * The mark: an open book on a jade tile, with a clean sweep across its right page.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser';

const SIZES = [16, 32, 48, 128] as const;

function iconSvg(size: number): string {
  // Small sizes drop the text lines: at 16 px they blur into grey.
  const lines =
    size >= 32
      ? `<path d="M36 50h22M36 62h22M36 74h18" stroke="#9bb8ad" stroke-width="5" stroke-linecap="round"/>`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
    <rect x="4" y="4" width="120" height="120" rx="28" fill="#1f6f5c"/>
    <path d="M64 34c-12-8-28-10-40-8v66c12-2 28 0 40 8z" fill="#f7f3e8"/>
    <path d="M64 34c12-8 28-10 40-8v66c-12-2-28 0-40 8z" fill="#fffdf6"/>
    <path d="M64 34v66" stroke="#1f6f5c" stroke-width="3"/>
    ${lines}
    <path d="M72 82l22-34" stroke="#e0a526" stroke-width="${size >= 32 ? 8 : 11}" stroke-linecap="round"/>
  </svg>`;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${iconSvg(size)}</body>`);
  await page.locator('svg').screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons written: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);

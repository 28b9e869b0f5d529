/**
 * `npm run demo`: builds the extension (Chrome and Firefox), serves a chapter page made from the
 * bundled chapter wrapped in typical ads and boilerplate, opens it in headless Chromium without the
 * extension, then with each build in its browser (Chromium, Firefox ESR), prints what was removed
 * and saves the before and after screenshots.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TabStatus } from '../core/protocol';
import { chromiumPath, startPageServer } from './browser';
import { launchHarness, type BrowserName } from './harness';
import { statusOf } from './harness/tabs';
import { ensureChromium, ensureFirefox } from './system-browsers.mjs';
import { LATE_AD_TEXT, demoPageHtml } from './demo/page';
import { printLoadingSteps, printReport, type Outcome } from './demo/report';

const OUT = path.resolve('test-artifacts/demo');
const SHOTS: Record<BrowserName, string> = {
  chromium: path.join(OUT, 'after.png'),
  firefox: path.join(OUT, 'after-firefox.png'),
};

function build(browser: 'chrome' | 'firefox'): void {
  const args = browser === 'chrome' ? ['build'] : ['build', '-b', 'firefox'];
  const result = spawnSync('node_modules/.bin/wxt', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt ${args.join(' ')} failed`);
}

async function screenshotWithout(url: string, file: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(url);
  await page.waitForTimeout(2000);
  await page.screenshot({ path: file });
  await browser.close();
}

/** The page in `name` with its build: what the content script reports once the late ad is dealt with. */
async function cleanIn(name: BrowserName, url: string): Promise<Outcome> {
  const harness = await launchHarness(name);
  try {
    const page = await harness.open(url);
    // The page injects a late ad after 1.5 s; wait until it has been removed (or at most 10 s).
    const lateAdGone = (status: TabStatus) => status.removed.some(({ text }) => text.includes(LATE_AD_TEXT));
    const found =
      (await statusOf(harness, page.url, lateAdGone, 10_000)) ?? (await statusOf(harness, page.url));
    await page.screenshot(SHOTS[name]);
    const lateAdLeft = (await page.evaluate(() => document.body.innerText)).includes(LATE_AD_TEXT);
    return { browser: name, status: found?.status, lateAdLeft, screenshot: SHOTS[name] };
  } finally {
    await harness.close();
  }
}

async function main(): Promise<void> {
  build('chrome');
  build('firefox');
  // Both checked before either is used, so that one run says everything that is missing.
  if (![ensureChromium(), ensureFirefox()].every(Boolean)) process.exit(1);
  mkdirSync(OUT, { recursive: true });
  const server = await startPageServer();
  server.put('/book/808/808.html', { body: demoPageHtml(), contentType: 'text/html; charset=utf-8' });
  const url = server.url('/book/808/808.html');
  try {
    await screenshotWithout(url, path.join(OUT, 'before.png'));
    const outcomes = [await cleanIn('chromium', url), await cleanIn('firefox', url)];
    printReport(outcomes, path.join(OUT, 'before.png'));
  } finally {
    await server.close();
  }
  printLoadingSteps();
}

await main();

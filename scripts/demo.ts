/**
 * `npm run demo`: builds the extension (Chrome and Firefox), serves a chapter page made from the
 * bundled chapter wrapped in typical ads and boilerplate, opens it in headless Chromium with and
 * without the extension, prints what was removed and saves before/after screenshots.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TabStatus } from '../core/protocol';
import { askTabs, chromiumPath, launchWithExtension, startPageServer } from './browser';
import { ensureChromium } from './system-browsers.mjs';
import { LATE_AD_TEXT, demoPageHtml } from './demo/page';

const OUT = path.resolve('test-artifacts/demo');

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

async function main(): Promise<void> {
  build('chrome');
  build('firefox');
  if (!ensureChromium()) process.exit(1);
  mkdirSync(OUT, { recursive: true });
  const server = await startPageServer();
  server.put('/book/808/808.html', { body: demoPageHtml(), contentType: 'text/html; charset=utf-8' });
  const url = server.url('/book/808/808.html');
  await screenshotWithout(url, path.join(OUT, 'before.png'));
  const extension = await launchWithExtension();
  try {
    const page = await extension.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(2500); // the page injects a late ad after 1.5 s
    const [entry] = (await askTabs<TabStatus>(extension.worker, 'status')).filter(
      (e) => e.answer.url === url,
    );
    const status = entry?.answer;
    await page.screenshot({ path: path.join(OUT, 'after.png') });
    const lateAdLeft = (await page.evaluate(() => document.body.innerText)).includes(LATE_AD_TEXT);
    report(status, lateAdLeft);
  } finally {
    await extension.close();
    await server.close();
  }
}

function report(status: TabStatus | undefined, lateAdLeft: boolean): void {
  if (!status) throw new Error('the content script did not answer');
  const { bundled } = status;
  console.log(`\nChapter: ${status.title}   state: ${status.state}   ${status.ms.toFixed(1)} ms`);
  console.log(
    `Bundled chapter: ${bundled.matched ? 'recognised' : 'not recognised'} ` +
      `(coverage ${(bundled.coverage * 100).toFixed(0)}%, score ${bundled.score.toFixed(2)})`,
  );
  console.log(
    `Removed ${status.removed.length} (late ad ${lateAdLeft ? 'STILL ON THE PAGE' : 'removed too'}):`,
  );
  for (const removal of status.removed)
    console.log(
      `  - [${removal.kind} · ${removal.rule}] ${removal.text.slice(0, 70) || '(no text: an ad slot)'}`,
    );
  for (const flag of status.flags) console.log(`  ? flagged (${flag.reason}): ${flag.text.slice(0, 60)}`);
  console.log(`\nScreenshots: ${path.join(OUT, 'before.png')} and ${path.join(OUT, 'after.png')}`);
  console.log(`\nThe extension is built and ready to load:`);
  console.log(
    `  Chrome:  ${path.resolve('.output/chrome-mv3')}  (chrome://extensions → Developer mode → Load unpacked)`,
  );
  console.log(
    `  Firefox: ${path.resolve('.output/firefox-mv2/manifest.json')}  (about:debugging → This Firefox → Load Temporary Add-on)`,
  );
}

await main();

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import {
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from '@/scripts/browser';

const ARTIFACTS = 'test-artifacts';
let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startPageServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('popup shows the bundled chapter from its opening line', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const first = page.locator('.reader__paragraph').first();
    await first.waitFor();
    expect(await first.textContent()).toBe(
      '掌声如潮水般起伏,持续了近一分钟才渐渐平息,但会场内的震撼依旧弥漫在空气中。',
    );
    expect(await page.locator('.reader__paragraph').count()).toBeGreaterThan(150);
    await page.screenshot({ path: `${ARTIFACTS}/popup.png` });
    await page.close();
  });

  it('content script runs on an http page served on localhost', async () => {
    server.put('/plain.html', { body: '<!doctype html><title>t</title><p>hello</p>' });
    const page = await browser.context.newPage();
    await page.goto(server.url('/plain.html'));
    await page.waitForSelector('html[data-jingdu]', { timeout: 10_000 });
    expect(await page.getAttribute('html', 'data-jingdu')).toBeTruthy();
    await page.close();
  });
});

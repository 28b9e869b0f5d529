import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { parseChapterText } from '@/core/bundled-chapter';
import type { TabStatus } from '@/core/protocol';
import {
  askTabs,
  chromiumPath,
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from '@/scripts/browser';
import { INJECTED_LINES, LATE_AD_TEXT, demoPageHtml } from '@/scripts/demo/page';

const PARAGRAPHS = parseChapterText(readFileSync('public/chapter.txt', 'utf8'));
let browser: ExtensionBrowser;
let server: PageServer;
const HTML_TYPE = 'text/html; charset=utf-8';

beforeAll(async () => {
  server = await startPageServer();
  server.put('/book/808/808.html', { body: demoPageHtml(undefined, 3000), contentType: HTML_TYPE });
  server.put('/book/808/quiet.html', { body: demoPageHtml(undefined, 10 ** 9), contentType: HTML_TYPE });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function statusOf(url: string): Promise<{ tabId: number; status: TabStatus }> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const entry = (await askTabs<TabStatus>(browser.worker, 'status')).find((e) => e.answer.url === url);
    if (entry && entry.answer.state === 'cleaned') return { tabId: entry.tabId, status: entry.answer };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no cleaned status for ${url}`);
}

async function send<T>(tabId: number, type: string, data: object = {}): Promise<T> {
  return browser.worker.evaluate(
    ([tabId, type, data]) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(tabId as number, { type, data }),
    [tabId, type, data] as const,
  ) as Promise<T>;
}

describe('the content script on a served chapter page', () => {
  it('removes the ads and boilerplate in place, keeps the story and the navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/book/808/808.html'));
    const { status } = await statusOf(page.url());
    const text = await page.evaluate(() => document.body.innerText);
    for (const [, ad] of INJECTED_LINES) expect(text).not.toContain(ad);
    expect(text).toContain('掌声如潮水般起伏');
    expect(text).not.toContain('澳门首家线上赌场');
    const links = await page.evaluate(() => Array.from(document.links, (a) => a.textContent?.trim()));
    expect(links).toEqual(expect.arrayContaining(['上一章', '章节目录', '下一章']));
    expect(status.bundled.matched).toBe(true);
    expect(status.removed.length).toBeGreaterThan(8);
    await page.close();
  });

  it('cleans an ad injected three seconds after load', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/book/808/808.html'));
    await statusOf(page.url());
    await page.waitForTimeout(3800);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toContain(LATE_AD_TEXT);
    expect(text).not.toContain(INJECTED_LINES[0]![1]);
    await page.close();
  });

  it('restore-one puts a line back where it was; restore-all gives back the page as served', async () => {
    const plain = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
    const original = await (
      await plain.newPage()
    )
      .goto(server.url('/book/808/quiet.html'))
      .then(async (response) => {
        const page = response!.frame().page();
        return page.evaluate(() => document.body.outerHTML);
      });
    await plain.close();

    const page = await browser.context.newPage();
    await page.goto(server.url('/book/808/quiet.html'));
    const { tabId, status } = await statusOf(page.url());
    const line = status.removed.find((removal) => removal.text === INJECTED_LINES[1]![1])!;
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(line.text);
    await send(tabId, 'restore', { id: line.id });
    const restored = await page.evaluate(() => document.body.innerText);
    expect(restored).toContain(line.text);
    // Back between the paragraph it followed and the next one.
    const [after] = INJECTED_LINES.find(([, ad]) => ad === line.text)!;
    const at = restored.indexOf(line.text);
    expect(restored.indexOf(PARAGRAPHS[after]!)).toBeLessThan(at);
    expect(restored.indexOf(PARAGRAPHS[after + 1]!)).toBeGreaterThan(at);
    await send(tabId, 'restoreAll');
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(original);
    await page.close();
  });
});

/**
 * The content script's behaviour on served pages, written once and asserted in Chromium and in
 * Firefox ESR, each with its own build (.output/chrome-mv3, .output/firefox-mv2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseChapterText } from '@/core/bundled-chapter';
import { startPageServer, type PageServer } from '@/scripts/browser';
import { BROWSERS, launchHarness, type ExtensionHarness, type HarnessPage } from '@/scripts/harness';
import { badgeText, sendToTab, statusOf } from '@/scripts/harness/tabs';
import { INJECTED_LINES, LATE_AD_TEXT, demoPageHtml } from '@/scripts/demo/page';

const PARAGRAPHS = parseChapterText(readFileSync('public/chapter.txt', 'utf8'));
const HTML_TYPE = 'text/html; charset=utf-8';
/** A page with no chapter, but with what would go on a chapter page: a banner, a footer, a list. */
const BLOG = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>园艺笔记</title></head>
<body><div class="ad-banner" id="ad-top">澳门首家线上赌场上线啦</div><h1>园艺笔记</h1>
<p>番茄需要充足的阳光，每天至少六个小时。</p><p>请记住本站域名：www.example.com</p>
<div class="footer">Copyright 2020 园艺小站 All Rights Reserved</div></body></html>`;
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  server.put('/book/808/808.html', { body: demoPageHtml(undefined, 3000), contentType: HTML_TYPE });
  server.put('/book/808/quiet.html', { body: demoPageHtml(undefined, 10 ** 9), contentType: HTML_TYPE });
  server.put('/blog.html', { body: BLOG, contentType: HTML_TYPE });
  // No inline style or script, no connections: what a strict site sends, and where a content
  // script's injected <style> would be refused in Firefox.
  server.put('/book/808/strict.html', {
    body: demoPageHtml(undefined, 10 ** 9),
    contentType: HTML_TYPE,
    headers: { 'content-security-policy': "default-src 'none'; img-src 'self'" },
  });
});
afterAll(async () => {
  await server?.close();
});

/** Keeps the body as served, before the content script (which runs at document_idle) touches it. */
function keepBodyAsServed() {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { bodyAsServed: string }).bodyAsServed = document.body.outerHTML;
  });
}
const bodyAsServed = (page: HarnessPage) =>
  page.evaluate(() => (window as unknown as { bodyAsServed?: string }).bodyAsServed ?? '');
const bodyNow = (page: HarnessPage) => page.evaluate(() => document.body.outerHTML);
const textNow = (page: HarnessPage) => page.evaluate(() => document.body.innerText);

describe.each(BROWSERS)('the content script in %s', (name) => {
  let harness: ExtensionHarness;
  beforeAll(async () => {
    harness = await launchHarness(name);
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function cleaned(path: string, beforeScripts?: () => void) {
    const page = await harness.open(server.url(path), { beforeScripts });
    const found = await statusOf(harness, page.url, (status) => status.state === 'cleaned');
    expect(found, `no cleaned status for ${path}`).not.toBeNull();
    return { page, ...found! };
  }

  it('removes the ads and boilerplate in place, keeps the story and the navigation', async () => {
    const { page, status } = await cleaned('/book/808/808.html');
    expect(await page.waitForMark()).toBe('chapter');
    const text = await textNow(page);
    for (const [, ad] of INJECTED_LINES) expect(text).not.toContain(ad);
    expect(text).not.toContain('澳门首家线上赌场');
    for (const paragraph of PARAGRAPHS.slice(0, 160)) expect(text).toContain(paragraph);
    const links = await page.evaluate(() => Array.from(document.links, (a) => a.textContent?.trim()));
    expect(links).toEqual(expect.arrayContaining(['上一章', '章节目录', '下一章']));
    expect(status.bundled.matched).toBe(true);
    expect(status.removed.length).toBeGreaterThan(8);
    await page.close();
  });

  it('cleans an ad the page injects three seconds after load', async () => {
    const page = await harness.open(server.url('/book/808/808.html'));
    const lateAdRemoved = (status: { removed: Array<{ text: string }> }) =>
      status.removed.some(({ text }) => text.includes(LATE_AD_TEXT));
    const found = await statusOf(harness, page.url, lateAdRemoved, 20_000);
    expect(found, 'the late ad never showed up as removed').not.toBeNull();
    const text = await textNow(page);
    expect(text).not.toContain(LATE_AD_TEXT);
    expect(text).not.toContain(INJECTED_LINES[0]![1]);
    expect(await page.evaluate(() => document.querySelector('.gg-late'))).toBeNull();
    await page.close();
  });

  it('leaves a page without a chapter exactly as served, and says so', async () => {
    const page = await harness.open(server.url('/blog.html'), { beforeScripts: keepBodyAsServed });
    expect(await page.waitForMark()).toBe('idle');
    const found = await statusOf(harness, page.url);
    expect(found?.status.state).toBe('not-chapter');
    expect(found?.status.removed).toEqual([]);
    expect(await bodyAsServed(page)).toContain('澳门首家线上赌场');
    expect(await bodyNow(page)).toBe(await bodyAsServed(page));
    expect(await badgeText(harness, found!.tabId)).toBe('');
    await page.close();
  });

  it('reports what it did: the toolbar badge and the popup panel show the removal count', async () => {
    const { page, tabId, status } = await cleaned('/book/808/quiet.html');
    expect(await badgeText(harness, tabId)).toBe(String(status.removed.length));
    const popup = await harness.openExtensionPage(`popup.html?tabId=${tabId}&view=page`);
    await popup.waitFor(() => document.querySelector('[data-state="cleaned"]') !== null);
    expect(await popup.evaluate(() => document.querySelector('.tabs__count')?.textContent)).toBe(
      String(status.removed.length),
    );
    expect(await popup.evaluate(() => document.querySelector('.page__title')?.textContent)).toBe(
      status.title,
    );
    await popup.close();
    await page.close();
  });

  it('restore-one puts a line back where it was; restore-all gives back the page as served', async () => {
    const { page, tabId, status } = await cleaned('/book/808/quiet.html', keepBodyAsServed);
    const served = await bodyAsServed(page);
    expect(served).toContain(INJECTED_LINES[1]![1]);
    const line = status.removed.find((removal) => removal.text === INJECTED_LINES[1]![1])!;
    expect(await textNow(page)).not.toContain(line.text);
    await sendToTab(harness, tabId, 'restore', { id: line.id });
    const restored = await textNow(page);
    // Back between the paragraph it followed and the next one.
    const [after] = INJECTED_LINES[1]!;
    const at = restored.indexOf(line.text);
    expect(at).toBeGreaterThan(-1);
    expect(restored.indexOf(PARAGRAPHS[after]!)).toBeLessThan(at);
    expect(restored.indexOf(PARAGRAPHS[after + 1]!)).toBeGreaterThan(at);
    const answer = await sendToTab(harness, tabId, 'restoreAll');
    expect(answer.removed).toEqual([]);
    expect(await bodyNow(page)).toBe(served);
    await page.close();
  });

  it('cleans a chapter page whose Content-Security-Policy forbids inline style and script', async () => {
    const { page, status } = await cleaned('/book/808/strict.html');
    expect(status.removed.length).toBeGreaterThan(8);
    expect(await textNow(page)).not.toContain(INJECTED_LINES[2]![1]);
    await page.close();
  });
});

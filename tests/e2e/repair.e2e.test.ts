/**
 * Repair in the real browser, one fresh profile per page as a reader would meet it: a served page
 * carrying a synthesised intact copy of the bundled chapter wrapped in spam, then
 * popup.html?reading=repaired. Pages that carry the chapter damaged as shipped, or a sibling
 * chapter, leave no repaired reading. Figures are printed for the report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  askTabs,
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from '@/scripts/browser';
import type { TabStatus } from '@/core/protocol';
import { REPAIRED_READING_KEY } from '@/core/storage-keys';
import { lookupFor, localeFor } from '@/tests/components/messages';
import { readBundledChapter, readDecoys, readLines } from '@/tests/fixtures/bundled/page-data';
import { halves, injectLines, shuffle } from '@/tests/fixtures/bundled/variants';
import { PAGE_SHAPES } from '@/tests/helpers/bundled-page-templates';
import { measure, synthesiseIntactCopy } from '@/tests/helpers/intact-copy';

const ARTIFACTS = 'test-artifacts';
const story = readBundledChapter().slice(0, 160);
const ads = readLines('ads.txt');
const copy = synthesiseIntactCopy(story, 41);
let browser: ExtensionBrowser | undefined;
let server: PageServer | undefined;

afterEach(async () => {
  await browser?.close();
  await server?.close();
  browser = undefined;
  server = undefined;
});

/** A fresh profile and a server holding one chapter page made of `lines` (ads among them). */
async function serve(
  lines: readonly string[],
  shape = 0,
): Promise<{ browser: ExtensionBrowser; url: string }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startPageServer();
  browser = await launchWithExtension();
  const html = PAGE_SHAPES[shape]!.render({
    title: '第八百零八章 掌声如潮',
    book: '大模型时代',
    site: '测试书屋',
    lines: injectLines(lines, ads, 42),
  });
  server.put('/book/808.html', { body: html, contentType: 'text/html; charset=utf-8' });
  return { browser, url: server.url('/book/808.html') };
}

/** Visits `url`, waits until its content script has finished cleaning, and returns the page's status. */
async function visit(url: string): Promise<TabStatus> {
  const page = await browser!.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-jingdu="chapter"]');
  const cleaned = async () =>
    (await askTabs<TabStatus>(browser!.worker, 'status')).find(({ answer }) => answer.state === 'cleaned');
  await expect.poll(cleaned, { timeout: 10_000 }).toBeDefined();
  return (await cleaned())!.answer;
}

/** The stored repaired reading, as the background wrote it. */
async function stored(): Promise<{ sources: unknown[]; seen: Array<{ verdict: string }> } | undefined> {
  return browser!.worker.evaluate(async (key) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await api.storage.local.get(key))[key] as never;
  }, REPAIRED_READING_KEY);
}

async function openRepaired(): Promise<Page> {
  const popup = await browser!.context.newPage();
  await popup.setViewportSize({ width: 420, height: 580 });
  await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html?reading=repaired`);
  await popup.waitForSelector('main[data-ready]');
  return popup;
}

/** The paragraphs the reader shows, without the marks' shipped text or the badges. */
function shownParagraphs(popup: Page): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('.reader__paragraph')].map((p) => {
      const clone = p.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.repair__shipped, .reader__badge').forEach((node) => node.remove());
      return clone.textContent ?? '';
    }),
  );
}

describe('repair from a page met on the web', () => {
  it('a page carrying the intact chapter among spam: the repaired reading, in order, without spam', async () => {
    const { url } = await serve(copy.lines);
    await visit(url);
    const popup = await openRepaired();
    await popup.waitForSelector('.reader[data-reading="repaired"]');
    const shown = await shownParagraphs(popup);
    const figures = measure(copy.lines, shown);
    console.log(
      `repair e2e, whole page: ${figures.exact}/${figures.of} lines exact, in order: ${figures.inOrder}`,
    );
    expect(figures.exact).toBeGreaterThanOrEqual(Math.ceil(0.95 * copy.lines.length));
    expect(figures.inOrder).toBe(true);
    expect(shown).toHaveLength(story.length);
    const text = shown.join('\n');
    for (const ad of ads) expect(text).not.toContain(ad.slice(0, 10));
    const t = lookupFor(localeFor(await popup.evaluate(() => document.documentElement.lang)));
    const note = await popup.textContent('.reader__note');
    expect(note).toContain(new URL(url).host);
    expect(await popup.isChecked('.reading-switch input[value="repaired"]')).toBe(true);
    // The site footer stays behind its disclosure in this reading too.
    expect(await popup.textContent('details.reader__removed summary')).toBe(t('removedDisclosure', ['2']));
    expect(await popup.isVisible('.reader__removed-text')).toBe(false);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-repaired.png` });
  });

  it('a repaired character tells what shipped on keyboard focus, a swapped word on hover', async () => {
    const { url } = await serve(copy.lines);
    await visit(url);
    const popup = await openRepaired();
    await popup.waitForSelector('.reader[data-reading="repaired"]');
    const mark = popup.locator('mark.repair--char').first();
    const hint = mark.locator('.repair__shipped');
    expect(await hint.evaluate((node) => getComputedStyle(node).clipPath)).not.toBe('none');
    await mark.focus();
    expect(await hint.evaluate((node) => getComputedStyle(node).clipPath)).toBe('none');
    expect(await hint.isVisible()).toBe(true);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-repaired-focus.png` });
    const swap = popup.locator('mark.repair--swap').first();
    await swap.hover();
    expect(await swap.locator('.repair__shipped').evaluate((node) => getComputedStyle(node).clipPath)).toBe(
      'none',
    );
  });

  it('the options page forgets the repaired reading', async () => {
    const { url } = await serve(copy.lines);
    await visit(url);
    const popup = await openRepaired();
    await popup.waitForSelector('.reader[data-reading="repaired"]');
    const options = await browser!.context.newPage();
    await options.goto(`chrome-extension://${browser!.extensionId}/options.html`);
    await options.waitForSelector('[data-reading="some"]');
    await options.click('section[aria-labelledby="reading-heading"] button');
    await options.waitForSelector('[data-reading="none"]');
    expect(await stored()).toBeUndefined();
    // The open popup follows: no repaired reading, and it says so.
    await popup.waitForSelector('[data-repaired="none"]');
    expect(await popup.getAttribute('.reader', 'data-reading')).toBe('shipped');
  });

  it('a page carrying the first half repairs that half, in order', async () => {
    const [first] = halves(copy.lines);
    const { url } = await serve(first, 2);
    await visit(url);
    const popup = await openRepaired();
    await popup.waitForSelector('.reader[data-reading="repaired"]');
    const figures = measure(first, await shownParagraphs(popup));
    console.log(
      `repair e2e, first half: ${figures.exact}/${figures.of} lines exact, in order: ${figures.inOrder}`,
    );
    expect(figures.exact).toBeGreaterThanOrEqual(Math.ceil(0.95 * first.length));
    expect(figures.inOrder).toBe(true);
    expect(await popup.locator('[data-state="unconfirmed"]').count()).toBe(story.length - first.length);
  });

  it.each([
    ['the chapter damaged as shipped', shuffle(story, 43), 'same-as-shipped'],
    ['a sibling chapter', readDecoys()[0]!.paragraphs, null],
  ] as const)('a page with %s leaves no repaired reading', async (_name, lines, verdict) => {
    const { url } = await serve(lines);
    // A page not recognised as carrying the chapter sends nothing: there is nothing to wait for.
    expect((await visit(url)).bundled.matched).toBe(verdict !== null);
    if (verdict)
      await expect
        .poll(async () => (await stored())?.seen.map((seen) => seen.verdict), { timeout: 10_000 })
        .toEqual([verdict]);
    else expect(await stored()).toBeUndefined();
    const popup = await openRepaired();
    const t = lookupFor(localeFor(await popup.evaluate(() => document.documentElement.lang)));
    expect(await popup.textContent('[data-repaired="none"] p')).toBe(t('readingNone'));
    expect(await popup.locator('.reading-switch').count()).toBe(0);
    expect(await popup.getAttribute('.reader', 'data-reading')).toBe('shipped');
    expect((await stored())?.sources ?? []).toEqual([]);
  });
});

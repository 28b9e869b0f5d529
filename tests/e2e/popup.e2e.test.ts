import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  askTabs,
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from '@/scripts/browser';
import { localeFor, lookupFor, type Lookup } from '@/tests/components/messages';
import type { TabStatus } from '@/core/protocol';

const ARTIFACTS = 'test-artifacts';
const SHIPPED = readFileSync('public/chapter.txt', 'utf8').split('\n');
let browser: ExtensionBrowser;
let server: PageServer;

interface OpenedPopup {
  page: Page;
  /** The messages of the language the browser shows the popup in. */
  t: Lookup;
}

/** Records, from the first script on, when the popup is ready and how much its layout shifted. */
function watchOpening() {
  const w = window as unknown as { jingduReady?: number; jingduShift: number };
  w.jingduShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.jingduShift += (entry as PerformanceEntry & { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((_, observer) => {
    if (!document.querySelector('main[data-ready]')) return;
    w.jingduReady = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

async function openPopup(query = ''): Promise<OpenedPopup> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 580 });
  await page.addInitScript(watchOpening);
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  await page.waitForSelector('main[data-ready]');
  const language = await page.evaluate(() => document.documentElement.lang);
  return { page, t: lookupFor(localeFor(language)) };
}

async function chooseTheme(page: Page, theme: string): Promise<void> {
  await page.click('[aria-controls="reader-settings"]');
  await page.check(`input[name="theme"][value="${theme}"]`, { force: true });
  await page.keyboard.press('Escape');
  await page.waitForSelector(`main[data-theme="${theme}"]`);
}

/** A screenshot of the reader from the top of the chapter, with no focus ring in the way. */
async function screenshotReader(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('.reader-scroll')!.scrollTop = 0;
  });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}

/** A chapter page in the shape of a 笔趣阁 site: the bundled chapter with two ads and its footer. */
function chapterPage(): string {
  const p = (line: string) => `<p>${line}</p>`;
  const nav =
    '<div class="nav"><a href="/0.html">上一章</a> <a href="/">目录</a> <a href="/2.html">下一章</a></div>';
  const body = [
    ...SHIPPED.slice(0, 3).map(p),
    p('请记住本站域名：www.xbiquge.la 手机版阅读网址：m.xbiquge.la'),
    ...SHIPPED.slice(3, 80).map(p),
    '<div class="ad"><a href="/app">点击下载APP，免费看全本小说</a></div>',
    ...SHIPPED.slice(80).map(p),
  ].join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第一章 掌声_测试小说_笔趣阁</title></head>
<body>${nav}<h1>第一章 掌声</h1><div id="content">${body}</div>${nav}</body></html>`;
}

/** Opens `path` of the page server and returns its tab id (the one tab whose content script answers). */
async function openServed(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForSelector('html[data-jingdu]');
  const answers = await askTabs<TabStatus>(browser.worker, 'status');
  const mine = answers.find(({ answer }) => answer.url === server.url(path) || answers.length === 1);
  if (!mine) throw new Error(`no content script answered for ${path}`);
  return { page, tabId: mine.tabId };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startPageServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup reader', () => {
  it('shows the derived heading, the first paragraph, and the footer behind a disclosure', async () => {
    const { page, t } = await openPopup();
    expect(await page.textContent('h1')).toBe('掌声如潮水般起伏');
    expect(await page.textContent('.reader__title-note')).toBe(t('headingDerivedNote'));
    expect(await page.locator('.reader__paragraph').first().textContent()).toBe(SHIPPED[0]);
    expect(await page.locator('.reader__paragraph').count()).toBe(160);
    const summary = page.locator('details.reader__removed summary');
    expect(await summary.textContent()).toBe(t('removedDisclosure', ['2']));
    const footer = page.locator('.reader__removed-text', { hasText: 'Copyright 2020' });
    expect(await footer.isVisible()).toBe(false);
    await summary.click();
    expect(await footer.textContent()).toBe(SHIPPED[161]);
    await page.close();
  });

  it('opens without layout shift; time to first paint is printed', async () => {
    const { page } = await openPopup();
    const timing = await page.evaluate(() => {
      const w = window as unknown as { jingduReady: number; jingduShift: number };
      const paint = (name: string) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? NaN;
      return {
        firstPaint: paint('first-paint'),
        firstContentfulPaint: paint('first-contentful-paint'),
        ready: w.jingduReady,
        shift: w.jingduShift,
      };
    });
    console.log(
      `popup opening (ms from navigation start): first paint ${timing.firstPaint.toFixed(0)}, ` +
        `first contentful paint ${timing.firstContentfulPaint.toFixed(0)}, ` +
        `chapter ready ${timing.ready.toFixed(0)}; layout shift ${timing.shift}`,
    );
    expect(timing.shift).toBe(0);
    expect(await page.evaluate(() => [document.body.clientWidth, document.body.clientHeight])).toEqual([
      420, 580,
    ]);
    await page.close();
  });

  it('is usable from the keyboard, with visible focus', async () => {
    const { page } = await openPopup();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.className);
    expect(await focused()).toBe('tab-reader');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe(
      'none',
    );
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#tab-page[aria-selected="true"]');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button popup__settings-toggle');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement).value === 'system');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('main[data-theme="light"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#reader-settings', { state: 'detached' });
    expect(await focused()).toBe('button popup__settings-toggle');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('reader-scroll'))).toBe(true);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('.reader-scroll')!.scrollTop === 0);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('.reader-scroll')!.scrollTop > 100);
    await page.close();
  });

  it('keeps the dark theme across reopening; screenshots in light, sepia and dark', async () => {
    const first = await openPopup();
    await chooseTheme(first.page, 'light');
    await screenshotReader(first.page, 'popup-light');
    await chooseTheme(first.page, 'sepia');
    await screenshotReader(first.page, 'popup-sepia');
    await chooseTheme(first.page, 'dark');
    await first.page.close();
    const again = await openPopup();
    expect(await again.page.getAttribute('main', 'data-theme')).toBe('dark');
    expect(
      await again.page.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor),
    ).toBe('rgb(27, 26, 24)');
    await screenshotReader(again.page, 'popup-dark');
    await again.page.click('[aria-controls="reader-settings"]');
    await again.page.screenshot({ path: `${ARTIFACTS}/popup-dark-settings.png` });
    await again.page.close();
  });

  it('reopens where the reader left off', async () => {
    const first = await openPopup();
    const top = await first.page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
      const target = document.querySelector<HTMLElement>('[data-paragraph="40"]')!;
      scroller.scrollTop = target.offsetTop;
      return target.textContent;
    });
    await first.page.waitForTimeout(600);
    await first.page.close();
    const again = await openPopup();
    const atTop = await again.page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
      const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-paragraph]')];
      return paragraphs.find((p) => p.offsetTop + p.offsetHeight > scroller.scrollTop)?.textContent;
    });
    expect(atTop).toBe(top);
    await again.page.close();
  });
});

describe('popup page panel', () => {
  it('says plainly that a browser page cannot be cleaned', async () => {
    const internal = await browser.context.newPage();
    await internal.goto('chrome://version');
    const tabId = await browser.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }
      ).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const { page, t } = await openPopup(`?tabId=${tabId}&view=page`);
    await page.waitForSelector('[data-state="unreachable"]');
    expect(await page.textContent('#panel-page h2')).toBe(t('pageUnreachableTitle'));
    await page.close();
    await internal.close();
  });

  it('says a served page that is not a chapter is not one', async () => {
    server.put('/blog.html', {
      body: '<!doctype html><title>Notes</title><h1>Garden notes</h1><p>Tomatoes need sun.</p>',
    });
    const served = await openServed('/blog.html');
    const { page, t } = await openPopup(`?tabId=${served.tabId}&view=page`);
    await page.waitForSelector('[data-state="not-chapter"]');
    expect(await page.textContent('#panel-page h2')).toBe(t('stateNotChapter'));
    await page.close();
    await served.page.close();
  });

  it('shows the counts and rules of a cleaned chapter, and restoring a line puts it back', async () => {
    server.put('/book/1.html', { body: chapterPage(), contentType: 'text/html; charset=utf-8' });
    const served = await openServed('/book/1.html');
    const { page, t } = await openPopup(`?tabId=${served.tabId}&view=page`);
    await page.waitForSelector('[data-state="cleaned"]');
    expect(await page.textContent('.page__title')).toBe('第一章 掌声');
    expect(await page.textContent('.page__match')).toBe(t('bundledMatched', ['100']));
    const rules = await page
      .locator('.removal .removal__rule')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule')));
    expect(rules).toHaveLength(4);
    expect(rules.filter((rule) => rule === 'bundled-chapter-footer')).toHaveLength(2);
    expect(await page.textContent('.tabs__count')).toBe('4');
    await page.screenshot({ path: `${ARTIFACTS}/popup-page-panel.png` });
    const ad = '请记住本站域名：www.xbiquge.la 手机版阅读网址：m.xbiquge.la';
    expect(await served.page.textContent('#content')).not.toContain(ad);
    await page.locator('.removal', { hasText: '请记住本站域名' }).getByRole('button').click();
    await page.waitForFunction(() => document.querySelectorAll('.removal').length === 3);
    expect(await served.page.textContent('#content')).toContain(ad);
    await page.close();
    await served.page.close();
  });

  it('follows the tab while it is open: an ad the page adds later shows up in the list by itself', async () => {
    server.put('/book/3.html', { body: chapterPage(), contentType: 'text/html; charset=utf-8' });
    const served = await openServed('/book/3.html');
    const { page } = await openPopup(`?tabId=${served.tabId}&view=page`);
    await page.waitForSelector('[data-state="cleaned"]');
    expect(await page.locator('.removal').count()).toBe(4);
    await served.page.evaluate(() => {
      const ad = document.createElement('p');
      ad.textContent = '请记住本站域名：www.xbiquge.la 手机版阅读网址：m.xbiquge.la';
      document.querySelector('#content')!.append(ad);
    });
    await page.waitForFunction(() => document.querySelectorAll('.removal').length > 4);
    const answers = await askTabs<TabStatus>(browser.worker, 'status');
    const tab = answers.find(({ tabId }) => tabId === served.tabId);
    expect(await page.locator('.removal').count()).toBe(tab?.answer.removed.length);
    expect(await served.page.textContent('#content')).not.toContain('请记住本站域名');
    await page.close();
    await served.page.close();
  });

  it('remembers switching automatic cleaning off for the site across a reload', async () => {
    server.put('/book/2.html', { body: chapterPage(), contentType: 'text/html; charset=utf-8' });
    const served = await openServed('/book/2.html');
    const first = await openPopup(`?tabId=${served.tabId}&view=page`);
    await first.page.waitForSelector('[role="switch"]:checked');
    await first.page.click('[role="switch"]');
    await first.page.waitForSelector('[data-state="paused"]');
    await first.page.close();
    await served.page.reload();
    await served.page.waitForSelector('html[data-jingdu]');
    const again = await openPopup(`?tabId=${served.tabId}&view=page`);
    await again.page.waitForSelector('[data-state="paused"]');
    expect(await again.page.isChecked('[role="switch"]')).toBe(false);
    expect(await served.page.textContent('#content')).toContain('请记住本站域名');
    await again.page.click('[role="switch"]');
    await again.page.waitForSelector('[data-state="cleaned"]');
    await again.page.close();
    await served.page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TabStatus } from '@/core/protocol';
import {
  askTabs,
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from '@/scripts/browser';
import { localeFor, lookupFor, type Lookup } from '@/tests/components/messages';

const ARTIFACTS = 'test-artifacts';
const SHIPPED = readFileSync('public/chapter.txt', 'utf8').split('\n');
/** A story-free line the built-in rules leave alone: only a reader's rule takes it out. */
const SPAM = '橘子汽水联盟特别赞助本章';
const CHAPTER_PATH = '/book/9/1.html';
let browser: ExtensionBrowser;
let server: PageServer;
let served: Page;

/** A 笔趣阁-shaped chapter page: the bundled chapter with the spam line among its paragraphs. */
function chapterPage(): string {
  const p = (line: string) => `<p>${line}</p>`;
  const nav =
    '<div class="nav"><a href="/0.html">上一章</a> <a href="/">目录</a> <a href="/2.html">下一章</a></div>';
  const body = [...SHIPPED.slice(0, 10).map(p), p(SPAM), ...SHIPPED.slice(10).map(p)].join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第一章 掌声_测试小说_笔趣阁</title></head>
<body>${nav}<h1>第一章 掌声</h1><div id="content">${body}</div>${nav}</body></html>`;
}

async function openOptions(): Promise<{ page: Page; t: Lookup }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('main[data-ready]');
  const language = await page.evaluate(() => document.documentElement.lang);
  return { page, t: lookupFor(localeFor(language)) };
}

/** Everything the extension keeps in storage, read through its service worker. */
async function storage(): Promise<unknown> {
  return browser.worker.evaluate(async () => {
    interface Area {
      get(keys: null): Promise<Record<string, unknown>>;
    }
    const api = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
    return { sync: await api.storage.sync.get(null), local: await api.storage.local.get(null) };
  });
}

async function contentText(): Promise<string> {
  return (await served.textContent('#content')) ?? '';
}

async function waitForLine(present: boolean): Promise<void> {
  await served.waitForFunction(
    ([line, wanted]) => document.querySelector('#content')!.textContent!.includes(line as string) === wanted,
    [SPAM, present] as const,
  );
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startPageServer();
  server.put(CHAPTER_PATH, { body: chapterPage(), contentType: 'text/html; charset=utf-8' });
  browser = await launchWithExtension();
  served = await browser.context.newPage();
  await served.goto(server.url(CHAPTER_PATH));
  await served.waitForSelector('html[data-jingdu="chapter"]');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the options page', () => {
  it('is declared in the built manifest, opening in a tab', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as {
      options_ui?: { page: string; open_in_tab?: boolean };
    };
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('adds a rule previewed on the open chapter tab; the line leaves the page, and comes back when undone', async () => {
    expect(await contentText()).toContain(SPAM);
    const { page, t } = await openOptions();
    await page.click('.rules__new');
    await page.waitForSelector('#preview-source option[value^="tab:"]', { state: 'attached' });
    const tab = await page.getAttribute('#preview-source option[value^="tab:"]', 'value');
    await page.selectOption('#preview-source', tab!);
    await page.fill('#rule-name', '汽水广告');
    await page.fill('#rule-pattern', SPAM);
    await page.check('input[name="rule-scope"] >> nth=1');
    await page.fill('#rule-hosts', 'localhost');
    const removed = page.locator('.preview-line[data-outcome="removed"]');
    expect(await removed.locator('.preview-line__text').textContent()).toBe(SPAM);
    expect(await page.textContent('.preview__summary')).toMatch(/^\D*1\D/);
    await page.screenshot({ path: `${ARTIFACTS}/options-editor.png`, fullPage: true });
    await page.click('form.editor button[type="submit"]');
    await page.waitForSelector('form.editor', { state: 'detached' });
    expect(await page.textContent('.rule__name')).toBe('汽水广告');
    expect(await page.textContent('.save-status')).toBe(t('savedSynced'));
    await waitForLine(false);
    const [status] = await askTabs<TabStatus>(browser.worker, 'status');
    expect(status!.answer.removed.map((removal) => removal.rule)).toContain('user:汽水广告');
    await page.screenshot({ path: `${ARTIFACTS}/options.png`, fullPage: true });

    await page.click(`[aria-label="${t('ruleEnabledFor', ['汽水广告'])}"]`);
    await waitForLine(true);
    await page.click(`[aria-label="${t('ruleEnabledFor', ['汽水广告'])}"]`);
    await waitForLine(false);
    await page.click(`[aria-label="${t('ruleDeleteFor', ['汽水广告'])}"]`);
    await waitForLine(true);
    await page.waitForSelector('.rule', { state: 'detached' });
    await page.close();
  });

  it('is usable from the keyboard: the first stop is the global switch, with a visible focus ring', async () => {
    const { page } = await openOptions();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe(
      'none',
    );
    const enabled = () =>
      browser.worker.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: {
              storage: { sync: { get(key: string): Promise<Record<string, { enabled?: boolean }>> } };
            };
          }
        ).chrome;
        return (await api.storage.sync.get('settings'))['settings']?.enabled;
      });
    await page.keyboard.press('Space');
    await expect.poll(enabled).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(enabled).toBe(true);
    await page.close();
  });

  it('refuses a rule that would erase the chapter, says why, and saves nothing', async () => {
    const before = await storage();
    const { page, t } = await openOptions();
    await page.click('.rules__new');
    await page.check('input[name="rule-kind"] >> nth=1');
    await page.fill('#rule-pattern', '.{2,}');
    const refusal = page.locator('.refusal[role="alert"]');
    await refusal.waitFor();
    expect(await refusal.locator('.refusal__title').textContent()).toBe(
      t('ruleRefused', [t('sourceBundled')]),
    );
    expect(await refusal.locator('.refusal__reason').textContent()).toBe(t('refusedShare', ['100']));
    // The save button is aria-disabled; Enter in the field submits the form all the same.
    await page.press('#rule-pattern', 'Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('refusal'));
    await page.screenshot({ path: `${ARTIFACTS}/options-refused.png` });
    expect(await storage()).toEqual(before);
    expect(await contentText()).toContain(SHIPPED[0]);
    await page.close();
  });

  it('imports a Legado file and reports what was added, skipped and refused; its rule cleans the page', async () => {
    const { page, t } = await openOptions();
    await page.setInputFiles('#import-file', 'tests/fixtures/rules/legado-options.json');
    await page.waitForSelector('.report__summary');
    expect(await page.textContent('.report__summary')).toBe(
      t('importSummary', [t('formatLegado'), '5', '0', '1']),
    );
    expect(await page.textContent('[data-part="import-problems"]')).toContain(
      t('invalidExpression', [t('compileUnsupported', [t('featureBackReference', ['\\1'])])]),
    );
    expect(await page.textContent('[data-part="import-refused"]')).toContain('吞掉整章');
    expect(await page.locator('.rule').count()).toBe(5);
    await waitForLine(false);
    await page.screenshot({ path: `${ARTIFACTS}/options-import.png`, fullPage: true });
    await page.close();
  });
});

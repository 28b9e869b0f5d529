/**
 * Cleans pages through the built extension in headless Chromium: each file is served at its URL
 * (loopback by default, or the --url address, answered from the file), page scripts run, every
 * other host is unreachable, and the result is read from the live page and the content script.
 * A page that cannot be read (it leaves, crashes, or does not settle in its time) gets an error
 * row of its own and the batch goes on.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TabStatus } from '../../core/protocol';
import type { UserRule } from '../../core/rules/model';
import { splitForSync } from '../../core/settings-sync';
import { askTabs, launchWithExtension, startPageServer, type ExtensionBrowser } from '../browser';
import { charsetOf } from './decode';
import { watchPage, type PageWatch } from './page-watch';
import { PAGE_LIMIT_MS, type PageError, type PageInput, type PageResult } from './result';
import { settingsWithRules } from './rules';

export interface BrowserRunOptions {
  /** Serve every page at this address instead of a loopback one. */
  url?: string;
  rules?: readonly UserRule[];
  pageLimitMs?: number;
}

/** The content script's status for the watched page once it has finished working on it. */
async function statusWhenSettled(
  browser: ExtensionBrowser,
  watch: PageWatch,
): Promise<{ tabId: number; status: TabStatus }> {
  for (;;) {
    watch.check();
    const answers = await askTabs<TabStatus>(browser.worker, 'status');
    const entry = answers.find(({ answer }) => answer.url === watch.page.url());
    if (entry && entry.answer.state !== 'working') return { tabId: entry.tabId, status: entry.answer };
    await watch.page.waitForTimeout(100);
  }
}

/** What the popup would show for the page, and what a reader sees of it. */
async function readSettled(browser: ExtensionBrowser, watch: PageWatch, file: string): Promise<PageResult> {
  const page = watch.page;
  await page.waitForSelector('html[data-jingdu]', { state: 'attached', timeout: watch.remainingMs() });
  const { tabId, status } = await statusWhenSettled(browser, watch);
  const isChapter = status.state !== 'not-chapter';
  const lines = isChapter
    ? (await askTabs<{ left: string[] }>(browser.worker, 'chapterLines')).find((e) => e.tabId === tabId)
    : undefined;
  watch.check();
  const live = await page.evaluate(() => ({
    pageText: document.body.innerText,
    links: Array.from(document.querySelectorAll('a'))
      .map((link) => link.innerText.replace(/\s+/g, ' ').trim())
      .filter((text) => text !== ''),
  }));
  return {
    file,
    isChapter,
    title: isChapter ? status.title : '',
    bundledChapter: status.bundled,
    paragraphs: lines?.answer.left ?? [],
    pageText: live.pageText,
    links: live.links,
    removed: status.removed.map(({ kind, rule, text }) => ({ kind, rule, text })),
    flags: status.flags,
    ms: Math.round(status.ms * 100) / 100,
  };
}

async function cleanOne(
  browser: ExtensionBrowser,
  input: { file: string; bytes: Buffer },
  address: string,
  limitMs: number,
): Promise<PageResult | PageError> {
  let page: Page | null = null;
  try {
    page = await browser.context.newPage();
    const watch = watchPage(page, address, limitMs);
    // Served with the charset the Node DOM decodes with, so both modes read the same text.
    const contentType = `text/html; charset=${charsetOf(input.bytes)}`;
    await page.route(address, (route) => route.fulfill({ status: 200, contentType, body: input.bytes }));
    const reading = (async () => {
      // Not "load": a page can keep loading forever (a script waiting on a blocked host); the content
      // script runs at document_idle regardless.
      await page.goto(address, { waitUntil: 'domcontentloaded', timeout: limitMs });
      return readSettled(browser, watch, input.file);
    })();
    return await watch.race(reading);
  } catch (error) {
    return {
      file: input.file,
      error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    };
  } finally {
    // A page stuck in a script of its own still closes: the browser ends its renderer.
    await page?.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

/** Stores `rules` as the extension's settings, the way the options page would save them. */
async function installRules(browser: ExtensionBrowser, rules: readonly UserRule[]): Promise<void> {
  const { sync, local } = splitForSync(settingsWithRules(rules));
  await browser.worker.evaluate(
    async ({ sync, local }) => {
      interface StorageArea {
        set(items: object): Promise<void>;
      }
      const api = (
        globalThis as unknown as { chrome: { storage: { sync: StorageArea; local: StorageArea } } }
      ).chrome;
      await api.storage.sync.set(sync);
      await api.storage.local.set(local);
    },
    { sync, local },
  );
}

/** Cleans each page in turn and yields its row as soon as it is known, error rows included. */
export async function* cleanPagesInBrowser(
  files: readonly PageInput[],
  options: BrowserRunOptions = {},
): AsyncGenerator<PageResult | PageError> {
  const server = await startPageServer();
  let browser: ExtensionBrowser | null = null;
  try {
    browser = await launchWithExtension();
    if (options.rules && options.rules.length > 0) await installRules(browser, options.rules);
    for (const [index, input] of files.entries()) {
      if ('error' in input) {
        yield input;
        continue;
      }
      const address = options.url ?? server.url(`/${index}/${encodeURIComponent(path.basename(input.file))}`);
      yield await cleanOne(browser, input, address, options.pageLimitMs ?? PAGE_LIMIT_MS);
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Every row of cleanPagesInBrowser, once all are done. */
export async function cleanInBrowser(
  files: readonly PageInput[],
  url?: string,
  rules: readonly UserRule[] = [],
): Promise<Array<PageResult | PageError>> {
  const rows: Array<PageResult | PageError> = [];
  for await (const row of cleanPagesInBrowser(files, { url, rules })) rows.push(row);
  return rows;
}

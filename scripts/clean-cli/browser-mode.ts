/**
 * Cleans pages through the built extension in headless Chromium or Firefox ESR: each file is served
 * at its URL (loopback by default, or the --url address, answered from the file), page scripts run,
 * every other host is unreachable, and the result is read from the live page and the content script.
 * A page that cannot be read (it leaves, crashes, or does not settle in its time) gets an error
 * row of its own and the batch goes on.
 */
import path from 'node:path';
import { launchHarness, type BrowserName, type ExtensionHarness, type HarnessPage } from '../harness';
import { askTabs, sendToTab } from '../harness/tabs';
import type { Page } from 'playwright-core';
import type { TabStatus } from '../../core/protocol';
import { forgetSiteMemory } from './site-memory';
import type { UserRule } from '../../core/rules/model';
import { splitForSync } from '../../core/settings-sync';
import { askTabs as askChromiumTabs, startPageServer, type ExtensionBrowser } from '../browser';
import { charsetOf } from './decode';
import { watchPage, type PageWatch } from './page-watch';
import { PAGE_LIMIT_MS, type PageError, type PageInput, type PageResult } from './result';
import { settingsWithRules } from './rules';

export interface BrowserRunOptions {
  /** Serve every page at this address instead of a loopback one. */
  url?: string;
  rules?: readonly UserRule[];
  pageLimitMs?: number;
  /** Chromium unless said otherwise. */
  browser?: BrowserName;
  /** Keep what the extension learns of a site from one page to the next (one site's chapters). */
  learnAcross?: boolean;
}

const SETTLE_MS = 15_000;

/** The content script's status for `url` once it has finished working on the page (the bench's wait). */
async function statusWhenSettled(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ tabId: number; status: TabStatus } | null> {
  const deadline = Date.now() + SETTLE_MS;
  while (Date.now() < deadline) {
    const answers = await askChromiumTabs<TabStatus>(browser.worker, 'status');
    const entry = answers.find(({ answer }) => answer.url === url);
    if (entry && entry.answer.state !== 'working') return { tabId: entry.tabId, status: entry.answer };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** A tab of the extension's browser once the content script has finished with the page in it. */
export interface SettledPage {
  page: Page;
  /** The content script's status and its tab, or null when it did not settle in time. */
  settled: { tabId: number; status: TabStatus } | null;
}

/**
 * Opens `bytes` at `address` (answered from them, whatever the host) in a new Chromium tab, waits
 * until the content script has settled, hands the tab to `read` and closes it afterwards.
 */
export async function withSettledPage<T>(
  browser: ExtensionBrowser,
  bytes: Buffer,
  address: string,
  read: (opened: SettledPage) => Promise<T>,
): Promise<T> {
  const page = await browser.context.newPage();
  try {
    // Served with the charset the Node DOM decodes with, so both modes read the same text.
    const contentType = `text/html; charset=${charsetOf(bytes)}`;
    await page.route(address, (route) => route.fulfill({ status: 200, contentType, body: bytes }));
    // Not "load": a page can keep loading forever (a script waiting on a blocked host); the content
    // script runs at document_idle regardless.
    await page.goto(address, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-jingdu]', { state: 'attached', timeout: SETTLE_MS });
    return await read({ page, settled: await statusWhenSettled(browser, page.url()) });
  } finally {
    await page.close();
  }
}

/** The content script's status for the watched page once it has finished working on it. */
async function settledStatus(
  harness: ExtensionHarness,
  watch: PageWatch,
  url: string,
): Promise<{ tabId: number; status: TabStatus }> {
  for (;;) {
    watch.check();
    const entry = (await askTabs(harness, 'status')).find(({ answer }) => answer.url === url);
    if (entry && entry.answer.state !== 'working') return { tabId: entry.tabId, status: entry.answer };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the popup would show for the page, and what a reader sees of it. */
async function readSettled(
  harness: ExtensionHarness,
  watch: PageWatch,
  page: HarnessPage,
  file: string,
): Promise<PageResult> {
  await page.waitForMark(watch.remainingMs());
  const { tabId, status } = await settledStatus(harness, watch, page.url);
  const isChapter = status.state !== 'not-chapter';
  const lines = isChapter ? await sendToTab(harness, tabId, 'chapterLines') : undefined;
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
    paragraphs: lines?.left ?? [],
    pageText: live.pageText,
    links: live.links,
    removed: status.removed.map(({ kind, rule, text }) => ({ kind, rule, text })),
    flags: status.flags,
    ms: Math.round(status.ms * 100) / 100,
  };
}

async function cleanOne(
  harness: ExtensionHarness,
  input: { file: string; bytes: Buffer },
  address: string,
  limitMs: number,
): Promise<PageResult | PageError> {
  const watch = watchPage(limitMs);
  // Served with the charset the Node DOM decodes with, so both modes read the same text.
  const contentType = `text/html; charset=${charsetOf(input.bytes)}`;
  const reading = (async () => {
    // Not "load": a page can keep loading forever (a script waiting on a blocked host); the content
    // script runs at document_idle regardless. The watch's end closes the tab.
    const page = await harness.open(address, {
      waitUntil: 'domcontentloaded',
      respondWith: { body: input.bytes, contentType },
      timeoutMs: limitMs,
      onTrouble: watch.stop,
      signal: watch.signal,
    });
    return readSettled(harness, watch, page, input.file);
  })();
  try {
    return await watch.race(reading);
  } catch (error) {
    return {
      file: input.file,
      error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    };
  }
}

/** Stores `rules` as the extension's settings, the way the options page would save them. */
async function installRules(harness: ExtensionHarness, rules: readonly UserRule[]): Promise<void> {
  const { sync, local } = splitForSync(settingsWithRules(rules));
  await harness.inExtension(
    async ({ sync, local }) => {
      interface StorageArea {
        set(items: object): Promise<void>;
      }
      type Api = { storage: { sync: StorageArea; local: StorageArea } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome)!;
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
  let harness: ExtensionHarness | null = null;
  try {
    harness = await launchHarness(options.browser ?? 'chromium');
    if (options.rules && options.rules.length > 0) await installRules(harness, options.rules);
    for (const [index, input] of files.entries()) {
      if ('error' in input) {
        yield input;
        continue;
      }
      const address = options.url ?? server.url(`/${index}/${encodeURIComponent(path.basename(input.file))}`);
      if (!options.learnAcross) await forgetSiteMemory(harness);
      yield await cleanOne(harness, input, address, options.pageLimitMs ?? PAGE_LIMIT_MS);
    }
  } finally {
    await harness?.close();
    await server.close();
  }
}

/** Every row of cleanPagesInBrowser, once all are done. */
export async function cleanInBrowser(
  files: readonly PageInput[],
  url?: string,
  rules: readonly UserRule[] = [],
  browser: BrowserName = 'chromium',
  learnAcross = false,
): Promise<Array<PageResult | PageError>> {
  const rows: Array<PageResult | PageError> = [];
  for await (const row of cleanPagesInBrowser(files, { url, rules, browser, learnAcross })) rows.push(row);
  return rows;
}

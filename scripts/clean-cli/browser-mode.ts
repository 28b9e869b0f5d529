/**
 * Cleans pages through the built extension in headless Chromium or Firefox ESR: each file is served
 * at its URL (loopback by default, or the --url address, answered from the file), page scripts run,
 * every other host is unreachable, and the result is read from the live page and the content script.
 */
import path from 'node:path';
import { launchHarness, type BrowserName, type ExtensionHarness } from '../harness';
import { sendToTab, statusOf } from '../harness/tabs';
import type { Page } from 'playwright-core';
import type { TabStatus } from '../../core/protocol';
import { askTabs, startPageServer, type ExtensionBrowser } from '../browser';
import { charsetOf } from './decode';
import type { PageResult } from './result';
import { settingsWithRules } from './rules';
import { forgetSiteMemory } from './site-memory';
import type { UserRule } from '../../core/rules/model';
import { splitForSync } from '../../core/settings-sync';

const SETTLE_MS = 15_000;

/** The content script's status for `url` once it has finished working on the page. */
async function statusWhenSettled(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ tabId: number; status: TabStatus } | null> {
  const deadline = Date.now() + SETTLE_MS;
  while (Date.now() < deadline) {
    const answers = await askTabs<TabStatus>(browser.worker, 'status');
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
 * Opens `bytes` at `address` (answered from them, whatever the host) in a new tab, waits until the
 * content script has settled, hands the tab to `read` and closes it afterwards.
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

async function cleanOne(
  harness: ExtensionHarness,
  file: string,
  bytes: Buffer,
  address: string,
): Promise<PageResult> {
  // Served with the charset the Node DOM decodes with, so both modes read the same text.
  const contentType = `text/html; charset=${charsetOf(bytes)}`;
  // Not "load": a page can keep loading forever (a script waiting on a blocked host); the content
  // script runs at document_idle regardless.
  const page = await harness.open(address, {
    waitUntil: 'domcontentloaded',
    respondWith: { body: bytes, contentType },
  });
  try {
    await page.waitForMark(SETTLE_MS);
    const settled = await statusOf(harness, page.url, undefined, SETTLE_MS);
    const status = settled?.status;
    const isChapter = status !== undefined && status.state !== 'not-chapter';
    const lines = isChapter ? await sendToTab(harness, settled!.tabId, 'chapterLines') : undefined;
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
      bundledChapter: status?.bundled ?? { matched: false, score: 0, coverage: 0 },
      paragraphs: lines?.left ?? [],
      pageText: live.pageText,
      links: live.links,
      removed: (status?.removed ?? []).map(({ kind, rule, text }) => ({ kind, rule, text })),
      flags: status?.flags ?? [],
      ms: Math.round((status?.ms ?? 0) * 100) / 100,
    };
  } finally {
    await page.close();
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

export async function cleanInBrowser(
  files: Array<{ file: string; bytes: Buffer }>,
  url?: string,
  rules: readonly UserRule[] = [],
  browserName: BrowserName = 'chromium',
  learnAcross = false,
): Promise<PageResult[]> {
  const server = await startPageServer();
  const harness = await launchHarness(browserName);
  const results: PageResult[] = [];
  try {
    if (rules.length > 0) await installRules(harness, rules);
    for (const [index, { file, bytes }] of files.entries()) {
      const address = url ?? server.url(`/${index}/${encodeURIComponent(path.basename(file))}`);
      if (!learnAcross) await forgetSiteMemory(harness);
      results.push(await cleanOne(harness, file, bytes, address));
    }
  } finally {
    await harness.close();
    await server.close();
  }
  return results;
}

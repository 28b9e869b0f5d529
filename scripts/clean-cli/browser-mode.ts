/**
 * Cleans pages through the built extension in headless Chromium: each file is served at its URL
 * (loopback by default, or the --url address, answered from the file), page scripts run, every
 * other host is unreachable, and the result is read from the live page and the content script.
 */
import path from 'node:path';
import type { TabStatus } from '../../core/protocol';
import { askTabs, launchWithExtension, startPageServer, type ExtensionBrowser } from '../browser';
import type { PageResult } from './result';

const SETTLE_MS = 15_000;

async function statusWhenSettled(
  browser: ExtensionBrowser,
): Promise<{ tabId: number; status: TabStatus } | null> {
  const deadline = Date.now() + SETTLE_MS;
  while (Date.now() < deadline) {
    const [entry] = await askTabs<TabStatus>(browser.worker, 'status');
    if (entry && entry.answer.state !== 'paused') return { tabId: entry.tabId, status: entry.answer };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

export async function cleanInBrowser(
  files: Array<{ file: string; bytes: Buffer }>,
  url?: string,
): Promise<PageResult[]> {
  const server = await startPageServer();
  const browser = await launchWithExtension();
  const results: PageResult[] = [];
  try {
    for (const [index, { file, bytes }] of files.entries()) {
      const address = url ?? server.url(`/${index}/${encodeURIComponent(path.basename(file))}`);
      const page = await browser.context.newPage();
      await page.route(address, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: bytes }),
      );
      await page.goto(address, { waitUntil: 'load' });
      await page.waitForSelector('html[data-jingdu]', { state: 'attached', timeout: SETTLE_MS });
      // Give late scripts and the watcher a moment, as a reader's page would have.
      await page.waitForTimeout(300);
      const settled = await statusWhenSettled(browser);
      const status = settled?.status;
      const lines = settled
        ? (await askTabs<{ lines: string[] }>(browser.worker, 'chapterLines')).find(
            (e) => e.tabId === settled.tabId,
          )
        : undefined;
      const live = await page.evaluate(() => ({
        pageText: document.body.innerText,
        links: Array.from(document.querySelectorAll('a'))
          .map((link) => link.innerText.replace(/\s+/g, ' ').trim())
          .filter((text) => text !== ''),
      }));
      const isChapter = status !== undefined && status.state !== 'not-chapter';
      results.push({
        file,
        isChapter,
        title: isChapter ? status.title : '',
        bundledChapter: status?.bundled ?? { matched: false, score: 0, coverage: 0 },
        paragraphs: isChapter ? (lines?.answer.lines ?? []) : [],
        pageText: live.pageText,
        links: live.links,
        removed: (status?.removed ?? []).map(({ kind, rule, text }) => ({ kind, rule, text })),
        flags: status?.flags ?? [],
        ms: Math.round((status?.ms ?? 0) * 100) / 100,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

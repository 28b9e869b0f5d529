/**
 * The engine and Readability in headless Chromium, the way the issue measures them: each corpus page
 * served on loopback, and for each engine a browser context of its own (so a renderer process of its
 * own, where the other engine's code never ran), the bundle loaded as a page script, then one cold
 * run and five warm runs, each on a fresh `document.cloneNode(true)` of the live page.
 *
 * The page's own scripts are blocked by a content security policy (our bundles carry its nonce):
 * the document stays exactly as served and no page script competes for the thread while we time,
 * yet the page is parsed as a scripting browser parses it (<noscript> as text). The content
 * script's own figures (extension-tasks.ts) come from pages with their scripts running.
 */
import type { Browser, Page } from 'playwright-core';
import { blockOtherHosts, type PageServer } from '../browser';
import type { BenchBundles } from './bundles';
import type { CorpusPage } from './corpus';
import { SCRIPT_NONCE, type BenchEngine, type RunResult } from './page-harness';
import { median } from './timing';

export const WARM_RUNS = 5;
let warnedCoarseClock = false;

export interface EngineTiming {
  /** Parsing the bundle and running its top level. */
  loadMs: number;
  /** The first run in the page. */
  coldMs: number;
  /** Median of the next WARM_RUNS runs. */
  warmMs: number;
  outcome: string;
}

/** Serves each page on `server` as UTF-8, its own scripts blocked; returns each page's URL by id. */
export function servePages(server: PageServer, pages: readonly CorpusPage[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const page of pages) {
    const pathname = `/bench/${encodeURIComponent(page.id)}.html`;
    server.put(pathname, {
      body: page.html,
      contentType: 'text/html; charset=utf-8',
      headers: {
        'content-security-policy': `script-src 'nonce-${SCRIPT_NONCE}'`,
        // Cross-origin isolation: performance.now() then ticks in 5 µs steps instead of 100 µs,
        // fine enough for the gate. Other hosts are unreachable anyway.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    });
    urls.set(page.id, server.url(pathname));
  }
  return urls;
}

/** Calls a BenchHarness function in the page. */
export function callHarness<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ({ method, args }) =>
      (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).BenchHarness![
        method
      ]!(...args),
    { method, args },
  ) as Promise<T>;
}

/** A new context and page at `url` with the harness in it; `use` gets the page, the context is closed after. */
export async function inFreshPage<T>(
  browser: Browser,
  bundles: BenchBundles,
  url: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    await blockOtherHosts(context);
    const page = await context.newPage();
    // Images and styles from other hosts are refused at once, so "load" comes quickly.
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(bundles.harness);
    if (!warnedCoarseClock && !(await page.evaluate('crossOriginIsolated'))) {
      warnedCoarseClock = true;
      console.log('  (the page is not cross-origin isolated: times below are in 0.1 ms steps)');
    }
    return await use(page);
  } finally {
    await context.close();
  }
}

/** Loads `engine`'s bundle into `page`, then one cold run and WARM_RUNS warm runs. */
export async function timeEngine(
  page: Page,
  bundles: BenchBundles,
  engine: BenchEngine,
  fingerprint: unknown,
): Promise<EngineTiming> {
  const source = engine === 'readability' ? bundles.readability : bundles.engine;
  const loadMs = await callHarness<number>(page, 'load', source);
  if (engine === 'jingdu') await callHarness(page, 'setFingerprint', fingerprint);
  const cold = await callHarness<RunResult>(page, 'run', engine);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await callHarness<RunResult>(page, 'run', engine)).ms);
  return { loadMs, coldMs: cold.ms, warmMs: median(warm), outcome: cold.outcome };
}

/** `engine` on the page at `url`, in a context of its own. */
export function timeInFreshPage(
  browser: Browser,
  bundles: BenchBundles,
  url: string,
  engine: BenchEngine,
  fingerprint: unknown,
): Promise<EngineTiming> {
  return inFreshPage(browser, bundles, url, (page) => timeEngine(page, bundles, engine, fingerprint));
}

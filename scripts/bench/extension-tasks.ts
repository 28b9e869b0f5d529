/**
 * The real content script on each chapter page, loaded through the built extension, two ways:
 *   - with the page's own scripts running (the CLI's browser mode, clean-cli/browser-mode.ts): the
 *     work it reports in its status, its slices as it times them;
 *   - traced (content-script-trace.ts), page scripts blocked: every main-thread task its code ran
 *     in, whole, as the browser ran it; the figure the longest-task target is about.
 * Each page is answered at a host of its own, so that it gets a renderer process of its own and the
 * script starts cold there, as on a reader's first page.
 */
import { readFileSync } from 'node:fs';
import type { TabStatus } from '../../core/protocol';
import { CONTENT_SCRIPT } from '../../entrypoints/chapter-cleaner/registration';
import { launchWithExtension, type ExtensionBrowser } from '../browser';
import { withSettledPage } from '../clean-cli/browser-mode';
import type { CorpusPage } from './corpus';
import { traceContentScript, type TracedTasks } from './content-script-trace';
import { median, pad } from './timing';

/**
 * Opens each page in turn in one browser with the built extension, at a host of its own, and
 * returns what `visit` read of it; `warmUp` first visits a page that is not counted.
 */
async function throughExtension<T>(
  pages: readonly CorpusPage[],
  visit: (browser: ExtensionBrowser, bytes: Buffer, address: string) => Promise<T>,
  warmUp?: (visited: T) => void,
): Promise<T[]> {
  const browser = await launchWithExtension();
  const results: T[] = [];
  try {
    if (warmUp && pages[0]) warmUp(await visit(browser, readFileSync(pages[0].file), 'http://warm-up.test/'));
    for (const [index, page] of pages.entries()) {
      const address = `http://p${index}.test/${encodeURIComponent(page.id)}.html`;
      results.push(await visit(browser, readFileSync(page.file), address));
    }
  } finally {
    await browser.close();
  }
  return results;
}

function statusesThroughExtension(pages: readonly CorpusPage[]): Promise<Array<TabStatus | null>> {
  return throughExtension(pages, (browser, bytes, address) =>
    withSettledPage(browser, bytes, address, async ({ settled }) => settled?.status ?? null),
  );
}

/** Prints, per chapter page, what the content script reports: state, active time, longest task, tasks. */
export async function benchContentScript(pages: readonly CorpusPage[]): Promise<void> {
  console.log(
    '\nThe built content script on each chapter page (page scripts running): its own work, from its status',
  );
  console.log(
    `${pad('page', 34)} ${pad('state', 12)} ${pad('engine', 8)} ${pad('active', 8)} ${pad('longest', 8)} ${pad('tasks', 6)}`,
  );
  const statuses = await statusesThroughExtension(pages);
  const longest: number[] = [];
  const active: number[] = [];
  for (const [index, page] of pages.entries()) {
    const status = statuses[index];
    const work = status?.work;
    if (work) {
      longest.push(work.longestMs);
      active.push(work.totalMs);
    }
    console.log(
      `${pad(page.id, 34)} ${pad(status?.state ?? 'no answer', 12)} ${pad(status?.ms ?? NaN, 8)} ` +
        `${pad(work?.totalMs ?? NaN, 8)} ${pad(work?.longestMs ?? NaN, 8)} ${pad(String(work?.tasks ?? 0), 6)}`,
    );
  }
  console.log(
    `longest task: median ${median(longest).toFixed(1)} ms, worst ${Math.max(...longest).toFixed(1)} ms` +
      ` (target ≤ 16 ms); active time: median ${median(active).toFixed(1)} ms`,
  );
  console.log('  (engine: detection + cleaning as the status reports it; active: all its tasks on the page)');
}

/**
 * The first page after the browser starts also pays for the browser's own first use of the extension
 * (its service worker, its messaging): that page is traced first and not counted.
 */
function tracesThroughExtension(pages: readonly CorpusPage[]): Promise<TracedTasks[]> {
  return throughExtension(
    pages,
    async (browser, bytes, address) =>
      (await traceContentScript(browser, bytes, address, CONTENT_SCRIPT.file)).traced,
    (first) =>
      console.log(
        `  (first page after the browser started, not counted: longest ${first.longestMs.toFixed(1)} ms)`,
      ),
  );
}

/**
 * Prints, per chapter page, the tasks in which the content script ran as a Chromium trace shows
 * them whole (content-script-trace.ts): what the page waits for, not only the slices the script times.
 */
export async function benchContentScriptTrace(pages: readonly CorpusPage[]): Promise<void> {
  console.log(
    '\nThe same pages traced (page scripts blocked): every main-thread task the content script ran in',
  );
  console.log(
    `${pad('page', 34)} ${pad('tasks', 6)} ${pad('active', 8)} ${pad('longest', 8)}  longest tasks`,
  );
  const traces = await tracesThroughExtension(pages);
  for (const [index, page] of pages.entries()) {
    const { tasks, totalMs, longestMs } = traces[index]!;
    const top = [...tasks]
      .sort((a, b) => b - a)
      .slice(0, 4)
      .map((ms) => ms.toFixed(1));
    console.log(
      `${pad(page.id, 34)} ${pad(String(tasks.length), 6)} ${pad(totalMs, 8)} ${pad(longestMs, 8)}  ${top.join(' ')}`,
    );
  }
  const longest = traces.map((trace) => trace.longestMs);
  console.log(
    `longest task, traced: median ${median(longest).toFixed(1)} ms, worst ${Math.max(...longest).toFixed(1)} ms` +
      ` (target ≤ 16 ms); active time: median ${median(traces.map((t) => t.totalMs)).toFixed(1)} ms`,
  );
}

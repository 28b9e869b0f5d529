/**
 * The real content script on each chapter page, loaded through the built extension with the page's
 * own scripts running (the CLI's browser mode, clean-cli/browser-mode.ts): the work it reports in
 * its status, above all its longest task. Each page is answered at a host of its own, so that it
 * gets a renderer process of its own and the script starts cold there, as on a reader's first page.
 */
import { readFileSync } from 'node:fs';
import type { TabStatus } from '../../core/protocol';
import { launchWithExtension } from '../browser';
import { withSettledPage } from '../clean-cli/browser-mode';
import type { CorpusPage } from './corpus';
import { median, pad } from './timing';

async function statusesThroughExtension(pages: readonly CorpusPage[]): Promise<Array<TabStatus | null>> {
  const browser = await launchWithExtension();
  const statuses: Array<TabStatus | null> = [];
  try {
    for (const [index, page] of pages.entries()) {
      const address = `http://p${index}.test/${encodeURIComponent(page.id)}.html`;
      const bytes = readFileSync(page.file);
      statuses.push(
        await withSettledPage(browser, bytes, address, async ({ settled }) => settled?.status ?? null),
      );
    }
  } finally {
    await browser.close();
  }
  return statuses;
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

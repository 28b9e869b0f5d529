/**
 * The background's side of the site memory: each chapter page's plan looks up what recurs on the
 * site's other chapters and learns the page (core/site-memory.ts). Pages are taken one at a time, so
 * two tabs planning at once cannot overwrite each other's learning, nor both make room for a new
 * site. Nothing is written for a private (incognito) tab: it is still cleaned with what was learnt.
 */
import { normalizeHost } from '@/core/rules/model';
import { learnPage, type PageTexts } from '@/core/site-memory';
import { readSite, writeSite } from './site-memory-store';

/** What a page's plan carries from the memory: indexes into its lines and its texts around. */
export interface Recurring {
  learned: number[];
  learnedAround: number[];
}

export interface SiteLearner {
  /** What on `page` recurs on `host`'s other chapters; learns the page unless `incognito`. */
  learn(host: string, page: PageTexts, incognito: boolean): Promise<Recurring>;
}

/** A learner over local storage; `report` hears of dropped values and storage errors. */
export function createSiteLearner(
  report: (problem: string) => void,
  now: () => number = Date.now,
): SiteLearner {
  let queue: Promise<unknown> = Promise.resolve();
  const learnOne = async (host: string, page: PageTexts, incognito: boolean): Promise<Recurring> => {
    if (normalizeHost(host) === '') return { learned: [], learnedAround: [] };
    const stored = await readSite(host);
    stored.problems.forEach(report);
    const learnt = learnPage(stored.memory ?? undefined, page, now());
    // Storage that could not be read is not written over: it may hold what it failed to give.
    if (!incognito && stored.readable)
      await writeSite(host, learnt.memory, stored.memory === null).catch((error: unknown) =>
        report(`site memory not saved: ${String(error)}`),
      );
    return { learned: learnt.lines, learnedAround: learnt.around };
  };
  return {
    learn(host, page, incognito) {
      const run = queue.then(() => learnOne(host, page, incognito));
      queue = run.catch(() => undefined);
      // A plan never fails for the memory's sake: the page is cleaned without it.
      return run.catch((error: unknown) => {
        report(`site memory not used: ${String(error)}`);
        return { learned: [], learnedAround: [] };
      });
    },
  };
}

/**
 * Prints the Chromium figures: per chapter page, the engine and Readability cold and warm with their
 * ratios and the medians of those ratios; per non-chapter page, the gate cold and warm.
 */
import type { Browser } from 'playwright-core';
import type { PageServer } from '../browser';
import { servePages, timeInFreshPage, type EngineTiming } from './browser-engines';
import type { BenchBundles } from './bundles';
import type { CorpusPage } from './corpus';
import type { BenchEngine } from './page-harness';
import { median, pad } from './timing';

export interface ChromiumBench {
  browser: Browser;
  server: PageServer;
  bundles: BenchBundles;
  /** The fingerprint as the background sends it with a chapter page's plan. */
  fingerprint: unknown;
  /** Fresh pages per engine and corpus page; each figure is the median over them. */
  pagesPerFigure: number;
}

function row(cells: Array<[string | number, number]>): string {
  return cells.map(([value, width]) => pad(value, width)).join(' ');
}

/** Each figure's median over several timings (of the same engine and page, in fresh pages). */
function medianTiming(timings: readonly EngineTiming[]): EngineTiming {
  const of = (pick: (timing: EngineTiming) => number) => median(timings.map(pick));
  return {
    loadMs: of((t) => t.loadMs),
    coldMs: of((t) => t.coldMs),
    warmMs: of((t) => t.warmMs),
    outcome: timings[0]!.outcome,
  };
}

/**
 * Both engines on one page, each in a context of its own, bench.pagesPerFigure times; which goes
 * first alternates, so that neither is always timed while the machine settles from the other.
 */
async function timeBoth(bench: ChromiumBench, url: string, index: number): Promise<EngineTiming[]> {
  const timings = new Map<BenchEngine, EngineTiming[]>([
    ['jingdu', []],
    ['readability', []],
  ]);
  for (let round = 0; round < bench.pagesPerFigure; round++) {
    const order: BenchEngine[] =
      (index + round) % 2 === 0 ? ['jingdu', 'readability'] : ['readability', 'jingdu'];
    for (const engine of order)
      timings
        .get(engine)!
        .push(await timeInFreshPage(bench.browser, bench.bundles, url, engine, bench.fingerprint));
  }
  return [medianTiming(timings.get('jingdu')!), medianTiming(timings.get('readability')!)];
}

export async function benchChaptersInChromium(
  bench: ChromiumBench,
  pages: readonly CorpusPage[],
): Promise<void> {
  console.log('\nChapter pages in Chromium: this engine (J) and Readability (R), ms; ratio = J / R');
  console.log(
    '  load: parse + top level of the bundle; cold: first run in the page; warm: median of the next 5' +
      (bench.pagesPerFigure > 1 ? `; each the median over ${bench.pagesPerFigure} fresh pages` : ''),
  );
  console.log(
    row([
      ['page', 30],
      ['J load', 7],
      ['J cold', 7],
      ['J warm', 7],
      ['R load', 7],
      ['R cold', 7],
      ['R warm', 7],
      ['cold ×', 6],
      ['warm ×', 6],
    ]),
  );
  const urls = servePages(bench.server, pages);
  const all: Array<[EngineTiming, EngineTiming]> = [];
  for (const [index, page] of pages.entries()) {
    const [ours, theirs] = await timeBoth(bench, urls.get(page.id)!, index);
    all.push([ours!, theirs!]);
    const warning = ours!.outcome.startsWith('chapter') ? '' : `  (${ours!.outcome})`;
    console.log(
      row([
        [page.id, 30],
        [ours!.loadMs, 7],
        [ours!.coldMs, 7],
        [ours!.warmMs, 7],
        [theirs!.loadMs, 7],
        [theirs!.coldMs, 7],
        [theirs!.warmMs, 7],
        [ours!.coldMs / theirs!.coldMs, 6],
        [ours!.warmMs / theirs!.warmMs, 6],
      ]) + warning,
    );
  }
  printChapterMedians(all);
}

function printChapterMedians(all: ReadonlyArray<[EngineTiming, EngineTiming]>): void {
  const of = (pick: (pair: [EngineTiming, EngineTiming]) => number, pairs = all) =>
    median(pairs.map(pick)).toFixed(2);
  console.log(
    `medians: J cold ${of(([j]) => j.coldMs)} ms, R cold ${of(([, r]) => r.coldMs)} ms, ` +
      `J warm ${of(([j]) => j.warmMs)} ms, R warm ${of(([, r]) => r.warmMs)} ms, ` +
      `J load ${of(([j]) => j.loadMs)} ms, R load ${of(([, r]) => r.loadMs)} ms`,
  );
  const cold = ([j, r]: [EngineTiming, EngineTiming]) => j.coldMs / r.coldMs;
  const warm = ([j, r]: [EngineTiming, EngineTiming]) => j.warmMs / r.warmMs;
  console.log(
    `median of per-page ratios over all ${all.length} pages: cold ${of(cold)} (target ≤ 0.5), ` +
      `warm ${of(warm)} (target ≤ 0.3)`,
  );
  // A page the engine does not take for a chapter stops after the gate, which flatters the ratio.
  const found = all.filter(([j]) => j.outcome.startsWith('chapter'));
  console.log(
    `  over the ${found.length} pages the engine finds a chapter on: cold ${of(cold, found)}, warm ${of(warm, found)}`,
  );
}

export async function benchGateInChromium(bench: ChromiumBench, pages: readonly CorpusPage[]): Promise<void> {
  console.log('\nNon-chapter pages in Chromium: the gate alone, ms (cold: first run in a fresh page)');
  console.log(
    row([
      ['page', 30],
      ['cold', 7],
      ['warm', 7],
      ['verdict', 12],
    ]),
  );
  const urls = servePages(bench.server, pages);
  const timings: EngineTiming[] = [];
  for (const page of pages) {
    const runs: EngineTiming[] = [];
    for (let round = 0; round < bench.pagesPerFigure; round++)
      runs.push(await timeInFreshPage(bench.browser, bench.bundles, urls.get(page.id)!, 'gate', undefined));
    const timing = medianTiming(runs);
    timings.push(timing);
    console.log(
      row([
        [page.id, 30],
        [timing.coldMs, 7],
        [timing.warmMs, 7],
        [timing.outcome, 12],
      ]),
    );
  }
  console.log(
    `median gate time: cold ${median(timings.map((t) => t.coldMs)).toFixed(2)} ms, ` +
      `warm ${median(timings.map((t) => t.warmMs)).toFixed(3)} ms (target ≤ 0.3 ms warm)`,
  );
}

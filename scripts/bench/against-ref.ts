/**
 * `npm run bench -- --against REF`: this tree's engine against another commit's, page by page in
 * Chromium, each in fresh pages with the two alternating, so that the machine's load falls on both
 * alike. This is how a change's effect shows on a loaded machine, where separate runs of the bench
 * differ by more than most changes.
 */
import { servePages, timeInFreshPage, type EngineTiming } from './browser-engines';
import type { BenchBundles } from './bundles';
import type { ChromiumBench } from './chromium-report';
import type { CorpusPage } from './corpus';
import { median, pad } from './timing';

export interface OtherEngine {
  label: string;
  bundles: BenchBundles;
  fingerprint: unknown;
}

const COLUMNS: Array<[string, number]> = [
  ['page', 30],
  ['ref load', 8],
  ['ref cold', 8],
  ['ref warm', 8],
  ['J load', 7],
  ['J cold', 7],
  ['J warm', 7],
  ['cold ×', 6],
  ['warm ×', 6],
];

function row(values: ReadonlyArray<string | number>): string {
  return values.map((value, i) => pad(value, COLUMNS[i]![1])).join(' ');
}

/**
 * Both engines on `url`, each in its own fresh pages, bench.pagesPerFigure times; which goes first
 * alternates by page and by round.
 */
async function timePair(
  bench: ChromiumBench,
  other: OtherEngine,
  url: string,
  index: number,
): Promise<[ours: EngineTiming[], theirs: EngineTiming[]]> {
  const ours: EngineTiming[] = [];
  const theirs: EngineTiming[] = [];
  for (let round = 0; round < bench.pagesPerFigure; round++) {
    const sides = [
      async () =>
        ours.push(await timeInFreshPage(bench.browser, bench.bundles, url, 'jingdu', bench.fingerprint)),
      async () =>
        theirs.push(await timeInFreshPage(bench.browser, other.bundles, url, 'jingdu', other.fingerprint)),
    ];
    if ((index + round) % 2 === 1) sides.reverse();
    for (const side of sides) await side();
  }
  return [ours, theirs];
}

/** Load, cold and warm: each the median over the timings. */
function figures(timings: readonly EngineTiming[]): number[] {
  return [
    median(timings.map((t) => t.loadMs)),
    median(timings.map((t) => t.coldMs)),
    median(timings.map((t) => t.warmMs)),
  ];
}

export async function benchAgainstRef(
  bench: ChromiumBench,
  other: OtherEngine,
  pages: readonly CorpusPage[],
): Promise<void> {
  console.log(
    `\nChapter pages in Chromium: this tree's engine (J) against ${other.label} (ref), ms; ratio = J / ref`,
  );
  console.log(row(COLUMNS.map(([name]) => name)));
  const urls = servePages(bench.server, pages);
  const cold: number[] = [];
  const warm: number[] = [];
  for (const [index, page] of pages.entries()) {
    const [ours, theirs] = await timePair(bench, other, urls.get(page.id)!, index);
    const [refLoad, refCold, refWarm] = figures(theirs);
    const [ourLoad, ourCold, ourWarm] = figures(ours);
    cold.push(ourCold! / refCold!);
    warm.push(ourWarm! / refWarm!);
    const values = [refLoad!, refCold!, refWarm!, ourLoad!, ourCold!, ourWarm!];
    console.log(row([page.id, ...values, cold.at(-1)!, warm.at(-1)!]));
  }
  console.log(
    `median of per-page ratios to ${other.label}: cold ${median(cold).toFixed(2)}, warm ${median(warm).toFixed(2)}` +
      (bench.pagesPerFigure > 1 ? ` (each figure the median over ${bench.pagesPerFigure} fresh pages)` : ''),
  );
}

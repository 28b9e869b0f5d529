/**
 * The site memory's cost: on the page, reading the texts around the chapter that a plan request
 * carries (outside the sliced steps, so it is one task); in the background, one page learnt against
 * a full memory; in storage, one full site's entry.
 */
import { learnPage, MEMORY_LIMITS, type SiteMemory } from '../../core/site-memory';
import { PageCleaner } from '../../dom/clean-page';
import { bigChapterPage, manyNodesPage } from '../heavy/pages';
import { openInNodeDom } from '../node-dom';
import type { CorpusPage } from './corpus';
import { median, medianOf, pad } from './timing';

/** Median ms of `aroundTexts()` on `html`, detection done first and not counted. */
function aroundTextsTime(html: string, runs: number): { ms: number; texts: number } {
  const page = openInNodeDom(html);
  const cleaner = new PageCleaner(page.document, {});
  cleaner.detect();
  let texts = 0;
  const ms = medianOf(runs, () => {
    const started = performance.now();
    texts = cleaner.aroundTexts().length;
    return performance.now() - started;
  });
  page.close();
  return { ms, texts };
}

/** Chapter `n` of a made-up site: its own lines, each chapter's boilerplate, `size` lines long. */
function madeUpChapter(n: number, size: number) {
  const lines = Array.from({ length: size }, (_, i) => `第${n}章第${i}行，他走过长街，灯一盏一盏亮起来。`);
  const boilerplate = Array.from({ length: 8 }, (_, i) => `本站公告第${i}条`);
  const around = Array.from({ length: 60 }, (_, i) => (i < 30 ? `导航${i}` : `第${n}章推荐${i}`));
  return {
    title: `第${n}章 灯`,
    lines: [...boilerplate, ...lines.map((line, i) => `${line}${i % 7}`)],
    around,
  };
}

/** A memory at its bounds: as many chapters as it keeps, as many lines as it keeps. */
function fullMemory(): SiteMemory {
  let memory: SiteMemory | undefined;
  for (let n = 1; n <= MEMORY_LIMITS.chapters + 5; n++)
    memory = learnPage(memory, madeUpChapter(n, 40), n).memory;
  return memory!;
}

export function benchSiteMemory(pages: readonly CorpusPage[], runs: number): void {
  console.log('\nSite memory');
  const corpus = pages.filter((page) => page.isChapter).map((page) => aroundTextsTime(page.html, runs));
  console.log(
    `texts around the chapter, corpus chapters: median ${median(corpus.map(({ ms }) => ms)).toFixed(3)} ms, ` +
      `max ${Math.max(...corpus.map(({ ms }) => ms)).toFixed(3)} ms, up to ${Math.max(...corpus.map(({ texts }) => texts))} texts`,
  );
  for (const [name, html] of [
    ['5 MB chapter', bigChapterPage(5_000_000)],
    ['200,000 nodes', manyNodesPage(200_000)],
  ] as const) {
    const { ms, texts } = aroundTextsTime(html, 3);
    console.log(`texts around the chapter, ${pad(name, 14)}: ${ms.toFixed(2)} ms (${texts} texts)`);
  }
  const memory = fullMemory();
  const stored = Buffer.byteLength(JSON.stringify(memory));
  console.log(
    `one site's entry at its bounds: ${Object.keys(memory.lines).length} lines, ${memory.chapters.length} chapters, ` +
      `${(stored / 1024).toFixed(1)} kB; ${MEMORY_LIMITS.sites} sites ≤ ${((stored * MEMORY_LIMITS.sites) / 1024).toFixed(0)} kB`,
  );
  for (const size of [100, 5_000]) {
    const page = madeUpChapter(999, size);
    const ms = medianOf(runs, () => {
      const started = performance.now();
      learnPage(memory, page, 1e6);
      return performance.now() - started;
    });
    console.log(
      `learning a ${size}-line chapter against a full memory: ${ms.toFixed(2)} ms median (in the background)`,
    );
  }
}

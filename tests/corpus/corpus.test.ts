/**
 * The real pages of the shared corpus, cleaned in happy-dom the way the CLI does. On every labelled page
 * the title is found, every story line stays, every nav link stays, and undo restores the exact DOM,
 * with site hints on and off and served from localhost. Junk removed is a figure per site, printed for
 * the tuning and the check sites apart (scripts/score/sets.ts), with a floor per site that only rises
 * (junk-floors.json). No unlabelled page is treated as a chapter.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactText } from '@/core/normalize';
import { hintsForHost } from '@/core/site-hints';
import { PageCleaner, type CleanPageOptions } from '@/dom/clean-page';
import { visibleText } from '@/dom/clean-surroundings';
import { findChapter } from '@/dom/find-chapter';
import { collectLines } from '@/dom/lines';
import { measurePage, percent, sumFigures, type PageFigures, type Totals } from '@/scripts/score/measure';
import { isCheckSite, siteOfPage } from '@/scripts/score/sets';
import { CORPUS_DIR, readCorpus, type CorpusPage, type PageLabel } from '../helpers/corpus';
import FLOORS from './junk-floors.json';

/** The share of its junk each site must lose at least; raised as cleaning improves, never lowered. */
const JUNK_FLOORS: Readonly<Record<string, number>> = FLOORS;
import { loadPage } from '../helpers/load-page';

interface CleanRun {
  isChapter: boolean;
  title: string;
  removed: number;
  /** Compacted texts: the chapter's paragraphs left, and the page's visible text after cleaning. */
  chapterText: string;
  pageText: string;
  links: Set<string>;
  bodyBefore: string;
  bodyAfter: string;
  bodyRestored: string;
}

function cleanPage(html: string, options: CleanPageOptions): CleanRun {
  const page = loadPage(html);
  try {
    const body = page.document.body;
    const bodyBefore = body.outerHTML;
    const cleaner = new PageCleaner(page.document, options);
    const report = cleaner.clean();
    const run = {
      isChapter: report.isChapter,
      title: report.title,
      removed: report.removed.length,
      chapterText: compactText(cleaner.paragraphs().join('')),
      pageText: compactText(visibleText(body)),
      links: new Set(Array.from(body.querySelectorAll('a'), (a) => compactText(a.textContent ?? ''))),
      bodyBefore,
      bodyAfter: body.outerHTML,
    };
    cleaner.restoreAll();
    return { ...run, bodyRestored: body.outerHTML };
  } finally {
    page.close();
  }
}

/** Detection alone with hints off: the compacted text of the container it finds, or null. */
function detectWithoutHints(html: string): string | null {
  const page = loadPage(html);
  try {
    const found = findChapter(page.document, { hintSelectors: [] });
    return (
      found &&
      compactText(
        collectLines(found.container)
          .map((line) => line.raw)
          .join(''),
      )
    );
  } finally {
    page.close();
  }
}

/** The junk figures of every labelled page, gathered as its suite runs (the localhost run). */
const figures: Array<{ site: string; figures: PageFigures }> = [];

const missingFrom = (text: string, lines: readonly string[]) =>
  lines.filter((line) => !text.includes(compactText(line)));

function describeLabelled(page: CorpusPage, label: PageLabel): void {
  describe(page.id, () => {
    let run: CleanRun;
    let hintsOff: CleanRun;
    let local: CleanRun;
    let detected: string | null;
    beforeAll(() => {
      const host = page.host;
      run = cleanPage(page.html, { host, hintSelectors: host ? hintsForHost(host) : [] });
      hintsOff = cleanPage(page.html, { host, hintSelectors: [] });
      // As the maintainers measure: a saved page served from this machine, no host, no hints.
      local = cleanPage(page.html, { host: 'localhost', hintSelectors: [] });
      detected = detectWithoutHints(page.html);
      figures.push({ site: siteOfPage(page.id), figures: measurePage(label, local) });
    });

    it('is a chapter with the labelled title', () => {
      expect({ isChapter: run.isChapter, title: run.title }).toEqual({ isChapter: true, title: label.title });
    });
    it('keeps every story line, served from its site and from localhost', () => {
      expect(missingFrom(run.chapterText, label.story), 'story lines lost').toEqual([]);
      expect(missingFrom(local.chapterText, label.story), 'story lost on localhost').toEqual([]);
    });
    it('keeps every nav link, served from its site and from localhost', () => {
      expect(
        label.nav.filter((text) => !run.links.has(compactText(text))),
        'nav links lost',
      ).toEqual([]);
      expect(
        label.nav.filter((text) => !local.links.has(compactText(text))),
        'nav lost on localhost',
      ).toEqual([]);
    });
    it('restoreAll gives back the original body', () => {
      expect(run.bodyRestored === run.bodyBefore, 'body after restoreAll differs from the original').toBe(
        true,
      );
    });
    it('finds and cleans the chapter with hints off', () => {
      expect(detected, 'no chapter detected with hints off').not.toBeNull();
      expect(missingFrom(detected ?? '', label.story), 'story lines outside the container').toEqual([]);
      expect({ isChapter: hintsOff.isChapter, title: hintsOff.title }).toEqual({
        isChapter: true,
        title: label.title,
      });
      expect(missingFrom(hintsOff.chapterText, label.story), 'story lines lost').toEqual([]);
      expect(hintsOff.bodyRestored === hintsOff.bodyBefore, 'restore mismatch with hints off').toBe(true);
    });
  });
}

function describeUnlabelled(page: CorpusPage): void {
  describe(page.id, () => {
    let run: CleanRun;
    beforeAll(() => {
      run = cleanPage(page.html, {
        host: page.host,
        hintSelectors: page.host ? hintsForHost(page.host) : [],
      });
    });

    it('is not treated as a chapter', () => {
      expect(run.isChapter).toBe(false);
    });
    it('is left untouched', () => {
      expect(run.removed, 'removals').toBe(0);
      expect(run.bodyAfter === run.bodyBefore, 'body changed by cleaning').toBe(true);
    });
  });
}

if (!existsSync(CORPUS_DIR)) {
  it('reads the real-page corpus', () => {
    expect.fail(`The real-page corpus is missing: expected it at ${CORPUS_DIR} (set JINGDU_SHARED).`);
  });
} else {
  const pages = readCorpus();
  describe('labelled chapter pages', () => {
    for (const page of pages) if (page.label) describeLabelled(page, page.label);
  });
  describe('junk removed, per site', () => {
    it('stays at or above each site’s floor, tuning and check sites reported apart', () => {
      const sites = [...new Set(figures.map(({ site }) => site))].sort();
      const rows = sites.map((site) => ({
        site,
        ...sumFigures(figures.filter((f) => f.site === site).map((f) => f.figures)),
      }));
      const set = (check: boolean) =>
        sumFigures(figures.filter((f) => isCheckSite(f.site) === check).map((f) => f.figures));
      const share = (totals: Totals) => (totals.junk === 0 ? 1 : totals.junkGone / totals.junk);
      console.log(
        [
          ...rows.map(
            (row) =>
              `${row.site}${isCheckSite(row.site) ? ' (check)' : ''}: junk ${row.junkGone}/${row.junk}`,
          ),
          `tuning sites: junk ${percent(set(false).junkGone, set(false).junk)}, story lost ${set(false).storyLost}`,
          `check sites: junk ${percent(set(true).junkGone, set(true).junk)}, story lost ${set(true).storyLost}`,
        ].join('\n'),
      );
      const below = rows.filter((row) => share(row) < (JUNK_FLOORS[row.site] ?? 1));
      expect(
        below.map((row) => `${row.site}: ${row.junkGone}/${row.junk}`),
        'sites below their floor',
      ).toEqual([]);
    });
  });
  describe('unlabelled pages', () => {
    for (const page of pages) if (!page.label) describeUnlabelled(page);
  });
}

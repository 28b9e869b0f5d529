/**
 * The real pages of the shared corpus, cleaned in happy-dom the way the CLI does. On every labelled page
 * the title is found, every story line stays, every junk line goes, every nav link stays, and undo
 * restores the exact DOM, with site hints on and off. No unlabelled page is treated as a chapter.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactText } from '@/core/normalize';
import { hintsForHost } from '@/core/site-hints';
import { PageCleaner, type CleanPageOptions } from '@/dom/clean-page';
import { visibleText } from '@/dom/clean-surroundings';
import { findChapter } from '@/dom/find-chapter';
import { collectLines } from '@/dom/lines';
import { CORPUS_DIR, readCorpus, type CorpusPage, type PageLabel } from '../helpers/corpus';
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

const missingFrom = (text: string, lines: readonly string[]) =>
  lines.filter((line) => !text.includes(compactText(line)));

function describeLabelled(page: CorpusPage, label: PageLabel): void {
  describe(page.id, () => {
    let run: CleanRun;
    let hintsOff: CleanRun;
    let detected: string | null;
    beforeAll(() => {
      const host = page.host;
      run = cleanPage(page.html, { host, hintSelectors: host ? hintsForHost(host) : [] });
      hintsOff = cleanPage(page.html, { host, hintSelectors: [] });
      detected = detectWithoutHints(page.html);
    });

    it('is a chapter with the labelled title', () => {
      expect({ isChapter: run.isChapter, title: run.title }).toEqual({ isChapter: true, title: label.title });
    });
    it('keeps every story line', () => {
      expect(missingFrom(run.chapterText, label.story), 'story lines lost').toEqual([]);
    });
    it('removes every junk line', () => {
      expect(
        label.junk.filter((line) => run.pageText.includes(compactText(line))),
        'junk left',
      ).toEqual([]);
    });
    it('keeps every nav link', () => {
      expect(
        label.nav.filter((text) => !run.links.has(compactText(text))),
        'nav links lost',
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
  describe('unlabelled pages', () => {
    for (const page of pages) if (!page.label) describeUnlabelled(page);
  });
}

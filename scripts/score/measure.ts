/**
 * What a reader would count on one labelled page after cleaning: junk lines gone, story lines
 * lost, navigation links kept. A junk line is gone when its text no longer appears in the page's
 * visible text; a story line is lost when it no longer appears in the chapter left; a nav link is
 * kept when a link with its text is still on the page. Texts are compared compacted (NFKC, no
 * whitespace), the way a reader would not notice a change of spacing.
 */
import { compactText } from '@/core/normalize';

export interface PageLabelTexts {
  story: readonly string[];
  junk: readonly string[];
  nav: readonly string[];
}

export interface PageAfterCleaning {
  /** Compacted chapter text left, and the page's visible text after cleaning. */
  chapterText: string;
  pageText: string;
  /** Compacted texts of the links left on the page. */
  links: ReadonlySet<string>;
}

export interface PageFigures {
  junk: number;
  junkGone: number;
  story: number;
  storyLost: number;
  nav: number;
  navKept: number;
  /** The labelled lines behind the counts, for a reader of the report. */
  junkLeft: string[];
  storyMissing: string[];
  navMissing: string[];
}

export function measurePage(label: PageLabelTexts, after: PageAfterCleaning): PageFigures {
  const junkLeft = label.junk.filter((line) => after.pageText.includes(compactText(line)));
  const storyMissing = label.story.filter((line) => !after.chapterText.includes(compactText(line)));
  const navMissing = label.nav.filter((text) => !after.links.has(compactText(text)));
  return {
    junk: label.junk.length,
    junkGone: label.junk.length - junkLeft.length,
    story: label.story.length,
    storyLost: storyMissing.length,
    nav: label.nav.length,
    navKept: label.nav.length - navMissing.length,
    junkLeft,
    storyMissing,
    navMissing,
  };
}

export type Totals = Pick<PageFigures, 'junk' | 'junkGone' | 'story' | 'storyLost' | 'nav' | 'navKept'> & {
  pages: number;
};

export function sumFigures(pages: readonly PageFigures[]): Totals {
  const totals: Totals = { pages: 0, junk: 0, junkGone: 0, story: 0, storyLost: 0, nav: 0, navKept: 0 };
  for (const page of pages) {
    totals.pages++;
    totals.junk += page.junk;
    totals.junkGone += page.junkGone;
    totals.story += page.story;
    totals.storyLost += page.storyLost;
    totals.nav += page.nav;
    totals.navKept += page.navKept;
  }
  return totals;
}

/** A share as a percentage with one decimal, or "–" when there is nothing to count. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/**
 * A page's chapter lines against the shipped story: which shipped line each page line copies, what
 * it repairs there, and whether the page as a whole is an intact copy worth repairing from.
 */
import { alignLine, type LineMatch } from './align-line.ts';
import { foldLine } from './fold-line.ts';
import { candidatesFor, type ShippedIndex } from './shipped-index.ts';

/** One page line (or a few, joined) that copies shipped line `line` (an index into the story). */
export interface AlignedLine {
  line: number;
  /** The page's line, trimmed; page lines joined end to end when the site cut the paragraph. */
  text: string;
  match: LineMatch;
}

/**
 * - `repairs`: an intact copy; its aligned lines repair the reading;
 * - `same-as-shipped`: the chapter damaged as shipped (or too little repaired to trust its order);
 * - `damaged-another-way`: its differences break the direction rule;
 * - `not-this-chapter`: too few of its lines are the shipped chapter's (another chapter).
 */
export type PageVerdict = 'repairs' | 'same-as-shipped' | 'damaged-another-way' | 'not-this-chapter';

export interface PageAlignment {
  verdict: PageVerdict;
  /** Page lines long enough to judge (lines joined again count once). */
  considered: number;
  /** Page lines that copy a shipped line (each shipped line counted once). */
  aligned: number;
  /** Aligned lines whose differences break the direction rule. */
  wrongLines: number;
  /** Aligned lines that differ from the shipped ones in some character. */
  repairedLines: number;
  /** The aligned lines that keep the direction rule, in page order. */
  lines: AlignedLine[];
}

export const PAGE_POLICY = {
  /** Lines of fewer symbols (a bare name, 第一章) say nothing either way and are not counted. */
  minSymbols: 4,
  /** A paragraph a site cut at its sentences is found again from this many page lines at most. */
  maxJoined: 6,
  /**
   * Share of the page's chapter lines that must copy a shipped line. A page carrying this chapter
   * keeps little else after cleaning (a title, a line the site added), so nearly all of its lines
   * align; another chapter of the same novel aligns none of its own lines in the decoy tests, and
   * one that quotes ten of this chapter's lines aligns just those (10 of 101). 0.6 leaves room for
   * lines a site added or merged.
   */
  minAlignedShare: 0.6,
  /** And at least this share of the shipped story: a handful of short lines proves nothing. */
  minAlignedStoryShare: 0.1,
  /** Aligned lines allowed to break the direction rule (a site's own typo) before the page is out. */
  maxWrongShare: 1 / 50,
  /**
   * Share of aligned lines that must repair something. Nearly every line from 11 on carries a
   * damaged character, so an intact copy repairs most; a copy damaged as shipped repairs none, and
   * its order is the site's shuffle, not the original.
   */
  minRepairedShare: 1 / 5,
};

function verdictOf(counts: Omit<PageAlignment, 'verdict' | 'lines'>, storyLines: number): PageVerdict {
  const { considered, aligned, wrongLines, repairedLines } = counts;
  if (aligned < considered * PAGE_POLICY.minAlignedShare) return 'not-this-chapter';
  if (aligned < Math.max(1, storyLines * PAGE_POLICY.minAlignedStoryShare)) return 'not-this-chapter';
  if (wrongLines > aligned * PAGE_POLICY.maxWrongShare) return 'damaged-another-way';
  if (repairedLines < aligned * PAGE_POLICY.minRepairedShare) return 'same-as-shipped';
  return 'repairs';
}

/** The first shipped line not yet taken that `text` copies, with how. */
function findLine(index: ShippedIndex, taken: ReadonlySet<number>, text: string) {
  const page = foldLine(text);
  for (const line of candidatesFor(index, page)) {
    if (taken.has(line)) continue;
    const match = alignLine(index.lines[line]!, page);
    if (match) return { line, text: page.text, match };
  }
  return null;
}

/** A page line of closing marks only: what a cut after 。！？ leaves of a quotation's end. */
const CLOSING_ONLY = /^[”’」』）)\]】》]+$/u;

/** The page line at `first` alone, or joined with the lines after it, that copies a shipped line. */
function findFrom(
  index: ShippedIndex,
  taken: ReadonlySet<number>,
  paragraphs: readonly string[],
  first: number,
) {
  const alone = paragraphs[first]!.trim();
  const found =
    foldLine(alone).symbols.length >= PAGE_POLICY.minSymbols ? findLine(index, taken, alone) : null;
  if (found) return { found, used: 1 };
  let joined = alone;
  for (let used = 2; used <= PAGE_POLICY.maxJoined && first + used <= paragraphs.length; used++) {
    joined += paragraphs[first + used - 1]!.trim();
    const piece = findLine(index, taken, joined);
    if (piece) return { found: piece, used };
  }
  return null;
}

/**
 * The shipped line that page lines `first`… copy: the line alone, or joined with the lines after it
 * when the site cut one paragraph at its sentences, with the closing quotation marks such a cut
 * leaves on lines of their own. `used` is how many page lines it takes.
 */
function alignAt(
  index: ShippedIndex,
  taken: ReadonlySet<number>,
  paragraphs: readonly string[],
  first: number,
) {
  const aligned = findFrom(index, taken, paragraphs, first);
  if (!aligned) return null;
  let { found, used } = aligned;
  while (first + used < paragraphs.length && CLOSING_ONLY.test(paragraphs[first + used]!.trim())) {
    found = { ...found, text: found.text + paragraphs[first + used]!.trim() };
    used++;
  }
  return { found, used };
}

/** Aligns `paragraphs` (a page's chapter lines after cleaning) with the indexed shipped story. */
export function alignPage(index: ShippedIndex, paragraphs: readonly string[]): PageAlignment {
  const taken = new Set<number>();
  const lines: AlignedLine[] = [];
  let considered = 0;
  let wrongLines = 0;
  let repairedLines = 0;
  for (let i = 0; i < paragraphs.length;) {
    const aligned = alignAt(index, taken, paragraphs, i);
    if (!aligned) {
      if (foldLine(paragraphs[i]!).symbols.length >= PAGE_POLICY.minSymbols) considered++;
      i++;
      continue;
    }
    const { found, used } = aligned;
    considered++;
    i += used;
    taken.add(found.line);
    if (found.match.wrong > 0) wrongLines++;
    else {
      if (found.match.changed > 0) repairedLines++;
      lines.push(found);
    }
  }
  const counts = { considered, aligned: taken.size, wrongLines, repairedLines };
  return { verdict: verdictOf(counts, index.lines.length), ...counts, lines };
}

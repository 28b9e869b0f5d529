/**
 * Whether a page line is a copy of one shipped line, and what it repairs there. A page line
 * supports a repair when, after folding (fold-line.ts), it is the same text; or the same text but
 * for a few short runs where a name or a word stands; or, for a scrambled line, the same characters
 * in another order. Characters that fold alike but differ are judged by the direction rule
 * (site-damage.ts).
 */
import { charAt, scrambleKey, type FoldedLine } from './fold-line.ts';
import { judgeCharacter, servedFor, isDirected } from './site-damage.ts';

/** A repaired stretch of the page's line (UTF-16 offsets) and what the shipped chapter had there. */
export interface Mark {
  start: number;
  end: number;
  was: string;
  /** `char`: one character of a substitution class; `swap`: a name or word the site replaced. */
  kind: 'char' | 'swap';
}

/** `folded`: same after folding; `swapped`: also some names or words differ; `scrambled`: reordered. */
export type LineHow = 'folded' | 'swapped' | 'scrambled';

export interface LineMatch {
  how: LineHow;
  marks: Mark[];
  /** Characters whose difference breaks the direction rule: the line cannot repair anything. */
  wrong: number;
  /** Characters of the page's line that differ from the shipped ones. */
  changed: number;
}

export const LINE_POLICY = {
  /** A name, or a word the site swapped (简单 → 复杂, 非常 → 样什), is two to four characters. */
  maxRun: 4,
  /** A swapped word may be one character longer or shorter (简单 served as 样). */
  runSlack: 1,
  /** More than a third of a line in swapped runs is another sentence with the same words. */
  maxChangedShare: 1 / 3,
  /** In a shorter line a swapped run could make any line of the cast match: it must fold equal. */
  minSymbolsForRuns: 6,
  /** Fewer characters than this in another order could be a different short line. */
  minSymbolsForScramble: 8,
};

/** A stretch where the two lines differ: shipped symbols [s0, s1) stand where the page has [p0, p1). */
interface Gap {
  s0: number;
  s1: number;
  p0: number;
  p1: number;
}

/** Matched symbol pairs [shipped index, page index], in order. */
type Pairs = Array<[number, number]>;

function positionalPairs(shipped: FoldedLine, page: FoldedLine): Pairs {
  const pairs: Pairs = [];
  shipped.symbols.forEach((symbol, i) => symbol === page.symbols[i] && pairs.push([i, i]));
  return pairs;
}

/** Longest common subsequence of the folded symbols, as matched pairs. */
function lcsPairs(a: readonly number[], b: readonly number[]): Pairs {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const pairs: Pairs = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function gapsOf(pairs: Pairs, shippedLength: number, pageLength: number): Gap[] {
  const gaps: Gap[] = [];
  let s = 0;
  let p = 0;
  for (const [i, j] of [...pairs, [shippedLength, pageLength] as [number, number]]) {
    if (i > s || j > p) gaps.push({ s0: s, s1: i, p0: p, p1: j });
    s = i + 1;
    p = j + 1;
  }
  return gaps;
}

/**
 * True when every gap is a short swapped run and together they are a small part of the line. Both
 * sides of a run must hold something: a run replaces shipped characters, so text a page merely adds
 * (a tag glued on) never passes for a repair, and text it lacks has nothing to be marked on.
 */
function gapsAllowed(gaps: readonly Gap[], shippedLength: number): boolean {
  if (gaps.length === 0) return true;
  if (shippedLength < LINE_POLICY.minSymbolsForRuns) return false;
  let changed = 0;
  for (const { s0, s1, p0, p1 } of gaps) {
    const [shipped, page] = [s1 - s0, p1 - p0];
    if (shipped === 0 || page === 0 || Math.max(shipped, page) > LINE_POLICY.maxRun) return false;
    if (Math.abs(shipped - page) > LINE_POLICY.runSlack) return false;
    changed += Math.max(shipped, page);
  }
  return changed <= shippedLength * LINE_POLICY.maxChangedShare;
}

/** The shipped text from symbol `from` to symbol `to` (exclusive), punctuation between included. */
function shippedSpan(shipped: FoldedLine, from: number, to: number): string {
  return from >= to ? '' : shipped.text.slice(shipped.at[from]!, shipped.at[to - 1]! + 1);
}

function matchFromPairs(shipped: FoldedLine, page: FoldedLine, pairs: Pairs, gaps: Gap[]): LineMatch {
  const marks: Mark[] = [];
  let wrong = 0;
  let changed = 0;
  for (const [i, j] of pairs) {
    const [was, now] = [charAt(shipped, i), charAt(page, j)];
    if (was === now) continue;
    const verdict = judgeCharacter(was, now);
    if (verdict === 'wrong') wrong++;
    if (verdict !== 'repair' && verdict !== 'undirected') continue;
    const start = page.at[j]!;
    marks.push({ start, end: start + 1, was, kind: verdict === 'repair' ? 'char' : 'swap' });
    changed++;
  }
  for (const { s0, s1, p0, p1 } of gaps) {
    const start = page.at[p0]!;
    marks.push({ start, end: page.at[p1 - 1]! + 1, was: shippedSpan(shipped, s0, s1), kind: 'swap' });
    changed += p1 - p0;
  }
  marks.sort((a, b) => a.start - b.start);
  return { how: gaps.length === 0 ? 'folded' : 'swapped', marks, wrong, changed };
}

/** The characters of directed classes in `line`, sorted: what the scrambled line's check compares. */
function directedChars(line: FoldedLine, map: (char: string) => string = (char) => char): string {
  const chars = line.at.map((at) => line.text[at]!).filter(isDirected);
  return chars.map(map).sort().join('');
}

function scrambledMatch(shipped: FoldedLine, page: FoldedLine): LineMatch | null {
  if (shipped.symbols.length < LINE_POLICY.minSymbolsForScramble) return null;
  if (scrambleKey(shipped) !== scrambleKey(page)) return null;
  // Undamaged, or damaged throughout: the page's class characters, served through the map, must
  // be the shipped ones.
  const want = directedChars(shipped);
  const fits = directedChars(page) === want || directedChars(page, servedFor) === want;
  let changed = 0;
  page.symbols.forEach((_, i) => charAt(page, i) !== charAt(shipped, i) && changed++);
  return { how: 'scrambled', marks: [], wrong: fits ? 0 : 1, changed };
}

/** How `page` repairs `shipped`, or null when it is not a copy of that line. */
export function alignLine(shipped: FoldedLine, page: FoldedLine): LineMatch | null {
  const [a, b] = [shipped.symbols, page.symbols];
  if (a.length === 0 || b.length === 0) return null;
  if (a.length === b.length) {
    const pairs = positionalPairs(shipped, page);
    const gaps = gapsOf(pairs, a.length, b.length);
    if (gapsAllowed(gaps, a.length)) return matchFromPairs(shipped, page, pairs, gaps);
  }
  if (Math.abs(a.length - b.length) <= a.length * LINE_POLICY.maxChangedShare) {
    const pairs = lcsPairs(a, b);
    const gaps = gapsOf(pairs, a.length, b.length);
    if (gapsAllowed(gaps, a.length)) return matchFromPairs(shipped, page, pairs, gaps);
  }
  return scrambledMatch(shipped, page);
}

/**
 * Synthesised intact copies of the bundled chapter, for the repair tests. No real original is
 * committed: the shipped damage is a known map, so a plausible original is the shipped text with
 * the map inverted by a fixed choice per class and the swapped words undone
 * (tests/fixtures/bundled/damage.ts), the scrambled line put in a seeded order of its own
 * characters, the site's ASCII punctuation back to full width, and the lines from 11 on taken in a
 * seeded order as the original order. The shipped order is then a known permutation of the
 * original, which repair has to undo.
 */
import { restoreChapter } from '../fixtures/bundled/damage';
import { shuffle } from '../fixtures/bundled/variants';

/** The shipped story's scrambled line (NOTES.md: line 115), as an index. */
export const SCRAMBLED_LINE = 114;
/** Lines 1–10 are clean and in order in the shipped chapter. */
const IN_ORDER = 10;

export interface IntactCopy {
  /** The original's lines, in the original order. */
  lines: string[];
  /** For each original line, the index of the shipped story line it is. */
  shipped: number[];
}

const FULL_WIDTH: Record<string, string> = { ',': '，', '?': '？', '!': '！', ':': '：', ';': '；' };

/** A seeded order of `line`'s ideographs, its final full stop kept: a readable-looking unscramble. */
function unscramble(line: string, seed: number): string {
  const chars = [...line.replace(/[\s,。]/g, '')];
  return shuffle(chars, seed).join('') + '。';
}

export function synthesiseIntactCopy(story: readonly string[], seed: number): IntactCopy {
  const restored = restoreChapter(story);
  restored[SCRAMBLED_LINE] = unscramble(restored[SCRAMBLED_LINE]!, seed);
  const punctuated = restored.map((line) => line.replace(/[,?!:;]/g, (char) => FULL_WIDTH[char]!));
  const rest = story.map((_, i) => i).slice(IN_ORDER);
  const shipped = [...story.keys()].slice(0, IN_ORDER).concat(shuffle(rest, seed));
  return { lines: shipped.map((i) => punctuated[i]!), shipped };
}

/** Whitespace out: how the targets compare lines. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** How many of `expected` appear exactly (whitespace aside) in `shown`, and whether in the same order. */
export function measure(expected: readonly string[], shown: readonly string[]) {
  const wanted = new Map(expected.map((line, i) => [squeeze(line), i]));
  const found = shown.map((line) => wanted.get(squeeze(line))).filter((i): i is number => i !== undefined);
  const inOrder = found.every((i, k) => k === 0 || i > found[k - 1]!);
  return { exact: new Set(found).size, of: expected.length, inOrder };
}

/** Matches of a pattern on a line's folded skeleton, as spans of the line's own text. */
import type { LineView } from './types';

export interface SkeletonMatch {
  start: number;
  end: number;
  match: RegExpMatchArray;
}

/** Every non-empty match of the global `pattern` on the folded skeleton, mapped back to the line. */
export function skeletonMatches(line: LineView, pattern: RegExp): SkeletonMatch[] {
  const found: SkeletonMatch[] = [];
  pattern.lastIndex = 0;
  for (const match of line.folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    found.push({ ...sourceSpanOf(line, match.index, match.index + match[0].length), match });
  }
  return found;
}

/** The span of the line's text that skeleton characters [from, to) came from. */
export function sourceSpanOf(line: LineView, from: number, to: number): { start: number; end: number } {
  const origin = line.skeleton().origin;
  return { start: origin[from]!, end: origin[to - 1]! + 1 };
}

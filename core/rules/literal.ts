/**
 * Literal rules match on skeletons (normalize.ts): the pattern's skeleton is searched in the line's
 * skeleton, so `UＵ看书 ｗww.uukａnｓhu．com` is found by the literal `uu看书 www.uukanshu.com`, and
 * each hit maps back through the skeleton's origin index to a span of the original line.
 *
 * Skeletons drop every separator, which is also how they could over-match: "com" inside "become",
 * or 书 and 阁 from two sentences. Three guards keep a hit honest:
 * - ASCII edges: a pattern starting or ending in a letter/digit must not continue a word in the line;
 * - gaps: between two matched characters the line may hold at most a few dropped characters (what
 *   `精../华../书../阁` needs), none at all for patterns of one or two characters;
 * - the span then grows over the line's copies of the separators the pattern has at its edges:
 *   "(本章完)" takes the brackets of "（本章完）" with it instead of leaving "（）" behind.
 */
import { toSkeleton, type Skeleton } from '../normalize.ts';
import type { Span } from './match.ts';

export interface LiteralPattern {
  /** The pattern's skeleton: what is searched for. */
  key: string;
  /** Source characters the line may skip between matched characters, per gap of `key`. */
  gaps: number[];
  /** The separators the pattern has before its first / after its last skeleton character. */
  lead: string;
  trail: string;
  asciiStart: boolean;
  asciiEnd: boolean;
}

/** A line with its skeleton computed once, however many literal rules look at it. */
export interface LineText {
  readonly text: string;
  skeleton(): Skeleton;
}

/** Skeletons shorter than this match too much to be a rule of their own. */
export const MIN_LITERAL_KEY = 2;
const MAX_GAP = 3;
const FORMAT_CHAR = /\p{Cf}/u;
const ASCII_WORD = /[a-z0-9]/;

/** Wraps a line so its skeleton is computed lazily, at most once. */
export function lineText(text: string): LineText {
  let skeleton: Skeleton | undefined;
  return { text, skeleton: () => (skeleton ??= toSkeleton(text)) };
}

function charWidth(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** Characters between two skeleton origins that the skeleton dropped (format characters are free). */
function droppedBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from + charWidth(text, from); i < to; i++) if (!FORMAT_CHAR.test(text[i]!)) count++;
  return count;
}

/** The literal's search key and guards, or null when it has too few letters, digits or ideographs. */
export function compileLiteral(pattern: string): LiteralPattern | null {
  const skeleton = toSkeleton(pattern);
  const key = skeleton.text;
  if (key.length < MIN_LITERAL_KEY) return null;
  const origin = skeleton.origin;
  const gaps: number[] = [];
  for (let k = 0; k + 1 < key.length; k++) {
    const own = droppedBetween(pattern, origin[k]!, origin[k + 1]!);
    gaps.push(key.length <= 2 ? own : Math.max(own, MAX_GAP));
  }
  const last = origin[origin.length - 1]!;
  return {
    key,
    gaps,
    lead: pattern.slice(0, origin[0]),
    trail: pattern.slice(last + charWidth(pattern, last)),
    asciiStart: ASCII_WORD.test(key[0]!),
    asciiEnd: ASCII_WORD.test(key[key.length - 1]!),
  };
}

function gapsFit(pattern: LiteralPattern, line: string, origin: number[], at: number): boolean {
  for (let k = 0; k < pattern.gaps.length; k++) {
    const from = origin[at + k]!;
    const to = origin[at + k + 1]!;
    if (to !== from && droppedBetween(line, from, to) > pattern.gaps[k]!) return false;
  }
  return true;
}

/** True when skeleton characters at `left` and `left + 1` are both ASCII and adjacent in the line. */
function joinsWord(skeleton: Skeleton, line: string, left: number): boolean {
  const a = skeleton.text[left];
  const b = skeleton.text[left + 1];
  if (a === undefined || b === undefined || !ASCII_WORD.test(a) || !ASCII_WORD.test(b)) return false;
  const from = skeleton.origin[left]!;
  return skeleton.origin[left + 1]! - from <= charWidth(line, from);
}

function fold(char: string): string {
  return char.normalize('NFKC').toLowerCase();
}

/** Grows a hit over the line's copies of the separators the pattern has at its edges. */
function widen(pattern: LiteralPattern, line: string, first: number, end: number): Span {
  let start = first;
  for (let k = pattern.lead.length - 1; k >= 0 && start > 0; k--) {
    if (fold(line[start - 1]!) !== fold(pattern.lead[k]!)) break;
    start--;
  }
  let stop = end;
  for (let k = 0; k < pattern.trail.length && stop < line.length; k++) {
    if (fold(line[stop]!) !== fold(pattern.trail[k]!)) break;
    stop++;
  }
  return [start, stop];
}

/** Every guarded occurrence of the literal in the line, as spans of the original text. */
export function findLiteral(pattern: LiteralPattern, line: LineText): Span[] {
  const skeleton = line.skeleton();
  const spans: Span[] = [];
  for (let at = skeleton.text.indexOf(pattern.key); at >= 0;) {
    const end = at + pattern.key.length;
    const ok =
      !(pattern.asciiStart && joinsWord(skeleton, line.text, at - 1)) &&
      !(pattern.asciiEnd && joinsWord(skeleton, line.text, end - 1)) &&
      gapsFit(pattern, line.text, skeleton.origin, at);
    if (ok) {
      const first = skeleton.origin[at]!;
      const last = skeleton.origin[end - 1]!;
      spans.push(widen(pattern, line.text, first, last + charWidth(line.text, last)));
    }
    at = skeleton.text.indexOf(pattern.key, ok ? end : at + 1);
  }
  return spans;
}

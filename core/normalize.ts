/**
 * Text skeletons for matching: the same spam line written with full-width letters, mixed case,
 * stylised Unicode, zero-width characters or separators between every character reduces to one
 * skeleton. Each skeleton character remembers the index of the original character it came from,
 * so a match on the skeleton maps back to a span of the original text.
 */

export interface Skeleton {
  /** NFKC-folded, lower-cased letters, digits and ideographs; no punctuation, symbols or spaces. */
  text: string;
  /** `origin[i]` is the UTF-16 index in the source of the character that produced `text[i]`. */
  origin: number[];
}

import { isStableHanCode } from './text/han';

const SEPARATOR = /[\p{P}\p{S}\p{Z}\p{C}\s]/u;
const ASCII_KEEP = /[a-z0-9]/;

/**
 * Walks `source` and hands each run of skeleton text to `emit` with the source index of each of its
 * characters. Most ideographs are their own NFKC form and have no case: a run of them goes out as
 * one slice, which is most of a Chinese line.
 */
function foldSource(source: string, emit: (piece: string, at: number, run: number) => void): void {
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    if (isStableHanCode(code)) {
      let end = i + 1;
      while (end < source.length && isStableHanCode(source.charCodeAt(end))) end++;
      emit(source.slice(i, end), i, end - i);
      i = end;
      continue;
    }
    const point = source.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const kept = width === 1 ? keptOfUnit(code) : keptOf(source.slice(i, i + 2));
    if (kept !== '') emit(kept, i, 0);
    i += width;
  }
}

/** What one character leaves in a skeleton: its NFKC, lower-cased form without separators. */
function keptOf(char: string): string {
  const code = char.charCodeAt(0);
  const folded = code < 0x80 ? char.toLowerCase() : char.normalize('NFKC').toLowerCase();
  let kept = '';
  for (const piece of folded) {
    const keep = piece.length === 1 && piece < '\u0080' ? ASCII_KEEP.test(piece) : !SEPARATOR.test(piece);
    if (keep) kept += piece;
  }
  return kept;
}

/** keptOf per UTF-16 unit, remembered: a page repeats the same few dozen punctuation marks. */
const keptByUnit = new Map<number, string>();

function keptOfUnit(code: number): string {
  let kept = keptByUnit.get(code);
  if (kept === undefined) keptByUnit.set(code, (kept = keptOf(String.fromCharCode(code))));
  return kept;
}

/** Reduces `source` to its skeleton with an index map back into `source`. */
export function toSkeleton(source: string): Skeleton {
  let text = '';
  const origin: number[] = [];
  foldSource(source, (piece, at, run) => {
    text += piece;
    if (run > 0) for (let k = 0; k < run; k++) origin.push(at + k);
    else for (let k = 0; k < piece.length; k++) origin.push(at);
  });
  return { text, origin };
}

/**
 * Characters a skeleton drops whatever surrounds them: ASCII other than letters and digits, and the
 * spaces and punctuation of Chinese text (separators, or full-width forms of ASCII punctuation).
 */
const DROPPED =
  '\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\u00a0\\u3000、。，！？：；“”‘’…—·《》（）【】「」『』〈〉～';
/** A line of stable ideographs, ASCII letters and digits, and DROPPED: most lines of a chapter. */
const PLAIN_LINE = new RegExp(`^[\\u3400-\\u4dbf\\u4e00-\\u9fffa-zA-Z0-9${DROPPED}]*$`);
const DROPPED_RUN = new RegExp(`[${DROPPED}]+`, 'g');
const UPPER = /[A-Z]/;

/** The text of `toSkeleton(source)` alone, for the many lines that never need the index map. */
export function skeletonText(source: string): string {
  // A plain line's skeleton is the line without DROPPED, in lower case: found by native scans.
  if (PLAIN_LINE.test(source)) {
    const kept = source.replace(DROPPED_RUN, '');
    return UPPER.test(kept) ? kept.toLowerCase() : kept;
  }
  let text = '';
  foldSource(source, (piece) => void (text += piece));
  return text;
}

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;
const WHITESPACE = /\s+/g;

/** NFKC with whitespace and zero-width characters removed: how story text is compared for loss. */
export function compactText(source: string): string {
  return source.normalize('NFKC').replace(ZERO_WIDTH, '').replace(WHITESPACE, '');
}

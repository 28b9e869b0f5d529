/**
 * A line as repair compares it: one symbol per ideograph, letter or digit, folded the way the
 * fingerprint folds them (substitution classes to one symbol, width and case away), with where each
 * symbol stands in the text. Punctuation and whitespace give no symbol, so a re-punctuated copy
 * compares equal. Unlike the fingerprint's shingles, a Latin word stays one symbol per letter here:
 * repair needs every character's place.
 */
import { foldCharCode } from '../fingerprint-fold.ts';

export interface FoldedLine {
  text: string;
  symbols: number[];
  /** Index in `text` of each symbol's character. */
  at: number[];
}

export function foldLine(text: string): FoldedLine {
  const symbols: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldCharCode(text.charCodeAt(i));
    if (folded === 0) continue;
    symbols.push(folded);
    at.push(i);
  }
  return { text, symbols, at };
}

/** The character of `line` at symbol `index`. */
export function charAt(line: FoldedLine, index: number): string {
  return line.text[line.at[index]!]!;
}

/** The folded symbols as one string: a key for exact lookups. */
export function foldedKey(line: FoldedLine): string {
  return String.fromCharCode(...line.symbols);
}

/** The folded symbols sorted: equal for two lines holding the same characters in any order. */
export function scrambleKey(line: FoldedLine): string {
  return String.fromCharCode(...[...line.symbols].sort((a, b) => a - b));
}

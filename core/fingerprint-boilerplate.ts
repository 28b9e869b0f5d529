/**
 * The bundled chapter's site boilerplate (its footer: a reposting notice and a copyright line). It is
 * recognised by near-identity only, because a false "boilerplate" on a story line would delete story:
 * a line must be made mostly of the footer's symbols and symbol pairs and carry a good part of one
 * footer line before it counts.
 */
import { foldSymbols } from './fingerprint-fold';

/** What a site footer says; a line is footer only inside the trailing run that matches these. */
const FOOTER_PATTERNS: readonly RegExp[] = [
  /copyright|all rights reserved|版权所有/i,
  /本站.{0,20}(转载|收集|网友|网络)|转载至本站|网友上传/,
];

/**
 * Shares of a line's symbols and symbol pairs that must be the footer's. Pairs are let go to 0.7 so
 * that "2020-2025" or "西红柿小说网" still read as the footer; MIN_CARRIED is what keeps story out.
 */
const MIN_SYMBOLS = 0.8;
const MIN_PAIRS = 0.7;
/**
 * Share of one footer line's pairs the line must carry. A story sentence may well be made of the
 * footer's words (只是为了让更多读者欣赏), but it cannot also carry half of a footer line's pairs.
 */
const MIN_CARRIED = 0.5;
/** Lines of fewer symbols are too short to tell anything. */
const MIN_KEY_LENGTH = 6;

/** Number of trailing paragraphs that are site footer rather than story (build time). */
export function countFooterLines(paragraphs: readonly string[]): number {
  let count = 0;
  while (count < paragraphs.length) {
    const line = paragraphs[paragraphs.length - 1 - count]!;
    if (!FOOTER_PATTERNS.some((pattern) => pattern.test(line))) break;
    count++;
  }
  return count;
}

/** The comparable form of a footer line: its folded symbols (fingerprint-fold.ts), where years fold away. */
export function boilerplateKey(line: string): string {
  return String.fromCharCode(...foldSymbols(line).symbols);
}

/** Adjacent symbol pairs, as numbers. */
function pairsOf(symbols: ArrayLike<number>): Set<number> {
  const pairs = new Set<number>();
  for (let i = 1; i < symbols.length; i++) pairs.add(symbols[i - 1]! * 0x10000 + symbols[i]!);
  return pairs;
}

/** Footer keys prepared for lookups. */
export interface BoilerplateIndex {
  lines: Set<number>[];
  all: Set<number>;
  /** Which symbols occur in the footer at all: a cheap first test that most lines fail. */
  symbols: Uint8Array;
}

/** Prepares the fingerprint's footer keys for `isBoilerplate`. */
export function indexBoilerplate(keys: readonly string[]): BoilerplateIndex {
  const codes = keys.map((key) => Array.from(key, (char) => char.charCodeAt(0)));
  const lines = codes.map(pairsOf);
  const symbols = new Uint8Array(0x10000);
  for (const code of codes.flat()) symbols[code] = 1;
  return { lines, all: new Set(lines.flatMap((pairs) => [...pairs])), symbols };
}

/** True when the folded line is a footer line or a close variant (other year, punctuation, case). */
export function isBoilerplate(index: BoilerplateIndex, symbols: Uint16Array): boolean {
  if (index.lines.length === 0 || symbols.length < MIN_KEY_LENGTH) return false;
  let known = 0;
  for (const symbol of symbols) known += index.symbols[symbol]!;
  if (known < symbols.length * MIN_SYMBOLS) return false;
  const pairs = pairsOf(symbols);
  let shared = 0;
  for (const pair of pairs) if (index.all.has(pair)) shared++;
  if (shared < pairs.size * MIN_PAIRS) return false;
  return index.lines.some((footer) => {
    let carried = 0;
    for (const pair of footer) if (pairs.has(pair)) carried++;
    return carried >= footer.size * MIN_CARRIED;
  });
}

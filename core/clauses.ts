/**
 * Splits a line into clauses at strong punctuation and brackets, the places where a spam sentence
 * glued to a story sentence can begin or end. Separators inside a disguised word ("本.章.未.完")
 * are not clause breaks: only the punctuation listed here is.
 */
import { quoteRoles, type QuoteRole } from './text/quotes';

const CLAUSE_BREAK = /[，,。！!？?；;：:、【】[\]（）()「」『』“”"《》〈〉…|｜~～—\s]/;

export interface Clause {
  start: number;
  end: number;
}

/** Clauses of `text` as half-open spans, punctuation excluded, in order. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const isBreak = i === text.length || CLAUSE_BREAK.test(text[i]!);
    if (isBreak && start >= 0) {
      clauses.push({ start, end: i });
      start = -1;
    } else if (!isBreak && start < 0) start = i;
  }
  return clauses;
}

const FULL_STOP = /[。！？…]/;
const ASCII_STOP = /[!?]/;
const LATIN = /[A-Za-z0-9]/;

/** True when position i (0 < i < length) starts a new segment of `text`. */
function startsSegment(text: string, i: number, roles: ReadonlyMap<number, QuoteRole>): boolean {
  const previous = text[i - 1]!;
  const char = text[i]!;
  if (roles.get(i) === 'open' && roles.get(i - 1) !== 'open') return true;
  if (/\s/.test(char)) return false;
  if (/\s/.test(previous)) return !(LATIN.test(char) && LATIN.test(text[i - 2] ?? ''));
  if (FULL_STOP.test(char) || roles.get(i) === 'close' || ASCII_STOP.test(char)) return false;
  // ASCII ? and ! end sentences too. Sites also write "?" for the name dot (安德鲁?威尔逊); a
  // segment boundary there is harmless, since only a segment with strong evidence is ever cut.
  return FULL_STOP.test(previous) || roles.get(i - 1) === 'close' || ASCII_STOP.test(previous);
}

/**
 * Where a line may be cut in two: after sentence ends and closing quotes, before opening quotes, and
 * at spaces between words that are not both Latin ("Yoshua Bengio" stays whole).
 */
export function sentenceBoundaries(text: string): number[] {
  const cuts: number[] = [];
  const roles = quoteRoles(text);
  let depth = roles.get(0) === 'open' ? 1 : 0;
  for (let i = 1; i < text.length; i++) {
    // Inside quotes only sentence ends split: a space in a quoted phrase is part of it.
    const split = startsSegment(text, i, roles) && (depth === 0 || !/\s/.test(text[i - 1]!));
    if (split) cuts.push(i);
    const role = roles.get(i);
    if (role === 'open') depth++;
    else if (role === 'close') depth = Math.max(0, depth - 1);
  }
  return cuts;
}

/**
 * Splits a line into clauses at strong punctuation and brackets, the places where a spam sentence
 * glued to a story sentence can begin or end. Separators inside a disguised word ("本.章.未.完")
 * are not clause breaks: only the punctuation listed here is.
 */

const CLAUSE_BREAK = /[，,。！!？?；;：:、【】[\]（）()「」『』“”"《》〈〉…|｜~～—\s]/;
const SENTENCE_END = /[。！!？?…”」』]/;

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

/** Offsets just after each sentence end (or whitespace run) where a line may be split in two. */
export function sentenceBoundaries(text: string): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (SENTENCE_END.test(char) && (next === undefined || !SENTENCE_END.test(next))) cuts.push(i + 1);
    else if (/\s/.test(char) && next !== undefined && !/\s/.test(next) && i > 0) cuts.push(i + 1);
  }
  return cuts.filter((cut) => cut > 0 && cut < text.length);
}

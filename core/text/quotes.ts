/**
 * Quotation, once for the whole engine: curly double and single quotes, corner brackets 「」 and
 * 『』, and the ASCII double quote that many reposting sites put in place of full-width ones.
 * Dialogue is the story text spam rules most often destroy, so every part of the engine that asks
 * "is this quoted?" asks here, and a line in ASCII quotes is treated as the same line in curly ones.
 */

/** Opening mark → closing mark. The ASCII double quote closes itself. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '"': '"',
};

/** True when `char` can open a quotation. */
export function isOpeningQuote(char: string): boolean {
  return QUOTE_PAIRS[char] !== undefined;
}

export type QuoteRole = 'open' | 'close';

/**
 * What each quotation mark of a line does, by position. A mark closes the innermost open quotation
 * when it is that quotation's closer; otherwise an opener opens one. The ASCII double quote closes
 * one it opened, else opens: the same mark both ways, told apart by what is open.
 */
export function quoteRoles(line: string): Map<number, QuoteRole> {
  const roles = new Map<number, QuoteRole>();
  const open: string[] = [];
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    const closing = open.length > 0 ? QUOTE_PAIRS[open[open.length - 1]!] : undefined;
    if (char === closing) {
      open.pop();
      roles.set(i, 'close');
    } else if (isOpeningQuote(char)) {
      open.push(char);
      roles.set(i, 'open');
    }
  }
  return roles;
}

/**
 * The quoted stretches of a line as half-open spans, marks included, outermost only. An unclosed
 * quotation runs to the end of the line (dialogue often continues over several lines).
 */
export function quotedRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (const [at, role] of quoteRoles(line)) {
    if (role === 'open' && depth++ === 0) start = at;
    else if (role === 'close' && --depth === 0) ranges.push([start, at + 1]);
  }
  if (depth > 0) ranges.push([start, line.length]);
  return ranges;
}

/** 1 where a character of `line` sits inside quotation marks (the marks included), else 0. */
export function quotedMask(line: string): Uint8Array {
  const mask = new Uint8Array(line.length);
  for (const [start, end] of quotedRanges(line)) mask.fill(1, start, end);
  return mask;
}

/** True when the line, leading space aside, opens with a quotation mark. */
export function opensWithQuote(line: string): boolean {
  const first = line.trimStart()[0];
  return first !== undefined && isOpeningQuote(first);
}

/**
 * Recognising quoted dialogue, the story text spam rules most often destroy: community packs have
 * deleted lines like “……你们两个搞了什么PY交易啊……” because a spam keyword appeared inside.
 */
import type { Span } from './match.ts';

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/** The quoted stretches of a line, quotes included; an unclosed quote runs to the end of the line. */
export function quotedRanges(line: string): Span[] {
  const ranges: Span[] = [];
  for (let i = 0; i < line.length; i++) {
    const close = PAIRS[line[i]!];
    if (close === undefined) continue;
    const end = line.indexOf(close, i + 1);
    const stop = end < 0 ? line.length : end + 1;
    ranges.push([i, stop]);
    i = stop - 1;
  }
  return ranges;
}

function solidLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** True for a line that opens with a quote or is mostly inside quotes. */
export function isDialogueLine(line: string): boolean {
  const trimmed = line.trimStart();
  if (trimmed !== '' && PAIRS[trimmed[0]!] !== undefined) return true;
  const quoted = quotedRanges(line).reduce(
    (sum, [start, end]) => sum + solidLength(line.slice(start, end)),
    0,
  );
  return quoted > 0 && quoted * 2 >= solidLength(line);
}

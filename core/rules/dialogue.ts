/**
 * Recognising quoted dialogue, the story text spam rules most often destroy: community packs have
 * deleted lines like “……你们两个搞了什么PY交易啊……” because a spam keyword appeared inside.
 */
import { opensWithQuote, quotedRanges } from '../text/quotes';

export { quotedRanges };

function solidLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** True for a line that opens with a quote or is mostly inside quotes. */
export function isDialogueLine(line: string): boolean {
  if (opensWithQuote(line)) return true;
  const quoted = quotedRanges(line).reduce(
    (sum, [start, end]) => sum + solidLength(line.slice(start, end)),
    0,
  );
  return quoted > 0 && quoted * 2 >= solidLength(line);
}

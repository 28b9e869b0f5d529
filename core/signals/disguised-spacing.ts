/**
 * Disguised spam puts a separator between nearly every character (本.章.未.完 / 精../华../书.):
 * such a run is strong evidence. A run is at least four spaced characters, and most of its
 * ideographs are spaced; story never writes like that.
 */
import { countHan, isHanCode } from '../text/han';
import type { LineSignal, RuleEvidence } from './types';

const SPACER = /[./\\\-_*`|~^'+&@#;:]/;
/** SPACER by character code: the run scan asks it of the character after every ideograph. */
const SPACER_CODES = new Uint8Array(128);
for (const char of "./\\-_*`|~^'+&@#;:") SPACER_CODES[char.charCodeAt(0)] = 1;

function isSpacerCode(code: number): boolean {
  return code < 128 && SPACER_CODES[code] === 1;
}

/** The run ends after its last character and the separators or punctuation that trail it. */
function trailingSpacers(text: string, end: number): number {
  let at = end;
  while (at < text.length && (SPACER.test(text[at]!) || /[!！~～。，,]/.test(text[at]!))) at++;
  return at;
}

/** The span of the spaced run in `text`, or null. */
export function spacedRun(text: string): [number, number] | null {
  if (!SPACER.test(text)) return null;
  let first = -1;
  let last = -1;
  let spaced = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && j - i <= 3 && isSpacerCode(text.charCodeAt(j))) j++;
    if (j > i + 1 && j < text.length && isHanCode(text.charCodeAt(j))) {
      if (first < 0) first = i;
      spaced++;
      last = j + 1;
    }
  }
  if (spaced < 4) return null;
  const inRun = countHan(text, first, last);
  return spaced >= inRun * 0.6 ? [first, Math.min(text.length, trailingSpacers(text, last))] : null;
}

export const disguisedSpacing: LineSignal = {
  rules: ['disguised-spacing'],
  evaluate(line): RuleEvidence[] {
    const run = spacedRun(line.text);
    return run ? [{ rule: 'disguised-spacing', strength: 'strong', start: run[0], end: run[1] }] : [];
  },
};

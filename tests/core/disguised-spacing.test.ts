/**
 * Spaced runs (本.章.未.完): the scan reads separators by character code; it must find exactly the
 * runs the regular-expression reading of the same rule finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spacedRun } from '@/core/signals/disguised-spacing';
import { countHan, isHanCode } from '@/core/text/han';

const SPACER = /[./\\\-_*`|~^'+&@#;:]/;

/** The rule read with regular expressions, character by character. */
function spacedRunByPattern(text: string): [number, number] | null {
  if (!SPACER.test(text)) return null;
  let first = -1;
  let last = -1;
  let spaced = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && j - i <= 3 && SPACER.test(text[j]!)) j++;
    if (j > i + 1 && j < text.length && isHanCode(text.charCodeAt(j))) {
      if (first < 0) first = i;
      spaced++;
      last = j + 1;
    }
  }
  if (spaced < 4) return null;
  let end = last;
  while (end < text.length && (SPACER.test(text[end]!) || /[!！~～。，,]/.test(text[end]!))) end++;
  return spaced >= countHan(text, first, last) * 0.6 ? [first, Math.min(text.length, end)] : null;
}

const spacedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."./\\-_*`|~^'+&@#;:!！~～。，, a1"),
    fc.constantFrom(...'本章未完精华书阁无错首发他说'),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 40,
});

/** Ideographs with zero to three marks after each: runs, nearly runs, and runs broken off. */
const markedText = fc
  .array(
    fc.tuple(
      fc.constantFrom(...'本章未完精华书阁无错首发他说'),
      fc.string({ unit: fc.constantFrom(..."./\\-_*`|~^'+&@#;:!！~～。，, a"), maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([han, marks]) => han + marks).join(''));

describe('disguised spacing', () => {
  it('finds the spaced run of a disguised notice', () => {
    expect(spacedRun('精../华../书../阁../无../错../首../发~~')).toEqual([0, 31]);
    expect(spacedRun('他说：“好。”')).toBeNull();
  });

  it('finds the runs the pattern reading finds, on any text', () => {
    fc.assert(
      fc.property(
        spacedText,
        (text) => JSON.stringify(spacedRun(text)) === JSON.stringify(spacedRunByPattern(text)),
      ),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        markedText,
        (text) => JSON.stringify(spacedRun(text)) === JSON.stringify(spacedRunByPattern(text)),
      ),
      { numRuns: 5000 },
    );
  });
});

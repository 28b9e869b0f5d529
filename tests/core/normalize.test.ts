/** Skeletons: the text-only fast form must be exactly the text of the mapped form. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skeletonText, toSkeleton } from '@/core/normalize';

const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ...'本章未完，请点击下一页。“他说：”ＷＷＷ．ｂｉｑｕｇｅ．ｃｏｍ\u200b\u00ad·—…ⅫＡé𠀀🙂々〇',
    ),
    fc.integer({ min: 0x20, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 60,
});

/** Text of the kind most chapter lines are: ideographs, ASCII, and Chinese spaces and punctuation. */
const plainText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'\u00a0\u3000、。，！？：；“”‘’…—·《》（）【】「」『』〈〉～'),
    fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x3400, max: 0x4dbf }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 60,
});

describe('skeletons', () => {
  it('folds width, case, separators and zero-width characters, mapping back to the source', () => {
    const source = '本.章\u200b未完 ＷｗＷ．Ｂiquge';
    const skeleton = toSkeleton(source);
    expect(skeleton.text).toBe('本章未完wwwbiquge');
    expect(skeleton.origin.map((at) => source[at])).toEqual([...'本章未完ＷｗＷＢiquge']);
  });

  it('gives the same text with and without the index map, on any text', () => {
    fc.assert(
      fc.property(mixedText, (source) => {
        const skeleton = toSkeleton(source);
        expect(skeletonText(source)).toBe(skeleton.text);
        expect(skeleton.origin).toHaveLength(skeleton.text.length);
        for (let k = 1; k < skeleton.origin.length; k++)
          expect(skeleton.origin[k]!).toBeGreaterThanOrEqual(skeleton.origin[k - 1]!);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same text with and without the index map on plain Chinese and ASCII text', () => {
    expect(skeletonText('第12章 Ｂ“他说：ABC，好。”')).toBe(toSkeleton('第12章 Ｂ“他说：ABC，好。”').text);
    fc.assert(
      fc.property(plainText, (source) => skeletonText(source) === toSkeleton(source).text),
      { numRuns: 3000 },
    );
  });
});

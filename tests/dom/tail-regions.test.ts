/** A region's text as the tail pass measures it: characters counted as the page shows them, spaces left out. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countHan } from '@/core/text/han';
import { measureRegion } from '@/dom/tail-regions';

/** Every code unit `\s` matches, beside ideographs, Latin and punctuation. */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const someText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...SPACES, ...'第一章他说：“好。”ab1\u200b\u0085\u180e'),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 40,
});

function regionOf(loose: string, linked: string): Element {
  const region = document.createElement('div');
  const link = document.createElement('a');
  link.textContent = linked;
  region.append(loose, link);
  return region;
}

describe('tail regions', () => {
  it('counts the characters outside spaces, in and out of links', () => {
    const text = measureRegion(regionOf(' 目录\u3000 ', '第一章 雪夜'));
    expect(text).toMatchObject({ han: 7, linkHan: 5, looseChars: 2, linkChars: 5 });
  });

  it('counts what stripping \\s would leave, on any text', () => {
    fc.assert(
      fc.property(someText, someText, (loose, linked) => {
        const text = measureRegion(regionOf(loose, linked));
        return (
          text.looseChars === loose.replace(/\s+/g, '').length &&
          text.linkChars === linked.replace(/\s+/g, '').length &&
          text.han === countHan(loose) + countHan(linked) &&
          text.linkHan === countHan(linked)
        );
      }),
      { numRuns: 2000 },
    );
  });
});

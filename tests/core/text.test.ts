/** The engine's single definitions of quotation, Han characters and narration markers. */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '@/core/classify-line';
import { sentenceBoundaries } from '@/core/clauses';
import { isDialogueLine } from '@/core/rules/dialogue';
import { countHan, hasHan, isHanCode } from '@/core/text/han';
import { hasNarrationMarker, hasToldSentenceMarker, tellsAboutSomeone } from '@/core/text/narration';
import { opensWithQuote, quotedMask, quotedRanges } from '@/core/text/quotes';

const QUOTE_STYLES: Array<[string, string]> = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
];

describe('quotation', () => {
  it.each(QUOTE_STYLES)('finds the quoted stretch between %s and %s', (open, close) => {
    const line = `他说：${open}下载app，免费看。${close}然后笑了。`;
    const [range] = quotedRanges(line);
    expect(line.slice(...range!)).toBe(`${open}下载app，免费看。${close}`);
    expect(opensWithQuote(`${open}好。${close}`)).toBe(true);
    expect(isDialogueLine(`${open}下载app，免费看。${close}`)).toBe(true);
  });

  it('runs an unclosed quotation to the end of the line and nests marks', () => {
    expect(quotedRanges('他说："走吧')).toEqual([[3, 6]]);
    expect(quotedRanges('“他说‘好’，又走了。”后来')).toEqual([[0, 12]]);
    expect(Array.from(quotedMask('a"b"c'))).toEqual([0, 1, 1, 1, 0]);
  });

  it.each(QUOTE_STYLES)('judges a line in %s quotes like the same line in curly quotes', (open, close) => {
    const curly = classifyLine('“下载app，免费看。”');
    expect(curly.action).toBe('flag');
    expect(classifyLine(`${open}下载app，免费看。${close}`)).toEqual(curly);
  });

  it('splits sentences before an ASCII opening quote and after its closing one', () => {
    const line = '他停下来。"走吧。"她说。';
    expect(sentenceBoundaries(line).map((cut) => line.slice(cut))).toEqual(['"走吧。"她说。', '她说。']);
  });
});

describe('Han characters', () => {
  it('counts unified, extension A and compatibility ideographs, and nothing else', () => {
    expect(isHanCode('中'.charCodeAt(0))).toBe(true);
    expect(isHanCode('㐀'.charCodeAt(0))).toBe(true);
    expect(isHanCode('豈'.charCodeAt(0))).toBe(true);
    expect(countHan('abc，中文。ｘ')).toBe(2);
    expect(hasHan('Chapter 1')).toBe(false);
  });
});

describe('narration markers', () => {
  it('tells narration from a notice addressed to the reader', () => {
    expect(hasNarrationMarker('他走了')).toBe(true);
    expect(hasNarrationMarker('走過來')).toBe(true);
    expect(hasNarrationMarker('请您收藏本站')).toBe(false);
    expect(hasNarrationMarker('著作权归作者所有')).toBe(false);
    expect(tellsAboutSomeone('她笑')).toBe(true);
    expect(hasToldSentenceMarker('我把网址给你')).toBe(true);
  });
});

/**
 * The prime invariant on lines written to tempt a cleaner: story that uses spam's own words (手机,
 * 网站, 推荐, 记住, 小说, 红包, 首发, 更新 …), in Simplified and Traditional script, alone and on
 * chapter pages of four shapes with ads around them. Not one may be removed or cut.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { classifyLine, type LineContext } from '@/core/classify-line';
import { compactText } from '@/core/normalize';
import { PageCleaner } from '@/dom/clean-page';
import { PAGE_SHAPES } from '../helpers/bundled-page-templates';
import { loadPage } from '../helpers/load-page';

const PROBES = readFileSync('tests/fixtures/story/probes.txt', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const TRADITIONAL = PROBES.map((line) => toTraditional(line));

const CONTEXT: LineContext = {
  siteNames: ['笔趣阁'],
  pageNames: ['长夜书'],
  titleParts: ['第十章 灯下', '长夜书', '笔趣阁'],
  siteDomains: ['biquge'],
};

const ADS = [
  '天才一秒记住本站地址：www.biquge-demo.com，最快更新！',
  '请收藏本站：https://m.biquge-demo.com。笔趣阁手机版：https://m.biquge-demo.com',
  '（本章未完，请点击下一页继续阅读）',
];

function removedOrCut(lines: readonly string[]): string[] {
  return lines.filter((line) => {
    const action = classifyLine(line, CONTEXT).action;
    return action === 'remove' || action === 'cut';
  });
}

describe('story that uses spam words', () => {
  it('has probes to test', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(150);
  });

  it('keeps every probe line alone, Simplified and Traditional', () => {
    expect(removedOrCut(PROBES)).toEqual([]);
    expect(removedOrCut(TRADITIONAL)).toEqual([]);
  });

  describe.each(PAGE_SHAPES)('on a page of shape $name', (shape) => {
    it.each([
      ['Simplified', PROBES],
      ['Traditional', TRADITIONAL],
    ])('keeps every %s probe, and still removes the ads', (_, probes) => {
      const lines = probes.flatMap((line, index) =>
        index % 25 === 12 ? [line, ADS[index % ADS.length]!] : [line],
      );
      const html = shape.render({ title: '第十章 灯下', book: '长夜书', site: '笔趣阁', lines });
      const page = loadPage(html, `http://${shape.host}/book/10.html`);
      try {
        const cleaner = new PageCleaner(page.document, { host: shape.host });
        expect(cleaner.clean().isChapter).toBe(true);
        const left = compactText(cleaner.paragraphs().join(''));
        expect(probes.filter((line) => !left.includes(compactText(line)))).toEqual([]);
        expect(ADS.filter((ad) => left.includes(compactText(ad)))).toEqual([]);
      } finally {
        page.close();
      }
    });
  });
});

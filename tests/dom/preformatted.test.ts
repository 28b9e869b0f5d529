/**
 * A chapter written as newline-separated text (<pre>, or a box styled white-space: pre-wrap) is one
 * long line to the engine: its junk must still go, sentence by sentence, and its story stay.
 */
import { describe, expect, it } from 'vitest';
import { compactText } from '@/core/normalize';
import { PageCleaner } from '@/dom/clean-page';
import { parseHtml } from '../helpers/parse-html';

const story = Array.from(
  { length: 20 },
  (_, i) => `第${i}句，他推开门，看见院子里的灯笼还亮着，老人坐在火盆边慢慢说道。`,
);
const junk = ['天才一秒记住本站地址：www.ceshi.com，最快更新！', '（本章未完，请翻页）'];
const text = [...story.slice(0, 10), junk[0], ...story.slice(10), junk[1]].join('\n');

describe.each([
  ['<pre>', `<pre id="content">${text}</pre>`],
  ['a pre-wrap box', `<div id="content" style="white-space:pre-wrap">${text}</div>`],
])('a chapter in %s', (_name, box) => {
  it('loses its junk and keeps every story line', () => {
    const doc = parseHtml(
      `<html><head><title>第一章 雪夜_长夜书</title></head><body><h1>第一章 雪夜</h1>${box}<a href="/2.html">下一章</a></body></html>`,
    );
    const cleaner = new PageCleaner(doc);
    expect(cleaner.clean().isChapter).toBe(true);
    const left = compactText(cleaner.paragraphs().join(''));
    expect(story.filter((line) => !left.includes(compactText(line)))).toEqual([]);
    expect(junk.filter((line) => left.includes(compactText(line)))).toEqual([]);
  });
});

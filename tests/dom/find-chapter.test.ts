/**
 * Detection of a chapter that does not sit in one box: a part wrapped in a box of its own (an
 * "unfolded" rest, an ad break) must still be part of the chapter, and a short note beside the
 * chapter or the page around it must not be.
 */
import { describe, expect, it } from 'vitest';
import { findChapter } from '@/dom/find-chapter';
import { collectLines } from '@/dom/lines';
import { parseHtml } from '../helpers/parse-html';

const line = (i: number) => `第${i}句，他推开门，看见院子里的灯笼还亮着，老人坐在火盆边慢慢说道。`;
const brLines = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => line(from + i)).join('<br><br>');
const paragraphs = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${line(from + i)}</p>`).join('');

function page(body: string): Document {
  return parseHtml(
    `<html><head><title>第一章 雪夜_长夜书_测试书屋</title></head><body><h1>第一章 雪夜</h1>${body}` +
      `<div class="nav"><a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></div></body></html>`,
  );
}

function chapterLines(doc: Document): string[] {
  const found = findChapter(doc);
  return found ? collectLines(found.container).map((l) => l.raw.trim()) : [];
}

const ALL = Array.from({ length: 30 }, (_, i) => line(i));

describe('a chapter that runs on outside its largest box', () => {
  it.each([
    [
      'its second part in a box inside the first',
      `<div id="content">${brLines(0, 10)}<br><br><div class="part">${brLines(10, 20)}</div></div>`,
    ],
    [
      'its first part in a box inside the second',
      `<div id="content"><div class="part">${brLines(0, 20)}</div><br>${brLines(20, 10)}</div>`,
    ],
    [
      'paragraphs, the rest in a box of their own',
      `<div id="content">${paragraphs(0, 10)}<div class="more">${paragraphs(10, 20)}</div></div>`,
    ],
    [
      'two boxes side by side in a wrapper',
      `<div class="read">${`<div class="a">${brLines(0, 12)}</div><div class="ad">广告位</div><div class="b">${brLines(12, 18)}</div>`}</div>`,
    ],
  ])('keeps every line when %s', (_name, body) => {
    const lines = chapterLines(page(body));
    expect(ALL.filter((story) => !lines.includes(story))).toEqual([]);
  });

  it('leaves out a short note beside the chapter', () => {
    const doc = page(
      `<div class="main"><p class="note">作者的话：今天更新晚了，抱歉。</p><div id="content">${brLines(0, 30)}</div></div>`,
    );
    expect(findChapter(doc)?.container.id).toBe('content');
  });

  it('never takes the body for the chapter, whatever else the body holds', () => {
    const doc = page(`<div id="content">${brLines(0, 20)}</div>${paragraphs(20, 10)}`);
    const found = findChapter(doc)!;
    expect(found.container).not.toBe(doc.body);
    expect(found.container.id).toBe('content');
  });
});

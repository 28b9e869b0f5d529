/**
 * Chapters the title does not announce: a page saved without its <head> (a numbered heading, the
 * next chapters linked by their titles, a long run of story), a saved fragment holding only the
 * chapter box, and a chapter served in private-use code points a site's own font draws as Han.
 * Pages of the same shapes that are not chapters stay untouched.
 */
import { describe, expect, it } from 'vitest';
import { PageCleaner } from '@/dom/clean-page';
import { passesChapterGate } from '@/dom/gate';
import { parseHtml } from '../helpers/parse-html';

const story = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `<p>第${i + 1}句，他沿着河岸走了很久，雾里亮起一盏灯，她在渡口等着。</p>`,
  ).join('');

/** Text in private-use code points: what the markup holds where a site's font draws ideographs. */
const encoded = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>${String.fromCharCode(...Array.from({ length: 30 }, (_, k) => 0xe3e8 + ((i * 7 + k) % 300)))}。</p>`,
  ).join('');

function clean(html: string) {
  const doc = parseHtml(html);
  const cleaner = new PageCleaner(doc);
  const report = cleaner.clean();
  return { report, gate: passesChapterGate(doc), paragraphs: cleaner.paragraphs() };
}

describe('a chapter page without a title', () => {
  it('is found by its numbered heading and the links to the next chapters', () => {
    const { report, paragraphs } = clean(
      `<div><h1>1、归零</h1><div class="content">${story(20)}</div>` +
        `<div class="next"><a href="/q_2.html">2、亲戚</a><a href="/q_3.html">3、夜雨</a></div></div>`,
    );
    expect({ isChapter: report.isChapter, title: report.title }).toEqual({
      isChapter: true,
      title: '1、归零',
    });
    expect(paragraphs).toHaveLength(20);
  });

  it('is found when only the chapter box was saved, by text that reads as a chapter', () => {
    const { report, gate } = clean(`<div id="content">${story(24)}</div>`);
    expect(gate.reason).toBe('text that reads as a chapter');
    expect(report.isChapter).toBe(true);
  });

  it('is not found for a title-less list of numbered links or a short note', () => {
    const list = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/${i}.html">${i + 1}、第${i + 1}篇</a></li>`,
    ).join('');
    expect(clean(`<div><h1>目录</h1><ul>${list}</ul></div>`).report.isChapter).toBe(false);
    expect(clean(`<div><p>今天天气很好，我们去公园散步了。</p></div>`).report.isChapter).toBe(false);
  });
});

describe('a chapter served in private-use code points', () => {
  it('is found and left whole', () => {
    const { report, paragraphs } = clean(
      `<html><head><title>第十章 夜渡_长河_书城</title></head><body><h1>第十章 夜渡</h1>` +
        `<div class="read">${encoded(40)}</div><a href="/9.html">上一章</a><a href="/11.html">下一章</a></body></html>`,
    );
    expect(report.isChapter).toBe(true);
    expect(paragraphs).toHaveLength(40);
  });
});

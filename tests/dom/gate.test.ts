/**
 * The gate every page passes through: a chapter announces itself by its title, its first heading or
 * the chapter navigation near its top or bottom; index, list and home pages do not get past it.
 */
import { describe, expect, it } from 'vitest';
import { PageCleaner } from '@/dom/clean-page';
import { passesChapterGate } from '@/dom/gate';
import { parseHtml } from '../helpers/parse-html';

const links = (count: number, label: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `<a href="/${i}.html">${label(i)}</a>`).join(' ');
const NAV =
  '<div class="bar"><a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></div>';
const page = (title: string, body: string) =>
  parseHtml(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('the chapter gate', () => {
  it('passes a page whose title names a chapter, without looking further', () => {
    expect(passesChapterGate(page('第十二章 雨夜_某书_某站', '<p>正文</p>'))).toEqual({
      pass: true,
      reason: 'chapter title',
    });
  });

  it('finds the chapter heading after a site header of any length', () => {
    const header = `<div class="header">${links(300, (i) => `频道${i}`)}</div>`;
    const doc = page('某书_某站', `${header}<h1>第十二章 雨夜</h1><div id="content">正文</div>`);
    expect(passesChapterGate(doc).reason).toBe('chapter heading');
  });

  it('finds the navigation bar under a long footer, and above the text', () => {
    const footer = `<div class="footer">${links(90, (i) => `友情链接${i}`)}</div>`;
    const below = page('某书_某站', `<div id="content">正文</div>${NAV}${footer}`);
    expect(passesChapterGate(below).reason).toBe('chapter navigation');
    const header = `<div class="header">${links(40, (i) => `频道${i}`)}</div>`;
    const above = page(
      '某书_某站',
      `${header}${NAV}<div id="content">正文</div>${links(200, (i) => `书${i}`)}`,
    );
    expect(passesChapterGate(above).reason).toBe('chapter navigation');
  });

  it('turns away an index of two thousand chapters, a home page and a page in another language', () => {
    const index = page('某书最新章节列表_某站', `<h1>某书</h1>${links(2000, (i) => `第${i + 1}章 标题`)}`);
    expect(passesChapterGate(index).pass).toBe(false);
    const home = page('某站_免费小说阅读网', `<h1>某站</h1>${links(300, (i) => `书名${i}`)}`);
    expect(passesChapterGate(home).pass).toBe(false);
    expect(passesChapterGate(page('Weather today', NAV)).reason).toBe('no Chinese in the page title');
  });

  it('needs more than page links alone: a paged list is not a chapter, a paged text with its index is', () => {
    const pages = '<a href="/l/1">上一页</a><a href="/l/3">下一页</a>';
    expect(passesChapterGate(page('书库_某站', `<ul>${links(40, (i) => `书${i}`)}</ul>${pages}`)).pass).toBe(
      false,
    );
    const paged = page('某书_某站', `<div id="content">正文</div>${pages}<a href="/">返回目录</a>`);
    expect(passesChapterGate(paged).reason).toBe('page and index navigation');
  });

  it('lets a long page without a title past a glance, and the engine then reads it all, in steps', () => {
    const list = `<ul>${Array.from({ length: 1500 }, (_, i) => `<li><a href="/b/${i}">书名${i}</a></li>`).join('')}</ul>`;
    const index = parseHtml(`<div><h2>全部小说</h2>${list}</div>`);
    expect(passesChapterGate(index)).toEqual({ pass: true, reason: 'a long page without a title' });
    const cleaner = new PageCleaner(index);
    const steps = cleaner.detectSteps();
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThan(2);
    expect(cleaner.report().isChapter).toBe(false);
    const story = Array.from(
      { length: 30 },
      (_, i) => `<p>第${i}句，他沿着河岸走了很久，她在渡口等着。</p>`,
    ).join('');
    const chapter = parseHtml(`<div id="content">${story}</div>`);
    expect(new PageCleaner(chapter).detect().isChapter).toBe(true);
  });
});

/**
 * Late content after the chapter: a late batch judges again only the regions after the chapter that
 * received something, so a list a page fills in later still goes, a list already judged is not
 * measured again at every batch, and the navigation bar keeps its links.
 */
import { describe, expect, it } from 'vitest';
import { PageCleaner } from '@/dom/clean-page';
import { HUGE_REGION_LINKS } from '@/dom/clean-surroundings';
import { drain } from '@/dom/walk';
import { loadPage } from '../helpers/load-page';

const STORY = (i: number) =>
  `\u3000\u3000雪落在屋檐上，他推开第${i}扇木门，看见院子里的灯笼还亮着，老人慢慢说道。`;
const PAGE = `<html><head><title>第一章 雪夜_长夜书_测试书屋</title></head><body>
<h1>第一章 雪夜</h1>
<div id="content">${Array.from({ length: 30 }, (_, i) => `${STORY(i)}<br><br>`).join('\n')}</div>
<div class="bar"><a href="/1.html">上一章</a> <a href="/">目录</a> <a href="/3.html">下一章</a></div>
<div class="later"><h3>热门推荐</h3><ul id="books"></ul></div>
<div class="footer">测试书屋</div>
</body></html>`;

describe('late content after the chapter', () => {
  it('takes out a list of other books the page fills in after the first cleaning, and keeps the navigation', () => {
    const { document: doc, close } = loadPage(PAGE, 'https://www.ceshi.com/b/1/2.html');
    const cleaner = new PageCleaner(doc, { host: 'www.ceshi.com' });
    expect(cleaner.clean().isChapter).toBe(true);
    const books = doc.getElementById('books')!;
    const added = ['万古神帝', '斗破苍穹', '完美世界', '遮天'].map((title, i) => {
      const item = doc.createElement('li');
      const link = item.appendChild(doc.createElement('a'));
      link.setAttribute('href', `/book/${i}/`);
      link.textContent = title;
      return books.appendChild(item);
    });
    const removed = drain(cleaner.cleanAddedSteps(added));
    expect(removed.map(({ text }) => text).join(' ')).toContain('万古神帝');
    expect(doc.body.textContent).not.toContain('斗破苍穹');
    expect([...doc.querySelectorAll('.bar a')].map((link) => link.textContent)).toEqual([
      '上一章',
      '目录',
      '下一章',
    ]);
    expect(doc.getElementById('content')!.textContent).toContain(STORY(29).trim());
    close();
  });
});

describe('a huge list after the chapter', () => {
  it('is left in place, while a list of ordinary size beside it goes', () => {
    const huge = Array.from(
      { length: HUGE_REGION_LINKS + 1 },
      (_, i) => `<li><a href="/b/${i}">书${i}</a></li>`,
    );
    const books = ['万古神帝', '斗破苍穹', '完美世界'].map(
      (title, i) => `<li><a href="/book/${i}/">${title}</a></li>`,
    );
    const page = PAGE.replace('<ul id="books"></ul>', `<ul id="books">${books.join('')}</ul>`).replace(
      '<div class="footer">',
      `<ul id="huge">${huge.join('')}</ul><div class="footer">`,
    );
    const { document: doc, close } = loadPage(page, 'https://www.ceshi.com/b/1/2.html');
    const report = new PageCleaner(doc, { host: 'www.ceshi.com' }).clean();
    expect(report.isChapter).toBe(true);
    expect(doc.getElementById('huge')?.isConnected).toBe(true);
    expect(doc.body.textContent).not.toContain('斗破苍穹');
    close();
  });
});

/**
 * A navigation bar below the chapter that carries the site's own lines between or after its links
 * (a footer, a disclaimer): those lines go, run by run, while every link, the separators between
 * them and anything that is not junk stay.
 */
import { describe, expect, it } from 'vitest';
import { PageCleaner } from '@/dom/clean-page';
import { loadPage } from '../helpers/load-page';

const STORY = (i: number) =>
  `\u3000\u3000雪落在屋檐上，他推开第${i}扇木门，看见院子里的灯笼还亮着，老人慢慢说道。`;
const CHAPTER = `<div id="content">${Array.from({ length: 30 }, (_, i) => `${STORY(i)}<br><br>`).join('\n')}</div>`;
const LINKS = '<a href="/1.html">上一章</a> | <a href="/">目录</a> | <a href="/3.html">下一章</a>';

function clean(bar: string) {
  const html = `<html><head><title>第一章 雪夜_长夜书_测试书屋</title></head><body><h1>第一章 雪夜</h1>${CHAPTER}<div class="bar">${bar}</div></body></html>`;
  const { document: doc, close } = loadPage(html, 'https://www.ceshi.com/b/1/2.html');
  const report = new PageCleaner(doc, { host: 'www.ceshi.com' }).clean();
  const result = {
    removed: report.removed.map(({ text }) => text),
    bar: doc.querySelector('.bar')!.textContent ?? '',
    links: [...doc.querySelectorAll('.bar a')].map((link) => link.textContent),
    story: doc.getElementById('content')!.textContent ?? '',
  };
  close();
  return result;
}

describe('the site’s own lines inside a navigation bar', () => {
  it('go after the links on the same line, and the links and their separators stay', () => {
    const { removed, bar, links } = clean(`${LINKS} 测试书屋 www.ceshi.com 版权所有`);
    expect(removed.join(' ')).toContain('www.ceshi.com');
    expect(bar).not.toContain('www.ceshi.com');
    expect(bar).toContain('上一章 | 目录 | 下一章');
    expect(links).toEqual(['上一章', '目录', '下一章']);
  });

  it('go on a line of their own under the links', () => {
    const { bar, links, story } = clean(
      `${LINKS}<br>本站所有小说均来自网络，测试书屋只提供阅读，版权归原作者所有`,
    );
    expect(bar).not.toContain('本站所有小说');
    expect(links).toEqual(['上一章', '目录', '下一章']);
    expect(story).toContain(STORY(29).trim());
  });

  it('stay when they are not junk', () => {
    const { removed, bar } = clean(`${LINKS}<br>他推开门，雪又下了起来。`);
    expect(removed).toEqual([]);
    expect(bar).toContain('他推开门，雪又下了起来。');
  });
});

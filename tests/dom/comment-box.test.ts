/**
 * A comment box after the chapter (a text area to write in, a prompt, readers' posts) is the site's,
 * not the chapter's: it goes whole, found by its structure rather than by its words, while the
 * navigation bar beside it and a form inside the chapter box stay.
 */
import { describe, expect, it } from 'vitest';
import { PageCleaner } from '@/dom/clean-page';
import { loadPage } from '../helpers/load-page';

const STORY = (i: number) =>
  `\u3000\u3000雪落在屋檐上，他推开第${i}扇木门，看见院子里的灯笼还亮着，老人慢慢说道。`;
const CHAPTER = `<div id="content">${Array.from({ length: 30 }, (_, i) => `${STORY(i)}<br><br>`).join('\n')}</div>`;
const BAR =
  '<div class="bar"><a href="/1.html">上一章</a> <a href="/">目录</a> <a href="/3.html">下一章</a></div>';
/** Made-up posts in the shapes readers write them: they narrate too, which is why words cannot tell. */
const COMMENTS = `<div class="pl"><h3>本章说</h3><div class="post">书友甲：他终于推开那扇门了，等了三章。</div>
<div class="post">书友乙：老人说的话后面肯定有用。</div>
<form action="/post"><textarea name="c" placeholder="说点什么"></textarea><button>发表</button></form></div>`;
const page = (after: string) =>
  `<html><head><title>第一章 雪夜_长夜书_测试书屋</title></head><body><h1>第一章 雪夜</h1>${CHAPTER}${after}</body></html>`;

function clean(html: string) {
  const { document: doc, close } = loadPage(html, 'https://www.ceshi.com/b/1/2.html');
  const report = new PageCleaner(doc, { host: 'www.ceshi.com' }).clean();
  const result = {
    report,
    text: doc.body.textContent ?? '',
    story: doc.getElementById('content')!.textContent ?? '',
    nav: [...doc.querySelectorAll('.bar a')].map((link) => link.textContent),
  };
  close();
  return result;
}

describe('a comment box after the chapter', () => {
  it('goes whole, with its posts and its prompt, and the navigation and the story stay', () => {
    const { report, text, story, nav } = clean(page(`${BAR}${COMMENTS}`));
    expect(report.removed.filter(({ rule }) => rule === 'comment-box')).toHaveLength(1);
    expect(text).not.toContain('书友甲');
    expect(text).not.toContain('本章说');
    expect(nav).toEqual(['上一章', '目录', '下一章']);
    for (let i = 0; i < 30; i++) expect(story).toContain(STORY(i).trim());
  });

  it('goes from a region it shares with the navigation bar, which keeps its links', () => {
    const { text, nav } = clean(page(`<div class="foot">${BAR}${COMMENTS}</div>`));
    expect(text).not.toContain('书友乙');
    expect(nav).toEqual(['上一章', '目录', '下一章']);
  });

  it('is left where it is inside the chapter box: only what follows the chapter is judged so', () => {
    const inside = page('').replace('</div></body>', `${COMMENTS}</div></body>`);
    const { report, text } = clean(inside);
    expect(report.removed.some(({ rule }) => rule === 'comment-box')).toBe(false);
    expect(text).toContain('书友甲');
  });
});

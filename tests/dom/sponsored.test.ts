/**
 * Paid-link widgets around the chapter: the largest box holding only sponsored links and a label goes
 * whole; a box with another link or with text of its own stops the climb below it.
 */
import { describe, expect, it } from 'vitest';
import { Planner } from '@/dom/clean-surroundings';
import { ProtectedSet } from '@/dom/navigation';
import { takeSponsored } from '@/dom/sponsored';
import { loadPage } from '../helpers/load-page';

/** The ids of the boxes planned for removal around the sponsored links of `body`. */
function takenIds(body: string): string[] {
  const page = loadPage(`<!doctype html><html><head><title>第一章</title></head><body>${body}</body></html>`);
  const doc = page.document;
  const container = doc.getElementById('chapter')!;
  const planner = new Planner({ context: {}, keep: new ProtectedSet([container]), container });
  const verdicts = new Map<Element, boolean>();
  for (const link of Array.from(doc.querySelectorAll('a[rel~="sponsored"]')))
    takeSponsored(planner, link, verdicts);
  const taken = planner.planned.flatMap(({ nodes }) => nodes.map((node) => (node as Element).id));
  page.close();
  return taken;
}

const PAID = (n: number) => `<li><a rel="sponsored" href="/ad${n}">广告${n}</a></li>`;

describe('sponsored widgets', () => {
  it('takes the largest box of sponsored links, heading included', () => {
    const taken = takenIds(
      `<div id="chapter"><p>他走了很远的路。</p></div>` +
        `<div id="outer"><div id="widget"><h3>你可能会喜欢</h3><ul>${PAID(1)}${PAID(2)}${PAID(3)}</ul></div>` +
        `<p>这里是页脚说明文字，它写得很长很长，比任何一个小组件的标签都长得多。一二三四五六七八九十</p></div>`,
    );
    expect(taken).toEqual(['widget']);
  });

  it('stops below a box that also holds an ordinary link, wherever it sits', () => {
    const taken = takenIds(
      `<div id="chapter"><p>他走了很远的路。</p></div>` +
        `<div id="mixed"><ul id="paid">${PAID(1)}${PAID(2)}</ul><a href="/next">下一章</a></div>`,
    );
    expect(taken).toEqual(['paid']);
  });

  it('stops below a box with more text of its own than a label', () => {
    const taken = takenIds(
      `<div id="chapter"><p>他走了很远的路。</p></div>` +
        `<div id="wordy"><p>一二三四五六七八九十一二三</p><ul id="paid">${PAID(1)}${PAID(2)}</ul></div>`,
    );
    expect(taken).toEqual(['paid']);
  });
});

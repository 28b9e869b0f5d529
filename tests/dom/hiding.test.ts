/**
 * Hiding instead of removing (dom/hiding.ts, through the journal): what was removed comes back in
 * place and hidden, the page's own nodes keep their identity, lines read past what is hidden,
 * restore one and restore all keep working, and restore all gives back the page's exact
 * serialisation. The stylesheet is put back, at the next check, when the page takes it away.
 */
import { describe, expect, it } from 'vitest';
import type { Removal } from '@/core/types';
import { PageCleaner } from '@/dom/clean-page';
import { drain } from '@/dom/walk';
import { HIDDEN_ATTRIBUTE } from '@/dom/hidden-mark';
import { HIDING_RULES, HIDING_WRAPPER } from '@/dom/hiding';

import { Journal } from '@/dom/journal';
import { collectLines } from '@/dom/lines';
import { parseHtml } from '../helpers/parse-html';

const SPAM: Removal = { kind: 'line', rule: 'site-promo', text: '' };
const STORY = [
  '石阶上的雪已经积了半尺厚，他提着灯笼一步一步往上走，身后留下一串深深的脚印。',
  '山门前的老松被风吹得呜呜作响，枝头的积雪簌簌落下，打湿了他的衣领。',
  '他在门前站了很久，终于抬手叩了三下门环，声音在空荡荡的山谷里传得很远。',
  '过了许久，门里才传来一阵拖沓的脚步声，一个睡眼惺忪的小道童探出头来。',
  '他说他来找一个二十年前就该回来的人，小道童愣了愣，转身往里跑。',
];
const AD_LINE = '天才一秒记住本站地址：www.ceshi-shuwu.com，最快更新！无广告！';
const GLUED = `${STORY[2]}手机用户请浏览m.ceshi-shuwu.com阅读。`;

const SERVED = [...STORY, ...STORY.slice(0, 2), STORY[2]!, ...STORY.slice(3), ...STORY];

/** A chapter page: story lines with a spam line and a glued ad in a <br> box, an ad slot beside it. */
function chapterPage(): Document {
  // Story enough that the two ads stay well under the safety cap.
  const lines = [...STORY, ...STORY.slice(0, 2), AD_LINE, GLUED, ...STORY.slice(3), ...STORY];
  return parseHtml(
    `<!DOCTYPE html><html><head><title>第一章 雪夜_青灯_示例书屋</title></head><body>` +
      `<h1>第一章 雪夜</h1><div id="content">${lines.map((line) => `\u3000\u3000${line}<br><br>`).join('\n')}</div>` +
      `<div class="ad-banner">充值送会员，限时五折</div>` +
      `<a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></body></html>`,
  );
}

const serialised = (doc: Document) => doc.documentElement.outerHTML;
const shown = (doc: Document) => collectLines(doc.body).map((line) => line.raw.trim());

describe('hiding what was removed', () => {
  it('puts every removal back in place and hidden, then restores the exact page', () => {
    const doc = chapterPage();
    const before = serialised(doc);
    const box = doc.getElementById('content')!;
    const cleaner = new PageCleaner(doc);
    const removed = cleaner.clean().removed;
    expect(removed.map(({ rule }) => rule).sort()).toEqual(['ad-slot', 'mobile-app', 'remember-address']);
    cleaner.journal.hideRemovals();
    // Back in the page, hidden: in the box's text, out of its lines; the removal list is unchanged.
    expect(box.textContent).toContain(AD_LINE);
    expect(doc.body.textContent).toContain('充值送会员');
    expect(shown(doc).join('\n')).not.toMatch(/天才一秒|手机用户|充值送会员/);
    expect(cleaner.paragraphs()).toEqual(SERVED);
    expect(cleaner.report().removed.map(({ id }) => id)).toEqual(removed.map(({ id }) => id));
    expect(doc.querySelector('.ad-banner')!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    const wrappers = [...doc.getElementsByTagName(HIDING_WRAPPER)];
    expect(wrappers.map((wrapper) => wrapper.textContent)).toEqual([
      `\n\u3000\u3000${AD_LINE}`,
      '手机用户请浏览m.ceshi-shuwu.com阅读。',
    ]);
    expect(doc.adoptedStyleSheets).toHaveLength(1);

    expect(cleaner.restoreAll()).toBe(3);
    expect(serialised(doc)).toBe(before);
  });

  it("keeps the page's own text node: the same object, in the same box, its text unchanged", () => {
    const doc = chapterPage();
    const box = doc.getElementById('content')!;
    const adNode = [...box.childNodes].find((node) => node.textContent?.includes(AD_LINE))!;
    const cleaner = new PageCleaner(doc);
    cleaner.clean();
    expect(adNode.isConnected).toBe(false);
    cleaner.journal.hideRemovals();
    expect(adNode.isConnected).toBe(true);
    expect(box.contains(adNode)).toBe(true);
    expect((adNode as Text).data).toBe(`\n\u3000\u3000${AD_LINE}`);
    expect((adNode.parentNode as Element).getAttribute(HIDDEN_ATTRIBUTE)).toBe('');
  });

  it('restores one removal at a time, in any order, to the exact page', () => {
    const doc = chapterPage();
    const before = serialised(doc);
    const cleaner = new PageCleaner(doc);
    const ids = cleaner.clean().removed.map(({ id }) => id);
    cleaner.journal.hideRemovals();
    for (const id of [ids[1]!, ids[0]!, ids[2]!]) expect(cleaner.restore(id)).toBe(true);
    expect(serialised(doc)).toBe(before);
  });

  it('hides later removals instead of removing them, and restores them too', () => {
    const doc = chapterPage();
    const before = serialised(doc);
    const cleaner = new PageCleaner(doc);
    cleaner.clean();
    cleaner.journal.hideRemovals();
    const box = doc.getElementById('content')!;
    const late = [doc.createTextNode(`\u3000\u3000（本章未完，请翻页）`), doc.createElement('br')];
    box.append(...late);
    const withLate = serialised(doc);
    const [entry] = drain(cleaner.cleanAddedSteps(late));
    expect(entry?.text).toBe('（本章未完，请翻页）');
    expect(late.every((node) => node.isConnected)).toBe(true);
    expect((late[1] as Element).getAttribute(HIDDEN_ATTRIBUTE)).toBe('');
    expect(cleaner.paragraphs()).toEqual(SERVED);
    expect(cleaner.restore(entry!.id)).toBe(true);
    expect(serialised(doc)).toBe(withLate);
    late.forEach((node) => node.parentNode!.removeChild(node));
    cleaner.restoreAll();
    expect(serialised(doc)).toBe(before);
  });

  it('brings a node the page put back elsewhere to its own place, hidden', () => {
    const box = parseHtml('<body><div id="box"><p>一</p><p>二</p><p>三</p></div></body>').getElementById(
      'box',
    )!;
    const [first, middle] = [...box.children];
    const journal = new Journal();
    const entry = journal.remove([first!], SPAM);
    middle!.after(first!); // the page puts its element back, after the second
    journal.hideRemovals();
    expect(box.childNodes).toHaveLength(3);
    expect([...box.children].map((p) => p.textContent)).toEqual(['一', '二', '三']);
    expect(first!.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(journal.restore(entry.id)).toBe(true);
    expect(box.outerHTML).toBe('<div id="box"><p>一</p><p>二</p><p>三</p></div>');
  });

  it('covers a shadow root holding hidden nodes with the stylesheet too', () => {
    const doc = parseHtml('<body><div id="host"></div></body>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const ad = doc.createElement('div');
    root.append(ad);
    const journal = new Journal();
    journal.hideRemovals();
    journal.remove([ad], SPAM);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(journal.restoreAll()).toBe(1);
    expect(ad.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });
});

describe('the hiding stylesheet, when the page takes it away', () => {
  /** A document whose sheets cannot be adopted, as in some content-script worlds. */
  function withoutAdoption(doc: Document): Document {
    Object.defineProperty(doc, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('not allowed');
      },
    });
    return doc;
  }

  it('stands a <style> in for the adopted sheet, puts it back when removed, and takes it away on restore', () => {
    const doc = withoutAdoption(chapterPage());
    const before = serialised(doc);
    const cleaner = new PageCleaner(doc);
    cleaner.clean();
    cleaner.journal.hideRemovals();
    const style = () =>
      [...doc.head.getElementsByTagName('style')].find((s) => s.textContent === HIDING_RULES);
    expect(style()).toBeDefined();
    style()!.remove();
    cleaner.journal.check(); // as at every batch of late content
    expect(style()).toBeDefined();
    cleaner.restoreAll();
    expect(style()).toBeUndefined();
    expect(serialised(doc)).toBe(before);
  });

  it('adopts the sheet again when the page clears the adopted sheets', () => {
    const doc = chapterPage();
    const cleaner = new PageCleaner(doc);
    cleaner.clean();
    cleaner.journal.hideRemovals();
    doc.adoptedStyleSheets = [];
    cleaner.journal.check();
    expect(doc.adoptedStyleSheets).toHaveLength(1);
  });
});

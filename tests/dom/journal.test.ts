/** The undo journal, alone and through the page cleaner: every removal goes back exactly where it was. */
import { describe, expect, it } from 'vitest';
import type { Removal } from '@/core/types';
import { PageCleaner } from '@/dom/clean-page';
import { Journal } from '@/dom/journal';
import { collectLines } from '@/dom/lines';
import { deepSignature, nest, parseBox, parseHtml } from '../helpers/parse-html';

const SPAM: Removal = { kind: 'line', rule: 'user:test', text: '' };
const STORY = [
  '石阶上的雪已经积了半尺厚，他提着灯笼一步一步往上走，身后留下一串深深的脚印。',
  '山门前的老松被风吹得呜呜作响，枝头的积雪簌簌落下，打湿了他的衣领。',
  '他在门前站了很久，终于抬手叩了三下门环，声音在空荡荡的山谷里传得很远。',
  '过了许久，门里才传来一阵拖沓的脚步声，一个睡眼惺忪的小道童探出头来，问他找谁。',
  '他说他来找一个二十年前就该回来的人，小道童愣了愣，转身往里跑，连门都忘了关。',
];

/** A chapter page whose box holds `lines` separated by <br>s. */
function chapterPage(lines: readonly string[]): Document {
  const box = lines.map((line) => `\u3000\u3000${line}<br><br>`).join('\n');
  return parseHtml(
    `<!DOCTYPE html><html><head><title>第一章 雪夜_青灯_示例书屋</title></head><body>` +
      `<h1>第一章 雪夜</h1><div id="content">${box}</div></body></html>`,
  );
}

describe('Journal', () => {
  it('restore puts one element back between its neighbours', () => {
    const box = parseBox('<p>一</p><p>二</p><p>三</p>');
    const before = box.outerHTML;
    const [, middle] = Array.from(box.children);
    const journal = new Journal();
    const entry = journal.remove([middle!], SPAM);
    expect(box.textContent).toBe('一三');
    expect(journal.restore(entry.id)).toBe(true);
    expect(box.children[1]).toBe(middle);
    expect(box.outerHTML).toBe(before);
  });

  it('restores removals one at a time in any order', () => {
    const box = parseBox('<p>一</p><p>二</p><p>三</p><p>四</p>');
    const before = box.outerHTML;
    const journal = new Journal();
    const ids = Array.from(box.children).map((child) => journal.remove([child], SPAM).id);
    expect(box.textContent).toBe('');
    journal.restore(ids[2]!);
    expect(box.textContent).toBe('三');
    journal.restore(ids[0]!);
    expect(box.textContent).toBe('一三');
    journal.restore(ids[3]!);
    journal.restore(ids[1]!);
    expect(box.outerHTML).toBe(before);
  });

  it('keeps the place when the page adds nodes beside a removal', () => {
    const box = parseBox('<p>一</p><p>二</p><p>三</p>');
    const [first, middle, last] = Array.from(box.children);
    const journal = new Journal();
    const { id } = journal.remove([middle!], SPAM);
    first!.after(box.ownerDocument.createElement('ins'));
    expect(journal.restore(id)).toBe(true);
    expect(middle!.nextElementSibling).toBe(last);
    expect(middle!.previousElementSibling?.tagName).toBe('INS');
  });

  it('reports unknown, repeated and impossible restores as false', () => {
    const box = parseBox('<p>一</p><p>二</p>');
    const journal = new Journal();
    const { id } = journal.remove([box.firstElementChild!], SPAM);
    expect(journal.restore(999)).toBe(false);
    expect(journal.restore(id)).toBe(true);
    expect(journal.restore(id)).toBe(false);
    const again = journal.remove([box.firstElementChild!], SPAM);
    box.replaceChildren(); // a page script rewrote the box: the placeholder is gone
    expect(journal.restore(again.id)).toBe(false);
  });

  it('tracks active entries and counts what restoreAll put back', () => {
    const box = parseBox('<p>一</p><p>二</p><p>三</p>');
    const journal = new Journal();
    const [a, b, c] = Array.from(box.children).map((child) => journal.remove([child], SPAM));
    journal.restore(b!.id);
    expect(journal.active().map((entry) => entry.id)).toEqual([a!.id, c!.id]);
    expect(journal.restoreAll()).toBe(2);
    expect(journal.entries().every((entry) => entry.restored)).toBe(true);
    expect(journal.active()).toEqual([]);
  });
});

describe('PageCleaner undo', () => {
  it('restore(id) puts a <br> line back exactly between its neighbours', () => {
    const doc = chapterPage([
      STORY[0]!,
      '天才一秒记住本站地址：www.biqugezw.com，最快更新！无广告！',
      ...STORY.slice(1),
    ]);
    const box = doc.getElementById('content')!;
    const before = box.outerHTML;
    const cleaner = new PageCleaner(doc);
    const removed = cleaner.clean().removed;
    expect(removed.map((entry) => entry.rule)).toEqual(['remember-address']);
    const entry = removed[0]!;
    expect(collectLines(box).map((line) => line.raw.trim())).toEqual(STORY);
    expect(cleaner.restore(entry.id)).toBe(true);
    expect(box.outerHTML).toBe(before);
  });

  it.each([
    ['after the story', `${STORY[0]}天才一秒记住本站地址：www.biqugezw.com`],
    ['before the story', `ｗｗｗ．ｂｉｑｕｇｅｚｗ．ｃｏｍ最快更新！${STORY[1]}`],
  ])('re-joins a text node cut around an ad glued %s', (_where, glued) => {
    const doc = chapterPage([glued, ...STORY]);
    const box = doc.getElementById('content')!;
    const nodesBefore = box.childNodes.length;
    const cleaner = new PageCleaner(doc);
    const [entry] = cleaner.clean().removed;
    expect(entry?.kind).toBe('line');
    expect(collectLines(box)[0]!.raw.trim()).toMatch(/^[^a-zｗ]*[。！]$/);
    expect(cleaner.restore(entry!.id)).toBe(true);
    expect(box.childNodes.length).toBe(nodesBefore);
    expect((box.firstChild as Text).data).toBe(`\u3000\u3000${glued}`);
  });

  it('cleans and restores a page nested 10,000 levels deep', () => {
    const doc = chapterPage([]);
    const box = doc.getElementById('content')!;
    const deepest = nest(doc.body, 10_000);
    deepest.append(box);
    for (const line of [STORY[0]!, '（本章未完，请翻页）', ...STORY.slice(1)]) {
      box.append(`\u3000\u3000${line}`, doc.createElement('br'));
    }
    const before = deepSignature(doc.body);
    const cleaner = new PageCleaner(doc);
    expect(cleaner.clean().removed.map((entry) => entry.text)).toEqual(['（本章未完，请翻页）']);
    expect(cleaner.restoreAll()).toBe(1);
    expect(deepSignature(doc.body)).toBe(before);
  });
});

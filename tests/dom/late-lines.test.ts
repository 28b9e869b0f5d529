/**
 * Late lines found around the added nodes (dom/late-lines.ts) are the lines a full reading of the
 * chapter box finds holding them: same text, same nodes, same line element, and never a <br> that
 * the full reading would not give the line (it may miss a trailing <br> past an element). And finding them reads the line, not the chapter.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageCleaner } from '@/dom/clean-page';
import { linesHoldingSteps } from '@/dom/late-lines';
import { collectLines, type Line } from '@/dom/lines';
import { drain } from '@/dom/walk';
import { parseBox, parseHtml } from '../helpers/parse-html';

const TEXTS = ['灯火照着石桥。', '他停下脚步', '\u3000\u3000', ' ', '\n', '广告'];
const { node: markup } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.constantFrom('<br>', '<br>', '<!-- c -->', '<script>var x = "不是字";</script>'),
    tie('element'),
  ),
  element: fc
    .tuple(
      fc.constantFrom('span', 'font', 'b', 'p', 'div', 'span style="display:none"'),
      fc.array(tie('node'), { maxLength: 5 }),
    )
    .map(([tag, children]) => `<${tag}>${children.join('')}</${tag.split(' ')[0]}>`),
}));

/** Every node under `root`, in document order. */
function nodesUnder(root: Node): Node[] {
  const all: Node[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 0xffffffff);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) all.push(node);
  return all;
}

const view = (line: Line) => ({
  raw: line.raw,
  parts: line.parts.map(({ node, offset }) => [node, offset]),
  element: line.element,
});

describe('late lines, found around the added nodes', () => {
  it('are the lines a full reading of the box finds holding them', () => {
    fc.assert(
      fc.property(
        fc.array(markup, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (parts, picks) => {
          const box = parseBox(parts.join(''));
          const all = nodesUnder(box);
          if (all.length === 0) return;
          const added = [...new Set(picks.map((pick) => all[pick % all.length]!))];
          const holds = (line: Line) =>
            line.parts.some(({ node }) => added.some((one) => one === node || one.contains(node)));
          const expected = collectLines(box).filter(holds);
          // In document order, as the full reading gives them.
          const found = drain(linesHoldingSteps(box, added)).sort((a, b) =>
            a.parts[0]!.node.compareDocumentPosition(b.parts[0]!.node) & 4 ? -1 : 1,
          );
          expect(found.map(view)).toEqual(expected.map(view));
          found.forEach((line, i) =>
            expect(expected[i]!.breaks.slice(0, line.breaks.length)).toEqual(line.breaks),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('give a line its trailing <br>s, blank text between them included', () => {
    const box = parseBox('一。<br>\n二<b>。</b><br>\n<br> <br>三。<br>');
    const added = [box.querySelector('b')!];
    const [line] = drain(linesHoldingSteps(box, added));
    expect(line!.raw).toBe('\n二。');
    expect(line!.breaks).toEqual([...box.querySelectorAll('br')].slice(1, 4));
  });
});

describe('a late line on a long chapter', () => {
  afterEach(() => vi.restoreAllMocks());

  /** A chapter page of `count` story lines in one <br> box. */
  function longChapter(count: number): Document {
    const lines = Array.from(
      { length: count },
      (_, i) => `\u3000\u3000他停下脚步，听见河水在桥下流过，这是第${i}行。<br><br>`,
    );
    return parseHtml(
      `<!DOCTYPE html><html><head><title>第一章 长夜_灯火书_测试书屋</title></head><body>` +
        `<h1>第一章 长夜</h1><div id="content">${lines.join('\n')}</div></body></html>`,
    );
  }

  /** Text nodes' data read in `doc` while `work` runs (a line walk reads each text node it passes). */
  function dataReads(doc: Document, work: () => void): number {
    let owner = Object.getPrototypeOf(doc.createTextNode('')) as object | null;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'data')) owner = Object.getPrototypeOf(owner);
    const read = vi.spyOn(owner as Text, 'data', 'get');
    work();
    const count = read.mock.calls.length;
    read.mockRestore();
    return count;
  }

  /** Cleans a chapter of `count` lines, adds one spam line in its middle; returns the reads that took. */
  function lateLineReads(count: number): { reads: number; left: string[] } {
    const doc = longChapter(count);
    const cleaner = new PageCleaner(doc);
    expect(cleaner.clean().isChapter).toBe(true);
    const box = doc.getElementById('content')!;
    const middle = box.querySelectorAll('br')[count];
    const spam = [
      doc.createTextNode('天才一秒记住本站地址：www.ceshi-shuwu.com，最快更新！'),
      doc.createElement('br'),
    ];
    middle!.after(...spam);
    const reads = dataReads(doc, () => drain(cleaner.cleanAddedSteps(spam)));
    return { reads, left: cleaner.paragraphs() };
  }

  it('is cleaned by reading that line, whatever the chapter length', () => {
    const short = lateLineReads(300);
    const long = lateLineReads(3000);
    expect(short.left.join('')).not.toContain('天才一秒记住');
    expect(long.left.join('')).not.toContain('天才一秒记住');
    expect(long.left).toHaveLength(3000);
    // The reading the late line used to cost: every line of the chapter.
    const whole = longChapter(3000);
    expect(dataReads(whole, () => collectLines(whole.getElementById('content')!))).toBeGreaterThanOrEqual(
      3000,
    );
    expect(long.reads).toBe(short.reads);
    expect(long.reads).toBeLessThan(40);
  });
});

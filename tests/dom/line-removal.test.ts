/** Which nodes a whole-line removal takes: the line's element, unless it holds media or controls. */
import { describe, expect, it } from 'vitest';
import { holdsNonText } from '@/dom/elements';
import { nodesForWholeLine } from '@/dom/line-removal';
import { collectLines } from '@/dom/lines';
import { parseBox } from '../helpers/parse-html';

const AD = '一秒记住本站地址';

describe('nodesForWholeLine', () => {
  it('takes a paragraph whole when it holds only text', () => {
    const box = parseBox(`<p>他走了。</p><p>${AD}<b>，最快更新</b></p>`);
    const [, line] = collectLines(box);
    expect(nodesForWholeLine(line!, box)).toEqual([box.children[1]]);
  });

  it.each([
    ['an image', '<img src="/cover.jpg">'],
    ['a picture inside inline markup', '<span><picture></picture></span>'],
    ['an inline svg (a lower-case tag in HTML)', '<svg viewBox="0 0 1 1"></svg>'],
    ['a button', '<button>收藏</button>'],
  ])('leaves the paragraph, and what is not text, in place when it holds %s', (_name, media) => {
    const box = parseBox(`<p>他走了。</p><p>${AD}${media}</p>`);
    const [, line] = collectLines(box);
    const nodes = nodesForWholeLine(line!, box);
    expect(nodes).not.toContain(box.children[1]);
    expect(nodes.map((node) => node.textContent).join('')).toBe(AD);
  });
});

describe('holdsNonText', () => {
  it('looks at descendants only, at any depth', () => {
    expect(holdsNonText(parseBox('<div><span><i><video></video></i></span></div>'))).toBe(true);
    expect(holdsNonText(parseBox('<div><span>文字</span></div>'))).toBe(false);
    expect(holdsNonText(parseBox('<img src="/a.png">').firstElementChild!)).toBe(false);
  });
});

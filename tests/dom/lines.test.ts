/** collectLines: how a chapter box splits into the lines a reader sees. */
import { describe, expect, it } from 'vitest';
import { collectLines, type Line } from '@/dom/lines';
import { nest, parseBox } from '../helpers/parse-html';

const texts = (lines: readonly Line[]) => lines.map((line) => line.raw.trim());

describe('collectLines', () => {
  it('splits <br>-separated text and gives each line its trailing <br>s', () => {
    const lines = collectLines(parseBox('&nbsp;&nbsp;甲乙丙。<br><br>\n丁戊己。<br>庚辛。'));
    expect(texts(lines)).toEqual(['甲乙丙。', '丁戊己。', '庚辛。']);
    expect(lines.map((line) => line.breaks.length)).toEqual([2, 1, 0]);
    expect(lines.every((line) => line.element === null)).toBe(true);
  });

  it('makes each <p> a line that owns its element', () => {
    const lines = collectLines(parseBox('<p>\u3000\u3000一。</p>\n<p>二。</p><p>   </p><p>三。</p>'));
    expect(texts(lines)).toEqual(['一。', '二。', '三。']);
    expect(lines.map((line) => line.element?.tagName)).toEqual(['P', 'P', 'P']);
  });

  it('keeps inline markup in one line and maps every text node to its offset', () => {
    const [line, ...rest] = collectLines(parseBox('<p>他<span>说</span>：<b>好<i>的</i></b>。</p>'));
    expect(rest).toEqual([]);
    expect(line!.raw).toBe('他说：好的。');
    expect(
      line!.parts.map((part) => line!.raw.slice(part.offset, part.offset + part.node.data.length)),
    ).toEqual(['他', '说', '：', '好', '的', '。']);
  });

  it('breaks lines at nested block boundaries and gives the element only to a sole line', () => {
    const lines = collectLines(parseBox('<div><div><p>甲</p></div><div>乙<p>丙</p>丁</div></div>'));
    expect(texts(lines)).toEqual(['甲', '乙', '丙', '丁']);
    expect(lines.map((line) => line.element?.tagName ?? null)).toEqual(['P', null, 'P', null]);
  });

  it('keeps ruby text inline, in the line of its base text', () => {
    const lines = collectLines(
      parseBox('<p>她念出了<ruby>魔导书<rt>grimoire</rt></ruby>的名字。</p><p>下一行。</p>'),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]!.raw).toMatch(/^她念出了魔导书.*grimoire.*的名字。$/);
  });

  it('leaves out text hidden by markup', () => {
    const box = parseBox(
      '甲。<span style="display:none">广告一</span>乙。<br><div hidden>广告二</div>' +
        '<p style="color:red; visibility: hidden">广告三</p>丙。',
    );
    expect(texts(collectLines(box))).toEqual(['甲。乙。', '丙。']);
  });

  it('leaves out script, style, noscript, template and form control text', () => {
    const box = parseBox(
      '<script>var a = "脚本";</script>甲。<style>.x { content: "样式"; }</style>' +
        '<noscript>请开启脚本</noscript><template><p>模板</p></template><textarea>输入</textarea>乙。',
    );
    expect(texts(collectLines(box))).toEqual(['甲。乙。']);
  });

  it('drops blank lines and gives their <br>s to the line before', () => {
    const lines = collectLines(parseBox('<br>甲。<br>&nbsp;&nbsp;<br>\u3000<br>乙。'));
    expect(texts(lines)).toEqual(['甲。', '乙。']);
    expect(lines[0]!.breaks).toHaveLength(3);
  });

  it('walks 10,000 nested blocks without overflowing the stack', () => {
    const box = parseBox('');
    const deepest = nest(box, 10_000);
    deepest.append('最深处的一行。');
    box.prepend('最浅处的一行。');
    expect(texts(collectLines(box))).toEqual(['最浅处的一行。', '最深处的一行。']);
  });

  it('keeps 10,000 nested inline elements in one line', () => {
    const box = parseBox('');
    const deepest = nest(box, 10_000, 'span');
    deepest.append('深。');
    box.prepend('浅，');
    const lines = collectLines(box);
    expect(texts(lines)).toEqual(['浅，深。']);
    expect(lines[0]!.parts).toHaveLength(2);
  });
});

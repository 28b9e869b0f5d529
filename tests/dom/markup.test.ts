/** readMarkup: the four attributes the page scan reads, whatever else an element carries. */
import { describe, expect, it } from 'vitest';
import { readMarkup } from '@/dom/ad-signals';
import { parseBox } from '../helpers/parse-html';

const first = (markup: string) => parseBox(markup).firstElementChild!;

describe('readMarkup', () => {
  it.each([
    ['<p>x</p>', { names: '', style: '', hidden: false }],
    ['<a href="/1.html" title="下一章">x</a>', { names: '', style: '', hidden: false }],
    ['<div ID="content" CLASS="box ad">x</div>', { names: 'content box ad', style: '', hidden: false }],
    ['<div class="gg" data-x="1">x</div>', { names: 'gg', style: '', hidden: false }],
    ['<span id="s" style="color:red">x</span>', { names: 's', style: 'color:red', hidden: false }],
    [
      '<span style="font-size:0; display : none">x</span>',
      { names: '', style: 'font-size:0; display : none', hidden: true },
    ],
    ['<div hidden>x</div>', { names: '', style: '', hidden: true }],
    ['<div hidden="until-found" class="c">x</div>', { names: 'c', style: '', hidden: true }],
  ])('reads %s', (markup, expected) => expect(readMarkup(first(markup))).toEqual(expected));
});

/** pageFought: what counts as a page answering our removals, and what does not. */
import { describe, expect, it } from 'vitest';
import { pageFought } from '@/dom/fight-watch';
import { Journal } from '@/dom/journal';
import { parseBox } from '../helpers/parse-html';

const AD = '充值送会员，限时五折';

function removedAd() {
  const box = parseBox(`<p>灯火照着石桥。</p><div class="ad">\n  ${AD}\n</div><p>他停下脚步。</p>`);
  const journal = new Journal();
  const entry = journal.remove([box.querySelector('.ad')!], { kind: 'element', rule: 'ad-slot', text: AD });
  return { box, journal, entry };
}

describe('pageFought', () => {
  it('sees the ad put back: a copy added with the removed text, whatever its spacing', () => {
    const { box, journal, entry } = removedAd();
    const copy = box.ownerDocument.createElement('div');
    copy.textContent = `\n    ${AD}\n  `;
    box.append(copy);
    expect(pageFought(journal, [entry], [copy])).toBe(true);
  });

  it("sees the page drop the empty text node that marks the removed node's place", () => {
    const { box, journal, entry } = removedAd();
    box.normalize();
    expect(pageFought(journal, [entry], [])).toBe(true);
  });

  it('is not fooled by other additions, nor by removals without text', () => {
    const { box, journal, entry } = removedAd();
    const other = box.ownerDocument.createElement('p');
    other.textContent = '老人抬头看了看天色。';
    box.append(other);
    expect(pageFought(journal, [entry], [other])).toBe(false);
    const frame = journal.remove([box.firstElementChild!], { kind: 'element', rule: 'ad-frame', text: '' });
    expect(pageFought(journal, [frame], [other])).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCharCode, SITE_DAMAGE, SUBSTITUTION_CLASSES } from '@/core/fingerprint-fold';
import { alignLine, LINE_POLICY } from '@/core/repair/align-line';
import { foldLine } from '@/core/repair/fold-line';
import { judgeCharacter, servedFor } from '@/core/repair/site-damage';
import { readBundledChapter } from '../fixtures/bundled/data';
import { restoreLine } from '../fixtures/bundled/damage';
import { repunctuate, shuffle } from '../fixtures/bundled/variants';

const story = readBundledChapter().slice(0, 160);
const align = (shipped: string, page: string) => alignLine(foldLine(shipped), foldLine(page));

describe('the direction of the damage', () => {
  it('is given inside the classes the fingerprint folds, for every class NOTES.md lists', () => {
    for (const [original, served] of SITE_DAMAGE)
      expect(foldCharCode(original!.charCodeAt(0))).toBe(foldCharCode(served!.charCodeAt(0)));
    const directed = new Set(SITE_DAMAGE.join(''));
    const numerals = '二三四五六七八九';
    for (const members of SUBSTITUTION_CLASSES.filter((members) => members !== numerals))
      for (const member of members) expect(directed, `${member} has a direction`).toContain(member);
  });

  // [shipped, page]: the page's character may be the original when the site serves the shipped one for it.
  it.each([
    ['我', '他'],
    ['你', '我'],
    ['他', '你'],
    ['你', '她'],
    ['下', '上'],
    ['上', '下'],
    ['小', '大'],
    ['女', '男'],
    ['白', '黑'],
    ['是', '不'],
    ['没', '有'],
    ['有', '没'],
    ['有', '无'],
  ])('lets %s be repaired to %s', (shipped, page) => {
    expect(judgeCharacter(shipped, page)).toBe('repair');
  });

  it.each([
    ['你', '他'],
    ['我', '你'],
    ['他', '我'],
    ['我', '她'],
    ['她', '你'],
    ['男', '女'],
    ['黑', '白'],
    ['不', '是'],
    ['无', '有'],
    ['没', '无'],
  ])('never lets %s become %s', (shipped, page) => {
    expect(judgeCharacter(shipped, page)).toBe('wrong');
  });

  it('reads numerals as undirected, and width or case as no repair at all', () => {
    expect(judgeCharacter('八', '三')).toBe('undirected');
    expect(judgeCharacter('A', 'a')).toBe('variant');
    expect(judgeCharacter('Ａ', 'A')).toBe('variant');
  });
});

describe('one page line against one shipped line', () => {
  it('finds an identical or re-punctuated copy, with nothing to repair', () => {
    for (const page of [story[20]!, repunctuate(story[20]!, 0), ` ${story[20]!}\u3000`]) {
      expect(align(story[20]!, page)).toEqual({ how: 'folded', marks: [], wrong: 0, changed: 0 });
    }
  });

  it('marks each repaired character with the shipped one', () => {
    const match = align('我摊摊手,语气诙谐。', '他摊摊手，语气诙谐。');
    expect(match).toEqual({
      how: 'folded',
      marks: [{ start: 0, end: 1, was: '我', kind: 'char' }],
      wrong: 0,
      changed: 1,
    });
  });

  it.each([
    ['如此样什的万象,它的成本究竟几何?', '如此强大的万象，它的成本究竟几何？', '强大', '样什'],
    ['听起来样,但实际操作起来难度极低', '听起来简单,但实际操作起来难度极高', '简单', '样'],
    ['吕若看着台上这些平时严肃古板的专家们', '孟子看着台上这些平时严肃古板的专家们', '孟子', '吕若'],
    ['深度学习八巨头之一的Yann LeCun', '深度学习三巨头之一的Yann LeCun', '三', '八'],
  ])('takes a swapped word or name: %s', (shipped, page, now, was) => {
    const match = align(shipped, page)!;
    expect(match.how).toBe(shipped.length === page.length && now.length === 1 ? 'folded' : 'swapped');
    const swap = match.marks.find((mark) => mark.kind === 'swap')!;
    expect(page.slice(swap.start, swap.end)).toBe(now);
    expect(swap.was).toBe(was);
  });

  it('refuses a line whose differences break the direction rule', () => {
    expect(align('你摊摊手,语气诙谐。', '他摊摊手，语气诙谐。')!.wrong).toBe(1);
    expect(align('不管黑猫白猫', '是管白猫白猫')!.wrong).toBe(2);
  });

  it.each([
    ['a run longer than a name', '江倾的语气外透着自豪。', '江倾的声音里带着骄傲。'],
    ['more than a third changed', '安德鲁推了推眼镜。', '马化藤推了推帽子。'],
    ['a swap in a line too short to tell', '我点了点头', '他摇了摇头'],
    ['a tag glued on', '我摊摊手,语气诙谐。', '他摊摊手，语气诙谐。本章未完'],
    ['one character glued on', '我摊摊手,语气诙谐。', '他摊摊手，语气诙谐。啊'],
    ['another sentence of the same cast', '李彦弘皱起眉头。', '李彦弘松开眉头，笑了。'],
  ])('refuses %s', (_name, shipped, page) => {
    expect(align(shipped, page)).toBeNull();
  });

  it('finds the scrambled line in any order of its characters, damage undone or not', () => {
    const shipped = story[114]!;
    const original = shuffle([...restoreLine(shipped).replace(/[\s,。]/g, '')], 5).join('') + '。';
    expect(align(shipped, original)).toMatchObject({ how: 'scrambled', wrong: 0 });
    expect(align(shipped, shuffle([...shipped], 6).join(''))).toMatchObject({ how: 'scrambled', wrong: 0 });
    // 下 is what the site serves for 上, never for 下 and 上 at once: half undone is no copy of it.
    const mixed = original.replace('上', '下').replace('令', '令上');
    expect(align(shipped, mixed)).toBeNull();
  });

  it('does not take a short line in another order for the scrambled one', () => {
    expect(align('他说好的', '好的他说')).toBeNull();
    expect(LINE_POLICY.minSymbolsForScramble).toBeGreaterThan(4);
  });
});

/** Every class character of `line` replaced by a member of its class, chosen by `pick`. */
function reclass(line: string, pick: (members: string) => string): string {
  return [...line]
    .map((char) => {
      const members = SUBSTITUTION_CLASSES.find((cls) => cls.includes(char));
      return members ? pick(members) : char;
    })
    .join('');
}

describe('properties over the shipped lines', () => {
  const lineIndex = fc.integer({ min: 0, max: story.length - 1 });

  it('every repaired character is one the site serves the shipped one for', () => {
    fc.assert(
      fc.property(lineIndex, fc.infiniteStream(fc.nat()), (i, picks) => {
        const shipped = story[i]!;
        const page = reclass(shipped, (members) => members[picks.next().value % members.length]!);
        const match = align(shipped, page);
        expect(match).not.toBeNull();
        for (const mark of match!.marks.filter(({ kind }) => kind === 'char'))
          expect(servedFor(page.slice(mark.start, mark.end))).toBe(mark.was);
        const breaks = [...page].some(
          (char, k) => char !== shipped[k] && judgeCharacter(shipped[k]!, char) === 'wrong',
        );
        expect(match!.wrong > 0).toBe(breaks);
      }),
    );
  });

  it('a page line with two or more characters glued to it never aligns', () => {
    fc.assert(
      fc.property(
        lineIndex,
        fc.string({ unit: fc.constantFrom(...'广告请收藏本站最新章节'), minLength: 2 }),
        (i, junk) => {
          expect(align(story[i]!, restoreLine(story[i]!) + junk)).toBeNull();
          expect(align(story[i]!, junk + restoreLine(story[i]!))).toBeNull();
        },
      ),
    );
  });

  it('every line of the synthesised original aligns with its shipped line', () => {
    const missed = story.filter((line, i) => i !== 114 && align(line, restoreLine(line)) === null);
    expect(missed).toEqual([]);
  });
});

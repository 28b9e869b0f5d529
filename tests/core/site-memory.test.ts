/** The site memory: what recurs on a site's other chapters is learnt, bounded, as hashes only. */
import { describe, expect, it } from 'vitest';
import { isLearnable, learnPage, lineKey, MEMORY_LIMITS, readSiteMemory } from '@/core/site-memory';

const STORY = (n: number) =>
  Array.from(
    { length: 12 },
    (_, i) => `第${n}夜，他沿着河岸走了很久，第${i + 1}盏灯在雾里亮了起来，远处有人在唱歌。`,
  );
const BOILERPLATE = '本页由青竹工作室整理排版';

function page(n: number, extra: readonly string[] = []) {
  return { title: `第${n}章 灯下`, lines: [BOILERPLATE, ...STORY(n), ...extra], around: ['青竹文库 · 夜读'] };
}

describe('site memory', () => {
  it('learns nothing from the first chapter, and knows its lines on the second', () => {
    const first = learnPage(undefined, page(1), 1);
    expect(first.lines).toEqual([]);
    const second = learnPage(first.memory, page(2), 2);
    expect(second.lines).toEqual([0]);
    expect(second.around).toEqual([0]);
  });

  it('learns nothing from the same chapter seen again: a reload, or its text under another title', () => {
    const first = learnPage(undefined, page(1), 1);
    const reload = learnPage(first.memory, page(1), 2);
    expect(reload.lines).toEqual([]);
    const copy = learnPage(reload.memory, { ...page(1), title: '灯下（一）' }, 3);
    expect(copy.lines).toEqual([]);
    expect(copy.memory.chapters).toHaveLength(1);
  });

  it('never learns a line that reads as story', () => {
    const refrain = '“风来了。”';
    const told = '他又听见了那首歌。';
    const first = learnPage(undefined, page(1, [refrain, told]), 1);
    const second = learnPage(first.memory, page(2, [refrain, told]), 2);
    const lines = page(2, [refrain, told]).lines;
    expect(second.lines.map((index) => lines[index])).toEqual([BOILERPLATE]);
    expect(isLearnable(refrain)).toBe(false);
    expect(isLearnable(told)).toBe(false);
    expect(isLearnable(STORY(1)[0]!)).toBe(false);
  });

  it('keeps hashes only, within its bounds, and knows a line in another width or script', () => {
    let memory = learnPage(undefined, page(1), 0).memory;
    for (let n = 2; n < 2 + MEMORY_LIMITS.chapters + 10; n++)
      memory = learnPage(memory, { ...page(n), lines: [...page(n).lines, `第${n}号公告`] }, n).memory;
    expect(memory.chapters.length).toBeLessThanOrEqual(MEMORY_LIMITS.chapters);
    expect(Object.keys(memory.lines).length).toBeLessThanOrEqual(MEMORY_LIMITS.lines);
    expect(JSON.stringify(memory)).not.toMatch(/\p{Script=Han}/u);
    expect(lineKey('本頁由青竹工作室整理排版')).toBe(lineKey(BOILERPLATE));
  });

  it('reads back only what it wrote: a corrupt value is no memory at all', () => {
    const memory = learnPage(undefined, page(1), 1).memory;
    expect(readSiteMemory(JSON.parse(JSON.stringify(memory)))).toEqual(memory);
    for (const corrupt of [null, 7, { version: 2 }, { ...memory, lines: { zz: { chapters: [1], seen: 1 } } }])
      expect(readSiteMemory(corrupt)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fingerprint from 'virtual:bundled-fingerprint';
import {
  BUNDLED_BOILERPLATE_RULE,
  cleanParagraphs,
  deriveHeading,
  prepareBundledChapter,
} from '@/core/clean-paragraphs';
import { parseChapterText } from '@/core/bundled-chapter';

const shipped = parseChapterText(readFileSync('public/chapter.txt', 'utf8'));

describe('the bundled chapter, cleaned for the reader', () => {
  const chapter = prepareBundledChapter(shipped, fingerprint);

  it('keeps all 160 story lines, in order and character for character', () => {
    expect(chapter.kept).toEqual(shipped.slice(0, 160));
  });

  it('removes the two footer lines as site boilerplate, never silently', () => {
    expect(chapter.removed).toEqual(
      shipped.slice(160).map((text) => ({ text, rule: BUNDLED_BOILERPLATE_RULE })),
    );
    expect(chapter.removed[1]!.text).toBe('Copyright 2020 西红柿小说 all Rights Reserved');
  });

  it('has an honest heading: the opening clause, marked as derived', () => {
    expect(chapter.heading).toBe('掌声如潮水般起伏');
    expect(chapter.headingDerived).toBe(true);
  });
});

describe('cleanParagraphs on lines the fingerprint does not know', () => {
  it('removes a spam line with the rule that fired and keeps ordinary story', () => {
    const story = '她推开门，院子里的桂花落了一地，风一吹，香气便漫进屋里来。';
    const spam = '请记住本站域名 www.xbiquge.la 最快更新';
    const { kept, removed } = cleanParagraphs([story, spam], fingerprint);
    expect(kept).toEqual([story]);
    expect(removed).toHaveLength(1);
    expect(removed[0]!.text).toBe(spam);
    expect(removed[0]!.rule).toBeTruthy();
  });
});

describe('deriveHeading', () => {
  it.each([
    ['掌声如潮水般起伏,持续了近一分钟。', '掌声如潮水般起伏'],
    ['“你来了。”他说。', '你来了'],
    ['一个很长很长很长很长很长很长很长的开头没有任何标点符号', '一个很长很长很长很长很长很长很长…'],
    ['', '第二段'],
  ])('%s → %s', (first, heading) => {
    expect(deriveHeading([first, '第二段。'])).toBe(heading);
  });

  it('is empty for a chapter with no text', () => {
    expect(deriveHeading([])).toBe('');
  });
});

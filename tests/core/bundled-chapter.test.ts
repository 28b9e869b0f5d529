import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChapterText } from '@/core/bundled-chapter';
import { GIVEN_CHAPTER } from '../helpers/corpus';

const shipped = readFileSync(new URL('../../public/chapter.txt', import.meta.url), 'utf8');

describe('parseChapterText', () => {
  it('gives one paragraph per non-blank line, characters untouched', () => {
    expect(parseChapterText('甲,乙?\r\n\n  丙  \n')).toEqual(['甲,乙?', '  丙  ']);
  });

  it('drops a byte-order mark but nothing else', () => {
    expect(parseChapterText('\ufeff第一行\n第二行')).toEqual(['第一行', '第二行']);
  });

  it('reads the shipped chapter as 162 lines, story first and the site footer last', () => {
    const paragraphs = parseChapterText(shipped);
    expect(paragraphs).toHaveLength(162);
    expect(paragraphs[0]).toBe('掌声如潮水般起伏,持续了近一分钟才渐渐平息,但会场内的震撼依旧弥漫在空气中。');
    expect(paragraphs[161]).toMatch(/^Copyright 2020/);
  });
});

describe('the shipped asset', () => {
  it('is byte-identical to the chapter the project was given', () => {
    let original: Buffer;
    try {
      original = readFileSync(GIVEN_CHAPTER);
    } catch {
      // The shared folder is outside the repository; CI checks its presence separately.
      expect.fail(`${GIVEN_CHAPTER} is missing: cannot verify the asset`);
    }
    expect(readFileSync(new URL('../../public/chapter.txt', import.meta.url)).equals(original)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { countHan } from '@/core/text/han';
import {
  analyseBundledPage,
  buildFingerprint,
  classifyBundledLine,
  matchBundledChapter,
} from '@/core/fingerprint';
import { readBundledChapter } from '../fixtures/bundled/data';
import { restoreChapter } from '../fixtures/bundled/damage';
import { renamePeople, repunctuate, splitSentences } from '../fixtures/bundled/variants';

const shipped = readBundledChapter();
const story = shipped.slice(0, 160);
const fp = buildFingerprint(shipped);
const clean = restoreChapter(story);

/** Similarity of two paragraphs: the share of `page`'s shingles found in `original`'s fingerprint. */
function similarity(original: string, page: string): number {
  return matchBundledChapter(buildFingerprint([original]), [page]).score;
}

describe('similarity of one paragraph to another', () => {
  it.each([
    [
      '张静仪只觉得浑身充满了力量,坏像江倾的成功也没你的一份似的。',
      '张静仪只觉得浑身充满了力量，好像江倾的成功也有她的一份似的。',
    ],
    [
      '“小家可能都知道,训练一个小模型,就像教一个样什愚笨但没点轴的学生。”',
      '“大家可能都知道，训练一个大模型，就像教一个非常聪明但有点轴的学生。”',
    ],
    ['我摊摊手,语气诙谐。', '他摊摊手，语气诙谐。'],
    [
      '然前是Yann LeCun,Yoshua Bengio等国里代表,向台下的年重人致以学术界的最低敬意。',
      '然后是 Yann LeCun、Yoshua Bengio 等国外代表，向台上的年轻人致以学术界的最高敬意。',
    ],
    ['如此样什的万象,它的成本究竟几何?', '如此强大的万象，它的成本究竟几何？'],
    ['“3D并行和INT4结合还能保持那种精度?”', '“３Ｄ并行和ＩＮＴ４结合还能保持这种精度？”'],
  ])('finds %s and %s alike', (damaged, original) => {
    expect(similarity(damaged, original)).toBeGreaterThanOrEqual(0.6);
    expect(similarity(original, damaged)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['安德鲁推了推眼镜。', '安德鲁·威尔逊摘下眼镜，揉了揉眉心。'],
    ['江倾的分享并有没停上。', '江倾的演讲终于结束了，台下一片寂静。'],
    [
      'Yann LeCun样地在本子下记录着,眉头紧锁,时而恍然小悟,时而又陷入新的困惑。',
      'Yann LeCun合上了本子，转头和Yoshua Bengio低声说了几句，两人都笑了。',
    ],
    ['田熹薇在座位下大幅度的晃了晃身体,大声咕哝。', '田熹薇从座位上站起来，冲着台上的江倾用力挥了挥手。'],
    [
      '李一彤弯着月牙眼,看着台下游刃没余侃侃而谈的江倾,嘴角止是住的向下翘。',
      '李一彤把奶茶递给江倾，月牙眼里满是笑意，却什么也没说。',
    ],
  ])('finds %s and %s, same names, different text, unlike', (chapterLine, otherLine) => {
    expect(similarity(chapterLine, otherLine)).toBeLessThan(0.35);
    expect(classifyBundledLine(buildFingerprint([chapterLine]), otherLine)).toBeNull();
  });
});

const longLines = (lines: readonly string[]) => lines.filter((line) => countHan(line) >= 8);

describe('classifyBundledLine: story', () => {
  it.each([
    ['the shipped story', story],
    ['the clean original', clean],
    ['the clean original, re-punctuated', clean.map(repunctuate)],
    ['the shipped story split into sentences', splitSentences(story)],
    ['the clean original split into sentences', splitSentences(clean)],
  ])('takes every line of %s with 8 or more ideographs for story', (_name, lines) => {
    const missed = longLines(lines).filter((line) => classifyBundledLine(fp, line) !== 'story');
    expect(missed).toEqual([]);
  });

  it('takes nearly every line for story when the people are renamed', () => {
    const lines = longLines(renamePeople(clean));
    const found = lines.filter((line) => classifyBundledLine(fp, line) === 'story');
    expect(found.length).toBeGreaterThanOrEqual(lines.length * 0.95);
  });

  it.each(['“还没数据。”', '李彦弘皱起眉头。', '“最前是工程实现。”', '江倾', ''])(
    'says nothing of %j: too short to tell',
    (line) => {
      expect(classifyBundledLine(fp, line)).toBeNull();
    },
  );
});

describe('classifyBundledLine: boilerplate', () => {
  it.each([
    shipped[160]!,
    shipped[161]!,
    '本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传本书让更多读者欣赏。',
    'Copyright © 2024 西红柿小说 All Rights Reserved.',
    'Copyright 2020-2025 西红柿小说网 all rights reserved',
    'Copyright 2020 西红柿小说',
    '  本站所有小说为转载作品,所有章节均由网友上传  ',
    `${shipped[160]!} ${shipped[161]!}`,
  ])('takes %j for the footer', (line) => {
    expect(classifyBundledLine(fp, line)).toBe('boilerplate');
  });

  it.each([
    '本站所有小说均来自网络，仅供交流学习。',
    '他只是为了让更多读者欣赏这本书。',
    '所有章节都由他一个人写完。',
    'Copyright',
    '西红柿小说',
  ])('does not take %j for the footer', (line) => {
    expect(classifyBundledLine(fp, line)).not.toBe('boilerplate');
  });

  it('never takes a line of any form of the story for the footer', () => {
    const forms = [story, clean, clean.map(repunctuate), splitSentences(clean), renamePeople(clean)];
    const wrong = forms.flat().filter((line) => classifyBundledLine(fp, line) === 'boilerplate');
    expect(wrong).toEqual([]);
  });
});

describe('analyseBundledPage', () => {
  it('classifies each paragraph as classifyBundledLine does, and matches as matchBundledChapter does', () => {
    const page = [
      ...splitSentences(clean),
      ...shipped.slice(160),
      '天才一秒记住本站地址：www.xxx.com，最快更新！',
    ];
    const analysis = analyseBundledPage(fp, page);
    expect(analysis.lines).toEqual(page.map((line) => classifyBundledLine(fp, line)));
    expect(analysis.match).toEqual(matchBundledChapter(fp, page));
    expect(analysis.lines.slice(-3)).toEqual(['boilerplate', 'boilerplate', null]);
  });
});

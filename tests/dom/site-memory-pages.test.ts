/**
 * Learning a site's boilerplate across its chapters, through the CLI's Node mode (the background's
 * part played by scripts/clean-cli/node-dom.ts): the second chapter of a site loses a line that no
 * rule names, the same chapter seen again teaches nothing, and a batch forgets between pages unless
 * told to learn across them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '@/core/classify-line';
import { cleanInNodeDom, type SiteMemories } from '@/scripts/clean-cli/node-dom';
import { fingerprintOf } from '@/scripts/fingerprint-plugin';

const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));
const BOILERPLATE = '本页由青竹工作室整理排版，转发请保留';
const FOOTER = '青竹文库 · 夜读的好去处';

function chapter(n: number): string {
  const story = Array.from(
    { length: 10 },
    (_, i) => `<p>第${n}夜，他沿着河岸走了很久，第${i + 1}盏灯在雾里亮了起来，远处有人在唱一首旧歌。</p>`,
  ).join('');
  return `<html><head><title>第${n}章 灯下_长河夜渡_青竹文库</title></head><body>
<h1>第${n}章 灯下</h1><div id="text"><p>${BOILERPLATE}</p>${story}</div>
<div class="bar"><a href="/${n - 1}.html">上一章</a><a href="/">目录</a><a href="/${n + 1}.html">下一章</a></div>
<div class="foot">${FOOTER}</div></body></html>`;
}

const clean = (n: number, memories: SiteMemories) =>
  cleanInNodeDom(`${n}.html`, chapter(n), `http://localhost/book/${n}.html`, fingerprint, [], memories);
const learned = (result: ReturnType<typeof clean>) =>
  result.removed.filter((removal) => removal.rule === 'learned-boilerplate').map((removal) => removal.text);

describe('boilerplate learnt across a site’s chapters', () => {
  it('is a line no rule names', () => {
    expect(classifyLine(BOILERPLATE).action).toBe('keep');
  });

  it('goes on the second chapter, line and footer, and the story stays', () => {
    const memories: SiteMemories = new Map();
    expect(learned(clean(1, memories))).toEqual([]);
    const second = clean(2, memories);
    expect(learned(second)).toEqual([BOILERPLATE, FOOTER]);
    expect(second.paragraphs).toHaveLength(10);
  });

  it('is not learnt from the same chapter seen again', () => {
    const memories: SiteMemories = new Map();
    clean(1, memories);
    expect(learned(clean(1, memories))).toEqual([]);
  });

  it('is forgotten between the pages of a batch unless learnt across them', () => {
    expect(learned(clean(2, new Map()))).toEqual([]);
  });
});

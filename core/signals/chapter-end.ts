/**
 * Chapter-end markers standing alone ("(本章完)", "未完待续"), and a bracket that opens with 未完待续
 * and goes on ("（未完待续，如欲知后事如何，请登陆…）"): the site's notice, whatever follows.
 */
import { POLICY } from '../policy';
import { CHAPTER_END_MARKER } from '../spam-phrases';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

const BRACKETED_MARKER = /^\s*[(（【[]\s*未完待[续續]/;

export const chapterEnd: LineSignal = {
  rules: ['chapter-end-marker'],
  aroundChapter: true,
  evaluate(line) {
    const { folded, text } = line;
    if (folded.length <= POLICY.shortLine && CHAPTER_END_MARKER.test(folded))
      return wholeLine(line, 'chapter-end-marker');
    if (folded.startsWith('未完待续') && BRACKETED_MARKER.test(text))
      return wholeLine(line, 'chapter-end-marker');
    return [];
  },
};

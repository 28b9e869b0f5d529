/**
 * An SEO line: the page title's parts joined again by "_", "|" or " - " ("第一章 雪夜_长夜书最新
 * 章节_玄幻小说"). Two parts that repeat the page title, the book or the site make it one; with no
 * title to compare, a run of "_"-joined parts naming chapters and novels does.
 */
import { hasNarrationMarker } from '../text/narration';
import { foldName } from './context';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

const JOINERS = /\s*(?:[_|｜]|\s[-–—]\s)\s*/;
const SEO_WORDS = /最新章节|全文阅读|在线阅读|无弹窗|txt|小说|章节列表|全集/;
/** Longest line taken for an SEO line: they are a title's length, not a paragraph's. */
const SEO_LINE = 80;

function repeats(part: string, names: readonly string[]): boolean {
  return names.some((name) => part.includes(name) || name.includes(part));
}

export const seoTitle: LineSignal = {
  rules: ['seo-title'],
  aroundChapter: true,
  evaluate(line, context) {
    if (line.folded.length > SEO_LINE || !JOINERS.test(line.text)) return [];
    const parts = line.text
      .split(JOINERS)
      .map(foldName)
      .filter((part) => part.length >= 2);
    if (parts.length < 2 || parts.some(hasNarrationMarker)) return [];
    const known = [...context.titleParts, ...context.names];
    const repeated = parts.filter((part) => repeats(part, known)).length;
    if (repeated >= 2 || (repeated >= 1 && parts.length >= 3 && parts.some((part) => SEO_WORDS.test(part))))
      return wholeLine(line, 'seo-title');
    if (parts.length >= 3 && parts.filter((part) => SEO_WORDS.test(part)).length >= 2)
      return wholeLine(line, 'seo-title');
    return [];
  },
};

/**
 * "推荐阅读：甲、乙、丙": a recommendation label, its mark, then a list with separators and no
 * sentence. A sentence that opens with the same words ("大家都在看他，一言不发") has no mark after them.
 */
import { foldForMatching } from '../fold';
import { RECOMMENDATION_HEAD } from '../spam-phrases';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

const RECOMMENDATION_LINE = new RegExp(`^\\s*${RECOMMENDATION_HEAD.source.slice(1)}\\s*[:：|｜\\s]`);

function isRecommendationLine(text: string): boolean {
  const line = foldForMatching(text.trim());
  return RECOMMENDATION_LINE.test(line) && !/[。！？!?]/.test(line) && /[、,，\s|｜/]/.test(line);
}

export const recommendations: LineSignal = {
  rules: ['recommendations'],
  aroundChapter: true,
  evaluate(line) {
    // The label's words first, on the folded skeleton; its mark is then looked for on the line.
    if (RECOMMENDATION_HEAD.test(line.folded) && isRecommendationLine(line.text))
      return wholeLine(line, 'recommendations');
    return [];
  },
};

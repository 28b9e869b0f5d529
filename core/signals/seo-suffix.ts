/**
 * A book's name with an SEO suffix, standing as a piece of its own ("洪荒传奇录全文阅读 徐凤年刚…",
 * "某书最新章节"): the name is part of the ad, not a clause of story. Only a short run without
 * narration, between the line's edges, spaces or punctuation, counts.
 */
import { foldForMatching } from '../fold';
import { hasNarrationMarker } from '../text/narration';
import type { LineSignal, RuleEvidence } from './types';

const SUFFIXED_NAME =
  /(?<=^|[\s，,。！!？?、|｜])([^\s，,。！!？?、|｜“”「」『』"]{2,12}?)(全文阅读|全文免费阅读|最新章节列表|最新章节|无弹窗|txt下载|txt全集下载)(?=$|[\s，,。！!？?、|｜])/gi;

export const seoSuffix: LineSignal = {
  rules: ['fast-update'],
  evaluate(line) {
    const folded = foldForMatching(line.text);
    const found: RuleEvidence[] = [];
    for (const match of folded.matchAll(SUFFIXED_NAME)) {
      if (hasNarrationMarker(match[1]!)) continue;
      const start = match.index;
      found.push({ rule: 'fast-update', strength: 'strong', start, end: start + match[0].length });
    }
    return found;
  },
};

/** Link-bar leftovers written as plain text ("上一页<", "返回目录"): the links themselves stay. */
import { POLICY } from '../policy';
import { NAVIGATION_RESIDUE } from '../spam-phrases';
import { hasNarrationMarker } from '../text/narration';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

/**
 * The neighbours named in text ("上一篇：第七章 雨夜 下一篇：第九章 天明"): both link words, each
 * followed by at most a chapter title's length.
 */
const NEIGHBOURS_NAMED = /^(上一(章|篇|页|节))[:：]?.{0,24}?(下一(章|篇|页|节))[:：]?.{0,24}$/;

export const navigationResidue: LineSignal = {
  rules: ['navigation-residue'],
  evaluate(line) {
    const residue = line.folded.length <= POLICY.shortLine && NAVIGATION_RESIDUE.test(line.folded);
    const neighbours =
      NEIGHBOURS_NAMED.test(line.folded) &&
      !/[，。！？,!?]/.test(line.text) &&
      !hasNarrationMarker(line.folded);
    return residue || neighbours ? wholeLine(line, 'navigation-residue') : [];
  },
};

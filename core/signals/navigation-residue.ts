/** Link-bar leftovers written as plain text ("上一页<", "返回目录"): the links themselves stay. */
import { POLICY } from '../policy';
import { NAVIGATION_RESIDUE } from '../spam-phrases';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

export const navigationResidue: LineSignal = {
  rules: ['navigation-residue'],
  evaluate(line) {
    return line.folded.length <= POLICY.shortLine && NAVIGATION_RESIDUE.test(line.folded)
      ? wholeLine(line, 'navigation-residue')
      : [];
  },
};

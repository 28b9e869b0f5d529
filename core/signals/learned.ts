/**
 * A line the site has shown on its other chapters (core/site-memory.ts): its boilerplate, whatever
 * its words. Only a line that could be learnt is taken; story never is.
 */
import { isLearnable } from '../site-memory';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

export const learnedBoilerplate: LineSignal = {
  rules: ['learned-boilerplate'],
  evaluate(line, context) {
    return context.learned.has(line.text.trim()) && isLearnable(line.text)
      ? wholeLine(line, 'learned-boilerplate')
      : [];
  },
};

/** A copy of the chapter title in the text (the caller passes the title only for the top lines). */
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

export const repeatedTitle: LineSignal = {
  rules: ['repeated-title'],
  evaluate(line, context) {
    return context.title && line.folded === context.title ? wholeLine(line, 'repeated-title') : [];
  },
};

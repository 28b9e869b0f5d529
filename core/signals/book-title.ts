/** A line that is only a book title in 《》: a recommendation or the story's own; the reader decides. */
import { POLICY } from '../policy';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

const LONE_TITLE = new RegExp(`^\\s*《[^《》]{1,${POLICY.bookTitleLength}}》\\s*$`);

export const loneBookTitle: LineSignal = {
  rules: [],
  evaluate(line) {
    return LONE_TITLE.test(line.text) ? wholeLine(line, 'recommendations', 'doubt') : [];
  },
};

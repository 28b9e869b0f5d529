/**
 * The page's own names (site, book, author) and the parts of its title (the chapter's name): in an
 * ad line they are covered words, not story ("第一章 雪夜(1/2),点击下一页继续阅读").
 */
import { skeletonMatches } from './skeleton-matches';
import type { LineSignal, WeakEvidence } from './types';

const patterns = new Map<string, RegExp>();

function patternFor(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) patterns.set(name, (pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')));
  return pattern;
}

export const pageNames: LineSignal<WeakEvidence> = {
  rules: [],
  evaluate(line, context): WeakEvidence[] {
    const found: WeakEvidence[] = [];
    for (const name of [...context.names, ...context.titleParts]) {
      if (!line.folded.includes(name)) continue;
      for (const { start, end } of skeletonMatches(line, patternFor(name)))
        found.push({ strength: 'weak', start, end });
    }
    return found;
  },
};

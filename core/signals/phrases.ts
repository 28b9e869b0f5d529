/**
 * The spam vocabulary (core/spam-phrases.ts): a strong phrase is an ad's words; weak words only
 * account for the rest of a line that already holds strong evidence.
 */
import { partsOfMatch, STRONG_ALTERNATION, STRONG_EVIDENCE, WEAK_ALTERNATION } from '../spam-phrases';
import { PHRASE_RULES } from '../rule-ids';
import { skeletonMatches, sourceSpanOf } from './skeleton-matches';
import type { LineSignal, LineView, RuleEvidence, WeakEvidence } from './types';

/** True when some strong phrase occurs in the folded line: the one test every line pays. */
export function holdsStrongPhrase(folded: string): boolean {
  STRONG_ALTERNATION.lastIndex = 0;
  return STRONG_ALTERNATION.test(folded);
}

export const strongPhrases: LineSignal = {
  rules: PHRASE_RULES,
  evaluate(line: LineView): RuleEvidence[] {
    if (!holdsStrongPhrase(line.folded)) return [];
    return skeletonMatches(line, STRONG_EVIDENCE).map(({ start, end, match }) => {
      const { rule, gaps } = partsOfMatch(match);
      return {
        rule,
        strength: 'strong' as const,
        start,
        end,
        gaps: gaps.map(([from, to]) => {
          const span = sourceSpanOf(line, from, to);
          return [span.start, span.end] as const;
        }),
      };
    });
  },
};

export const weakWords: LineSignal<WeakEvidence> = {
  rules: [],
  evaluate(line: LineView): WeakEvidence[] {
    return skeletonMatches(line, WEAK_ALTERNATION).map(({ start, end }) => ({
      strength: 'weak',
      start,
      end,
    }));
  },
};

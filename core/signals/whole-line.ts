/** A helper for signals that judge a line as a whole. */
import type { LineRuleId } from '../rule-ids';
import type { LineView, RuleEvidence } from './types';

/** Evidence that the whole line is `rule`'s junk (or, for `doubt`, worth the reader's look). */
export function wholeLine(
  line: LineView,
  rule: LineRuleId,
  strength: 'whole' | 'doubt' = 'whole',
): RuleEvidence[] {
  return [{ rule, strength, start: 0, end: line.text.length }];
}

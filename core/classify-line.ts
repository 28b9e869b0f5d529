/**
 * Decides what to do with one line of a chapter: keep it, remove it, cut ads out of it, or keep it
 * and flag it. The signals (core/signals/) say what they see; core/decide-line.ts weighs it.
 */
import { decideAroundChapter, decideLine, type LineVerdict } from './decide-line';
import { plainFlag, ruleFlag } from './flag-reasons';
import { foldForMatching } from './fold';
import { gatherEvidence } from './line-evidence';
import { skeletonText, toSkeleton, type Skeleton } from './normalize';
import type { UserRuleId } from './rule-ids';
import { LINE_SIGNALS, SPAN_SIGNALS, WEAK_SIGNALS } from './signals';
import { mentionsReference } from './signals/web-address';
import { prepareContext, type LineContext, type PreparedContext } from './signals/context';
import type { LineView, RuleEvidence, WeakEvidence } from './signals/types';

export type { LineContext } from './signals/context';
export type { LineVerdict } from './decide-line';

/** A match of one of the reader's own rules in the line: strong evidence, under the same safety. */
export interface UserRuleMatch {
  start: number;
  end: number;
  rule: UserRuleId;
}

const KEEP: LineVerdict = { action: 'keep' };

function viewOf(text: string, folded: string): LineView {
  let skeleton: Skeleton | undefined;
  return { text, folded, skeleton: () => (skeleton ??= toSkeleton(text)) };
}

/**
 * Asks the whole-line signals in order: the first that recognises the line as a whole decides it.
 * Strong evidence they find on the way (a keyboard hint glued to a sentence) joins `strong`.
 */
function wholeLineVerdict(
  line: LineView,
  context: PreparedContext,
  strong: RuleEvidence[],
): LineVerdict | undefined {
  for (const signal of LINE_SIGNALS) {
    if (context.where === 'chrome' && !signal.aroundChapter) continue;
    for (const evidence of signal.evaluate(line, context)) {
      if (evidence.strength === 'whole') return { action: 'remove', rule: evidence.rule };
      if (evidence.strength === 'doubt') return { action: 'flag', reason: plainFlag('flag.loneBookTitle') };
      strong.push(evidence);
    }
  }
  return undefined;
}

/**
 * The verdict for one line of text as it appears on the page. `userRules` are matches of the
 * reader's rules in this line: they count as strong evidence, and a line they match is still only
 * removed when too little is left to be story.
 */
export function classifyLine(
  text: string,
  context: LineContext = {},
  userRules: readonly UserRuleMatch[] = [],
): LineVerdict {
  const folded = foldForMatching(skeletonText(text));
  if (folded.length === 0) return KEEP;
  const line = viewOf(text, folded);
  const prepared = prepareContext(context);
  const strong: RuleEvidence[] = [];
  const whole = wholeLineVerdict(line, prepared, strong);
  if (whole) return whole;
  for (const signal of SPAN_SIGNALS) strong.push(...signal.evaluate(line, prepared));
  for (const { start, end, rule } of userRules) strong.push({ rule, strength: 'strong', start, end });
  // Most lines of a chapter hold no strong evidence at all: they are answered here, in one pass.
  if (strong.length === 0) return KEEP;
  if (strong.every((piece) => piece.rule === 'web-address') && mentionsReference(folded))
    return { action: 'flag', reason: ruleFlag('flag.referenceNote', 'web-address') };
  const weak: WeakEvidence[] =
    prepared.where === 'chrome' ? [] : WEAK_SIGNALS.flatMap((signal) => signal.evaluate(line, prepared));
  const evidence = gatherEvidence(line, [...weak, ...strong]);
  return prepared.where === 'chrome' ? decideAroundChapter(evidence) : decideLine(evidence);
}

/** The text a cut keeps, and the pieces it takes out (trimmed), for a line and its cut spans. */
export function applyCut(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
): { kept: string; removed: string[] } {
  let kept = '';
  let at = 0;
  for (const [start, end] of spans) {
    kept += text.slice(at, start);
    at = end;
  }
  kept += text.slice(at);
  return { kept, removed: spans.map(([start, end]) => text.slice(start, end).trim()) };
}

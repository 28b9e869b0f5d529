/**
 * The shape every signal shares. A signal looks at one line in its context and returns evidence:
 * spans of the line (UTF-16 positions of the text as the page has it), how strong they are and the
 * rule that names them. One decision function (core/decide-line.ts) weighs the evidence of all
 * signals under the story guards and the policy; no signal removes anything by itself.
 */
import type { Skeleton } from '../normalize';
import type { LineRuleId, RuleId } from '../rule-ids';
import type { PreparedContext } from './context';

/**
 * whole: the line as a whole is this kind of junk (a bare marker, a list, a copy of the title);
 * strong: the span is an ad's words (removal still needs too little story left around it);
 * weak: the span is ad vocabulary that only accounts for the rest of a line with strong evidence;
 * doubt: nothing to remove, but the reader should look at the line (a lone book title).
 */
export type Strength = 'whole' | 'strong' | 'weak' | 'doubt';

interface Span {
  start: number;
  end: number;
}

/** Evidence that names a rule: the line, or a span of it, is that rule's junk (or a doubt). */
export interface RuleEvidence extends Span {
  rule: RuleId;
  strength: Exclude<Strength, 'weak'>;
  /** Spans inside [start, end) that are not the evidence's own words (the gap of "请向…推荐"). */
  gaps?: ReadonlyArray<readonly [number, number]>;
  /** A web address that names the page's own site (its host or one of its domains). */
  ownSite?: true;
}

/** Ad vocabulary or a page name: it names no rule, it only covers words. */
export interface WeakEvidence extends Span {
  strength: 'weak';
}

export type Evidence = RuleEvidence | WeakEvidence;

/** One line as every signal sees it, with its folded forms computed once. */
export interface LineView {
  /** The line as the page has it (trimmed). */
  readonly text: string;
  /** Skeleton text with Traditional and look-alike characters folded: what phrases match on. */
  readonly folded: string;
  /** The skeleton with its map back to `text`, computed on first use. */
  skeleton(): Skeleton;
}

export interface LineSignal<Found extends Evidence = RuleEvidence> {
  /** The rules this signal may name (the ids its evidence carries). */
  readonly rules: readonly LineRuleId[];
  /**
   * Whole-line signals only: true when the signal also judges text around the chapter. There, names,
   * hosts and link labels are the site's own navigation, so only ad shapes count.
   */
  readonly aroundChapter?: boolean;
  /** Evidence in `line`; an empty list when the signal has nothing to say. */
  evaluate(line: LineView, context: PreparedContext): Found[];
}

/**
 * Why the cleaner kept a line but wants the reader to look at it, or why it stopped: reasons as
 * data (core/reason.ts). Only the views turn them into words, in the reader's language; the rule a
 * reason names is a rule id (core/rule-ids.ts), which the views name in words of their own.
 */
import { reasonMaker, type ReasonTable, type ReasonsOf } from './reason';
import type { RuleId } from './rule-ids';

export const FLAG_REASONS = {
  /** A line that is only a book title in 《》: maybe a recommendation, maybe the story's own. */
  'flag.loneBookTitle': [],
  /** Ad-like words inside quoted dialogue: dialogue is story, so the line stays. */
  'flag.adInDialogue': ['rule'],
  /** Ad-like words in a line that also tells story: the line stays. */
  'flag.adInStory': ['rule'],
  /** The rules would have removed `share` percent of the chapter: nothing was removed. */
  'flag.safetyStop': ['share'],
  /** Lines added late would have pushed removals past the safety cap: they were kept. */
  'flag.lateSafety': [],
  /** A note that explains a term with a link to a reference page: content, kept. */
  'flag.referenceNote': ['rule'],
} as const satisfies ReasonTable;

type FlagTable = typeof FLAG_REASONS;
export type FlagCode = keyof FlagTable & string;
export type FlagReason = ReasonsOf<FlagTable>;

export const FLAG_CODES = Object.keys(FLAG_REASONS) as FlagCode[];

const make = reasonMaker<FlagTable>();

/** A flag that names the rule whose words were found. */
export function ruleFlag(
  code: 'flag.adInDialogue' | 'flag.adInStory' | 'flag.referenceNote',
  rule: RuleId,
): FlagReason {
  return make(code, { rule });
}

/** A flag with no values of its own. */
export function plainFlag(code: 'flag.loneBookTitle' | 'flag.lateSafety'): FlagReason {
  return make(code);
}

/** The flag of a safety stop at `share` percent. */
export function safetyStopFlag(share: number): FlagReason {
  return make('flag.safetyStop', { share });
}

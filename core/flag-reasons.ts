/**
 * Why the cleaner kept a line but wants the reader to look at it, or why it stopped: reasons as
 * data (a code and its parameters). Only the views turn them into words, in the reader's language.
 */
import type { Reason } from './reason';
import type { RuleId } from './rule-ids';

export type FlagReason =
  /** A line that is only a book title in 《》: maybe a recommendation, maybe the story's own. */
  | Reason<'lone-book-title', Record<string, never>>
  /** Ad-like words inside quoted dialogue: dialogue is story, so the line stays. */
  | Reason<'ad-in-dialogue', { rule: RuleId }>
  /** Ad-like words in a line that also tells story: the line stays. */
  | Reason<'ad-in-story', { rule: RuleId }>
  /** The rules would have removed `share` percent of the chapter: nothing was removed. */
  | Reason<'safety-stop', { share: number }>
  /** Lines added late would have pushed removals past the safety cap: they were kept. */
  | Reason<'late-safety', Record<string, never>>
  /** A note that explains a term with a link to a reference page: content, kept. */
  | Reason<'reference-note', { rule: RuleId }>;

export type FlagCode = FlagReason['code'];

export const FLAG_CODES: readonly FlagCode[] = [
  'lone-book-title',
  'ad-in-dialogue',
  'ad-in-story',
  'safety-stop',
  'late-safety',
  'reference-note',
];

/** The locale message for a flag code: "flag_ad_in_story" for "ad-in-story". */
export function flagMessageKey(code: FlagCode): `flag_${string}` {
  return `flag_${code.replace(/-/g, '_')}`;
}

/**
 * Every threshold of the cleaner's judgement, each beside its reason, in one object: a bench can
 * sweep them and a reader can question them. The engine reads them from here and nowhere else.
 */

export const POLICY = {
  /**
   * More than this share of a chapter's text (non-space characters) removed means the rules misread
   * the page: nothing is removed and the page is flagged. A quarter is far above what ads take on any
   * real chapter (a few percent) and far below what a misread chapter loses.
   */
  safetyCap: 0.25,
  /**
   * Skeleton length beyond which a line cannot be a bare marker, name or navigation label: the
   * longest such line seen ("本章完未完待续" with a site name) is well under 24 characters.
   */
  shortLine: 24,
  /**
   * A clause is story when at least this many of its Han characters are outside the ad vocabulary,
   * and they are at least half of the clause: four characters make a subject and a verb.
   */
  storyClauseHan: 4,
  storyClauseShare: 0.5,
  /** Unpunctuated text this long (skeleton characters) is a sentence, not a name between spaces. */
  sentenceLength: 8,
  /** Words outside the ad vocabulary that narrate (he did, it happened) need this many Han around them. */
  narratedHan: 2,
  /**
   * A sentence with story words is still an ad when several separate strong pieces cover most of
   * it: verbose notices interleave their words with the evidence.
   */
  densePieces: 2,
  denseUncoveredShare: 0.5,
  /** Text before or after the evidence narrates on its own when it is this long and this Han. */
  beyondLength: 6,
  beyondHan: 6,
  /** Quoted text is dialogue when more than this many Han characters are not ad words. */
  dialogueHan: 1,
  /** A neutral piece between junk pieces goes with them when it has at most this many Han of its own. */
  wordlessHan: 1,
  /** Longest 《title》 line flagged as a lone book title. */
  bookTitleLength: 40,
} as const;

export type Policy = typeof POLICY;

/** Characters that count for the safety cap: everything but whitespace. */
export function capLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000 && !(code >= 0x2000 && code <= 0x200b)) count++;
  }
  return count;
}

/** True when removing `removed` of `total` cap characters would pass the safety cap. */
export function passesSafetyCap(removed: number, total: number): boolean {
  return removed > total * POLICY.safetyCap;
}

/** `removed` as a whole percentage of `total`, for reasons shown to the reader. */
export function sharePercent(removed: number, total: number): number {
  return Math.round((100 * removed) / Math.max(1, total));
}

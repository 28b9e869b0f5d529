/**
 * Marks of narration, once for the whole engine. Story tells about someone (他, 她, 它) and says
 * that something happened (the aspect particles 了, 着, 过, and 過 in Traditional script; not 著,
 * which also writes 著作权 in copyright notices); site notices address the reader (您, 你, 大家)
 * and rarely do either. A few more words belong to told sentences without being narration on their
 * own (我, questions, 把 and 被 constructions): they tell an address typed in a story
 * ("他输入了www…", "我把网址给了他") from an address posted.
 */

export const THIRD_PERSON = '他她它牠';
export const ASPECT_PARTICLES = '了着过過';
export const NARRATION_MARKERS = THIRD_PERSON + ASPECT_PARTICLES;
export const TOLD_SENTENCE_MARKERS = `${NARRATION_MARKERS}我吗嗎呢把被`;

/** A class of `chars` (ideographs, none special in a class): one native scan of a line. */
function anyOf(chars: string): RegExp {
  return new RegExp(`[${chars}]`);
}

const THIRD_PERSON_CLASS = anyOf(THIRD_PERSON);
const NARRATION_CLASS = anyOf(NARRATION_MARKERS);
const TOLD_CLASS = anyOf(TOLD_SENTENCE_MARKERS);

/** True when the text tells about someone (a third-person pronoun). */
export function tellsAboutSomeone(text: string): boolean {
  return THIRD_PERSON_CLASS.test(text);
}

/** True when the text holds a narration marker: a third-person pronoun or an aspect particle. */
export function hasNarrationMarker(text: string): boolean {
  return NARRATION_CLASS.test(text);
}

/** True when the text holds a word of a told sentence (narration markers, 我, questions, 把, 被). */
export function hasToldSentenceMarker(text: string): boolean {
  return TOLD_CLASS.test(text);
}

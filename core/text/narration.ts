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

/**
 * A sentence that opens by calling the reader (亲, 亲们, 各位书友, 书友们, 读者朋友们): a site's or an
 * uploader's plea, not narration, whatever particles its joke at the end holds ("亲,点击进去,给个好评
 * 呗……据说……都找到了漂亮的老婆哦"). Story speaks to its own people, and in quotes.
 */
const READER_CALL =
  /^[\s\u3000]*(亲爱的(书友|读者)|亲们?|各位(亲|书友|读者|看官|大大)们?|(书友|读者|读友)(朋友)?们|小伙伴们)[,，!！~～、\s]/;

export function callsTheReader(text: string): boolean {
  return READER_CALL.test(text);
}

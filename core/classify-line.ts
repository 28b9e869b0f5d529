/**
 * Decides what to do with one line of a chapter: keep it, remove it, cut ads out of it, or keep it
 * and flag it. The prime rule is asymmetric: removal needs strong evidence AND too little left over
 * to be story; anything in between is kept and flagged.
 *
 * A line is judged sentence by sentence (segments between sentence ends and quotes): a segment is
 * junk, story, mixed (strong evidence beside story-like words) or neutral. Junk segments are cut out;
 * a line with no story or mixed segment goes whole; story and mixed segments are never touched.
 */
import { sentenceBoundaries } from './clauses';
import { foldForMatching } from './fold';
import {
  addressesIn,
  distinctStrong,
  gatherEvidence,
  hasStoryClause,
  isNarratedAddress,
  leftover,
  plainlyStory,
  prepare,
  strongHitsIn,
  type Evidence,
  type LineContext,
  type StrongHit,
} from './line-evidence';
import { skeletonText, toSkeleton } from './normalize';
import { CHAPTER_END_MARKER, NAVIGATION_RESIDUE, RECOMMENDATION_HEAD, SITE_NAME_LINE } from './spam-phrases';

export type { LineContext } from './line-evidence';

export type LineVerdict =
  | { action: 'keep' }
  | { action: 'flag'; reason: string }
  | { action: 'remove'; rule: string }
  /** Take out `spans` (half-open, in order, not overlapping) and keep the rest of the line. */
  | { action: 'cut'; rule: string; spans: Array<[number, number]> };

/** A match of one of the reader's own rules in the line: strong evidence, under the same safety. */
export interface RuleEvidence {
  start: number;
  end: number;
  rule: string;
}

const KEEP: LineVerdict = { action: 'keep' };
/** Skeleton length beyond which a line cannot be a bare marker, name or navigation label. */
const SHORT_LINE = 24;

function addressLength(text: string, spans: ReadonlyArray<readonly [number, number]>): number {
  return spans.reduce((sum, [start, end]) => sum + toSkeleton(text.slice(start, end)).text.length, 0);
}

function isHostLine(text: string, skeleton: string, host: string): boolean {
  if (
    host &&
    (skeleton === host || `www${skeleton}` === host || skeleton === host.replace(/^(www|m|wap)/, ''))
  )
    return true;
  const addresses = addressesIn(text);
  return (
    addresses.length > 0 && toSkeleton(text.replace(/\s/g, '')).text.length <= addressLength(text, addresses)
  );
}

/**
 * A line shaped like a site's name that the page title does not name. A sentence (他走进…书屋,
 * …书阁。) or a quoted line (“下载app？”) is not one: a site's name stands alone, without
 * narration, a full stop or quotation marks.
 */
function isGuessedSiteName(text: string, skeleton: string): boolean {
  return (
    SITE_NAME_LINE.test(skeleton) &&
    !NARRATIVE.test(skeleton) &&
    !/。\s*$/.test(text) &&
    !/^\s*[“「『‘"]/.test(text)
  );
}

/** A recommendation label, then its label mark ("推荐阅读：", "大家都在看 "), then the list. */
const RECOMMENDATION_LINE = new RegExp(`^\\s*${RECOMMENDATION_HEAD.source.slice(1)}\\s*[:：|｜\\s]`);

/**
 * "推荐阅读：甲、乙、丙": a label with its mark and a list with separators, no sentence. A sentence
 * that opens with the same words ("大家都在看他，一言不发") has no mark after them.
 */
function isRecommendationLine(text: string): boolean {
  const line = foldForMatching(text.trim());
  return RECOMMENDATION_LINE.test(line) && !/[。！？!?]/.test(line) && /[、,，\s|｜/]/.test(line);
}

function wholeLineTemplate(text: string, skeleton: string, context: LineContext): LineVerdict | undefined {
  const short = skeleton.length <= SHORT_LINE;
  if (short && CHAPTER_END_MARKER.test(skeleton)) return { action: 'remove', rule: 'chapter-end-marker' };
  // "（未完待续，如欲知后事如何，请登陆…）": a bracket opening with the marker is the site's notice.
  if (skeleton.startsWith('未完待续') && /^\s*[(（【[]\s*未完待[续續]/.test(text))
    return { action: 'remove', rule: 'chapter-end-marker' };
  // The label's words first, on the skeleton at hand; its mark is then looked for on the line.
  if (RECOMMENDATION_HEAD.test(skeleton) && isRecommendationLine(text))
    return { action: 'remove', rule: 'recommendations' };
  // Around the chapter, names, hosts and link labels are the site's own navigation: only ads go there.
  if (context.where === 'chrome') return undefined;
  if (short && NAVIGATION_RESIDUE.test(skeleton)) return { action: 'remove', rule: 'navigation-residue' };
  const ready = prepare(context);
  if (ready.title && skeleton === ready.title) return { action: 'remove', rule: 'repeated-title' };
  if (short && (ready.siteNames.includes(skeleton) || isGuessedSiteName(text, skeleton)))
    return { action: 'remove', rule: 'site-name' };
  if (isHostLine(text, skeleton, ready.host)) return { action: 'remove', rule: 'site-host' };
  if (/^\s*《[^《》]{1,40}》\s*$/.test(text)) return { action: 'flag', reason: 'a lone book title' };
  return undefined;
}

/**
 * A sentence of a line, judged. Junk: strong evidence outside quotes, and too little left over to
 * be story; or several separate pieces of strong evidence that together cover most of it.
 */
type Segment = { start: number; end: number } & (
  { kind: 'junk'; rule: string } | { kind: 'story' | 'mixed' | 'neutral' }
);

/** Marks of narration: third-person pronouns and aspect particles (site notices say 我们 and 您 too). */
const NARRATIVE = /[他她它了着过]/;
const SENTENCE_CLOSE = /[。！？!?…”」』][\s]*$/;

/** A sentence: punctuated as one, or long enough to be one. */
function isSentence(evidence: Evidence, start: number, end: number): boolean {
  const text = evidence.text.slice(start, end);
  return SENTENCE_CLOSE.test(text) || toSkeleton(text).text.length >= 8;
}

/** A piece of a line cut off by spaces, not the whole line: in an ad, a name between two phrases. */
function isFragment(evidence: Evidence, start: number, end: number): boolean {
  return evidence.text.slice(0, start).trim() !== '' || evidence.text.slice(end).trim() !== '';
}

/** Someone the text tells about: narration says 他 and 她, site notices say 您, 你 and 大家. */
const THIRD_PERSON = /[他她它]/;

/**
 * A segment reads as story when it has a clause of story words (four or more outside the ad
 * vocabulary, and half the clause) and is a sentence or a line of its own (a short piece between
 * spaces in an ad line is a name, not story); or when the words outside the ad vocabulary
 * narrate: someone told about (他, 她) or an aspect particle with a few words around it
 * ("他领取现金红包", "客户端下载失败了"). Punctuation does not decide it, for sites drop full stops
 * too. Site notices address 您, 你 and 大家 and rarely narrate; what is left of them beside the ad
 * words is a name or a few filler words, which none of these tests take for story.
 */
function isStorySegment(evidence: Evidence, start: number, end: number): boolean {
  if (evidence.quoted[start] === 1) return isDialogue(evidence, start, end);
  if (
    hasStoryClause(evidence, start, end) &&
    (isSentence(evidence, start, end) || !isFragment(evidence, start, end))
  )
    return true;
  let uncovered = '';
  for (let i = start; i < end; i++) if (!evidence.covered[i]) uncovered += evidence.text[i];
  if (THIRD_PERSON.test(uncovered)) return true;
  return NARRATIVE.test(uncovered) && (uncovered.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;
}

/**
 * A quoted segment is dialogue, story however short ("“MLA架构?"), unless all it quotes is a site
 * name or words the ad vocabulary covers (a search term inside an ad: 百度搜索“西瓜文学网”).
 */
function isDialogue(evidence: Evidence, start: number, end: number): boolean {
  const inner = foldForMatching(toSkeleton(evidence.text.slice(start, end)).text);
  if (inner === '' || SITE_NAME_LINE.test(inner)) return false;
  if (/(搜索|搜|输入)$/.test(evidence.text.slice(Math.max(0, start - 4), start))) return false;
  return leftover(evidence, start, end)[0] > 1 || /[a-z]{2}/.test(inner);
}

function judgeSegment(evidence: Evidence, start: number, end: number): Segment {
  const hits = strongHitsIn(evidence, start, end);
  const story = isStorySegment(evidence, start, end);
  if (hits.length === 0) return { start, end, kind: story ? 'story' : 'neutral' };
  if (isNarratedAddress(evidence, start, end)) return { start, end, kind: 'mixed' };
  const rule = hits[0]!.rule;
  if (!story) return { start, end, kind: 'junk', rule };
  const [uncoveredHan, total] = leftover(evidence, start, end);
  const dense = distinctStrong(evidence, start, end) >= 2 && uncoveredHan < total * 0.5;
  if (!dense || narratesBeyond(evidence, hits, start, end)) return { start, end, kind: 'mixed' };
  return { start, end, kind: 'junk', rule };
}

/**
 * True when the text before the first or after the last strong hit narrates on its own: an ad glued
 * to a story sentence with no punctuation between them ("…继续阅读从来没听过,看来是他们自研的!").
 * Verbose ads interleave their words with the evidence; a story sentence is a run of its own.
 */
function narratesBeyond(evidence: Evidence, hits: readonly StrongHit[], start: number, end: number): boolean {
  const first = Math.min(...hits.map((hit) => hit.start));
  const last = Math.max(...hits.map((hit) => hit.end));
  return [
    [start, first],
    [last, end],
  ].some(([from, to]) => {
    if (to! - from! < 6) return false;
    let rest = '';
    for (let i = from!; i < to!; i++) if (!evidence.covered[i]) rest += evidence.text[i];
    return NARRATIVE.test(rest) && (rest.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6;
  });
}

function segments(evidence: Evidence): Segment[] {
  // A sentence end inside a piece of strong evidence is part of it (an address written with "。" for
  // its dots): cutting there would leave the piece in neither sentence.
  const inside = (cut: number) => evidence.strong.some(({ start, end }) => start < cut && cut < end);
  const cuts = [0, ...sentenceBoundaries(evidence.text).filter((cut) => !inside(cut)), evidence.text.length];
  const result: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) result.push(judgeSegment(evidence, cuts[i]!, cuts[i + 1]!));
  return result;
}

/**
 * Merges adjacent junk segments into spans to cut, with the neutral segments between them and the
 * wordless ones beside them (a site name before its address: "笔趣阁 www…").
 */
function junkSpans(evidence: Evidence, parts: readonly Segment[]): Array<[number, number]> {
  const wordless = (part: Segment) =>
    part.kind === 'neutral' && leftover(evidence, part.start, part.end)[0] <= 1;
  const spans: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  parts.forEach((part, index) => {
    if (part.kind === 'junk') {
      const previous = parts[index - 1];
      const start = !open && previous && wordless(previous) ? previous.start : part.start;
      if (open) open[1] = part.end;
      else spans.push((open = [start, part.end]));
    } else if (part.kind === 'neutral' && open && wordless(part)) open[1] = part.end;
    else if (part.kind !== 'neutral') open = null;
  });
  return spans;
}

/**
 * The whole line is dense with ads: several separate strong pieces covering most of it, and no
 * sentence that narrates on its own before or after them.
 */
function isDenseLine(evidence: Evidence): boolean {
  const end = evidence.text.length;
  const hits = strongHitsIn(evidence, 0, end);
  const [uncoveredHan, total] = leftover(evidence, 0, end);
  const dense = distinctStrong(evidence, 0, end) >= 2 && uncoveredHan < total * 0.5;
  return dense && hits.length > 0 && !narratesBeyond(evidence, hits, 0, end);
}

function decide(evidence: Evidence): LineVerdict {
  const parts = segments(evidence);
  const junk = parts.filter((part) => part.kind === 'junk');
  const firstRule = evidence.strong[0]!.rule;
  const hasStory = parts.some((part) => part.kind === 'story');
  // Verbose ad text reads as "mixed" sentence by sentence; a dense line with no story sentence goes.
  if (!hasStory && isDenseLine(evidence))
    return { action: 'remove', rule: (junk[0] as { rule: string } | undefined)?.rule ?? firstRule };
  if (junk.length === 0) {
    const where =
      strongHitsIn(evidence, 0, evidence.text.length).length === 0 ? 'inside dialogue' : 'in a story line';
    return { action: 'flag', reason: `ad-like words ${where} (${firstRule})` };
  }
  const rule = (junk[0] as { rule: string }).rule;
  if (!hasStory && !parts.some((part) => part.kind === 'mixed')) return { action: 'remove', rule };
  return { action: 'cut', rule, spans: junkSpans(evidence, parts) };
}

/**
 * The verdict for one line of text as it appears on the page. `userRules` are matches of the
 * reader's rules in this line: they count as strong evidence, and a line they match is still only
 * removed when too little is left to be story.
 */
export function classifyLine(
  text: string,
  context: LineContext = {},
  userRules: readonly RuleEvidence[] = [],
): LineVerdict {
  const folded = foldForMatching(skeletonText(text));
  if (folded.length === 0) return KEEP;
  const template = wholeLineTemplate(text, folded, context);
  if (template) return template;
  if (userRules.length === 0 && plainlyStory(text, folded)) return KEEP;
  const evidence = gatherEvidence(text, context, toSkeleton(text), folded);
  for (const { start, end, rule } of userRules) {
    evidence.covered.fill(1, start, end);
    evidence.strong.push({ rule, start, end });
  }
  if (evidence.strong.length === 0) return KEEP;
  if (context.where === 'chrome') {
    const hit = strongHitsIn(evidence, 0, text.length)[0];
    return hit ? { action: 'remove', rule: hit.rule } : KEEP;
  }
  return decide(evidence);
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

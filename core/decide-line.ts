/**
 * The one decision on a line's evidence. The prime rule is asymmetric: removal needs strong
 * evidence AND too little left over to be story; anything in between is kept and flagged.
 *
 * A line is judged sentence by sentence (segments between sentence ends and quotes): a segment is
 * junk, story, mixed (strong evidence beside story-like words) or neutral. Junk segments are cut
 * out; a line with no story or mixed segment goes whole; story and mixed segments are never touched.
 */
import { sentenceBoundaries } from './clauses';
import { ruleFlag, type FlagReason } from './flag-reasons';
import {
  distinctStrong,
  hasStoryClause,
  isNarratedAddress,
  leftover,
  strongHitsIn,
  uncoveredText,
  type LineEvidence,
  type StrongHit,
} from './line-evidence';
import { toSkeleton } from './normalize';
import { POLICY } from './policy';
import type { RuleId } from './rule-ids';
import { countHan } from './text/han';
import { callsTheReader, hasNarrationMarker, tellsAboutSomeone } from './text/narration';

export type LineVerdict =
  | { action: 'keep' }
  | { action: 'flag'; reason: FlagReason }
  | { action: 'remove'; rule: RuleId }
  /** Take out `spans` (half-open, in order, not overlapping) and keep the rest of the line. */
  | { action: 'cut'; rule: RuleId; spans: Array<[number, number]> };

type Segment = { start: number; end: number } & (
  { kind: 'junk'; rule: RuleId } | { kind: 'story' | 'mixed' | 'neutral' }
);

const SENTENCE_CLOSE = /[。！？!?…”」』"][\s]*$/;

/** A sentence: punctuated as one, or long enough to be one. */
function isSentence(evidence: LineEvidence, start: number, end: number): boolean {
  const text = evidence.text.slice(start, end);
  return SENTENCE_CLOSE.test(text) || toSkeleton(text).text.length >= POLICY.sentenceLength;
}

/** A piece of a line cut off by spaces, not the whole line: in an ad, a name between two phrases. */
function isFragment(evidence: LineEvidence, start: number, end: number): boolean {
  return evidence.text.slice(0, start).trim() !== '' || evidence.text.slice(end).trim() !== '';
}

/**
 * A segment reads as story when it has a clause of story words (POLICY.storyClauseHan outside the
 * ad vocabulary, and half the clause) and is a sentence or a line of its own (a short piece between
 * spaces in an ad line is a name, not story); or when the words outside the ad vocabulary narrate:
 * someone told about (他, 她) or an aspect particle with a few words around it ("他领取现金红包",
 * "客户端下载失败了"). Punctuation does not decide it, for sites drop full stops too. Site notices
 * address 您, 你 and 大家 and rarely narrate; what is left of them beside the ad words is a name or a
 * few filler words, which none of these tests take for story.
 */
function isStorySegment(evidence: LineEvidence, start: number, end: number): boolean {
  // A quotation is story when it is dialogue; ad words or a site name in quotes are not, unless the
  // sentence goes on past the quotation and tells who said it ("“加我微信吧，”她说。").
  if (evidence.quoted[start] === 1)
    return evidence.dialogue[start] === 1 || hasSpeechTag(evidence, start, end);
  if (
    hasStoryClause(evidence, start, end) &&
    (isSentence(evidence, start, end) || !isFragment(evidence, start, end))
  )
    return true;
  const uncovered = uncoveredText(evidence, start, end);
  if (tellsAboutSomeone(uncovered)) return true;
  return hasNarrationMarker(uncovered) && countHan(uncovered) >= POLICY.narratedHan;
}

/** True when [start, end) opens with a quotation and what follows it tells about someone. */
function hasSpeechTag(evidence: LineEvidence, start: number, end: number): boolean {
  let after = start;
  while (after < end && evidence.quoted[after] === 1) after++;
  return after < end && tellsAboutSomeone(uncoveredText(evidence, after, end));
}

/** Several separate strong pieces that cover most of [start, end). */
function isDense(evidence: LineEvidence, start: number, end: number): boolean {
  const [uncoveredHan, total] = leftover(evidence, start, end);
  return (
    distinctStrong(evidence, start, end) >= POLICY.densePieces &&
    uncoveredHan < total * POLICY.denseUncoveredShare
  );
}

/**
 * The rule a junk piece is named after: its first hit, unless that hit only names the site and a
 * more telling one follows ("笔趣阁 www…": the address; "笔趣阁只为原作者…": the disclaimer).
 */
function namingRule(hits: ReadonlyArray<{ rule: RuleId }>): RuleId {
  return (hits.find((hit) => hit.rule !== 'site-identity') ?? hits[0]!).rule;
}

function judgeSegment(evidence: LineEvidence, start: number, end: number): Segment {
  const hits = strongHitsIn(evidence, start, end);
  const story = isStorySegment(evidence, start, end);
  if (hits.length === 0) return { start, end, kind: story ? 'story' : 'neutral' };
  if (isNarratedAddress(evidence, start, end)) return { start, end, kind: 'mixed' };
  const rule = namingRule(hits);
  if (!story || callsTheReader(evidence.text.slice(start, end))) return { start, end, kind: 'junk', rule };
  if (!isDense(evidence, start, end) || narratesBeyond(evidence, hits, start, end))
    return { start, end, kind: 'mixed' };
  return { start, end, kind: 'junk', rule };
}

/**
 * True when the text before the first or after the last strong hit narrates on its own: an ad glued
 * to a story sentence with no punctuation between them ("…继续阅读从来没听过,看来是他们自研的!").
 * Verbose ads interleave their words with the evidence; a story sentence is a run of its own.
 */
function narratesBeyond(
  evidence: LineEvidence,
  hits: readonly StrongHit[],
  start: number,
  end: number,
): boolean {
  const first = Math.min(...hits.map((hit) => hit.start));
  const last = Math.max(...hits.map((hit) => hit.end));
  return [
    [start, first],
    [last, end],
  ].some(([from, to]) => {
    if (to! - from! < POLICY.beyondLength) return false;
    const rest = uncoveredText(evidence, from!, to!);
    return hasNarrationMarker(rest) && countHan(rest) >= POLICY.beyondHan;
  });
}

/** Brackets an address is put in when a site plants it inside a sentence: (www…), 【…】. */
const BRACKET_PAIRS: Readonly<Record<string, string>> = {
  '(': ')',
  '（': '）',
  '[': ']',
  '【': '】',
  '〔': '〕',
  '〖': '〗',
};

/**
 * Cuts around the site's own address planted in brackets inside a sentence ("雨水顺着屋檐滴下来
 * (www…)，灯笼…"): the brackets hold the address and nothing else, so they are a piece of their
 * own, and the sentence around them stays story. Only the page's own site's address: one a
 * character types ("他输入了(www…)") is another site's, and stays with its sentence.
 */
function plantedCuts(evidence: LineEvidence): number[] {
  const { text } = evidence;
  const cuts: number[] = [];
  for (const hit of evidence.strong) {
    if (!hit.ownSite) continue;
    let open = hit.start - 1;
    while (open >= 0 && /\s/.test(text[open]!)) open--;
    let close = hit.end;
    while (close < text.length && /\s/.test(text[close]!)) close++;
    const closer = open >= 0 ? BRACKET_PAIRS[text[open]!] : undefined;
    if (closer !== undefined && close < text.length && text[close] === closer) cuts.push(open, close + 1);
  }
  return cuts;
}

function segments(evidence: LineEvidence): Segment[] {
  // A sentence end inside a piece of strong evidence is part of it (an address written with "。" for
  // its dots): cutting there would leave the piece in neither sentence.
  const inside = (cut: number) => evidence.strong.some(({ start, end }) => start < cut && cut < end);
  const boundaries = sentenceBoundaries(evidence.text).filter((cut) => !inside(cut));
  const planted = plantedCuts(evidence);
  const cuts = [
    0,
    ...(planted.length > 0 ? [...new Set([...boundaries, ...planted])].sort((a, b) => a - b) : boundaries),
    evidence.text.length,
  ].filter((cut, index, all) => index === 0 || cut > all[index - 1]!);
  const result: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) result.push(judgeSegment(evidence, cuts[i]!, cuts[i + 1]!));
  // A quotation in a line that tells story belongs to it (写着“欢迎各位书友”, “加我微信吧，”她说):
  // only a quotation standing apart from any story is an ad's.
  if (result.some((part) => part.kind === 'story'))
    return result.map((part) =>
      part.kind === 'junk' && evidence.quoted[part.start] === 1 ? { ...part, kind: 'mixed' } : part,
    );
  return result;
}

/**
 * Merges adjacent junk segments into spans to cut, with the neutral segments between them and the
 * wordless ones beside them (a site name before its address: "笔趣阁 www…").
 */
function junkSpans(evidence: LineEvidence, parts: readonly Segment[]): Array<[number, number]> {
  const wordless = (part: Segment) =>
    part.kind === 'neutral' && leftover(evidence, part.start, part.end)[0] <= POLICY.wordlessHan;
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

/** The whole line is dense with ads, and no sentence narrates on its own before or after them. */
function isDenseLine(evidence: LineEvidence): boolean {
  const end = evidence.text.length;
  const hits = strongHitsIn(evidence, 0, end);
  return isDense(evidence, 0, end) && hits.length > 0 && !narratesBeyond(evidence, hits, 0, end);
}

/** The verdict on a line of the chapter that holds strong evidence. */
export function decideLine(evidence: LineEvidence): LineVerdict {
  const firstRule = namingRule(evidence.strong);
  const parts = segments(evidence);
  const junk = parts.filter((part): part is Segment & { kind: 'junk' } => part.kind === 'junk');
  const junkRule = junk.length > 0 ? namingRule(junk) : firstRule;
  const hasStory = parts.some((part) => part.kind === 'story');
  // Verbose ad text reads as "mixed" sentence by sentence; a dense line with no story sentence goes.
  if (!hasStory && isDenseLine(evidence)) return { action: 'remove', rule: junkRule };
  if (junk.length === 0) {
    const inDialogue = strongHitsIn(evidence, 0, evidence.text.length).length === 0;
    return {
      action: 'flag',
      reason: ruleFlag(inDialogue ? 'flag.adInDialogue' : 'flag.adInStory', firstRule),
    };
  }
  if (!hasStory && !parts.some((part) => part.kind === 'mixed')) return { action: 'remove', rule: junkRule };
  return { action: 'cut', rule: junkRule, spans: junkSpans(evidence, parts) };
}

/** Around the chapter there is no story to lose: the first strong piece outside quotes decides. */
export function decideAroundChapter(evidence: LineEvidence): LineVerdict {
  const hits = strongHitsIn(evidence, 0, evidence.text.length);
  return hits.length > 0 ? { action: 'remove', rule: namingRule(hits) } : { action: 'keep' };
}
